package timescale_test

// Tests of a complaint's way through its stages that the rule tables do
// not pin by themselves: a complaint withdrawn after its stage 1 response,
// a child's complaint or representation that goes on to stage 2, and the
// reading of the transition between the 2005 and 2014 procedures for a
// stage requested after 1 August 2014. Every date is worked out by hand in
// the comment beside it; "(n)" marks the nth working day after the day a
// period runs from.

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

func TestWithdrawnAfterStage1Response(t *testing.T) {
	tests := []struct {
		name string
		c    timescale.Case
		want []ms
	}{
		{
			name: "reg 15(2) to reg 16(5): every stage 1 step in time, resolved, then withdrawn Monday 1 Sep 2014: each keeps its in-time status",
			c: timescale.Case{
				Received: d("2014-08-01"), Acknowledged: d("2014-08-05"), Discussed: d("2014-08-19"),
				Stage1Response: d("2014-08-27"), ResolvedLocally: "yes", Withdrawn: d("2014-09-01"),
			},
			want: []ms{
				{"W14-ACK", timescale.DeadlineInTime, 0}, {"W14-DISCUSS", timescale.DeadlineInTime, 0},
				{"W14-RESOLUTION", timescale.DeadlineInTime, 0}, {"W14-STAGE1", timescale.DeadlineInTime, 0},
			},
		},
		{
			name: "regs 15(2), 16(3), 16(5): a stage 1 response Thursday 28 Aug 2014, a day late, then withdrawn Wednesday 3 Sep: the response stays late, the steps never recorded are withdrawn, the written resolution is not judged",
			c:    timescale.Case{Received: d("2014-08-01"), Stage1Response: d("2014-08-28"), Withdrawn: d("2014-09-03")},
			want: []ms{
				{"W14-ACK", timescale.DeadlineWithdrawn, 0}, {"W14-DISCUSS", timescale.DeadlineWithdrawn, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineLate, 1},
			},
		},
		{
			name: "stage 2 (Welsh Government guidance): stage 1 answered Wednesday 27 Aug 2014, stage 2 requested Monday 1 Sep and withdrawn Monday 15 Sep: the stage 2 response, due Monday 6 Oct, is withdrawn, never overdue",
			c: timescale.Case{
				Received: d("2014-08-01"), Stage1Response: d("2014-08-27"), Stage2Requested: d("2014-09-01"), Withdrawn: d("2014-09-15"),
			},
			want: []ms{
				{"W14-ACK", timescale.DeadlineWithdrawn, 0}, {"W14-DISCUSS", timescale.DeadlineWithdrawn, 0},
				{"W14-RESOLUTION", timescale.DeadlineNotJudged, 0}, {"W14-STAGE1", timescale.DeadlineInTime, 0},
				{"W14-STAGE2", timescale.DeadlineWithdrawn, 0},
			},
		},
		{
			name: "SI 2005/3366 reg 18: received Monday 2 Jun 2014, answered Friday 13 Jun (the 9th working day), withdrawn Friday 20 Jun: the response stays in time",
			// 3-6 (4), 9-13 (9); due Mon 16 Jun (10)
			c:    timescale.Case{Received: d("2014-06-02"), Stage1Response: d("2014-06-13"), Withdrawn: d("2014-06-20")},
			want: []ms{{"W05-STAGE1", timescale.DeadlineInTime, 0}},
		},
		{
			name: "SI 2005/3366 reg 20(2): stage 2 requested Tuesday 1 Jul 2014 and withdrawn Monday 4 Aug, the day before its due date: withdrawn, never overdue",
			c: timescale.Case{
				Received: d("2014-06-02"), Stage1Response: d("2014-06-13"), Stage2Requested: d("2014-07-01"), Withdrawn: d("2014-08-04"),
			},
			want: []ms{{"W05-STAGE1", timescale.DeadlineInTime, 0}, {"W05-STAGE2", timescale.DeadlineWithdrawn, 0}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			c.ID, c.Kind = "w", timescale.Complaint
			a, err := timescale.Evaluate(c, d("2014-12-01"))
			require.NoError(t, err)
			if a.Status != timescale.CaseWithdrawn {
				t.Errorf("case status %s, want withdrawn", a.Status)
			}
			if diff := cmp.Diff(tt.want, brief(a)); diff != "" {
				t.Errorf("milestones (-want +got):\n%s", diff)
			}
		})
	}
}

