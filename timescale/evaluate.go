package timescale

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// An Engine evaluates cases against the rule table. The zero Engine uses
// the statutory Wales calendar and the literal reading of receipt on a
// non-working day; it is safe for concurrent use.
type Engine struct {
	// Calendar is the working-day calendar; nil means calendar.Wales().
	// A calendar with local closures (calendar.Calendar.WithClosures) gives
	// local, not statutory, deadlines.
	Calendar *calendar.Calendar

	// Table holds the regimes and rules; nil means Statutory().
	Table *Table

	// DeemNextWorkingDay deems a complaint (or stage 2 request) received on
	// a non-working day to have been received on the next working day, as
	// some councils do: received on a Saturday, Tuesday is then day 1. By
	// default the regulations are read literally: the day of receipt is
	// never counted whatever kind of day it is, so Monday is day 1. The
	// regime is always chosen by the actual date of receipt.
	DeemNextWorkingDay bool

	// RefuseFuture makes an event dated after the date of evaluation a
	// problem of the case (a *FutureError), for callers whose date of
	// evaluation is today: nothing can have happened tomorrow. By default
	// such an event is set aside as not yet happened, so that a case is
	// evaluated as it was known on the date of evaluation
	// (Assessment.SetAside counts them).
	RefuseFuture bool

	// Transition chooses the reading of the transition between regimes
	// (RegimeInfo.Transitions) for a complaint received under one regime
	// whose later stage is requested after the next came into force; the
	// empty Transition means KeepRegime, under which a complaint keeps the
	// regime of its receipt for every stage. Stage2ByRequestDate gives a
	// wales-2005 complaint whose stage 2 was requested on or after
	// 1 August 2014 the 2014 stage 2 timescale (W14-STAGE2) instead; the
	// response is still banded with the bands of the regime of receipt. The
	// transitional provision was not found, so either reading is a choice
	// (see RULES.md). A name that is neither KeepRegime nor a policy of the
	// table is an error (*ValueError).
	Transition Transition

	// Policy holds a council's local targets and the optional rules it
	// does not use (package policy reads one from a file). Every deadline
	// with a local target gets it beside its statutory due date
	// (Deadline.Target), which it never changes; an optional rule the
	// policy switches off does not apply. A policy the engine's table
	// cannot use (Table.CheckPolicy) is an error, a *PolicyError. The zero
	// Policy adds nothing.
	Policy Policy
}

func (e Engine) table() *Table {
	if e.Table != nil {
		return e.Table
	}
	return Statutory()
}

// transition returns the engine's reading of the transition between
// regimes, KeepRegime when none is set.
func (e Engine) transition() Transition {
	if e.Transition == "" {
		return KeepRegime
	}
	return e.Transition
}

func (e Engine) calendar() *calendar.Calendar {
	if e.Calendar != nil {
		return e.Calendar
	}
	return calendar.Wales()
}

// A DeadlineStatus says where a milestone stands, as of the date of evaluation.
type DeadlineStatus string

// The statuses of a milestone.
const (
	// DeadlineInTime: done on or before its due date (or the agreed revised date).
	DeadlineInTime DeadlineStatus = "in-time"
	// DeadlineLate: done after its due date (or the agreed revised date).
	DeadlineLate DeadlineStatus = "late"
	// DeadlineNotYetDue: not done, and the due date is after the date of evaluation.
	DeadlineNotYetDue DeadlineStatus = "not-yet-due"
	// DeadlineDueToday: not done, and due on the date of evaluation.
	DeadlineDueToday DeadlineStatus = "due-today"
	// DeadlineOverdue: not done, and the due date has passed.
	DeadlineOverdue DeadlineStatus = "overdue"
	// DeadlineNotRecorded: no date is recorded, but the complaint has moved past the
	// milestone (a later step is recorded), so it is not counted as overdue.
	DeadlineNotRecorded DeadlineStatus = "not-recorded"
	// DeadlineWithdrawn: not done, and the complaint was withdrawn.
	DeadlineWithdrawn DeadlineStatus = "withdrawn"
	// DeadlineNotJudged: the rule is judged only in some cases
	// (Rule.JudgedWhen) and this is not known to be one of them: the due
	// date is given, but the milestone is never in time, late or overdue.
	// The written resolution (W14-RESOLUTION) is not judged unless the
	// matter was resolved locally (Case.ResolvedLocally "yes").
	DeadlineNotJudged DeadlineStatus = "not-judged"
	// DeadlineWindowOpen and DeadlineWindowClosed are for periods that nothing in the case
	// file meets (the Ombudsman's one-year window): whether the last day is
	// still to come, or has passed.
	DeadlineWindowOpen   DeadlineStatus = "window-open"
	DeadlineWindowClosed DeadlineStatus = "window-closed"
)

