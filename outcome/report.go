package outcome

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// A Report is the annual report for one reporting year: every figure of a
// council's annual report on social services complaints; its JSON form is
// the output of `complaints report --format json`. Every figure counts the
// records received in the year.
//
// The slices are never nil, so that the JSON form has a list (possibly
// empty) for each.
type Report struct {
	// Year is the reporting year the report is for, or that holds its
	// period; Period is the period itself: the year, or one of its halves
	// or quarters (Aggregator.PeriodReport).
	Year   Year   `json:"year"`
	Period Period `json:"period"`
	// AsOf is the latest evaluation date among the year's assessments: the
	// date as of which Open, Stage2Open and Overdue are counted.
	AsOf calendar.Date `json:"as_of,omitzero"`
	// CalendarVersions lists the holiday data (calendar.Calendar.Version)
	// the year's assessments were computed with: one entry, unless records
	// were evaluated on different calendars.
	CalendarVersions []string `json:"calendar_versions"`

	Comments    int `json:"comments"`    // section 5.1 of the report
	Compliments int `json:"compliments"` // section 5.2
	Complaints  int `json:"complaints"`  // section 5.3: complaints and representations

	// The four classes of complaint, which add up to Complaints (see the
	// package documentation). ResolvedStage1 (section 6) has a stage 1
	// response and no stage 2 request; Stage2 (sections 5.3, 7.1) has a stage
	// 2 request; Withdrawn was withdrawn before either; Open has neither
	// and was not withdrawn.
	ResolvedStage1 int `json:"resolved_stage1"`
	Stage2         int `json:"stage2"`
	Withdrawn      int `json:"withdrawn"`
	Open           int `json:"open"`

	// StraightToStage2 counts the stage 2 complaints with no stage 1
	// response; Stage2Open those with no stage 2 response that were not
	// withdrawn. Overdue counts the complaints whose assessment status was
	// overdue (timescale.CaseOverdue) as of AsOf.
	StraightToStage2 int `json:"straight_to_stage2"`
	Stage2Open       int `json:"stage2_open"`
	Overdue          int `json:"overdue"`

	// Stage3 counts the complaints with a stage 3 panel request (wales-2005
	// only); Ombudsman those the Ombudsman contacted the council about
	// (section 8), both by the year the complaint was received.
	Stage3    int `json:"stage3"`
	Ombudsman int `json:"ombudsman"`

	// ChildrenAndYoungPeople counts the complaints whose complainant is a
	// child or a young person (section 9; timescale.IsChildOrYoungPerson);
	// comments and compliments from them are not counted.
	ChildrenAndYoungPeople int          `json:"children_and_young_people"`
	ChildrenResolvedStage1 int          `json:"children_resolved_stage1"`
	ChildrenThemes         []ThemeCount `json:"children_themes"`

	// Findings are the stage 2 findings (section 7.1): the element findings
	// of the complaints with a stage 2 request that have any, and those
	// complaints by their own outcome (Of).
	Findings FindingsSummary `json:"findings"`
	// Stage2Complaints lists the stage 2 complaints in order of receipt,
	// with their findings (sections 7.1.1 onwards); at most MaxListed, the
	// earliest received.
	Stage2Complaints []Stage2Complaint `json:"stage2_complaints"`

	// Timescales are the response-timescale tables (section 10.2): for each
	// regime in force during part of the year, in order of cutover, a
	// stage 1 table then a stage 2 table.
	Timescales []ResponseTable `json:"timescales"`

	// Trend is the year-on-year table (section 10): every year with records
	// up to this one, oldest first.
	Trend []TrendRow `json:"trend"`

	// Themes ranks the aspects complained about (section 6.1), most frequent
	// first, ties in alphabetical order.
	Themes []ThemeCount `json:"themes"`

	// Notes explain figures that are correct but may surprise (such as
	// complaints that went straight to stage 2); Warnings are the
	// consistency checks that failed (see Aggregator.Report). Each lists the
	// records concerned (at most MaxIDs of them).
	Notes    []Notice `json:"notes"`
	Warnings []Notice `json:"warnings"`
}

