package calendar

import (
	"errors"
	"strconv"

	"github.com/cymru-complaints/statutory/problem"
)

// ParseWorkingDays reads a number of working days a person wrote, such as
// the N of "the Nth working day after": a whole number in decimal digits,
// with an optional sign ("5", "-3", "+2"), as strconv.Atoi reads it. Any
// other text is a *NumberError naming it.
func ParseWorkingDays(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &NumberError{Input: s, TooLarge: errors.Is(err, strconv.ErrRange)}
	}
	return n, nil
}

// A NumberError reports text that is not a number of working days. Its
// code is [problem.NotANumber].
type NumberError struct {
	Input    string // the text that was given
	TooLarge bool   // the text is a whole number, too large to count with
}

func (e *NumberError) Error() string { return "calendar: " + e.Message() }

// Code returns problem.NotANumber.
func (e *NumberError) Code() problem.Code { return problem.NotANumber }

// Message returns the error for people, without the package name:
// "\"x\" is not a whole number of working days", or "... is too large a
// number of working days".
func (e *NumberError) Message() string {
	if e.TooLarge {
		return problem.Quote(e.Input) + " is too large a number of working days"
	}
	return problem.Quote(e.Input) + " is not a whole number of working days"
}
