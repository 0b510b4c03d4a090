package timescale

import (
	"errors"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
)

// An Engine evaluates cases against the rule table. The zero Engine uses
// the statutory Wales calendar and the literal reading of receipt on a
// non-working day; it is safe for concurrent use.
type Engine struct {
	// Calendar is the working-day calendar; nil means calendar.Wales().
	// A calendar with local closures (calendar.Calendar.WithClosures) gives
	// local, not statutory, deadlines.
	Calendar *calendar.Calendar

	// DeemNextWorkingDay deems a complaint (or stage 2 request) received on
	// a non-working day to have been received on the next working day, as
	// some councils do: received on a Saturday, Tuesday is then day 1. By
	// default the regulations are read literally: the day of receipt is
	// never counted whatever kind of day it is, so Monday is day 1. The
	// regime is always chosen by the actual date of receipt.
	DeemNextWorkingDay bool
}

func (e Engine) calendar() *calendar.Calendar {
	if e.Calendar != nil {
		return e.Calendar
	}
	return calendar.Wales()
}

// A Status says where a milestone stands, as of the date of evaluation.
type Status string

// The statuses of a milestone.
const (
	// InTime: done on or before its due date (or the agreed revised date).
	InTime Status = "in-time"
	// Late: done after its due date (or the agreed revised date).
	Late Status = "late"
	// NotYetDue: not done, and the due date is after the date of evaluation.
	NotYetDue Status = "not-yet-due"
	// DueToday: not done, and due on the date of evaluation.
	DueToday Status = "due-today"
	// Overdue: not done, and the due date has passed.
	Overdue Status = "overdue"
	// NotRecorded: no date is recorded, but the complaint has moved past the
	// milestone (a later step is recorded), so it is not counted as overdue.
	NotRecorded Status = "not-recorded"
	// Withdrawn: not done, and the complaint was withdrawn.
	Withdrawn Status = "withdrawn"
	// WindowOpen and WindowClosed are for periods that nothing in the case
	// file meets (the Ombudsman's one-year window): whether the last day is
	// still to come, or has passed.
	WindowOpen   Status = "window-open"
	WindowClosed Status = "window-closed"
)

// A Deadline is one rule applied to one case.
type Deadline struct {
	Rule      string    `json:"rule"` // the rule's id, e.g. "W14-ACK"
	Milestone Milestone `json:"milestone"`
	Citation  string    `json:"citation"`
	Basis     Basis     `json:"basis"`

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
	// an agreed revised date, when one is recorded; it replaces Due when
	// judging InTime, Late and Overdue, but not Due itself.
	Due        calendar.Date `json:"due"`
	ExtendedTo calendar.Date `json:"extended_to,omitzero"`

	// Done is the date the milestone was met, when it was. Taken is the
	// number of working days d with From < d <= Done (0 when not done or
	// for a calendar period). Band is the response-time band of Taken for
	// the stage 1 and stage 2 responses (SPEC section 4).
	Done  calendar.Date `json:"done,omitzero"`
	Taken int           `json:"taken"`
	Band  string        `json:"band,omitempty"`
	// OmbudsmanBand is the same response in the Ombudsman's
	// complaint-handling bands (OmbudsmanBandFor).
	OmbudsmanBand string `json:"ombudsman_band,omitempty"`

	Status Status `json:"status"`
	// LateBy counts, for Late and Overdue, the working days after the due
	// (or revised) date up to Done or the date of evaluation; for a
	// calendar period, calendar days.
	LateBy int `json:"late_by,omitempty"`

	// Provisional reports that a date involved falls in a year whose bank
	// holidays are not yet officially published.
	Provisional bool `json:"provisional"`

	cal *calendar.Calendar
}

// IsDone reports whether the milestone has been met.
func (d Deadline) IsDone() bool { return !d.Done.IsZero() }

// InTime reports whether the milestone was met in time.
func (d Deadline) InTime() bool { return d.Status == InTime }

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

// A CaseStatus summarises a complaint as of the date of evaluation (the
// status column of assess, SPEC section 7).
type CaseStatus string

// The statuses of a complaint.
const (
	StatusOpen           CaseStatus = "open"
	StatusOverdue        CaseStatus = "overdue"
	StatusResolvedStage1 CaseStatus = "resolved-stage1"
	StatusResolvedStage2 CaseStatus = "resolved-stage2"
	StatusStage3         CaseStatus = "stage3"
	StatusWithdrawn      CaseStatus = "withdrawn"
)

