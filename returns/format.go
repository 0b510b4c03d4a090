package returns

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"

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

// formats is the table of the formats: each with its media type and its
// writer. Formats, ParseFormat, MediaType, Write and FormatError read it.
var formats = [...]struct {
	format    Format
	mediaType string
	write     func(io.Writer, *Return, lang.Tag) error
}{
	{Text, "text/plain; charset=utf-8", func(w io.Writer, r *Return, t lang.Tag) error { return r.WriteTextIn(w, t) }},
	{CSV, "text/csv; charset=utf-8; header=present", func(w io.Writer, r *Return, _ lang.Tag) error { return r.WriteCSV(w) }},
	{JSON, "application/json", func(w io.Writer, r *Return, _ lang.Tag) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}},
}

// Formats returns the formats of a return, in the order the documentation
// lists them: text, csv, json.
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

// MediaType returns the media type of a return in f, for the Content-Type
// of an HTTP answer: "text/csv; charset=utf-8; header=present" for CSV,
// "application/json" for JSON; "" for an unknown f.
func (f Format) MediaType() string {
	if i := index(f); i >= 0 {
		return formats[i].mediaType
	}
	return ""
}

// Write writes r to w in the format f, its words for people in the
// language t (see [Return.WriteTextIn]; CSV and JSON are data and are the
// same in every language). It returns a *FormatError for an unknown f,
// writing nothing, and otherwise the first error of w.
func Write(w io.Writer, r *Return, f Format, t lang.Tag) error {
	i := index(f)
	if i < 0 {
		return &FormatError{Value: string(f)}
	}
	return formats[i].write(w, r, t)
}

// WriteTextIn writes r as WriteText does, in the language t. No source
// gives the return's words in Welsh: in [lang.Welsh] it writes the English
// with every line that is not blank marked as untranslated
// ([lang.MarkLines]); in [lang.WelshEnglish], that, then [lang.Separator]
// and the English. WriteTextIn(w, lang.English) is WriteText(w).
func (r Return) WriteTextIn(w io.Writer, t lang.Tag) error {
	return lang.Write(w, t, func(l lang.Tag) error {
		if l == lang.English {
			bw := bufio.NewWriter(w)
			if err := r.WriteText(bw); err != nil {
				return err
			}
			return bw.Flush()
		}
		var b bytes.Buffer
		if err := r.WriteText(&b); err != nil {
			return err
		}
		_, err := io.WriteString(w, lang.MarkLines(b.String()))
		return err
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
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f.format)
	}
	return strconv.Quote(e.Value) + " is not a format of the return: want " +
		strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
