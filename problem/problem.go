// Package problem names the problems the packages of this module report,
// with codes that do not change between releases.
//
// Every error this module returns about its input is typed (a
// *calendar.RangeError, a *timescale.OrderError, a *casefile.SyntaxError,
// ...) and has a Code method; [CodeOf] finds the code of any error in a
// chain. A [Problem] is one such error as plain data: the code, the field or
// column at fault and a message for people. The codes, not the messages, are
// the contract: an API client branches on them and a translation keys its
// messages by them. [Codes] lists every code with its meaning; the table is
// printed in docs/problems.md.
//
// Messages name the value at fault and say what is accepted, in words that
// assume no file format: they suit a form, a JSON request and a CSV file
// alike.
package problem

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// A Code identifies a kind of problem. Codes are lower-case words joined by
// hyphens, such as "date-out-of-range"; a code, once released, keeps its
// meaning.
type Code string

// A Coder is an error that knows its code. Every typed error of this module
// is a Coder.
type Coder interface {
	error
	Code() Code
}

// CodeOf returns the code of the first error in err's chain (as
// [errors.As] walks it) that is a [Coder], or "" when there is none.
func CodeOf(err error) Code {
	var c Coder
	if errors.As(err, &c) {
		return c.Code()
	}
	return ""
}

// A Problem is one thing wrong with an input, as plain data.
//
// Err is the typed error the problem was made from, for errors.As; it is
// not part of the JSON form, so a Problem decoded from JSON has a nil Err.
type Problem struct {
	// Code says what kind of problem it is; see Codes.
	Code Code `json:"code"`
	// Field names the input at fault: a field of a case (also its case-file
	// column and JSON key, e.g. "stage2_response"), a parameter ("as_of"),
	// or "" for a problem with a whole input.
	Field string `json:"field,omitempty"`
	// Message says, for people, what is wrong and what to do.
	Message string `json:"message"`
	Err     error  `json:"-"`
}

// New returns the problem of err about field: its code (CodeOf), the field
// and err's message.
func New(field string, err error) Problem {
	return Problem{Code: CodeOf(err), Field: field, Message: Message(err), Err: err}
}

// A Messager is an error whose message for people differs from its Error
// text (which, by Go's convention, starts with the name of its package).
type Messager interface {
	Message() string
}

// Message returns the message of err for people: the Message of the first
// [Messager] in err's chain, or else err.Error().
func Message(err error) string {
	var m Messager
	if errors.As(err, &m) {
		return m.Message()
	}
	return err.Error()
}

// String returns "field: message", or the message alone when Field is
// empty.
func (p Problem) String() string {
	if p.Field == "" {
		return p.Message
	}
	return p.Field + ": " + p.Message
}

// MaxQuoted is the most characters of a value at fault that [Quote]
// repeats in a message.
const MaxQuoted = 80

// Quote returns s quoted as a Go string literal, as [strconv.Quote] does,
// for a message that names a value at fault: a value of more than
// [MaxQuoted] characters is cut to its first MaxQuoted and "…", so that a
// message stays short whatever the length of the value it names. A byte
// that is not UTF-8 counts as one character. A value already cut so, as
// package casefile cuts a cell, is quoted as it is.
func Quote(s string) string {
	if utf8.RuneCountInString(s) > MaxQuoted {
		n := 0
		for i := range s {
			if n == MaxQuoted {
				s = s[:i] + "…"
				break
			}
			n++
		}
	}
	return strconv.Quote(s)
}