// A Deadline is one rule applied to one case.
type Deadline struct {
	RuleID string `json:"rule_id"` // e.g. "W14-ACK"
	Stage  int    `json:"stage"`   // the rule's stage; 0 for rules outside the stages
	// Response reports that the rule measures its stage's response
	// (Rule.Response): the deadline is banded and counted in reports.
	Response  bool      `json:"response,omitempty"`
	Milestone Milestone `json:"milestone"`
	// Citation and Basis are those of the rule for the case's procedure
	// (Rule.CitationFor): a children's representation carries the
	// representations citation. For a stage requested after a later regime
	// came into force, Transition names the reading of the transition that
	// decided which rules apply (Engine.Transition), and Basis is then no
	// firmer than that reading's.
	Citation   string     `json:"citation"`
	Basis      Basis      `json:"basis"`
	Transition Transition `json:"transition,omitempty"`
	// OwedBy is the rule's Rule.OwedBy: who owes the duty. The zero
	// value, the council, is absent from the JSON form.
	OwedBy Party `json:"owed_by,omitzero"`

	// From is the day the period runs from; it is never counted.
	// FromEvent is the event it marks; FromIsDue reports that the event
	// has not happened and From is its due date; Deemed reports that From
	// is the next working day after a receipt on a non-working day
	// (Engine.DeemNextWorkingDay).
	From      calendar.Date `json:"from"`
	FromEvent Event         `json:"from_event"`
	FromIsDue bool          `json:"from_is_due,omitempty"`
	Deemed    bool          `json:"deemed,omitempty"`

	// WorkingDays is the period in working days (0 for a calendar period,
	// which has Months instead).
	WorkingDays int `json:"working_days"`
	Months      int `json:"months,omitempty"`

	// Due is the last day on which the milestone is in time. ExtendedTo is
	// an agreed revised date, when one is recorded; when it is later than
	// Due it replaces Due in judging InTime, Late and Overdue (a revised
	// date never shortens the period; see [Deadline.EffectiveDue]), but
	// never Due itself.
	Due        calendar.Date `json:"due"`
	ExtendedTo calendar.Date `json:"extended_to,omitzero"`

	// Done is the date the milestone was met, when it was. Taken is the
	// number of working days d with From < d <= Done (0 for a calendar
	// period); it is absent from the JSON form when the milestone is not
	// done. Band is the response-time band of Taken (RegimeInfo.BandFor)
	// for the rules that measure a stage's response (Rule.Response).
	Done  calendar.Date `json:"done,omitzero"`
	Taken int           `json:"taken"`
	Band  string        `json:"band,omitempty"`
	// OmbudsmanBand is the same response in the Ombudsman's
	// complaint-handling bands (OmbudsmanBandFor).
	OmbudsmanBand string `json:"ombudsman_band,omitempty"`

	Status DeadlineStatus `json:"status"`
	// LateBy counts, for Late and Overdue, the working days after the due
	// (or revised) date up to Done or the date of evaluation; for a
	// calendar period, calendar days.
	LateBy int `json:"late_by,omitempty"`

	// Provisional reports that a date involved falls in a year whose bank
	// holidays are not yet officially published.
	Provisional bool `json:"provisional"`

	// Target is the council's local target for the milestone
	// (Engine.Policy), with its own due date and status; the zero
	// TargetDeadline when there is none. It never changes Due or Status.
	Target TargetDeadline `json:"target,omitzero"`
}

// MarshalJSON implements json.Marshaler: the fields as tagged, with taken
// left out when the milestone is not done.
func (d Deadline) MarshalJSON() ([]byte, error) {
	type plain Deadline // without this method
	var taken *int
	if d.IsDone() {
		taken = &d.Taken
	}
	return json.Marshal(struct {
		plain
		Taken *int `json:"taken,omitempty"`
	}{plain(d), taken})
}

// IsDone reports whether the milestone has been met.
func (d Deadline) IsDone() bool { return !d.Done.IsZero() }

// MetInTime reports whether the milestone was met in time.
func (d Deadline) MetInTime() bool { return d.Status == DeadlineInTime }

