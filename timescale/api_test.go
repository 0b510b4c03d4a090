package timescale_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// TestEveryErrorHasACodeAndAMessageWithoutThePackageName checks each typed
// error of the package: its code, its message for people, and its Error
// text, which is the message after the package's name.
func TestEveryErrorHasACodeAndAMessageWithoutThePackageName(t *testing.T) {
	d := calendar.NewDate
	w14, _ := timescale.RegimeByName(timescale.Wales2014)
	w05, _ := timescale.RegimeByName(timescale.Wales2005)
	tests := []struct {
		name string
		err  interface {
			error
			Code() problem.Code
			Message() string
		}
		code problem.Code
		msg  string
	}{
		{"a RequiredError asks for the value", &timescale.RequiredError{Field: "id", What: "the record id"}, problem.Required, "required: give the record id"},
		{"a ValueError lists the values accepted", &timescale.ValueError{Field: "kind", Value: "grumble", Want: []string{"complaint", "comment", "compliment"}}, problem.UnknownValue,
			`"grumble" is not a kind of record: want complaint, comment or compliment`},
		{"a ValueError of a field with no noun names the field", &timescale.ValueError{Field: "regime", Value: "x", Want: []string{"wales-2014"}, Note: "a regime of the table"}, problem.UnknownValue,
			`"x" is not a regime: want wales-2014 (a regime of the table)`},
		{"a CountError says the count is negative", &timescale.CountError{Field: "upheld", N: -1}, problem.NegativeCount, "-1 is negative: give the number of elements with this finding (0 or more)"},
		{"an OrderError before receipt has its own code", &timescale.OrderError{Field: "acknowledged", Date: d(2014, 7, 31), Other: "received", OtherDate: d(2014, 8, 1)}, problem.EventBeforeReceipt,
			"2014-07-31 is before received 2014-08-01: check both dates"},
		{"an OrderError between two steps", &timescale.OrderError{Field: "discussed", Date: d(2014, 8, 4), Other: "acknowledged", OtherDate: d(2014, 8, 5)}, problem.EventOutOfOrder,
			"2014-08-04 is before acknowledged 2014-08-05: check both dates"},
		{"an OrderError of an event that must come first", &timescale.OrderError{Field: "matter", Date: d(2014, 8, 2), Other: "received", OtherDate: d(2014, 8, 1), NotAfter: true}, problem.EventOutOfOrder,
			"2014-08-02 is after received 2014-08-01: it must come first; check both dates"},
		{"a PrerequisiteError names what is missing", &timescale.PrerequisiteError{Field: "stage2_response", Date: d(2014, 10, 6), Needs: "stage2_requested", Why: "a stage 2 response needs the date stage 2 was requested"}, problem.MissingPrerequisite,
			"2014-10-06 is recorded but stage2_requested is not: a stage 2 response needs the date stage 2 was requested"},
		{"a StageError names the regime and its stages", &timescale.StageError{Field: "stage3_requested", Stage: 3, Regime: w14}, problem.StageNotInRegime,
			"there is no stage 3 in the wales-2014 procedure (SI 2014/1794, for complaints received from 1 August 2014), which has 2 stages: remove this date"},
		{"a KindError on a date", &timescale.KindError{Field: "acknowledged", Kind: timescale.Comment}, problem.NotAComplaint, "a comment has no complaint stages: remove this date, or record it as a complaint"},
		{"a KindError on a count", &timescale.KindError{Field: "upheld", Kind: timescale.Compliment}, problem.NotAComplaint, "a compliment has no findings: remove them, or record it as a complaint"},
		{"a NoRegimeError names the first regime", &timescale.NoRegimeError{Received: d(2005, 6, 1), First: w05}, problem.BeforeFirstRegime,
			"2005-06-01 is before 1 April 2006, when the first encoded procedure (wales-2005, SI 2005/3366) came into force: no timescales are encoded for it"},
		{"a DeadlineError carries the calendar's code", &timescale.DeadlineError{RuleID: "W14-ACK", Err: &calendar.RangeError{Date: d(2099, 12, 30), N: 2, First: d(1974, 1, 1), Last: d(2099, 12, 31)}}, problem.DateOutOfRange,
			"2 working days after 2099-12-30 falls outside the supported range 1974-01-01 to 2099-12-31: the W14-ACK deadline cannot be computed"},
		{"a FutureError says the event cannot have happened yet", &timescale.FutureError{Field: "stage1_response", Date: d(2041, 8, 27), AsOf: d(2026, 12, 2)}, problem.EventInTheFuture,
			"2041-08-27 is after 2026-12-02, the date the case is evaluated on: it cannot have happened yet; check the year, or evaluate the case as of a later date"},
		{"a YearsAfterError is a warning to check the year", &timescale.YearsAfterError{Field: "stage1_response", Date: d(2041, 8, 27), Received: d(2014, 8, 1), Years: 2}, problem.EventYearsAfterReceipt,
			"2041-08-27 is more than 2 years after the complaint was received on 2014-08-01: check the year"},
		{"a TargetError of a duplicate names the earlier target", &timescale.TargetError{Kind: problem.PolicyDuplicateTarget, Index: 1, Key: "milestone", Earlier: 0}, problem.PolicyDuplicateTarget,
			"a second target for the same procedure, milestone and first day as target 1: keep one"},
		{"a MismatchError says why it cannot explain", &timescale.MismatchError{RuleID: "W14-ACK", Reason: "no rule W14-ACK in the engine's table"}, problem.DeadlineMismatch,
			"cannot explain the W14-ACK deadline: no rule W14-ACK in the engine's table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.code, tt.err.Code())
			require.Equal(t, tt.msg, tt.err.Message())
			require.Equal(t, "timescale: "+tt.msg, tt.err.Error())
			_, known := problem.Lookup(tt.code)
			require.True(t, known, "the code is listed in package problem")
		})
	}
	var ve timescale.ValidationError
	require.Equal(t, problem.Code(""), ve.Code(), "an empty ValidationError has no code")
}

