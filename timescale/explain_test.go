package timescale_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// TestExplainWorkedExample checks every field of the explanation of the
// worked example of the counting conventions: a complaint received on
// Friday 1 August 2014, acknowledgement due Tuesday 5 August.
func TestExplainWorkedExample(t *testing.T) {
	a, err := timescale.Evaluate(timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d("2014-08-01")}, d("2014-08-01"))
	require.NoError(t, err)
	ack, ok := a.Deadline(timescale.Acknowledgement)
	require.True(t, ok)
	got, err := timescale.Engine{}.Explain(ack)
	require.NoError(t, err)
	want := timescale.Explanation{
		RuleID: "W14-ACK", Milestone: timescale.Acknowledgement, Title: "acknowledgement of the complaint",
		Citation: "SI 2014/1794 reg 15(2)", Basis: timescale.BasisRegulation,
		From: d("2014-08-01"), FromEvent: timescale.Received, FromText: "receipt of the complaint", WorkingDays: 2,
		Skipped: []calendar.NonWorkingDay{
			{Date: d("2014-08-02"), Kind: calendar.Weekend, Reason: "Saturday"},
			{Date: d("2014-08-03"), Kind: calendar.Weekend, Reason: "Sunday"},
		},
		Due: d("2014-08-05"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Explain (-want +got):\n%s", diff)
	}
}

