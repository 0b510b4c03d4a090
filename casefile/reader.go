// Package casefile reads and writes the case file of SPEC section 6: a CSV
// file with one record per complaint (or representation), comment or
// compliment, read into timescale.Case values.
//
// # The format
//
// The file is CSV as RFC 4180 describes it (fields separated by commas,
// optionally quoted with double quotes, a quoted field may hold commas,
// doubled quotes and line breaks), encoded in UTF-8. A leading UTF-8
// byte-order mark, as spreadsheet programs write, is accepted and ignored; a
// UTF-16 file is refused with a message saying so. Lines may end in CRLF or
// LF. Blank lines are skipped.
//
// The first row is the header. It names the columns, in any order:
//
//	id, kind, received                                    required
//	procedure, complainant                                optional
//	acknowledged, discussed, stage1_response              optional dates
//	stage2_requested, stage2_extended_to, stage2_response optional dates
//	stage3_requested, ombudsman, withdrawn                optional dates
//	upheld, partially_upheld, not_upheld, no_finding      optional counts
//	themes                                                optional
//
// Header names are matched after trimming surrounding white space and
// without regard to case, so "Received" and " received " both name the
// received column. A column the header does not name is not known for any
// record. The header is refused (a *HeaderError) when it names an unknown
// column (the message lists the known ones, and suggests the one probably
// meant), names a column twice, has an unnamed column, or lacks id, kind or
// received.
//
// In every record the surrounding white space of each cell is trimmed, and
// an empty cell means "not known": the zero value of the field in the Case.
// The required columns must have a value in every record. Cells hold:
//
//   - id: any UTF-8 text; ids must be unique within the file (see
//     Reader.AllowDuplicateIDs).
//   - kind: complaint, comment or compliment.
//   - procedure: complaint or representation; empty means complaint, and is
//     kept empty in the Case (the Case documents that empty means
//     timescale.ComplaintProcedure).
//   - complainant: parent, carer, foster-carer, relative, child,
//     young-person, advocate or other.
//   - dates: YYYY-MM-DD (2014-08-01) or DD/MM/YYYY (01/08/2014, or 1/8/2014),
//     as calendar.ParseAnyDate reads them; the date must exist.
//   - upheld, partially_upheld, not_upheld, no_finding: a count of elements,
//     written in digits, 0 or more.
//   - themes: aspects complained about, separated by semicolons; each is
//     trimmed and empty ones are dropped.
//
// The values of kind, procedure and complainant are matched without regard
// to case ("Complaint" is accepted) and stored in the lower-case form above.
// The package checks each record on its own; whether the dates of a case
// make sense together is for package timescale and the annual report.
//
// # Problems
//
// Every problem is reported as a Problem whose String form is
// "FILE:LINE: column: message", where LINE is the physical line on which the
// record starts (the header is line 1; a quoted cell holding line breaks
// makes a record span several lines, and the next record's line number
// counts them).
package casefile

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// A Reader reads the records of a case file, one timescale.Case at a time,
// holding only one record of the file in memory (apart from the ids it
// remembers to find duplicates; see AllowDuplicateIDs).
//
// A Reader is not safe for concurrent use.
type Reader struct {
	// AllowDuplicateIDs, if true, turns off the check that every id in the
	// file is unique. By default the Reader remembers every id it has read,
	// with its line, so that a record reusing an earlier id is reported as
	// a *RecordError naming the earlier line; that memory grows with the
	// file, by about 20 bytes a record when the ids of successive records
	// share most of their text, as numbered ids do (C-000123, C-000124),
	// and by up to the length of each id more when they do not. With
	// AllowDuplicateIDs the Reader's memory stays constant however long the
	// file, and records with a repeated id are returned like any other.
	//
	// AllowDuplicateIDs must be set before the first call of Read.
	AllowDuplicateIDs bool

	name    string
	br      *bufio.Reader
	sc      *scanner
	started bool  // the header has been read (or failed)
	err     error // sticky: *HeaderError, an I/O error, or io.EOF
	cols    []column
	line    int
	seen    idSet             // the ids read, with the line of each one's first record
	themes  map[string]string // interned theme names
	slab    []string          // backing store for Case.Themes slices
}

// maxInterned bounds the number of distinct theme names a Reader interns;
// themes beyond it are still read, one copy each.
const maxInterned = 4096

