package calendar

import (
	"strconv"
	"strings"
	"time"
)

// ParseDate parses an ISO 8601 calendar date, YYYY-MM-DD, such as
// "2014-08-01". Exactly four year digits and two month and day digits are
// required, and the date must exist: "2014-02-30" is an error. The error
// is a *ParseError naming the input.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &ParseError{Input: s, Layout: "YYYY-MM-DD", Reason: "want a date written YYYY-MM-DD, e.g. 2014-08-01"}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &ParseError{Input: s, Layout: "YYYY-MM-DD", Reason: "want digits in a date written YYYY-MM-DD, e.g. 2014-08-01"}
	}
	return checked(s, "YYYY-MM-DD", y, m, d)
}

// ParseUKDate parses a date written the British way, DD/MM/YYYY, such as
// "01/08/2014" for 1 August 2014. One-digit days and months ("1/8/2014")
// are accepted; the year must have four digits. The date must exist. The
// error is a *ParseError naming the input.
func ParseUKDate(s string) (Date, error) {
	const layout = "DD/MM/YYYY"
	i := strings.IndexByte(s, '/')
	if i < 1 || i > 2 {
		return Date{}, &ParseError{Input: s, Layout: layout, Reason: "want a date written DD/MM/YYYY, e.g. 01/08/2014"}
	}
	j := strings.IndexByte(s[i+1:], '/')
	if j < 1 || j > 2 {
		return Date{}, &ParseError{Input: s, Layout: layout, Reason: "want a date written DD/MM/YYYY, e.g. 01/08/2014"}
	}
	j += i + 1
	if len(s)-j-1 != 4 {
		return Date{}, &ParseError{Input: s, Layout: layout, Reason: "want a four-digit year in a date written DD/MM/YYYY, e.g. 01/08/2014"}
	}
	d, ok1 := digits(s[:i])
	m, ok2 := digits(s[i+1 : j])
	y, ok3 := digits(s[j+1:])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &ParseError{Input: s, Layout: layout, Reason: "want digits in a date written DD/MM/YYYY, e.g. 01/08/2014"}
	}
	return checked(s, layout, y, m, d)
}

// ParseAnyDate parses a date in either of the forms the case file accepts:
// YYYY-MM-DD (ParseDate) or DD/MM/YYYY (ParseUKDate), told apart by the
// separator.
func ParseAnyDate(s string) (Date, error) {
	if strings.IndexByte(s, '/') >= 0 {
		return ParseUKDate(s)
	}
	return ParseDate(s)
}

// isoDate returns the date b writes as YYYY-MM-DD, and whether it is
// one: exactly when ParseDate(string(b)) succeeds.
func isoDate(b []byte) (Date, bool) {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return Date{}, false
	}
	n := [3]int{}
	for i, c := range b {
		switch {
		case i == 4 || i == 7:
		case c < '0' || c > '9':
			return Date{}, false
		case i < 4:
			n[0] = n[0]*10 + int(c-'0')
		case i < 7:
			n[1] = n[1]*10 + int(c-'0')
		default:
			n[2] = n[2]*10 + int(c-'0')
		}
	}
	d := Date{Year: n[0], Month: time.Month(n[1]), Day: n[2]}
	return d, d.IsValid()
}

func checked(s, layout string, y, m, d int) (Date, error) {
	if m < 1 || m > 12 {
		return Date{}, &ParseError{Input: s, Layout: layout, Reason: "month must be 01 to 12"}
	}
	date := Date{Year: y, Month: time.Month(m), Day: d}
	if y < 1 {
		return Date{}, &ParseError{Input: s, Layout: layout, Reason: "year must be 0001 or later"}
	}
	if !date.IsValid() {
		return Date{}, &ParseError{Input: s, Layout: layout, Reason: "no such day: " + time.Month(m).String() + " " + strconv.Itoa(y) + " has " + strconv.Itoa(daysIn(time.Month(m), y)) + " days"}
	}
	return date, nil
}

func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