// EffectiveDue returns the date the milestone is judged against: the
// agreed revised date when there is one, otherwise Due. A revised date
// earlier than Due cannot shorten the statutory period (a complaints officer
// would not expect an agreement with the complainant to make a response on
// its statutory due date late), so the later of the two is used.
func (d Deadline) EffectiveDue() calendar.Date {
	if d.ExtendedTo.After(d.Due) {
		return d.ExtendedTo
	}
	return d.Due
}

// A CaseStatus summarises a complaint as of the date of evaluation.
type CaseStatus string

// The statuses of a complaint.
const (
	CaseOpen           CaseStatus = "open"
	CaseOverdue        CaseStatus = "overdue"
	CaseResolvedStage1 CaseStatus = "resolved-stage1"
	CaseResolvedStage2 CaseStatus = "resolved-stage2"
	CaseStage3         CaseStatus = "stage3"
	CaseWithdrawn      CaseStatus = "withdrawn"
	// CaseNotYetReceived: the record was received after the date of
	// evaluation, so nothing of it was known then.
	CaseNotYetReceived CaseStatus = "not-yet-received"
)

// An Assessment is the result of evaluating one case.
type Assessment struct {
	ID   string     `json:"id"`
	Kind RecordKind `json:"kind"`
	// Owner is the case's Owner without surrounding white space (empty
	// when it has none, or only white space).
	Owner  string `json:"owner,omitempty"`
	Regime Regime `json:"regime,omitempty"` // empty for comments and compliments
	// Received is the date of receipt; DeemedReceived the date it is deemed
	// received under Engine.DeemNextWorkingDay (zero when not deemed).
	Received       calendar.Date `json:"received"`
	DeemedReceived calendar.Date `json:"deemed_received,omitzero"`
	AsOf           calendar.Date `json:"as_of"`
	// Deadlines holds one entry for every rule of the regime that applies
	// to the case, in the order of the rule table. Comments and
	// compliments have none (an empty list, never nil).
	Deadlines []Deadline `json:"deadlines"`
	// Transition is the reading of the transition between regimes the
	// assessment used (Engine.Transition; empty for comments and
	// compliments), and TransitionApplies reports that it mattered: a
	// later stage was requested after a later regime came into force.
	Transition        Transition `json:"transition,omitempty"`
	TransitionApplies bool       `json:"transition_applies,omitempty"`
	// Status is empty for comments and compliments.
	Status          CaseStatus `json:"status,omitempty"`
	Provisional     bool       `json:"provisional"`
	CalendarVersion string     `json:"calendar_version"`
	// SetAside counts the events of the case dated after AsOf, which were
	// treated as not yet happened (see Engine.RefuseFuture). A record
	// received after AsOf has the status CaseNotYetReceived and no
	// deadlines.
	SetAside int `json:"set_aside,omitempty"`
	// Warnings are what looks wrong but may be right, such as a response
	// dated years after receipt (problem.EventYearsAfterReceipt).
	Warnings []problem.Problem `json:"warnings"`
}

// Deadline returns the deadline for milestone m, and whether it applies.
func (a *Assessment) Deadline(m Milestone) (Deadline, bool) {
	for _, d := range a.Deadlines {
		if d.Milestone == m {
			return d, true
		}
	}
	return Deadline{}, false
}

// Evaluate evaluates c as of the date asOf with the zero Engine: the
// statutory Wales calendar, receipt on a non-working day read literally.
func Evaluate(c Case, asOf calendar.Date) (Assessment, error) {
	return Engine{}.Evaluate(c, asOf)
}

// Evaluate validates c and evaluates it as of asOf (the date whose status
// is wanted, usually today). For every rule of the case's regime that
// applies it gives the due date, the date done, the working days taken,
// whether it was in time or late (against an agreed revised date when one
// is recorded) and the status as of asOf.
//
// A rule applies when the event it starts from is recorded, or, for the
// chained rules of stage 1 (discussion, written resolution), when the
// preceding milestone's due date can stand in for it. TIME-LIMIT and PSOW
// apply only when Case.Matter is known.
//
// An invalid case gives a *ValidationError listing every problem; an
// invalid asOf gives the calendar's error.
func (e Engine) Evaluate(c Case, asOf calendar.Date) (Assessment, error) {
	var a Assessment
	if err := e.EvaluateInto(&a, c, asOf); err != nil {
		return Assessment{}, err
	}
	return a, nil
}

