package timescale

import (
	"fmt"
	"slices"
	"sync"

	"github.com/cymru-complaints/statutory/calendar"
)

// A Table is a set of regimes and their rules: the data the engine
// evaluates cases against. Statutory returns the table of the procedures
// that this package encodes; NewTable makes another
// (a council's other procedures, or a hypothetical regime in a test). A
// Table is immutable and safe for concurrent use.
type Table struct {
	regimes []RegimeInfo
	rules   []Rule
	// byRegime lists, for each regime in table order, the positions of its
	// rules in table order.
	byRegime [][]int
	// plans holds, for each rule, the fields its events are recorded in.
	plans []rulePlan
	// governing lists, for each procedure a regime names, the positions of
	// the regimes that govern it, in table order (RegimeInfo.Governs).
	governing []governed
	// reach bounds, in calendar days, how far after the latest date of a
	// case any of its deadlines can fall: the periods of every rule, end
	// to end (working days counted at most twice over, with two weeks for
	// holidays; months at 31 days), and a week for a deemed receipt.
	reach int
}

// A governed lists the regimes of a table that govern one procedure, so
// that the regime of a case is found among them alone
// (BenchmarkEvaluateIntoMixed).
type governed struct {
	procedure Procedure
	regimes   []int // positions in Table.regimes, in table order
}

// rulePlan holds the fields a rule reads, looked up once.
type rulePlan struct {
	start, metBy, extendedBy *Field // nil when the rule has none
	condition                *Field // the field of JudgedWhen, or nil
	// fromReceipt and fromStage2Request report that the rule starts from
	// receipt, or from a stage 2 request (the starts that may be deemed).
	fromReceipt, fromStage2Request bool
	// template holds the fields of a deadline of the rule that are the
	// same for every case: for any procedure but children's
	// representations, then for them (Rule.CitationFor), as
	// filling.deadline copies them (BenchmarkEvaluateIntoMixed).
	template [2]Deadline
}

// maxStages is the largest number of stages a regime may have.
const maxStages = 32