// FindingsSummary holds the stage 2 findings of a year (the report).
type FindingsSummary struct {
	Elements   timescale.Findings `json:"elements"`   // elements by finding
	Complaints timescale.Findings `json:"complaints"` // complaints by outcome
}

// A Stage2Complaint is one complaint taken to stage 2.
type Stage2Complaint struct {
	ID        string             `json:"id"`
	Received  calendar.Date      `json:"received"`
	Regime    timescale.Regime   `json:"regime"`
	Requested calendar.Date      `json:"stage2_requested"`
	Responded calendar.Date      `json:"stage2_response,omitzero"`
	Elements  timescale.Findings `json:"elements"`
	// Outcome is empty when no element finding is recorded.
	Outcome timescale.Finding `json:"outcome,omitempty"`
}

// A ResponseTable is one response-timescale table: the complaints of one
// regime received in the part of the year under that regime (From to To,
// inclusive) that had a response at one stage, banded by working days
// taken with the regime's bands (timescale.RegimeInfo.Bands). The stage's
// response is measured by the regime's rule for it (timescale.Rule
// Response): stage 1 from receipt to the stage 1 response, stage 2 from
// the stage 2 request to its response.
type ResponseTable struct {
	Regime timescale.Regime `json:"regime"`
	// Title and Citation name the regulations of the regime.
	Title    string        `json:"title"`
	Citation string        `json:"citation"`
	From     calendar.Date `json:"from"`
	To       calendar.Date `json:"to"`
	Stage    int           `json:"stage"`
	Bands    []BandCount   `json:"bands"`
	Total    int           `json:"total"`
	// OmbudsmanBands counts the same responses in the Public Services
	// Ombudsman for Wales's complaint-handling bands
	// (timescale.OmbudsmanBands), the optional second scheme.
	OmbudsmanBands []BandCount `json:"ombudsman_bands"`

	// InTime counts the responses made by their due date, or by the agreed
	// revised date when there is one (timescale.DeadlineInTime); InTimeShare is
	// InTime/Total, null when Total is 0.
	InTime      int      `json:"in_time"`
	InTimeShare *float64 `json:"in_time_share"`

	// MedianWorkingDays is the median of the working days taken, null when
	// Total is 0. For an even number of responses it is the mean of the two
	// middle values, so it may end in .5: 4 6 7 9 10 31 have the median
	// (7+9)/2 = 8, and 14 17 have the median 15.5.
	MedianWorkingDays *float64 `json:"median_working_days"`

	// Target counts the same responses against the council's local target
	// for the stage (timescale.Engine.Policy), beside the statutory
	// figures; it is absent when no response had one.
	Target TargetFigures `json:"target,omitzero"`
}

// TargetFigures are the responses of a ResponseTable that had a local
// target, and how many met it. The target is named by the first of them.
type TargetFigures struct {
	Name        string `json:"name"`
	Source      string `json:"source"`
	WorkingDays int    `json:"working_days"`
	// Responses counts the responses with a local target; InTime those made
	// by the target's due date.
	Responses int `json:"responses"`
	InTime    int `json:"in_time"`
}

// A BandCount is one row of a ResponseTable: a band of the regime (its
// label and its title, as the regime table gives them) and the number of
// responses in it.
type BandCount struct {
	Label string `json:"label"`
	Title string `json:"title"`
	Count int    `json:"count"`
}

// A TrendRow is one row of the year-on-year table, or of the table of the
// halves or quarters of a period report: Period is the period it counts,
// Year the reporting year that holds it.
type TrendRow struct {
	Year       Year   `json:"year"`
	Period     Period `json:"period"`
	Complaints int    `json:"complaints"`
	Stage2     int    `json:"stage2"`
	Stage3     int    `json:"stage3"`
}

// A ThemeCount is a theme and the number of complaints that raised it.
type ThemeCount struct {
	Theme string `json:"theme"`
	Count int    `json:"count"`
}

