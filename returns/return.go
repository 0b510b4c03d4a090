// Package returns computes a council's complaints figures for the Public
// Services Ombudsman for Wales's Complaints Standards Authority, to which
// councils send their complaints data every quarter (the Ombudsman now
// publishes them half-yearly), and for the council's own committee: the
// complaints received, closed and open in a period, how long those closed
// took in the Ombudsman's bands, the share upheld, the referrals to the
// Ombudsman, the rate per 1,000 residents and the figures by theme.
//
// The Ombudsman's own data template and its definitions were not
// available. The measures follow the figures the Ombudsman publishes, and
// each is defined in Definitions (docs/returns.md): most are taken over
// the complaints closed in the period, not those received in it.
//
// A Builder is fed evaluated records one at a time and keeps counts, not
// records; ReadCaseFile feeds one from a case file. Write writes a Return
// in one of its Formats. ParseProcedures and ParsePopulation read the
// options of a return given as text, and OnDate makes a return as of
// today, as the reference command-line tool and the example service do.
package returns

import (
	"cmp"
	"io"
	"slices"
	"strings"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// MaxThemes is the largest number of distinct themes a Return counts;
// mentions of further themes are counted in ThemesNotCounted.
const MaxThemes = 1000

// Options says what a return covers.
type Options struct {
	// Period is the period of the return: a quarter, a half or a year.
	Period outcome.Period
	// AsOf is the date the return is made as of: events dated after it are
	// set aside, as not yet known. The zero Date means the period's last
	// day. A date before the last day ends the period on it.
	AsOf calendar.Date
	// Procedures are the procedures whose complaints are counted; nil
	// means every procedure a regime of the engine's table governs.
	Procedures []timescale.Procedure
	// Population is the number of residents, for the rate per 1,000; 0
	// leaves the rate out.
	Population int
	// Reader, when not nil, is called with the case-file reader before the
	// first row is read, to set its options (assess.Options.Reader);
	// ReadCaseFile alone uses it.
	Reader func(*casefile.Reader)
	// MaxListed, when above 0, is the most problems, and the most
	// warnings, that the Summary of ReadCaseFile lists
	// (assess.Summary.MaxListed), so that a file of bad rows takes bounded
	// memory; 0 lists them all.
	MaxListed int
}

// A Return holds the measures of one period. Every count is of
// complaints (records of kind complaint) of the procedures included; each
// measure is defined in Definitions, which the Return carries.
type Return struct {
	Period outcome.Period `json:"period"`
	// From and To are the first and last days counted: the period's, or
	// To is AsOf when the return is made before the period ends.
	From calendar.Date `json:"from"`
	To   calendar.Date `json:"to"`
	AsOf calendar.Date `json:"as_of"`
	// Procedures are the procedures included, in table order.
	Procedures []timescale.Procedure `json:"procedures"`

	Received    int `json:"received"`
	OpenAtStart int `json:"open_at_start"`
	Closed      int `json:"closed"`
	OpenAtEnd   int `json:"open_at_end"`
	// ClosedAtStage1, ClosedAtStage2 and Withdrawn split Closed by how the
	// complaint was closed.
	ClosedAtStage1 int `json:"closed_at_stage1"`
	ClosedAtStage2 int `json:"closed_at_stage2"`
	Withdrawn      int `json:"withdrawn"`

	// Bands counts the complaints closed by the time from first receipt
	// to closure, in the Ombudsman's bands (timescale.OmbudsmanBands).
	Bands []Band `json:"bands"`

	// Upheld counts the complaints closed with at least one element upheld
	// or partially upheld; UpheldShare is Upheld/Closed, null when none was
	// closed. WithoutFindings counts the complaints closed with no element
	// findings recorded, and Outcomes those with findings by their own
	// outcome (timescale.Findings.Outcome).
	Upheld          int                `json:"upheld"`
	UpheldShare     *float64           `json:"upheld_share"`
	WithoutFindings int                `json:"without_findings"`
	Outcomes        timescale.Findings `json:"outcomes"`

	// Referred counts the complaints the Ombudsman contacted the council
	// about during the period.
	Referred int `json:"referred"`

	// Population is Options.Population; RatePer1000 is Received per 1,000
	// residents, null without a population.
	Population  int      `json:"population,omitempty"`
	RatePer1000 *float64 `json:"rate_per_1000"`

	// ByProcedure gives the complaints received and closed of each
	// procedure included, in table order; LeftOut counts the complaints of
	// the other procedures that the return would otherwise have counted
	// (received in the period or open at its start), which no figure
	// counts.
	ByProcedure []ProcedureCount `json:"by_procedure"`
	LeftOut     int              `json:"left_out"`

	// Themes gives, for each theme, the complaints received and closed in
	// the period and the upheld ones among those closed, most closed first,
	// then most received, then in alphabetical order. ThemesNotCounted
	// counts the mentions of themes beyond the first MaxThemes.
	Themes           []ThemeCount `json:"themes"`
	ThemesNotCounted int          `json:"themes_not_counted,omitempty"`

	// Targets gives, for each local target of the engine's policy, the
	// milestones it applies to that were met in the period, and how many
	// by the target's due date.
	Targets []TargetCount `json:"targets"`

	// Definitions defines every measure (Definitions()).
	Definitions []Definition `json:"definitions"`
}

// A Band is one of the Ombudsman's complaint-handling bands with the
// complaints closed in it; Share is Count/Closed, null when none was
// closed.
type Band struct {
	Label string   `json:"label"`
	Title string   `json:"title"`
	Count int      `json:"count"`
	Share *float64 `json:"share"`
}

// A ProcedureCount gives the complaints of one procedure.
type ProcedureCount struct {
	Procedure timescale.Procedure `json:"procedure"`
	Received  int                 `json:"received"`
	Closed    int                 `json:"closed"`
}

// A ThemeCount gives the complaints of one theme.
type ThemeCount struct {
	Theme    string `json:"theme"`
	Received int    `json:"received"`
	Closed   int    `json:"closed"`
	Upheld   int    `json:"upheld"`
}

// A TargetCount gives the milestones a local target applies to that were
// met in the period, and how many met it.
type TargetCount struct {
	Procedure   timescale.Procedure `json:"procedure"`
	Milestone   timescale.Milestone `json:"milestone"`
	Name        string              `json:"name"`
	Source      string              `json:"source"`
	WorkingDays int                 `json:"working_days"`
	Met         int                 `json:"met"`
	InTime      int                 `json:"in_time"`
}

// A Builder tallies evaluated records into a Return. Feed it every record
// of a case file with Add, in any order. It keeps counts, not records: its
// memory is bounded by MaxThemes, whatever the number of records. It is
// not safe for concurrent use.
type Builder struct {
	opt      Options
	cal      *calendar.Calendar
	procs    []timescale.Procedure
	from, to calendar.Date
	r        Return
	bands    []int
	byProc   []ProcedureCount
	themes   map[string]*ThemeCount
	targets  []TargetCount
}

// NewBuilder returns a Builder for the return opt describes, of complaints
// evaluated with eng (its table, calendar and policy). Its errors are
// typed: a *timescale.ValueError for a procedure no regime of the table
// governs (field "procedure") or a population below zero (field
// "population"), and a *timescale.ValidationError for a period or AsOf
// outside the calendar, or an AsOf before the period begins (field
// "as_of").
func NewBuilder(opt Options, eng timescale.Engine) (*Builder, error) {
	tab := eng.Table
	if tab == nil {
		tab = timescale.Statutory()
	}
	cal := eng.Calendar
	if cal == nil {
		cal = calendar.Wales()
	}
	governed := governedBy(tab)
	procs := governed
	if opt.Procedures != nil {
		procs = nil
		for _, p := range governed { // in table order
			if slices.Contains(opt.Procedures, p) {
				procs = append(procs, p)
			}
		}
		for _, p := range opt.Procedures {
			if !slices.Contains(governed, p) {
				return nil, procedureError(p, governed, "")
			}
		}
	}
	if opt.Population < 0 {
		return nil, &timescale.ValueError{Field: "population", Value: itoa(opt.Population), Want: []string{"a number of residents, 1 or more"}}
	}
	from, to := opt.Period.First(), opt.Period.Last()
	asOf := opt.AsOf
	if asOf.IsZero() {
		asOf = to
	}
	for _, d := range []calendar.Date{from, to, asOf} {
		if _, err := cal.IsWorkingDay(d); err != nil {
			return nil, &timescale.ValidationError{Problems: []problem.Problem{problem.New("as_of", err)}}
		}
	}
	if asOf.Before(from) {
		return nil, &timescale.ValidationError{Problems: []problem.Problem{problem.New("as_of", &BeforePeriodError{Period: opt.Period, AsOf: asOf})}}
	}
	if asOf.Before(to) {
		to = asOf
	}
	opt.AsOf = asOf
	b := &Builder{opt: opt, cal: cal, procs: procs, from: from, to: to,
		bands: make([]int, len(timescale.OmbudsmanBands())), themes: map[string]*ThemeCount{}}
	for _, p := range procs {
		b.byProc = append(b.byProc, ProcedureCount{Procedure: p})
	}
	for _, x := range eng.Policy.Targets {
		if slices.Contains(procs, x.Procedure) {
			b.targets = append(b.targets, TargetCount{Procedure: x.Procedure, Milestone: x.Milestone, Name: x.Name, Source: x.Source, WorkingDays: x.WorkingDays})
		}
	}
	return b, nil
}

// AsOf returns the date the return is made as of: Options.AsOf, or the
// period's last day.
func (b *Builder) AsOf() calendar.Date { return b.opt.AsOf }

// A BeforePeriodError reports a return asked for as of a date before its
// period begins.
type BeforePeriodError struct {
	Period outcome.Period
	AsOf   calendar.Date
}

func (e *BeforePeriodError) Error() string { return "returns: " + e.Message() }

// Code returns problem.PeriodNotBegun.
func (e *BeforePeriodError) Code() problem.Code { return problem.PeriodNotBegun }

// Message returns the error for people.
func (e *BeforePeriodError) Message() string {
	return e.Period.String() + " begins on " + e.Period.First().String() + ", after " + e.AsOf.String() + ": nothing of it is known yet"
}

// Closure returns the day complaint c was closed, and whether it was
// withdrawn: the earlier of its withdrawal and its last response (the
// stage 2 response when a stage 2 was requested, the stage 1 response
// otherwise); a complaint answered on the day it was withdrawn is closed
// by the response. It returns the zero Date for a complaint still open.
func Closure(c *timescale.Case) (closed calendar.Date, withdrawn bool) {
	final := c.Stage1Response
	if !c.Stage2Requested.IsZero() {
		final = c.Stage2Response
	}
	if !c.Withdrawn.IsZero() && (final.IsZero() || c.Withdrawn.Before(final)) {
		return c.Withdrawn, true
	}
	return final, false
}

// Add tallies one record, c, with its assessment a, a result of the
// engine NewBuilder was given (a's deadlines give the local targets met).
// c should be known as of the return's date (timescale.KnownOn), as
// assess.Each gives it. Comments, compliments and records received after
// the last day counted are left out.
func (b *Builder) Add(c *timescale.Case, a *timescale.Assessment) {
	if c.Kind != timescale.Complaint || c.Received.After(b.to) {
		return
	}
	p := c.Procedure
	if p == "" {
		p = timescale.ComplaintProcedure
	}
	in := func(d calendar.Date) bool { return !d.IsZero() && !d.Before(b.from) && !d.After(b.to) }
	closed, withdrawn := Closure(c)
	k := slices.Index(b.procs, p)
	if k < 0 {
		// Left out: a complaint the return would have counted, received in
		// the period or open at its start, not every one of the file's
		// past years.
		if in(c.Received) || closed.IsZero() || !closed.Before(b.from) {
			b.r.LeftOut++
		}
		return
	}
	if in(c.Received) {
		b.r.Received++
		b.byProc[k].Received++
		b.theme(c.Themes, ThemeCount{Received: 1})
	} else if closed.IsZero() || !closed.Before(b.from) {
		b.r.OpenAtStart++
	}
	if closed.IsZero() || closed.After(b.to) {
		b.r.OpenAtEnd++
	}
	if in(c.Ombudsman) {
		b.r.Referred++
	}
	for i := range a.Deadlines {
		d := &a.Deadlines[i]
		if d.Target.IsZero() || !in(d.Done) {
			continue
		}
		for j := range b.targets {
			if x := &b.targets[j]; x.Procedure == p && x.Milestone == d.Milestone && x.Name == d.Target.Name {
				x.Met++
				if d.Target.Met() {
					x.InTime++
				}
				break
			}
		}
	}
	if !in(closed) {
		return
	}
	b.r.Closed++
	b.byProc[k].Closed++
	switch {
	case withdrawn:
		b.r.Withdrawn++
	case !c.Stage2Requested.IsZero():
		b.r.ClosedAtStage2++
	default:
		b.r.ClosedAtStage1++
	}
	if wd, err := b.cal.WorkingDaysBetween(c.Received, closed); err == nil {
		label := timescale.OmbudsmanBandFor(c.Received, closed, wd)
		for i, band := range ombudsmanBands {
			if band.Label == label {
				b.bands[i]++
			}
		}
	}
	upheld := c.Findings.Upheld > 0 || c.Findings.PartiallyUpheld > 0
	out, ok := c.Findings.Outcome()
	switch {
	case !ok:
		b.r.WithoutFindings++
	case out == timescale.Upheld:
		b.r.Outcomes.Upheld++
	case out == timescale.PartiallyUpheld:
		b.r.Outcomes.PartiallyUpheld++
	case out == timescale.NotUpheld:
		b.r.Outcomes.NotUpheld++
	default:
		b.r.Outcomes.NoFinding++
	}
	if upheld {
		b.r.Upheld++
	}
	add := ThemeCount{Closed: 1}
	if upheld {
		add.Upheld = 1
	}
	b.theme(c.Themes, add)
}

// ombudsmanBands is timescale.OmbudsmanBands(), read once.
var ombudsmanBands = timescale.OmbudsmanBands()

// theme adds the counts of add to those of each theme of one complaint,
// once for a theme the complaint names more than once, counting at most
// MaxThemes distinct ones.
func (b *Builder) theme(themes []string, add ThemeCount) {
	for i, th := range themes {
		if th == "" || slices.Contains(themes[:i], th) {
			continue
		}
		t, ok := b.themes[th]
		if !ok {
			if len(b.themes) >= MaxThemes {
				b.r.ThemesNotCounted++
				continue
			}
			t = &ThemeCount{Theme: strings.Clone(th)} // not pinning the reader's buffer
			b.themes[t.Theme] = t
		}
		t.Received += add.Received
		t.Closed += add.Closed
		t.Upheld += add.Upheld
	}
}

// Return returns the measures of the records added so far.
func (b *Builder) Return() Return {
	r := b.r
	r.Period, r.From, r.To, r.AsOf = b.opt.Period, b.from, b.to, b.opt.AsOf
	r.Procedures = append([]timescale.Procedure{}, b.procs...)
	r.ByProcedure = append([]ProcedureCount{}, b.byProc...)
	r.Targets = append([]TargetCount{}, b.targets...)
	r.Bands = make([]Band, len(ombudsmanBands))
	for i, band := range ombudsmanBands {
		r.Bands[i] = Band{Label: band.Label, Title: band.Title, Count: b.bands[i], Share: share(b.bands[i], r.Closed)}
	}
	r.UpheldShare = share(r.Upheld, r.Closed)
	if b.opt.Population > 0 {
		r.Population = b.opt.Population
		rate := float64(r.Received) * 1000 / float64(b.opt.Population)
		r.RatePer1000 = &rate
	}
	r.Themes = make([]ThemeCount, 0, len(b.themes))
	for _, t := range b.themes {
		r.Themes = append(r.Themes, *t)
	}
	slices.SortFunc(r.Themes, func(x, y ThemeCount) int {
		return cmp.Or(cmp.Compare(y.Closed, x.Closed), cmp.Compare(y.Received, x.Received), strings.Compare(x.Theme, y.Theme))
	})
	r.Definitions = Definitions()
	return r
}

// share returns n/of, or nil when of is 0.
func share(n, of int) *float64 {
	if of == 0 {
		return nil
	}
	s := float64(n) / float64(of)
	return &s
}

// ReadCaseFile reads a case file from r, named name in problems, evaluates
// every record with eng as of the return's date (Options.AsOf, or the
// period's last day), and returns the return of opt with the Summary of
// the rows: their problems and warnings. A return is made as of its date
// by design, so what comes after it is no news to report: the Summary's
// SetAside and NotYetReceived are 0, whatever events or records are dated
// after the date, and it has no Notes. Its errors are those of NewBuilder
// and of assess.Each.
func ReadCaseFile(r io.Reader, name string, opt Options, eng timescale.Engine) (Return, assess.Summary, error) {
	b, err := NewBuilder(opt, eng)
	if err != nil {
		return Return{}, assess.Summary{}, err
	}
	sum := assess.Summary{MaxListed: opt.MaxListed}
	// The deadlines are needed only for the local targets met.
	aopt := assess.Options{Engine: eng, AsOf: b.AsOf(), Reader: opt.Reader, WithoutDeadlines: len(eng.Policy.Targets) == 0}
	err = assess.Each(r, name, aopt, func(rec *assess.Record) error {
		sum.Add(rec)
		if rec.OK() {
			b.Add(&rec.Case, &rec.Assessment)
		}
		return nil
	})
	sum.SetAside, sum.NotYetReceived = 0, 0 // no news, as documented
	return b.Return(), sum, err
}
