package casefile

import (
	"strconv"
	"strings"
)

// A Problem is one thing wrong with a case file: a bad cell, a bad row or a
// bad header, at a line of a file.
type Problem struct {
	File    string // the name given to NewReader or ReadAll
	Line    int    // 1-based physical line on which the record starts; the header is normally line 1
	Column  string // the column's name as the specification writes it, or "" for a problem with a whole row
	Message string // what is wrong, naming the value found and what is accepted
}

// String returns the problem in the form "FILE:LINE: column: message", the
// form the reference CLI prints on standard error. When Column is empty it
// returns "FILE:LINE: message"; when File is empty, the "FILE:" part is left
// out.
func (p Problem) String() string {
	var b strings.Builder
	b.Grow(len(p.File) + len(p.Column) + len(p.Message) + 16)
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
	b.WriteString(p.Message)
	return b.String()
}

// A RecordError reports a record (a row of the case file after the header)
// that cannot be read as a case. It holds every problem found in the row,
// in the order of the row's cells, not just the first.
//
// A RecordError is not fatal: Reader.Read skips the bad row, and the next
// call reads the row after it.
type RecordError struct {
	Problems []Problem
}

// Error returns the problems, one per line, each in the form of
// Problem.String.
func (e *RecordError) Error() string { return joinProblems(e.Problems) }

// A HeaderError reports a header row that cannot be used: an unknown,
// unnamed or duplicated column, a required column missing, no header at all,
// or a file that is not UTF-8 CSV. It holds every problem found in the
// header.
//
// A HeaderError is fatal: no record of the file can be read, and every call
// of Reader.Read returns the same error.
type HeaderError struct {
	Problems []Problem
}

// Error returns the problems, one per line, each in the form of
// Problem.String.
func (e *HeaderError) Error() string { return joinProblems(e.Problems) }

func joinProblems(ps []Problem) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}