// NewTable returns a table of the given regimes, in order of cutover for
// each procedure, and rules. It checks that regime names and rule ids are
// unique and non-empty, that a regime's basis, when given, is one of
// Bases, that every rule names regimes of the table and
// events of the field table (Fields), that every regime has from 1 to 32
// stages and an open-ended last band, that a rule's stage is one of its
// regimes', that every basis is one of Bases, that a rule's ExtendedBy
// names a date field and its JudgedWhen a choice of a choice field, and
// that a regime's transition policies have distinct names and move only
// stages it has (KeepRegime moving none).
func NewTable(regimes []RegimeInfo, rules []Rule) (*Table, error) {
	t := &Table{regimes: make([]RegimeInfo, len(regimes)), rules: make([]Rule, len(rules))}
	names := make(map[Regime]int)
	for i, r := range regimes {
		switch {
		case r.Name == "":
			return nil, fmt.Errorf("timescale: regime %d has no name", i+1)
		case len(r.Procedures) == 0:
			return nil, fmt.Errorf("timescale: regime %s governs no procedure", r.Name)
		case r.Stages < 1 || r.Stages > maxStages:
			return nil, fmt.Errorf("timescale: regime %s has %d stages, want 1 to %d", r.Name, r.Stages, maxStages)
		case !r.From.IsValid():
			return nil, fmt.Errorf("timescale: regime %s starts on %v, which is not a date", r.Name, r.From)
		case len(r.Bands) == 0 || r.Bands[len(r.Bands)-1].Max >= 0:
			return nil, fmt.Errorf("timescale: the last response-time band of regime %s must be open-ended (Max -1)", r.Name)
		case r.Basis != "" && !knownBasis(r.Basis):
			return nil, fmt.Errorf("timescale: regime %s has basis %q, not one of %v", r.Name, r.Basis, Bases())
		}
		if _, dup := names[r.Name]; dup {
			return nil, fmt.Errorf("timescale: regime %s is listed twice", r.Name)
		}
		if err := checkTransitions(r); err != nil {
			return nil, err
		}
		names[r.Name] = i
		t.regimes[i] = r.clone()
	}
	for i := range t.regimes {
		for _, p := range t.regimes[i].Procedures {
			if p != "" && !slices.ContainsFunc(t.governing, func(g governed) bool { return g.procedure == p }) {
				g := governed{procedure: p}
				for j := range t.regimes {
					if t.regimes[j].Governs(p) {
						g.regimes = append(g.regimes, j)
					}
				}
				t.governing = append(t.governing, g)
			}
		}
	}
	t.byRegime = make([][]int, len(regimes))
	t.reach = 7
	for _, r := range rules {
		t.reach += 2*r.WorkingDays + 14 + 31*r.Months + 1
	}
	t.plans = make([]rulePlan, len(rules))
	ids := make(map[string]bool)
	event := func(id string, e Event) (*Field, error) {
		if e == NoEvent {
			return nil, nil
		}
		f, ok := eventFields[e]
		if !ok {
			return nil, fmt.Errorf("timescale: rule %s names event %q, which no field records", id, e)
		}
		return f, nil
	}
	for i, r := range rules {
		if r.ID == "" || ids[r.ID] {
			return nil, fmt.Errorf("timescale: rule %d has an empty or repeated id %q", i+1, r.ID)
		}
		ids[r.ID] = true
		if (r.WorkingDays > 0) == (r.Months > 0) {
			return nil, fmt.Errorf("timescale: rule %s needs a period in working days or in months, not both", r.ID)
		}
		if !knownBasis(r.Basis) || (r.RepresentationsBasis != "" && !knownBasis(r.RepresentationsBasis)) {
			return nil, fmt.Errorf("timescale: rule %s has a basis that is not one of %v", r.ID, Bases())
		}
		if !r.OwedBy.valid() {
			return nil, fmt.Errorf("timescale: rule %s is owed by %v, not one of %v", r.ID, r.OwedBy, Parties())
		}
		t.rules[i] = r.clone()
		for _, name := range r.Regimes {
			k, ok := names[name]
			if !ok {
				return nil, fmt.Errorf("timescale: rule %s names regime %s, which is not in the table", r.ID, name)
			}
			if r.Stage < 0 || r.Stage > t.regimes[k].Stages {
				return nil, fmt.Errorf("timescale: rule %s is of stage %d, which regime %s does not have", r.ID, r.Stage, name)
			}
			t.byRegime[k] = append(t.byRegime[k], i)
		}
		var err error
		p := &t.plans[i]
		if p.start, err = event(r.ID, r.Start); err != nil {
			return nil, err
		}
		if p.start == nil {
			return nil, fmt.Errorf("timescale: rule %s has no start event", r.ID)
		}
		if p.metBy, err = event(r.ID, r.MetBy); err != nil {
			return nil, err
		}
		p.fromReceipt, p.fromStage2Request = r.Start == Received, r.Start == Stage2Requested
		for k, proc := range [...]Procedure{ComplaintProcedure, RepresentationProcedure} {
			cite, basis := r.citationFor(proc)
			p.template[k] = Deadline{
				RuleID: r.ID, Stage: r.Stage, Response: r.Response, Milestone: r.Milestone,
				Citation: cite, Basis: basis, OwedBy: r.OwedBy, FromEvent: r.Start, WorkingDays: r.WorkingDays, Months: r.Months,
			}
		}
		if r.ExtendedBy != "" {
			f, ok := fieldNamed(r.ExtendedBy)
			if !ok || f.Type != DateField {
				return nil, fmt.Errorf("timescale: rule %s is extended by %q, which is not a date field", r.ID, r.ExtendedBy)
			}
			p.extendedBy = f
		}
		if cond := r.JudgedWhen; !cond.IsZero() {
			f, ok := fieldNamed(cond.Field)
			if !ok || f.Type != ChoiceField || !slices.Contains(f.Choices, cond.Value) {
				return nil, fmt.Errorf("timescale: rule %s is judged when %s is %q, which is not a choice of a choice field", r.ID, cond.Field, cond.Value)
			}
			p.condition = f
		}
	}
	return t, nil
}

// knownBasis reports whether b is one of Bases.
func knownBasis(b Basis) bool { return slices.Contains(Bases(), b) }