// A Notice is a note or a warning of a Report.
type Notice struct {
	// Code names the check, e.g. "balance" or "straight-to-stage2"; the
	// codes are listed in the documentation of Aggregator.Report.
	Code    string `json:"code"`
	Message string `json:"message"`
	// Count is the number of records concerned (0 for a check on the
	// year's totals); IDs names the first MaxIDs of them.
	Count int      `json:"count,omitempty"`
	IDs   []string `json:"ids,omitempty"`
}

// String returns the message, followed by the ids concerned.
func (n Notice) String() string {
	if len(n.IDs) == 0 {
		return n.Message
	}
	s := n.Message + " (" + strings.Join(n.IDs, ", ")
	if n.Count > len(n.IDs) {
		s += fmt.Sprintf(" and %d more", n.Count-len(n.IDs))
	}
	return s + ")"
}

// A NoPeriodError reports a report asked for a half or a quarter with no
// records.
type NoPeriodError struct {
	Period    Period
	Available []Period // the periods of the same kind that have records, oldest first
}

func (e *NoPeriodError) Error() string { return "outcome: " + e.Message() }

// Code returns problem.NoRecordsInPeriod.
func (e *NoPeriodError) Code() problem.Code { return problem.NoRecordsInPeriod }

// Message returns the error for people.
func (e *NoPeriodError) Message() string {
	if len(e.Available) == 0 {
		return fmt.Sprintf("no records received in %v: no records have been added at all", e.Period)
	}
	names := make([]string, len(e.Available))
	for i, p := range e.Available {
		names[i] = p.String()
	}
	return fmt.Sprintf("no records received in %v (%s to %s): the records are in %s",
		e.Period, e.Period.First(), e.Period.Last(), strings.Join(names, ", "))
}

// A NoYearError reports a Report asked for a year with no records. Its
// Year is zero when no year was asked for ([Aggregator.ReportFor] of the
// zero Period) and no record has been added at all.
type NoYearError struct {
	Year      Year
	Available []Year // the years that have records, oldest first
}

func (e *NoYearError) Error() string { return "outcome: " + e.Message() }

// Code returns problem.NoRecordsInYear.
func (e *NoYearError) Code() problem.Code { return problem.NoRecordsInYear }

// Message returns the error for people.
func (e *NoYearError) Message() string {
	if len(e.Available) == 0 && e.Year == (Year{}) {
		return "no records to report on"
	}
	if len(e.Available) == 0 {
		return fmt.Sprintf("no records received in %v: no records have been added at all", e.Year)
	}
	names := make([]string, len(e.Available))
	for i, y := range e.Available {
		names[i] = y.String()
	}
	return fmt.Sprintf("no records received in %v (%s to %s): the records are in %s",
		e.Year, e.Year.First(), e.Year.Last(), strings.Join(names, ", "))
}

