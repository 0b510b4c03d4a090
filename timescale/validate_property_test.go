package timescale_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// anyCase draws a case that may be wrong in any of the ways the validator
// checks: dates out of order, out of the calendar's range, not real, before
// the first regime, at the very end of the calendar; stages a regime lacks;
// unknown values; negative counts; a comment with stages.
func anyCase(rng *rand.Rand) timescale.Case {
	date := func() calendar.Date {
		switch rng.IntN(20) {
		case 0:
			return calendar.Date{}
		case 1:
			return calendar.NewDate(2014, 2, 30) // not real
		case 2:
			return calendar.NewDate(2099, 12, 20+rng.IntN(12)) // at or past the end
		case 3:
			return calendar.NewDate(1973+rng.IntN(35), time.Month(1+rng.IntN(12)), 1+rng.IntN(28)) // often before 2006
		}
		return calendar.NewDate(2013+rng.IntN(3), time.Month(1+rng.IntN(12)), 1+rng.IntN(28))
	}
	maybe := func() calendar.Date {
		if rng.IntN(2) == 0 {
			return calendar.Date{}
		}
		return date()
	}
	kinds := []timescale.RecordKind{timescale.Complaint, timescale.Complaint, timescale.Complaint, timescale.Comment, timescale.Compliment, "grumble", ""}
	c := timescale.Case{
		ID: "x", Kind: kinds[rng.IntN(len(kinds))], Received: date(),
		Acknowledged: maybe(), Discussed: maybe(), Stage1Response: maybe(), Stage2Requested: maybe(),
		Stage2ExtendedTo: maybe(), Stage2Response: maybe(), Withdrawn: maybe(), Ombudsman: maybe(),
	}
	if rng.IntN(8) == 0 {
		c.Stage3Requested, c.PanelAcknowledged, c.Matter = maybe(), maybe(), maybe()
	}
	if rng.IntN(10) == 0 {
		c.Procedure = "appeal"
	}
	if rng.IntN(6) == 0 {
		c.Findings = timescale.Findings{Upheld: rng.IntN(3) - 1, NoFinding: rng.IntN(2)}
	}
	return c
}

// TestValidateAcceptsExactlyWhatEvaluateAccepts draws thousands of cases,
// right and wrong, and checks that Validate and Evaluate (with a valid date
// of evaluation) agree on each: both accept it, or both refuse it with the
// same problems.
func TestValidateAcceptsExactlyWhatEvaluateAccepts(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 2026))
	accepted, refused := 0, 0
	for range 20000 {
		c := anyCase(rng)
		e := timescale.Engine{DeemNextWorkingDay: rng.IntN(2) == 0}
		verr := e.Validate(c)
		_, eerr := e.Evaluate(c, calendar.NewDate(2016, 6, 30))
		if (verr == nil) != (eerr == nil) {
			t.Fatalf("Validate(%+v) = %v but Evaluate = %v", c, verr, eerr)
		}
		if verr == nil {
			accepted++
			continue
		}
		refused++
		vp, ep := verr.(*timescale.ValidationError).Problems, eerr.(*timescale.ValidationError).Problems
		if diff := cmp.Diff(vp, ep); diff != "" {
			t.Fatalf("Validate and Evaluate give other problems for %+v (-Validate +Evaluate):\n%s", c, diff)
		}
	}
	if accepted < 200 || refused < 200 {
		t.Fatalf("the generator is lopsided: %d accepted, %d refused", accepted, refused)
	}
}
