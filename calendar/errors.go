package calendar

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cymru-complaints/statutory/problem"
)

// A ParseError reports text that is not a date in the expected layout.
type ParseError struct {
	Input  string // the text that was given
	Layout string // the layout expected, e.g. "YYYY-MM-DD"
	Reason string // what is wrong and what to write instead
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("calendar: cannot read %s as a date: %s", problem.Quote(e.Input), e.Reason)
}

// A DateError reports a Date value that is not a real day, such as
// 2014-02-30 built with a struct literal.
type DateError struct {
	Date Date
}

func (e *DateError) Error() string {
	return fmt.Sprintf("calendar: %s is not a valid date", e.Date)
}

// A RangeError reports a date, or the result of a working-day calculation,
// that falls outside the range a Calendar covers. The calendar never
// guesses outside its range.
type RangeError struct {
	Date        Date // the date outside the range, or the start of a calculation whose result is
	N           int  // for AddWorkingDays, the number of working days asked for; 0 otherwise
	First, Last Date // the range the calendar covers, inclusive
}

func (e *RangeError) Error() string {
	if e.N != 0 {
		dir := "after"
		n := e.N
		if n < 0 {
			dir, n = "before", -n
		}
		return fmt.Sprintf("calendar: %d working days %s %s falls outside the supported range %s to %s",
			n, dir, e.Date, e.First, e.Last)
	}
	return fmt.Sprintf("calendar: %s is outside the supported range %s to %s", e.Date, e.First, e.Last)
}

// A KindError reports a Kind that is not one of the kinds of non-working
// day: text that names none, given to Kind.UnmarshalText, or a value
// outside the constants, given to Kind.MarshalText.
type KindError struct {
	// Value is the text that names no kind, or, for MarshalText, the
	// Kind's String ("Kind(9)").
	Value string
}

func (e *KindError) Error() string {
	return "calendar: " + strconv.Quote(e.Value) + " is not a kind of non-working day: want " + kindList()
}

// kindList returns the names of the kinds, for error messages.
func kindList() string {
	var b strings.Builder
	for k := Weekend; int(k) < len(kindNames); k++ {
		switch {
		case k == Weekend:
		case int(k) == len(kindNames)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(kindNames[k])
	}
	return b.String()
}

// A ScanError reports a database value that Date.Scan cannot read as a
// date because of its type.
type ScanError struct {
	Type string // the Go type of the value, e.g. "int64"
}

func (e *ScanError) Error() string {
	return "calendar: cannot read a date from a database value of type " + e.Type + ": want NULL, a time, or text YYYY-MM-DD"
}
