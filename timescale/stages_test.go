package timescale_test

// Tests of a complaint's way through its stages that the rule tables do
// not pin by themselves: a complaint withdrawn after its stage 1 response. Every date is worked out by hand in
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