// Report returns the annual report for year y, from the records added so
// far whose date of receipt falls in y. It returns a *NoYearError, naming
// the years that have records, when y has none.
//
// The notes (Report.Notes), each given when its count is not zero:
//
//   - straight-to-stage2: complaints with a stage 2 request and no stage 1
//     response. The procedures allow it (a complainant may ask for a
//     formal investigation at once, or refuse local resolution), so it is
//     a note, not a warning: it explains why the stage 1 tables count fewer
//     responses than complaints (18 for 20 in the 2014-15 sample).
//   - trend-gap: reporting years between the first in the file and y with
//     no record counted (none at all, or only records of procedures the
//     report leaves out); the year-on-year table leaves them out.
//   - transition: complaints with a stage requested after a later
//     procedure came into force, whose rules follow a reading of the
//     transition between regimes (timescale.Engine.Transition);
//   - received-after-as-of: records received after the date they were
//     evaluated on, left out of every year (they were not yet received);
//   - other-procedures: records of the year of a procedure the report does
//     not cover (Aggregator.Procedures), such as a council's corporate
//     complaints in the annual report on social services complaints;
//   - stage2-not-listed, themes-not-ranked: the bounds MaxListed and
//     MaxThemes were reached.
//
// The warnings (Report.Warnings), the consistency checks of the figures,
// each given when it fails:
//
//   - balance: resolved at stage 1 + taken to stage 2 + withdrawn + open
//     differs from the complaints (checked on the tallies);
//   - timescale-totals: the stage 1 (or stage 2) tables do not count as
//     many responses as the complaints have stage 1 (or stage 2) response
//     dates, so the assessments added do not match the cases;
//   - stage2-response-without-request: a stage 2 response with no stage 2
//     request (timescale.Validate rejects it; checked on the tallies);
//   - findings-without-stage2: element findings on a complaint with no
//     stage 2 request; they are left out of the stage 2 findings;
//   - stage2-without-findings: a stage 2 response with no element finding
//     recorded; the complaint is left out of the findings by complaint;
//   - stage-not-in-regime: a date of a stage the complaint's regime does
//     not have, such as a stage 3 request under wales-2014
//     (timescale.Engine.Validate rejects it);
//   - provisional: complaints whose working-day figures involve a year
//     whose bank holidays are not yet published (timescale.Assessment
//     Provisional): the figures may change if a holiday is proclaimed;
//   - no-regime: complaints received before 1 April 2006, under no encoded
//     regime; they have no timescale figures;
//   - unknown-kind: records whose kind is not complaint, comment or
//     compliment; they are counted nowhere;
//   - assessment-mismatch: an assessment added with a case of another id
//     or kind; the assessment was ignored;
//   - undated: records without a valid date of receipt, which belong to
//     no year; this warning is in every Report.
func (g *Aggregator) Report(y Year) (Report, error) { return g.PeriodReport(y.Period()) }

// ReportFor returns the report a reader asks for with p: the report of p,
// as PeriodReport returns it, or, for the zero Period (no period asked
// for), the report of the latest reporting year with records
// ([Aggregator.Latest]). It returns a *NoYearError for a reporting year
// with no records, a *NoPeriodError for a half or a quarter with none,
// and, for the zero Period when no record has been added, a *NoYearError
// whose Year is zero.
func (g *Aggregator) ReportFor(p Period) (Report, error) {
	if !p.IsZero() {
		return g.PeriodReport(p)
	}
	y, ok := g.Latest()
	if !ok {
		return Report{}, &NoYearError{}
	}
	return g.PeriodReport(y.Period())
}

