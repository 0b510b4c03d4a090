package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/returns"
)

// The service's own codes, for what is wrong with an HTTP request rather
// than with the values the library is asked about. Their problem type is
// "about:blank": the HTTP status says what they mean.
const (
	codeNotFound         problem.Code = "not-found"
	codeMethodNotAllowed problem.Code = "method-not-allowed"
	codeBodyTooLarge     problem.Code = "body-too-large"
	codeMalformedJSON    problem.Code = "malformed-json"
	codeUnknownField     problem.Code = "unknown-field"
	codeUnknownParameter problem.Code = "unknown-parameter"
	codeInvalidParameter problem.Code = "invalid-parameter"
	codeUnreadableBody   problem.Code = "unreadable-body"
	codeInternal         problem.Code = "internal-error"
)

// problemTypeBase is where the codes of package problem are documented;
// the type of a problem with such a code is this address and the code as
// its fragment.
const problemTypeBase = "https://github.com/cymru-complaints/statutory/blob/main/docs/problems.md#"

// maxListed bounds the problems a response lists, so that a large case
// file of bad rows gets a bounded answer; problem_count then gives them
// all.
const maxListed = 1000

// A problemDoc is an RFC 9457 problem document with the service's
// extension members.
type problemDoc struct {
	Type   string       `json:"type"`
	Title  string       `json:"title"`
	Status int          `json:"status"`
	Detail string       `json:"detail"`
	Code   problem.Code `json:"code"`
	// Problems is a []problem.Problem for a request, a
	// []casefile.LineProblem for a case file, or nil.
	Problems     any `json:"problems,omitempty"`
	ProblemCount int `json:"problem_count,omitempty"`
	// Warnings are the warnings of a case file's good rows (at most
	// maxListed; WarningCount gives them all when there are more).
	Warnings     []casefile.LineProblem `json:"warnings,omitempty"`
	WarningCount int                    `json:"warning_count,omitempty"`
	Rows         json.RawMessage        `json:"rows,omitempty"`
	Report       *outcome.Report        `json:"report,omitempty"`
	Due          *due.List              `json:"due,omitempty"`
	Return       *returns.Return        `json:"return,omitempty"`
}

// An apiError is a failed request, as a handler returns it: the status,
// the code and what the problem document says.
type apiError struct {
	status int
	code   problem.Code
	detail string // in English
	// first is the problem the detail tells of, so that it can be told in
	// another language; firstLine is set when it is a line of a case file.
	first     problem.Problem
	firstLine int
	// At most one of fields and lines is set.
	fields []problem.Problem
	lines  []casefile.LineProblem
	count  int // all the lines' problems, when more than are listed
	// warnings are the warnings of the good rows of a case file, of which
	// warningCount were found in all.
	warnings     []casefile.LineProblem
	warningCount int
	rows         json.RawMessage
	report       *outcome.Report
	due          *due.List
	ret          *returns.Return
}

func (e *apiError) Error() string { return e.detail }

// doc returns the problem document of e, its messages for people in the
// language t (lang.Message); the title stays in English.
func (e *apiError) doc(t lang.Tag) problemDoc {
	d := problemDoc{Status: e.status, Detail: e.detail, Code: e.code, Rows: e.rows, Report: e.report, Due: e.due, Return: e.ret}
	if info, ok := problem.Lookup(e.code); ok {
		d.Type, d.Title = problemTypeBase+string(e.code), info.Meaning
	} else {
		d.Type, d.Title = "about:blank", http.StatusText(e.status)
	}
	translated := t != lang.English && t != ""
	if translated && e.first.Message != "" {
		d.Detail = e.detailIn(t)
	}
	switch {
	case e.fields != nil:
		d.Problems = e.fields
		if translated {
			d.Problems = translateFields(t, e.fields)
		}
	case e.lines != nil:
		d.Problems = translateLines(t, e.lines)
		if e.count > len(e.lines) {
			d.ProblemCount = e.count
		}
	}
	d.Warnings = translateLines(t, e.warnings)
	if e.warningCount > len(e.warnings) {
		d.WarningCount = e.warningCount
	}
	return d
}

// detailIn returns the detail of e in the language t.
func (e *apiError) detailIn(t lang.Tag) string {
	p := e.first
	p.Message = lang.Message(t, p)
	var first string
	if e.firstLine > 0 {
		first = "line " + casefile.AtLine("", e.firstLine, p).String()
	} else {
		first = p.String()
	}
	if n := e.problemCount(); n > 1 {
		prefix := strconv.Itoa(n) + " problems; the first:"
		if e.firstLine > 0 {
			prefix = strconv.Itoa(n) + " problems in the case file; the first:"
		}
		return untranslated(t, prefix) + " " + first
	}
	return first
}

