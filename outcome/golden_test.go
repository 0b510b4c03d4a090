package outcome

import (
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/timescale"
)

// samplePath is the example case file whose records give back the figures
// of the council's published 2014-15 annual report
// (examples/data/README.md).
const samplePath = "../examples/data/cases.csv"

// sampleAsOf is the evaluation date of the golden tests: every 2014-15
// complaint is closed by 29 April 2015.
var sampleAsOf = calendar.NewDate(2015, time.December, 31)

// sampleAggregator reads the sample case file, evaluates every record as
// of sampleAsOf and aggregates them.
func sampleAggregator(t testing.TB) *Aggregator {
	t.Helper()
	f, err := os.Open(samplePath)
	require.NoError(t, err)
	defer f.Close()
	cases, problems, err := casefile.ReadAll(f, samplePath)
	require.NoError(t, err)
	require.Empty(t, problems, "the sample case file has problems")
	require.Len(t, cases, 246, "examples/data/README.md: 246 records")
	g := NewAggregator()
	for _, c := range cases {
		a, err := timescale.Evaluate(c, sampleAsOf)
		require.NoError(t, err, "evaluating %s", c.ID)
		g.Add(c, a)
	}
	return g
}

func sampleReport(t testing.TB, year string) Report {
	t.Helper()
	y, err := ParseYear(year)
	require.NoError(t, err)
	r, err := sampleAggregator(t).Report(y)
	require.NoError(t, err)
	return r
}

// TestGoldenPublishedReport2014 compares the report for 2014-2015 from the
// sample data with every figure the council's published 2014-15 annual
// report prints (examples/data/README.md lists them), section by section.
func TestGoldenPublishedReport2014(t *testing.T) {
	r := sampleReport(t, "2014-2015")

	type counts struct {
		Comments, Compliments, Complaints, Stage2, ResolvedStage1, Ombudsman, Children int
	}
	// Sections 5, 6, 8 and 9 of the published report.
	want := counts{
		Comments:       11, // section 5.1: "11 comments were received"
		Compliments:    21, // section 5.2: "21 compliments were received"
		Complaints:     20, // section 5.3: "20 complaints were received"
		Stage2:         4,  // sections 5.3 and 7.1: "4 complaints were referred to stage two"
		ResolvedStage1: 16, // section 6: "Of the 20 complaints received, 16 were resolved at Stage 1"
		Ombudsman:      0,  // section 8: "We did not receive any requests for information from the Ombudsman"
		Children:       2,  // section 9: "We received two complaints directly from young people"
	}
	got := counts{r.Comments, r.Compliments, r.Complaints, r.Stage2, r.ResolvedStage1, r.Ombudsman, r.ChildrenAndYoungPeople}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("published report sections 5, 6, 8, 9 (-want +got):\n%s", diff)
	}

	// Section 9 of the published report: "They were resolved at stage
	// one", about "More contact with siblings" and "Issues with reparation
	// sessions".
	if diff := cmp.Diff(2, r.ChildrenResolvedStage1); diff != "" {
		t.Errorf("published report section 9, children's complaints resolved at stage 1 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]ThemeCount{{"Issues with reparation sessions", 1}, {"More contact with siblings", 1}}, r.ChildrenThemes); diff != "" {
		t.Errorf("published report section 9, summary of complaints concerned (-want +got):\n%s", diff)
	}

	// Sections 7.1.1 to 7.1.4 of the published report, one complaint each;
	// element totals derived from them (examples/data/README.md, "7.1
	// (derived)").
	wantFindings := FindingsSummary{
		Elements:   timescale.Findings{Upheld: 11, PartiallyUpheld: 12, NotUpheld: 14, NoFinding: 3},
		Complaints: timescale.Findings{NotUpheld: 1, PartiallyUpheld: 3},
	}
	if diff := cmp.Diff(wantFindings, r.Findings); diff != "" {
		t.Errorf("published report section 7.1 findings (-want +got):\n%s", diff)
	}
	type listed struct {
		ID       string
		Elements timescale.Findings
		Outcome  timescale.Finding
	}
	var gotListed []listed
	for _, c := range r.Stage2Complaints {
		gotListed = append(gotListed, listed{c.ID, c.Elements, c.Outcome})
	}
	wantListed := []listed{
		{"C-2014-003", timescale.Findings{NotUpheld: 4}, timescale.NotUpheld},                                                    // section 7.1.1: "None of the above complaints were upheld"
		{"C-2014-008", timescale.Findings{Upheld: 1, PartiallyUpheld: 7, NotUpheld: 6}, timescale.PartiallyUpheld},               // section 7.1.2
		{"C-2014-012", timescale.Findings{Upheld: 7, PartiallyUpheld: 4, NotUpheld: 2}, timescale.PartiallyUpheld},               // section 7.1.3
		{"C-2014-019", timescale.Findings{Upheld: 3, PartiallyUpheld: 1, NotUpheld: 2, NoFinding: 3}, timescale.PartiallyUpheld}, // section 7.1.4
	}
	if diff := cmp.Diff(wantListed, gotListed); diff != "" {
		t.Errorf("published report sections 7.1.1-7.1.4 stage 2 complaints (-want +got):\n%s", diff)
	}

	// Section 10 of the published report, the year-on-year table (oldest
	// first here; the report prints the newest first; its "-" and "Nil"
	// are 0).
	wantTrend := []TrendRow{
		yearRow(2010, 28, 2, 0),
		yearRow(2011, 28, 1, 0),
		yearRow(2012, 17, 2, 0),
		yearRow(2013, 32, 3, 1),
		yearRow(2014, 20, 4, 0),
	}
	if diff := cmp.Diff(wantTrend, r.Trend); diff != "" {
		t.Errorf("published report section 10 year-on-year table (-want +got):\n%s", diff)
	}

	// Section 10.2 of the published report, the response-timescale tables
	// of 2014-15: the wales-2005 part (printed "2014-31/07/2015*", meaning
	// 1 April to 31 July 2014) and the wales-2014 part
	// (01/08/2014-31/03/2015).
	wantTables := []table10{
		{timescale.Wales2005, "2014-04-01", "2014-07-31", 1, []int{5, 0, 1}, 6},
		{timescale.Wales2005, "2014-04-01", "2014-07-31", 2, []int{0, 0, 1}, 1},
		{timescale.Wales2014, "2014-08-01", "2015-03-31", 1, []int{8, 3, 1}, 12},
		{timescale.Wales2014, "2014-08-01", "2015-03-31", 2, []int{0, 0, 3}, 3},
	}
	if diff := cmp.Diff(wantTables, tables10(r)); diff != "" {
		t.Errorf("published report section 10.2 response timescales 2014-15 (-want +got):\n%s", diff)
	}

	// The published figures constrain each other: 18 stage 1 responses in
	// section 10.2 for 20 complaints in 2014-15 means two complaints went
	// straight to stage 2 (examples/data/README.md, "derived from 10.2").
	if diff := cmp.Diff(2, r.StraightToStage2); diff != "" {
		t.Errorf("straight to stage 2 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Notice{{
		Code:    "straight-to-stage2",
		Message: "2 complaints went straight to stage 2 without a stage 1 response, so the stage 1 tables count 18 responses for 20 complaints",
		Count:   2, IDs: []string{"C-2014-012", "C-2014-019"},
	}}, r.Notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Notice{}, r.Warnings); diff != "" {
		t.Errorf("warnings: the sample data should pass every consistency check (-want +got):\n%s", diff)
	}
}

