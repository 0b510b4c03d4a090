package timescale_test

// Tests of a complaint's way through its stages that the rule tables do
// not pin by themselves: a complaint withdrawn after its stage 1 response,
// and a child's complaint or representation that goes on to stage 2. Every date is worked out by hand in
// the comment beside it; "(n)" marks the nth working day after the day a
// period runs from.

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

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
	Rule     string
	Citation string
	Basis    timescale.Basis
	Status   timescale.DeadlineStatus
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
				{"W14-ACK", "SI 2014/1794 reg 15(2)", reg, timescale.DeadlineNotRecorded},
				{"W14-DISCUSS", "SI 2014/1794 reg 16(3)", reg, timescale.DeadlineNotRecorded},
				{"W14-RESOLUTION", "SI 2014/1794 reg 16(5)", assumed, timescale.DeadlineNotJudged},
				{"W14-STAGE1", "SI 2014/1794 regs 15(2), 16(3), 16(5)", prac, timescale.DeadlineInTime},
				{"W14-STAGE2", w14Stage2, guid, timescale.DeadlineInTime},
			},
		},
		{
			name:       "a child's representation under SI 2014/1795 taken to stage 2: every deadline cites SI 2014/1795, whose provisions were not read, and rests on an assumption",
			c:          with(stage2of2014, func(c *timescale.Case) { c.Complainant, c.Procedure = "child", timescale.RepresentationProcedure }),
			asOf:       "2014-12-01",
			wantStatus: timescale.CaseResolvedStage2,
			want: []cited{
				{"W14-ACK", reps2014, assumed, timescale.DeadlineNotRecorded},
				{"W14-DISCUSS", reps2014, assumed, timescale.DeadlineNotRecorded},
				{"W14-RESOLUTION", reps2014, assumed, timescale.DeadlineNotJudged},
				{"W14-STAGE1", "SI 2014/1795 (provisions not read)", assumed, timescale.DeadlineInTime},
				{"W14-STAGE2", reps2014, assumed, timescale.DeadlineInTime},
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
				{"W05-STAGE1", "SI 2005/3365 reg 15 (not read)", assumed, timescale.DeadlineInTime},
				{"W05-STAGE2", "SI 2005/3365 reg 18 (not read)", assumed, timescale.DeadlineInTime},
				{"W05-PANEL-ACK", "SI 2005/3366 reg 24(1)(a) (SI 2005/3365 has no panel)", guid, timescale.DeadlineNotYetDue},
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
				got = append(got, cited{x.RuleID, x.Citation, x.Basis, x.Status})
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
