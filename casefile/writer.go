package casefile

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// A Writer writes cases as a case file that Reader reads back to the same
// cases.
//
// The header names every column of SPEC section 6, in the order of the
// specification (see Columns). Dates are written YYYY-MM-DD, and the zero
// Date as an empty cell. The four finding counts are written only for a
// case with at least one element recorded (Findings.Total() > 0), zeros
// included, and are otherwise left empty, so that "no finding recorded"
// stays distinguishable from "0 upheld" to a person reading the file.
// Themes are joined with semicolons. Lines end in "\n".
//
// The fields of a Case that have no column in the case file (Matter and
// the Panel dates) are not written, and read back as zero.
//
// Writes are buffered; call Flush when done. A Writer is not safe for
// concurrent use.
type Writer struct {
	cw     *csv.Writer
	header bool // the header has been written
	rec    [numColumns]string
}

// NewWriter returns a new Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{cw: csv.NewWriter(w)}
}

// Write writes c as one record, after the header if this is the first
// call.
//
// Write refuses, with an error and without writing anything, a case that
// Reader would not read back as the same case: one with an empty ID, Kind
// or Received date, an ID or theme with surrounding white space, an empty
// theme or one holding a semicolon, text that is not UTF-8, a Kind,
// Procedure or Complainant not in the lower-case vocabulary of the case
// file, a non-zero date that is not a real day, or a negative count.
// Write does not check that ids are unique.
func (w *Writer) Write(c timescale.Case) error {
	if err := check(c); err != nil {
		return err
	}
	if err := w.writeHeader(); err != nil {
		return err
	}
	r := &w.rec
	r[colID] = c.ID
	r[colKind] = string(c.Kind)
	r[colProcedure] = string(c.Procedure)
	r[colComplainant] = c.Complainant
	for _, col := range dateColumns {
		r[col] = dateCell(*dateField(&c, col))
	}
	for _, col := range countColumns {
		if c.Findings.Total() > 0 {
			r[col] = strconv.Itoa(*countField(&c.Findings, col))
		} else {
			r[col] = ""
		}
	}
	r[colThemes] = strings.Join(c.Themes, ";")
	return w.cw.Write(r[:])
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
	return w.cw.Write(columnNames[:])
}

var (
	dateColumns = [...]column{colReceived, colAcknowledged, colDiscussed, colStage1Response,
		colStage2Requested, colStage2ExtendedTo, colStage2Response, colStage3Requested, colOmbudsman, colWithdrawn}
	countColumns = [...]column{colUpheld, colPartiallyUpheld, colNotUpheld, colNoFinding}
)

func dateCell(d calendar.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// check returns an error if c would not be read back as itself.
func check(c timescale.Case) error {
	fail := func(col column, format string, args ...any) error {
		return fmt.Errorf("casefile: cannot write case %q: %s: %s", c.ID, col, fmt.Sprintf(format, args...))
	}
	switch {
	case c.ID == "":
		return fail(colID, "empty; every case needs an id")
	case strings.TrimSpace(c.ID) != c.ID:
		return fail(colID, "surrounding white space would be trimmed on reading")
	case !utf8.ValidString(c.ID):
		return fail(colID, "not valid UTF-8")
	}
	if _, ok := parseKind(string(c.Kind)); !ok || !isLower(string(c.Kind)) {
		return fail(colKind, "%q is not complaint, comment or compliment", c.Kind)
	}
	if c.Procedure != "" {
		if _, ok := parseProcedure(string(c.Procedure)); !ok || !isLower(string(c.Procedure)) {
			return fail(colProcedure, "%q is not complaint or representation", c.Procedure)
		}
	}
	if c.Complainant != "" {
		if _, ok := parseComplainant(c.Complainant); !ok || !isLower(c.Complainant) {
			return fail(colComplainant, "%q is not one of %s", c.Complainant, strings.Join(complainants, ", "))
		}
	}
	if c.Received.IsZero() {
		return fail(colReceived, "empty; every case needs a date received")
	}
	for _, col := range dateColumns {
		if d := *dateField(&c, col); !d.IsZero() && !d.IsValid() {
			return fail(col, "%s is not a real day", d)
		}
	}
	for _, col := range countColumns {
		if n := *countField(&c.Findings, col); n < 0 || n > maxCount {
			return fail(col, "%d is not a count from 0 to %d", n, maxCount)
		}
	}
	for _, t := range c.Themes {
		switch {
		case t == "":
			return fail(colThemes, "an empty theme would be dropped on reading")
		case strings.TrimSpace(t) != t:
			return fail(colThemes, "theme %q: surrounding white space would be trimmed on reading", t)
		case strings.Contains(t, ";"):
			return fail(colThemes, "theme %q holds a semicolon, which separates themes", t)
		case !utf8.ValidString(t):
			return fail(colThemes, "theme %q is not valid UTF-8", t)
		}
	}
	return nil
}

func isLower(s string) bool { return strings.ToLower(s) == s }
