package timescale_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// coder is an error of this package as package problem sees it.
type coder interface {
	error
	Code() problem.Code
	Message() string
}

func TestEveryErrorOfACaseIsItsMessageAfterThePackageName(t *testing.T) {
	ok := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: d("2014-08-01")}
	with := func(edit func(*timescale.Case)) timescale.Case {
		c := ok
		edit(&c)
		return c
	}
	tests := []struct {
		name    string
		c       timescale.Case
		code    problem.Code
		errType any
		message string
	}{
		{"a missing id is a RequiredError", with(func(c *timescale.Case) { c.ID = "" }), problem.Required, &timescale.RequiredError{},
			"required: give the record id"},
		{"an unknown kind is a ValueError naming the kinds", with(func(c *timescale.Case) { c.Kind = "appeal" }), problem.UnknownValue, &timescale.ValueError{},
			`"appeal" is not a kind of record: want complaint, comment or compliment`},
		{"a negative count is a CountError", with(func(c *timescale.Case) { c.Findings.Upheld = -2 }), problem.NegativeCount, &timescale.CountError{},
			"-2 is negative: give the number of elements with this finding (0 or more)"},
		{"an acknowledgement before receipt is an OrderError", with(func(c *timescale.Case) { c.Acknowledged = d("2014-07-31") }), problem.EventBeforeReceipt, &timescale.OrderError{},
			"2014-07-31 is before received 2014-08-01: check both dates"},
		{"a discussion before the acknowledgement is an OrderError out of order", with(func(c *timescale.Case) { c.Acknowledged, c.Discussed = d("2014-08-05"), d("2014-08-04") }),
			problem.EventOutOfOrder, &timescale.OrderError{}, "2014-08-04 is before acknowledged 2014-08-05: check both dates"},
		{"a matter noticed after receipt is an OrderError that must come first", with(func(c *timescale.Case) { c.Matter = d("2014-08-02") }),
			problem.EventOutOfOrder, &timescale.OrderError{}, "2014-08-02 is after received 2014-08-01: it must come first; check both dates"},
		{"a stage 2 response without its request is a PrerequisiteError", with(func(c *timescale.Case) { c.Stage2Response = d("2014-09-01") }),
			problem.MissingPrerequisite, &timescale.PrerequisiteError{},
			"2014-09-01 is recorded but stage2_requested is not: a stage 2 response needs the date stage 2 was requested"},
		{"a stage 3 request under the 2014 procedure is a StageError", with(func(c *timescale.Case) {
			c.Stage2Requested, c.Stage2Response, c.Stage3Requested = d("2014-09-01"), d("2014-10-01"), d("2014-10-02")
		}), problem.StageNotInRegime, &timescale.StageError{}, ""},
		{"a comment with a stage is a KindError", with(func(c *timescale.Case) { c.Kind, c.Acknowledged = timescale.Comment, d("2014-08-04") }),
			problem.NotAComplaint, &timescale.KindError{}, "a comment has no complaint stages: remove this date, or record it as a complaint"},
		{"a compliment with findings is a KindError about findings", with(func(c *timescale.Case) { c.Kind, c.Findings.Upheld = timescale.Compliment, 1 }),
			problem.NotAComplaint, &timescale.KindError{}, "a compliment has no findings: remove them, or record it as a complaint"},
		{"a complaint received before 1 April 2006 is a NoRegimeError", with(func(c *timescale.Case) { c.Received = d("2005-01-01") }),
			problem.BeforeFirstRegime, &timescale.NoRegimeError{}, ""},
		{"a deadline past the calendar's end is a DeadlineError wrapping the calendar's", with(func(c *timescale.Case) { c.Received = d("2099-12-30") }),
			problem.DateOutOfRange, &timescale.DeadlineError{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := timescale.Engine{}.Validate(tt.c)
			var ve *timescale.ValidationError
			require.ErrorAs(t, err, &ve)
			require.Equal(t, tt.code, ve.Code(), "the code of the first problem")
			p := ve.Problems[0]
			var c coder
			require.True(t, errors.As(p.Err, &c), "%T has a code and a message", p.Err)
			require.Equal(t, reflect.TypeOf(tt.errType), reflect.TypeOf(p.Err))
			require.Equal(t, "timescale: "+c.Message(), c.Error())
			require.Equal(t, tt.code, c.Code())
			require.Equal(t, c.Message(), p.Message)
			if tt.message != "" {
				require.Equal(t, tt.message, c.Message())
			}
			require.Contains(t, err.Error(), "timescale: case "+tt.c.ID+strings.Repeat(" ", min(len(tt.c.ID), 1))+"is not valid: ")
		})
	}
	t.Run("a MismatchError is its message after the package name", func(t *testing.T) {
		a, err := timescale.Evaluate(ok, d("2014-08-01"))
		require.NoError(t, err)
		dl := a.Deadlines[0]
		dl.RuleID = "W99-NONE"
		_, err = timescale.Engine{}.Explain(dl)
		var me *timescale.MismatchError
		require.ErrorAs(t, err, &me)
		require.Equal(t, "timescale: cannot explain the W99-NONE deadline: no rule W99-NONE in the engine's table", me.Error())
		require.Equal(t, problem.DeadlineMismatch, me.Code())
	})
	t.Run("a ValidationError without problems has no code and no errors", func(t *testing.T) {
		ve := &timescale.ValidationError{}
		require.Equal(t, problem.Code(""), ve.Code())
		require.Empty(t, ve.Unwrap())
		require.Equal(t, "timescale: case is not valid: ", ve.Error())
	})
}

