package timescale

import (
	"sync"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// A Query asks for the deadlines of one complaint from what is known of it:
// no id or kind of record is needed. Its JSON form is the body of the
// example service's POST /v1/deadlines, read with [ParseQuery].
type Query struct {
	// Received is the date the complaint was received; it is required.
	Received        calendar.Date `json:"received"`
	Procedure       Procedure     `json:"procedure,omitempty"` // empty means ComplaintProcedure
	Acknowledged    calendar.Date `json:"acknowledged,omitzero"`
	Discussed       calendar.Date `json:"discussed,omitzero"`
	Stage2Requested calendar.Date `json:"stage2_requested,omitzero"`
	// Matter is the day the complainant first had notice of the matter:
	// with it, the 12-month time limit (TIME-LIMIT) and the Ombudsman's
	// one-year window (PSOW) are given too.
	Matter calendar.Date `json:"matter,omitzero"`
	// AsOf is the date the statuses are given for; the zero Date means
	// Received.
	AsOf calendar.Date `json:"as_of,omitzero"`
	// ResolvedLocally is Case.ResolvedLocally: "yes" when the matter was
	// resolved to the complainant's satisfaction, "no", or empty when not
	// known.
	ResolvedLocally string `json:"resolved_locally,omitempty"`
	// DeemNextWorkingDay is Engine.DeemNextWorkingDay for this query (either
	// turns it on).
	DeemNextWorkingDay bool `json:"deem_next_working_day,omitempty"`
	// Transition is Engine.Transition for this query, when it is not empty.
	Transition Transition `json:"transition,omitempty"`
}

// Case returns the case the query describes, with the id "query".
func (q Query) Case() Case {
	return Case{
		ID: "query", Kind: Complaint, Procedure: q.Procedure, Received: q.Received,
		Acknowledged: q.Acknowledged, Discussed: q.Discussed, ResolvedLocally: q.ResolvedLocally,
		Stage2Requested: q.Stage2Requested, Matter: q.Matter,
	}
}

// A Schedule is the deadlines of one complaint, each with how it was
// reached: what a person asking "when is it due, and why?" is shown.
type Schedule struct {
	Regime         RegimeInfo    `json:"regime"`
	Received       calendar.Date `json:"received"`
	DeemedReceived calendar.Date `json:"deemed_received,omitzero"`
	AsOf           calendar.Date `json:"as_of"`
	Status         CaseStatus    `json:"status"`
	// Transition and TransitionApplies are those of the assessment. When
	// the transition applies, Readings lists every reading of it the table
	// holds (RegimeInfo.Transitions), so that the choice is visible.
	Transition        Transition         `json:"transition"`
	TransitionApplies bool               `json:"transition_applies,omitempty"`
	Readings          []TransitionPolicy `json:"readings,omitempty"`
	// Provisional reports that a date involved falls in a year whose bank
	// holidays are not yet officially published.
	Provisional     bool   `json:"provisional"`
	CalendarVersion string `json:"calendar_version"`
	// SetAside counts the events dated after AsOf, treated as not yet
	// happened.
	SetAside  int            `json:"set_aside,omitempty"`
	Deadlines []DeadlineView `json:"deadlines"`
}

// A DeadlineView is a deadline with its explanation.
type DeadlineView struct {
	Deadline    Deadline    `json:"deadline"`
	Explanation Explanation `json:"explanation"`
	// DueWeekday is the weekday of the due date, e.g. "Tuesday".
	DueWeekday string `json:"due_weekday"`
	// Text is the explanation as one sentence (Explanation.String).
	Text string `json:"text"`
}

// Deadlines answers q: it evaluates the complaint q describes as of
// q.AsOf and returns its schedule. Errors are those of Evaluate, with the
// fields named as in Query's JSON form.
func (e Engine) Deadlines(q Query) (Schedule, error) {
	if q.DeemNextWorkingDay {
		e.DeemNextWorkingDay = true
	}
	if q.Transition != "" {
		// A reading the table does not know is a problem of the query's
		// field, as an unknown procedure is, not of the engine.
		if _, err := e.table().ParseTransition(string(q.Transition)); err != nil {
			return Schedule{}, &ValidationError{Problems: []problem.Problem{problem.New("transition", err)}}
		}
		e.Transition = q.Transition
	}
	asOf := q.AsOf
	if asOf.IsZero() {
		asOf = q.Received
	}
	// The case and its assessment are scratch, reused from one query to
	// the next: the schedule copies what it keeps (BenchmarkLibraryShare).
	w := scratches.Get().(*scratch)
	w.c = q.Case()
	if err := e.evaluate(&w.a, &w.c, asOf, "as_of", cutEvents, true); err != nil {
		// Not reused: the error may refer to them.
		if ve, ok := err.(*ValidationError); ok {
			ve.ID = ""
		}
		return Schedule{}, err
	}
	s, err := e.Schedule(&w.a)
	if err == nil {
		scratches.Put(w)
	}
	return s, err
}

// A scratch is the case and the assessment of a query, while Deadlines
// answers it.
type scratch struct {
	c Case
	a Assessment
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// Schedule returns the schedule of a complaint from its assessment, a
// result of this engine: every deadline with its explanation
// (Engine.Explain).
func (e Engine) Schedule(a *Assessment) (Schedule, error) {
	s := Schedule{
		Received: a.Received, DeemedReceived: a.DeemedReceived, AsOf: a.AsOf, Status: a.Status,
		Transition: a.Transition, TransitionApplies: a.TransitionApplies,
		Provisional: a.Provisional, CalendarVersion: a.CalendarVersion, SetAside: a.SetAside,
		Deadlines: make([]DeadlineView, len(a.Deadlines)),
	}
	if a.TransitionApplies {
		for _, r := range e.table().Regimes() {
			s.Readings = append(s.Readings, r.Transitions...)
		}
	}
	if a.Regime != "" {
		info, ok := e.table().Regime(a.Regime)
		if !ok {
			return Schedule{}, &ValueError{Field: "regime", Value: string(a.Regime), Want: e.table().regimeNames()}
		}
		s.Regime = info
	}
	if err := e.explainAll(s.Deadlines[:len(a.Deadlines)], a.Deadlines); err != nil {
		return Schedule{}, err
	}
	return s, nil
}

// explainAll sets views[i], zero, to deadline ds[i] with its explanation, as
// Engine.Explain and Explanation.String give them. The explanations share
// one list of skipped days, each holding a part of it that it cannot
// append into (a full slice expression), and the sentences and start
// texts are parts of one string: three allocations for a schedule, not
// three for each deadline (BenchmarkLibraryShare).
func (e Engine) explainAll(views []DeadlineView, ds []Deadline) error {
	var parts [16]fromText // the start texts, until written
	from := parts[:0]
	if len(ds) > len(parts) {
		from = make([]fromText, 0, len(ds))
	}
	var spans [16]span // the periods of the working-day rules, merged
	merged := spans[:0]
	for i := range ds {
		v := &views[i]
		v.Deadline = ds[i]
		d := &v.Deadline
		f, err := e.explain(d, &v.Explanation)
		if err != nil {
			return err
		}
		v.DueWeekday = d.Due.Weekday().String()
		from = append(from, f)
		if d.Months == 0 && d.From.Before(d.Due) {
			merged = append(merged, span{d.From, d.Due})
		}
	}
	merged = merge(merged)
	// The skipped days of every period, in date order, each day once.
	var skipped []calendar.NonWorkingDay
	for _, p := range merged {
		var err error
		if skipped, err = e.calendar().AppendNonWorkingDays(skipped, p.from, p.to); err != nil {
			return err
		}
	}
	if skipped == nil {
		skipped = []calendar.NonWorkingDay{}
	}
	var buf [4096]byte
	text := buf[:0]
	ends := make([]int, 0, 3*len(ds)) // per deadline: the end of the sentence, and where its start text lies in it
	for i := range views {
		x := &views[i].Explanation
		if x.Months == 0 {
			lo := firstAfter(skipped, x.From)
			hi := firstAfter(skipped, x.Due)
			x.Skipped = skipped[lo:hi:hi]
		}
		var fs, fe int
		text, fs, fe = x.appendText(text, from[i])
		ends = append(ends, fs, fe, len(text))
	}
	all := string(text)
	start := 0
	for i := range views {
		fs, fe, end := ends[3*i], ends[3*i+1], ends[3*i+2]
		views[i].Explanation.FromText = all[fs:fe]
		views[i].Text = all[start:end]
		start = end
	}
	return nil
}

// A span is the days d with from < d <= to.
type span struct{ from, to calendar.Date }

// merge sorts spans by their first day and merges those that overlap or
// touch, in place, and returns the merged list: disjoint spans in date
// order.
func merge(spans []span) []span {
	for i := 1; i < len(spans); i++ { // an insertion sort: a schedule has a handful
		for j := i; j > 0 && spans[j].from.Before(spans[j-1].from); j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
	out := spans[:0]
	for _, p := range spans {
		if n := len(out); n > 0 && !out[n-1].to.Before(p.from) {
			if p.to.After(out[n-1].to) {
				out[n-1].to = p.to
			}
			continue
		}
		out = append(out, p)
	}
	return out
}

// firstAfter returns the index of the first day of days, in date order,
// that is after d (len(days) when none is).
func firstAfter(days []calendar.NonWorkingDay, d calendar.Date) int {
	lo, hi := 0, len(days)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if days[m].Date.After(d) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}