// EvaluateInto is Evaluate writing its result into *dst, reusing the
// storage of dst.Deadlines: a loop over many cases that needs each
// assessment only until the next one (a report over a large case file)
// allocates nothing per valid case. On error *dst is left unspecified.
func (e Engine) EvaluateInto(dst *Assessment, c Case, asOf calendar.Date) error {
	p := borrowCase(c)
	defer returnCase(p)
	return e.evaluate(dst, p, asOf, "as_of", cutRecords, true)
}

// cases holds the copies of the cases given to EvaluateInto and CheckInto:
// the field table reaches a case through function values, so that a copy
// taken by address would be made on the heap for every case, some 500
// bytes (BenchmarkAssess1M, B/op and allocs/op). evaluate neither keeps
// the case nor hands it on.
var cases = sync.Pool{New: func() any { return new(Case) }}

// borrowCase returns a copy of c from cases.
func borrowCase(c Case) *Case {
	p := cases.Get().(*Case)
	*p = c
	return p
}

// returnCase puts p back into cases, without the strings it held.
func returnCase(p *Case) {
	*p = Case{}
	cases.Put(p)
}

// CheckInto is EvaluateInto without the deadlines: it refuses exactly the
// cases EvaluateInto refuses, and fills *dst as EvaluateInto would but for
// Deadlines (empty), Status (empty but for CaseNotYetReceived),
// DeemedReceived, Transition and TransitionApplies, and Provisional, which
// reports the year of receipt alone. A pass over many
// cases that needs them valid and known as of asOf, but not their
// deadlines (the Ombudsman's returns), is several times faster with it.
func (e Engine) CheckInto(dst *Assessment, c Case, asOf calendar.Date) error {
	p := borrowCase(c)
	defer returnCase(p)
	return e.evaluate(dst, p, asOf, "as_of", cutRecords, false)
}

// Validate checks c and returns a *ValidationError listing every problem,
// or nil when c is valid. It accepts exactly the cases Evaluate accepts as
// of the last day of the calendar, when nothing is set aside: it checks that required fields are
// present, that values are of the accepted vocabularies, that every date
// is a real date inside the calendar's range, that events follow one
// another (Field.After, Field.Before, Field.Needs), that the regime has
// the stages recorded, that counts are not negative, that comments and
// compliments have no complaint stages, and that every deadline can be
// computed inside the calendar's range.
func (e Engine) Validate(c Case) error {
	var a Assessment
	asOf := c.Received
	if _, err := e.calendar().IsWorkingDay(asOf); err != nil {
		asOf, _ = e.calendar().Range()
	}
	return e.evaluate(&a, &c, asOf, "", keepAll, true)
}

// The ways evaluate treats the events dated after the date of evaluation.
const (
	// keepAll evaluates every event, whatever its date (Validate).
	keepAll = iota
	// cutEvents sets aside, or refuses, the events after it, but not
	// receipt (a Query: the complaint is said to be received then).
	cutEvents
	// cutRecords also treats a record received after it as not yet
	// received (EvaluateInto: a record of a case file).
	cutRecords
)

