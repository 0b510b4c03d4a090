package ics

import (
	"strconv"

	"github.com/cymru-complaints/statutory/problem"
)

// A RemindError reports a number of working days before a deadline
// (Options.Remind) that is negative.
type RemindError struct {
	N int
}

func (e *RemindError) Error() string { return "ics: " + e.Message() }

// Code returns problem.NegativeDays.
func (e *RemindError) Code() problem.Code { return problem.NegativeDays }

// Message returns the error for people.
func (e *RemindError) Message() string {
	return strconv.Itoa(e.N) + " is not a number of working days before a deadline: want 0 or more"
}