func TestEveryFieldReadsBackWhatIsSetThroughIt(t *testing.T) {
	date := d("2014-08-05")
	for _, f := range timescale.Fields() {
		t.Run("the "+f.Name+" field", func(t *testing.T) {
			var c timescale.Case
			require.False(t, f.IsSet(&c), "an empty case has no value")
			switch f.Type {
			case timescale.TextField:
				f.SetText(&c, "x")
				require.Equal(t, "x", f.Text(&c))
			case timescale.ChoiceField:
				f.SetText(&c, f.Choices[0])
				require.Equal(t, f.Choices[0], f.Text(&c))
			case timescale.DateField:
				f.SetDate(&c, date)
				require.Equal(t, date, f.Date(&c))
			case timescale.CountField:
				f.SetCount(&c, 3)
				require.Equal(t, 3, f.Count(&c))
			case timescale.ListField:
				f.SetList(&c, []string{"a", "b"})
				require.Equal(t, []string{"a", "b"}, f.List(&c))
			default:
				t.Fatalf("unknown type %d", f.Type)
			}
			require.True(t, f.IsSet(&c), "a value set is a value")
			b, err := json.Marshal(c)
			require.NoError(t, err)
			require.Contains(t, string(b), `"`+f.Name+`"`, "the field's name is its JSON key")

			// The accessors of the other types neither read nor change it.
			before := c
			before.Themes = append([]string(nil), c.Themes...)
			if f.Type != timescale.TextField && f.Type != timescale.ChoiceField {
				require.Empty(t, f.Text(&c))
				f.SetText(&c, "y")
			}
			if f.Type != timescale.DateField {
				require.True(t, f.Date(&c).IsZero())
				f.SetDate(&c, date)
			}
			if f.Type != timescale.CountField {
				require.Zero(t, f.Count(&c))
				f.SetCount(&c, 9)
			}
			if f.Type != timescale.ListField {
				require.Nil(t, f.List(&c))
				f.SetList(&c, []string{"z"})
			}
			if diff := cmp.Diff(before, c); diff != "" {
				t.Errorf("an accessor of another type changed the case (-before +after)\n%s", diff)
			}
		})
	}
}

func TestFieldOfFindsTheFieldThatRecordsEachEvent(t *testing.T) {
	events := []timescale.Event{timescale.Received, timescale.Acknowledged, timescale.Discussed, timescale.Stage1Responded,
		timescale.Stage2Requested, timescale.Stage2Responded, timescale.Stage3Requested, timescale.PanelRequestAcknowledged,
		timescale.StatementRequested, timescale.StatementReceived, timescale.PanelHeld, timescale.MatterNoticed}
	for _, ev := range events {
		t.Run("the "+string(ev)+" event has its field", func(t *testing.T) {
			f, ok := timescale.FieldOf(ev)
			require.True(t, ok)
			require.Equal(t, ev, f.Event)
			require.Equal(t, timescale.DateField, f.Type)
		})
	}
	_, ok := timescale.FieldOf(timescale.NoEvent)
	require.False(t, ok, "no field records no event")
}

