package outcome

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// Bounds on what an Aggregator keeps per reporting year, so that its memory
// does not grow with the number of records.
const (
	maxVersions = 8 // calendar versions listed
	// MaxListed is the largest number of stage 2 complaints a Report lists
	// one by one (the earliest received); the findings totals count them
	// all, and a note says how many are not listed.
	MaxListed = 100
	// MaxThemes is the largest number of distinct themes counted per year
	// (for all complaints, and again for those of children and young
	// people); mentions of further themes are counted as not ranked, and a
	// note says so.
	MaxThemes = 1000
	// MaxIDs is the largest number of record ids a notice or warning names;
	// its count covers every record concerned.
	MaxIDs = 10
)

// An Aggregator tallies evaluated records into per-year figures for the
// annual report. Feed it every record of a case file with Add, in any
// order, then ask for a Report per year.
//
// An Aggregator keeps counts, not records: per quarter of a reporting year
// (a report of a year or a half merges those of its quarters) a fixed set
// of counters, a histogram of working days taken per regime and stage (one
// entry per distinct number of days, needed for the medians), at most
// MaxThemes theme counts, at most MaxListed stage 2 complaints and at most
// MaxIDs ids per check. Its memory is therefore bounded by the number of
// reporting years, whatever the number of records.
//
// The zero Aggregator is an empty Aggregator ready for use. An Aggregator
// is not safe for concurrent use.
type Aggregator struct {
	// Table holds the regimes the records were evaluated under; nil means
	// timescale.Statutory(). Set it before the first Add.
	Table *timescale.Table

	// Procedures are the procedures whose records the report counts (a
	// record with no procedure is a social services complaint,
	// timescale.ComplaintProcedure); nil means timescale.SocialServices(),
	// complaints and children's representations: the annual report on
	// social services complaints. The records of any other procedure (a
	// council's corporate complaints) are left out, and a note of the
	// report counts them. Set it before the first Add.
	Procedures []timescale.Procedure

	// quarters holds the tallies by quarter of receipt (Period.index of a
	// Quarter); a report merges those of its period.
	quarters map[int]*tally
	others   map[int]*leftOut // by quarter: records of other procedures
	undated  sample           // records without a valid date of receipt
	later    sample           // records received after the date they were evaluated on

	scratch timescale.Case // the record being added, for Field.IsSet
}

// leftOut counts the records of a year that are of a procedure the report
// does not cover.
type leftOut struct {
	records    sample
	procedures []timescale.Procedure // distinct, in order of first use
}

// procedures returns the procedures whose records g counts.
func (g *Aggregator) procedures() []timescale.Procedure {
	if g.Procedures != nil {
		return g.Procedures
	}
	return socialServices
}

// socialServices is timescale.SocialServices(), read once.
var socialServices = timescale.SocialServices()

// covers reports whether g counts the records of procedure p (the empty
// Procedure meaning timescale.ComplaintProcedure).
func (g *Aggregator) covers(p timescale.Procedure) bool {
	if p == "" {
		p = timescale.ComplaintProcedure
	}
	return slices.Contains(g.procedures(), p)
}

func (g *Aggregator) table() *timescale.Table {
	if g.Table != nil {
		return g.Table
	}
	return timescale.Statutory()
}

// NewAggregator returns an empty Aggregator.
func NewAggregator() *Aggregator {
	return &Aggregator{quarters: make(map[int]*tally)}
}

// checks are the consistency checks tallied per record; notices name the
// records concerned.
type check int

const (
	checkStage2ResponseWithoutRequest check = iota
	checkFindingsWithoutStage2
	checkStage2WithoutFindings
	checkStageNotInRegime
	checkProvisional
	checkNoRegime
	checkUnknownKind
	checkMismatch
	checkStraightToStage2 // a note, not a warning
	checkTransition       // a note: a stage decided by a reading of the transition
	numChecks
)

// A sample counts records and remembers the ids of the first MaxIDs.
type sample struct {
	n   int
	ids []string
}

func (s *sample) add(id string) {
	s.n++
	if len(s.ids) < MaxIDs {
		// A clone, so as not to pin the reader's buffer the id may share.
		s.ids = append(s.ids, strings.Clone(id))
	}
}

