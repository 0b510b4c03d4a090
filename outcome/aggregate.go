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
// An Aggregator keeps counts, not records: per reporting year a fixed set
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

	years   map[int]*tally
	others  map[int]*leftOut // by reporting year: records of other procedures
	undated sample           // records without a valid date of receipt
	later   sample           // records received after the date they were evaluated on
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
	return &Aggregator{years: make(map[int]*tally)}
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

func (t *themeTally) add(themes []string) {
	for _, th := range themes {
		if th == "" {
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

func (g *Aggregator) year(y Year) *tally {
	if g.years == nil {
		g.years = make(map[int]*tally)
	}
	t, ok := g.years[y.Start]
	if !ok {
		t = &tally{stages: make(map[stageKey]*stageTally, 4)}
		g.years[y.Start] = t
	}
	return t
}

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
		y := YearOf(c.Received).Start
		if g.others == nil {
			g.others = make(map[int]*leftOut)
		}
		o := g.others[y]
		if o == nil {
			o = &leftOut{}
			g.others[y] = o
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
	t := g.year(YearOf(c.Received))
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
	if info, ok := g.table().Regime(regime); ok {
		for _, f := range stagedFields {
			if f.Stage > info.Stages && f.IsSet(&c) {
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
	out := make([]Year, 0, len(g.years))
	for start := range g.years {
		out = append(out, Year{Start: start})
	}
	slices.SortFunc(out, func(a, b Year) int { return a.Start - b.Start })
	return out
}