func TestEveryFieldReadsBackWhatItSets(t *testing.T) {
	for _, f := range timescale.Fields() {
		t.Run(f.Name+" reads back what it sets", func(t *testing.T) {
			var c timescale.Case
			require.False(t, f.IsSet(&c), "unset in the zero Case")
			switch f.Type {
			case timescale.TextField, timescale.ChoiceField:
				v := "x"
				if len(f.Choices) > 0 {
					v = f.Choices[len(f.Choices)-1]
				}
				f.SetText(&c, v)
				require.Equal(t, v, f.Text(&c))
			case timescale.DateField:
				f.SetDate(&c, calendar.NewDate(2014, time.August, 1))
				require.Equal(t, calendar.NewDate(2014, time.August, 1), f.Date(&c))
			case timescale.CountField:
				f.SetCount(&c, 3)
				require.Equal(t, 3, f.Count(&c))
			case timescale.ListField:
				f.SetList(&c, []string{"a", "b"})
				require.Equal(t, []string{"a", "b"}, f.List(&c))
			}
			require.True(t, f.IsSet(&c))
			// The accessors of another type do nothing and read nothing.
			if f.Type != timescale.DateField {
				f.SetDate(&c, calendar.NewDate(2014, 8, 1))
				require.True(t, f.Date(&c).IsZero())
			} else {
				f.SetText(&c, "y")
				f.SetCount(&c, 1)
				f.SetList(&c, []string{"y"})
				require.Equal(t, "", f.Text(&c))
				require.Equal(t, 0, f.Count(&c))
				require.Nil(t, f.List(&c))
			}
			g, ok := timescale.FieldByName(strings.ToUpper(f.Name))
			require.True(t, ok, "found by its name in any case")
			require.Equal(t, f.Name, g.Name)
			if f.Event != timescale.NoEvent {
				h, ok := timescale.FieldOf(f.Event)
				require.True(t, ok)
				require.Equal(t, f.Name, h.Name)
			}
		})
	}
	_, ok := timescale.FieldByName("colour")
	require.False(t, ok)
	_, ok = timescale.FieldOf("no-such-event")
	require.False(t, ok)
}

