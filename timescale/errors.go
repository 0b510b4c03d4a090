package timescale

import (
	"fmt"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
)

// A NoRegimeError reports a complaint received before the first encoded
// regime came into force.
type NoRegimeError struct {
	Received calendar.Date // the date of receipt
	First    calendar.Date // the cutover of the first encoded regime (1 April 2006)
}

func (e *NoRegimeError) Error() string {
	return fmt.Sprintf("timescale: received %s, before %s when the first encoded regime (%s) came into force: no timescales are encoded for it",
		e.Received, e.First, regimes[0].Name)
}

// A Problem is one thing wrong with a case.
type Problem struct {
	// Field is the case-file column at fault (e.g. "stage2_response"), or the
	// name of a Case field without a column (e.g. "matter").
	Field   string `json:"field"`
	Message string `json:"message"`
	// Err is the underlying error, when there is one (a *calendar.RangeError
	// for a deadline that runs past the calendar's range).
	Err error `json:"-"`
}

// String returns "field: message".
func (p Problem) String() string { return p.Field + ": " + p.Message }

// A ValidationError lists every problem found in one case, not just the
// first.
type ValidationError struct {
	ID       string    // the case's id, possibly empty
	Problems []Problem // in the order of the case-file columns
}

// Unwrap returns the underlying errors of the problems that have one, so
// that errors.As finds, for example, a *calendar.RangeError.
func (e *ValidationError) Unwrap() []error {
	var errs []error
	for _, p := range e.Problems {
		if p.Err != nil {
			errs = append(errs, p.Err)
		}
	}
	return errs
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("timescale: case")
	if e.ID != "" {
		b.WriteString(" " + e.ID)
	}
	b.WriteString(" is not valid: ")
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}
