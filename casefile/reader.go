package casefile

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// A Reader reads the records of a case file, one [timescale.Case] at a time,
// holding only one record of the file in memory (apart from the ids it
// remembers to find duplicates; see AllowDuplicateIDs and ReadIDsFirst).
//
// The fields of a Reader must be set before the first call of Read (or
// ReadInto). A Reader is not safe for concurrent use.
type Reader struct {
	// AllowDuplicateIDs, if true, turns off the check that every id in the
	// file is unique. By default the Reader remembers every id it has read,
	// with its line, so that a record reusing an earlier id is reported as
	// a [*RecordError] naming the earlier line; that memory grows with the
	// file, by about 20 bytes a record when the ids of successive records
	// share most of their text, as numbered ids do (C-000123, C-000124),
	// and by up to the length of each id more when they do not
	// (ReadIDsFirst brings that to next to nothing for a file that can be
	// read twice). With AllowDuplicateIDs the Reader's memory stays
	// constant however long the file, and records with a repeated id are
	// returned like any other.
	AllowDuplicateIDs bool

	// Lenient, if true, reads a file as spreadsheet programs and other
	// systems export it: a column that the header names but the case file
	// does not have, or that it leaves unnamed, is ignored, with a warning
	// (a [*ColumnError] with Ignored set, which names the known column
	// probably meant); empty cells at the end of the header are dropped
	// without one; and a row may have more fields than the header names
	// columns, as long as the extra ones are empty. By default (false) each
	// of those is an error, as the package documentation says, so that a
	// misspelt optional column cannot go unnoticed by a caller that does
	// not look at the warnings.
	Lenient bool

	// MaxLineBytes is the most bytes a row of the file may take: a line,
	// or a record whose quoted cells run over several lines. A longer row
	// is a problem (a [*LineTooLongError] in a [*RecordError]), and reading
	// goes on at the next line. Zero or less means [DefaultMaxLineBytes].
	MaxLineBytes int

	// ReadIDsFirst, if true, and if the Reader reads from an [io.Seeker]
	// (an [*os.File] of a regular file, a [*bytes.Reader]), makes the first
	// call of Read read the whole file once for its ids alone, and then
	// read it again record by record. The check that ids are unique, still
	// exact, then remembers only the ids the first reading found in more
	// than one record, with the few that merely share a 32-bit fingerprint
	// with another: its memory is about 3 bytes an id during the first
	// reading and next to nothing after, instead of about 20 bytes an id
	// for the whole reading. It costs a second reading of the file, and
	// the first call of Read returns only after the first reading. The
	// file must not change between the two: the second reading goes no
	// further than the first. When the input cannot seek (a pipe), or with
	// AllowDuplicateIDs, the file is read once, as without ReadIDsFirst.
	ReadIDsFirst bool

	name       string
	src        io.Reader // the input given to NewReader
	br         *bufio.Reader
	sc         *scanner
	started    bool  // the header has been read (or failed)
	err        error // sticky: *HeaderError, an I/O error, or io.EOF
	cols       []column
	mayBeEmpty []bool // for each column of cols, that an empty cell in it is no problem: it is ignored or not required
	named      int    // the fields of the header up to the last one that names a column
	line       int
	warnings   []LineProblem       // found since the last call of Warnings
	seen       idSet               // the ids read, with the line of each one's first record
	twoPass    bool                // ReadIDsFirst's first reading is done: only the ids of repeats are remembered
	repeats    []uint32            // with twoPass, the fingerprints of ids found more than once, in order
	repeatTops []uint64            // with repeats, a set of bits: the top bits of each of them (repeatTop)
	printSeed  maphash.Seed        // the key of the fingerprints: random, chosen on first use and kept
	weakPrint  func(string) uint32 // nil means maphash with printSeed; a test puts in a weak one
	c          timescale.Case
	kept       []keptCell // the cells of the row being parsed whose text the case keeps
}

// A keptCell is a text or list cell of a row, a piece of the row, that
// parse copies into the case.
type keptCell struct {
	f    *timescale.Field
	cell string
}

