package timescale_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// ms is a deadline in brief: its rule, its status and how late it is.
type ms struct {
	Rule   string
	Status timescale.DeadlineStatus
	LateBy int
}

func brief(a timescale.Assessment) []ms {
	var out []ms
	for _, x := range a.Deadlines {
		out = append(out, ms{x.RuleID, x.Status, x.LateBy})
	}
	return out
}

// TestEvaluateCaseStatus walks a complaint through its life: the status of
// the case as a whole (the status column of complaints assess) and of
// each of its milestones.
func TestEvaluateCaseStatus(t *testing.T) {
	tests := []struct {
		name       string
		c          timescale.Case
		asOf       string
		wantStatus timescale.CaseStatus
		want       []ms
	}{
		{
			name:       "open: received Friday 1 Aug 2014 and evaluated the same day, every stage 1 milestone not yet due",
			c:          timescale.Case{Received: d("2014-08-01")},
			asOf:       "2014-08-01",
			wantStatus: timescale.CaseOpen,
			want: []ms{
				{"W14-ACK", timescale.DeadlineNotYetDue, 0}, {"W14-DISCUSS", timescale.DeadlineNotYetDue, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineNotYetDue, 0},
			},
		},
		{
			name:       "open, due today: received Friday 1 Aug 2014, not acknowledged on Tuesday 5 Aug, the last day under reg 15(2)",
			c:          timescale.Case{Received: d("2014-08-01")},
			asOf:       "2014-08-05",
			wantStatus: timescale.CaseOpen,
			want: []ms{
				{"W14-ACK", timescale.DeadlineDueToday, 0}, {"W14-DISCUSS", timescale.DeadlineNotYetDue, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineNotYetDue, 0},
			},
		},
		{
			name:       "overdue: received Friday 1 Aug 2014, not acknowledged by Wednesday 6 Aug: reg 15(2) overdue by 1 working day",
			c:          timescale.Case{Received: d("2014-08-01")},
			asOf:       "2014-08-06",
			wantStatus: timescale.CaseOverdue,
			want: []ms{
				{"W14-ACK", timescale.DeadlineOverdue, 1}, {"W14-DISCUSS", timescale.DeadlineNotYetDue, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineNotYetDue, 0},
			},
		},
		{
			name: "overdue: nothing done by Tuesday 26 Aug 2014: acknowledgement overdue by 14 working days, discussion by 4 (bank holiday Monday 25 Aug not counted)",
			// after Tue 5 Aug: 6-8 (3), 11-15 (8), 18-22 (13), Tue 26 (14); after Tue 19 Aug: 20-22 (3), Tue 26 (4)
			c:          timescale.Case{Received: d("2014-08-01")},
			asOf:       "2014-08-26",
			wantStatus: timescale.CaseOverdue,
			want: []ms{
				{"W14-ACK", timescale.DeadlineOverdue, 14}, {"W14-DISCUSS", timescale.DeadlineOverdue, 4},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineNotYetDue, 0},
			},
		},
		{
			name: "overdue: discussed early on Tuesday 12 Aug 2014 and resolved, the reg 16(5) written resolution due Tuesday 19 Aug is overdue on Wednesday 20 Aug though the 17-day response is not yet due",
			// acknowledgement not recorded; resolution from the actual discussion: 13-15 (3), 18 (4), 19 (5)
			c:          timescale.Case{Received: d("2014-08-01"), Discussed: d("2014-08-12"), ResolvedLocally: "yes"},
			asOf:       "2014-08-20",
			wantStatus: timescale.CaseOverdue,
			want: []ms{
				{"W14-ACK", timescale.DeadlineNotRecorded, 0}, {"W14-DISCUSS", timescale.DeadlineInTime, 0},
				{"W14-RESOLUTION", timescale.DeadlineOverdue, 1}, {"W14-STAGE1", timescale.DeadlineNotYetDue, 0},
			},
		},
		{
			name: "open: discussed early on Tuesday 12 Aug 2014 with no resolution recorded, the reg 16(5) written resolution due Tuesday 19 Aug is not judged, so nothing is overdue on Wednesday 20 Aug",
			c:    timescale.Case{Received: d("2014-08-01"), Discussed: d("2014-08-12")},
			asOf: "2014-08-20",
			// resolved_locally not recorded: the written resolution may never be due
			wantStatus: timescale.CaseOpen,
			want: []ms{
				{"W14-ACK", timescale.DeadlineNotRecorded, 0}, {"W14-DISCUSS", timescale.DeadlineInTime, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineNotYetDue, 0},
			},
		},
		{
			name:       "resolved-stage1: full response Wednesday 27 Aug 2014, resolved locally, and no stage 2 request; the unrecorded acknowledgement and discussion are not recorded, not overdue",
			c:          timescale.Case{Received: d("2014-08-01"), Stage1Response: d("2014-08-27"), ResolvedLocally: "yes"},
			asOf:       "2014-12-01",
			wantStatus: timescale.CaseResolvedStage1,
			want: []ms{
				{"W14-ACK", timescale.DeadlineNotRecorded, 0}, {"W14-DISCUSS", timescale.DeadlineNotRecorded, 0},
				{"W14-RESOLUTION", timescale.DeadlineInTime, 0}, {"W14-STAGE1", timescale.DeadlineInTime, 0},
			},
		},
		{
			name:       "resolved-stage1 under SI 2005/3366: received Thursday 31 Jul 2014, answered Friday 15 Aug, a day late",
			c:          timescale.Case{Received: d("2014-07-31"), Stage1Response: d("2014-08-15")},
			asOf:       "2014-12-01",
			wantStatus: timescale.CaseResolvedStage1,
			want:       []ms{{"W05-STAGE1", timescale.DeadlineLate, 1}},
		},
		{
			name: "open: every stage 1 step on time and stage 2 requested Monday 1 Sep 2014, response not yet due",
			c: timescale.Case{
				Received: d("2014-08-01"), Acknowledged: d("2014-08-05"), Discussed: d("2014-08-19"),
				Stage1Response: d("2014-08-27"), Stage2Requested: d("2014-09-01"),
			},
			asOf:       "2014-09-15",
			wantStatus: timescale.CaseOpen,
			want: []ms{
				{"W14-ACK", timescale.DeadlineInTime, 0}, {"W14-DISCUSS", timescale.DeadlineInTime, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineInTime, 0},
				{"W14-STAGE2", timescale.DeadlineNotYetDue, 0},
			},
		},
		{
			name:       "overdue: stage 2 response due Monday 6 Oct 2014 not given by Wednesday 8 Oct: overdue by 2 working days",
			c:          timescale.Case{Received: d("2014-08-01"), Stage1Response: d("2014-08-27"), Stage2Requested: d("2014-09-01")},
			asOf:       "2014-10-08",
			wantStatus: timescale.CaseOverdue,
			want: []ms{
				{"W14-ACK", timescale.DeadlineNotRecorded, 0}, {"W14-DISCUSS", timescale.DeadlineNotRecorded, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineInTime, 0},
				{"W14-STAGE2", timescale.DeadlineOverdue, 2},
			},
		},
		{
			name: "straight to stage 2: requested Monday 1 Sep 2014 with no stage 1 response; the stage 1 milestones are not recorded rather than overdue",
			c:    timescale.Case{Received: d("2014-08-01"), Stage2Requested: d("2014-09-01")},
			asOf: "2014-09-15",
			// open, not overdue, although every stage 1 due date has passed
			wantStatus: timescale.CaseOpen,
			want: []ms{
				{"W14-ACK", timescale.DeadlineNotRecorded, 0}, {"W14-DISCUSS", timescale.DeadlineNotRecorded, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineNotRecorded, 0},
				{"W14-STAGE2", timescale.DeadlineNotYetDue, 0},
			},
		},
		{
			name:       "resolved-stage2: stage 2 answered on the due date Monday 6 Oct 2014",
			c:          timescale.Case{Received: d("2014-08-01"), Stage1Response: d("2014-08-27"), Stage2Requested: d("2014-09-01"), Stage2Response: d("2014-10-06")},
			asOf:       "2014-12-01",
			wantStatus: timescale.CaseResolvedStage2,
			want: []ms{
				{"W14-ACK", timescale.DeadlineNotRecorded, 0}, {"W14-DISCUSS", timescale.DeadlineNotRecorded, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineInTime, 0},
				{"W14-STAGE2", timescale.DeadlineInTime, 0},
			},
		},
		{
			name: "stage3: a 2005 complaint whose panel was requested Friday 3 Oct 2014, after the cutover",
			// stage 1 from Mon 2 Jun: 3-6 (4), 9-13 (9), Mon 16 (10); answered Fri 13 Jun
			c:          panel2014,
			asOf:       "2014-10-03",
			wantStatus: timescale.CaseStage3,
			want: []ms{
				{"W05-STAGE1", timescale.DeadlineInTime, 0}, {"W05-STAGE2", timescale.DeadlineInTime, 0},
				{"W05-PANEL-ACK", timescale.DeadlineNotYetDue, 0},
			},
		},
		{
			name: "withdrawn: withdrawn Monday 4 Aug 2014 before acknowledgement; nothing left undone is overdue",
			c:    timescale.Case{Received: d("2014-08-01"), Withdrawn: d("2014-08-04")},
			asOf: "2014-12-01",
			want: []ms{
				{"W14-ACK", timescale.DeadlineWithdrawn, 0}, {"W14-DISCUSS", timescale.DeadlineWithdrawn, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineWithdrawn, 0},
			},
			wantStatus: timescale.CaseWithdrawn,
		},
		{
			name: "withdrawn after acknowledgement: the acknowledgement keeps its in-time status",
			c:    timescale.Case{Received: d("2014-08-01"), Acknowledged: d("2014-08-04"), Withdrawn: d("2014-08-11")},
			asOf: "2014-12-01",
			want: []ms{
				{"W14-ACK", timescale.DeadlineInTime, 0}, {"W14-DISCUSS", timescale.DeadlineWithdrawn, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineWithdrawn, 0},
			},
			wantStatus: timescale.CaseWithdrawn,
		},
		{
			name: "time limits: with the matter known (10 Mar 2014), TIME-LIMIT (guidance) and PSOW follow the stage rules",
			c:    timescale.Case{Matter: d("2014-03-10"), Received: d("2014-08-01"), Stage1Response: d("2014-08-27")},
			asOf: "2015-03-10",
			want: []ms{
				{"W14-ACK", timescale.DeadlineNotRecorded, 0}, {"W14-DISCUSS", timescale.DeadlineNotRecorded, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineInTime, 0},
				{"TIME-LIMIT", timescale.DeadlineInTime, 0}, {"PSOW", timescale.DeadlineWindowClosed, 0},
			},
			wantStatus: timescale.CaseResolvedStage1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			c.ID, c.Kind = "c", timescale.Complaint
			a, err := timescale.Evaluate(c, d(tt.asOf))
			require.NoError(t, err)
			if diff := cmp.Diff(tt.wantStatus, a.Status); diff != "" {
				t.Errorf("case status (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, brief(a)); diff != "" {
				t.Errorf("milestones (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEvaluateWorkedExample checks every field of every deadline of the
// worked example of the counting conventions (received Friday 1 August
// 2014), done on time at every step.
func TestEvaluateWorkedExample(t *testing.T) {
	c := timescale.Case{
		ID: "worked", Kind: timescale.Complaint, Complainant: "parent",
		Received: d("2014-08-01"), Acknowledged: d("2014-08-05"), Discussed: d("2014-08-19"),
		// The worked example judges the written resolution: the matter is
		// recorded as resolved at stage 1, though the complainant later
		// asked for stage 2.
		Stage1Response: d("2014-08-27"), ResolvedLocally: "yes",
		Stage2Requested: d("2014-09-01"), Stage2Response: d("2014-10-06"),
	}
	a, err := timescale.Evaluate(c, d("2014-10-06"))
	require.NoError(t, err)
	want := timescale.Assessment{
		ID: "worked", Kind: timescale.Complaint, Regime: timescale.Wales2014,
		Received: d("2014-08-01"), AsOf: d("2014-10-06"),
		Status: timescale.CaseResolvedStage2, CalendarVersion: calendar.WalesVersion, Warnings: []problem.Problem{},
		Transition: timescale.KeepRegime,
		Deadlines: []timescale.Deadline{
			{
				RuleID: "W14-ACK", Stage: 1, Milestone: timescale.Acknowledgement, Citation: "SI 2014/1794 reg 15(2)", Basis: timescale.BasisRegulation,
				From: d("2014-08-01"), FromEvent: timescale.Received, WorkingDays: 2,
				Due: d("2014-08-05"), Done: d("2014-08-05"), Taken: 2, Status: timescale.DeadlineInTime,
			},
			{
				RuleID: "W14-DISCUSS", Stage: 1, Milestone: timescale.Discussion, Citation: "SI 2014/1794 reg 16(3)", Basis: timescale.BasisRegulation,
				From: d("2014-08-05"), FromEvent: timescale.Acknowledged, WorkingDays: 10,
				Due: d("2014-08-19"), Done: d("2014-08-19"), Taken: 10, Status: timescale.DeadlineInTime,
			},
			{
				RuleID: "W14-RESOLUTION", Stage: 1, Milestone: timescale.Resolution, Citation: "SI 2014/1794 reg 16(5)", Basis: timescale.BasisAssumed,
				From: d("2014-08-19"), FromEvent: timescale.Discussed, WorkingDays: 5,
				Due: d("2014-08-27"), Done: d("2014-08-27"), Taken: 5, Status: timescale.DeadlineInTime,
			},
			{
				RuleID: "W14-STAGE1", Stage: 1, Response: true, Milestone: timescale.Stage1Response, Citation: "SI 2014/1794 regs 15(2), 16(3), 16(5)", Basis: timescale.BasisPractice,
				From: d("2014-08-01"), FromEvent: timescale.Received, WorkingDays: 17,
				Due: d("2014-08-27"), Done: d("2014-08-27"), Taken: 17, Band: "0-17", OmbudsmanBand: "0-20wd", Status: timescale.DeadlineInTime,
			},
			{
				RuleID: "W14-STAGE2", Stage: 2, Response: true, Milestone: timescale.Stage2Response, Citation: "Welsh Government guidance; SI 2014/1794 reg 17 (not read)", Basis: timescale.BasisGuidance,
				From: d("2014-09-01"), FromEvent: timescale.Stage2Requested, WorkingDays: 25,
				Due: d("2014-10-06"), Done: d("2014-10-06"), Taken: 25, Band: "18-25", OmbudsmanBand: "21wd-3m", Status: timescale.DeadlineInTime,
			},
		},
	}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("Evaluate (-want +got):\n%s", diff)
	}
}

func TestEvaluateCommentsAndCompliments(t *testing.T) {
	tests := []struct {
		name string
		c    timescale.Case
	}{
		{"a comment received Friday 1 Aug 2014 has no deadlines, no regime and no status", timescale.Case{ID: "m1", Kind: timescale.Comment, Received: d("2014-08-01")}},
		{"a compliment received Thursday 31 Jul 2014 has no deadlines, no regime and no status", timescale.Case{ID: "m2", Kind: timescale.Compliment, Received: d("2014-07-31")}},
		{"a comment received in 2005, before any encoded procedure, is still a valid record", timescale.Case{ID: "m3", Kind: timescale.Comment, Received: d("2005-06-01")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := timescale.Evaluate(tt.c, d("2014-12-01"))
			require.NoError(t, err)
			type summary struct {
				ID        string
				Kind      timescale.RecordKind
				Regime    timescale.Regime
				Received  calendar.Date
				Deadlines int
				Status    timescale.CaseStatus
				Version   string
			}
			want := summary{tt.c.ID, tt.c.Kind, "", tt.c.Received, 0, "", calendar.WalesVersion}
			got := summary{a.ID, a.Kind, a.Regime, a.Received, len(a.Deadlines), a.Status, a.CalendarVersion}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Evaluate (-want +got):\n%s", diff)
			}
			if _, ok := a.Deadline(timescale.Acknowledgement); ok {
				t.Error("a comment or compliment has an acknowledgement deadline")
			}
		})
	}
}

func TestAssessmentDeadline(t *testing.T) {
	c := timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d("2014-08-01"), Stage2Requested: d("2014-09-01")}
	a, err := timescale.Evaluate(c, d("2014-09-01"))
	require.NoError(t, err)
	tests := []struct {
		name     string
		m        timescale.Milestone
		wantRule string
		wantDue  calendar.Date
		wantOK   bool
	}{
		{"reg 15(2): the acknowledgement deadline of a 2014 complaint is W14-ACK, due Tuesday 5 Aug 2014", timescale.Acknowledgement, "W14-ACK", d("2014-08-05"), true},
		{"regs 15(2), 16(3), 16(5): the stage 1 response deadline is W14-STAGE1, due Wednesday 27 Aug 2014", timescale.Stage1Response, "W14-STAGE1", d("2014-08-27"), true},
		{"stage 2 (Welsh Government guidance): the stage 2 response deadline is W14-STAGE2, due Monday 6 Oct 2014", timescale.Stage2Response, "W14-STAGE2", d("2014-10-06"), true},
		{"SI 2014/1794 has no stage 3: no panel deadline", timescale.PanelConvened, "", calendar.Date{}, false},
		{"12-month time limit (guidance): no time-limit deadline when the matter's date is not known", timescale.ComplaintMade, "", calendar.Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := a.Deadline(tt.m)
			if diff := cmp.Diff([]any{tt.wantOK, tt.wantRule, tt.wantDue}, []any{ok, got.RuleID, got.Due}); diff != "" {
				t.Errorf("Deadline(%s): ok, rule, due (-want +got):\n%s", tt.m, diff)
			}
		})
	}
}

func TestDeadlineMethods(t *testing.T) {
	c := timescale.Case{
		ID: "c", Kind: timescale.Complaint, Received: d("2014-08-01"), Acknowledged: d("2014-08-06"),
		Stage2Requested: d("2014-09-01"), Stage2ExtendedTo: d("2014-10-17"),
	}
	a, err := timescale.Evaluate(c, d("2014-09-01"))
	require.NoError(t, err)
	ack, ok := a.Deadline(timescale.Acknowledgement)
	require.True(t, ok)
	s2, ok := a.Deadline(timescale.Stage2Response)
	require.True(t, ok)
	type m struct {
		IsDone, InTime bool
		EffectiveDue   calendar.Date
	}
	want := []m{
		{IsDone: true, InTime: false, EffectiveDue: d("2014-08-05")},  // acknowledged a day late
		{IsDone: false, InTime: false, EffectiveDue: d("2014-10-17")}, // the agreed revised date replaces Due
	}
	got := []m{{ack.IsDone(), ack.MetInTime(), ack.EffectiveDue()}, {s2.IsDone(), s2.MetInTime(), s2.EffectiveDue()}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("IsDone, InTime, EffectiveDue (-want +got):\n%s", diff)
	}
	if s2.Due != d("2014-10-06") {
		t.Errorf("the agreed revised date replaced Due: got %s, want 2014-10-06", s2.Due)
	}
}

func TestEvaluateCalendarVersionAndProvisional(t *testing.T) {
	tests := []struct {
		name            string
		received        string
		wantProvisional bool
	}{
		{"received Friday 1 Aug 2014, every date officially published: not provisional", "2014-08-01", false},
		{"received Wednesday 20 Dec 2028, the 17-day response due in January 2029: provisional", "2028-12-20", true},
		{"received Monday 1 Jan 2029 (projected New Year's Day): provisional", "2029-01-01", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := timescale.Evaluate(timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d(tt.received)}, d(tt.received))
			require.NoError(t, err)
			if diff := cmp.Diff([]any{calendar.WalesVersion, tt.wantProvisional}, []any{a.CalendarVersion, a.Provisional}); diff != "" {
				t.Errorf("CalendarVersion, Provisional (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEvaluateLocalClosures: a council that closes between Christmas and New
// Year may compute local deadlines on a calendar with its closures; the
// statutory deadline is unchanged.
func TestEvaluateLocalClosures(t *testing.T) {
	local, err := calendar.Wales().WithClosures("council christmas",
		calendar.Holiday{Date: d("2022-12-28"), Name: "Council closed"},
		calendar.Holiday{Date: d("2022-12-29"), Name: "Council closed"},
		calendar.Holiday{Date: d("2022-12-30"), Name: "Council closed"},
	)
	require.NoError(t, err)
	c := timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d("2022-12-23")}
	tests := []struct {
		name        string
		engine      timescale.Engine
		wantDue     calendar.Date
		wantVersion string
	}{
		// Sat 24, Sun 25, Mon 26, Tue 27, Wed 28 (1), Thu 29 (2)
		{"reg 15(2), statutory calendar: received Friday 23 Dec 2022, acknowledgement due Thursday 29 Dec", timescale.Engine{}, d("2022-12-29"), calendar.WalesVersion},
		// ... Wed 28, Thu 29, Fri 30 closed, Sat, Sun, Mon 2 Jan substitute day, Tue 3 (1), Wed 4 (2)
		{"reg 15(2), with the council's closures 28-30 Dec: acknowledgement due Wednesday 4 Jan 2023 (a local, not a statutory, deadline)", timescale.Engine{Calendar: local}, d("2023-01-04"), local.Version()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.engine.Evaluate(c, latestEvent(c))
			require.NoError(t, err)
			ack, ok := a.Deadline(timescale.Acknowledgement)
			require.True(t, ok)
			if diff := cmp.Diff([]any{tt.wantDue, tt.wantVersion}, []any{ack.Due, a.CalendarVersion}); diff != "" {
				t.Errorf("due, calendar version (-want +got):\n%s", diff)
			}
		})
	}
	if !strings.Contains(local.Version(), "council-christmas") || local.Version() == calendar.WalesVersion {
		t.Errorf("the local calendar's version %q does not name its closures", local.Version())
	}
	// The explanation names the closures.
	a, err := timescale.Engine{Calendar: local}.Evaluate(c, c.Received)
	require.NoError(t, err)
	ack, _ := a.Deadline(timescale.Acknowledgement)
	x, err := timescale.Engine{Calendar: local}.Explain(ack)
	require.NoError(t, err)
	// Explained on the statutory calendar, the same deadline is refused,
	// never explained differently.
	_, err = timescale.Engine{}.Explain(ack)
	var me *timescale.MismatchError
	require.ErrorAs(t, err, &me, "a local deadline explained on the statutory calendar")
	var reasons []string
	for _, s := range x.Skipped {
		reasons = append(reasons, s.Date.String()+" "+s.Reason)
	}
	wantReasons := []string{
		"2022-12-24 Saturday", "2022-12-25 Sunday, Christmas Day", "2022-12-26 Boxing Day",
		"2022-12-27 Christmas Day (substitute day)", "2022-12-28 Council closed", "2022-12-29 Council closed",
		"2022-12-30 Council closed", "2022-12-31 Saturday", "2023-01-01 Sunday", // New Year's Day itself is not a bank holiday at a weekend: its substitute is
		"2023-01-02 New Year's Day (substitute day)",
	}
	if diff := cmp.Diff(wantReasons, reasons); diff != "" {
		t.Errorf("days skipped on the local calendar (-want +got):\n%s", diff)
	}
}

func TestEvaluateDeemedReceived(t *testing.T) {
	tests := []struct {
		name     string
		received string
		want     calendar.Date
	}{
		{"received Saturday 2 Aug 2014, deemed received Monday 4 Aug", "2014-08-02", d("2014-08-04")},
		{"received on Good Friday 3 Apr 2015, deemed received Tuesday 7 Apr (after Easter Monday)", "2015-04-03", d("2015-04-07")},
		{"received Saturday 24 Dec 2022, deemed received Wednesday 28 Dec", "2022-12-24", d("2022-12-28")},
		{"received on a working day, Friday 1 Aug 2014: nothing is deemed", "2014-08-01", calendar.Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d(tt.received)}
			a, err := deem.Evaluate(c, c.Received)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, a.DeemedReceived); diff != "" {
				t.Errorf("DeemedReceived (-want +got):\n%s", diff)
			}
			lit, err := timescale.Evaluate(c, c.Received)
			require.NoError(t, err)
			if !lit.DeemedReceived.IsZero() {
				t.Errorf("the literal reading deemed a receipt: %s", lit.DeemedReceived)
			}
		})
	}
}