// evaluate is EvaluateInto; asOfField names the date of evaluation in
// problems ("" when it was not given by the caller), cut says what
// becomes of the events after it, and deadlines whether the deadlines and
// the status are wanted (CheckInto). It and the methods it calls take the
// engine by pointer, not as a copy of some 100 bytes at every call
// (BenchmarkEvaluateIntoMixed).
func (e *Engine) evaluate(dst *Assessment, c *Case, asOf calendar.Date, asOfField string, cut int, deadlines bool) error {
	t, cal := e.table(), e.calendar()
	transition := e.Transition
	if transition == "" {
		transition = KeepRegime
	}
	if !t.knowsTransition(transition) {
		return &ValueError{Field: "transition", Value: string(transition), Want: t.transitionNames()}
	}
	if !e.Policy.IsZero() {
		if err := t.CheckPolicy(e.Policy); err != nil {
			return err
		}
	}
	var ps []problem.Problem
	regime, latest := t.check(&ps, c, cal)
	if _, err := cal.IsWorkingDay(asOf); err != nil {
		ps = append(ps, problem.New(asOfField, err))
	} else if cut != keepAll && e.RefuseFuture {
		refuseFuture(&ps, c, asOf, cut == cutEvents)
	}
	if ps != nil {
		return &ValidationError{ID: c.ID, Problems: ps}
	}
	kept := dst.Deadlines[:0]
	switch {
	case kept == nil && regime >= 0 && deadlines:
		// Room for every rule of the regime, in one allocation rather than
		// as the deadlines come (BenchmarkEvaluate, allocs/op).
		kept = make([]Deadline, 0, len(t.byRegime[regime]))
	case kept == nil:
		kept = []Deadline{}
	}
	*dst = Assessment{
		ID:              c.ID,
		Kind:            c.Kind,
		Owner:           strings.TrimSpace(c.Owner),
		Received:        c.Received,
		AsOf:            asOf,
		CalendarVersion: cal.Version(),
		Provisional:     cal.IsProvisional(c.Received),
		Deadlines:       kept,
		Warnings:        yearsAfterReceipt(c, latest),
	}
	if c.Kind != Complaint {
		if cut == cutRecords && c.Received.After(asOf) {
			dst.SetAside = countAfter(c, latest, asOf, false)
		}
		return nil
	}
	n := 0
	if cut != keepAll {
		n = countAfter(c, latest, asOf, cut == cutEvents)
	}
	if !deadlines {
		// Without the deadlines, they are computed only if one of them
		// could run out of the calendar's range, to refuse the case as
		// EvaluateInto would.
		if !e.farFromTheEnd(c, t, cal) {
			if err := e.fill(dst, c, t, cal, regime, asOf); err != nil {
				return err
			}
		}
		dst.Deadlines, dst.Status, dst.DeemedReceived, dst.Transition, dst.TransitionApplies = dst.Deadlines[:0], "", calendar.Date{}, "", false
		dst.Regime, dst.SetAside, dst.Provisional = t.regimes[regime].Name, n, cal.IsProvisional(c.Received)
		if cut == cutRecords && c.Received.After(asOf) {
			dst.Regime, dst.Status = "", CaseNotYetReceived
		}
		return nil
	}
	// A case is refused for what it holds, whatever the date of
	// evaluation: with events set aside, its deadlines are first computed
	// in full, to find any that runs out of the calendar's range.
	if err := e.fill(dst, c, t, cal, regime, asOf); err != nil || n == 0 {
		return err
	}
	if cut == cutRecords && c.Received.After(asOf) {
		dst.Regime, dst.DeemedReceived, dst.Deadlines, dst.Provisional = "", calendar.Date{}, dst.Deadlines[:0], cal.IsProvisional(c.Received)
		dst.Status, dst.SetAside = CaseNotYetReceived, n
		return nil
	}
	// The case as known on asOf, a copy from cases rather than the heap
	// (BenchmarkEvaluateIntoMixed, allocs/op).
	known := borrowCase(*c)
	defer returnCase(known)
	setAside(known, asOf)
	dst.Deadlines, dst.Provisional = dst.Deadlines[:0], cal.IsProvisional(c.Received)
	if err := e.fill(dst, known, t, cal, regime, asOf); err != nil {
		return err
	}
	dst.SetAside = n
	return nil
}

// farFromTheEnd reports whether every date of c is far enough from the
// last day of the calendar that no deadline of the table (nor of the
// engine's policy) can run out of its range: before it by more than
// Table.reach days, and the largest target's reach.
func (e *Engine) farFromTheEnd(c *Case, t *Table, cal *calendar.Calendar) bool {
	reach := t.reach
	for i := range e.Policy.Targets {
		reach += 2*e.Policy.Targets[i].WorkingDays + 14
	}
	_, last := cal.Range()
	limit := last.AddDays(-reach)
	for i := range fieldTable {
		if f := &fieldTable[i]; f.Type == DateField && f.date(c).After(limit) {
			return false
		}
	}
	return true
}

// fill computes the deadlines and the status of complaint c, of the
// regime at position regime of t, into a, whose other fields are set.
func (e *Engine) fill(a *Assessment, c *Case, t *Table, cal *calendar.Calendar, regime int, asOf calendar.Date) error {
	transition := e.transition()
	info := &t.regimes[regime]
	a.Regime = info.Name
	a.Transition, a.TransitionApplies = transition, false
	if e.DeemNextWorkingDay {
		if ok, _ := cal.IsWorkingDay(c.Received); !ok {
			a.DeemedReceived, _ = cal.NextWorkingDay(c.Received)
		}
	}
	f := filling{e: e, a: a, t: t, cal: cal, info: info, asOf: asOf}
	// The rules of the regime of receipt, in table order, except that a
	// stage the transition policy moves takes the rules of the later
	// regime in their place.
	var moved uint64 // bit s: the rules of stage s were replaced
	for _, i := range t.byRegime[regime] {
		s := t.rules[i].Stage
		k, pol := -1, (*TransitionPolicy)(nil)
		if s >= 2 {
			k, pol = t.crossing(regime, c, s, transition)
		}
		if k >= 0 {
			a.TransitionApplies = true
		}
		if pol != nil && pol.moves(s) {
			if moved&(1<<s) == 0 {
				moved |= 1 << s
				for _, j := range t.byRegime[k] {
					if t.rules[j].Stage == s {
						if err := f.apply(c, j, true, pol); err != nil {
							return err
						}
					}
				}
			}
			continue
		}
		if err := f.apply(c, i, k >= 0, pol); err != nil {
			return err
		}
	}
	a.Status = caseStatus(c, a)
	return nil
}