// NewReader returns a new Reader that reads the case file from r. The name
// is the file's name as it should appear in problems ("FILE" in
// "FILE:LINE: column: message"), usually the path the user gave.
//
// NewReader does not read from r; the header is read by the first call of
// Read. The Reader buffers its input, so it may read from r beyond the
// record it last returned.
func NewReader(r io.Reader, name string) *Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	return &Reader{name: name, br: br, sc: newScanner(br)}
}

// Read reads the next record and returns it as a Case.
//
// At the end of the file Read returns io.EOF. When the row cannot be read as
// a case, Read returns the zero Case and a *RecordError holding every
// problem found in the row; the caller may go on calling Read, which
// continues with the next row (the bad row is skipped).
//
// The first call of Read reads the header. If the header cannot be used,
// Read returns a *HeaderError, and so does every later call: no record of
// such a file is ever returned. An error from the underlying reader is
// returned as it is and is likewise fatal.
//
// The strings in the returned Case do not refer to the Reader's buffers and
// stay valid after later calls of Read. The Themes of different Cases may
// share a backing array, but each slice has its own elements and a capacity
// equal to its length, so that appending to it copies.
func (r *Reader) Read() (timescale.Case, error) {
	if r.err != nil {
		return timescale.Case{}, r.err
	}
	if !r.started {
		r.started = true
		if err := r.readHeader(); err != nil {
			r.err = err
			return timescale.Case{}, err
		}
	}
	rec, line, err := r.sc.scan()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			r.line = pe.StartLine
			return timescale.Case{}, &RecordError{Problems: []LineProblem{r.problem(noColumn, syntaxError(pe))}}
		}
		r.err = err
		return timescale.Case{}, err
	}
	r.line = line
	return r.parse(rec)
}

// Line returns the line on which the record last returned by Read starts,
// counting from 1 for the file's first line; for a *RecordError, the line
// of the bad row; after a *HeaderError, the line of the header (1 when the
// file has no header). Before the first call of Read it returns 0.
func (r *Reader) Line() int { return r.line }

// ReadAll reads the whole case file from r, named name in problems, and
// returns every case that could be read, in file order, and every problem
// found, in file order.
//
// The error is nil when the file could be read to the end, even if some
// rows were bad: those rows' problems are in the problems returned and
// their cases are left out. The error is a *HeaderError when the header
// cannot be used (its problems are also returned, and there are no
// cases), or the error of the underlying reader (with the cases and
// problems found before it).
//
// ReadAll holds every case in memory (a timescale.Case takes some 500
// bytes, so a million of them take some 500 MB); to process a large file,
// call Read in a loop instead.
func ReadAll(r io.Reader, name string) ([]timescale.Case, []LineProblem, error) {
	cr := NewReader(r, name)
	var cases []timescale.Case
	var problems []LineProblem
	for {
		c, err := cr.Read()
		if err == nil {
			cases = append(cases, c)
			continue
		}
		if err == io.EOF {
			return cases, problems, nil
		}
		var re *RecordError
		if errors.As(err, &re) {
			problems = append(problems, re.Problems...)
			continue
		}
		var he *HeaderError
		if errors.As(err, &he) {
			problems = append(problems, he.Problems...)
		}
		return cases, problems, err
	}
}

// noColumn marks a problem with a whole row, not one cell.
const noColumn = ""

// problem returns a problem at the current line with column col, the
// message of err and err.
func (r *Reader) problem(col string, err error) LineProblem {
	return LineProblem{File: r.name, Line: r.line, Column: col, Code: problem.CodeOf(err), Message: problem.Message(err), Err: err}
}

func (r *Reader) headerError(err error) error {
	if r.line == 0 {
		r.line = 1
	}
	return &HeaderError{Problems: []LineProblem{r.problem(noColumn, err)}}
}