func TestEvaluateErrors(t *testing.T) {
	valid := timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d("2014-08-01")}
	tests := []struct {
		name  string
		c     timescale.Case
		asOf  calendar.Date
		check func(error) bool
		want  string
	}{
		{"an evaluation date that is not a real date (30 Feb 2014) is a *calendar.DateError", valid, calendar.Date{Year: 2014, Month: 2, Day: 30},
			func(err error) bool { var e *calendar.DateError; return errors.As(err, &e) }, "*calendar.DateError"},
		{"an evaluation date outside the calendar (1 Jan 2100) is a *calendar.RangeError", valid, d("2100-01-01"),
			func(err error) bool { var e *calendar.RangeError; return errors.As(err, &e) }, "*calendar.RangeError"},
		{"an invalid case is a *ValidationError", timescale.Case{ID: "c", Kind: timescale.Complaint}, d("2014-08-01"),
			func(err error) bool { var e *timescale.ValidationError; return errors.As(err, &e) }, "*timescale.ValidationError"},
		{"a deadline past the end of the calendar (received Thursday 31 Dec 2099) is a *calendar.RangeError, not a guess",
			timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d("2099-12-31")}, d("2099-12-31"),
			func(err error) bool { var e *calendar.RangeError; return errors.As(err, &e) }, "*calendar.RangeError"},
		{"a stage 2 deadline past the end of the calendar (requested 1 Dec 2099) is a *calendar.RangeError",
			timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d("2099-11-02"), Stage1Response: d("2099-11-10"), Stage2Requested: d("2099-12-01")}, d("2099-12-01"),
			func(err error) bool { var e *calendar.RangeError; return errors.As(err, &e) }, "*calendar.RangeError"},
		{"a stage 2 request on Saturday 26 Dec 2099, read literally or deemed received on the next working day, runs past the calendar: *calendar.RangeError",
			timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d("2099-11-02"), Stage2Requested: d("2099-12-26")}, d("2099-12-26"),
			func(err error) bool { var e *calendar.RangeError; return errors.As(err, &e) }, "*calendar.RangeError"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range []timescale.Engine{{}, deem} {
				a, err := e.Evaluate(tt.c, tt.asOf)
				require.Error(t, err, "Evaluate gave %+v", a)
				if !tt.check(err) {
					t.Errorf("Evaluate error = %T %v, want a %s", err, err, tt.want)
				}
				var into timescale.Assessment
				if err := e.EvaluateInto(&into, tt.c, tt.asOf); err == nil || !tt.check(err) {
					t.Errorf("EvaluateInto error = %T %v, want a %s", err, err, tt.want)
				}
			}
		})
	}
}