// stageKey names one response-timescale table of a year.
type stageKey struct {
	regime timescale.Regime
	stage  int
}

// stageTally holds the figures of one response-timescale table.
type stageTally struct {
	bands  []timescale.Band // of the regime
	counts []int            // by band of the regime, in the regime's order
	obands []int            // by the Ombudsman's complaint-handling band (timescale.OmbudsmanBands)
	total  int
	inTime int
	hist   map[int]int // working days taken -> responses
	// target counts the responses with a local target, and those made by
	// it; the first such response names the target.
	target TargetFigures
}

// themeTally counts themes, at most MaxThemes distinct ones.
type themeTally struct {
	counts  map[string]int
	dropped int // mentions of themes beyond MaxThemes
}

// add counts the themes of one complaint: each theme once, however many
// times the complaint names it, since a ThemeCount counts the complaints
// that raised the theme.
func (t *themeTally) add(themes []string) {
	for i, th := range themes {
		if th == "" || slices.Contains(themes[:i], th) {
			continue
		}
		if _, ok := t.counts[th]; ok {
			t.counts[th]++
		} else if len(t.counts) < MaxThemes {
			if t.counts == nil {
				t.counts = make(map[string]int)
			}
			t.counts[strings.Clone(th)] = 1 // not pinning the reader's buffer
		} else {
			t.dropped++
		}
	}
}

// ranked returns the themes by count, most frequent first, ties in
// alphabetical order.
func (t *themeTally) ranked() []ThemeCount {
	out := make([]ThemeCount, 0, len(t.counts))
	for th, n := range t.counts {
		out = append(out, ThemeCount{Theme: th, Count: n})
	}
	slices.SortFunc(out, func(a, b ThemeCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Theme, b.Theme))
	})
	return out
}

// tally holds the figures of one reporting year.
type tally struct {
	comments, compliments, complaints int

	// The four classes of complaint (see the package documentation).
	resolvedStage1, stage2, withdrawn, open int

	stage2Open, overdue, stage3, ombudsman int
	children, childrenResolvedStage1       int
	stage1Responses, stage2Responses       int // from the case dates

	elements timescale.Findings // of stage 2 complaints with findings
	outcomes timescale.Findings // complaints by their own outcome

	listed   []Stage2Complaint // the earliest MaxListed stage 2 complaints
	unlisted int               // stage 2 complaints beyond MaxListed

	stages      map[stageKey]*stageTally
	themes      themeTally
	childThemes themeTally
	checks      [numChecks]sample
	latestAsOf  calendar.Date
	transition  timescale.Transition // the reading of the transition, when one applied
	versions    []string             // distinct calendar versions of the assessments, in order of first use
}

// quarter returns the tally of the quarter that holds day d.
func (g *Aggregator) quarter(d calendar.Date) *tally {
	if g.quarters == nil {
		g.quarters = make(map[int]*tally)
	}
	i := PeriodOf(Quarter, d).index()
	t, ok := g.quarters[i]
	if !ok {
		t = newTally()
		g.quarters[i] = t
	}
	return t
}

func newTally() *tally { return &tally{stages: make(map[stageKey]*stageTally, 4)} }