// readHeader reads the header row and sets r.cols.
func (r *Reader) readHeader() error {
	b, err := r.br.Peek(3)
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		r.br.Discard(3) // the UTF-8 byte-order mark
	case len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF):
		return r.headerError(&EncodingError{UTF16: true})
	case err != nil && err != io.EOF:
		return err
	}

	rec, line, err := r.sc.scan()
	if err != nil {
		var pe *csv.ParseError
		switch {
		case err == io.EOF:
			return r.headerError(&EmptyFileError{})
		case errors.As(err, &pe):
			r.line = pe.StartLine
			return r.headerError(syntaxError(pe))
		}
		return err
	}
	r.line = line

	var problems []LineProblem
	field := make([]int, len(fields)) // 1-based field of the header naming each column; 0 when none does
	r.cols = make([]column, len(rec))
	for i, raw := range rec {
		name := strings.TrimSpace(raw)
		col, ok := lookupColumn(name)
		switch {
		case name == "":
			problems = append(problems, r.problem(noColumn, &ColumnError{Kind: problem.UnnamedColumn, Fields: []int{i + 1}}))
		case !ok:
			// The name refers to the scanner's buffer: the problem keeps a copy.
			name = printable(strings.Clone(name))
			problems = append(problems, r.problem(name, &ColumnError{Kind: problem.UnknownColumn, Name: name, Fields: []int{i + 1}, Suggest: suggestColumn(name)}))
		case field[col] != 0:
			problems = append(problems, r.problem(col.String(), &ColumnError{Kind: problem.DuplicateColumn, Name: col.String(), Fields: []int{field[col], i + 1}}))
		default:
			field[col] = i + 1
			r.cols[i] = col
		}
	}
	for col, f := range fields {
		if f.Required && field[col] == 0 {
			problems = append(problems, r.problem(f.Name, &ColumnError{Kind: problem.MissingColumn, Name: f.Name}))
		}
	}
	if problems != nil {
		return &HeaderError{Problems: problems}
	}
	return nil
}

// printable returns s, or s quoted as a Go string if it holds characters
// that would not print plainly on one line.
func printable(s string) string {
	for _, c := range s {
		if !strconv.IsPrint(c) || c == ':' {
			return strconv.Quote(s)
		}
	}
	return s
}

// parse converts one record to a Case, collecting every problem in it.
//
// The strings of rec refer to the scanner's buffers, which the next record
// overwrites: every string the Case or a Problem keeps must be a copy
// (strings.Clone, intern, fmt) or a constant (parseChoice), never a cell or
// a piece of one.
func (r *Reader) parse(rec []string) (timescale.Case, error) {
	if len(rec) != len(r.cols) {
		return timescale.Case{}, &RecordError{Problems: []LineProblem{r.problem(noColumn, &FieldCountError{Got: len(rec), Want: len(r.cols)})}}
	}
	var c timescale.Case
	var problems []LineProblem
	bad := func(col column, err error) { problems = append(problems, r.problem(col.String(), err)) }
	for i, raw := range rec {
		col := r.cols[i]
		f := col.field()
		cell := trim(raw)
		if cell == "" {
			if f.Required {
				bad(col, &timescale.RequiredError{Field: f.Name, What: "a value (the cell is empty)"})
			}
			continue
		}
		switch f.Type {
		case timescale.TextField:
			if !utf8.ValidString(cell) {
				bad(col, &EncodingError{Value: strings.Clone(cell), Column: f.Name})
				continue
			}
			id := strings.Clone(cell) // do not keep the whole record's text alive
			f.SetText(&c, id)
			if f.Name != "id" || r.AllowDuplicateIDs {
				continue
			}
			if first, dup := r.seen.add(id, r.line); dup {
				bad(col, &DuplicateIDError{ID: id, FirstLine: first})
			}
		case timescale.ChoiceField:
			v, ok := parseChoice(f, cell)
			if !ok {
				bad(col, &timescale.ValueError{Field: f.Name, Value: strings.Clone(cell), Want: f.Choices})
			}
			f.SetText(&c, v)
		case timescale.CountField:
			n, err := parseCount(cell)
			if err != nil {
				bad(col, err)
			}
			f.SetCount(&c, n)
		case timescale.ListField:
			if !utf8.ValidString(cell) {
				bad(col, &EncodingError{Value: strings.Clone(cell), Column: f.Name})
				continue
			}
			f.SetList(&c, r.splitThemes(cell))
		case timescale.DateField:
			d, ok := quickISODate(cell)
			if !ok {
				var err error
				if d, err = calendar.ParseAnyDate(cell); err != nil {
					cell = strings.Clone(cell) // the error keeps it
					_, err = calendar.ParseAnyDate(cell)
					p := r.problem(col.String(), err)
					p.Message = dateMessage(cell, err)
					problems = append(problems, p)
				}
			}
			f.SetDate(&c, d)
		}
	}
	if problems != nil {
		return timescale.Case{}, &RecordError{Problems: problems}
	}
	return c, nil
}

