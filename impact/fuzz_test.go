package impact_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/cymru-complaints/statutory/impact"
	"github.com/cymru-complaints/statutory/problem"
)

// FuzzParseFormat checks that ParseFormat accepts exactly the formats,
// each with a media type, and refuses any other text with a FormatError
// that holds the text and has the code unknown-format.
func FuzzParseFormat(f *testing.F) {
	for _, s := range []string{"text", "csv", "json", "", "JSON", "ics", "markdown", "csv\n", "text "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := impact.ParseFormat(s)
		if slices.Contains(impact.Formats(), impact.Format(s)) {
			if err != nil || string(got) != s || got.MediaType() == "" {
				t.Fatalf("ParseFormat(%q) = %q, %v; media type %q", s, got, err, got.MediaType())
			}
			return
		}
		var fe *impact.FormatError
		if !errors.As(err, &fe) || fe.Value != s || problem.CodeOf(err) != problem.UnknownFormat || got != "" {
			t.Fatalf("ParseFormat(%q) = %q, %v: want a FormatError", s, got, err)
		}
	})
}