// TestExplanationString checks the sentence for people in each of its
// forms. The sentences were written out by hand.
func TestExplanationString(t *testing.T) {
	tests := []struct {
		name   string
		engine timescale.Engine
		c      timescale.Case
		m      timescale.Milestone
		want   string
	}{
		{
			name: "reg 16(3): a discussion counted from the acknowledgement's due date says so",
			c:    timescale.Case{Received: d("2014-08-01")},
			m:    timescale.Discussion,
			want: "W14-DISCUSS (SI 2014/1794 reg 16(3), regulation): 10 working days after Tue 5 Aug 2014 (the due date of the acknowledgement, which is not recorded; that day is not counted), skipping Sat 9 Aug 2014 (Saturday), Sun 10 Aug 2014 (Sunday), Sat 16 Aug 2014 (Saturday) and Sun 17 Aug 2014 (Sunday): due Tue 19 Aug 2014.",
		},
		{
			name:   "reg 15(2), deemed receipt: a Saturday receipt deemed received on Monday 4 Aug 2014, no day skipped",
			engine: timescale.Engine{DeemNextWorkingDay: true},
			c:      timescale.Case{Received: d("2014-08-02")},
			m:      timescale.Acknowledgement,
			want:   "W14-ACK (SI 2014/1794 reg 15(2), regulation): 2 working days after Mon 4 Aug 2014 (receipt of the complaint, deemed received on the next working day; that day is not counted), no non-working days skipped: due Wed 6 Aug 2014.",
		},
		{
			name: "reg 15(2): received Sunday 18 Sep 2022, a single day skipped: the State Funeral",
			c:    timescale.Case{Received: d("2022-09-18")},
			m:    timescale.Acknowledgement,
			want: "W14-ACK (SI 2014/1794 reg 15(2), regulation): 2 working days after Sun 18 Sep 2022 (receipt of the complaint; that day is not counted), skipping Mon 19 Sep 2022 (State Funeral of Queen Elizabeth II): due Wed 21 Sep 2022.",
		},
		{
			name: "stage 2 (Welsh Government guidance): an agreed revised date is stated after the due date",
			c:    timescale.Case{Received: d("2014-08-01"), Stage2Requested: d("2014-09-01"), Stage2ExtendedTo: d("2014-10-17")},
			m:    timescale.Stage2Response,
			want: "W14-STAGE2 (Welsh Government guidance; SI 2014/1794 reg 17 (not read), guidance): 25 working days after Mon 1 Sep 2014 (receipt of the request for formal investigation; that day is not counted), skipping Sat 6 Sep 2014 (Saturday), Sun 7 Sep 2014 (Sunday), Sat 13 Sep 2014 (Saturday), Sun 14 Sep 2014 (Sunday), Sat 20 Sep 2014 (Saturday), Sun 21 Sep 2014 (Sunday), Sat 27 Sep 2014 (Saturday), Sun 28 Sep 2014 (Sunday), Sat 4 Oct 2014 (Saturday) and Sun 5 Oct 2014 (Sunday): due Mon 6 Oct 2014; revised date agreed: Fri 17 Oct 2014.",
		},
		{
			name:   "stage 2 (Welsh Government guidance), deemed receipt: a stage 2 request on Saturday 6 Sep 2014 is deemed received on Monday 8 Sep",
			engine: timescale.Engine{DeemNextWorkingDay: true},
			c:      timescale.Case{Received: d("2014-08-01"), Stage2Requested: d("2014-09-06")},
			m:      timescale.Stage2Response,
			want:   "W14-STAGE2 (Welsh Government guidance; SI 2014/1794 reg 17 (not read), guidance): 25 working days after Mon 8 Sep 2014 (receipt of the request for formal investigation, deemed received on the next working day; that day is not counted), skipping Sat 13 Sep 2014 (Saturday), Sun 14 Sep 2014 (Sunday), Sat 20 Sep 2014 (Saturday), Sun 21 Sep 2014 (Sunday), Sat 27 Sep 2014 (Saturday), Sun 28 Sep 2014 (Sunday), Sat 4 Oct 2014 (Saturday), Sun 5 Oct 2014 (Sunday), Sat 11 Oct 2014 (Saturday) and Sun 12 Oct 2014 (Sunday): due Mon 13 Oct 2014.",
		},
		{
			name: "12-month time limit (guidance): twelve calendar months, no working days counted",
			c:    timescale.Case{Matter: d("2016-02-29"), Received: d("2017-02-28")},
			m:    timescale.ComplaintMade,
			want: "TIME-LIMIT (SI 2014/1794, SI 2005/3366 (provisions not read), guidance): 12 calendar months after Mon 29 Feb 2016 (the matter complained about, or later the complainant's awareness of it): due Tue 28 Feb 2017.",
		},
		{
			name: "Ombudsman Act 2005 s.6(1)(b) (s.5(1) not read): notice on 10 Mar 2014, the one-year window ends the day before the anniversary",
			c:    timescale.Case{Matter: d("2014-03-10"), Received: d("2014-03-20")},
			m:    timescale.OmbudsmanComplaint,
			want: "PSOW (Public Services Ombudsman (Wales) Act 2005 s.5(1) (not read) and s.6(1)(b), (d), to 22 July 2019; Public Services Ombudsman (Wales) Act 2019 s.8(1)(c) and s.9(1)(b), (d), from 23 July 2019, regulation): one year starting on Mon 10 Mar 2014 (the day the person first had notice of the matter), ending the day before the anniversary: last day Mon 9 Mar 2015.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			c.ID, c.Kind = "c", timescale.Complaint
			a, err := tt.engine.Evaluate(c, latestEvent(c))
			require.NoError(t, err)
			x, ok := a.Deadline(tt.m)
			require.True(t, ok, "no %s deadline", tt.m)
			e, err := timescale.Engine{}.Explain(x)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, e.String()); diff != "" {
				t.Errorf("Explanation.String (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("a period of one working day is written in the singular", func(t *testing.T) {
		x := timescale.Explanation{RuleID: "X", Citation: "c", Basis: timescale.BasisRegulation, From: d("2014-08-01"), FromText: "t", WorkingDays: 1, Due: d("2014-08-04")}
		want := "X (c, regulation): 1 working day after Fri 1 Aug 2014 (t; that day is not counted), no non-working days skipped: due Mon 4 Aug 2014."
		if diff := cmp.Diff(want, x.String()); diff != "" {
			t.Errorf("Explanation.String (-want +got):\n%s", diff)
		}
	})
}