// PeriodReport returns the report for period p, a reporting year, a half or
// a quarter (the half-yearly report to a council's Governance and Audit
// Committee), from the records added so far whose date of receipt falls in
// p: the figures, notes and warnings of Report for the records of p, the
// response-time tables of the regimes in force during p, and a trend of
// the periods of the same kind with records up to p. It returns a
// *NoYearError for a reporting year with no records, and a *NoPeriodError
// for a half or a quarter with none.
func (g *Aggregator) PeriodReport(p Period) (Report, error) {
	t, ok := g.merged(p)
	if !ok {
		if p.Kind == FinancialYear {
			return Report{}, &NoYearError{Year: p.Year, Available: g.Years()}
		}
		return Report{}, &NoPeriodError{Period: p, Available: g.Periods(p.Kind)}
	}
	y := p.Year
	r := Report{
		Year:                   y,
		Period:                 p,
		AsOf:                   t.latestAsOf,
		CalendarVersions:       append([]string{}, t.versions...),
		Comments:               t.comments,
		Compliments:            t.compliments,
		Complaints:             t.complaints,
		ResolvedStage1:         t.resolvedStage1,
		Stage2:                 t.stage2,
		Withdrawn:              t.withdrawn,
		Open:                   t.open,
		StraightToStage2:       t.checks[checkStraightToStage2].n,
		Stage2Open:             t.stage2Open,
		Overdue:                t.overdue,
		Stage3:                 t.stage3,
		Ombudsman:              t.ombudsman,
		ChildrenAndYoungPeople: t.children,
		ChildrenResolvedStage1: t.childrenResolvedStage1,
		ChildrenThemes:         t.childThemes.ranked(),
		Findings:               FindingsSummary{Elements: t.elements, Complaints: t.outcomes},
		Stage2Complaints:       append([]Stage2Complaint{}, t.listed...),
		Timescales:             g.timescales(t, p),
		Trend:                  g.trend(p),
		Themes:                 t.themes.ranked(),
		Notes:                  []Notice{},
		Warnings:               []Notice{},
	}

	note := func(c check, code, format string, args ...any) {
		if s := t.checks[c]; s.n > 0 {
			r.Notes = append(r.Notes, Notice{Code: code, Message: fmt.Sprintf(format, args...), Count: s.n, IDs: append([]string(nil), s.ids...)})
		}
	}
	warn := func(s sample, code, format string, args ...any) {
		if s.n > 0 {
			r.Warnings = append(r.Warnings, Notice{Code: code, Message: fmt.Sprintf(format, args...), Count: s.n, IDs: append([]string(nil), s.ids...)})
		}
	}

	// Notes.
	n1 := 0
	for _, ts := range r.Timescales {
		if ts.Stage == 1 {
			n1 += ts.Total
		}
	}
	note(checkStraightToStage2, "straight-to-stage2",
		"%s went straight to stage 2 without a stage 1 response, so the stage 1 tables count %s for %s",
		plural(t.checks[checkStraightToStage2].n, "complaint"), plural(n1, "response"), plural(t.complaints, "complaint"))
	if gaps := g.gaps(p); len(gaps) > 0 {
		names := make([]string, len(gaps))
		for i, gy := range gaps {
			names[i] = gy.String()
		}
		r.Notes = append(r.Notes, Notice{Code: "trend-gap",
			Message: "no records counted for " + strings.Join(names, ", ") + ": the year-on-year table leaves " + pick(len(gaps) == 1, "it", "them") + " out"})
	}
	if ch := t.checks[checkTransition]; ch.n > 0 {
		r.Notes = append(r.Notes, Notice{Code: "transition", Count: ch.n, IDs: append([]string{}, ch.ids...),
			Message: fmt.Sprintf("%s a stage requested after a later procedure came into force: its rules follow the reading %s of the transitional provision, which was not found, so the reading is a choice",
				plural(ch.n, "complaint")+pick(ch.n == 1, " has", " have"), t.transition)})
	}
	if g.later.n > 0 {
		r.Notes = append(r.Notes, Notice{Code: "received-after-as-of", Count: g.later.n, IDs: append([]string{}, g.later.ids...),
			Message: fmt.Sprintf("%s received after the date %s evaluated on %s left out: as of that date %s not yet received",
				plural(g.later.n, "record"), pick(g.later.n == 1, "it was", "they were"), pick(g.later.n == 1, "is", "are"), pick(g.later.n == 1, "it was", "they were"))})
	}
	if o := g.leftOut(p); o != nil {
		names := make([]string, len(o.procedures))
		for i, p := range o.procedures {
			names[i] = string(p)
		}
		covered := make([]string, len(g.procedures()))
		for i, p := range g.procedures() {
			covered[i] = string(p)
		}
		r.Notes = append(r.Notes, Notice{Code: "other-procedures", Count: o.records.n, IDs: append([]string{}, o.records.ids...),
			Message: fmt.Sprintf("%s of other procedures (%s) %s left out: this report counts the procedures %s only",
				plural(o.records.n, "record"), strings.Join(names, ", "), pick(o.records.n == 1, "was", "were"), strings.Join(covered, " and "))})
	}
	if t.unlisted > 0 {
		r.Notes = append(r.Notes, Notice{Code: "stage2-not-listed",
			Message: fmt.Sprintf("%s not listed one by one (the report lists the earliest %d received); the findings totals count them", plural(t.unlisted, "stage 2 complaint"), MaxListed)})
	}
	if d := t.themes.dropped + t.childThemes.dropped; d > 0 {
		r.Notes = append(r.Notes, Notice{Code: "themes-not-ranked",
			Message: fmt.Sprintf("%s of themes beyond the first %d distinct ones are not ranked", plural(d, "mention"), MaxThemes)})
	}

	// Warnings: checks on the tallies first, then on the records.
	if sum := t.resolvedStage1 + t.stage2 + t.withdrawn + t.open; sum != t.complaints {
		r.Warnings = append(r.Warnings, Notice{Code: "balance",
			Message: fmt.Sprintf("%d resolved at stage 1 + %d taken to stage 2 + %d withdrawn + %d open = %d, not the %s received",
				t.resolvedStage1, t.stage2, t.withdrawn, t.open, sum, plural(t.complaints, "complaint"))})
	}
	for stage, want := range [...]int{1: t.stage1Responses, 2: t.stage2Responses} {
		got := 0
		for _, ts := range r.Timescales {
			if ts.Stage == stage {
				got += ts.Total
			}
		}
		if stage > 0 && got != want {
			r.Warnings = append(r.Warnings, Notice{Code: "timescale-totals",
				Message: fmt.Sprintf("the stage %d tables count %s but %s a stage %d response date: the assessments added do not match the cases",
					stage, plural(got, "response"), plural(want, "complaint")+pick(want == 1, " has", " have"), stage)})
		}
	}
	warn(t.checks[checkStage2ResponseWithoutRequest], "stage2-response-without-request",
		"%s a stage 2 response but no stage 2 request", plural(t.checks[checkStage2ResponseWithoutRequest].n, "complaint")+pick(t.checks[checkStage2ResponseWithoutRequest].n == 1, " has", " have"))
	warn(t.checks[checkFindingsWithoutStage2], "findings-without-stage2",
		"%s element findings but no stage 2 request: they are left out of the stage 2 findings", plural(t.checks[checkFindingsWithoutStage2].n, "complaint")+pick(t.checks[checkFindingsWithoutStage2].n == 1, " has", " have"))
	warn(t.checks[checkStage2WithoutFindings], "stage2-without-findings",
		"%s a stage 2 response but no element findings recorded: they are left out of the findings by complaint", plural(t.checks[checkStage2WithoutFindings].n, "complaint")+pick(t.checks[checkStage2WithoutFindings].n == 1, " has", " have"))
	warn(t.checks[checkStageNotInRegime], "stage-not-in-regime",
		"%s a date of a stage that the procedure it was received under does not have (a stage 3 under wales-2014)", plural(t.checks[checkStageNotInRegime].n, "complaint")+pick(t.checks[checkStageNotInRegime].n == 1, " has", " have"))
	warn(t.checks[checkProvisional], "provisional",
		"%s dates in years whose bank holidays are not yet officially published: their working-day figures are provisional", plural(t.checks[checkProvisional].n, "complaint")+" involve"+pick(t.checks[checkProvisional].n == 1, "s", ""))
	warn(t.checks[checkNoRegime], "no-regime",
		"%s received before %s, under no encoded regime: no timescale figures", plural(t.checks[checkNoRegime].n, "complaint")+pick(t.checks[checkNoRegime].n == 1, " was", " were"), longDate(g.table().Regimes()[0].From))
	warn(t.checks[checkUnknownKind], "unknown-kind",
		"%s not a complaint, comment or compliment: counted nowhere", plural(t.checks[checkUnknownKind].n, "record")+pick(t.checks[checkUnknownKind].n == 1, " is", " are"))
	warn(t.checks[checkMismatch], "assessment-mismatch",
		"%s added with the assessment of another record (id or kind differ): the assessment was ignored", plural(t.checks[checkMismatch].n, "record")+pick(t.checks[checkMismatch].n == 1, " was", " were"))
	warn(g.undated, "undated",
		"%s no valid date of receipt and belong%s to no reporting year", plural(g.undated.n, "record")+pick(g.undated.n == 1, " has", " have"), pick(g.undated.n == 1, "s", ""))
	return r, nil
}