// TestGoldenPublishedReport2013 compares the report for 2013-2014 with the
// 2013/14 column of section 10.2 and row of section 10 of the published
// 2014-15 report.
func TestGoldenPublishedReport2013(t *testing.T) {
	r := sampleReport(t, "2013-14")

	// Section 10.2, 2013/14: stage 1 14 / 7 / 8, total 29; stage 2 0 / 1 / 2,
	// total 3; all wales-2005, the whole year.
	wantTables := []table10{
		{timescale.Wales2005, "2013-04-01", "2014-03-31", 1, []int{14, 7, 8}, 29},
		{timescale.Wales2005, "2013-04-01", "2014-03-31", 2, []int{0, 1, 2}, 3},
	}
	if diff := cmp.Diff(wantTables, tables10(r)); diff != "" {
		t.Errorf("published report section 10.2 response timescales 2013/14 (-want +got):\n%s", diff)
	}
	// Section 10: 2013-2014 32 / 3 / 1.
	last := r.Trend[len(r.Trend)-1]
	if diff := cmp.Diff(yearRow(2013, 32, 3, 1), last); diff != "" {
		t.Errorf("published report section 10 row 2013-2014 (-want +got):\n%s", diff)
	}
	// README: 27 resolved at stage 1 + 3 to stage 2 + 2 withdrawn = 32,
	// none open, so the consistency check of the classes balances.
	type balance struct{ Resolved, Stage2, Withdrawn, Open, Complaints int }
	if diff := cmp.Diff(balance{27, 3, 2, 0, 32}, balance{r.ResolvedStage1, r.Stage2, r.Withdrawn, r.Open, r.Complaints}); diff != "" {
		t.Errorf("2013-14 balance (-want +got):\n%s", diff)
	}
}

// TestGoldenDerived checks the figures the README derives from the sample
// data that the published report does not print: in-time counts and medians.
func TestGoldenDerived(t *testing.T) {
	r := sampleReport(t, "2014-2015")
	type derived struct {
		Regime timescale.Regime
		Stage  int
		InTime int
		Total  int
		Median float64
	}
	var got []derived
	for _, ts := range r.Timescales {
		require.NotNil(t, ts.MedianWorkingDays, "%s stage %d", ts.Regime, ts.Stage)
		got = append(got, derived{ts.Regime, ts.Stage, ts.InTime, ts.Total, *ts.MedianWorkingDays})
	}
	want := []derived{
		{timescale.Wales2005, 1, 5, 6, 8},   // values 4 6 7 9 10 31
		{timescale.Wales2005, 2, 1, 1, 33},  // C-2014-003, by its revised date
		{timescale.Wales2014, 1, 8, 12, 15}, // the mean of 14 and 16
		{timescale.Wales2014, 2, 2, 3, 38},  // C-2014-012 missed its revised date
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("in time and medians (-want +got):\n%s", diff)
	}
	r13 := sampleReport(t, "2013-2014")
	require.NotNil(t, r13.Timescales[0].MedianWorkingDays)
	if diff := cmp.Diff(13.0, *r13.Timescales[0].MedianWorkingDays); diff != "" {
		t.Errorf("2013-14 stage 1 median (-want +got):\n%s", diff)
	}
}

// table10 is a response-timescale table reduced to what the published
// report prints.
type table10 struct {
	Regime   timescale.Regime
	From, To string
	Stage    int
	Bands    []int
	Total    int
}

func tables10(r Report) []table10 {
	var out []table10
	for _, ts := range r.Timescales {
		x := table10{Regime: ts.Regime, From: ts.From.String(), To: ts.To.String(), Stage: ts.Stage, Total: ts.Total}
		for _, b := range ts.Bands {
			x.Bands = append(x.Bands, b.Count)
		}
		out = append(out, x)
	}
	return out
}
