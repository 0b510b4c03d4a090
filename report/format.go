package report

import (
	"io"

	"github.com/cymru-complaints/statutory/internal/formats"
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

// table is the table of the formats: each with its media type and its
// writer. Formats, ParseFormat, MediaType, Write and FormatError read it.
var table = formats.Table[outcome.Report]{
	{Name: string(Text), MediaType: "text/plain; charset=utf-8", Write: func(w io.Writer, r *outcome.Report, t lang.Tag) error { return r.WriteTextIn(w, t) }},
	{Name: string(Markdown), MediaType: "text/markdown; charset=utf-8", Write: func(w io.Writer, r *outcome.Report, t lang.Tag) error { return r.WriteMarkdownIn(w, t) }},
	{Name: string(CSV), MediaType: "text/csv; charset=utf-8; header=present", Write: func(w io.Writer, r *outcome.Report, _ lang.Tag) error { return r.WriteCSV(w) }},
	{Name: string(JSON), MediaType: "application/json", Write: formats.WriteJSON[outcome.Report]},
	{Name: string(HTML), MediaType: "text/html; charset=utf-8", Write: page.WriteReport},
}

// Formats returns the formats of the report, in the order the
// documentation lists them: text, markdown, csv, json, html.
func Formats() []Format {
	return formats.List[Format](table)
}

// ParseFormat returns the format named s, spelled as [Formats] spells it
// (in lower case). Any other text is a *FormatError listing the formats.
func ParseFormat(s string) (Format, error) {
	return formats.Parse[Format](table, s, unknownFormat)
}

// unknownFormat returns the *FormatError of s.
func unknownFormat(s string) error { return &FormatError{Value: s} }

// MediaType returns the media type of a report in f, for the Content-Type
// of an HTTP answer: "text/csv; charset=utf-8; header=present" for CSV,
// "application/json" for JSON; "" for an unknown f.
func (f Format) MediaType() string { return table.MediaType(string(f)) }

// Write writes r to w in the format f, its words for people in the
// language t (see package lang; CSV and JSON are data and are the same in
// every language). It returns a *FormatError for an unknown f, writing
// nothing, and otherwise the first error of w.
func Write(w io.Writer, r *outcome.Report, f Format, t lang.Tag) error {
	return table.WriteAs(w, r, string(f), t, unknownFormat)
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
	return problem.Quote(e.Value) + " is not a format of the report: want " + table.Want()
}
