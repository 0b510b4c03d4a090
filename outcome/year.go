package outcome

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// A Year is a reporting year: 1 April of Start to 31 March of Start+1,
// the year of councils' annual reports. It is written "2014-2015".
type Year struct {
	Start int // the calendar year in which the reporting year begins
}

// YearOf returns the reporting year that holds the date d: 1 April 2014 to
// 31 March 2015 are in 2014-2015. d should be a valid date.
func YearOf(d calendar.Date) Year {
	if d.Month >= time.April {
		return Year{Start: d.Year}
	}
	return Year{Start: d.Year - 1}
}

// First returns 1 April of y.Start, the first day of the year.
func (y Year) First() calendar.Date { return calendar.NewDate(y.Start, time.April, 1) }

// Last returns 31 March of y.Start+1, the last day of the year.
func (y Year) Last() calendar.Date { return calendar.NewDate(y.Start+1, time.March, 31) }

// Contains reports whether the date d falls in y.
func (y Year) Contains(d calendar.Date) bool { return !d.Before(y.First()) && !d.After(y.Last()) }

// String returns the year as the report writes it, e.g. "2014-2015".
func (y Year) String() string { return fmt.Sprintf("%04d-%04d", y.Start, y.Start+1) }

// Short returns the year as annual reports' tables write it, e.g.
// "2014/15".
func (y Year) Short() string { return fmt.Sprintf("%04d/%02d", y.Start, (y.Start+1)%100) }

// MarshalText implements encoding.TextMarshaler: the form of String.
func (y Year) MarshalText() ([]byte, error) { return []byte(y.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseYear.
func (y *Year) UnmarshalText(text []byte) error {
	p, err := ParseYear(string(text))
	if err != nil {
		return err
	}
	*y = p
	return nil
}

// A YearError reports text that is not a reporting year.
type YearError struct {
	Input  string
	Reason string // what is wrong, or "" when the text has no year's shape at all
}

func (e *YearError) Error() string { return "outcome: " + e.Message() }

// Code returns problem.NotAYear.
func (e *YearError) Code() problem.Code { return problem.NotAYear }

// Message returns the error for people.
func (e *YearError) Message() string {
	if e.Reason == "" {
		return problem.Quote(e.Input) + " is not a reporting year: want YYYY-YYYY, e.g. 2014-2015 (also 2014-15 or 2014/15)"
	}
	return "reporting year " + problem.Quote(e.Input) + ": " + e.Reason
}

// ParseYear reads a reporting year written as its two calendar years:
// "2014-2015", "2014-15", "2014/15" or "2014/2015" (an en dash is taken
// for a hyphen; surrounding white space is ignored). The second year must
// follow the first: "2014-2016" and "2014-14" are errors, and so is a lone
// "2014", which could mean 2013-2014 or 2014-2015, and so is any year
// after 9998-9999, whose end has no four-digit form. Every error quotes the
// input and says what is wanted; it is a *YearError.
func ParseYear(s string) (Year, error) {
	t := strings.TrimSpace(s)
	i := strings.IndexAny(t, "-/–")
	if i < 0 {
		if start, ok := fourDigits(t); ok {
			if start == 9999 {
				return Year{}, &YearError{Input: s, Reason: "give both calendar years it spans, e.g. 9998-9999 (1 April 9998 to 31 March 9999), the last reporting year that can be written"}
			}
			return Year{}, &YearError{Input: s, Reason: fmt.Sprintf("give both calendar years it spans, e.g. %v (1 April %d to 31 March %d) or %v", Year{start}, start, start+1, Year{start - 1})}
		}
		return Year{}, &YearError{Input: s}
	}
	first := strings.TrimSpace(t[:i])
	_, size := utf8.DecodeRuneInString(t[i:])
	second := strings.TrimSpace(t[i+size:])
	start, ok := fourDigits(first)
	if !ok || !allDigits(second) || (len(second) != 2 && len(second) != 4) {
		return Year{}, &YearError{Input: s}
	}
	if start == 9999 {
		// Its last day would fall in the year 10000, which has no four-digit form.
		return Year{}, &YearError{Input: s, Reason: "the last reporting year that can be written is 9998-9999"}
	}
	end, _ := strconv.Atoi(second)
	if len(second) == 2 && end != (start+1)%100 || len(second) == 4 && end != start+1 {
		return Year{}, &YearError{Input: s, Reason: fmt.Sprintf("%s does not follow %d: a reporting year runs from 1 April to 31 March of the next year, e.g. %v", second, start, Year{start})}
	}
	return Year{Start: start}, nil
}

func fourDigits(s string) (int, bool) {
	if len(s) != 4 || !allDigits(s) {
		return 0, false
	}
	n, _ := strconv.Atoi(s)
	return n, true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
