package casefile

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/problem"
)

// The typed errors behind the problems of a case file. Each has a Code (see
// package problem) and a Message for people; a [LineProblem] carries one as
// its Err.
//
// Every value an error holds from the file (a cell, a header name) has been
// cut by clip to its first 80 characters, so that a message stays short and
// a problem small whatever the file holds.

// maxQuoted is the most characters of a value from the file that a problem
// repeats.
const maxQuoted = 80

// clip returns a copy of s cut to its first maxQuoted characters, followed
// by "…" when there were more. A byte that is not UTF-8 counts as one
// character. It is the one place where a value from the file is made fit to
// be repeated in a problem: the copy shares no memory with s, so a problem
// never keeps a row of the file alive.
func clip(s string) string {
	n := 0
	for i := range s {
		if n == maxQuoted {
			return s[:i] + "…"
		}
		n++
	}
	return strings.Clone(s)
}

// A SyntaxError reports a row that is not well-formed CSV.
type SyntaxError struct {
	StartLine, Line, Column int   // as csv.ParseError gives them; Column is a byte in Line
	Err                     error // csv.ErrQuote, csv.ErrBareQuote or csv.ErrFieldCount
}

func (e *SyntaxError) Error() string { return "casefile: " + e.Message() }

// Code returns problem.MalformedCSV.
func (e *SyntaxError) Code() problem.Code { return problem.MalformedCSV }

// Message returns the error for people.
func (e *SyntaxError) Message() string {
	if e.Line != e.StartLine {
		return fmt.Sprintf("malformed CSV: %v (line %d, byte %d)", e.Err, e.Line, e.Column)
	}
	return fmt.Sprintf("malformed CSV: %v (byte %d of the line)", e.Err, e.Column)
}

// Unwrap returns Err.
func (e *SyntaxError) Unwrap() error { return e.Err }

func syntaxError(pe *csv.ParseError) *SyntaxError {
	return &SyntaxError{StartLine: pe.StartLine, Line: pe.Line, Column: pe.Column, Err: pe.Err}
}

// A SeparatorError reports a header whose column names are separated by
// semicolons or tabs, not commas: a file saved as "CSV" in a locale whose
// decimal mark is a comma, or as tab-separated text. The file is refused,
// not read with the other separator, since its cells may hold that
// separator unquoted.
type SeparatorError struct {
	Separator byte   // ';' or '\t'
	Header    string // the header row (clipped)
}

func (e *SeparatorError) Error() string { return "casefile: " + e.Message() }

// Code returns problem.MalformedCSV.
func (e *SeparatorError) Code() problem.Code { return problem.MalformedCSV }

// Message returns the error for people.
func (e *SeparatorError) Message() string {
	sep := "semicolons"
	if e.Separator == '\t' {
		sep = "tabs"
	}
	return fmt.Sprintf(`the columns of the header %q are separated by %s, not commas; save the file as comma-separated CSV ("CSV UTF-8 (Comma delimited)" in Excel)`, e.Header, sep)
}

// A NotCSVError reports a file that is not CSV text but a kind of file
// often given in its place, told from its first bytes: a spreadsheet
// workbook (.xlsx, .ods or .xls), a file compressed with gzip, or JSON.
// Read as CSV, such a file gave a header of garbage and lost every record.
type NotCSVError struct {
	Kind string // what the file is: "xlsx" (also .ods), "xls", "gzip" or "json"
}

func (e *NotCSVError) Error() string { return "casefile: " + e.Message() }

// Code returns problem.MalformedCSV.
func (e *NotCSVError) Code() problem.Code { return problem.MalformedCSV }

// Message returns the error for people.
func (e *NotCSVError) Message() string {
	for _, k := range notCSVKinds {
		if k.kind == e.Kind {
			return "the file is " + k.what + ", not CSV text: " + k.todo
		}
	}
	return "the file is not CSV text"
}

// saveAsCSV is what to do with a spreadsheet workbook.
const saveAsCSV = `save the sheet from the spreadsheet program as "CSV UTF-8 (Comma delimited)" and give that file`

// notCSVKinds are the kinds of file a NotCSVError names, each told by the
// bytes it begins with.
var notCSVKinds = []struct {
	kind, magic, what, todo string
}{
	{"xlsx", "PK\x03\x04", "a spreadsheet workbook (.xlsx or .ods, a zip archive)", saveAsCSV},
	{"xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an Excel 97-2003 workbook (.xls)", saveAsCSV},
	{"gzip", "\x1F\x8B", "compressed with gzip", "decompress it first (gunzip)"},
	{"json", "", "JSON", "a case file is comma-separated text whose first line names its columns (id,kind,received,...)"},
}