// DefaultMaxLineBytes is the most bytes a row of a case file may take when
// [Reader.MaxLineBytes] is not set: 1 MiB, some ten thousand times a typical
// row.
const DefaultMaxLineBytes = 1 << 20

// maxLineBytes bounds [Reader.MaxLineBytes], so that sums of lengths cannot
// overflow.
const maxLineBytes = 1 << 40

// ignored marks a column of the header that a lenient Reader ignores.
const ignored column = math.MaxUint8

// maxColumnProblems is the most problems with the columns of a header
// (unknown, unnamed, repeated) that are reported one by one; any more are
// counted in one last problem.
const maxColumnProblems = 100

// NewReader returns a new Reader that reads the case file from r. The name
// is the file's name as it should appear in problems ("FILE" in
// "FILE:LINE: column: message"), usually the path the user gave.
//
// NewReader does not read from r; the header is read by the first call of
// Read. The Reader buffers its input, so it may read from r beyond the
// record it last returned.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{name: name, src: r, br: bufio.NewReaderSize(r, 64<<10)}
}

// Read reads the next record and returns it as a Case.
//
// At the end of the file Read returns io.EOF. When the row cannot be read as
// a case, Read returns the zero Case and a [*RecordError] holding every
// problem found in the row; the caller may go on calling Read, which
// continues with the next row (the bad row is skipped). Warnings about the
// row are kept for Warnings.
//
// The first call of Read reads the header. If the header cannot be used,
// Read returns a [*HeaderError], and so does every later call: no record of
// such a file is ever returned. An error from the underlying reader is
// returned as it is and is likewise fatal.
//
// The strings in the returned Case share no memory with the row they were
// read from, nor with any other Case.
//
// Read returns a copy of a Case that the Reader fills with [Reader.ReadInto];
// a caller that keeps its cases in memory of its own, such as a slice it
// reuses, saves the copy by calling ReadInto itself.
func (r *Reader) Read() (timescale.Case, error) {
	// Into r.c, not a variable of its own: ReadInto sets it through
	// pointers, which would move it to the heap, 500 bytes for every row
	// (BenchmarkRead, B/op).
	err := r.ReadInto(&r.c)
	return r.c, err
}

// ReadInto reads the next record into *dst, as Read does, but without
// returning the Case: it sets every field of *dst. It returns the error
// Read would return, and on error it sets *dst to the zero Case.
//
// The strings ReadInto puts in *dst share no memory with the row they were
// read from, nor with any other Case, nor with what *dst held before.
func (r *Reader) ReadInto(dst *timescale.Case) error {
	if err := r.next(dst); err != nil {
		*dst = timescale.Case{}
		return err
	}
	return nil
}

// next reads the next record into *dst, which holds what it could read
// when next returns an error.
func (r *Reader) next(dst *timescale.Case) error {
	if r.err != nil {
		return r.err
	}
	if !r.started {
		r.started = true
		if s, ok := r.src.(io.ReadSeeker); ok && r.ReadIDsFirst && !r.AllowDuplicateIDs {
			if err := r.readIDsFirst(s); err != nil {
				r.err = err
				return err
			}
		}
		if err := r.readHeader(); err != nil {
			r.err = err
			return err
		}
	}
	rec, err := r.scan()
	if err != nil {
		var pe *csv.ParseError
		var tl *LineTooLongError
		switch {
		case errors.As(err, &pe):
			r.line = pe.StartLine
			return &RecordError{Problems: []LineProblem{r.problem(noColumn, syntaxError(pe))}}
		case errors.As(err, &tl):
			r.line = tl.StartLine
			return &RecordError{Problems: []LineProblem{r.problem(noColumn, err)}}
		}
		r.err = err
		return err
	}
	return r.parse(rec, dst)
}

// scan returns the fields of the next row that is not blank, setting
// r.line to the line on which it starts.
func (r *Reader) scan() ([]string, error) {
	for {
		rec, line, err := r.sc.scan()
		if err != nil {
			return nil, err
		}
		r.line = line
		if !blank(rec) {
			return rec, nil
		}
	}
}