// An Assessment is the result of evaluating one case.
type Assessment struct {
	ID     string     `json:"id"`
	Kind   RecordKind `json:"kind"`
	Regime Regime     `json:"regime,omitempty"` // empty for comments and compliments
	// Received is the date of receipt; DeemedReceived the date it is deemed
	// received under Engine.DeemNextWorkingDay (zero when not deemed).
	Received       calendar.Date `json:"received"`
	DeemedReceived calendar.Date `json:"deemed_received,omitzero"`
	AsOf           calendar.Date `json:"as_of"`
	// Deadlines holds one entry for every rule of the regime that applies
	// to the case, in the order of the rule table. Comments and
	// compliments have none.
	Deadlines []Deadline `json:"deadlines"`
	// Status is empty for comments and compliments.
	Status          CaseStatus `json:"status,omitempty"`
	Provisional     bool       `json:"provisional"`
	CalendarVersion string     `json:"calendar_version"`
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

// flow is the order in which a complaint's events happen; a milestone
// whose event is missing is NotRecorded when a later one is recorded.
var flow = [...]Event{
	Received, Acknowledged, Discussed, Stage1Responded, Stage2Requested,
	Stage2Responded, Stage3Requested, PanelRequestAcknowledged,
	StatementRequested, StatementReceived, PanelHeld,
}

// movedPast reports whether any event after e in the flow is recorded in c.
func (c *Case) movedPast(e Event) bool {
	after := false
	for _, f := range flow {
		if after && !c.date(f).IsZero() {
			return true
		}
		if f == e {
			after = true
		}
	}
	return false
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
// allocates nothing per case. On error *dst is left unspecified.
func (e Engine) EvaluateInto(dst *Assessment, c Case, asOf calendar.Date) error {
	cal := e.calendar()
	if err := e.Validate(c); err != nil {
		return err
	}
	if _, err := cal.IsWorkingDay(asOf); err != nil {
		return err
	}
	*dst = Assessment{
		ID:              c.ID,
		Kind:            c.Kind,
		Received:        c.Received,
		AsOf:            asOf,
		CalendarVersion: cal.Version(),
		Provisional:     cal.IsProvisional(c.Received),
		Deadlines:       dst.Deadlines[:0],
	}
	a := dst
	if c.Kind != Complaint {
		return nil
	}
	a.Regime, _ = RegimeFor(c.Received) // validated above
	if e.DeemNextWorkingDay {
		if ok, _ := cal.IsWorkingDay(c.Received); !ok {
			a.DeemedReceived, _ = cal.NextWorkingDay(c.Received)
		}
	}
	if a.Deadlines == nil {
		a.Deadlines = make([]Deadline, 0, len(ruleTable))
	}
	// dues records the due dates computed so far, by the event that meets
	// them, for the chained rules.
	var dues [len(ruleTable)]struct {
		e Event
		d calendar.Date
	}
	nd := 0
	for _, i := range rulesOf(a.Regime) {
		r := &ruleTable[i]
		a.Deadlines = append(a.Deadlines, Deadline{})
		d := &a.Deadlines[len(a.Deadlines)-1]
		ok, err := e.deadline(d, cal, r, &c, a.DeemedReceived, asOf, func(ev Event) (calendar.Date, bool) {
			for _, x := range dues[:nd] {
				if x.e == ev {
					return x.d, true
				}
			}
			return calendar.Date{}, false
		})
		if err != nil {
			return outOfRange(&c, r, err)
		}
		if !ok {
			a.Deadlines = a.Deadlines[:len(a.Deadlines)-1]
			continue
		}
		if nd < len(dues) && r.MetBy != NoEvent {
			dues[nd].e, dues[nd].d = r.MetBy, d.Due
			nd++
		}
		a.Provisional = a.Provisional || d.Provisional
	}
	a.Status = caseStatus(&c, a)
	return nil
}

// regimeRules lists, for each regime in the order of the regime table, the
// positions in ruleTable of its rules. It is computed once from the two
// tables and never changed.
var regimeRules = func() [len(regimes)][]int {
	var out [len(regimes)][]int
	for k := range regimes {
		for i := range ruleTable {
			if ruleTable[i].AppliesTo(regimes[k].Name) {
				out[k] = append(out[k], i)
			}
		}
	}
	return out
}()

// rulesOf returns the positions in ruleTable of the rules of regime r, in
// table order.
func rulesOf(r Regime) []int {
	for k := range regimes {
		if regimes[k].Name == r {
			return regimeRules[k]
		}
	}
	return nil
}

// deadline applies rule r to case c, writing the result into *d (in place,
// so that a Deadline is not copied on its way into the Assessment). It
// reports false when the rule does not apply (its start event is unknown).
func (e Engine) deadline(d *Deadline, cal *calendar.Calendar, r *Rule, c *Case, deemed, asOf calendar.Date, dueOf func(Event) (calendar.Date, bool)) (bool, error) {
	*d = Deadline{
		Rule: r.ID, Milestone: r.Milestone, Citation: r.Citation, Basis: r.Basis,
		FromEvent: r.Start, WorkingDays: r.WorkingDays, Months: r.Months, cal: cal,
	}
	d.From = c.date(r.Start)
	if d.From.IsZero() {
		if !r.StartMayBeDue {
			return false, nil
		}
		due, ok := dueOf(r.Start)
		if !ok {
			return false, nil
		}
		d.From, d.FromIsDue = due, true
	} else if r.Start == Received && !deemed.IsZero() {
		d.From, d.Deemed = deemed, true
	} else if r.Start == Stage2Requested && e.DeemNextWorkingDay {
		// A stage 2 request received on a non-working day is deemed
		// received on the next working day too (see Engine).
		if ok, _ := cal.IsWorkingDay(d.From); !ok {
			next, err := cal.NextWorkingDay(d.From)
			if err != nil {
				return false, err
			}
			d.From, d.Deemed = next, true
		}
	}
	if r.MetBy != NoEvent {
		d.Done = c.date(r.MetBy)
	}
	if r.ExtendedBy == "stage2_extended_to" {
		d.ExtendedTo = c.Stage2ExtendedTo
	}

	var err error
	if r.Months > 0 {
		d.Due = PeriodEnd(r.Period, d.From, r.Months)
	} else if d.Due, err = cal.AddWorkingDays(d.From, r.WorkingDays); err != nil {
		return false, err
	}

	// lateBy counts the days from the effective due date to t.
	lateBy := func(t calendar.Date) (int, error) {
		if r.Months > 0 {
			return t.DaysSince(d.EffectiveDue()), nil
		}
		return cal.WorkingDaysBetween(d.EffectiveDue(), t)
	}
	switch {
	case d.IsDone():
		if r.WorkingDays > 0 {
			if d.Taken, err = cal.WorkingDaysBetween(d.From, d.Done); err != nil {
				return false, err
			}
			d.Taken = max(d.Taken, 0) // done before a deemed start
		}
		if d.Milestone == Stage1Response || d.Milestone == Stage2Response {
			regime, _ := RegimeFor(c.Received)
			d.Band = BandFor(regime, d.Taken)
			d.OmbudsmanBand = OmbudsmanBandFor(d.From, d.Done, d.Taken)
		}
		if d.Done.After(d.EffectiveDue()) {
			d.Status = Late
			if d.LateBy, err = lateBy(d.Done); err != nil {
				return false, err
			}
		} else {
			d.Status = InTime
		}
	case r.MetBy == NoEvent:
		d.Status = WindowOpen
		if asOf.After(d.Due) {
			d.Status = WindowClosed
		}
	case !c.Withdrawn.IsZero():
		d.Status = Withdrawn
	case c.movedPast(r.MetBy):
		d.Status = NotRecorded
	default:
		switch asOf.Compare(d.EffectiveDue()) {
		case -1:
			d.Status = NotYetDue
		case 0:
			d.Status = DueToday
		default:
			d.Status = Overdue
			if d.LateBy, err = lateBy(asOf); err != nil {
				return false, err
			}
		}
	}
	overdueTo := calendar.Date{} // an overdue count runs to the date of evaluation
	if d.Status == Overdue {
		overdueTo = asOf
	}
	for _, t := range [...]calendar.Date{d.From, d.Due, d.ExtendedTo, d.Done, overdueTo} {
		if !t.IsZero() && cal.IsProvisional(t) {
			d.Provisional = true
		}
	}
	return true, nil
}

// outOfRange turns the error of a deadline whose count runs past the
// calendar's range (received 2099-12-30: the acknowledgement would be due
// in 2100) into a *ValidationError naming the case-file column of the date
// the count starts from, so that it is reported like any other bad value.
// The *calendar.RangeError stays reachable through errors.As. Any other
// error is returned as it is.
func outOfRange(c *Case, r *Rule, err error) error {
	var re *calendar.RangeError
	if !errors.As(err, &re) {
		return err
	}
	field := "received" // a count from a due date runs, in the end, from receipt
	if c.date(r.Start) == re.Date {
		field = r.Start.column()
	}
	return &ValidationError{ID: c.ID, Problems: []Problem{{
		Field:   field,
		Message: strings.TrimPrefix(re.Error(), "calendar: ") + ": the " + r.ID + " deadline cannot be computed",
		Err:     err,
	}}}
}

// caseStatus summarises an evaluated complaint.
func caseStatus(c *Case, a *Assessment) CaseStatus {
	switch {
	case !c.Withdrawn.IsZero():
		return StatusWithdrawn
	case !c.Stage3Requested.IsZero():
		return StatusStage3
	case !c.Stage2Response.IsZero():
		return StatusResolvedStage2
	case !c.Stage1Response.IsZero() && c.Stage2Requested.IsZero():
		return StatusResolvedStage1
	}
	for _, d := range a.Deadlines {
		if d.Status == Overdue {
			return StatusOverdue
		}
	}
	return StatusOpen
}