// A filling holds what Engine.fill applies the rules of one case with.
type filling struct {
	e    *Engine
	a    *Assessment
	t    *Table
	cal  *calendar.Calendar
	info *RegimeInfo
	asOf calendar.Date
	// dues records the due dates computed so far, by the event that meets
	// them, for the chained rules (due).
	dues  [16]struct{ at, deadline int32 }
	ndues int
}

// apply applies rule i to case c; pol is the transition policy of a stage
// requested after a later regime came into force (crossed). The case is
// not one of f's fields: the field table's accessors leak it, and a field
// would leak the engine with it (BenchmarkEvaluateIntoMixed, allocs/op).
func (f *filling) apply(c *Case, i int, crossed bool, pol *TransitionPolicy) error {
	r, p, a := &f.t.rules[i], &f.t.plans[i], f.a
	if r.Optional && f.e.Policy.switchedOff(r.ID) {
		return nil // an option the council's procedure leaves out
	}
	if !r.StartMayBeDue && p.start.date(c).IsZero() {
		// Its start event is unknown: passed over before a deadline is
		// taken for it (BenchmarkEvaluateIntoMixed).
		return nil
	}
	// deadline sets the whole of *d: the slice is only grown, not
	// cleared first (BenchmarkAssess1M).
	if n := len(a.Deadlines); n < cap(a.Deadlines) {
		a.Deadlines = a.Deadlines[:n+1]
	} else {
		a.Deadlines = append(a.Deadlines, Deadline{})
	}
	d := &a.Deadlines[len(a.Deadlines)-1]
	ok, err := f.deadline(d, c, r, p)
	if err != nil {
		return &ValidationError{ID: c.ID, Problems: []problem.Problem{problem.New(deadlineField(c, p, err), &DeadlineError{RuleID: r.ID, Err: err})}}
	}
	if !ok {
		a.Deadlines = a.Deadlines[:len(a.Deadlines)-1]
		return nil
	}
	if len(f.e.Policy.Targets) > 0 {
		if err := f.e.applyTarget(d, f.cal, r, c, f.asOf); err != nil {
			return &ValidationError{ID: c.ID, Problems: []problem.Problem{problem.New("received", &DeadlineError{RuleID: r.ID, Err: err})}}
		}
	}
	if crossed {
		// The engine's reading, as fill set it on the assessment: a
		// string of f itself would make the engine escape, f being
		// analysed as a whole (BenchmarkEvaluateIntoMixed, allocs/op).
		d.Transition = a.Transition
		if pol != nil {
			d.Basis = weaker(d.Basis, pol.Basis)
		}
	}
	if p.metBy != nil && f.ndues < len(f.dues) {
		// Recorded as the position of the deadline, not its date, so that
		// dues is small to clear (BenchmarkEvaluateIntoMixed).
		f.dues[f.ndues].at, f.dues[f.ndues].deadline = int32(p.metBy.position), int32(len(a.Deadlines)-1)
		f.ndues++
	}
	a.Provisional = a.Provisional || d.Provisional
	return nil
}

// due returns the first due date recorded for the event of the field at
// position at, and whether there is one.
func (f *filling) due(at int) (calendar.Date, bool) {
	for _, x := range f.dues[:f.ndues] {
		if int(x.at) == at {
			return f.a.Deadlines[x.deadline].Due, true
		}
	}
	return calendar.Date{}, false
}

// countAfter returns the number of events of c dated after asOf, receipt
// left out when butReceipt is set; latest is the date of c's latest event,
// which spares the count when it is not after asOf
// (BenchmarkEvaluateIntoMixed).
func countAfter(c *Case, latest, asOf calendar.Date, butReceipt bool) int {
	if !latest.After(asOf) {
		return 0
	}
	n := 0
	for _, f := range events {
		if f.date(c).After(asOf) && !(butReceipt && f.position == fieldReceived) {
			n++
		}
	}
	return n
}

