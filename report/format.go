package report

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/page"
	"github.com/cymru-complaints/statutory/problem"
)

// A Format is a way of writing the annual report.
type Format string

// The formats, in the order [Formats] lists them.
const (
	// Text is the report laid out like a council's annual report, to paste
	// into one ([outcome.Report.WriteTextIn]).
	Text Format = "text"
	// Markdown is the same tables in Markdown ([outcome.Report.WriteMarkdownIn]).
	Markdown Format = "markdown"
	// CSV is one figure a line ([outcome.Report.WriteCSV]); it is the same
	// in every language.
	CSV Format = "csv"
	// JSON is the report's JSON form, indented by two spaces and ended by
	// a newline; it reads back to the same [outcome.Report] and is the same
	// in every language.
	JSON Format = "json"
	// HTML is one self-contained web page with the tables and charts
	// ([page.WriteReport]).
	HTML Format = "html"
)

// formats is the table of the formats: each with its media type and its
// writer. Formats, ParseFormat, MediaType and Write read it.
var formats = [...]struct {
	format    Format
	mediaType string
	write     func(io.Writer, *outcome.Report, lang.Tag) error
}{
	{Text, "text/plain; charset=utf-8", func(w io.Writer, r *outcome.Report, t lang.Tag) error { return r.WriteTextIn(w, t) }},
	{Markdown, "text/markdown; charset=utf-8", func(w io.Writer, r *outcome.Report, t lang.Tag) error { return r.WriteMarkdownIn(w, t) }},
	{CSV, "text/csv; charset=utf-8; header=present", func(w io.Writer, r *outcome.Report, _ lang.Tag) error { return r.WriteCSV(w) }},
	{JSON, "application/json", writeJSON},
	{HTML, "text/html; charset=utf-8", page.WriteReport},
}

func writeJSON(w io.Writer, r *outcome.Report, _ lang.Tag) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// Formats returns the formats of the report, in the order the
// documentation lists them: text, markdown, csv, json, html.
func Formats() []Format {
	fs := make([]Format, len(formats))
	for i, f := range formats {
		fs[i] = f.format
	}
	return fs
}

// index returns the position of f in formats, and -1 for an unknown f.
func index(f Format) int {
	for i := range formats {
		if formats[i].format == f {
			return i
		}
	}
	return -1
}

// ParseFormat returns the format named s, spelled as [Formats] spells it
// (in lower case). Any other text is a *FormatError listing the formats.
func ParseFormat(s string) (Format, error) {
	if i := index(Format(s)); i >= 0 {
		return formats[i].format, nil
	}
	return "", &FormatError{Value: s}
}

// MediaType returns the media type of a report in f, for the Content-Type
// of an HTTP answer: "text/csv; charset=utf-8; header=present" for CSV,
// "application/json" for JSON; "" for an unknown f.
func (f Format) MediaType() string {
	if i := index(f); i >= 0 {
		return formats[i].mediaType
	}
	return ""
}

// Write writes r to w in the format f, its words for people in the
// language t (see package lang; CSV and JSON are data and are the same in
// every language). It returns a *FormatError for an unknown f, writing
// nothing, and otherwise the first error of w.
func Write(w io.Writer, r *outcome.Report, f Format, t lang.Tag) error {
	i := index(f)
	if i < 0 {
		return &FormatError{Value: string(f)}
	}
	return formats[i].write(w, r, t)
}

// A FormatError reports text that is not a format of the report. Its code
// is [problem.UnknownFormat].
type FormatError struct {
	Value string // the text given
}

func (e *FormatError) Error() string { return "report: " + e.Message() }

// Code returns problem.UnknownFormat.
func (e *FormatError) Code() problem.Code { return problem.UnknownFormat }

// Message returns the error for people.
func (e *FormatError) Message() string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f.format)
	}
	return strconv.Quote(e.Value) + " is not a format of the report: want " +
		strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
