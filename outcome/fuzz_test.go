package outcome

import (
	"testing"
)

// FuzzParseYear: no input panics; every accepted year prints as
// YYYY-YYYY, which parses back to the same year.
func FuzzParseYear(f *testing.F) {
	for _, s := range []string{"2014-2015", "2014-15", "2014/15", "2014/2015", "2014 – 2015", "2014-2016", "2014", "", "0000-0001", "9999-10000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, err := ParseYear(s)
		if err != nil {
			return
		}
		back, err := ParseYear(y.String())
		if err != nil || back != y {
			t.Errorf("ParseYear(%q) = %v; ParseYear(%q) = %v, %v", s, y, y.String(), back, err)
		}
		if !y.First().Before(y.Last()) {
			t.Errorf("ParseYear(%q) = %v runs from %v to %v", s, y, y.First(), y.Last())
		}
	})
}

// FuzzParsePeriod: no input panics ParsePeriod, every error is a
// *PeriodError, and a period it accepts is written by String in a form it
// reads back as the same period, whose first day is not after its last.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2024-Q3", "2024-H1", "2024-2025", "2024/25 q4", "2024-25-H2", "Q3", "2024-Q9", "9999-Q4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			if _, ok := err.(*PeriodError); !ok {
				t.Fatalf("ParsePeriod(%q): error %T, want a *PeriodError", s, err)
			}
			return
		}
		back, err := ParsePeriod(p.String())
		if err != nil || back != p {
			t.Fatalf("ParsePeriod(%q) = %v; reading %q back gives %v, %v", s, p, p.String(), back, err)
		}
		if p.First().After(p.Last()) {
			t.Errorf("%v runs from %v to %v", p, p.First(), p.Last())
		}
	})
}
