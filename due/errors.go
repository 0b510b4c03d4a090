package due

import (
	"strconv"

	"github.com/cymru-complaints/statutory/problem"
)

// A DaysError reports a number of working days ahead (Options.Within) that
// is negative.
type DaysError struct {
	N int
}

func (e *DaysError) Error() string { return "due: " + e.Message() }

// Code returns problem.NegativeDays.
func (e *DaysError) Code() problem.Code { return problem.NegativeDays }

// Message returns the error for people.
func (e *DaysError) Message() string {
	return strconv.Itoa(e.N) + " is not a number of working days ahead: want 0 or more"
}
