package outcome

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// A PeriodKind says how long a reporting period is.
type PeriodKind string

// The kinds of reporting period. Councils and the Public Services
// Ombudsman for Wales count in financial years, 1 April to 31 March: the
// Ombudsman's quarterly figures for "the first quarter of 2021/22" are
// those of April to June 2021, and its half-yearly figures cover "the first
// half of the 2024/25 financial year", April to September 2024.
const (
	// FinancialYear is a reporting year, 1 April to 31 March (Year).
	FinancialYear PeriodKind = "year"
	// HalfYear is a half of a reporting year: H1 is April to September, H2
	// October to March.
	HalfYear PeriodKind = "half"
	// Quarter is a quarter of a reporting year: Q1 is April to June, Q2
	// July to September, Q3 October to December, Q4 January to March of
	// the next calendar year.
	Quarter PeriodKind = "quarter"
)

// parts returns the number of periods of kind k in a reporting year, and
// the months each lasts; 0 for an unknown kind.
func (k PeriodKind) parts() (n, months int) {
	switch k {
	case FinancialYear:
		return 1, 12
	case HalfYear:
		return 2, 6
	case Quarter:
		return 4, 3
	}
	return 0, 0
}

// A Period is a reporting period: a reporting year, one of its halves or
// one of its quarters. It is written as the reporting year, "2024-2025",
// or as the calendar year in which the reporting year begins followed by
// the half or the quarter: "2024-H1" (April to September 2024), "2024-Q3"
// (October to December 2024), "2024-Q4" (January to March 2025).
type Period struct {
	Year Year
	Kind PeriodKind
	// N is the half (1 or 2) or the quarter (1 to 4); 0 for a year.
	N int
}

// Period returns the reporting year y as a Period.
func (y Year) Period() Period { return Period{Year: y, Kind: FinancialYear} }

// PeriodOf returns the period of kind k that holds the date d: PeriodOf(Quarter,
// 2024-11-05) is 2024-Q3, PeriodOf(Quarter, 2025-02-01) is 2024-Q4. d should be
// a valid date and k one of the kinds.
func PeriodOf(k PeriodKind, d calendar.Date) Period {
	y := YearOf(d)
	if k == FinancialYear {
		return y.Period()
	}
	_, months := k.parts()
	sinceApril := (int(d.Month) - int(time.April) + 12) % 12
	return Period{Year: y, Kind: k, N: sinceApril/months + 1}
}

// IsZero reports whether p is the zero Period, which is no period.
func (p Period) IsZero() bool { return p == Period{} }

// First returns the first day of p.
func (p Period) First() calendar.Date {
	_, months := p.Kind.parts()
	m := int(time.April) + months*max(p.N-1, 0)
	y := p.Year.Start
	if m > 12 {
		y, m = y+1, m-12
	}
	return calendar.NewDate(y, time.Month(m), 1)
}

// Last returns the last day of p.
func (p Period) Last() calendar.Date {
	_, months := p.Kind.parts()
	m := int(time.April) + months*max(p.N, 1)
	y := p.Year.Start
	if m > 12 {
		y, m = y+1, m-12
	}
	return calendar.NewDate(y, time.Month(m), 1).AddDays(-1)
}

// Contains reports whether the date d falls in p.
func (p Period) Contains(d calendar.Date) bool { return !d.Before(p.First()) && !d.After(p.Last()) }

// String returns the period as ParsePeriod reads it: "2024-2025",
// "2024-H1" or "2024-Q3".
func (p Period) String() string {
	switch p.Kind {
	case HalfYear:
		return fmt.Sprintf("%04d-H%d", p.Year.Start, p.N)
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", p.Year.Start, p.N)
	}
	return p.Year.String()
}

// Title returns the period in words: "2024-2025", "the first half of
// 2024-2025", "quarter 3 of 2024-2025".
func (p Period) Title() string {
	switch p.Kind {
	case HalfYear:
		return "the " + pick(p.N == 2, "second", "first") + " half of " + p.Year.String()
	case Quarter:
		return "quarter " + strconv.Itoa(p.N) + " of " + p.Year.String()
	}
	return p.Year.String()
}

// Dates returns the first and last days of the period in words, e.g.
// "1 October 2024 to 31 December 2024".
func (p Period) Dates() string { return longDate(p.First()) + " to " + longDate(p.Last()) }

// index returns a number that orders the periods of one kind, one apart.
func (p Period) index() int {
	n, _ := p.Kind.parts()
	return p.Year.Start*n + max(p.N-1, 0)
}

// periodAt is the inverse of index for kind k.
func periodAt(k PeriodKind, i int) Period {
	n, _ := k.parts()
	if k == FinancialYear {
		return Year{Start: i}.Period()
	}
	return Period{Year: Year{Start: i / n}, Kind: k, N: i%n + 1}
}

// quarters returns the indexes of the quarters of p (Period.index of
// Quarter), first and last.
func (p Period) quarters() (first, last int) {
	first = PeriodOf(Quarter, p.First()).index()
	last = PeriodOf(Quarter, p.Last()).index()
	return first, last
}