// notCSV returns the kind of file b, the first bytes of a file, shows it
// to be when it is one of notCSVKinds, or "". JSON is an object, or an
// array of objects or arrays, after any white space: a CSV header cannot
// begin so, since its first cell would hold a bare quote.
func notCSV(b []byte) string {
	for _, k := range notCSVKinds {
		if k.magic != "" && bytes.HasPrefix(b, []byte(k.magic)) {
			return k.kind
		}
	}
	t := bytes.TrimLeft(b, " \t\r\n")
	if len(t) >= 2 && (t[0] == '{' || t[0] == '[') {
		next := bytes.TrimLeft(t[1:], " \t\r\n")
		if len(next) > 0 && (t[0] == '{' && (next[0] == '"' || next[0] == '}') || t[0] == '[' && (next[0] == '{' || next[0] == '[')) {
			return "json"
		}
	}
	return ""
}

// An EncodingError reports text that is not UTF-8: a UTF-16 file, or a
// cell holding bytes that are not UTF-8, or that are not text: a control
// character.
type EncodingError struct {
	Value   string // the cell (clipped), or "" for the whole file
	UTF16   bool   // the file is UTF-16 text
	Column  string // the column of the cell, or ""
	Control string // the first control character of the cell, as "U+001B", when that is the fault
}

func (e *EncodingError) Error() string { return "casefile: " + e.Message() }

// Code returns problem.NotUTF8.
func (e *EncodingError) Code() problem.Code { return problem.NotUTF8 }

// Message returns the error for people.
func (e *EncodingError) Message() string {
	if e.UTF16 {
		return `the file is UTF-16 text; save it as UTF-8 ("CSV UTF-8" in Excel)`
	}
	if e.Control != "" {
		return fmt.Sprintf(`%q holds a control character (%s), which is not text: remove it`, e.Value, e.Control)
	}
	return fmt.Sprintf(`%q is not valid UTF-8 text; save the file as UTF-8 ("CSV UTF-8" in Excel)`, e.Value)
}

// An EmptyFileError reports a file with no header row.
type EmptyFileError struct{}

func (e *EmptyFileError) Error() string { return "casefile: " + e.Message() }

// Code returns problem.EmptyFile.
func (e *EmptyFileError) Code() problem.Code { return problem.EmptyFile }

// Message returns the error for people.
func (e *EmptyFileError) Message() string {
	return "the file is empty; want a header row naming the columns, at least id,kind,received"
}

// A ColumnError reports a problem with a column of the header: a column
// that is unknown (problem.UnknownColumn), unnamed (problem.UnnamedColumn),
// named twice (problem.DuplicateColumn) or missing (problem.MissingColumn).
type ColumnError struct {
	Kind    problem.Code
	Name    string // the column as the header names it (clipped), or should
	Fields  []int  // the 1-based fields of the header concerned
	Suggest string // for an unknown column, the known column probably meant, or ""
	// Ignored says that the Reader read the file without the column (an
	// unknown or unnamed column, with [Reader.Lenient]): the problem is a
	// warning.
	Ignored bool
	// More, when not 0, says that this problem stands for More fields of
	// the header that cannot be used as columns and are not listed one by
	// one (a header with more than maxColumnProblems of them).
	More int
}

func (e *ColumnError) Error() string { return "casefile: " + e.Message() }

// Code returns e.Kind.
func (e *ColumnError) Code() problem.Code { return e.Kind }

// Message returns the error for people.
func (e *ColumnError) Message() string {
	switch {
	case e.More > 0:
		return fmt.Sprintf("%d more fields of the header are unknown, unnamed or repeated columns; only the first %d are listed", e.More, maxColumnProblems)
	case e.Kind == problem.UnnamedColumn && e.Ignored:
		return fmt.Sprintf("field %d of the header is empty; the column is ignored", e.Fields[0])
	case e.Kind == problem.UnnamedColumn:
		return fmt.Sprintf("field %d of the header is empty; every column needs a name (the known columns are %s)", e.Fields[0], knownColumns)
	case e.Kind == problem.DuplicateColumn:
		return fmt.Sprintf("duplicate column: fields %d and %d of the header both name it", e.Fields[0], e.Fields[1])
	case e.Kind == problem.MissingColumn:
		return "required column missing from the header"
	}
	msg := "unknown column; "
	if e.Ignored {
		msg = "unknown column, ignored; "
	}
	if e.Suggest != "" {
		msg += "did you mean " + e.Suggest + "? "
	}
	return msg + "the known columns are " + knownColumns
}