// Add tallies one record, c, and its assessment, a, which must be the
// result of evaluating c (timescale.Evaluate or Engine.Evaluate without
// error). The record counts in the reporting year of its date of receipt,
// unless it is of a procedure the report does not cover
// (Aggregator.Procedures): it is then only counted as left out.
//
// The figures come from c (kind, complainant, the dates of each stage,
// findings, themes) except the response-time figures, which come from the
// stage 1 and stage 2 response deadlines of a (working days taken, whether
// in time against the due date or the agreed revised date) and are banded
// with timescale.BandFor by the complaint's regime.
//
// Add never fails: a record it cannot place is counted and reported as a
// warning of the Report instead. A record without a valid date of receipt
// is in no year and is reported in every Report; a record of an unknown
// kind, a complaint under no encoded regime and an assessment whose id or
// kind differs from c's (then a is ignored) are reported in the Report of
// the record's year.
func (g *Aggregator) Add(c timescale.Case, a timescale.Assessment) {
	if !c.Received.IsValid() {
		g.undated.add(c.ID)
		return
	}
	if a.ID == c.ID && !a.AsOf.IsZero() && c.Received.After(a.AsOf) {
		// Not yet received on the date of evaluation: in no year yet.
		g.later.add(c.ID)
		return
	}
	if !g.covers(c.Procedure) {
		q := PeriodOf(Quarter, c.Received).index()
		if g.others == nil {
			g.others = make(map[int]*leftOut)
		}
		o := g.others[q]
		if o == nil {
			o = &leftOut{}
			g.others[q] = o
		}
		o.records.add(c.ID)
		p := c.Procedure
		if p == "" {
			p = timescale.ComplaintProcedure
		}
		if !slices.Contains(o.procedures, p) {
			o.procedures = append(o.procedures, p)
		}
		return
	}
	t := g.quarter(c.Received)
	if a.ID != c.ID || a.Kind != c.Kind {
		t.checks[checkMismatch].add(c.ID)
		a = timescale.Assessment{}
	}
	if a.AsOf.After(t.latestAsOf) {
		t.latestAsOf = a.AsOf
	}
	if v := a.CalendarVersion; v != "" && !slices.Contains(t.versions, v) && len(t.versions) < maxVersions {
		t.versions = append(t.versions, v)
	}
	switch c.Kind {
	case timescale.Comment:
		t.comments++
		return
	case timescale.Compliment:
		t.compliments++
		return
	case timescale.Complaint:
	default:
		t.checks[checkUnknownKind].add(c.ID)
		return
	}
	t.complaints++
	if a.Provisional {
		t.checks[checkProvisional].add(c.ID)
	}
	if a.TransitionApplies {
		t.checks[checkTransition].add(c.ID)
		t.transition = a.Transition
	}

	regime := a.Regime
	if regime == "" {
		r, err := g.table().RegimeFor(c.Procedure, c.Received)
		if err != nil {
			t.checks[checkNoRegime].add(c.ID)
		}
		regime = r.Name
	}

	responded1 := !c.Stage1Response.IsZero()
	requested2 := !c.Stage2Requested.IsZero()
	responded2 := !c.Stage2Response.IsZero()
	withdrawn := !c.Withdrawn.IsZero()
	switch {
	case requested2:
		t.stage2++
		if !responded1 {
			t.checks[checkStraightToStage2].add(c.ID)
		}
		if !responded2 && !withdrawn {
			t.stage2Open++
		}
	case responded1:
		t.resolvedStage1++
	case withdrawn:
		t.withdrawn++
	default:
		t.open++
	}
	if a.Status == timescale.CaseOverdue {
		t.overdue++
	}
	if responded1 {
		t.stage1Responses++
	}
	if responded2 {
		t.stage2Responses++
		if !requested2 {
			t.checks[checkStage2ResponseWithoutRequest].add(c.ID)
		}
	}
	if !c.Stage3Requested.IsZero() {
		t.stage3++
	}
	if stages, ok := g.table().Stages(regime); ok {
		// Field.IsSet takes the case by pointer through a function value,
		// which would move c to the heap for every record: it looks at a
		// copy kept in g instead (BenchmarkReport1M, allocs/op).
		g.scratch = c
		for _, f := range stagedFields {
			if f.Stage > stages && f.IsSet(&g.scratch) {
				t.checks[checkStageNotInRegime].add(c.ID)
				break
			}
		}
	}
	if !c.Ombudsman.IsZero() {
		t.ombudsman++
	}
	t.themes.add(c.Themes)
	if timescale.IsChildOrYoungPerson(c.Complainant) {
		t.children++
		if responded1 && !requested2 {
			t.childrenResolvedStage1++
		}
		t.childThemes.add(c.Themes)
	}

	out, hasOutcome := c.Findings.Outcome()
	switch {
	case requested2:
		if hasOutcome {
			t.elements = t.elements.Plus(c.Findings)
			t.outcomes = t.outcomes.With(out)
		} else if responded2 {
			t.checks[checkStage2WithoutFindings].add(c.ID)
		}
		t.list(Stage2Complaint{
			ID: c.ID, Received: c.Received, Regime: regime,
			Requested: c.Stage2Requested, Responded: c.Stage2Response,
			Elements: c.Findings, Outcome: out,
		})
	case hasOutcome:
		t.checks[checkFindingsWithoutStage2].add(c.ID)
	}

	for i := range a.Deadlines {
		// A deadline with a band measures its stage's response.
		if d := &a.Deadlines[i]; d.Band != "" && d.IsDone() {
			st := t.stages[stageKey{regime, d.Stage}]
			if st == nil {
				st = t.newTable(g.bandsOf(regime), regime, d.Stage)
			}
			st.add(d)
		}
	}
}