// checkTransitions checks the transition policies of regime r.
func checkTransitions(r RegimeInfo) error {
	seen := make(map[Transition]bool)
	for _, p := range r.Transitions {
		if p.Name == "" || seen[p.Name] {
			return fmt.Errorf("timescale: regime %s has a transition policy with an empty or repeated name %q", r.Name, p.Name)
		}
		seen[p.Name] = true
		if p.Name == KeepRegime && len(p.ByRequestDate) > 0 {
			return fmt.Errorf("timescale: the %s policy of regime %s moves stages %v: it keeps every stage", KeepRegime, r.Name, p.ByRequestDate)
		}
		for _, s := range p.ByRequestDate {
			if s < 2 || s > r.Stages {
				return fmt.Errorf("timescale: the %s policy of regime %s moves stage %d: want a later stage (2 to %d) of the regime", p.Name, r.Name, s, r.Stages)
			}
		}
		if !knownBasis(p.Basis) {
			return fmt.Errorf("timescale: the %s policy of regime %s has basis %q, not one of %v", p.Name, r.Name, p.Basis, Bases())
		}
	}
	return nil
}

// statutory is the table of the encoded regimes, made once.
var statutory = sync.OnceValue(func() *Table {
	t, err := NewTable(regimeTable, ruleTable[:])
	if err != nil {
		panic(err) // the package's own tables; a test keeps them valid
	}
	return t
})

// Statutory returns the table of the procedures this package encodes: the
// Welsh social services complaints procedures (the regimes wales-2005 and
// wales-2014) and a council's corporate procedure under the Ombudsman's
// model (psow-model), with their rules, as RULES.md lists them.
func Statutory() *Table { return statutory() }

// Regimes returns the regimes of the table, in table order.
func (t *Table) Regimes() []RegimeInfo {
	out := make([]RegimeInfo, len(t.regimes))
	for i, r := range t.regimes {
		out[i] = r.clone()
	}
	return out
}

// Rules returns the rules of the table, in table order.
func (t *Table) Rules() []Rule {
	out := make([]Rule, len(t.rules))
	for i, r := range t.rules {
		out[i] = r.clone()
	}
	return out
}

// Rule returns the rule with the given id, and whether there is one.
func (t *Table) Rule(id string) (Rule, bool) {
	if i := t.ruleIndex(id); i >= 0 {
		return t.rules[i].clone(), true
	}
	return Rule{}, false
}

func (t *Table) ruleIndex(id string) int {
	for i := range t.rules {
		if t.rules[i].ID == id {
			return i
		}
	}
	return -1
}

// Regime returns the regime called name, and whether there is one.
func (t *Table) Regime(name Regime) (RegimeInfo, bool) {
	if i := t.regimeIndex(name); i >= 0 {
		return t.regimes[i].clone(), true
	}
	return RegimeInfo{}, false
}

// Stages returns the number of stages of the regime called name, and
// whether there is such a regime: Regime(name).Stages without copying the
// regime, for a caller that asks for every record of a file
// (BenchmarkReport1M, allocs/op).
func (t *Table) Stages(name Regime) (int, bool) {
	if i := t.regimeIndex(name); i >= 0 {
		return t.regimes[i].Stages, true
	}
	return 0, false
}

func (t *Table) regimeIndex(name Regime) int {
	for i := range t.regimes {
		if t.regimes[i].Name == name {
			return i
		}
	}
	return -1
}

// RegimeFor returns the regime that governs a case of procedure p (the
// empty Procedure meaning ComplaintProcedure) received on the given date:
// the last regime of the procedure, in table order, whose From is not after
// received. Before the first, the error is a *NoRegimeError; for a
// procedure no regime governs, a *ValueError.
func (t *Table) RegimeFor(p Procedure, received calendar.Date) (RegimeInfo, error) {
	i, err := t.regimeFor(p, received)
	if err != nil {
		return RegimeInfo{}, err
	}
	return t.regimes[i].clone(), nil
}

func (t *Table) regimeFor(p Procedure, received calendar.Date) (int, error) {
	rs := t.governs(p)
	if len(rs) == 0 {
		return -1, &ValueError{Field: "procedure", Value: string(p), Want: t.procedures()}
	}
	for k := len(rs) - 1; k >= 0; k-- {
		if i := rs[k]; !received.Before(t.regimes[i].From) {
			return i, nil
		}
	}
	return -1, &NoRegimeError{Received: received, First: t.regimes[rs[0]].clone()}
}

// governs returns the positions of the regimes that govern procedure p
// (the empty Procedure meaning ComplaintProcedure), in table order.
func (t *Table) governs(p Procedure) []int {
	if p == "" {
		p = ComplaintProcedure
	}
	for i := range t.governing {
		if t.governing[i].procedure == p {
			return t.governing[i].regimes
		}
	}
	return nil
}

