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
