package httpproblem

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/returns"
)

// MediaType is the media type of a problem document, the Content-Type
// [Document.Write] sets.
const MediaType = "application/problem+json"

// TypeBase is where the codes of package problem are documented: the type
// of a problem document whose code is one of them is TypeBase followed by
// the code, the anchor of its row in the table of codes.
const TypeBase = "https://github.com/cymru-complaints/statutory/blob/main/docs/problems.md#"

// MaxListed is the most problems, and the most warnings, a document lists
// ([FromLines], [Document.ListLines], [Document.ListWarnings]), so that a
// case file of bad rows gets a bounded answer; ProblemCount and
// WarningCount then count them all. A service passes it as
// assess.Summary.MaxListed so that the pass over the file keeps no more.
const MaxListed = 1000

// A Document is an RFC 9457 problem document with the module's extension
// members. Its JSON form is the answer: the members in the order of the
// fields, each left out when it is empty but for type, title, status,
// detail and code. It marshals to JSON and back unchanged.
type Document struct {
	// Type is a URI naming the kind of problem: TypeBase and the code for
	// a code of package problem, "about:blank" for any other.
	Type string `json:"type"`
	// Title is the meaning of the code in the table of package problem
	// (problem.Lookup), or the text of the status for any other code. It
	// is in English whatever the language of the document.
	Title  string `json:"title"`
	Status int    `json:"status"`
	// Detail tells of the first problem for people; when more than one is
	// found, it gives their number first.
	Detail string `json:"detail"`
	// Code is the code of the first problem: a client branches on it.
	Code problem.Code `json:"code"`

	// Problems lists the problems with the fields of the request (a query
	// parameter, a member of a JSON body), and Lines the problems at the
	// lines of a case file in a request's body, in file order. At most one
	// of them is set; either is the member "problems", and a document read
	// from JSON sets Lines when its problems have lines. Their Err is nil:
	// a document holds no typed errors.
	Problems []problem.Problem      `json:"-"`
	Lines    []casefile.LineProblem `json:"-"`
	// ProblemCount, when not 0, counts every problem of the case file:
	// more than Lines lists.
	ProblemCount int `json:"problem_count,omitempty"`
	// Warnings are the warnings of the case file's rows, in file order;
	// WarningCount, when not 0, counts them all, more than are listed.
	Warnings     []casefile.LineProblem `json:"warnings,omitempty"`
	WarningCount int                    `json:"warning_count,omitempty"`

	// The answer the good rows of a case file make, beside their problems
	// when a client asks for it: at most one is set. Rows is the JSON of
	// the rows, as an assess.Writer of format assess.JSON writes it
	// (compact JSON marshals and reads back unchanged).
	Rows   json.RawMessage `json:"rows,omitempty"`
	Report *outcome.Report `json:"report,omitempty"`
	Due    *due.List       `json:"due,omitempty"`
	Return *returns.Return `json:"return,omitempty"`
}

// document is the JSON form of a Document, with its problems as one
// member.
type document struct {
	Type         string                 `json:"type"`
	Title        string                 `json:"title"`
	Status       int                    `json:"status"`
	Detail       string                 `json:"detail"`
	Code         problem.Code           `json:"code"`
	Problems     any                    `json:"problems,omitempty"`
	ProblemCount int                    `json:"problem_count,omitempty"`
	Warnings     []casefile.LineProblem `json:"warnings,omitempty"`
	WarningCount int                    `json:"warning_count,omitempty"`
	Rows         json.RawMessage        `json:"rows,omitempty"`
	Report       *outcome.Report        `json:"report,omitempty"`
	Due          *due.List              `json:"due,omitempty"`
	Return       *returns.Return        `json:"return,omitempty"`
}

// MarshalJSON implements [json.Marshaler]: Problems or Lines is the member
// "problems".
func (d Document) MarshalJSON() ([]byte, error) {
	v := document{Type: d.Type, Title: d.Title, Status: d.Status, Detail: d.Detail, Code: d.Code,
		ProblemCount: d.ProblemCount, Warnings: d.Warnings, WarningCount: d.WarningCount,
		Rows: d.Rows, Report: d.Report, Due: d.Due, Return: d.Return}
	switch {
	case len(d.Lines) > 0:
		v.Problems = d.Lines
	case len(d.Problems) > 0:
		v.Problems = d.Problems
	}
	return json.Marshal(v)
}

// UnmarshalJSON implements [json.Unmarshaler]: the member "problems" is
// read into Lines when its problems have lines, and into Problems
// otherwise.
func (d *Document) UnmarshalJSON(b []byte) error {
	var ps json.RawMessage
	v := document{Problems: &ps}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*d = Document{Type: v.Type, Title: v.Title, Status: v.Status, Detail: v.Detail, Code: v.Code,
		ProblemCount: v.ProblemCount, Warnings: v.Warnings, WarningCount: v.WarningCount,
		Rows: v.Rows, Report: v.Report, Due: v.Due, Return: v.Return}
	if len(ps) == 0 || bytes.Equal(ps, []byte("null")) {
		return nil
	}
	var lines []struct {
		Line *int `json:"line"`
	}
	if err := json.Unmarshal(ps, &lines); err != nil {
		return err
	}
	for _, l := range lines {
		if l.Line != nil {
			return json.Unmarshal(ps, &d.Lines)
		}
	}
	return json.Unmarshal(ps, &d.Problems)
}

// ListLines sets Lines to ps, the problems at the lines of a case file,
// of which count were found in all: at most MaxListed of them, their Err
// left out, and ProblemCount to count when that is more than are listed.
func (d *Document) ListLines(ps []casefile.LineProblem, count int) {
	d.Lines = listed(ps)
	d.ProblemCount = countOver(count, d.Lines)
}

// ListWarnings sets Warnings to ws, the warnings of the rows of a case
// file, of which count were found in all: at most MaxListed of them, their
// Err left out, and WarningCount to count when that is more than are
// listed.
func (d *Document) ListWarnings(ws []casefile.LineProblem, count int) {
	d.Warnings = listed(ws)
	d.WarningCount = countOver(count, d.Warnings)
}

// listed returns a copy of the first MaxListed problems of ps without
// their typed errors, or nil when ps is empty.
func listed(ps []casefile.LineProblem) []casefile.LineProblem {
	if len(ps) == 0 {
		return nil
	}
	out := make([]casefile.LineProblem, min(len(ps), MaxListed))
	for i := range out {
		out[i] = ps[i]
		out[i].Err = nil
	}
	return out
}

// countOver returns count when it is more than the problems of l, and 0
// otherwise.
func countOver(count int, l []casefile.LineProblem) int {
	if count > len(l) {
		return count
	}
	return 0
}

// Write writes d to w as the answer to a request: the status d.Status,
// the Content-Type MediaType, the Content-Length and the JSON form of d,
// indented by two spaces, with a final newline. It encodes d before it
// writes anything: the error it returns is that of a document that cannot
// be encoded (Rows that are not JSON), and then nothing is written, so
// that the caller can still answer. An error writing the answer means the
// client has gone: there is no one to tell, and it is not returned.
func (d Document) Write(w http.ResponseWriter) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	h := w.Header()
	h.Set("Content-Type", MediaType)
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(d.Status)
	w.Write(b)
	return nil
}