// procedures lists the procedures the table's regimes govern.
func (t *Table) procedures() []string {
	var out []string
	seen := make(map[Procedure]bool)
	for _, r := range t.regimes {
		for _, p := range r.Procedures {
			if !seen[p] {
				seen[p] = true
				out = append(out, string(p))
			}
		}
	}
	return out
}

// regimeNames lists the names of the table's regimes.
func (t *Table) regimeNames() []string {
	out := make([]string, len(t.regimes))
	for i, r := range t.regimes {
		out[i] = string(r.Name)
	}
	return out
}

// Span returns the dates of receipt that regime name governs: from its From
// to the day before the From of the next regime in the table that governs
// one of its procedures, or to last when there is none. It reports false
// for a regime not in the table.
func (t *Table) Span(name Regime, last calendar.Date) (from, to calendar.Date, ok bool) {
	i := t.regimeIndex(name)
	if i < 0 {
		return calendar.Date{}, calendar.Date{}, false
	}
	r := &t.regimes[i]
	to = last
	for _, next := range t.regimes[i+1:] {
		if next.From.After(r.From) && slices.ContainsFunc(r.Procedures, next.Governs) && !next.From.AddDays(-1).After(to) {
			to = next.From.AddDays(-1)
			break
		}
	}
	return r.From, to, true
}

// Responses returns the rules of regime name that measure a stage's
// response (Rule.Response), in order of stage.
func (t *Table) Responses(name Regime) []Rule {
	i := t.regimeIndex(name)
	if i < 0 {
		return nil
	}
	var out []Rule
	for _, k := range t.byRegime[i] {
		if t.rules[k].Response {
			out = append(out, t.rules[k].clone())
		}
	}
	slices.SortStableFunc(out, func(a, b Rule) int { return a.Stage - b.Stage })
	return out
}

// Transitions returns the readings of the transition between regimes that
// an [Engine] on the table accepts as its Transition: [KeepRegime] first,
// then the name of every other transition policy of the table's regimes
// ([RegimeInfo.Transitions]), once each, in table order.
func (t *Table) Transitions() []Transition {
	out := []Transition{KeepRegime}
	for _, r := range t.regimes {
		for _, p := range r.Transitions {
			if !slices.Contains(out, p.Name) {
				out = append(out, p.Name)
			}
		}
	}
	return out
}

// ParseTransition returns the reading of the transition between regimes
// named s, one of [Table.Transitions], spelled as they spell it. Any other
// text, the empty text among them, is a *ValueError of the field
// "transition" listing the readings.
func (t *Table) ParseTransition(s string) (Transition, error) {
	if name := Transition(s); t.knowsTransition(name) {
		return name, nil
	}
	return "", &ValueError{Field: "transition", Value: s, Want: t.transitionNames()}
}

// transitionNames returns the names of Transitions, as text.
func (t *Table) transitionNames() []string {
	ts := t.Transitions()
	out := make([]string, len(ts))
	for i, name := range ts {
		out[i] = string(name)
	}
	return out
}

// knowsTransition reports whether name is KeepRegime or a transition
// policy of one of the table's regimes.
func (t *Table) knowsTransition(name Transition) bool {
	if name == KeepRegime {
		return true
	}
	for i := range t.regimes {
		for j := range t.regimes[i].Transitions {
			if t.regimes[i].Transitions[j].Name == name {
				return true
			}
		}
	}
	return false
}

// crossing returns, for stage s of case c received under the regime at
// position r, the position of the latest later regime of the case's
// procedure in force on the day the stage was requested (its first event
// in the flow), and that regime's transition policy called name (nil when
// it lists none). It returns -1 and nil when the stage has not been
// requested, or was requested while regime r was still in force.
func (t *Table) crossing(r int, c *Case, s int, name Transition) (int, *TransitionPolicy) {
	if r+1 >= len(t.regimes) {
		return -1, nil // no later regime
	}
	f := stageStart(s)
	if f == nil {
		return -1, nil
	}
	day := *f.date(c)
	if day.IsZero() {
		return -1, nil
	}
	k := -1
	rs := t.governs(c.Procedure)
	for n := len(rs) - 1; n >= 0 && rs[n] > r; n-- {
		if j := rs[n]; !day.Before(t.regimes[j].From) {
			k = j
			break
		}
	}
	if k < 0 {
		return -1, nil
	}
	for j := range t.regimes[k].Transitions {
		if p := &t.regimes[k].Transitions[j]; p.Name == name {
			return k, p
		}
	}
	return k, nil
}