// problemCount returns the number of problems e tells of.
func (e *apiError) problemCount() int {
	if e.lines != nil {
		return e.count
	}
	return max(len(e.fields), 1)
}

// translateFields returns ps with their messages in t.
func translateFields(t lang.Tag, ps []problem.Problem) []problem.Problem {
	out := make([]problem.Problem, len(ps))
	for i, p := range ps {
		out[i] = p
		out[i].Message = lang.Message(t, p)
	}
	return out
}

// translateLines returns ps with their messages in t; ps itself in
// English.
func translateLines(t lang.Tag, ps []casefile.LineProblem) []casefile.LineProblem {
	if t == lang.English || t == "" || ps == nil {
		return ps
	}
	out := make([]casefile.LineProblem, len(ps))
	for i, p := range ps {
		out[i] = p.In(t)
	}
	return out
}

// fail returns an *apiError with one problem made from err, a typed error
// of the library (its code, and its message for people), about a field of
// the request (a query parameter or a member of the JSON body), or about
// the request as a whole when field is "". Only a problem with a field is
// listed in problems.
func fail(status int, field string, err error) *apiError {
	p := problem.New(field, err)
	e := &apiError{status: status, code: p.Code, detail: p.String(), first: p}
	if field != "" {
		e.fields = []problem.Problem{p}
	}
	return e
}

// failf returns an *apiError with one problem of a service code about a
// field of the request, or about the request as a whole when field is "".
func failf(status int, code problem.Code, field, message string) *apiError {
	p := problem.Problem{Code: code, Field: field, Message: message}
	e := &apiError{status: status, code: code, detail: p.String(), first: p}
	if field != "" {
		e.fields = []problem.Problem{p}
	}
	return e
}

// fieldProblems returns an *apiError listing ps, problems with the fields
// of a request (at least one).
func fieldProblems(status int, ps []problem.Problem) *apiError {
	e := &apiError{status: status, code: ps[0].Code, detail: ps[0].String(), first: ps[0], fields: ps}
	if len(ps) > 1 {
		e.detail = strconv.Itoa(len(ps)) + " problems; the first: " + e.detail
	}
	return e
}

// lineProblems returns an *apiError listing ps, the problems of a case
// file (at least one), of which count were found in all.
func lineProblems(status int, ps []casefile.LineProblem, count int) *apiError {
	first := "line " + ps[0].String()
	e := &apiError{status: status, code: ps[0].Code, detail: first, lines: ps, count: count,
		first: ps[0].Problem(), firstLine: ps[0].Line}
	if count > 1 {
		e.detail = strconv.Itoa(count) + " problems in the case file; the first: " + first
	}
	return e
}

// bodyError returns the *apiError for err, an error reading a request's
// body: 413 when the body is over the limit, 400 otherwise.
func bodyError(err error, limit int64) *apiError {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return failf(http.StatusRequestEntityTooLarge, codeBodyTooLarge, "",
			"the body is larger than the limit of "+strconv.FormatInt(limit, 10)+" bytes")
	}
	return failf(http.StatusBadRequest, codeUnreadableBody, "", "the body cannot be read: "+err.Error())
}

// bodyLines returns ps, problems of a request's body listed by an
// assess.Summary, without the name the pass gave the body, which has none,
// and without their typed errors, which are not kept past the request;
// nil when there are none.
func bodyLines(ps []casefile.LineProblem) []casefile.LineProblem {
	if len(ps) == 0 {
		return nil
	}
	out := make([]casefile.LineProblem, len(ps))
	for i, p := range ps {
		p.File, p.Err = "", nil
		out[i] = p
	}
	return out
}

// problemsOf returns the 422 *apiError of the problems of sum, or nil when
// there are none.
func problemsOf(sum *assess.Summary) *apiError {
	if sum.ProblemCount == 0 {
		return nil
	}
	return lineProblems(http.StatusUnprocessableEntity, bodyLines(sum.Problems), sum.ProblemCount)
}

// untranslated returns english, a sentence no source gives in Welsh, as
// output in t writes it: marked as untranslated in Welsh (lang.Mark).
func untranslated(t lang.Tag, english string) string {
	if t == lang.Welsh {
		return lang.Mark(english)
	}
	return english
}
