package timescale_test

import (
	"testing"

	"github.com/cymru-complaints/statutory/timescale"
)

// TestAResponseBeforeADeemedStartIsInTheFirstBandOfBothSchemes evaluates
// responses made on the non-working day of receipt, or before the working
// day receipt is deemed on (Engine.DeemNextWorkingDay): they took 0
// working days, and are in the first band of the regime and of the
// Ombudsman's scheme alike, so that the annual report's two tables count
// the same responses.
func TestAResponseBeforeADeemedStartIsInTheFirstBandOfBothSchemes(t *testing.T) {
	deem := timescale.Engine{DeemNextWorkingDay: true}
	tests := []struct {
		name string
		c    timescale.Case
		rule string
	}{
		{"a stage 1 response on Saturday 5 June 2021, the day of receipt, deemed received Monday 7 June",
			timescale.Case{Received: d("2021-06-05"), Stage1Response: d("2021-06-05")}, "W14-STAGE1"},
		{"a stage 1 response on Sunday 6 June 2021, the day after receipt on Saturday",
			timescale.Case{Received: d("2021-06-05"), Stage1Response: d("2021-06-06")}, "W14-STAGE1"},
		{"a stage 1 response on bank holiday Monday 3 May 2021, for receipt on Saturday 1 May deemed Tuesday 4 May",
			timescale.Case{Received: d("2021-05-01"), Stage1Response: d("2021-05-03")}, "W14-STAGE1"},
		{"a stage 1 response on Monday 7 June 2021, the day receipt is deemed on",
			timescale.Case{Received: d("2021-06-05"), Stage1Response: d("2021-06-07")}, "W14-STAGE1"},
		{"a stage 2 response on Saturday 12 June 2021, the day of the request",
			timescale.Case{Received: d("2021-06-01"), Stage1Response: d("2021-06-04"), Stage2Requested: d("2021-06-12"), Stage2Response: d("2021-06-12")}, "W14-STAGE2"},
		{"a 2005 stage 1 response on Saturday 5 May 2012, the day of receipt",
			timescale.Case{Received: d("2012-05-05"), Stage1Response: d("2012-05-05")}, "W05-STAGE1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			c.ID, c.Kind = "c", timescale.Complaint
			a, err := deem.Evaluate(c, d("2022-01-01"))
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range a.Deadlines {
				if x.RuleID != tt.rule {
					continue
				}
				first := map[string]string{"W14-STAGE1": "0-17", "W14-STAGE2": "0-17", "W05-STAGE1": "0-10"}[tt.rule]
				if x.Taken != 0 || x.Band != first || x.OmbudsmanBand != "0-20wd" {
					t.Errorf("%s: taken %d, band %q, Ombudsman band %q; want 0, %q, \"0-20wd\"", x.RuleID, x.Taken, x.Band, x.OmbudsmanBand, first)
				}
				return
			}
			t.Fatalf("no deadline of rule %s", tt.rule)
		})
	}
}
