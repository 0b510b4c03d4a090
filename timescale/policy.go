package timescale

import (
	"slices"
	"strconv"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// A Policy is what a council's own complaints policies add to the rule
// table: local targets, set beside the statutory rules and never in their
// place, and the optional rules the council does not use. The zero Policy
// adds nothing. Package policy reads one from a council's policy file,
// whose format is the JSON form of this type.
type Policy struct {
	// Name names the council or the set of policies, for people.
	Name string `json:"name,omitempty"`
	// Targets are the local targets, at most one for each procedure,
	// milestone and first day (From).
	Targets []LocalTarget `json:"targets,omitempty"`
	// SwitchedOff lists the ids of optional rules (Rule.Optional) the
	// council's procedure leaves out, such as CORP-ACK: they do not apply.
	// A rule that is not optional cannot be switched off.
	SwitchedOff []string `json:"switched_off,omitempty"`
}

// IsZero reports whether p adds nothing to the rule table.
func (p Policy) IsZero() bool { return len(p.Targets) == 0 && len(p.SwitchedOff) == 0 }

// A LocalTarget is a council's own target for one milestone of one
// procedure, such as a stage 1 response in 15 working days for social
// services complaints where the regulations give 17. Its period runs from
// the same day as the statutory rule of the milestone (Deadline.From); it
// is judged against its own due date, never against an agreed revised date,
// and never changes the statutory due date or status.
type LocalTarget struct {
	// Procedure and Milestone say which deadline the target is for: a
	// milestone of a rule, counted in working days and met by an event of
	// the case file, of a regime that governs the procedure.
	Procedure Procedure `json:"procedure"`
	Milestone Milestone `json:"milestone"`
	// WorkingDays is the target, from 1 to MaxTargetDays.
	WorkingDays int `json:"working_days"`
	// Name names the target for people, e.g. "stage 1 response".
	Name string `json:"name"`
	// Source names the policy document the target comes from, e.g.
	// "Pembrokeshire complaints policy 2023"; URL is its address, if any.
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`
	// From is the first day of receipt the target applies to; the zero
	// Date means every case.
	From calendar.Date `json:"from,omitzero"`
}

// MaxTargetDays is the largest number of working days a local target may
// have: about a year of working days.
const MaxTargetDays = 250

// appliesTo reports whether target x applies to the deadline of milestone
// m of a case of procedure p received on received.
func (x *LocalTarget) appliesTo(p Procedure, m Milestone, received calendar.Date) bool {
	return x.Procedure == p && x.Milestone == m && !received.Before(x.From)
}

// switchedOff reports whether the policy switches off the rule with id.
func (p *Policy) switchedOff(id string) bool { return slices.Contains(p.SwitchedOff, id) }

// A TargetDeadline is a local target applied to one deadline of a case: its
// own due date and status beside the statutory ones, which it never
// replaces (Deadline.Target).
type TargetDeadline struct {
	Name        string `json:"name"`
	Source      string `json:"source"`
	WorkingDays int    `json:"working_days"`
	// Due is the last day on which the milestone meets the target:
	// WorkingDays working days after the deadline's From.
	Due calendar.Date `json:"due"`
	// Status is as for the statutory deadline, against Due alone:
	// in-time, late, not-yet-due, due-today, overdue, withdrawn,
	// not-recorded or not-judged. LateBy counts the working days after Due,
	// for late and overdue.
	Status DeadlineStatus `json:"status"`
	LateBy int            `json:"late_by,omitempty"`
}

// IsZero reports whether t is the zero TargetDeadline: no local target.
func (t TargetDeadline) IsZero() bool { return t == TargetDeadline{} }

// Met reports whether the milestone was met by the target's due date.
func (t TargetDeadline) Met() bool { return t.Status == DeadlineInTime }

// A TargetError reports a part of a Policy that cannot be used. Its Kind is
// one of the policy codes of package problem.
type TargetError struct {
	Kind problem.Code
	// Index is the position of the target in Policy.Targets, or of the
	// entry in Policy.SwitchedOff when Key is "switched_off".
	Index int
	// Key names the field at fault: procedure, milestone, working_days,
	// name, source or switched_off.
	Key   string
	Value string   // the value at fault, as text
	Want  []string // what is accepted, when it is a list
	// Earlier is the position of the earlier target a duplicate repeats.
	Earlier int
}

func (e *TargetError) Error() string { return "timescale: " + e.Message() }

// Code returns e.Kind.
func (e *TargetError) Code() problem.Code { return e.Kind }

// Message returns the error for people.
func (e *TargetError) Message() string {
	switch e.Kind {
	case problem.PolicyUnknownProcedure:
		return problem.Quote(e.Value) + " is not a procedure any regime governs: want " + orList(e.Want)
	case problem.PolicyUnknownMilestone:
		return problem.Quote(e.Value) + " is not a milestone of that procedure counted in working days: want " + orList(e.Want)
	case problem.PolicyDaysOutOfRange:
		return e.Value + " working days is not a target: want a whole number from 1 to " + strconv.Itoa(MaxTargetDays)
	case problem.PolicyMissingValue:
		return "required: give the target's " + keyNoun(e.Key)
	case problem.PolicyDuplicateTarget:
		return "a second target for the same procedure, milestone and first day as target " + strconv.Itoa(e.Earlier+1) + ": keep one"
	case problem.PolicyNotOptional:
		return problem.Quote(e.Value) + " is not an optional rule, and only an optional rule can be switched off: want " + orList(e.Want)
	}
	return "this part of the policy cannot be used"
}

// keyNoun names a field of a local target for people.
func keyNoun(key string) string {
	switch key {
	case "working_days":
		return "number of working days"
	case "source":
		return "source (the policy document it comes from)"
	}
	return key
}

// CheckPolicy returns a *PolicyError listing everything wrong with p for
// this table, or nil when the engine can use it: every target has a
// procedure some regime of the table governs; a milestone of a rule of
// such a regime that is counted in working days and met by an event of the
// case file; from 1 to MaxTargetDays working days; a name and a source; and
// no two targets share a procedure, milestone and first day. Every id in
// SwitchedOff is that of an optional rule of the table. Each problem's
// Field is the target's place and key, such as "targets[2].working_days",
// and its Err a *TargetError.
func (t *Table) CheckPolicy(p Policy) error {
	var ps []problem.Problem
	add := func(e *TargetError) {
		field := "switched_off[" + strconv.Itoa(e.Index) + "]"
		if e.Key != "switched_off" {
			field = "targets[" + strconv.Itoa(e.Index) + "]." + e.Key
		}
		ps = append(ps, problem.New(field, e))
	}
	for i := range p.Targets {
		x := &p.Targets[i]
		switch {
		case x.Procedure == "":
			add(&TargetError{Kind: problem.PolicyMissingValue, Index: i, Key: "procedure"})
		case !t.governed(x.Procedure):
			add(&TargetError{Kind: problem.PolicyUnknownProcedure, Index: i, Key: "procedure", Value: string(x.Procedure), Want: t.procedures()})
		case x.Milestone == "":
			add(&TargetError{Kind: problem.PolicyMissingValue, Index: i, Key: "milestone"})
		case !slices.Contains(t.targetMilestones(x.Procedure), x.Milestone):
			ms := t.targetMilestones(x.Procedure)
			want := make([]string, len(ms))
			for j, m := range ms {
				want[j] = string(m)
			}
			add(&TargetError{Kind: problem.PolicyUnknownMilestone, Index: i, Key: "milestone", Value: string(x.Milestone), Want: want})
		}
		if x.WorkingDays < 1 || x.WorkingDays > MaxTargetDays {
			add(&TargetError{Kind: problem.PolicyDaysOutOfRange, Index: i, Key: "working_days", Value: strconv.Itoa(x.WorkingDays)})
		}
		if x.Name == "" {
			add(&TargetError{Kind: problem.PolicyMissingValue, Index: i, Key: "name"})
		}
		if x.Source == "" {
			add(&TargetError{Kind: problem.PolicyMissingValue, Index: i, Key: "source"})
		}
		for j := range p.Targets[:i] {
			if y := &p.Targets[j]; y.Procedure == x.Procedure && y.Milestone == x.Milestone && y.From == x.From {
				add(&TargetError{Kind: problem.PolicyDuplicateTarget, Index: i, Key: "milestone", Value: string(x.Milestone), Earlier: j})
				break
			}
		}
	}
	for i, id := range p.SwitchedOff {
		if k := t.ruleIndex(id); k < 0 || !t.rules[k].Optional {
			add(&TargetError{Kind: problem.PolicyNotOptional, Index: i, Key: "switched_off", Value: id, Want: t.optionalRules()})
		}
	}
	if ps == nil {
		return nil
	}
	return &PolicyError{Problems: ps}
}

// governed reports whether a regime of t governs procedure p.
func (t *Table) governed(p Procedure) bool {
	for i := range t.regimes {
		if slices.Contains(t.regimes[i].Procedures, p) {
			return true
		}
	}
	return false
}

// targetMilestones returns the milestones a local target for procedure p
// may have: those of the rules of the regimes governing p that are counted
// in working days and met by an event, in table order.
func (t *Table) targetMilestones(p Procedure) []Milestone {
	var out []Milestone
	for i := range t.regimes {
		if !slices.Contains(t.regimes[i].Procedures, p) {
			continue
		}
		for _, k := range t.byRegime[i] {
			if r := &t.rules[k]; r.WorkingDays > 0 && r.MetBy != NoEvent && !slices.Contains(out, r.Milestone) {
				out = append(out, r.Milestone)
			}
		}
	}
	return out
}

// optionalRules lists the ids of the optional rules of t.
func (t *Table) optionalRules() []string {
	var out []string
	for i := range t.rules {
		if t.rules[i].Optional {
			out = append(out, t.rules[i].ID)
		}
	}
	return out
}

// A PolicyError lists every problem found in a Policy (Table.CheckPolicy),
// each with a *TargetError.
type PolicyError struct {
	Problems []problem.Problem
}

func (e *PolicyError) Error() string {
	s := "timescale: the policy cannot be used: "
	for i, p := range e.Problems {
		if i > 0 {
			s += "; "
		}
		s += p.String()
	}
	return s
}

// Code returns the code of the first problem.
func (e *PolicyError) Code() problem.Code {
	if len(e.Problems) == 0 {
		return ""
	}
	return e.Problems[0].Code
}

// Unwrap returns the errors of the problems.
func (e *PolicyError) Unwrap() []error {
	errs := make([]error, 0, len(e.Problems))
	for _, p := range e.Problems {
		if p.Err != nil {
			errs = append(errs, p.Err)
		}
	}
	return errs
}

// applyTarget sets d.Target from the engine's policy: the first local
// target for d's milestone and the case's procedure, when there is one.
// It is called once d's statutory fields are set.
func (e *Engine) applyTarget(d *Deadline, cal *calendar.Calendar, r *Rule, c *Case, asOf calendar.Date) error {
	p := c.Procedure
	if p == "" {
		p = ComplaintProcedure
	}
	for i := range e.Policy.Targets {
		x := &e.Policy.Targets[i]
		if !x.appliesTo(p, r.Milestone, c.Received) || r.WorkingDays == 0 {
			continue
		}
		due, err := cal.AddWorkingDays(d.From, x.WorkingDays)
		if err != nil {
			return err
		}
		tg := TargetDeadline{Name: x.Name, Source: x.Source, WorkingDays: x.WorkingDays, Due: due}
		switch d.Status {
		case DeadlineNotJudged, DeadlineWithdrawn, DeadlineNotRecorded, DeadlineWindowOpen, DeadlineWindowClosed:
			tg.Status = d.Status
		default:
			at := d.Done
			if !d.IsDone() {
				at = asOf
			}
			switch {
			case !at.After(due) && d.IsDone():
				tg.Status = DeadlineInTime
			case d.IsDone():
				tg.Status = DeadlineLate
			case asOf.Before(due):
				tg.Status = DeadlineNotYetDue
			case asOf == due:
				tg.Status = DeadlineDueToday
			default:
				tg.Status = DeadlineOverdue
			}
			if tg.Status == DeadlineLate || tg.Status == DeadlineOverdue {
				if tg.LateBy, err = cal.WorkingDaysBetween(due, at); err != nil {
					return err
				}
			}
		}
		d.Target = tg
		if cal.IsProvisional(due) {
			d.Provisional = true
		}
		return nil
	}
	return nil
}
