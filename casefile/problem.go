package casefile

import (
	"strconv"
	"strings"

	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
)

// A [LineProblem] is one thing wrong with a case file: a bad cell, a bad row
// or a bad header, at a line of the file. A warning (Warning true) is a
// problem that did not keep anything from being read: an unknown column
// ignored ([Reader.Lenient]), a cell that looks like a formula.
type LineProblem struct {
	File string `json:"file,omitempty"` // the name given to NewReader or ReadAll
	Line int    `json:"line"`           // 1-based physical line on which the record starts; the header is normally line 1
	// Column is the column's name (a field of [timescale.Fields], or the name
	// the header gives), or "" for a problem with a whole row.
	Column  string       `json:"column,omitempty"`
	Code    problem.Code `json:"code"`
	Message string       `json:"message"` // what is wrong, naming the value found and what is accepted
	Warning bool         `json:"warning,omitempty"`
	Err     error        `json:"-"` // the typed error behind the problem (nil once decoded from JSON)
}

// AtLine returns p, a problem with a field of a case, as a problem at line
// of file: the field is the column.
func AtLine(file string, line int, p problem.Problem) LineProblem {
	return LineProblem{File: file, Line: line, Column: p.Field, Code: p.Code, Message: p.Message, Err: p.Err}
}

// Problem returns p as a problem with a field of a case, the column being
// the field: the inverse of [AtLine].
func (p LineProblem) Problem() problem.Problem {
	return problem.Problem{Field: p.Column, Code: p.Code, Message: p.Message, Err: p.Err}
}

// In returns p with its message in the language t, as [lang.Message] gives
// it: in Welsh, the Welsh of its code where a source gives it, then the
// English message (which names the value at fault) marked as untranslated;
// in Welsh and English, the Welsh, " / " and the English; in English (or
// the zero Tag), p as it is. Every other field is kept.
func (p LineProblem) In(t lang.Tag) LineProblem {
	p.Message = lang.Message(t, p.Problem())
	return p
}

// String returns the problem in the form "FILE:LINE: column: message", the
// form the reference CLI prints on standard error, or for a warning
// "FILE:LINE: column: warning: message". When Column is empty the
// "column: " part is left out; when File is empty, the "FILE:" part.
func (p LineProblem) String() string {
	var b strings.Builder
	b.Grow(len(p.File) + len(p.Column) + len(p.Message) + 25)
	if p.File != "" {
		b.WriteString(p.File)
		b.WriteByte(':')
	}
	b.WriteString(strconv.Itoa(p.Line))
	b.WriteString(": ")
	if p.Column != "" {
		b.WriteString(p.Column)
		b.WriteString(": ")
	}
	if p.Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// A RecordError reports a record (a row of the case file after the header)
// that cannot be read as a case. It holds every problem found in the row,
// in the order of the row's cells, not just the first.
//
// A RecordError is not fatal: [Reader.Read] skips the bad row, and the next
// call reads the row after it.
type RecordError struct {
	Problems []LineProblem
}

// Error returns the problems, one per line, each in the form of
// [LineProblem.String].
func (e *RecordError) Error() string { return joinProblems(e.Problems) }

// Code returns the code of the first problem.
func (e *RecordError) Code() problem.Code { return firstCode(e.Problems) }

// Unwrap returns the typed errors of the problems.
func (e *RecordError) Unwrap() []error { return problemErrors(e.Problems) }

// A HeaderError reports a header row that cannot be used: an unknown,
// unnamed or duplicated column, a required column missing, no header at all,
// a header longer than the Reader's limit, or a file that is not UTF-8 CSV.
// It holds every problem found in the header, its warnings included (with
// [Reader.Lenient], an unknown column ignored is a warning, but it may explain
// a required column missing).
//
// A HeaderError is fatal: no record of the file can be read, and every call
// of [Reader.Read] returns the same error.
type HeaderError struct {
	Problems []LineProblem
}

// Error returns the problems, one per line, each in the form of
// [LineProblem.String].
func (e *HeaderError) Error() string { return joinProblems(e.Problems) }

// Code returns the code of the first problem that is not a warning.
func (e *HeaderError) Code() problem.Code { return firstCode(e.Problems) }

// Unwrap returns the typed errors of the problems.
func (e *HeaderError) Unwrap() []error { return problemErrors(e.Problems) }

func joinProblems(ps []LineProblem) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// firstCode returns the code of the first problem of ps that is not a
// warning, or "".
func firstCode(ps []LineProblem) problem.Code {
	for _, p := range ps {
		if !p.Warning {
			return p.Code
		}
	}
	return ""
}

func problemErrors(ps []LineProblem) []error {
	errs := make([]error, 0, len(ps))
	for _, p := range ps {
		if p.Err != nil {
			errs = append(errs, p.Err)
		}
	}
	return errs
}