// timescales builds the response-timescale tables of period y: for each
// regime of the table that governs a procedure the report covers and
// governed part of the period, or under which a response of the period was
// counted, in table order, a table for each stage with a response rule, in
// order of stage.
func (g *Aggregator) timescales(t *tally, y Period) []ResponseTable {
	out := []ResponseTable{}
	tab := g.table()
	for _, info := range tab.Regimes() {
		if !slices.ContainsFunc(g.procedures(), info.Governs) {
			continue
		}
		from, to, _ := tab.Span(info.Name, y.Last())
		from, to = later(from, y.First()), earlier(to, y.Last())
		overlaps := !from.After(to)
		if !overlaps {
			from, to = y.First(), y.Last()
		}
		responses := tab.Responses(info.Name)
		counted := false
		for _, r := range responses {
			if _, ok := t.stages[stageKey{info.Name, r.Stage}]; ok {
				counted = true
			}
		}
		if !overlaps && !counted {
			continue
		}
		for _, r := range responses {
			ts := ResponseTable{Regime: info.Name, Title: info.Title, Citation: info.Citation, From: from, To: to, Stage: r.Stage,
				Bands: make([]BandCount, len(info.Bands)), OmbudsmanBands: make([]BandCount, len(ombudsmanBands))}
			st := t.stages[stageKey{info.Name, r.Stage}]
			for j, b := range info.Bands {
				ts.Bands[j] = BandCount{Label: b.Label, Title: b.Title}
				if st != nil {
					ts.Bands[j].Count = st.counts[j]
				}
			}
			for j, b := range ombudsmanBands {
				ts.OmbudsmanBands[j] = BandCount{Label: b.Label, Title: b.Title}
				if st != nil {
					ts.OmbudsmanBands[j].Count = st.obands[j]
				}
			}
			if st != nil && st.total > 0 {
				ts.Total, ts.InTime, ts.Target = st.total, st.inTime, st.target
				share := float64(st.inTime) / float64(st.total)
				ts.InTimeShare = &share
				m, _ := st.median()
				ts.MedianWorkingDays = &m
			}
			out = append(out, ts)
		}
	}
	return out
}