// stagedFields are the fields of a case that belong to a stage of the
// procedure (timescale.Field.Stage).
var stagedFields = func() []*timescale.Field {
	var out []*timescale.Field
	for _, f := range timescale.Fields() {
		if f.Stage > 0 {
			out = append(out, f)
		}
	}
	return out
}()

// list keeps s among the listed stage 2 complaints if it is among the
// earliest MaxListed received (ties by id).
func (t *tally) list(s Stage2Complaint) {
	i := sort.Search(len(t.listed), func(i int) bool {
		l := t.listed[i]
		if c := l.Received.Compare(s.Received); c != 0 {
			return c > 0
		}
		return l.ID > s.ID
	})
	if len(t.listed) < MaxListed {
		s.ID = strings.Clone(s.ID) // not pinning the reader's buffer
		t.listed = slices.Insert(t.listed, i, s)
		return
	}
	t.unlisted++
	if i < MaxListed {
		s.ID = strings.Clone(s.ID)
		copy(t.listed[i+1:], t.listed[i:MaxListed-1])
		t.listed[i] = s
	}
}

// newTable makes the tally of the response-timescale table of regime and
// stage, whose bands are bands.
func (t *tally) newTable(bands []timescale.Band, regime timescale.Regime, stage int) *stageTally {
	st := &stageTally{bands: bands, counts: make([]int, len(bands)), obands: make([]int, len(ombudsmanBands)), hist: make(map[int]int)}
	t.stages[stageKey{regime, stage}] = st
	return st
}

// ombudsmanBands is timescale.OmbudsmanBands(), read once.
var ombudsmanBands = timescale.OmbudsmanBands()

// add tallies one response.
func (st *stageTally) add(d *timescale.Deadline) {
	for i, b := range st.bands {
		if b.Label == d.Band {
			st.counts[i]++
			break
		}
	}
	for i, b := range ombudsmanBands {
		if b.Label == d.OmbudsmanBand {
			st.obands[i]++
			break
		}
	}
	st.total++
	if d.Status == timescale.DeadlineInTime {
		st.inTime++
	}
	st.hist[d.Taken]++
	if x := &d.Target; !x.IsZero() {
		if st.target.Responses == 0 {
			st.target.Name, st.target.Source, st.target.WorkingDays = strings.Clone(x.Name), strings.Clone(x.Source), x.WorkingDays
		}
		st.target.Responses++
		if x.Met() {
			st.target.InTime++
		}
	}
}

// median returns the median of the working days taken (see
// Timescale.MedianWorkingDays), and false when there are none.
func (st *stageTally) median() (float64, bool) {
	n := 0
	for _, c := range st.hist {
		n += c
	}
	if n == 0 {
		return 0, false
	}
	days := make([]int, 0, len(st.hist))
	for d := range st.hist {
		days = append(days, d)
	}
	slices.Sort(days)
	// nth returns the value at 0-based position i of the sorted values.
	nth := func(i int) int {
		for _, d := range days {
			if i < st.hist[d] {
				return d
			}
			i -= st.hist[d]
		}
		return days[len(days)-1] // not reached
	}
	if n%2 == 1 {
		return float64(nth(n / 2)), true
	}
	return float64(nth(n/2-1)+nth(n/2)) / 2, true
}

// bandsOf returns the response-time bands of regime r (none for an unknown
// regime).
func (g *Aggregator) bandsOf(r timescale.Regime) []timescale.Band {
	info, _ := g.table().Regime(r)
	return info.Bands
}

// Years returns the reporting years that have at least one record, oldest
// first.
func (g *Aggregator) Years() []Year {
	ps := g.Periods(FinancialYear)
	out := make([]Year, len(ps))
	for i, p := range ps {
		out[i] = p.Year
	}
	return out
}

