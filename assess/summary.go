package assess

import (
	"strconv"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
)

// A Summary counts what a pass over a case file met besides its good
// records: the problems of the bad rows, the warnings of the good ones, and
// what was set aside as not yet known on the date of evaluation. Feed it
// every Record of Each with Add; its zero value is an empty Summary that
// lists every problem and warning.
type Summary struct {
	// Records counts the rows read and evaluated without a problem.
	Records int `json:"records"`
	// Problems are the problems of the bad rows, in file order.
	Problems []casefile.LineProblem `json:"problems"`
	// Warnings are the warnings of the rows (an unknown column ignored, a
	// value like a spreadsheet formula, an event dated years after
	// receipt), in file order.
	Warnings []casefile.LineProblem `json:"warnings"`
	// SetAside counts the events dated after the date of evaluation,
	// treated as not yet happened; NotYetReceived the records received
	// after it, left out (see timescale.Engine.RefuseFuture).
	SetAside       int `json:"set_aside"`
	NotYetReceived int `json:"not_yet_received"`

	// MaxListed, when above 0, is the most problems, and the most
	// warnings, that the Summary lists in Problems and Warnings: the others
	// are counted and not kept, so that a pass over a file of bad rows
	// takes bounded memory (a service answering with the problems of a
	// request's body lists a thousand). 0 lists them all.
	MaxListed int `json:"max_listed,omitempty"`
	// ProblemCount and WarningCount count every problem and every warning
	// met, listed or not.
	ProblemCount int `json:"problem_count"`
	WarningCount int `json:"warning_count"`
}

// Add counts one record of Each into s. It copies what it keeps, so the
// record may be reused afterwards.
func (s *Summary) Add(rec *Record) {
	s.Warnings = s.list(s.Warnings, &s.WarningCount, rec.Warnings)
	if !rec.OK() {
		s.Problems = s.list(s.Problems, &s.ProblemCount, rec.Problems)
		return
	}
	s.Records++
	a := &rec.Assessment
	if a.Received.After(a.AsOf) {
		s.NotYetReceived++
		return
	}
	s.SetAside += a.SetAside
}

// AddLines counts problems met outside the records, such as those of a
// header that cannot be used (a *casefile.HeaderError, the error of Each):
// each warning among them as a warning (LineProblem.Warning), the others as
// problems.
func (s *Summary) AddLines(ps []casefile.LineProblem) {
	for i := range ps {
		if ps[i].Warning {
			s.Warnings = s.list(s.Warnings, &s.WarningCount, ps[i:i+1])
		} else {
			s.Problems = s.list(s.Problems, &s.ProblemCount, ps[i:i+1])
		}
	}
}

// list appends ps to l, as far as MaxListed allows, and counts them all in
// *count.
func (s *Summary) list(l []casefile.LineProblem, count *int, ps []casefile.LineProblem) []casefile.LineProblem {
	*count += len(ps)
	if s.MaxListed > 0 {
		ps = ps[:max(0, min(len(ps), s.MaxListed-len(l)))]
	}
	return append(l, ps...)
}

// Notes returns the remarks for people on what s set aside as not yet
// known on asOf, the date of evaluation: a remark for the events dated
// after it, set aside as not yet happened ("2 events dated after
// 2014-10-01 were set aside as not yet happened"), and one for the records
// received after it, left out ("1 record received after 2014-10-01 was
// left out"), each only when there are some, in that order. They are in
// English, without a full stop, for a line of a log or of standard error.
func (s *Summary) Notes(asOf calendar.Date) []string {
	var notes []string
	if s.SetAside > 0 {
		notes = append(notes, counted(s.SetAside, "event dated after "+asOf.String()+" was", "events dated after "+asOf.String()+" were")+" set aside as not yet happened")
	}
	if s.NotYetReceived > 0 {
		notes = append(notes, counted(s.NotYetReceived, "record received after "+asOf.String()+" was", "records received after "+asOf.String()+" were")+" left out")
	}
	return notes
}

// counted returns n followed by one when n is 1, and by many otherwise.
func counted(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
