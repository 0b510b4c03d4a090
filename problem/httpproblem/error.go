package httpproblem

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// An Error is a request refused, as a handler returns it: its problem
// document in English, and what [Error.In] needs to tell it in another
// language. A service may set the fields of the document (the answer of
// the good rows beside the problems, [Document.ListWarnings]) before it
// writes it.
type Error struct {
	// Document is the problem document in English.
	Document

	// about is the problem the detail tells of, and aboutLine its line in
	// a case file, or 0; about is zero when the detail is the service's
	// own (New), told in English in every language.
	about     problem.Problem
	aboutLine int
	err       error // the error made into a problem (FromError), or nil
}

// Error returns the detail of the document, in English.
func (e *Error) Error() string { return e.Detail }

// Unwrap returns the error e was made from by [FromError], or nil.
func (e *Error) Unwrap() error { return e.err }

// New returns the *Error of a document of code with the given status and
// detail, which lists no problem. Its detail is the same in every
// language: New suits a problem of the service's own, such as a failure of
// the service ("internal error; it has been logged").
func New(status int, code problem.Code, detail string) *Error {
	return &Error{Document: Document{Type: typeOf(code), Title: titleOf(code, status), Status: status, Detail: detail, Code: code}}
}

// FromProblem returns the *Error of one problem p with the given status.
// A problem with a field is listed in Problems; one about the request as a
// whole is told by the detail alone. p's Err is not kept. FromProblem
// suits a code of the service's own, about a request rather than about
// the values the library is asked about ("unknown-parameter"), and a
// problem of the library answered with a status of the service's choice.
func FromProblem(status int, p problem.Problem) *Error {
	p.Err = nil
	e := New(status, p.Code, "")
	e.about = p
	if p.Field != "" {
		e.Problems = []problem.Problem{p}
	}
	e.Detail = e.detailIn(lang.English)
	return e
}

// FromFields returns the *Error listing ps, the problems with the fields
// of a request, in their order, of which there is at least one. Its
// status is the lowest [StatusOf] of their codes, so that a value missing
// or that cannot be read (400) is told before a value that cannot be
// answered (422); its code is that of the first problem. The Err of the
// problems is not kept.
func FromFields(ps []problem.Problem) *Error {
	if len(ps) == 0 {
		panic("httpproblem: FromFields of no problem")
	}
	status := StatusOf(ps[0].Code)
	listed := make([]problem.Problem, len(ps))
	for i, p := range ps {
		status = min(status, StatusOf(p.Code))
		p.Err = nil
		listed[i] = p
	}
	e := FromProblem(status, listed[0])
	e.Problems = listed
	e.Detail = e.detailIn(lang.English)
	return e
}

// FromLines returns the 422 *Error of the problems ps at the lines of a
// case file in a request's body, of which count were found in all and at
// least one is listed; it lists at most MaxListed ([Document.ListLines]).
// Its code is that of the first problem. The detail tells of the first
// problem with its line, "line 3: received: ...", so File is best left
// empty: the file is the body.
func FromLines(ps []casefile.LineProblem, count int) *Error {
	if len(ps) == 0 {
		panic("httpproblem: FromLines of no problem")
	}
	p := ps[0].Problem()
	p.Err = nil
	e := New(http.StatusUnprocessableEntity, p.Code, "")
	e.about, e.aboutLine = p, ps[0].Line
	e.ListLines(ps, count)
	e.Detail = e.detailIn(lang.English)
	return e
}

// FromError returns the *Error of err, a typed error of this module's
// library about the values of a request (a query parameter, a member of a
// JSON body): for a *timescale.ValidationError, the Error of [FromFields]
// listing its problems by their fields; for any other error with a code
// ([problem.CodeOf]), the Error of [FromProblem] of one problem about
// field (the whole request when field is ""), with the status StatusOf its
// code. An *Error is returned as it is, and so is an error without a code:
// a bug or a failure of I/O rather than a problem of the request, which a
// service answers with 500 Internal Server Error.
func FromError(field string, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	var ve *timescale.ValidationError
	if errors.As(err, &ve) && len(ve.Problems) > 0 {
		e = FromFields(ve.Problems)
	} else if c := problem.CodeOf(err); c != "" {
		e = FromProblem(StatusOf(c), problem.New(field, err))
	} else {
		return err
	}
	e.err = err
	return e
}

// In returns the document of e in the language t. In English (or the zero
// Tag) it is e.Document. Otherwise the messages of the problems and
// warnings listed are as [lang.Message] gives them (as
// [casefile.LineProblem.In] does for a line), and so is the detail, but
// for the detail of [New], which is kept as it is; the words the detail
// adds ("3 problems; the first:") have no Welsh source and are marked as
// untranslated in Welsh ([lang.Mark]). The title stays in English.
func (e *Error) In(t lang.Tag) Document {
	d := e.Document
	if t == lang.English || t == "" {
		return d
	}
	if e.about.Message != "" {
		d.Detail = e.detailIn(t)
	}
	if d.Problems != nil {
		d.Problems = make([]problem.Problem, len(e.Problems))
		for i, p := range e.Problems {
			d.Problems[i] = p
			d.Problems[i].Message = lang.Message(t, p)
		}
	}
	d.Lines = linesIn(t, e.Lines)
	d.Warnings = linesIn(t, e.Warnings)
	return d
}

// linesIn returns ps with their messages in t.
func linesIn(t lang.Tag, ps []casefile.LineProblem) []casefile.LineProblem {
	if ps == nil {
		return nil
	}
	out := make([]casefile.LineProblem, len(ps))
	for i, p := range ps {
		out[i] = p.In(t)
	}
	return out
}

// detailIn returns the detail of e in t: the problem it tells of, with
// its line in a case file, after the number of problems when there are
// more than one.
func (e *Error) detailIn(t lang.Tag) string {
	p := e.about
	p.Message = lang.Message(t, p)
	var first string
	if e.aboutLine > 0 {
		first = "line " + casefile.AtLine("", e.aboutLine, p).String()
	} else {
		first = p.String()
	}
	n := max(len(e.Problems), 1)
	prefix := " problems; the first:"
	if e.Lines != nil {
		n = max(e.ProblemCount, len(e.Lines))
		prefix = " problems in the case file; the first:"
	}
	if n > 1 {
		return untranslated(t, strconv.Itoa(n)+prefix) + " " + first
	}
	return first
}

// untranslated returns english, words no source gives in Welsh, as output
// in t writes them: marked as untranslated in Welsh.
func untranslated(t lang.Tag, english string) string {
	if t == lang.Welsh {
		return lang.Mark(english)
	}
	return english
}

// typeOf returns the type of a document of code c.
func typeOf(c problem.Code) string {
	if _, ok := problem.Lookup(c); ok {
		return TypeBase + string(c)
	}
	return "about:blank"
}

// titleOf returns the title of a document of code c and status.
func titleOf(c problem.Code, status int) string {
	if info, ok := problem.Lookup(c); ok {
		return info.Meaning
	}
	return http.StatusText(status)
}