// blank reports whether every field of rec is empty or white space.
func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// Line returns the line on which the record last returned by Read starts,
// counting from 1 for the file's first line; for a [*RecordError], the line
// of the bad row; after a [*HeaderError], the line of the header (1 when the
// file has no header). Before the first call of Read it returns 0.
func (r *Reader) Line() int { return r.line }

// Warnings returns the warnings found by Read since the last call of
// Warnings, in the order of the file, and forgets them, so that the
// Reader's memory does not grow with them: call it after each Read, or now
// and then. The warnings about the header come with the first call of
// Read, unless the header cannot be used (they are then among the problems
// of the [*HeaderError]). Each warning has Warning set; see [LineProblem].
func (r *Reader) Warnings() []LineProblem {
	w := r.warnings
	r.warnings = nil
	return w
}

// ReadAll reads the whole case file from r, named name in problems, with
// a Reader of the default settings; see [Reader.ReadAll].
func ReadAll(r io.Reader, name string) ([]timescale.Case, []LineProblem, error) {
	return NewReader(r, name).ReadAll()
}

// ReadAll reads the rest of the case file and returns every case that could
// be read, in file order, and every problem found, warnings included
// (Warning set), in the order of the file's lines.
//
// The error is nil when the file could be read to the end, even if some
// rows were bad: those rows' problems are in the problems returned and
// their cases are left out. The error is a [*HeaderError] when the header
// cannot be used (its problems are also returned, and there are no
// cases), or the error of the underlying reader (with the cases and
// problems found before it).
//
// ReadAll holds every case in memory (a [timescale.Case] takes some 500
// bytes, so a million of them take some 500 MB); to process a large file,
// call Read in a loop instead.
func (r *Reader) ReadAll() ([]timescale.Case, []LineProblem, error) {
	var cases []timescale.Case
	var problems []LineProblem
	for {
		c, err := r.Read()
		var re *RecordError
		var he *HeaderError
		switch {
		case err == nil:
			cases = append(cases, c)
		case err == io.EOF:
			return cases, append(problems, r.Warnings()...), nil
		case errors.As(err, &re):
			problems = append(problems, re.Problems...)
		case errors.As(err, &he):
			return cases, append(problems, he.Problems...), err
		default:
			return cases, append(problems, r.Warnings()...), err
		}
		problems = append(problems, r.Warnings()...)
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

// readHeader reads the header row and sets r.cols and r.named.
func (r *Reader) readHeader() error {
	limit := r.MaxLineBytes
	if limit <= 0 {
		limit = DefaultMaxLineBytes
	}
	b, err := r.br.Peek(3)
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		r.br.Discard(3) // the UTF-8 byte-order mark
	case len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF):
		return r.headerError(&EncodingError{UTF16: true})
	case err != nil && err != io.EOF:
		return err
	}
	// What the first read gave, to tell the file's encoding and line
	// breaks from its first bytes.
	b, _ = r.br.Peek(r.br.Buffered())
	if kind := notCSV(b); kind != "" {
		return r.headerError(&NotCSVError{Kind: kind})
	}
	switch {
	case utf16NoMark(b):
		return r.headerError(&EncodingError{UTF16: true})
	case crLineBreaks(b):
		r.br = bufio.NewReaderSize(crToLF{r.br}, 64<<10)
	}
	r.sc = newScanner(r.br, min(limit, maxLineBytes))

	rec, err := r.scan()
	if err == nil && separatorLine(rec) {
		// The separator the file says it uses, which the header shows.
		rec, err = r.scan()
	}
	if err != nil {
		var pe *csv.ParseError
		var tl *LineTooLongError
		switch {
		case err == io.EOF:
			r.line = 1
			return r.headerError(&EmptyFileError{})
		case errors.As(err, &pe):
			r.line = pe.StartLine
			return r.headerError(syntaxError(pe))
		case errors.As(err, &tl):
			r.line = tl.StartLine
			return r.headerError(err)
		}
		return err
	}

	r.named = len(rec)
	if r.Lenient {
		for r.named > 0 && strings.TrimSpace(rec[r.named-1]) == "" {
			r.named-- // empty cells at the end of the header
		}
	}
	if r.named == 1 {
		if sep := otherSeparator(rec[0]); sep != 0 {
			return r.headerError(&SeparatorError{Separator: sep, Header: clip(strings.TrimSpace(rec[0]))})
		}
	}
	var problems []LineProblem
	columnProblems := 0
	var more *ColumnError // stands for the column problems beyond maxColumnProblems
	report := func(col string, e *ColumnError) {
		if columnProblems++; columnProblems <= maxColumnProblems {
			p := r.problem(col, e)
			p.Warning = e.Ignored
			problems = append(problems, p)
			return
		}
		if more == nil {
			more = &ColumnError{Kind: e.Kind, Ignored: true}
		}
		more.More++
		more.Ignored = more.Ignored && e.Ignored
	}
	field := make([]int, len(fields)) // 1-based field of the header naming each column; 0 when none does
	r.cols = make([]column, r.named)
	r.mayBeEmpty = make([]bool, r.named)
	for i, raw := range rec[:r.named] {
		name := strings.TrimSpace(raw)
		col, ok := lookupColumn(name)
		switch {
		case name == "":
			r.cols[i] = ignored
			report(noColumn, &ColumnError{Kind: problem.UnnamedColumn, Fields: []int{i + 1}, Ignored: r.Lenient})
		case !ok:
			r.cols[i] = ignored
			if columnProblems >= maxColumnProblems {
				report(noColumn, &ColumnError{Kind: problem.UnknownColumn, Ignored: r.Lenient}) // only counted
				continue
			}
			suggest := suggestColumn(name)
			name = printable(clip(name))
			report(name, &ColumnError{Kind: problem.UnknownColumn, Name: name, Fields: []int{i + 1}, Suggest: suggest, Ignored: r.Lenient})
		case field[col] != 0:
			report(col.String(), &ColumnError{Kind: problem.DuplicateColumn, Name: col.String(), Fields: []int{field[col], i + 1}})
		default:
			field[col] = i + 1
			r.cols[i] = col
		}
	}
	if more != nil {
		p := r.problem(noColumn, more)
		p.Warning = more.Ignored
		problems = append(problems, p)
	}
	for col, f := range fields {
		if f.Required && field[col] == 0 {
			problems = append(problems, r.problem(f.Name, &ColumnError{Kind: problem.MissingColumn, Name: f.Name}))
		}
	}
	if firstCode(problems) != "" {
		return &HeaderError{Problems: problems}
	}
	for i, col := range r.cols {
		r.mayBeEmpty[i] = col == ignored || !col.field().Required
	}
	r.warnings = append(r.warnings, problems...)
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

// parse converts one record to a Case in *c, collecting every problem in
// it; on error *c holds the fields it could read.
//
// The strings of rec share the memory of the whole record: every string
// the Case or a Problem keeps must be a copy (keepText, clip) or a
// constant (parseChoice), never a cell or a piece of one, so that a Case
// does not keep its row alive.
func (r *Reader) parse(rec []string, c *timescale.Case) error {
	if err := r.checkWidth(rec); err != nil {
		return &RecordError{Problems: []LineProblem{r.problem(noColumn, err)}}
	}
	*c = timescale.Case{}
	r.kept = r.kept[:0]
	var problems []LineProblem
	bad := func(col column, err error) { problems = append(problems, r.problem(col.String(), err)) }
	// Of the same length, so that the loop checks no index (BenchmarkRead).
	rec, cols, mayBeEmpty := rec[:r.named], r.cols[:r.named], r.mayBeEmpty[:r.named]
	for i, raw := range rec {
		if raw == "" && mayBeEmpty[i] {
			continue // most cells of a row, told apart without looking up their column (BenchmarkRead)
		}
		col := cols[i]
		if col == ignored {
			continue
		}
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
			if !r.sc.valid && !utf8.ValidString(cell) {
				bad(col, &EncodingError{Value: clip(cell), Column: f.Name})
				continue
			}
			if c, ok := controlChar(cell); ok {
				bad(col, &EncodingError{Value: clip(cell), Column: f.Name, Control: fmt.Sprintf("U+%04X", c)})
				continue
			}
			r.warnFormula(col, cell)
			r.kept = append(r.kept, keptCell{f, cell})
			if f.Name != "id" || r.AllowDuplicateIDs {
				continue
			}
			if !r.mayRepeat(cell) {
				continue
			}
			// The set copies the ids it keeps.
			if first, dup := r.seen.add(cell, r.line); dup {
				bad(col, &DuplicateIDError{ID: clip(cell), FirstLine: first})
			}
		case timescale.ChoiceField:
			v, ok := parseChoice(f, cell)
			if !ok {
				bad(col, &timescale.ValueError{Field: f.Name, Value: clip(cell), Want: f.Choices})
			}
			f.SetText(c, v)
		case timescale.CountField:
			n, err := parseCount(cell)
			if err != nil {
				bad(col, err)
			}
			f.SetCount(c, n)
		case timescale.ListField:
			if !r.sc.valid && !utf8.ValidString(cell) {
				bad(col, &EncodingError{Value: clip(cell), Column: f.Name})
				continue
			}
			if c, ok := controlChar(cell); ok {
				bad(col, &EncodingError{Value: clip(cell), Column: f.Name, Control: fmt.Sprintf("U+%04X", c)})
				continue
			}
			for rest, more := cell, mayBeginFormula(cell); more; {
				var t string
				t, rest, more = cutTheme(rest)
				if r.warnFormula(col, t) {
					break // one warning for the cell
				}
			}
			r.kept = append(r.kept, keptCell{f, cell})
		case timescale.DateField:
			d, err := parseDate(cell)
			if err != nil {
				cell = clip(cell) // the error keeps it
				_, err = calendar.ParseAnyDate(cell)
				p := r.problem(col.String(), err)
				p.Message = dateMessage(cell, err)
				problems = append(problems, p)
			}
			f.SetDate(c, d)
		}
	}
	if problems != nil {
		return &RecordError{Problems: problems}
	}
	r.keepText(c)
	return nil
}