// trend returns the rows of every period of p's kind with records up to
// p, oldest first.
func (g *Aggregator) trend(p Period) []TrendRow {
	out := []TrendRow{}
	for _, gp := range g.Periods(p.Kind) {
		if gp.index() > p.index() {
			break
		}
		t, _ := g.merged(gp)
		out = append(out, TrendRow{Year: gp.Year, Period: gp, Complaints: t.complaints, Stage2: t.stage2, Stage3: t.stage3})
	}
	return out
}

// gaps returns the periods of p's kind between the first with records and
// p that have none.
func (g *Aggregator) gaps(p Period) []Period {
	ps := g.Periods(p.Kind)
	var out []Period
	for i := ps[0].index() + 1; i < p.index(); i++ {
		if q := periodAt(p.Kind, i); !slices.Contains(ps, q) {
			out = append(out, q)
		}
	}
	return out
}

// leftOut returns the records of period p of procedures the report does
// not cover, or nil when there are none.
func (g *Aggregator) leftOut(p Period) *leftOut {
	first, last := p.quarters()
	var out *leftOut
	for q := first; q <= last; q++ {
		o, ok := g.others[q]
		if !ok {
			continue
		}
		if out == nil {
			out = &leftOut{}
		}
		out.records.merge(&o.records)
		for _, pr := range o.procedures {
			if !slices.Contains(out.procedures, pr) {
				out.procedures = append(out.procedures, pr)
			}
		}
	}
	return out
}

func later(a, b calendar.Date) calendar.Date {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b calendar.Date) calendar.Date {
	if a.Before(b) {
		return a
	}
	return b
}

// plural returns "1 complaint" or "2 complaints".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}