// TestEvaluateIntoReusesStorage checks that EvaluateInto gives the same
// assessment as Evaluate, case after case, when dst is reused.
func TestEvaluateIntoReusesStorage(t *testing.T) {
	cases := []timescale.Case{
		{ID: "a", Kind: timescale.Complaint, Received: d("2014-08-01"), Stage2Requested: d("2014-09-01")},
		{ID: "b", Kind: timescale.Comment, Received: d("2014-08-02")},
		panel2014,
		{ID: "d", Kind: timescale.Complaint, Matter: d("2014-03-10"), Received: d("2014-07-31")},
		{ID: "e", Kind: timescale.Complaint, Received: d("2014-08-02")},
	}
	cases[2].ID, cases[2].Kind = "c", timescale.Complaint
	var dst timescale.Assessment
	for _, e := range []timescale.Engine{{}, deem} {
		for _, c := range cases {
			want, err := e.Evaluate(c, d("2014-10-03"))
			require.NoError(t, err)
			require.NoError(t, e.EvaluateInto(&dst, c, d("2014-10-03")))
			if diff := cmp.Diff(want, dst, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("case %s: EvaluateInto differs from Evaluate (-Evaluate +EvaluateInto):\n%s", c.ID, diff)
			}
		}
	}
}

// TestEvaluateIntoOverwritesEveryFieldOfAReusedDeadline checks that
// EvaluateInto sets every field of the deadlines it writes into storage it
// reuses: storage whose every field holds something gives the assessment
// Evaluate gives. (The engine writes a deadline over the old one rather
// than clearing it first.)
func TestEvaluateIntoOverwritesEveryFieldOfAReusedDeadline(t *testing.T) {
	cases := []timescale.Case{
		typical,
		panel2014,
		{ID: "r", Kind: timescale.Complaint, Procedure: timescale.RepresentationProcedure, Complainant: "child", Received: d("2014-08-01"), Stage2Requested: d("2014-09-01")},
		{ID: "m", Kind: timescale.Complaint, Matter: d("2014-03-10"), Received: d("2014-07-31"), Acknowledged: d("2014-08-01")},
	}
	cases[1].ID, cases[1].Kind = "p", timescale.Complaint
	for _, e := range []timescale.Engine{{}, deem, withTargets(pembrokeshire)} {
		for _, c := range cases {
			want, err := e.Evaluate(c, d("2015-03-31"))
			require.NoError(t, err)
			dst := timescale.Assessment{Deadlines: make([]timescale.Deadline, 8)}
			for i := range dst.Deadlines {
				fillEveryField(reflect.ValueOf(&dst.Deadlines[i]).Elem())
			}
			dst.Deadlines = dst.Deadlines[:0]
			require.NoError(t, e.EvaluateInto(&dst, c, d("2015-03-31")))
			if diff := cmp.Diff(want, dst, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("case %s: EvaluateInto over used storage differs from Evaluate (-Evaluate +EvaluateInto):\n%s", c.ID, diff)
			}
		}
	}
}