// controlChar returns the first control character of s, a cell of text,
// and whether it has one: a character of Unicode's C0 or C1 sets or DEL,
// but a tab, a line feed or a carriage return, which a cell may hold. A
// cell with one is refused on reading (an [*EncodingError]) and on
// writing: a NUL is not text, and an escape sequence in an id or an owner
// would be written as it is to the terminal that shows a table of them.
func controlChar(s string) (rune, bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < ' ' && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			return rune(c), true
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f: // U+0080 to U+009F
			return rune(s[i+1]), true
		}
	}
	return 0, false
}

// trim returns s without its surrounding white space, as strings.TrimSpace
// does, but without a call for the common cell that is empty or begins and
// ends with a printable ASCII byte (BenchmarkRead).
func trim(s string) string {
	if n := len(s); n == 0 || s[0] > ' ' && s[0] < utf8.RuneSelf && s[n-1] > ' ' && s[n-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimSpace(s)
}

// keepText sets the text and list fields of c from r.kept, as pieces of
// one copy of their cells: one allocation for the row's text instead of
// one for each cell (BenchmarkAssess1M, allocs/op).
func (r *Reader) keepText(c *timescale.Case) {
	n := 0
	for _, k := range r.kept {
		n += len(k.cell)
	}
	var b strings.Builder
	b.Grow(n)
	for _, k := range r.kept {
		b.WriteString(k.cell)
	}
	text := b.String()
	for _, k := range r.kept {
		s := text[:len(k.cell)]
		text = text[len(k.cell):]
		if k.f.Type == timescale.ListField {
			k.f.SetList(c, splitThemes(s))
		} else {
			k.f.SetText(c, s)
		}
	}
}

// checkWidth returns a [*FieldCountError] when rec has a number of fields the
// header does not allow.
func (r *Reader) checkWidth(rec []string) error {
	if !r.Lenient {
		if len(rec) != r.named {
			return &FieldCountError{Got: len(rec), Want: r.named}
		}
		return nil
	}
	if len(rec) < r.named {
		return &FieldCountError{Got: len(rec), Want: r.named}
	}
	for i := len(rec) - 1; i >= r.named; i-- {
		if strings.TrimSpace(rec[i]) != "" {
			return &FieldCountError{Got: i + 1, Want: r.named, Filled: true}
		}
	}
	return nil
}

// warnFormula keeps a warning, and reports true, when [SafeCell] would change
// the text cell value of column col.
func (r *Reader) warnFormula(col column, value string) bool {
	if !formulaLike(value) {
		return false
	}
	p := r.problem(col.String(), &FormulaError{Column: col.String(), Value: clip(value)})
	p.Warning = true
	r.warnings = append(r.warnings, p)
	return true
}

// parseDate returns calendar.ParseAnyDate(s), reading the common date
// written YYYY-MM-DD itself, its eight digits at once, without a call for
// each number (BenchmarkRead; alone, over six dates of the benchmark's
// file, 29 ns against 63, at the least of 12 runs).
func parseDate(s string) (calendar.Date, error) {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y0, y1, y2, y3 := uint(s[0])-'0', uint(s[1])-'0', uint(s[2])-'0', uint(s[3])-'0'
		m0, m1, d0, d1 := uint(s[5])-'0', uint(s[6])-'0', uint(s[8])-'0', uint(s[9])-'0'
		if y0 <= 9 && y1 <= 9 && y2 <= 9 && y3 <= 9 && m0 <= 9 && m1 <= 9 && d0 <= 9 && d1 <= 9 {
			d := calendar.Date{Year: int(y0*1000 + y1*100 + y2*10 + y3), Month: time.Month(m0*10 + m1), Day: int(d0*10 + d1)}
			if d.IsValid() {
				return d, nil
			}
		}
	}
	return calendar.ParseAnyDate(s)
}