func TestNewTableRefusesATableItCannotEvaluate(t *testing.T) {
	regimes, rules := timescale.Regimes(), timescale.Rules()
	edit := func(f func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule)) ([]timescale.RegimeInfo, []timescale.Rule) {
		return f(timescale.Regimes(), timescale.Rules())
	}
	tests := []struct {
		name    string
		regimes []timescale.RegimeInfo
		rules   []timescale.Rule
		want    string
	}{
		{"a regime without a name", func() []timescale.RegimeInfo {
			r, _ := edit(func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
				rs[0].Name = ""
				return rs, ru
			})
			return r
		}(), rules, "has no name"},
		{"a regime governing no procedure", func() []timescale.RegimeInfo {
			r, _ := edit(func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
				rs[0].Procedures = nil
				return rs, ru
			})
			return r
		}(), rules, "governs no procedure"},
		{"a regime without a stage", func() []timescale.RegimeInfo {
			r, _ := edit(func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
				rs[0].Stages = 0
				return rs, ru
			})
			return r
		}(), rules, "has 0 stages"},
		{"a regime starting on no date", func() []timescale.RegimeInfo {
			r, _ := edit(func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
				rs[0].From = calendar.Date{}
				return rs, ru
			})
			return r
		}(), rules, "not a date"},
		{"a regime whose last band is closed", func() []timescale.RegimeInfo {
			r, _ := edit(func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
				rs[0].Bands = rs[0].Bands[:1]
				return rs, ru
			})
			return r
		}(), rules, "open-ended"},
		{"a regime listed twice", append(regimes, regimes[0]), rules, "listed twice"},
		{"a rule listed twice", regimes, append(rules, rules[0]), "empty or repeated id"},
		{"a rule of no regime of the table", regimes[:1], rules, "not in the table"},
		{"a rule with two periods", regimes, func() []timescale.Rule {
			_, r := edit(func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
				ru[0].Months = 1
				return rs, ru
			})
			return r
		}(), "not both"},
		{"a rule starting from no event", regimes, func() []timescale.Rule {
			_, r := edit(func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
				ru[0].Start = timescale.NoEvent
				return rs, ru
			})
			return r
		}(), "no start event"},
		{"a rule starting from an event no field records", regimes, func() []timescale.Rule {
			_, r := edit(func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
				ru[0].Start = "dreamed"
				return rs, ru
			})
			return r
		}(), "which no field records"},
		{"a rule met by an event no field records", regimes, func() []timescale.Rule {
			_, r := edit(func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
				ru[0].MetBy = "dreamed"
				return rs, ru
			})
			return r
		}(), "which no field records"},
		{"a rule extended by a field that is not a date", regimes, func() []timescale.Rule {
			_, r := edit(func(rs []timescale.RegimeInfo, ru []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
				ru[0].ExtendedBy = "themes"
				return rs, ru
			})
			return r
		}(), "not a date field"},
	}
	for _, tt := range tests {
		t.Run("NewTable refuses "+tt.name, func(t *testing.T) {
			_, err := timescale.NewTable(tt.regimes, tt.rules)
			require.ErrorContains(t, err, tt.want)
		})
	}
}

func TestATableAnswersForItsRegimesAndRules(t *testing.T) {
	tab := timescale.Statutory()
	from, to, ok := tab.Span(timescale.Wales2005, calendar.NewDate(2099, 12, 31))
	require.True(t, ok)
	require.Equal(t, []calendar.Date{calendar.NewDate(2006, 4, 1), calendar.NewDate(2014, 7, 31)}, []calendar.Date{from, to}, "wales-2005 governs receipt until the day before wales-2014")
	_, to, _ = tab.Span(timescale.Wales2014, calendar.NewDate(2099, 12, 31))
	require.Equal(t, calendar.NewDate(2099, 12, 31), to, "the last regime runs to the end")
	_, _, ok = tab.Span("wales-1999", calendar.Date{})
	require.False(t, ok)
	var ids []string
	for _, r := range tab.Responses(timescale.Wales2014) {
		ids = append(ids, r.ID)
	}
	require.Equal(t, []string{"W14-STAGE1", "W14-STAGE2"}, ids, "the rules that measure each stage's response, in order of stage")
	require.Nil(t, tab.Responses("wales-1999"))
	_, err := tab.RegimeFor("housing", calendar.NewDate(2020, 1, 1))
	var ve *timescale.ValueError
	require.ErrorAs(t, err, &ve, "a procedure no regime governs")
	require.Equal(t, []string{"complaint", "representation", "corporate"}, ve.Want)
	_, to, _ = tab.Span(timescale.PSOWModel, calendar.NewDate(2099, 12, 31))
	require.Equal(t, calendar.NewDate(2099, 12, 31), to, "psow-model, the only regime of its procedure, runs to the end")
	_, to, _ = tab.Span(timescale.Wales2014, calendar.NewDate(2099, 12, 31))
	require.Equal(t, calendar.NewDate(2099, 12, 31), to, "psow-model, of another procedure, does not end wales-2014")
	r, ok := tab.Rule("W14-ACK")
	require.True(t, ok)
	require.True(t, r.AppliesTo(timescale.Wales2014))
	require.False(t, r.AppliesTo(timescale.Wales2005))
	require.Equal(t, "", timescale.BandFor("wales-1999", 3))
}

func TestScheduleOfAnAssessmentOfAnotherTableIsRefused(t *testing.T) {
	a := timescale.Assessment{Regime: "wales-1999"}
	_, err := timescale.Engine{}.Schedule(&a)
	var ve *timescale.ValueError
	require.ErrorAs(t, err, &ve)
	require.Equal(t, []string{"wales-2005", "wales-2014", "psow-model"}, ve.Want)
}

