package returns_test

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

// FuzzParseFormat checks that ParseFormat accepts exactly the formats,
// each with a media type, and refuses any other text with a FormatError
// that holds the text and has the code unknown-format.
func FuzzParseFormat(f *testing.F) {
	for _, s := range []string{"text", "csv", "json", "", "JSON", "markdown", "csv\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := returns.ParseFormat(s)
		if slices.Contains(returns.Formats(), returns.Format(s)) {
			if err != nil || string(got) != s || got.MediaType() == "" {
				t.Fatalf("ParseFormat(%q) = %q, %v; media type %q", s, got, err, got.MediaType())
			}
			return
		}
		var fe *returns.FormatError
		if !errors.As(err, &fe) || fe.Value != s || problem.CodeOf(err) != problem.UnknownFormat || got != "" {
			t.Fatalf("ParseFormat(%q) = %q, %v: want a FormatError", s, got, err)
		}
	})
}

// FuzzParsePopulation checks that ParsePopulation reads exactly the whole
// numbers of 1 or more that strconv.Atoi reads, and refuses any other text
// with a PopulationError holding it.
func FuzzParsePopulation(f *testing.F) {
	for _, s := range []string{"1", "120000", "0", "-5", "", "1e6", " 12", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := returns.ParsePopulation(s)
		if want, aerr := strconv.Atoi(s); aerr == nil && want >= 1 {
			if err != nil || n != want {
				t.Fatalf("ParsePopulation(%q) = %d, %v; want %d", s, n, err, want)
			}
			return
		}
		var pe *returns.PopulationError
		if !errors.As(err, &pe) || pe.Value != s || problem.CodeOf(err) != problem.NotAPopulation || n != 0 {
			t.Fatalf("ParsePopulation(%q) = %d, %v: want a PopulationError", s, n, err)
		}
	})
}

// FuzzParseProcedures checks that ParseProcedures returns, for a list
// whose every comma-separated name (trimmed) is a procedure of the
// statutory table, those procedures in the order given, and refuses any
// other list with a ValueError naming the procedure field.
func FuzzParseProcedures(f *testing.F) {
	for _, s := range []string{"", "complaint", "complaint, corporate", "representation,complaint", "bogus", ",", "complaint,,", " complaint "} {
		f.Add(s)
	}
	tab := timescale.Statutory()
	var governed []timescale.Procedure
	for _, r := range tab.Regimes() {
		for _, p := range r.Procedures {
			if !slices.Contains(governed, p) {
				governed = append(governed, p)
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := returns.ParseProcedures(s, tab)
		if s == "" {
			if got != nil || err != nil {
				t.Fatalf("ParseProcedures(\"\") = %v, %v; want nil, nil", got, err)
			}
			return
		}
		var want []timescale.Procedure
		ok := true
		for _, name := range strings.Split(s, ",") {
			p := timescale.Procedure(strings.TrimSpace(name))
			if !slices.Contains(governed, p) {
				ok = false
				break
			}
			want = append(want, p)
		}
		if ok {
			if err != nil || !slices.Equal(got, want) {
				t.Fatalf("ParseProcedures(%q) = %v, %v; want %v", s, got, err, want)
			}
			return
		}
		var ve *timescale.ValueError
		if !errors.As(err, &ve) || ve.Field != "procedure" || got != nil {
			t.Fatalf("ParseProcedures(%q) = %v, %v: want a ValueError of the procedure field", s, got, err)
		}
	})
}
