// Package impact tells which open deadlines of a case file move when the
// holiday data changes: when a bank holiday is proclaimed, every council
// with open complaints has deadlines that move by a working day, and this
// package says which.
//
// Compare evaluates every record twice, on the calendar the deadlines were
// set with and on the new one (for example calendar.WalesWith of a file
// naming the proclaimed day), and lists every deadline not yet met whose
// due date differs, with the holidays that caused it. [Write] writes the
// [Result] in one of its [Formats]: for people, as CSV or as JSON.
package impact

import (
	"io"
	"slices"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// A Move is a deadline not yet met whose due date differs between the two
// calendars.
type Move struct {
	ID        string              `json:"id"`
	Milestone timescale.Milestone `json:"milestone"`
	RuleID    string              `json:"rule_id"`
	// Before and After are the due dates on the old and the new calendar.
	Before calendar.Date `json:"before"`
	After  calendar.Date `json:"after"`
	// WorkingDays is the difference in working days on the new calendar:
	// positive when the deadline moves later.
	WorkingDays int `json:"working_days"`
	// Added are the days the new calendar has as holidays and the old one
	// does not, and Removed the other way round (a projected day the
	// official list moved), from receipt to the later due date: what moved
	// it, directly or through the step it runs from.
	Added   []calendar.Holiday `json:"added"`
	Removed []calendar.Holiday `json:"removed"`
}

// A Result is what Compare found.
type Result struct {
	// Before and After are the versions of the two calendars.
	Before string        `json:"before"`
	After  string        `json:"after"`
	AsOf   calendar.Date `json:"as_of"`
	// Moves lists the deadlines that move, in file order.
	Moves []Move `json:"moves"`
	// Cases counts the cases with a deadline that moves; Latest is the
	// latest new due date among the moves (zero when nothing moves).
	Cases  int           `json:"cases"`
	Latest calendar.Date `json:"latest"`
	// Summary counts the rows with problems, the warnings and what was set
	// aside, as assess.Summary does.
	Summary assess.Summary `json:"summary"`
}

// Compare reads the case file from r, named name in problems, and
// evaluates every record as of opt.AsOf with opt.Engine (the old calendar)
// and again with the same engine on the calendar next. It returns every
// deadline not yet met (not done) as of opt.AsOf whose due date differs
// between the two; a deadline already met never moves. A record that
// cannot be evaluated on either calendar is a problem of its row. The
// error is that of assess.Each.
func Compare(r io.Reader, name string, opt assess.Options, next *calendar.Calendar) (Result, error) {
	old := opt.Engine.Calendar
	if old == nil {
		old = calendar.Wales()
	}
	eng := opt.Engine
	eng.Calendar = next
	res := Result{Before: old.Version(), After: next.Version(), AsOf: opt.AsOf, Moves: []Move{}}
	var b timescale.Assessment
	err := assess.Each(r, name, opt, func(rec *assess.Record) error {
		if rec.OK() {
			if err := eng.EvaluateInto(&b, rec.Case, opt.AsOf); err != nil {
				return err
			}
		}
		res.Summary.Add(rec)
		if !rec.OK() {
			return nil
		}
		moved := false
		for _, d := range rec.Assessment.Deadlines {
			if d.IsDone() {
				continue
			}
			i := slices.IndexFunc(b.Deadlines, func(x timescale.Deadline) bool { return x.RuleID == d.RuleID })
			if i < 0 || b.Deadlines[i].Due == d.Due {
				continue
			}
			m := Move{ID: rec.Case.ID, Milestone: d.Milestone, RuleID: d.RuleID, Before: d.Due, After: b.Deadlines[i].Due}
			// A chained step moves with the step it runs from: look for the
			// cause from receipt on.
			lo, hi := earliest(rec.Case.Received, earliest(d.From, b.Deadlines[i].From)), latest(m.Before, m.After)
			m.WorkingDays, _ = next.WorkingDaysBetween(m.Before, m.After)
			m.Added = onlyIn(next, old, lo, hi)
			m.Removed = onlyIn(old, next, lo, hi)
			res.Moves = append(res.Moves, m)
			moved = true
			if m.After.After(res.Latest) {
				res.Latest = m.After
			}
		}
		if moved {
			res.Cases++
		}
		return nil
	})
	return res, err
}

// onlyIn returns the holidays of a from first to last that b does not
// have.
func onlyIn(a, b *calendar.Calendar, first, last calendar.Date) []calendar.Holiday {
	out := []calendar.Holiday{}
	hs, _ := a.Holidays(first, last) // the dates were evaluated on both calendars
	for _, h := range hs {
		if _, ok, _ := b.Holiday(h.Date); !ok {
			out = append(out, h)
		}
	}
	return out
}

func earliest(a, b calendar.Date) calendar.Date {
	if b.Before(a) {
		return b
	}
	return a
}

func latest(a, b calendar.Date) calendar.Date {
	if b.After(a) {
		return b
	}
	return a
}
