package report_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/report"
)

// FuzzParseFormat checks that ParseFormat accepts exactly the formats,
// each with a media type, and refuses any other text with a FormatError
// that holds the text and has the code unknown-format.
func FuzzParseFormat(f *testing.F) {
	for _, s := range []string{"text", "markdown", "csv", "json", "html", "", "TEXT", "pdf", "json\x00", "html "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := report.ParseFormat(s)
		known := slices.Contains(report.Formats(), report.Format(s))
		if known {
			if err != nil || string(got) != s || got.MediaType() == "" {
				t.Fatalf("ParseFormat(%q) = %q, %v; media type %q", s, got, err, got.MediaType())
			}
			return
		}
		var fe *report.FormatError
		if !errors.As(err, &fe) || fe.Value != s || problem.CodeOf(err) != problem.UnknownFormat || got != "" {
			t.Fatalf("ParseFormat(%q) = %q, %v: want a FormatError", s, got, err)
		}
		if report.Format(s).MediaType() != "" {
			t.Fatalf("an unknown format %q has a media type", s)
		}
	})
}