// cited is a deadline with its citation and basis.
type cited struct {
	Rule       string
	Citation   string
	Basis      timescale.Basis
	Status     timescale.DeadlineStatus
	Transition timescale.Transition
}

func TestChildsComplaintGoesOnToStage2(t *testing.T) {
	const (
		w14Stage2 = "Welsh Government guidance; SI 2014/1794 reg 17 (not read)"
		reps2014  = "SI 2014/1795 (provision not read)"
	)
	// A wales-2014 complaint answered at stage 1 on Wednesday 27 Aug 2014,
	// the 17th working day, taken to stage 2 on Monday 1 Sep and answered
	// on Monday 6 Oct, the 25th working day.
	stage2of2014 := timescale.Case{
		Received: d("2014-08-01"), Stage1Response: d("2014-08-27"), ResolvedLocally: "no",
		Stage2Requested: d("2014-09-01"), Stage2Response: d("2014-10-06"),
	}
	tests := []struct {
		name       string
		c          timescale.Case
		asOf       string
		wantStatus timescale.CaseStatus
		want       []cited
	}{
		{
			name:       "a child's complaint under SI 2014/1794 taken to stage 2: the complaints citations, stage 2 answered in time",
			c:          with(stage2of2014, func(c *timescale.Case) { c.Complainant = "child" }),
			asOf:       "2014-12-01",
			wantStatus: timescale.CaseResolvedStage2,
			want: []cited{
				{"W14-ACK", "SI 2014/1794 reg 15(2)", reg, timescale.DeadlineNotRecorded, ""},
				{"W14-DISCUSS", "SI 2014/1794 reg 16(3)", reg, timescale.DeadlineNotRecorded, ""},
				{"W14-RESOLUTION", "SI 2014/1794 reg 16(5)", assumed, timescale.DeadlineNotJudged, ""},
				{"W14-STAGE1", "SI 2014/1794 regs 15(2), 16(3), 16(5)", prac, timescale.DeadlineInTime, ""},
				{"W14-STAGE2", w14Stage2, guid, timescale.DeadlineInTime, ""},
			},
		},
		{
			name:       "a child's representation under SI 2014/1795 taken to stage 2: every deadline cites SI 2014/1795, whose provisions were not read, and rests on an assumption",
			c:          with(stage2of2014, func(c *timescale.Case) { c.Complainant, c.Procedure = "child", timescale.RepresentationProcedure }),
			asOf:       "2014-12-01",
			wantStatus: timescale.CaseResolvedStage2,
			want: []cited{
				{"W14-ACK", reps2014, assumed, timescale.DeadlineNotRecorded, ""},
				{"W14-DISCUSS", reps2014, assumed, timescale.DeadlineNotRecorded, ""},
				{"W14-RESOLUTION", reps2014, assumed, timescale.DeadlineNotJudged, ""},
				{"W14-STAGE1", "SI 2014/1795 (provisions not read)", assumed, timescale.DeadlineInTime, ""},
				{"W14-STAGE2", reps2014, assumed, timescale.DeadlineInTime, ""},
			},
		},
		{
			name: "a young person's representation under SI 2005/3365 taken to stage 2 and then to the panel of SI 2005/3366 on Monday 11 Aug 2014, after the cutover",
			// stage 1 from Mon 2 Jun: due Mon 16 Jun, answered Fri 13 Jun;
			// stage 2 from Tue 1 Jul: due Tue 5 Aug, answered that day;
			// panel request Mon 11 Aug: Tue 12 (1), Wed 13 (2)
			c: timescale.Case{
				Procedure: timescale.RepresentationProcedure, Complainant: "young-person",
				Received: d("2014-06-02"), Stage1Response: d("2014-06-13"),
				Stage2Requested: d("2014-07-01"), Stage2Response: d("2014-08-05"), Stage3Requested: d("2014-08-11"),
			},
			asOf:       "2014-08-11",
			wantStatus: timescale.CaseStage3,
			want: []cited{
				{"W05-STAGE1", "SI 2005/3365 reg 15 (not read)", assumed, timescale.DeadlineInTime, ""},
				{"W05-STAGE2", "SI 2005/3365 reg 18 (not read)", assumed, timescale.DeadlineInTime, ""},
				{"W05-PANEL-ACK", "SI 2005/3366 reg 24(1)(a) (SI 2005/3365 has no panel)", guid, timescale.DeadlineNotYetDue, timescale.KeepRegime},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			c.ID, c.Kind = "child", timescale.Complaint
			if !timescale.IsChildOrYoungPerson(c.Complainant) {
				t.Fatalf("%q is not counted as a child or young person", c.Complainant)
			}
			a, err := timescale.Evaluate(c, d(tt.asOf))
			require.NoError(t, err)
			var got []cited
			for _, x := range a.Deadlines {
				got = append(got, cited{x.RuleID, x.Citation, x.Basis, x.Status, x.Transition})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("deadlines (-want +got):\n%s", diff)
			}
			if a.Status != tt.wantStatus {
				t.Errorf("case status %s, want %s", a.Status, tt.wantStatus)
			}
		})
	}
}

