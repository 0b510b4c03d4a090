package timescale

import (
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/google/go-cmp/cmp"
)

// TestRevisedDateNeverShortensThePeriod: a revised date agreed with the
// complainant extends the stage 2 period; one recorded before the statutory
// due date does not make a response on the due date late.
func TestRevisedDateNeverShortensThePeriod(t *testing.T) {
	d := func(m time.Month, day int) calendar.Date { return calendar.NewDate(2014, m, day) }
	tests := []struct {
		name       string
		extendedTo calendar.Date
		response   calendar.Date
		want       DeadlineStatus
	}{
		// Requested Mon 1 Sep 2014: W14-STAGE2 due Mon 6 Oct 2014.
		{"stage 2 (Welsh Government guidance): revised date Fri 19 Sep, before the due date; response on Mon 6 Oct is in time", d(time.September, 19), d(time.October, 6), DeadlineInTime},
		{"stage 2 (Welsh Government guidance): revised date Fri 19 Sep, before the due date; response on Tue 7 Oct is late", d(time.September, 19), d(time.October, 7), DeadlineLate},
		{"stage 2 (Welsh Government guidance): revised date Fri 17 Oct, after the due date; response on Fri 17 Oct is in time", d(time.October, 17), d(time.October, 17), DeadlineInTime},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Case{ID: "x", Kind: Complaint, Received: d(time.August, 1), Stage1Response: d(time.August, 20),
				Stage2Requested: d(time.September, 1), Stage2ExtendedTo: tt.extendedTo, Stage2Response: tt.response}
			a, err := Evaluate(c, d(time.December, 31))
			if err != nil {
				t.Fatal(err)
			}
			got, ok := a.Deadline(Stage2Response)
			if !ok {
				t.Fatal("no stage 2 deadline")
			}
			if diff := cmp.Diff(tt.want, got.Status); diff != "" {
				t.Errorf("status (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOverdueIntoAProvisionalYearIsProvisional: an overdue count that runs
// into a year whose bank holidays are not yet published depends on them.
func TestOverdueIntoAProvisionalYearIsProvisional(t *testing.T) {
	c := Case{ID: "x", Kind: Complaint, Received: calendar.NewDate(2028, time.December, 1)}
	a, err := Evaluate(c, calendar.NewDate(2029, time.February, 1))
	if err != nil {
		t.Fatal(err)
	}
	d, ok := a.Deadline(Stage1Response)
	if !ok || d.Status != DeadlineOverdue {
		t.Fatalf("stage 1 response = %+v, want an overdue deadline", d)
	}
	if !d.Provisional || !a.Provisional {
		t.Errorf("overdue to 2029-02-01 (after the last official year %d): Provisional = %v, assessment %v; want true",
			calendar.Wales().LastOfficialYear(), d.Provisional, a.Provisional)
	}
}