// MarshalText implements encoding.TextMarshaler: the form of String.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParsePeriod.
func (p *Period) UnmarshalText(text []byte) error {
	q, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// A PeriodError reports text that is not a reporting period.
type PeriodError struct {
	Input  string
	Reason string // what is wrong, or "" when the text has no period's shape at all
}

func (e *PeriodError) Error() string { return "outcome: " + e.Message() }

// Code returns problem.NotAPeriod.
func (e *PeriodError) Code() problem.Code { return problem.NotAPeriod }

// Message returns the error for people.
func (e *PeriodError) Message() string {
	if e.Reason == "" {
		return problem.Quote(e.Input) + " is not a reporting period: want a financial year such as 2024-2025, a half such as 2024-H1 or a quarter such as 2024-Q3"
	}
	return "reporting period " + problem.Quote(e.Input) + ": " + e.Reason
}

// ParsePeriod reads a reporting period: a reporting year in any form
// ParseYear reads ("2024-2025", "2024-25", "2024/25"), or a half or a
// quarter of one, written after the calendar year in which the reporting
// year begins or after the reporting year itself: "2024-H1", "2024 Q3",
// "2024-25-Q3", "2024/25 q3" (a letter in either case; a space, a hyphen or
// a slash before it, or nothing). Quarters are those of the financial
// year: 2024-Q1 is April to June 2024 and 2024-Q4 January to March 2025.
// Every error quotes the input and says what is wanted; it is a
// *PeriodError.
func ParsePeriod(s string) (Period, error) {
	t := strings.TrimSpace(s)
	if i := strings.LastIndexAny(t, "qQhH"); i >= 0 && allDigits(t[i+1:]) {
		part, err := strconv.Atoi(t[i+1:])
		if err != nil {
			part = -1 // too many digits: out of range
		}
		prefix := strings.TrimRight(t[:i], " -/–")
		kind, most := Quarter, 4
		if t[i] == 'h' || t[i] == 'H' {
			kind, most = HalfYear, 2
		}
		var y Year
		if start, ok := fourDigits(prefix); ok {
			y = Year{Start: start}
		} else if py, err := ParseYear(prefix); err == nil {
			y = py
		} else {
			return Period{}, &PeriodError{Input: s, Reason: fmt.Sprintf("%s is not a year: want the calendar year in which the reporting year begins, e.g. 2024-Q3, or the reporting year, e.g. 2024-25-Q3", problem.Quote(prefix))}
		}
		if part < 1 || part > most {
			if kind == Quarter {
				return Period{}, &PeriodError{Input: s, Reason: "want a quarter from Q1 (April to June) to Q4 (January to March)"}
			}
			return Period{}, &PeriodError{Input: s, Reason: "want a half H1 (April to September) or H2 (October to March)"}
		}
		return Period{Year: y, Kind: kind, N: part}, nil
	}
	y, err := ParseYear(t)
	if err != nil {
		if start, ok := fourDigits(t); ok {
			return Period{}, &PeriodError{Input: s, Reason: fmt.Sprintf("give the reporting year, e.g. %v (1 April %d to 31 March %d), or a half or a quarter of it, e.g. %04d-H1 or %04d-Q3", Year{start}, start, start+1, start, start)}
		}
		if ye, ok := err.(*YearError); ok && ye.Reason != "" {
			return Period{}, &PeriodError{Input: s, Reason: ye.Reason}
		}
		return Period{}, &PeriodError{Input: s}
	}
	return y.Period(), nil
}

// A YearOrPeriodError reports the reporting year or the reporting period
// of a report, given to [ParseYearOrPeriod], that cannot be used: both are
// given, or the one given cannot be read. Field names the value at fault,
// "year" or "period"; it is "period" when both are given, the period being
// the one asked for instead of the year. Err is the *YearError or
// *PeriodError of a value that cannot be read, which errors.As also finds,
// and nil when both are given.
type YearOrPeriodError struct {
	Field string
	Err   error
}

func (e *YearOrPeriodError) Error() string { return "outcome: " + e.Message() }

// Code returns problem.YearAndPeriod when both are given, and otherwise
// the code of Err: problem.NotAYear or problem.NotAPeriod.
func (e *YearOrPeriodError) Code() problem.Code {
	if e.Err == nil {
		return problem.YearAndPeriod
	}
	return problem.CodeOf(e.Err)
}

// Message returns the error for people: that of Err, or, when both are
// given, that one is wanted.
func (e *YearOrPeriodError) Message() string {
	if e.Err == nil {
		return "give a reporting year or a reporting period, not both"
	}
	return problem.Message(e.Err)
}

// Unwrap returns Err.
func (e *YearOrPeriodError) Unwrap() error { return e.Err }

// ParseYearOrPeriod returns the period of a report asked for by either a
// reporting year, year, read by [ParseYear], or a reporting period,
// period, read by [ParsePeriod]; "" is a value not given. With neither it
// returns the zero Period, for which [Aggregator.ReportFor] gives the
// latest year. Its errors are *YearOrPeriodError, with the code
// problem.YearAndPeriod when both are given, problem.NotAYear for a year
// that cannot be read and problem.NotAPeriod for a period that cannot be.
func ParseYearOrPeriod(year, period string) (Period, error) {
	switch {
	case year != "" && period != "":
		return Period{}, &YearOrPeriodError{Field: "period"}
	case year != "":
		y, err := ParseYear(year)
		if err != nil {
			return Period{}, &YearOrPeriodError{Field: "year", Err: err}
		}
		return y.Period(), nil
	case period != "":
		p, err := ParsePeriod(period)
		if err != nil {
			return Period{}, &YearOrPeriodError{Field: "period", Err: err}
		}
		return p, nil
	}
	return Period{}, nil
}