// Periods returns the periods of kind k that have at least one record,
// oldest first.
func (g *Aggregator) Periods(k PeriodKind) []Period {
	var idx []int
	for q := range g.quarters {
		if i := PeriodOf(k, periodAt(Quarter, q).First()).index(); !slices.Contains(idx, i) {
			idx = append(idx, i)
		}
	}
	slices.Sort(idx)
	out := make([]Period, len(idx))
	for j, i := range idx {
		out[j] = periodAt(k, i)
	}
	return out
}

// merged returns the tally of period p, merged from its quarters in order,
// and false when none of them has a record.
func (g *Aggregator) merged(p Period) (*tally, bool) {
	first, last := p.quarters()
	t, found := newTally(), false
	for q := first; q <= last; q++ {
		if o, ok := g.quarters[q]; ok {
			t.merge(o)
			found = true
		}
	}
	return t, found
}

// merge adds the figures of o to t.
func (t *tally) merge(o *tally) {
	for _, f := range [...]struct{ to, from *int }{
		{&t.comments, &o.comments}, {&t.compliments, &o.compliments}, {&t.complaints, &o.complaints},
		{&t.resolvedStage1, &o.resolvedStage1}, {&t.stage2, &o.stage2}, {&t.withdrawn, &o.withdrawn}, {&t.open, &o.open},
		{&t.stage2Open, &o.stage2Open}, {&t.overdue, &o.overdue}, {&t.stage3, &o.stage3}, {&t.ombudsman, &o.ombudsman},
		{&t.children, &o.children}, {&t.childrenResolvedStage1, &o.childrenResolvedStage1},
		{&t.stage1Responses, &o.stage1Responses}, {&t.stage2Responses, &o.stage2Responses},
	} {
		*f.to += *f.from
	}
	t.elements = t.elements.Plus(o.elements)
	t.outcomes = t.outcomes.Plus(o.outcomes)
	for _, s := range o.listed {
		t.list(s)
	}
	t.unlisted += o.unlisted
	for k, os := range o.stages {
		st := t.stages[k]
		if st == nil {
			st = &stageTally{bands: os.bands, counts: make([]int, len(os.bands)), obands: make([]int, len(os.obands)), hist: make(map[int]int)}
			t.stages[k] = st
		}
		st.merge(os)
	}
	t.themes.merge(&o.themes)
	t.childThemes.merge(&o.childThemes)
	for i := range t.checks {
		t.checks[i].merge(&o.checks[i])
	}
	if o.latestAsOf.After(t.latestAsOf) {
		t.latestAsOf = o.latestAsOf
	}
	if o.transition != "" {
		t.transition = o.transition
	}
	for _, v := range o.versions {
		if !slices.Contains(t.versions, v) && len(t.versions) < maxVersions {
			t.versions = append(t.versions, v)
		}
	}
}

// merge adds the responses of o, of the same regime and stage, to st.
func (st *stageTally) merge(o *stageTally) {
	for i, n := range o.counts {
		st.counts[i] += n
	}
	for i, n := range o.obands {
		st.obands[i] += n
	}
	st.total += o.total
	st.inTime += o.inTime
	for d, n := range o.hist {
		st.hist[d] += n
	}
	if st.target.Responses == 0 {
		st.target.Name, st.target.Source, st.target.WorkingDays = o.target.Name, o.target.Source, o.target.WorkingDays
	}
	st.target.Responses += o.target.Responses
	st.target.InTime += o.target.InTime
}

// merge adds the theme counts of o to t, at most MaxThemes distinct ones.
func (t *themeTally) merge(o *themeTally) {
	// In a fixed order, so that the themes kept beyond MaxThemes do not
	// depend on the order of a map.
	names := make([]string, 0, len(o.counts))
	for th := range o.counts {
		names = append(names, th)
	}
	slices.Sort(names)
	for _, th := range names {
		n := o.counts[th]
		if _, ok := t.counts[th]; ok || len(t.counts) < MaxThemes {
			if t.counts == nil {
				t.counts = make(map[string]int)
			}
			t.counts[th] += n
		} else {
			t.dropped += n
		}
	}
	t.dropped += o.dropped
}

// merge adds the records of o to s, naming at most MaxIDs.
func (s *sample) merge(o *sample) {
	s.n += o.n
	for _, id := range o.ids {
		if len(s.ids) < MaxIDs {
			s.ids = append(s.ids, id)
		}
	}
}
