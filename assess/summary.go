package assess

import (
	"github.com/cymru-complaints/statutory/casefile"
)

// A Summary counts what a pass over a case file met besides its good
// records: the problems of the bad rows, the warnings of the good ones, and
// what was set aside as not yet known on the date of evaluation. Feed it
// every Record of Each with Add; its zero value is an empty Summary.
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
}

// Add counts one record of Each into s. It copies what it keeps, so the
// record may be reused afterwards.
func (s *Summary) Add(rec *Record) {
	s.Warnings = append(s.Warnings, rec.Warnings...)
	if !rec.OK() {
		s.Problems = append(s.Problems, rec.Problems...)
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
