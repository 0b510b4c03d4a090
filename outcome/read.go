package outcome

import (
	"io"

	"github.com/cymru-complaints/statutory/assess"
)

// ReadCaseFile reads a case file from r, named name in problems, evaluates
// every record with opt (see assess.Each) and adds each good record to a
// new Aggregator on the table of opt.Engine. It returns the Aggregator and
// the Summary of what it left out or set aside (the problems of the bad
// rows, in file order, among them). The error is that of assess.Each: a
// *casefile.HeaderError, an error of r, or a problem with opt.AsOf; the
// Aggregator then holds what was read before it.
func ReadCaseFile(r io.Reader, name string, opt assess.Options) (*Aggregator, assess.Summary, error) {
	g := &Aggregator{Table: opt.Engine.Table}
	var sum assess.Summary
	err := assess.Each(r, name, opt, func(rec *assess.Record) error {
		sum.Add(rec)
		if rec.OK() {
			g.Add(rec.Case, rec.Assessment)
		}
		return nil
	})
	return g, sum, err
}

// Latest returns the latest reporting year with records, and false when
// no record has been added.
func (g *Aggregator) Latest() (Year, bool) {
	ys := g.Years()
	if len(ys) == 0 {
		return Year{}, false
	}
	return ys[len(ys)-1], true
}