// dateMessage words the problem with a cell that is not a date (clipped).
// When the cell has the shape of an accepted form but names no real day, it
// gives the calendar's reason ("month must be 01 to 12"). A cell that is a
// date followed by a time, or a number such as a spreadsheet keeps a date
// as when its column is not formatted as dates, gets what to do about it.
func dateMessage(cell string, err error) string {
	var pe *calendar.ParseError
	if (isoShape(cell) || ukShape(cell)) && errors.As(err, &pe) {
		return fmt.Sprintf("%q is not a date: %s (accepted forms: YYYY-MM-DD, DD/MM/YYYY)", cell, pe.Reason)
	}
	const forms = "YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014"
	if withTime(cell) {
		return fmt.Sprintf("%q is a date with a time: write the date alone, %s", cell, forms)
	}
	if len(cell) == 5 && allDigits(cell) {
		return fmt.Sprintf("%q is not a date but a number, as a spreadsheet keeps a date in a column not formatted as dates: "+
			"format the column as dates (%s) before saving the file", cell, forms)
	}
	return fmt.Sprintf("%q is not a date in an accepted form: %s", cell, forms)
}

// withTime reports whether s looks like a date followed by a time:
// YYYY-MM-DD, then "T" or a space, or D/M/YYYY, then a space, and more.
func withTime(s string) bool {
	i := strings.IndexAny(s, "T ")
	if i < 0 || i == len(s)-1 {
		return false
	}
	return isoShape(s[:i]) || s[i] == ' ' && ukShape(s[:i])
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
			return 0, &CountError{Value: clip(s), Reason: "is negative" + want}
		}
		return 0, &CountError{Value: clip(s), Reason: "is not a whole number" + want}
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > maxCount {
			return 0, &CountError{Value: clip(s), Reason: fmt.Sprintf("is too large for a count of elements; the most is %d", maxCount)}
		}
	}
	return n, nil
}