// KnownOn returns c as it was known on asOf: without the events dated
// after asOf (receipt apart), which had not yet happened. The agreed
// revised date, a date agreed for the future, stays while the stage 2
// request it revises is known, and goes with it: the case returned is one
// the engine accepts whenever it accepts c.
func KnownOn(c Case, asOf calendar.Date) Case {
	// Set aside in a copy from cases: c itself, reached through the field
	// table, would be moved to the heap (BenchmarkAssess1M, allocs/op).
	p := borrowCase(c)
	defer returnCase(p)
	setAside(p, asOf)
	return *p
}

// setAside removes from c the events dated after asOf, receipt apart, and
// the planned dates (the agreed revised date) of the events removed.
func setAside(c *Case, asOf calendar.Date) {
	for _, f := range events {
		if d := f.date(c); d.After(asOf) && f.position != fieldReceived {
			*d = calendar.Date{}
		}
	}
	for _, f := range planned {
		if fieldTable[f.needsAt].date(c).IsZero() {
			*f.date(c) = calendar.Date{}
		}
	}
}

// refuseFuture appends a problem for every event of c dated after asOf,
// receipt left out when butReceipt is set.
func refuseFuture(ps *[]problem.Problem, c *Case, asOf calendar.Date, butReceipt bool) {
	for _, f := range events {
		if d := *f.date(c); d.After(asOf) && !(butReceipt && f.position == fieldReceived) {
			*ps = append(*ps, problem.New(f.Name, &FutureError{Field: f.Name, Date: d, AsOf: asOf}))
		}
	}
}

// warnYears is the number of years after receipt beyond which an event is
// more likely a mistyped year than a late step.
const warnYears = 2

// yearsAfterReceipt returns a warning for every event of c dated more than
// warnYears after its receipt, or an empty list; latest is the date of c's
// latest event, which spares the search when it is not after the limit
// (BenchmarkEvaluateIntoMixed).
func yearsAfterReceipt(c *Case, latest calendar.Date) []problem.Problem {
	// The limit falls in the year warnYears after the year of receipt: an
	// event of an earlier year is before it, found without computing it
	// (BenchmarkAssess1M).
	if latest.Year < c.Received.Year+warnYears {
		return []problem.Problem{}
	}
	limit := PeriodEnd(SameDateLater, c.Received, 12*warnYears)
	if !latest.After(limit) {
		return []problem.Problem{}
	}
	var ws []problem.Problem
	for _, f := range events {
		if d := *f.date(c); f.Name != "received" && d.After(limit) {
			ws = append(ws, problem.New(f.Name, &YearsAfterError{Field: f.Name, Date: d, Received: c.Received, Years: warnYears}))
		}
	}
	if ws == nil {
		return []problem.Problem{}
	}
	return ws
}