// fillEveryField sets every field of v, a struct, to a value that is not
// zero.
func fillEveryField(v reflect.Value) {
	for i := range v.NumField() {
		switch f := v.Field(i); f.Kind() {
		case reflect.String:
			f.SetString("x")
		case reflect.Int:
			f.SetInt(7)
		case reflect.Uint8:
			f.SetUint(1)
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Struct:
			fillEveryField(f)
		default:
			panic("fillEveryField: a field of kind " + f.Kind().String())
		}
	}
}

// TestEvaluationAllocatesNothingPerCase checks that a pass over many cases
// allocates nothing per case once its storage is grown: EvaluateInto into
// a reused assessment, and KnownOn, with and without events after the
// date of evaluation.
func TestEvaluationAllocatesNothingPerCase(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's sync.Pool drops what is put back")
	}
	asOf := d("2014-10-03")
	later := timescale.Case{ID: "l", Kind: timescale.Complaint, Received: d("2014-09-01"), Acknowledged: d("2014-09-02"),
		Stage1Response: d("2014-09-20"), Stage2Requested: d("2014-10-01"), Stage2ExtendedTo: d("2014-11-28"), Stage2Response: d("2014-11-20")}
	var dst timescale.Assessment
	tests := []struct {
		name string
		run  func()
	}{
		{"EvaluateInto of a case with every step recorded, into a reused assessment", func() {
			_ = timescale.Engine{}.EvaluateInto(&dst, typical, d("2015-03-31"))
		}},
		{"EvaluateInto of a case with a stage 2 response after the date of evaluation, set aside", func() {
			_ = timescale.Engine{}.EvaluateInto(&dst, later, asOf)
		}},
		{"KnownOn of a case with a stage 2 response after the date", func() { _ = timescale.KnownOn(later, asOf) }},
		{"KnownOn of a case with nothing after the date", func() { _ = timescale.KnownOn(typical, d("2015-03-31")) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.run() // grows the storage
			if allocs := testing.AllocsPerRun(100, tt.run); allocs != 0 {
				t.Errorf("allocated %v times per case, want 0", allocs)
			}
		})
	}
	require.NoError(t, timescale.Engine{}.EvaluateInto(&dst, later, asOf))
	require.Equal(t, 1, dst.SetAside, "the stage 2 response is set aside, so the second case takes the path of a case known in part")
}