// splitThemes splits a themes cell at semicolons, trims each piece and drops
// the empty ones. The themes are pieces of cell.
func splitThemes(cell string) []string {
	var out []string
	for rest, more := cell, true; more; {
		var t string
		t, rest, more = cutTheme(rest)
		if t == "" {
			continue
		}
		if out == nil {
			out = make([]string, 0, strings.Count(cell, ";")+1)
		}
		out = append(out, t)
	}
	return out
}

// mayBeginFormula reports whether s holds a byte with which a cell that
// formulaLike reports, once trimmed, may begin: a theme of the cell s can
// look like a formula only then, and most cells are told apart from those
// without cutting them into themes (BenchmarkRead).
func mayBeginFormula(s string) bool {
	// Eight bytes at a time, as split does (BenchmarkRead).
	const ones = 0x0101010101010101
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := word(s[i : i+8])
		if zeroBytes(w^('='*ones))|zeroBytes(w^('@'*ones))|zeroBytes(w^('+'*ones))|zeroBytes(w^('-'*ones)) != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case '=', '@', '+', '-': // not '\t' nor '\r', which trimming takes off
			return true
		}
	}
	return false
}

// cutTheme returns the first piece of a themes cell, up to its first
// semicolon, trimmed (empty for an empty piece), and the rest after the
// semicolon, and whether there was one. It looks for the semicolon with
// strings.IndexByte, not strings.SplitSeq, whose search for a separator of
// any length costs more than the short cell it searches, nor a loop over
// the bytes (BenchmarkRead).
func cutTheme(s string) (theme, rest string, more bool) {
	if i := strings.IndexByte(s, ';'); i >= 0 {
		return trim(s[:i]), s[i+1:], true
	}
	return trim(s), "", false
}