// A FieldCountError reports a row with more or fewer fields than the
// header.
type FieldCountError struct {
	Got, Want int
	// Filled says that Got counts the fields of the row up to its last
	// non-empty one, and Want the columns the header names ([Reader.Lenient]
	// lets a row have more fields than the header when the extra ones are
	// empty).
	Filled bool
}

func (e *FieldCountError) Error() string { return "casefile: " + e.Message() }

// Code returns problem.WrongFieldCount.
func (e *FieldCountError) Code() problem.Code { return problem.WrongFieldCount }

// Message returns the error for people.
func (e *FieldCountError) Message() string {
	if e.Filled {
		return fmt.Sprintf("the row has a value in field %d but the header names only %d columns", e.Got, e.Want)
	}
	return fmt.Sprintf("the row has %d fields but the header has %d", e.Got, e.Want)
}

// A DuplicateIDError reports an id already used by an earlier record.
type DuplicateIDError struct {
	ID        string // clipped
	FirstLine int    // the line of the record that used it first
}

func (e *DuplicateIDError) Error() string { return "casefile: " + e.Message() }

// Code returns problem.DuplicateID.
func (e *DuplicateIDError) Code() problem.Code { return problem.DuplicateID }

// Message returns the error for people.
func (e *DuplicateIDError) Message() string {
	return fmt.Sprintf("duplicate id %q; it was first used on line %d", e.ID, e.FirstLine)
}

// A CountError reports a count of elements that is not a whole number
// written in digits, or is too large.
type CountError struct {
	Value  string // the cell (clipped)
	Reason string // e.g. "is negative"
}

func (e *CountError) Error() string { return "casefile: " + e.Message() }

// Code returns problem.NotACount.
func (e *CountError) Code() problem.Code { return problem.NotACount }

// Message returns the error for people.
func (e *CountError) Message() string { return strconv.Quote(e.Value) + " " + e.Reason }

// A LineTooLongError reports a row longer than the Reader's limit
// ([Reader.MaxLineBytes]): a line, or a record whose quoted cells hold line
// breaks, with more bytes than the limit. The row is skipped and the Reader
// goes on with the line after the one on which the limit was passed.
type LineTooLongError struct {
	StartLine int // the line on which the row starts
	Line      int // the line on which the limit was passed
	Limit     int // the limit, in bytes
}

func (e *LineTooLongError) Error() string { return "casefile: " + e.Message() }

// Code returns [problem.LineTooLong].
func (e *LineTooLongError) Code() problem.Code { return problem.LineTooLong }

// Message returns the error for people.
func (e *LineTooLongError) Message() string {
	if e.Line != e.StartLine {
		return fmt.Sprintf("the row is longer than %d bytes, the most a row may take (by line %d)", e.Limit, e.Line)
	}
	return fmt.Sprintf("the line is longer than %d bytes, the most a row may take", e.Limit)
}

// A FormulaError reports, as a warning, a text cell (an id, a theme) that
// begins with a character that makes a spreadsheet program read a cell as
// a formula (see [SafeCell]). The cell is read as it is; the warning says
// that a CSV file holding the value may run it when opened in a
// spreadsheet.
type FormulaError struct {
	Column string
	Value  string // the id, or the theme (clipped)
}

func (e *FormulaError) Error() string { return "casefile: " + e.Message() }

// Code returns problem.FormulaLikeValue.
func (e *FormulaError) Code() problem.Code { return problem.FormulaLikeValue }

// Message returns the warning for people.
func (e *FormulaError) Message() string {
	first, _ := utf8.DecodeRuneInString(e.Value)
	return fmt.Sprintf("%s begins with %s: a spreadsheet program opening a CSV file holding it may run it as a formula",
		strconv.Quote(e.Value), strconv.QuoteRune(first))
}

// A WriteError reports a case that Writer cannot write so that Reader reads
// it back as the same case. Err is the timescale error about the value
// (a *timescale.ValueError, ...) when there is one.
type WriteError struct {
	ID     string // the case's id (clipped)
	Column string
	Reason string
	Err    error
}

func (e *WriteError) Error() string {
	return fmt.Sprintf("casefile: cannot write case %q: %s: %s", e.ID, e.Column, e.Message())
}

// Code returns the code of Err, or problem.Unwritable.
func (e *WriteError) Code() problem.Code {
	if c := problem.CodeOf(e.Err); c != "" {
		return c
	}
	return problem.Unwritable
}

// Message returns the error for people.
func (e *WriteError) Message() string {
	if e.Err != nil {
		return problem.Message(e.Err)
	}
	return e.Reason
}

// Unwrap returns Err.
func (e *WriteError) Unwrap() error { return e.Err }