func TestScheduleWriteText(t *testing.T) {
	s, err := timescale.Engine{}.Deadlines(timescale.Query{Received: calendar.NewDate(2028, 12, 22), Acknowledged: calendar.NewDate(2029, 1, 3),
		AsOf: calendar.NewDate(2028, 12, 29), DeemNextWorkingDay: true})
	require.NoError(t, err)
	var b strings.Builder
	require.NoError(t, s.WriteText(&b))
	for _, want := range []string{
		"Complaint received Fri 22 Dec 2028: regime wales-2014",
		"1 event dated after Fri 29 Dec 2028 was set aside as not yet happened.",
		"acknowledgement  W14-ACK",
		"How each date was reached:",
		"* provisional: ",
	} {
		require.Contains(t, b.String(), want)
	}
	require.Error(t, s.WriteText(failingWriter{}))
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestADeadlineNotDoneHasNoTakenInJSON(t *testing.T) {
	a, err := timescale.Evaluate(timescale.Case{ID: "c", Kind: timescale.Complaint, Received: calendar.NewDate(2014, 8, 1), Acknowledged: calendar.NewDate(2014, 8, 1)}, calendar.NewDate(2014, 8, 4))
	require.NoError(t, err)
	var got []map[string]any
	b, err := json.Marshal(a.Deadlines)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &got))
	require.Equal(t, 0.0, got[0]["taken"], "the acknowledgement, done on the day of receipt, took 0 working days")
	_, has := got[1]["taken"]
	require.False(t, has, "the discussion, not done, has no taken")
}

func TestAFindingMarshalsOnlyAsOneOfTheFour(t *testing.T) {
	b, err := json.Marshal(struct{ F timescale.Finding }{timescale.NotUpheld})
	require.NoError(t, err)
	require.Equal(t, `{"F":"not-upheld"}`, string(b))
	_, err = json.Marshal(struct{ F timescale.Finding }{"maybe"})
	require.Error(t, err)
	var empty struct{ F timescale.Finding }
	require.NoError(t, json.Unmarshal([]byte(`{"F":""}`), &empty))
	require.Equal(t, timescale.Finding(""), empty.F)
}

func TestEventsAfterTheDateOfEvaluation(t *testing.T) {
	d := calendar.NewDate
	c := timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d(2014, 8, 1), Acknowledged: d(2014, 8, 5),
		Stage1Response: d(2014, 8, 27), Stage2Requested: d(2014, 9, 1), Stage2ExtendedTo: d(2014, 10, 31)}
	asOf := d(2014, 8, 20)
	t.Run("KnownOn sets aside the events after the date but not receipt, and an agreed revised date with the stage 2 request it revises", func(t *testing.T) {
		want := timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d(2014, 8, 1), Acknowledged: d(2014, 8, 5)}
		known := timescale.KnownOn(c, asOf)
		if diff := cmp.Diff(want, known); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
		require.NoError(t, timescale.Engine{}.Validate(known), "the case as known is one the engine accepts")
	})
	t.Run("KnownOn keeps an agreed revised date in the future while the stage 2 request is known", func(t *testing.T) {
		later := d(2014, 9, 10)
		want := timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d(2014, 8, 1), Acknowledged: d(2014, 8, 5),
			Stage1Response: d(2014, 8, 27), Stage2Requested: d(2014, 9, 1), Stage2ExtendedTo: d(2014, 10, 31)}
		if diff := cmp.Diff(want, timescale.KnownOn(c, later)); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
	t.Run("by default Evaluate sets them aside and counts them", func(t *testing.T) {
		a, err := timescale.Evaluate(c, asOf)
		require.NoError(t, err)
		require.Equal(t, 2, a.SetAside)
		require.Equal(t, timescale.CaseOverdue, a.Status, "the discussion was due on 19 August")
	})
	t.Run("with RefuseFuture they are problems of the case", func(t *testing.T) {
		_, err := timescale.Engine{RefuseFuture: true}.Evaluate(c, asOf)
		var fe *timescale.FutureError
		require.ErrorAs(t, err, &fe)
		var ve *timescale.ValidationError
		require.ErrorAs(t, err, &ve)
		var fields []string
		for _, p := range ve.Problems {
			fields = append(fields, p.Field)
		}
		require.Equal(t, []string{"stage1_response", "stage2_requested"}, fields)
	})
	t.Run("a record received after the date is not yet received", func(t *testing.T) {
		a, err := timescale.Evaluate(c, d(2014, 7, 1))
		require.NoError(t, err)
		require.Equal(t, timescale.CaseNotYetReceived, a.Status)
		require.Empty(t, a.Deadlines)
		cm, err := timescale.Evaluate(timescale.Case{ID: "m", Kind: timescale.Comment, Received: d(2014, 8, 1)}, d(2014, 7, 1))
		require.NoError(t, err)
		require.Equal(t, 1, cm.SetAside, "a comment received after the date")
	})
}