// deadline applies rule r, of plan p, to case c, writing the result into
// *d (in place, so that a Deadline is not copied on its way into the
// Assessment). It reports false when the rule does not apply (its start
// event is unknown, and no due date stands in for it), and then leaves *d
// as it was. Its only errors are the calendar's *calendar.RangeError.
func (f *filling) deadline(d *Deadline, c *Case, r *Rule, p *rulePlan) (bool, error) {
	e, cal, regime, deemed, asOf := f.e, f.cal, f.info, f.a.DeemedReceived, f.asOf
	// The start first, so that a rule that does not apply writes nothing
	// (BenchmarkEvaluateIntoMixed).
	from := *p.start.date(c)
	fromIsDue, fromDeemed := false, false
	if from.IsZero() {
		if !r.StartMayBeDue {
			return false, nil
		}
		due, ok := f.due(p.start.position)
		if !ok {
			return false, nil
		}
		from, fromIsDue = due, true
	} else if p.fromReceipt && !deemed.IsZero() {
		from, fromDeemed = deemed, true
	} else if p.fromStage2Request && e.DeemNextWorkingDay {
		// A stage 2 request received on a non-working day is deemed
		// received on the next working day too (see Engine).
		if ok, _ := cal.IsWorkingDay(from); !ok {
			next, err := cal.NextWorkingDay(from)
			if err != nil {
				return false, err
			}
			from, fromDeemed = next, true
		}
	}
	// The fields that are the same for every case of the rule, from its
	// plan, in one copy (BenchmarkEvaluateIntoMixed).
	*d = p.template[representation(c.Procedure)]
	d.From, d.FromIsDue, d.Deemed = from, fromIsDue, fromDeemed
	if p.metBy != nil {
		d.Done = *p.metBy.date(c)
	}
	if p.extendedBy != nil {
		d.ExtendedTo = *p.extendedBy.date(c)
	}

	var err error
	if r.Months > 0 {
		d.Due = PeriodEnd(r.Period, from, r.Months)
	} else if d.Due, err = cal.AddWorkingDays(from, r.WorkingDays); err != nil {
		return false, err
	}

	done := !d.Done.IsZero()
	if done {
		if r.WorkingDays > 0 {
			if d.Taken, err = cal.WorkingDaysBetween(from, d.Done); err != nil {
				return false, err
			}
			d.Taken = max(d.Taken, 0) // done before a deemed start
		}
		if r.Response {
			d.Band = regime.BandFor(d.Taken)
			bandFrom := from
			if d.Done.Before(from) {
				bandFrom = d.Done // done before a deemed start: 0 working days, as Taken says
			}
			d.OmbudsmanBand = OmbudsmanBandFor(bandFrom, d.Done, d.Taken)
		}
	}
	switch {
	case p.condition != nil && p.condition.getText(c) != r.JudgedWhen.Value:
		d.Status = DeadlineNotJudged
	case done:
		if due := d.EffectiveDue(); d.Done.After(due) {
			d.Status = DeadlineLate
			if d.LateBy, err = lateBy(cal, r, due, d.Done); err != nil {
				return false, err
			}
		} else {
			d.Status = DeadlineInTime
		}
	case r.MetBy == NoEvent:
		d.Status = DeadlineWindowOpen
		if asOf.After(d.Due) {
			d.Status = DeadlineWindowClosed
		}
	case !c.Withdrawn.IsZero():
		d.Status = DeadlineWithdrawn
	case c.movedPast(r.MetBy):
		d.Status = DeadlineNotRecorded
	default:
		switch due := d.EffectiveDue(); asOf.Compare(due) {
		case -1:
			d.Status = DeadlineNotYetDue
		case 0:
			d.Status = DeadlineDueToday
		default:
			d.Status = DeadlineOverdue
			if d.LateBy, err = lateBy(cal, r, due, asOf); err != nil {
				return false, err
			}
		}
	}
	// Provisional when a date involved (an overdue count running to the
	// date of evaluation) falls after the last official year: the latest
	// year of them, compared once (BenchmarkEvaluateIntoMixed). A zero
	// date, year 0, is never after it.
	latest := max(from.Year, d.Due.Year, d.ExtendedTo.Year, d.Done.Year)
	if d.Status == DeadlineOverdue {
		latest = max(latest, asOf.Year)
	}
	d.Provisional = latest > cal.LastOfficialYear()
	return true, nil
}

// lateBy counts the days from due, the effective due date of a deadline of
// rule r, to t: working days, or calendar days for a period in months. It
// is a function, not a closure made for every deadline
// (BenchmarkEvaluateIntoMixed).
func lateBy(cal *calendar.Calendar, r *Rule, due, t calendar.Date) (int, error) {
	if r.Months > 0 {
		return t.DaysSince(due), nil
	}
	return cal.WorkingDaysBetween(due, t)
}

// representation returns 1 for the procedure of children's
// representations, whose rules may have a citation and basis of their own
// (Rule.CitationFor), and 0 for any other: the index of the template of a
// rule's plan.
func representation(p Procedure) int {
	if p == RepresentationProcedure {
		return 1
	}
	return 0
}

// deadlineField names the field at fault when a deadline cannot be
// computed: the field of the start event when the count from its date ran
// out of range, and otherwise "received", since a count from a due date
// runs, in the end, from receipt.
func deadlineField(c *Case, p *rulePlan, err error) string {
	var re *calendar.RangeError
	if from := p.start.Date(c); !from.IsZero() && errors.As(err, &re) && re.Date == from {
		return p.start.Name
	}
	return "received"
}

// caseStatus summarises an evaluated complaint.
func caseStatus(c *Case, a *Assessment) CaseStatus {
	switch {
	case !c.Withdrawn.IsZero():
		return CaseWithdrawn
	case !c.Stage3Requested.IsZero():
		return CaseStage3
	case !c.Stage2Response.IsZero():
		return CaseResolvedStage2
	case !c.Stage1Response.IsZero() && c.Stage2Requested.IsZero():
		return CaseResolvedStage1
	}
	for _, d := range a.Deadlines {
		if d.Status == DeadlineOverdue {
			return CaseOverdue
		}
	}
	return CaseOpen
}
