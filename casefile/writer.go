package casefile

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// A Writer writes cases as a case file that Reader reads back to the same
// cases.
//
// The header names every column (see Columns), in that order. Dates are
// written YYYY-MM-DD, and the zero Date as an empty cell. The four finding
// counts are written only for a case with at least one element recorded
// (Findings.Total() > 0), zeros included, and are otherwise left empty, so
// that "no finding recorded" stays distinguishable from "0 upheld" to a
// person reading the file. Themes are joined with semicolons. Lines end in
// "\n".
//
// Writes are buffered; call Flush when done. A Writer is not safe for
// concurrent use.
type Writer struct {
	cw     *csv.Writer
	header bool // the header has been written
	rec    []string
}

// NewWriter returns a new Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{cw: csv.NewWriter(w), rec: make([]string, len(fields))}
}

// Write writes c as one record, after the header if this is the first
// call.
//
// Write refuses, with a [*WriteError] and without writing anything, a case
// that Reader would not read back as the same case: one with an empty ID,
// Kind or Received date, an ID or theme with surrounding white space, an
// empty theme or one holding a semicolon, text that is not UTF-8, a value
// of a choice field (Kind, Procedure, Complainant) not in its lower-case
// vocabulary, a non-zero date that is not a real day, a count below zero
// or above 999,999,999, or a case whose row could take more than
// [DefaultMaxLineBytes]. Write does not check that ids are unique, and writes
// cells as they are: a text cell that a spreadsheet program would run as a
// formula is written as it is, since Reader must read it back the same
// (see [SafeCell]).
func (w *Writer) Write(c timescale.Case) error {
	if err := check(&c); err != nil {
		return err
	}
	for i, f := range fields {
		w.rec[i] = cell(f, &c)
	}
	if err := checkLength(&c, w.rec); err != nil {
		return err
	}
	if err := w.writeHeader(); err != nil {
		return err
	}
	return w.cw.Write(w.rec)
}

// checkLength returns a [*WriteError] when the record rec of c could take
// more than [DefaultMaxLineBytes] in the file: every cell quoted, its quotes
// doubled.
func checkLength(c *timescale.Case, rec []string) error {
	n, longest := len(rec), 0
	for i, s := range rec {
		n += len(s) + 2 + strings.Count(s, `"`)
		if len(s) > len(rec[longest]) {
			longest = i
		}
	}
	if n <= DefaultMaxLineBytes {
		return nil
	}
	return &WriteError{ID: clip(c.ID), Column: fields[longest].Name,
		Reason: fmt.Sprintf("the row could take %d bytes, more than the %d a Reader reads by default", n, DefaultMaxLineBytes)}
}

// cell returns the text of field f of c in a case file.
func cell(f *timescale.Field, c *timescale.Case) string {
	switch f.Type {
	case timescale.DateField:
		if d := f.Date(c); !d.IsZero() {
			return d.String()
		}
		return ""
	case timescale.CountField:
		if c.Findings.Total() > 0 {
			return strconv.Itoa(f.Count(c))
		}
		return ""
	case timescale.ListField:
		return strings.Join(f.List(c), ";")
	}
	return f.Text(c)
}

// Flush writes any buffered data to the underlying io.Writer, after the
// header if nothing has been written yet (so that a file with no cases is
// still a valid case file), and returns any error that occurred while
// writing.
func (w *Writer) Flush() error {
	if err := w.writeHeader(); err != nil {
		return err
	}
	w.cw.Flush()
	return w.cw.Error()
}

func (w *Writer) writeHeader() error {
	if w.header {
		return nil
	}
	w.header = true
	return w.cw.Write(Columns())
}

// check returns a [*WriteError] if c would not be read back as itself.
func check(c *timescale.Case) error {
	fail := func(f *timescale.Field, err error, format string, args ...any) error {
		return &WriteError{ID: clip(c.ID), Column: f.Name, Reason: fmt.Sprintf(format, args...), Err: err}
	}
	for _, f := range fields {
		if f.Required && !f.IsSet(c) {
			return fail(f, &timescale.RequiredError{Field: f.Name, What: "the " + f.Noun}, "")
		}
		switch f.Type {
		case timescale.TextField:
			v := f.Text(c)
			switch {
			case strings.TrimSpace(v) != v:
				return fail(f, nil, "surrounding white space would be trimmed on reading")
			case !utf8.ValidString(v):
				return fail(f, nil, "not valid UTF-8")
			}
			if ch, ok := controlChar(v); ok {
				return fail(f, nil, "holds a control character (U+%04X), which is refused on reading", ch)
			}
		case timescale.ChoiceField:
			if v := f.Text(c); v != "" && !slices.Contains(f.Choices, v) {
				return fail(f, &timescale.ValueError{Field: f.Name, Value: v, Want: f.Choices}, "")
			}
		case timescale.DateField:
			if d := f.Date(c); !d.IsZero() && !d.IsValid() {
				return fail(f, &calendar.DateError{Date: d}, "")
			}
		case timescale.CountField:
			if n := f.Count(c); n < 0 || n > maxCount {
				return fail(f, nil, "%d is not a count from 0 to %d", n, maxCount)
			}
		case timescale.ListField:
			for _, t := range f.List(c) {
				switch {
				case t == "":
					return fail(f, nil, "an empty theme would be dropped on reading")
				case strings.TrimSpace(t) != t:
					return fail(f, nil, "theme %q: surrounding white space would be trimmed on reading", clip(t))
				case strings.Contains(t, ";"):
					return fail(f, nil, "theme %q holds a semicolon, which separates themes", clip(t))
				case !utf8.ValidString(t):
					return fail(f, nil, "theme %q is not valid UTF-8", clip(t))
				}
				if ch, ok := controlChar(t); ok {
					return fail(f, nil, "theme %q holds a control character (U+%04X), which is refused on reading", clip(t), ch)
				}
			}
		}
	}
	return nil
}