// dateMessage words the problem with a cell that is not a date. When the
// cell has the shape of an accepted form but names no real day, it gives
// the calendar's reason ("month must be 01 to 12").
func dateMessage(cell string, err error) string {
	var pe *calendar.ParseError
	if (isoShape(cell) || ukShape(cell)) && errors.As(err, &pe) {
		return fmt.Sprintf("%q is not a date: %s (accepted forms: YYYY-MM-DD, DD/MM/YYYY)", cell, pe.Reason)
	}
	return fmt.Sprintf("%q is not a date in an accepted form: YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014", cell)
}

// quickISODate reads a well-formed YYYY-MM-DD date that exists, the common
// case, in a few nanoseconds; for anything else it returns false, and the
// caller asks calendar.ParseAnyDate, which reads the other form and words
// the error.
func quickISODate(s string) (calendar.Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return calendar.Date{}, false
	}
	y0, y1, y2, y3 := uint(s[0]-'0'), uint(s[1]-'0'), uint(s[2]-'0'), uint(s[3]-'0')
	m0, m1, d0, d1 := uint(s[5]-'0'), uint(s[6]-'0'), uint(s[8]-'0'), uint(s[9]-'0')
	if y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9 {
		return calendar.Date{}, false // bytes below '0' wrap round to large values
	}
	d := calendar.NewDate(int(y0*1000+y1*100+y2*10+y3), time.Month(m0*10+m1), int(d0*10+d1))
	return d, d.IsValid()
}

// isoShape reports whether s looks like YYYY-MM-DD.
func isoShape(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:])
}

// ukShape reports whether s looks like D/M/YYYY with one or two digits for
// the day and the month.
func ukShape(s string) bool {
	d, rest, ok1 := strings.Cut(s, "/")
	m, y, ok2 := strings.Cut(rest, "/")
	return ok1 && ok2 && len(d) <= 2 && len(m) <= 2 && len(y) == 4 && allDigits(d) && allDigits(m) && allDigits(y)
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// maxCount is the largest count of elements accepted: nine digits.
const maxCount = 999_999_999

// parseCount reads a count of elements: digits only, 0 to maxCount. On
// failure it returns a *CountError naming the cell.
func parseCount(s string) (int, error) {
	const want = "; want a count of elements written in digits, 0 or more"
	if !allDigits(s) {
		if s[0] == '-' && allDigits(s[1:]) {
			return 0, &CountError{Value: strings.Clone(s), Reason: "is negative" + want}
		}
		return 0, &CountError{Value: strings.Clone(s), Reason: "is not a whole number" + want}
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > maxCount {
			return 0, &CountError{Value: strings.Clone(s), Reason: fmt.Sprintf("is too large for a count of elements; the most is %d", maxCount)}
		}
	}
	return n, nil
}

// splitThemes splits a themes cell at semicolons, trims each piece and drops
// the empty ones. The names are interned, and the slices are cut from a
// shared slab with their capacity limited to their length, so that the
// common case allocates nothing per record.
func (r *Reader) splitThemes(cell string) []string {
	if cap(r.slab)-len(r.slab) < 8 {
		r.slab = make([]string, 0, 256)
	}
	start := len(r.slab)
	for {
		piece, rest, more := strings.Cut(cell, ";")
		if piece = trim(piece); piece != "" {
			// Beyond the slab's capacity, append moves this case's themes to a
			// larger array; earlier cases keep theirs in the old one.
			r.slab = append(r.slab, r.intern(piece))
		}
		if !more {
			break
		}
		cell = rest
	}
	if len(r.slab) == start {
		return nil
	}
	return r.slab[start:len(r.slab):len(r.slab)]
}

// trim returns s without surrounding white space, as strings.TrimSpace
// does, quickly when there is none.
func trim(s string) string {
	if s == "" {
		return s
	}
	if a, z := s[0], s[len(s)-1]; ' ' < a && a < utf8.RuneSelf && ' ' < z && z < utf8.RuneSelf {
		return s
	}
	return strings.TrimSpace(s)
}

// intern returns a copy of s that does not refer to the record's text,
// shared with earlier themes of the same name.
func (r *Reader) intern(s string) string {
	if t, ok := r.themes[s]; ok {
		return t
	}
	t := strings.Clone(s)
	if r.themes == nil {
		r.themes = make(map[string]string)
	}
	if len(r.themes) < maxInterned {
		r.themes[t] = t
	}
	return t
}
