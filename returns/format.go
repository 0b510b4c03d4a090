package returns

import (
	"bufio"
	"io"

	"github.com/cymru-complaints/statutory/internal/formats"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
)

// A Format is a way of writing a Return.
type Format string

// The formats, in the order [Formats] lists them.
const (
	// Text is the return for people, with the definition of every measure
	// ([Return.WriteTextIn]).
	Text Format = "text"
	// CSV is one figure a row ([Return.WriteCSV]); it is the same in every
	// language.
	CSV Format = "csv"
	// JSON is the Return's JSON form, indented by two spaces and ended by a
	// newline; it reads back to the same Return and is the same in every
	// language.
	JSON Format = "json"
)

// table is the table of the formats: each with its media type and its
// writer. Formats, ParseFormat, MediaType, Write and FormatError read it.
var table = formats.Table[Return]{
	{Name: string(Text), MediaType: "text/plain; charset=utf-8", Write: func(w io.Writer, r *Return, t lang.Tag) error { return r.WriteTextIn(w, t) }},
	{Name: string(CSV), MediaType: "text/csv; charset=utf-8; header=present", Write: func(w io.Writer, r *Return, _ lang.Tag) error { return r.WriteCSV(w) }},
	{Name: string(JSON), MediaType: "application/json", Write: formats.WriteJSON[Return]},
}

// Formats returns the formats of a return, in the order the documentation
// lists them: text, csv, json.
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

// MediaType returns the media type of a return in f, for the Content-Type
// of an HTTP answer: "text/csv; charset=utf-8; header=present" for CSV,
// "application/json" for JSON; "" for an unknown f.
func (f Format) MediaType() string { return table.MediaType(string(f)) }

// Write writes r to w in the format f, its words for people in the
// language t (see [Return.WriteTextIn]; CSV and JSON are data and are the
// same in every language). It returns a *FormatError for an unknown f,
// writing nothing, and otherwise the first error of w.
func Write(w io.Writer, r *Return, f Format, t lang.Tag) error {
	return table.WriteAs(w, r, string(f), t, unknownFormat)
}

// WriteTextIn writes r as WriteText does, in the language t. No source
// gives the return's words in Welsh: in [lang.Welsh] it writes the English
// with every line that is not blank marked as untranslated
// ([lang.WriteUntranslated]); in [lang.WelshEnglish], that, then
// [lang.Separator] and the English. WriteTextIn(w, lang.English) is
// WriteText(w).
func (r Return) WriteTextIn(w io.Writer, t lang.Tag) error {
	return lang.WriteUntranslated(w, t, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		if err := r.WriteText(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
}

// A FormatError reports text that is not a format of a return. Its code
// is [problem.UnknownFormat].
type FormatError struct {
	Value string // the text given
}

func (e *FormatError) Error() string { return "returns: " + e.Message() }

// Code returns problem.UnknownFormat.
func (e *FormatError) Code() problem.Code { return problem.UnknownFormat }

// Message returns the error for people.
func (e *FormatError) Message() string {
	return problem.Quote(e.Value) + " is not a format of the return: want " + table.Want()
}