// utf16NoMark reports whether b, the first bytes of a file, look like
// UTF-16 text without a byte-order mark, as some programs save "Unicode
// text": ASCII characters each with a zero byte after them (little-endian)
// or before them (big-endian). No CSV header has a zero byte.
func utf16NoMark(b []byte) bool {
	if len(b) < 4 {
		return false
	}
	le := b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0
	be := b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0
	return le || be
}

// crLineBreaks reports whether b, the first bytes of a file, end their
// first line with a carriage return alone, as the "CSV (Macintosh)" of
// older spreadsheet programs does: the first line break in b outside
// quotes is a "\r" with a byte after it that is not "\n". A "\r" at the
// end of b is not enough to tell: its "\n" may be still to come.
func crLineBreaks(b []byte) bool {
	quoted := false
	for i, c := range b {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\n':
			return false
		case c == '\r':
			return i+1 < len(b) && b[i+1] != '\n'
		}
	}
	return false
}

// A crToLF reads a file whose lines end in "\r" alone as if they ended in
// "\n", so that the scanner, which takes a "\r" that ends no line as text,
// reads it line by line. A line break inside a quoted cell becomes "\n",
// as the scanner gives every line break inside quotes.
type crToLF struct{ r io.Reader }

func (c crToLF) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// separatorLine reports whether rec is a first line such as "sep=," or
// "sep=;", by which a spreadsheet program is told the separator of a file:
// a line before the header, and no part of it.
func separatorLine(rec []string) bool {
	line := strings.Join(rec, ",")
	return len(line) == 5 && strings.EqualFold(line[:4], "sep=")
}

// otherSeparator returns ';' or '\t' when header, the one field of a
// header row, is the names of columns separated by it (one of them at
// least a column of the case file), as a spreadsheet program saves "CSV"
// in a locale whose decimal mark is a comma, or "Text (Tab delimited)";
// otherwise 0.
func otherSeparator(header string) byte {
	for _, sep := range []byte{';', '\t'} {
		if strings.IndexByte(header, sep) < 0 {
			continue
		}
		for name := range strings.SplitSeq(header, string(sep)) {
			if _, ok := lookupColumn(strings.TrimSpace(name)); ok {
				return sep
			}
		}
	}
	return 0
}
