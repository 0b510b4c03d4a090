package calendar

import (
	"fmt"
	"time"
)

// A Date is a civil date: a year, a month and a day, with no time of day and
// no time zone. It names a day of the Gregorian calendar as a person in
// Wales would write it on a letter.
//
// The zero Date is not a valid date (see IsValid). Dates are comparable
// with == and usable as map keys; use Compare, Before and After to order
// them. A Date is a plain value: every method returns a new Date and none
// changes the receiver.
type Date struct {
	Year  int        // Year (e.g. 2014).
	Month time.Month // Month of the year (January = 1, ...).
	Day   int        // Day of the month, starting at 1.
}

// NewDate returns the Date for year, month and day. It does not normalise:
// NewDate(2014, time.February, 30).IsValid() is false.
func NewDate(year int, month time.Month, day int) Date {
	return Date{Year: year, Month: month, Day: day}
}

// DateOf returns the Europe/London civil date of the instant t, whatever
// t's own location: the date in Wales when something happened. Use it for
// timestamps (an email's arrival, a log entry). 00:30 BST on 1 August 2014
// (23:30 UTC on 31 July) is 1 August 2014.
//
// For a time.Time that stands for a date only (midnight in some zone, from
// a date picker or a database driver), use DateOnly: DateOf of midnight on
// 1 August in a zone ahead of London is 31 July.
func DateOf(t time.Time) Date {
	y, m, d := t.In(London()).Date()
	return Date{Year: y, Month: m, Day: d}
}

// DateOnly returns the year, month and day of t in t's own location,
// ignoring the time of day: the Date of a time.Time that stands for a
// date, such as midnight UTC from a database driver's DATE column or
// midnight local time from a date picker. It is the same as
// NewDate(t.Date()).
//
// For an instant, whose date depends on where it is seen, use DateOf.
func DateOnly(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// dateFromDays returns the Date that is n days after 1970-01-01.
// It is the inverse of Date.days, valid for every int32 day count.
func dateFromDays(n int) Date {
	// Civil-from-days, after Howard Hinnant's public-domain algorithm,
	// with eras of 400 years (146097 days) starting on 1 March.
	z := n + 719468
	era := z
	if z < 0 {
		era = z - 146096
	}
	era /= 146097
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365]
	mp := (5*doy + 2) / 153                                // [0, 11], March = 0
	d := doy - (153*mp+2)/5 + 1                            // [1, 31]
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return Date{Year: y, Month: time.Month(m), Day: d}
}

// days returns the number of days from 1970-01-01 to d (negative before it).
// d must be valid; for an invalid Date the result counts as if the day
// overflowed into the next month (2014-02-30 counts as 2014-03-02).
func (d Date) days() int {
	y := d.Year
	m := int(d.Month)
	if m <= 2 {
		y--
	}
	era := y
	if y < 0 {
		era = y - 399
	}
	era /= 400
	yoe := y - era*400 // [0, 399]
	mp := (m + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// IsValid reports whether d is a real day of the Gregorian calendar:
// a month from January to December and a day that exists in that month
// (29 February only in leap years). Years from 1 to 9999 are valid.
func (d Date) IsValid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Month, d.Year)
}

// IsZero reports whether d is the zero Date, which the library uses to mean
// "no date" (for example a stage that has not happened).
func (d Date) IsZero() bool {
	return d == Date{}
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(m time.Month, year int) int {
	switch m {
	case time.February:
		if isLeap(year) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// AddDays returns the date n calendar days after d (before d when n < 0).
// d should be valid; see IsValid.
func (d Date) AddDays(n int) Date {
	return dateFromDays(d.days() + n)
}

// DaysSince returns the number of calendar days from s to d: positive when
// d is after s, negative when it is before, zero when they are equal.
// d.DaysSince(s) == n exactly when s.AddDays(n) == d.
func (d Date) DaysSince(s Date) int {
	return d.days() - s.days()
}

// Compare compares d and e. It returns -1 if d is before e, +1 if d is
// after e and 0 if they are the same day.
//
// Its signature is the one package slices expects: sort dates with
// slices.SortFunc(dates, Date.Compare) and find the earliest and the latest
// with slices.MinFunc and slices.MaxFunc (the built-in min and max do not
// accept a struct).
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday.
	w := (d.days() + int(time.Thursday)) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// In returns the time.Time of midnight at the start of d in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// String returns d in ISO 8601 form, YYYY-MM-DD. The zero Date prints as
// "0000-00-00".
func (d Date) String() string {
	var b [10]byte
	return string(d.appendISO(b[:0]))
}

// Display returns d as English text for people (it takes no layout; for
// ISO 8601 use String):
// the weekday, the day, the month and the year, e.g. "Fri 1 Aug 2014".
func (d Date) Display() string {
	var b [16]byte // "Wed 30 Sep 2099" is 15 bytes: one allocation, the string
	return string(d.AppendDisplay(b[:0]))
}

func (d Date) appendISO(b []byte) []byte {
	y := d.Year
	if y < 0 || y > 9999 {
		return fmt.Appendf(b, "%d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = appendTwo(b, int(d.Month))
	b = append(b, '-')
	return appendTwo(b, d.Day)
}

func appendTwo(b []byte, n int) []byte {
	if n < 0 || n > 99 {
		return fmt.Appendf(b, "%02d", n)
	}
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

// MarshalText implements encoding.TextMarshaler: the ISO form of String.
// The zero Date marshals as empty text, so that an absent date is an empty
// CSV cell or an empty JSON string.
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10)) // one allocation: YYYY-MM-DD
}

// AppendText implements [encoding.TextAppender]: it appends the text of
// MarshalText to b and returns the extended buffer, so that many dates are
// written into one buffer with no allocation per date. The zero Date
// appends nothing; an invalid Date is a *DateError, and b is returned
// unchanged.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	if !d.IsValid() {
		return b, &DateError{Date: d}
	}
	return d.appendISO(b), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the ISO form
// YYYY-MM-DD; empty text gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	if p, ok := isoDate(text); ok {
		// Read in place: no string is made of text but for an error
		// (BenchmarkDeadlinesOverLoopback, whose queries hold four dates).
		*d = p
		return nil
	}
	p, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = p
	return nil
}
