// Package naive is the plain model that the property tests of the
// annual report (package outcome) and of the Ombudsman's return (package
// returns) check the module against. It shares no code with the packages
// it checks: working days come from GOV.UK's England-and-Wales list read
// with encoding/json and are counted one day at a time, and the outcome of
// a complaint is written out again from its documentation.
package naive

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"time"
)

// Days holds the days of GOV.UK's England-and-Wales list, as YYYY-MM-DD.
type Days map[string]bool

// LoadDays reads the days of the GOV.UK bank-holiday JSON file at path.
func LoadDays(path string) (Days, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Events []struct {
			Date string `json:"date"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	h := Days{}
	for _, e := range doc.Events {
		h[e.Date] = true
	}
	if len(h) < 100 {
		return nil, fmt.Errorf("%s lists %d days; expected over 100", path, len(h))
	}
	return h, nil
}

// Working reports whether d is a working day: not a Saturday or a Sunday,
// not Christmas Day or Boxing Day, and not a day of the list (which holds
// Good Friday and the bank holidays).
func (h Days) Working(d time.Time) bool {
	switch {
	case d.Weekday() == time.Saturday || d.Weekday() == time.Sunday:
		return false
	case d.Month() == time.December && (d.Day() == 25 || d.Day() == 26):
		return false
	}
	return !h[d.Format(time.DateOnly)]
}

// Taken counts the working days d with a < d <= b.
func (h Days) Taken(a, b time.Time) int {
	n := 0
	for d := a.AddDate(0, 0, 1); !d.After(b); d = d.AddDate(0, 0, 1) {
		if h.Working(d) {
			n++
		}
	}
	return n
}

// Due returns the nth working day after a (a never counted).
func (h Days) Due(a time.Time, n int) time.Time {
	d := a
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		if h.Working(d) {
			n--
		}
	}
	return d
}

// MonthsLater returns the same date m months after d, or the last day of
// that month when it has no such date.
func MonthsLater(d time.Time, m int) time.Time {
	first := time.Date(d.Year(), d.Month()+time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, 0, min(d.Day(), first.AddDate(0, 1, -1).Day())-1)
}

// Outcome returns the outcome of a complaint from the findings on its
// elements (upheld, partially upheld, not upheld, no finding), as
// timescale.Findings.Outcome documents it, or "" for no element recorded.
func Outcome(c [4]int) string {
	up, part, not, none := c[0], c[1], c[2], c[3]
	switch {
	case up+part+not+none == 0:
		return ""
	case up+part+not == 0:
		return "no_finding"
	case part == 0 && not == 0:
		return "upheld"
	case up == 0 && part == 0:
		return "not_upheld"
	}
	return "partially_upheld"
}

// Number writes a whole number without a fraction, any other with six
// decimals.
func Number(x float64) string {
	if x == float64(int64(x)) {
		return strconv.FormatInt(int64(x), 10)
	}
	return strconv.FormatFloat(x, 'f', 6, 64)
}
