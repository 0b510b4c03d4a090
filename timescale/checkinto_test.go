package timescale_test

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// TestCheckIntoRefusesExactlyWhatEvaluateIntoRefuses compares CheckInto with
// EvaluateInto over random cases received on every day of the calendar's
// last years and of the years of each regime, some with their dates out of
// order: the same error, and the same assessment but for the deadlines,
// the status, deemed receipt, the transition and the provisional mark of a
// deadline.
func TestCheckIntoRefusesExactlyWhatEvaluateIntoRefuses(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	engines := []timescale.Engine{{}, deem, {Policy: timescale.Policy{Targets: []timescale.LocalTarget{pembrokeshire}}}}
	compared, refused, outOfRange := 0, 0, 0
	check := func(received calendar.Date) {
		c := randomCase(rng, received)
		if rng.IntN(10) == 0 && !c.Stage1Response.IsZero() {
			c.Stage1Response = c.Received.AddDays(-1) // out of order
		}
		asOf := received.AddDays(rng.IntN(300) - 30)
		if _, err := calendar.Wales().IsWorkingDay(asOf); err != nil {
			asOf = received
		}
		e := engines[rng.IntN(len(engines))]
		var full, light timescale.Assessment
		errFull := e.EvaluateInto(&full, c, asOf)
		errLight := e.CheckInto(&light, c, asOf)
		compared++
		if (errFull == nil) != (errLight == nil) || (errFull != nil && errFull.Error() != errLight.Error()) {
			t.Fatalf("case %+v as of %s: EvaluateInto: %v; CheckInto: %v", c, asOf, errFull, errLight)
		}
		if errFull != nil {
			refused++
			var de *timescale.DeadlineError
			if errors.As(errFull, &de) {
				outOfRange++
			}
			return
		}
		if full.Status != timescale.CaseNotYetReceived {
			full.Status = ""
		}
		full.Deadlines, full.DeemedReceived, full.Transition, full.TransitionApplies = light.Deadlines, calendar.Date{}, "", false
		full.Provisional = calendar.Wales().IsProvisional(c.Received)
		if diff := cmp.Diff(full, light); diff != "" {
			t.Fatalf("case %+v as of %s (-EvaluateInto +CheckInto):\n%s", c, asOf, diff)
		}
	}
	for received := d("2093-01-01"); !received.After(d("2099-12-31")); received = received.AddDays(1) {
		check(received)
	}
	for received := firstReceipt; received.Before(d("2031-01-01")); received = received.AddDays(3) {
		check(received)
	}
	if refused == 0 || refused == compared || outOfRange == 0 {
		t.Fatalf("%d of %d cases refused, %d for a deadline out of range: the test proves nothing", refused, compared, outOfRange)
	}
	t.Logf("%d cases compared, %d refused by both, %d of them for a deadline out of the calendar's range", compared, refused, outOfRange)
}