func TestADeadlineLeavesTakenOutOfItsJSONUntilItIsDone(t *testing.T) {
	a, err := timescale.Evaluate(timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: d("2014-08-01"), Acknowledged: d("2014-08-04")}, d("2014-08-05"))
	require.NoError(t, err)
	done, _ := a.Deadline(timescale.Acknowledgement)
	open, _ := a.Deadline(timescale.Discussion)
	for _, tt := range []struct {
		name string
		d    timescale.Deadline
		want string // "" when taken is absent
	}{
		{"a deadline met on Monday 4 August has taken 1 working day", done, `"taken":1`},
		{"an open deadline has no taken", open, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.d)
			require.NoError(t, err)
			if tt.want == "" {
				require.NotContains(t, string(b), `"taken"`)
			} else {
				require.Contains(t, string(b), tt.want)
			}
			var back timescale.Deadline
			require.NoError(t, json.Unmarshal(b, &back))
			if diff := cmp.Diff(tt.d, back); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestAFindingThatIsNotOneCannotBeWritten(t *testing.T) {
	b, err := json.Marshal(timescale.PartiallyUpheld)
	require.NoError(t, err)
	require.Equal(t, `"partially-upheld"`, string(b))
	_, err = json.Marshal(timescale.Finding("half-upheld"))
	var ve *timescale.ValueError
	require.ErrorAs(t, err, &ve)
	var f timescale.Finding
	require.Error(t, json.Unmarshal([]byte(`"half-upheld"`), &f))
}

func TestTheTableAnswersForItsRegimes(t *testing.T) {
	tab := timescale.Statutory()
	t.Run("wales-2005 governs receipts from 1 April 2006 to 31 July 2014, and wales-2014 from 1 August 2014", func(t *testing.T) {
		from, to, ok := tab.Span(timescale.Wales2005, d("2099-12-31"))
		require.True(t, ok)
		require.Equal(t, []calendar.Date{d("2006-04-01"), d("2014-07-31")}, []calendar.Date{from, to})
		from, to, ok = tab.Span(timescale.Wales2014, d("2020-12-31"))
		require.True(t, ok)
		require.Equal(t, []calendar.Date{d("2014-08-01"), d("2020-12-31")}, []calendar.Date{from, to})
		_, _, ok = tab.Span("wales-1999", d("2020-12-31"))
		require.False(t, ok)
	})
	t.Run("the response rules of each regime are those of its stages, in order", func(t *testing.T) {
		var ids []string
		for _, r := range tab.Responses(timescale.Wales2014) {
			ids = append(ids, r.ID)
			require.True(t, r.AppliesTo(timescale.Wales2014))
			require.False(t, r.AppliesTo(timescale.Wales2005))
		}
		require.Equal(t, []string{"W14-STAGE1", "W14-STAGE2"}, ids)
		require.Nil(t, tab.Responses("wales-1999"))
	})
	t.Run("wales-2005 has three stages and wales-2014 two, as their regimes say; an unknown regime has none", func(t *testing.T) {
		for _, name := range []timescale.Regime{timescale.Wales2005, timescale.Wales2014} {
			info, _ := tab.Regime(name)
			n, ok := tab.Stages(name)
			require.True(t, ok)
			require.Equal(t, info.Stages, n, "%s", name)
		}
		n, _ := tab.Stages(timescale.Wales2005)
		require.Equal(t, 3, n)
		_, ok := tab.Stages("wales-1999")
		require.False(t, ok)
	})
	t.Run("an unknown procedure is refused with the procedures of the table", func(t *testing.T) {
		_, err := tab.RegimeFor("appeal", d("2014-08-01"))
		var ve *timescale.ValueError
		require.ErrorAs(t, err, &ve)
		require.Equal(t, []string{"complaint", "representation", "corporate"}, ve.Want)
	})
	t.Run("a schedule of an unknown regime is refused with the regimes of the table", func(t *testing.T) {
		_, err := timescale.Engine{}.Schedule(&timescale.Assessment{Regime: "wales-1999"})
		var ve *timescale.ValueError
		require.ErrorAs(t, err, &ve)
		require.Equal(t, []string{"wales-2005", "wales-2014", "psow-model"}, ve.Want)
	})
}

func TestAScheduleWritesItselfForPeople(t *testing.T) {
	s, err := timescale.Engine{}.Deadlines(timescale.Query{Received: d("2014-08-02"), AsOf: d("2014-08-04"), DeemNextWorkingDay: true})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, s.WriteText(&b))
	got := b.String()
	for _, want := range []string{
		"Complaint received Sat 2 Aug 2014: regime wales-2014 (SI 2014/1794, ",
		"Deemed received on Mon 4 Aug 2014, the next working day.\n",
		"Status as of Mon 4 Aug 2014. Calendar ",
		"\nMILESTONE        RULE            DUE              PERIOD           FROM                   STATUS       CITATION\n",
		// Deemed received Monday 4 August: Tuesday 5 is day 1 and
		// Wednesday 6 day 2 (SI 2014/1794 reg 15(2)).
		"acknowledgement  W14-ACK         Wed 6 Aug 2014   2 working days   Mon 4 Aug 2014         not-yet-due  SI 2014/1794 reg 15(2)\n",
		"\nHow each date was reached:\n- W14-ACK (SI 2014/1794 reg 15(2), regulation): 2 working days after Mon 4 Aug 2014",
	} {
		require.Contains(t, got, want)
	}
	require.NotContains(t, got, "provisional")

	p, err := timescale.Engine{}.Deadlines(timescale.Query{Received: d("2030-01-07")})
	require.NoError(t, err)
	b.Reset()
	require.NoError(t, p.WriteText(&b))
	require.Contains(t, b.String(), "Wed 9 Jan 2030 *", "a provisional date is marked: received Monday 7 January 2030, acknowledgement due Wednesday 9")
	require.True(t, strings.HasSuffix(b.String(), "\n* provisional: "+timescale.ProvisionalNote+".\n"))
	require.Error(t, p.WriteText(failWriter{}), "the error of the writer is returned")
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
