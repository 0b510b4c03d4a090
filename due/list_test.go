package due_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

func d(s string) calendar.Date {
	x, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return x
}

// assessed evaluates the cases as of asOf with the statutory engine.
func assessed(t testing.TB, asOf string, cs ...timescale.Case) []timescale.Assessment {
	t.Helper()
	out := make([]timescale.Assessment, len(cs))
	for i, c := range cs {
		a, err := timescale.Evaluate(c, d(asOf))
		require.NoError(t, err, "case %s", c.ID)
		out[i] = a
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

func complaint(id, received string) timescale.Case {
	return timescale.Case{ID: id, Kind: timescale.Complaint, Received: d(received)}
}

func with(c timescale.Case, edit func(*timescale.Case)) timescale.Case {
	edit(&c)
	return c
}

// The window of these tests: as of Wednesday 7 January 2015, within 5
// working days, that is by Wednesday 14 January (Thursday 1 January was
// New Year's Day, before the window).
func TestTheListHoldsEveryDeadlineNotYetMetThatIsOverdueOrDueWithinTheWindow(t *testing.T) {
	// A complaint received on Monday 22 December 2014 has its acknowledgement
	// due Wednesday 24 December (SI 2014/1794 reg 15(2)), the discussion 10
	// working days later, Monday 12 January, past Christmas, Boxing Day and
	// New Year's Day (reg 16(3)), and the resolution and the stage 1
	// response on Monday 19 January, outside the window.
	dec22 := complaint("C-1", "2014-12-22")
	// A stage 2 request on Monday 1 December 2014 is due 25 working days
	// later, Thursday 8 January 2015 (regs 17 to 19).
	stage2 := with(complaint("C-2", "2014-10-01"), func(c *timescale.Case) {
		c.Acknowledged, c.Discussed, c.Stage1Response, c.Stage2Requested = d("2014-10-02"), d("2014-10-10"), d("2014-10-20"), d("2014-12-01")
	})
	tests := []struct {
		name string
		c    timescale.Case
		want []due.Item
	}{
		{
			name: "reg 15(2): an acknowledgement due on the day is listed with no working day left",
			c:    complaint("C-1", "2015-01-05"),
			want: []due.Item{{ID: "C-1", Milestone: timescale.Acknowledgement, RuleID: "W14-ACK", Due: d("2015-01-07"), WorkingDaysLeft: 0, Status: timescale.DeadlineDueToday}},
		},
		{
			name: "reg 15(2): an overdue acknowledgement counts the 7 working days since Wednesday 24 December as -7, and the discussion due on Monday 12 January is 3 working days away",
			c:    dec22,
			want: []due.Item{
				{ID: "C-1", Milestone: timescale.Acknowledgement, RuleID: "W14-ACK", Due: d("2014-12-24"), WorkingDaysLeft: -7, Status: timescale.DeadlineOverdue},
				{ID: "C-1", Milestone: timescale.Discussion, RuleID: "W14-DISCUSS", Due: d("2015-01-12"), WorkingDaysLeft: 3, Status: timescale.DeadlineNotYetDue},
			},
		},
		{
			name: "reg 16(3): an acknowledgement made on Tuesday 23 December is not listed, and the discussion runs from it to Friday 9 January",
			c:    with(dec22, func(c *timescale.Case) { c.Acknowledged = d("2014-12-23") }),
			want: []due.Item{{ID: "C-1", Milestone: timescale.Discussion, RuleID: "W14-DISCUSS", Due: d("2015-01-09"), WorkingDaysLeft: 2, Status: timescale.DeadlineNotYetDue}},
		},
		{
			name: "reg 16(5): after a discussion on Wednesday 31 December the unrecorded acknowledgement is not listed, and the resolution of a matter resolved locally is due Thursday 8 January",
			c:    with(dec22, func(c *timescale.Case) { c.Discussed, c.ResolvedLocally = d("2014-12-31"), "yes" }),
			want: []due.Item{{ID: "C-1", Milestone: timescale.Resolution, RuleID: "W14-RESOLUTION", Due: d("2015-01-08"), WorkingDaysLeft: 1, Status: timescale.DeadlineNotYetDue}},
		},
		{
			name: "reg 16(5): the resolution of a matter not known to be resolved locally is not listed",
			c:    with(dec22, func(c *timescale.Case) { c.Discussed = d("2014-12-31") }),
		},
		{
			name: "a withdrawn complaint has nothing due",
			c:    with(dec22, func(c *timescale.Case) { c.Withdrawn = d("2014-12-30") }),
		},
		{
			name: "a complaint resolved at stage 1 has nothing due",
			c:    with(dec22, func(c *timescale.Case) { c.Stage1Response = d("2015-01-06") }),
		},
		{
			name: "a comment has nothing due",
			c:    timescale.Case{ID: "M-1", Kind: timescale.Comment, Received: d("2015-01-05")},
		},
		{
			name: "regs 17 to 19: a stage 2 response due Thursday 8 January is listed with 1 working day left",
			c:    stage2,
			want: []due.Item{{ID: "C-2", Milestone: timescale.Stage2Response, RuleID: "W14-STAGE2", Due: d("2015-01-08"), WorkingDaysLeft: 1, Status: timescale.DeadlineNotYetDue}},
		},
		{
			name: "an agreed revised date of Monday 12 January is the date the stage 2 response is listed on",
			c:    with(stage2, func(c *timescale.Case) { c.Stage2ExtendedTo = d("2015-01-12") }),
			want: []due.Item{{ID: "C-2", Milestone: timescale.Stage2Response, RuleID: "W14-STAGE2", Due: d("2015-01-12"), WorkingDaysLeft: 3, Status: timescale.DeadlineNotYetDue, Revised: true}},
		},
		{
			name: "an agreed revised date after the window keeps the stage 2 response off the list",
			c:    with(stage2, func(c *timescale.Case) { c.Stage2ExtendedTo = d("2015-01-30") }),
		},
		{
			name: "an agreed revised date before the rule's due date does not shorten it",
			c:    with(stage2, func(c *timescale.Case) { c.Stage2ExtendedTo = d("2015-01-02") }),
			want: []due.Item{{ID: "C-2", Milestone: timescale.Stage2Response, RuleID: "W14-STAGE2", Due: d("2015-01-08"), WorkingDaysLeft: 1, Status: timescale.DeadlineNotYetDue}},
		},
		{
			name: "the owner is carried into every item",
			c:    with(complaint("C-1", "2015-01-05"), func(c *timescale.Case) { c.Owner = " Team A " }),
			want: []due.Item{{ID: "C-1", Owner: "Team A", Milestone: timescale.Acknowledgement, RuleID: "W14-ACK", Due: d("2015-01-07"), Status: timescale.DeadlineDueToday}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := due.Of(assessed(t, "2015-01-07", tt.c), due.Options{AsOf: d("2015-01-07"), Within: 5})
			require.NoError(t, err)
			want := tt.want
			if want == nil {
				want = []due.Item{}
			}
			if diff := cmp.Diff(want, l.Items); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			require.Equal(t, d("2015-01-14"), l.Until, "the 5th working day after Wednesday 7 January")
		})
	}
}

func TestTheWindowEndsOnItsLastWorkingDay(t *testing.T) {
	// The stage 2 response of C-2 is due Thursday 8 January 2015; an agreed
	// revised date may fall on a Saturday.
	c := with(complaint("C-2", "2014-10-01"), func(c *timescale.Case) {
		c.Acknowledged, c.Discussed, c.Stage1Response, c.Stage2Requested = d("2014-10-02"), d("2014-10-10"), d("2014-10-20"), d("2014-12-01")
	})
	sat := with(c, func(c *timescale.Case) { c.Stage2ExtendedTo = d("2015-01-10") })
	tests := []struct {
		name   string
		c      timescale.Case
		asOf   string
		within int
		want   []string // status and working days left
	}{
		{"within 0 working days lists what is due today", c, "2015-01-08", 0, []string{"due-today 0"}},
		{"within 0 working days leaves out what is due tomorrow", c, "2015-01-07", 0, nil},
		{"within 1 working day lists what is due tomorrow", c, "2015-01-07", 1, []string{"not-yet-due 1"}},
		{"within 0 working days lists what is overdue", c, "2015-01-09", 0, []string{"overdue -1"}},
		{"a deadline is overdue by working days only: Friday to Monday is 1", c, "2015-01-12", 0, []string{"overdue -2"}},
		{"a revised date on Saturday is not due on Friday within 0 working days", sat, "2015-01-09", 0, nil},
		{"a revised date on Saturday is listed on Friday within 1 working day, with none left", sat, "2015-01-09", 1, []string{"not-yet-due 0"}},
		{"a revised date on Saturday is due that day", sat, "2015-01-10", 0, []string{"due-today 0"}},
		{"a revised date on Saturday is overdue on Sunday, with no working day since", sat, "2015-01-11", 0, []string{"overdue 0"}},
		{"a revised date on Saturday is overdue by 1 working day on Monday", sat, "2015-01-12", 0, []string{"overdue -1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := due.Of(assessed(t, tt.asOf, tt.c), due.Options{AsOf: d(tt.asOf), Within: tt.within})
			require.NoError(t, err)
			var got []string
			for _, it := range l.Items {
				got = append(got, string(it.Status)+" "+itoa(it.WorkingDaysLeft))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestTheListIsSortedByDueDateThenIDThenRule(t *testing.T) {
	// B and A were received on the same day and are being resolved locally;
	// their resolution and stage 1 response are both due 17 working days
	// after receipt, Monday 19 January 2015 (2 + 10 + 5, SI 2014/1794 regs
	// 15(2), 16(3), 16(5)).
	local := func(c timescale.Case) timescale.Case { c.ResolvedLocally = "yes"; return c }
	cs := []timescale.Case{local(complaint("B", "2014-12-22")), local(complaint("A", "2014-12-22")), complaint("C", "2015-01-12")}
	l, err := due.Of(assessed(t, "2015-01-19", cs...), due.Options{AsOf: d("2015-01-19"), Within: 2})
	require.NoError(t, err)
	var got []string
	for _, it := range l.Items {
		got = append(got, it.Due.String()+" "+it.ID+" "+it.RuleID)
	}
	want := []string{
		"2014-12-24 A W14-ACK", "2014-12-24 B W14-ACK",
		"2015-01-12 A W14-DISCUSS", "2015-01-12 B W14-DISCUSS",
		"2015-01-14 C W14-ACK",
		"2015-01-19 A W14-RESOLUTION", "2015-01-19 A W14-STAGE1",
		"2015-01-19 B W14-RESOLUTION", "2015-01-19 B W14-STAGE1",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestTheListKeepsTheDeadlinesOfTheOwnerAskedFor(t *testing.T) {
	owned := func(id, owner string) timescale.Case {
		return with(complaint(id, "2015-01-05"), func(c *timescale.Case) { c.Owner = owner })
	}
	as := assessed(t, "2015-01-07", owned("A-1", "Team A"), owned("B-1", "Team B"), owned("N-1", ""), owned("A-2", "team a"))
	tests := []struct {
		name, owner string
		want        []string
		listOwner   string
	}{
		{"no owner asked for keeps every deadline", "", []string{"A-1", "A-2", "B-1", "N-1"}, ""},
		{"an owner keeps that owner's deadlines, matched without regard to case", " TEAM A ", []string{"A-1", "A-2"}, "TEAM A"},
		{"an owner with no complaint gives an empty list", "Team C", nil, "Team C"},
		{"an owner of white space only is no filter", " \t", []string{"A-1", "A-2", "B-1", "N-1"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := due.Of(as, due.Options{AsOf: d("2015-01-07"), Owner: tt.owner})
			require.NoError(t, err)
			var got []string
			for _, it := range l.Items {
				got = append(got, it.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			require.Equal(t, tt.listOwner, l.Owner, "the list names its owner without surrounding white space")
		})
	}
}

func TestAProvisionalYearMarksTheItemsItTouches(t *testing.T) {
	// Received Friday 22 December 2028, the last year of the official list:
	// the acknowledgement was due Thursday 28 December 2028 and is overdue
	// on Monday 8 January 2029, a projected year, by 6 working days (New
	// Year's Day falls between); the discussion is due Friday 12 January
	// 2029.
	as := assessed(t, "2029-01-08", complaint("P-1", "2028-12-22"))
	l, err := due.Of(as, due.Options{AsOf: d("2029-01-08"), Within: 5})
	require.NoError(t, err)
	want := []due.Item{
		{ID: "P-1", Milestone: timescale.Acknowledgement, RuleID: "W14-ACK", Due: d("2028-12-28"), WorkingDaysLeft: -6, Status: timescale.DeadlineOverdue, Provisional: true},
		{ID: "P-1", Milestone: timescale.Discussion, RuleID: "W14-DISCUSS", Due: d("2029-01-12"), WorkingDaysLeft: 4, Status: timescale.DeadlineNotYetDue, Provisional: true},
	}
	if diff := cmp.Diff(want, l.Items); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	l, err = due.Of(assessed(t, "2028-12-28", complaint("P-1", "2028-12-22")), due.Options{AsOf: d("2028-12-28")})
	require.NoError(t, err)
	require.Len(t, l.Items, 1)
	require.False(t, l.Items[0].Provisional, "an acknowledgement due in 2028, on the day, involves no projected year")
}

func TestTheOptionsAreChecked(t *testing.T) {
	tests := []struct {
		name  string
		opt   due.Options
		field string
		code  problem.Code
		check func(t *testing.T, err error)
	}{
		{"a negative number of working days ahead is refused", due.Options{AsOf: d("2015-01-07"), Within: -1}, "within", problem.NegativeDays,
			func(t *testing.T, err error) {
				var de *due.DaysError
				require.ErrorAs(t, err, &de)
				require.Equal(t, -1, de.N)
				require.Equal(t, "due: -1 is not a number of working days ahead: want 0 or more", de.Error())
			}},
		{"a date outside the calendar is refused", due.Options{AsOf: d("2100-01-01")}, "as_of", problem.DateOutOfRange,
			func(t *testing.T, err error) {
				var re *calendar.RangeError
				require.ErrorAs(t, err, &re)
			}},
		{"a window that ends after the calendar is refused", due.Options{AsOf: d("2099-12-01"), Within: 100}, "within", problem.DateOutOfRange, nil},
		{"no date at all is refused", due.Options{}, "as_of", problem.InvalidDate, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := due.NewBuilder(tt.opt)
			var ve *timescale.ValidationError
			require.ErrorAs(t, err, &ve)
			require.Len(t, ve.Problems, 1)
			require.Equal(t, tt.field, ve.Problems[0].Field)
			require.Equal(t, tt.code, problem.CodeOf(err))
			if tt.check != nil {
				tt.check(t, err)
			}
			_, err = due.Of(nil, tt.opt)
			require.ErrorAs(t, err, &ve, "Of checks the options the same way")
		})
	}
}

func TestAddReturnsTheCalendarsErrorForADeadlineItCannotCount(t *testing.T) {
	as := assessed(t, "2099-12-30", complaint("LATE", "2099-12-01"))
	b, err := due.NewBuilder(due.Options{AsOf: d("1974-01-02"), Within: 5})
	require.NoError(t, err)
	require.NoError(t, b.Add(&as[0]), "as of 1974 nothing of 2099 is due within 5 working days, and that is not an error")
	require.Empty(t, b.List().Items)

	// An assessment that went through JSON with a due date changed to one
	// outside the calendar cannot be counted.
	bad := assessed(t, "2015-01-07", complaint("C-1", "2015-01-05"))[0]
	bad.Deadlines[0].Due = d("1900-01-01")
	b, err = due.NewBuilder(due.Options{AsOf: d("2015-01-07"), Within: 5})
	require.NoError(t, err)
	var re *calendar.RangeError
	require.ErrorAs(t, b.Add(&bad), &re)
	_, err = due.Of([]timescale.Assessment{bad}, due.Options{AsOf: d("2015-01-07"), Within: 5})
	require.ErrorAs(t, err, &re)
	require.False(t, b.Selects(&bad.Deadlines[0]), "a deadline that cannot be counted is not selected")
}

func TestListEmptiesTheBuilder(t *testing.T) {
	as := assessed(t, "2015-01-07", complaint("C-1", "2015-01-05"))
	b, err := due.NewBuilder(due.Options{AsOf: d("2015-01-07"), Within: 5})
	require.NoError(t, err)
	require.NoError(t, b.Add(&as[0]))
	first := b.List()
	require.Len(t, first.Items, 1)
	second := b.List()
	require.NotNil(t, second.Items)
	require.Empty(t, second.Items, "the items were handed over")
	require.NoError(t, b.Add(&as[0]))
	require.Len(t, b.List().Items, 1, "the builder can be used again")
	require.Len(t, first.Items, 1, "the first list is its own")
}

func TestAListReadsBackFromItsJSONForm(t *testing.T) {
	as := assessed(t, "2029-01-08", complaint("P-1", "2028-12-22"), with(complaint("C-2", "2029-01-05"), func(c *timescale.Case) { c.Owner = "Tîm, Gogledd" }))
	for _, owner := range []string{"", "tîm, gogledd"} {
		l, err := due.Of(as, due.Options{AsOf: d("2029-01-08"), Within: 5, Owner: owner})
		require.NoError(t, err)
		require.NotEmpty(t, l.Items)
		b, err := json.Marshal(l)
		require.NoError(t, err)
		var back due.List
		require.NoError(t, json.Unmarshal(b, &back))
		if diff := cmp.Diff(l, back); diff != "" {
			t.Errorf("(-want +got)\n%s\n%s", diff, b)
		}
	}
}
