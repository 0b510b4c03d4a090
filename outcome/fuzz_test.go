package outcome

import (
	"slices"
	"strings"
	"testing"
)

// FuzzParseFinding: no input panics; every accepted input parses to one of
// the four findings, and the finding's own name parses back to itself.
func FuzzParseFinding(f *testing.F) {
	for _, s := range []string{"upheld", "Partially upheld", "partly upheld", "not_upheld", "No findings", "none", "", "UPHELD ", "not-upheld"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseFinding(s)
		if err != nil {
			if !strings.Contains(err.Error(), "upheld") {
				t.Errorf("ParseFinding(%q) error %q does not list the accepted values", s, err)
			}
			return
		}
		if !slices.Contains(Findings(), got) {
			t.Fatalf("ParseFinding(%q) = %q, not one of %v", s, got, Findings())
		}
		if back, err := ParseFinding(string(got)); err != nil || back != got {
			t.Errorf("ParseFinding(%q) = %q, %v; want %q", got, back, err, got)
		}
	})
}

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
