package main

import (
	"errors"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
)

// The service's own codes, for what is wrong with an HTTP request rather
// than with the values the library is asked about. Their problem type is
// "about:blank": the HTTP status says what they mean.
const (
	codeNotFound         problem.Code = "not-found"
	codeMethodNotAllowed problem.Code = "method-not-allowed"
	codeBodyTooLarge     problem.Code = "body-too-large"
	codeUnknownParameter problem.Code = "unknown-parameter"
	codeInvalidParameter problem.Code = "invalid-parameter"
	codeUnreadableBody   problem.Code = "unreadable-body"
	// codeUnsupportedEncoding is a body of a Content-Encoding other than
	// gzip (415).
	codeUnsupportedEncoding problem.Code = "unsupported-content-encoding"
	// codeRequestTimeout is a body that had not all arrived when the
	// server's time for reading the request ran out (408).
	codeRequestTimeout problem.Code = "request-timeout"
	codeInternal       problem.Code = "internal-error"
)

// maxListed bounds the problems and warnings a pass over a case file
// keeps (assess.Summary.MaxListed), as many as a problem document lists.
const maxListed = httpproblem.MaxListed

// failf returns the *httpproblem.Error of one problem of a service code
// about a field of the request, or about the request as a whole when field
// is "".
func failf(status int, code problem.Code, field, message string) *httpproblem.Error {
	return httpproblem.FromProblem(status, problem.Problem{Code: code, Field: field, Message: message})
}

// internalError returns the answer to a bug: the log has the cause.
func internalError() *httpproblem.Error {
	return httpproblem.New(http.StatusInternalServerError, codeInternal, "internal error; it has been logged")
}

// ofTransport reports whether err, an error reading a request's body, is
// the body running over the limit or out of time rather than data that
// cannot be read.
func ofTransport(err error) bool {
	var (
		mbe *http.MaxBytesError
		ne  net.Error
	)
	return errors.As(err, &mbe) || errors.As(err, &ne) && ne.Timeout()
}

// bodyError returns the *httpproblem.Error for err, an error reading a
// request's body: 413 when the body is over the limit, 408 when it had not
// all arrived when the server's time for reading the request ran out, 400
// otherwise.
func (s *server) bodyError(err error) *httpproblem.Error {
	var (
		mbe *http.MaxBytesError
		ne  net.Error
	)
	switch {
	case errors.As(err, &mbe):
		return failf(http.StatusRequestEntityTooLarge, codeBodyTooLarge, "",
			"the body is larger than the limit of "+strconv.FormatInt(s.maxBody, 10)+" bytes")
	case errors.As(err, &ne) && ne.Timeout():
		return failf(http.StatusRequestTimeout, codeRequestTimeout, "",
			"the body had not all arrived "+spoken(s.readTimeout)+" after the request began: send it again over a faster link, or compressed with gzip")
	}
	return failf(http.StatusBadRequest, codeUnreadableBody, "", "the body cannot be read: "+err.Error())
}

// bodyLines returns ps, problems of a request's body listed by an
// assess.Summary, without the name the pass gave the body, which has none;
// nil when there are none.
func bodyLines(ps []casefile.LineProblem) []casefile.LineProblem {
	if len(ps) == 0 {
		return nil
	}
	out := make([]casefile.LineProblem, len(ps))
	for i, p := range ps {
		p.File = ""
		out[i] = p
	}
	return out
}

// problemsOf returns the 422 *httpproblem.Error of the problems of sum,
// or nil when there are none.
func problemsOf(sum *assess.Summary) *httpproblem.Error {
	if sum.ProblemCount == 0 {
		return nil
	}
	return httpproblem.FromLines(bodyLines(sum.Problems), sum.ProblemCount)
}

// spoken returns d as people write it: "2 minutes", "10 seconds", or as
// time.Duration writes a time that is not a whole number of either.
func spoken(d time.Duration) string {
	switch {
	case d == time.Minute:
		return "1 minute"
	case d%time.Minute == 0:
		return strconv.FormatInt(int64(d/time.Minute), 10) + " minutes"
	case d == time.Second:
		return "1 second"
	case d%time.Second == 0:
		return strconv.FormatInt(int64(d/time.Second), 10) + " seconds"
	}
	return d.String()
}