func TestTransitionReadings(t *testing.T) {
	keep := timescale.Engine{}
	// stage2 is a wales-2005 complaint received Monday 2 Jun 2014 and
	// answered at stage 1 on Friday 13 Jun, with the matter noticed on
	// Monday 12 May 2014.
	stage2 := func(requested string) timescale.Case {
		return timescale.Case{
			ID: "t", Kind: timescale.Complaint, Matter: d("2014-05-12"),
			Received: d("2014-06-02"), Stage1Response: d("2014-06-13"), Stage2Requested: d(requested),
		}
	}
	// panelAfter is a wales-2005 complaint whose stage 2 was requested on
	// Tuesday 1 Jul 2014, before the cutover, and whose panel was requested
	// on Monday 11 Aug 2014, after it.
	panelAfter := timescale.Case{
		ID: "t", Kind: timescale.Complaint, Received: d("2014-06-02"), Stage1Response: d("2014-06-13"),
		Stage2Requested: d("2014-07-01"), Stage2Response: d("2014-08-05"), Stage3Requested: d("2014-08-11"),
	}
	type want struct {
		Transition timescale.Transition
		Applies    bool
		Deadlines  []cited
	}
	const (
		w05Stage1 = "SI 2005/3366 reg 18 (not read)"
		w05Stage2 = "SI 2005/3366 reg 20(2), (3)"
		w14Stage2 = "Welsh Government guidance; SI 2014/1794 reg 17 (not read)"
		timeLimit = "SI 2014/1794, SI 2005/3366 (provisions not read)"
		psow      = "Public Services Ombudsman (Wales) Act 2005 s.5(1) (not read) and s.6(1)(b), (d), to 22 July 2019; Public Services Ombudsman (Wales) Act 2019 s.8(1)(c) and s.9(1)(b), (d), from 23 July 2019"
	)
	// The stage 1, time-limit and Ombudsman deadlines of stage2(...),
	// which no reading touches (as of Monday 1 Sep 2014).
	s1 := cited{"W05-STAGE1", w05Stage1, prac, timescale.DeadlineInTime, ""}
	tl := cited{"TIME-LIMIT", timeLimit, guid, timescale.DeadlineInTime, ""}
	ps := cited{"PSOW", psow, reg, timescale.DeadlineWindowOpen, ""}
	tests := []struct {
		name   string
		engine timescale.Engine
		c      timescale.Case
		asOf   string
		want   want
	}{
		{
			name: "keep-regime: a stage 2 requested Thursday 31 Jul 2014, before the cutover, follows SI 2005/3366 reg 20(2) and no reading applies",
			c:    stage2("2014-07-31"), asOf: "2014-09-01",
			want: want{timescale.KeepRegime, false, []cited{s1, {"W05-STAGE2", w05Stage2, reg, timescale.DeadlineNotYetDue, ""}, tl, ps}},
		},
		{
			name:   "stage2-by-request-date: a stage 2 requested Thursday 31 Jul 2014, before the cutover, still follows SI 2005/3366 reg 20(2)",
			engine: byRequestDate, c: stage2("2014-07-31"), asOf: "2014-09-01",
			want: want{timescale.Stage2ByRequestDate, false, []cited{s1, {"W05-STAGE2", w05Stage2, reg, timescale.DeadlineNotYetDue, ""}, tl, ps}},
		},
		{
			name: "keep-regime: a stage 2 requested on the day of the cutover, Friday 1 Aug 2014, follows SI 2005/3366 reg 20(2), on the basis of the guidance the reading rests on",
			c:    stage2("2014-08-01"), asOf: "2014-09-01",
			want: want{timescale.KeepRegime, true, []cited{s1, {"W05-STAGE2", w05Stage2, guid, timescale.DeadlineNotYetDue, timescale.KeepRegime}, tl, ps}},
		},
		{
			name:   "stage2-by-request-date: a stage 2 requested on the day of the cutover, Friday 1 Aug 2014, follows the 2014 stage 2 timescale in the place of the 2005 rule, on an assumed basis",
			engine: byRequestDate, c: stage2("2014-08-01"), asOf: "2014-09-01",
			want: want{timescale.Stage2ByRequestDate, true, []cited{s1, {"W14-STAGE2", w14Stage2, assumed, timescale.DeadlineNotYetDue, timescale.Stage2ByRequestDate}, tl, ps}},
		},
		{
			name:   "stage2-by-request-date, deemed receipt: a stage 2 requested Saturday 2 Aug 2014 is deemed received Monday 4 Aug under the 2014 timescale too",
			engine: timescale.Engine{Transition: timescale.Stage2ByRequestDate, DeemNextWorkingDay: true},
			c:      stage2("2014-08-02"), asOf: "2014-09-01",
			want: want{timescale.Stage2ByRequestDate, true, []cited{s1, {"W14-STAGE2", w14Stage2, assumed, timescale.DeadlineNotYetDue, timescale.Stage2ByRequestDate}, tl, ps}},
		},
		{
			name: "keep-regime: a panel requested Monday 11 Aug 2014, after the cutover, for a stage 2 requested before it: the panel steps of SI 2005/3366 reg 24 apply, on the basis of guidance",
			c:    panelAfter, asOf: "2014-08-11",
			want: want{timescale.KeepRegime, true, []cited{
				s1, {"W05-STAGE2", w05Stage2, reg, timescale.DeadlineInTime, ""},
				{"W05-PANEL-ACK", "SI 2005/3366 reg 24(1)(a)", guid, timescale.DeadlineNotYetDue, timescale.KeepRegime},
			}},
		},
		{
			name:   "stage2-by-request-date: the same panel keeps the steps of SI 2005/3366 reg 24, on an assumed basis, since that reading moves only stage 2",
			engine: byRequestDate, c: panelAfter, asOf: "2014-08-11",
			want: want{timescale.Stage2ByRequestDate, true, []cited{
				s1, {"W05-STAGE2", w05Stage2, reg, timescale.DeadlineInTime, ""},
				{"W05-PANEL-ACK", "SI 2005/3366 reg 24(1)(a)", assumed, timescale.DeadlineNotYetDue, timescale.Stage2ByRequestDate},
			}},
		},
		{
			name:   "stage2-by-request-date: a 2014 complaint is not touched by the transition, but the assessment names the reading",
			engine: byRequestDate, c: timescale.Case{ID: "t", Kind: timescale.Complaint, Received: d("2014-08-01"), Stage1Response: d("2014-08-27"), ResolvedLocally: "yes", Stage2Requested: d("2014-09-01")},
			asOf: "2014-09-01",
			want: want{timescale.Stage2ByRequestDate, false, []cited{
				{"W14-ACK", "SI 2014/1794 reg 15(2)", reg, timescale.DeadlineNotRecorded, ""},
				{"W14-DISCUSS", "SI 2014/1794 reg 16(3)", reg, timescale.DeadlineNotRecorded, ""},
				{"W14-RESOLUTION", "SI 2014/1794 reg 16(5)", assumed, timescale.DeadlineInTime, ""},
				{"W14-STAGE1", "SI 2014/1794 regs 15(2), 16(3), 16(5)", prac, timescale.DeadlineInTime, ""},
				{"W14-STAGE2", w14Stage2, guid, timescale.DeadlineNotYetDue, ""},
			}},
		},
		{
			name: "a comment has no regime and no reading",
			c:    timescale.Case{ID: "t", Kind: timescale.Comment, Received: d("2014-06-02")}, asOf: "2014-09-01",
			want: want{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.engine.Evaluate(tt.c, d(tt.asOf))
			require.NoError(t, err)
			got := want{Transition: a.Transition, Applies: a.TransitionApplies}
			for _, x := range a.Deadlines {
				got.Deadlines = append(got.Deadlines, cited{x.RuleID, x.Citation, x.Basis, x.Status, x.Transition})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}

	t.Run("stage2-by-request-date: the 2014 stage 2 deadline of a 2005 complaint explains which reading decided it, and that it is a choice", func(t *testing.T) {
		a, err := byRequestDate.Evaluate(stage2("2014-09-01"), d("2014-09-01"))
		require.NoError(t, err)
		x, ok := a.Deadline(timescale.Stage2Response)
		require.True(t, ok)
		e, err := byRequestDate.Explain(x)
		require.NoError(t, err)
		// 2-5 (4), 8-12 (9), 15-19 (14), 22-26 (19), 29 Sep-3 Oct (24), Mon 6 Oct (25)
		for _, w := range []string{"W14-STAGE2 (" + w14Stage2 + ", assumed)", "due Mon 6 Oct 2014", "the stage2-by-request-date reading of the transition decides its rules (a choice)."} {
			if !strings.Contains(e.String(), w) {
				t.Errorf("explanation %q does not contain %q", e.String(), w)
			}
		}
		if e.Transition != timescale.Stage2ByRequestDate {
			t.Errorf("Explanation.Transition = %q", e.Transition)
		}
	})
	t.Run("an unknown reading of the transition is a *ValueError naming the readings", func(t *testing.T) {
		_, err := timescale.Engine{Transition: "by-receipt"}.Evaluate(stage2("2014-09-01"), d("2014-09-01"))
		var ve *timescale.ValueError
		require.True(t, errors.As(err, &ve), "error %v", err)
		want := timescale.ValueError{Field: "transition", Value: "by-receipt", Want: []string{"keep-regime", "stage2-by-request-date"}}
		if diff := cmp.Diff(want, *ve); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("the keep-regime reading is the one the zero Engine uses", func(t *testing.T) {
		a, err := keep.Evaluate(stage2("2014-09-01"), d("2014-09-01"))
		require.NoError(t, err)
		b, err := timescale.Engine{Transition: timescale.KeepRegime}.Evaluate(stage2("2014-09-01"), d("2014-09-01"))
		require.NoError(t, err)
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("(-zero +keep-regime):\n%s", diff)
		}
	})
}

func TestRegimeTransitionPolicies(t *testing.T) {
	w14, ok := timescale.RegimeByName(timescale.Wales2014)
	require.True(t, ok)
	type policy struct {
		Name          timescale.Transition
		ByRequestDate []int
		Basis         timescale.Basis
		HasSource     bool
	}
	var got []policy
	for _, p := range w14.Transitions {
		got = append(got, policy{p.Name, p.ByRequestDate, p.Basis, len(p.Sources) > 0})
	}
	want := []policy{
		{timescale.KeepRegime, nil, guid, true},
		{timescale.Stage2ByRequestDate, []int{2}, assumed, false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the readings of the transition into wales-2014 (-want +got):\n%s", diff)
	}
	p, ok := w14.Transition(timescale.Stage2ByRequestDate)
	require.True(t, ok)
	p.ByRequestDate[0] = 3
	if again, _ := w14.Transition(timescale.Stage2ByRequestDate); again.ByRequestDate[0] != 2 {
		t.Error("changing the policy returned by Transition changed the regime")
	}
	if _, ok := w14.Transition("by-receipt"); ok {
		t.Error("Transition(by-receipt) found a policy")
	}
	w05, _ := timescale.RegimeByName(timescale.Wales2005)
	if len(w05.Transitions) != 0 {
		t.Errorf("wales-2005 has transition policies %v: there is no encoded regime before it", w05.Transitions)
	}
	for _, r := range timescale.Regimes() {
		if len(r.Sources) == 0 || r.Note == "" {
			t.Errorf("regime %s says nothing of what was read for it", r.Name)
		}
	}
}

// The date of a deadline moved by a transition stays a working day
// counted from the day of the request, as for any other deadline.
func TestTransitionKeepsTheCount(t *testing.T) {
	cal := calendar.Wales()
	for day := d("2014-08-01"); day.Before(d("2014-10-01")); day = day.AddDays(1) {
		c := timescale.Case{ID: "t", Kind: timescale.Complaint, Received: d("2014-07-01"), Stage2Requested: day}
		for _, e := range []timescale.Engine{{}, byRequestDate} {
			a, err := e.Evaluate(c, day)
			require.NoError(t, err)
			x, ok := a.Deadline(timescale.Stage2Response)
			require.True(t, ok)
			n, _ := walk(cal, day, x.Due)
			if works, _ := cal.IsWorkingDay(x.Due); n != 25 || !works {
				t.Errorf("%s, stage 2 requested %s: due %s, %d working days on", e.Transition, day, x.Due, n)
			}
		}
	}
}
