package outcome

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// day parses an ISO date for a test.
func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

// evaluated adds c to g with its assessment as of asOf.
func evaluated(t testing.TB, g *Aggregator, c timescale.Case, asOf string) {
	t.Helper()
	a, err := timescale.Evaluate(c, day(t, asOf))
	require.NoError(t, err, "evaluating %s", c.ID)
	g.Add(c, a)
}

// unchecked adds c to g with a bare assessment that matches its id, kind
// and regime, as a caller that skipped timescale.Evaluate might; it lets a
// test feed records that validation would refuse.
func unchecked(g *Aggregator, c timescale.Case) {
	r, _ := timescale.RegimeFor(c.Received)
	if c.Kind != timescale.Complaint {
		r = ""
	}
	g.Add(c, timescale.Assessment{ID: c.ID, Kind: c.Kind, Regime: r, Received: c.Received})
}

func codes(ns []Notice) []string {
	out := []string{}
	for _, n := range ns {
		out = append(out, n.Code)
	}
	return out
}

func report(t testing.TB, g *Aggregator, y int) Report {
	t.Helper()
	r, err := g.Report(Year{y})
	require.NoError(t, err)
	return r
}

func TestClassification(t *testing.T) {
	g := NewAggregator()
	cx := func(id string) timescale.Case {
		return timescale.Case{ID: id, Kind: timescale.Complaint, Received: day(t, "2014-10-01")}
	}
	resolved := cx("resolved")
	resolved.Stage1Response = day(t, "2014-10-08")
	withdrawn := cx("withdrawn")
	withdrawn.Withdrawn = day(t, "2014-10-03")
	open := cx("open") // no acknowledgement: overdue as of 2014-12-31
	stage2Open := cx("stage2-open")
	stage2Open.Stage1Response = day(t, "2014-10-08")
	stage2Open.Stage2Requested = day(t, "2014-10-10")
	stage2Withdrawn := cx("stage2-withdrawn")
	stage2Withdrawn.Stage2Requested = day(t, "2014-10-02")
	stage2Withdrawn.Withdrawn = day(t, "2014-10-20")
	for _, c := range []timescale.Case{resolved, withdrawn, open, stage2Open, stage2Withdrawn} {
		evaluated(t, g, c, "2014-12-31")
	}
	r := report(t, g, 2014)
	type figures struct {
		Complaints, Resolved, Stage2, Withdrawn, Open, Stage2Open, Straight, Overdue int
	}
	want := figures{Complaints: 5, Resolved: 1, Stage2: 2, Withdrawn: 1, Open: 1, Stage2Open: 1, Straight: 1, Overdue: 2}
	got := figures{r.Complaints, r.ResolvedStage1, r.Stage2, r.Withdrawn, r.Open, r.Stage2Open, r.StraightToStage2, r.Overdue}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("classes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(day(t, "2014-12-31"), r.AsOf); diff != "" {
		t.Errorf("as of (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"straight-to-stage2"}, codes(r.Notes)); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{}, codes(r.Warnings)); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

func TestWarnings(t *testing.T) {
	tests := []struct {
		name  string
		feed  func(t *testing.T, g *Aggregator)
		want  []string
		ids   []string // of the last warning
		count int      // of the last warning
	}{
		{
			name: "a stage 2 response without a request is a warning",
			feed: func(t *testing.T, g *Aggregator) {
				unchecked(g, timescale.Case{ID: "c1", Kind: timescale.Complaint, Received: day(t, "2014-10-01"), Stage2Response: day(t, "2014-11-01")})
			},
			// The bare assessment has no stage 2 deadline either, so the
			// tables and the case dates disagree too.
			want: []string{"timescale-totals", "stage2-response-without-request"}, ids: []string{"c1"}, count: 1,
		},
		{
			name: "findings on a complaint with no stage 2 are a warning",
			feed: func(t *testing.T, g *Aggregator) {
				evaluated(t, g, timescale.Case{ID: "c1", Kind: timescale.Complaint, Received: day(t, "2014-10-01"),
					Stage1Response: day(t, "2014-10-08"), Findings: timescale.Findings{Upheld: 1}}, "2015-12-31")
			},
			want: []string{"findings-without-stage2"}, ids: []string{"c1"}, count: 1,
		},
		{
			name: "a stage 2 response with no findings recorded is a warning",
			feed: func(t *testing.T, g *Aggregator) {
				for _, id := range []string{"c1", "c2"} {
					evaluated(t, g, timescale.Case{ID: id, Kind: timescale.Complaint, Received: day(t, "2014-10-01"),
						Stage2Requested: day(t, "2014-10-01"), Stage2Response: day(t, "2014-11-03")}, "2015-12-31")
				}
			},
			want: []string{"stage2-without-findings"}, ids: []string{"c1", "c2"}, count: 2,
		},
		{
			name: "a stage 3 on a wales-2014 complaint is a warning",
			feed: func(t *testing.T, g *Aggregator) {
				unchecked(g, timescale.Case{ID: "c1", Kind: timescale.Complaint, Received: day(t, "2014-10-01"),
					Stage2Requested: day(t, "2014-10-01"), Stage3Requested: day(t, "2014-12-01"), Findings: timescale.Findings{NotUpheld: 1}})
			},
			want: []string{"stage-not-in-regime"}, ids: []string{"c1"}, count: 1,
		},
		{
			name: "a complaint involving unpublished bank holidays is provisional",
			feed: func(t *testing.T, g *Aggregator) {
				evaluated(t, g, timescale.Case{ID: "c1", Kind: timescale.Complaint, Received: day(t, "2040-10-01"),
					Stage1Response: day(t, "2040-10-08")}, "2040-12-31")
			},
			want: []string{"provisional"}, ids: []string{"c1"}, count: 1,
		},
		{
			name: "a complaint received before 1 April 2006 has no regime",
			feed: func(t *testing.T, g *Aggregator) {
				unchecked(g, timescale.Case{ID: "c1", Kind: timescale.Complaint, Received: day(t, "2005-10-03"), Stage1Response: day(t, "2005-10-10")})
			},
			// Its stage 1 response has no table to go in.
			want: []string{"timescale-totals", "no-regime"}, ids: []string{"c1"}, count: 1,
		},
		{
			name: "a record of an unknown kind is a warning",
			feed: func(t *testing.T, g *Aggregator) {
				unchecked(g, timescale.Case{ID: "e1", Kind: "enquiry", Received: day(t, "2014-10-01")})
			},
			want: []string{"unknown-kind"}, ids: []string{"e1"}, count: 1,
		},
		{
			name: "an assessment of another record is ignored with a warning",
			feed: func(t *testing.T, g *Aggregator) {
				c := timescale.Case{ID: "c1", Kind: timescale.Complaint, Received: day(t, "2014-10-01"), Stage1Response: day(t, "2014-10-08")}
				other := c
				other.ID = "c2"
				a, err := timescale.Evaluate(other, day(t, "2015-12-31"))
				require.NoError(t, err)
				g.Add(c, a)
			},
			want: []string{"timescale-totals", "assessment-mismatch"}, ids: []string{"c1"}, count: 1,
		},
		{
			name: "a record without a date of receipt is in no year and is warned of",
			feed: func(t *testing.T, g *Aggregator) {
				evaluated(t, g, timescale.Case{ID: "m1", Kind: timescale.Comment, Received: day(t, "2014-10-01")}, "2015-12-31")
				g.Add(timescale.Case{ID: "u1", Kind: timescale.Comment}, timescale.Assessment{})
				g.Add(timescale.Case{ID: "u2", Kind: timescale.Comment, Received: calendar.NewDate(2014, 2, 30)}, timescale.Assessment{})
			},
			want: []string{"undated"}, ids: []string{"u1", "u2"}, count: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := NewAggregator()
			tt.feed(t, g)
			ys := g.Years()
			require.NotEmpty(t, ys)
			r, err := g.Report(ys[len(ys)-1])
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, codes(r.Warnings)); diff != "" {
				t.Fatalf("warning codes (-want +got):\n%s", diff)
			}
			last := r.Warnings[len(r.Warnings)-1]
			if diff := cmp.Diff(tt.ids, last.IDs); diff != "" {
				t.Errorf("ids of %s (-want +got):\n%s", last.Code, diff)
			}
			if diff := cmp.Diff(tt.count, last.Count); diff != "" {
				t.Errorf("count of %s (-want +got):\n%s", last.Code, diff)
			}
			if last.Message == "" {
				t.Errorf("%s has no message", last.Code)
			}
		})
	}
}

// TestBalanceCheck breaks the tallies on purpose: the classification in
// Add always balances, but the check runs on the tallies, not on Add's
// logic, so a change that broke it would be reported.
func TestBalanceCheck(t *testing.T) {
	g := NewAggregator()
	evaluated(t, g, timescale.Case{ID: "c1", Kind: timescale.Complaint, Received: day(t, "2014-10-01"), Stage1Response: day(t, "2014-10-08")}, "2015-12-31")
	g.quarters[PeriodOf(Quarter, day(t, "2014-10-01")).index()].open++
	r := report(t, g, 2014)
	want := []Notice{{Code: "balance", Message: "1 resolved at stage 1 + 0 taken to stage 2 + 0 withdrawn + 1 open = 2, not the 1 complaint received"}}
	if diff := cmp.Diff(want, r.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

func TestNoticeString(t *testing.T) {
	tests := []struct {
		name string
		in   Notice
		want string
	}{
		{"a notice without ids is its message", Notice{Message: "m"}, "m"},
		{"a notice names its ids", Notice{Message: "m", Count: 2, IDs: []string{"a", "b"}}, "m (a, b)"},
		{"a notice says how many ids it leaves out", Notice{Message: "m", Count: 12, IDs: []string{"a", "b"}}, "m (a, b and 10 more)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.in.String()); diff != "" {
				t.Errorf("String (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIDsAreBounded(t *testing.T) {
	g := NewAggregator()
	for i := range MaxIDs + 5 {
		unchecked(g, timescale.Case{ID: fmt.Sprint("e", i), Kind: "enquiry", Received: day(t, "2014-10-01")})
	}
	r := report(t, g, 2014)
	require.Len(t, r.Warnings, 1)
	if diff := cmp.Diff(MaxIDs+5, r.Warnings[0].Count); diff != "" {
		t.Errorf("count (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(MaxIDs, len(r.Warnings[0].IDs)); diff != "" {
		t.Errorf("ids named (-want +got):\n%s", diff)
	}
}

func TestReportOfAYearWithoutRecords(t *testing.T) {
	g := NewAggregator()
	_, err := g.Report(Year{2014})
	var ny *NoYearError
	require.ErrorAs(t, err, &ny)
	if diff := cmp.Diff("outcome: no records received in 2014-2015: no records have been added at all", err.Error()); diff != "" {
		t.Errorf("empty aggregator (-want +got):\n%s", diff)
	}

	for _, s := range []string{"2013-02-01", "2011-05-03", "2013-06-03"} {
		evaluated(t, g, timescale.Case{ID: s, Kind: timescale.Compliment, Received: day(t, s)}, "2015-12-31")
	}
	_, err = g.Report(Year{2016})
	require.True(t, errors.As(err, &ny))
	if diff := cmp.Diff([]Year{{2011}, {2012}, {2013}}, ny.Available); diff != "" {
		t.Errorf("available years (-want +got):\n%s", diff)
	}
	want := "outcome: no records received in 2016-2017 (2016-04-01 to 2017-03-31): the records are in 2011-2012, 2012-2013, 2013-2014"
	if diff := cmp.Diff(want, err.Error()); diff != "" {
		t.Errorf("error (-want +got):\n%s", diff)
	}
}

func TestTrendLeavesGapsOutWithANote(t *testing.T) {
	g := NewAggregator()
	for _, s := range []string{"2010-05-04", "2013-05-01", "2015-05-01"} {
		evaluated(t, g, timescale.Case{ID: s, Kind: timescale.Complaint, Received: day(t, s), Stage1Response: day(t, s)}, "2015-12-31")
	}
	r := report(t, g, 2013)
	if diff := cmp.Diff([]TrendRow{yearRow(2010, 1, 0, 0), yearRow(2013, 1, 0, 0)}, r.Trend); diff != "" {
		t.Errorf("trend up to 2013-2014 (-want +got):\n%s", diff)
	}
	want := []Notice{{Code: "trend-gap", Message: "no records counted for 2011-2012, 2012-2013: the year-on-year table leaves them out"}}
	if diff := cmp.Diff(want, r.Notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

func TestStage2ListKeepsTheEarliest(t *testing.T) {
	g := NewAggregator()
	// Added latest first, so that every new one displaces the latest kept.
	first := day(t, "2014-04-01")
	for i := MaxListed + 4; i >= 0; i-- {
		rec := first.AddDays(i)
		unchecked(g, timescale.Case{ID: fmt.Sprintf("C-%03d", i), Kind: timescale.Complaint, Received: rec,
			Stage2Requested: rec, Findings: timescale.Findings{Upheld: 1}})
	}
	// Two received on the same day are listed by id.
	unchecked(g, timescale.Case{ID: "C-000a", Kind: timescale.Complaint, Received: first, Stage2Requested: first})
	r := report(t, g, 2014)
	require.Len(t, r.Stage2Complaints, MaxListed)
	var got []string
	for _, c := range r.Stage2Complaints[:3] {
		got = append(got, c.ID)
	}
	if diff := cmp.Diff([]string{"C-000", "C-000a", "C-001"}, got); diff != "" {
		t.Errorf("first listed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(fmt.Sprintf("C-%03d", MaxListed-2), r.Stage2Complaints[MaxListed-1].ID); diff != "" {
		t.Errorf("last listed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(MaxListed+5, r.Findings.Complaints.Upheld); diff != "" {
		t.Errorf("findings count every complaint (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"straight-to-stage2", "stage2-not-listed"}, codes(r.Notes)); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

func TestThemes(t *testing.T) {
	g := NewAggregator()
	add := func(id, complainant string, themes ...string) {
		evaluated(t, g, timescale.Case{ID: id, Kind: timescale.Complaint, Received: day(t, "2014-10-01"),
			Stage1Response: day(t, "2014-10-08"), Complainant: complainant, Themes: themes}, "2015-12-31")
	}
	add("c1", "parent", "Staff attitude", "Communication")
	add("c2", "parent", "Communication", "")
	add("c3", "young-person", "Respite", "Access to records")
	add("c4", "child", "Communication")
	evaluated(t, g, timescale.Case{ID: "m1", Kind: timescale.Comment, Received: day(t, "2014-10-01"),
		Complainant: "young-person", Themes: []string{"Contact"}}, "2015-12-31")
	r := report(t, g, 2014)
	want := []ThemeCount{{"Communication", 3}, {"Access to records", 1}, {"Respite", 1}, {"Staff attitude", 1}}
	if diff := cmp.Diff(want, r.Themes); diff != "" {
		t.Errorf("themes, most frequent first, ties alphabetical (-want +got):\n%s", diff)
	}
	wantChildren := []ThemeCount{{"Access to records", 1}, {"Communication", 1}, {"Respite", 1}}
	if diff := cmp.Diff(wantChildren, r.ChildrenThemes); diff != "" {
		t.Errorf("children's themes, not counting the comment (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(2, r.ChildrenAndYoungPeople); diff != "" {
		t.Errorf("children and young people (-want +got):\n%s", diff)
	}
}

func TestThemesAreBounded(t *testing.T) {
	g := NewAggregator()
	themes := make([]string, MaxThemes+3)
	for i := range themes {
		themes[i] = fmt.Sprintf("theme %04d", i)
	}
	evaluated(t, g, timescale.Case{ID: "c1", Kind: timescale.Complaint, Received: day(t, "2014-10-01"), Themes: themes}, "2015-12-31")
	evaluated(t, g, timescale.Case{ID: "c2", Kind: timescale.Complaint, Received: day(t, "2014-10-01"), Themes: themes[:1]}, "2015-12-31")
	r := report(t, g, 2014)
	require.Len(t, r.Themes, MaxThemes)
	if diff := cmp.Diff(ThemeCount{"theme 0000", 2}, r.Themes[0]); diff != "" {
		t.Errorf("a known theme is still counted (-want +got):\n%s", diff)
	}
	want := []Notice{{Code: "themes-not-ranked", Message: "3 mentions of themes beyond the first 1000 distinct ones are not ranked"}}
	if diff := cmp.Diff(want, r.Notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

func TestTimescaleTables(t *testing.T) {
	tests := []struct {
		name  string
		feed  []string // received dates of complaints answered 5 working days later
		year  int
		want  []string // regime from to stage total
		nulls bool     // the stage 1 tables have no responses
	}{
		{
			name: "a year wholly under wales-2005 has one pair of tables for the whole year",
			feed: []string{"2012-05-01"}, year: 2012,
			want: []string{"wales-2005 2012-04-01 2013-03-31 1 1", "wales-2005 2012-04-01 2013-03-31 2 0"},
		},
		{
			name: "the year of the cutover has a pair of tables for each part",
			feed: []string{"2014-07-31", "2014-08-01"}, year: 2014,
			want: []string{
				"wales-2005 2014-04-01 2014-07-31 1 1", "wales-2005 2014-04-01 2014-07-31 2 0",
				"wales-2014 2014-08-01 2015-03-31 1 1", "wales-2014 2014-08-01 2015-03-31 2 0",
			},
		},
		{
			name: "a regime part with no complaints still has its tables, with zeros",
			feed: []string{"2014-09-01"}, year: 2014,
			want: []string{
				"wales-2005 2014-04-01 2014-07-31 1 0", "wales-2005 2014-04-01 2014-07-31 2 0",
				"wales-2014 2014-08-01 2015-03-31 1 1", "wales-2014 2014-08-01 2015-03-31 2 0",
			},
		},
		{
			name: "a year before any regime has no tables",
			year: 2005, want: nil, nulls: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := NewAggregator()
			evaluated(t, g, timescale.Case{ID: "m", Kind: timescale.Comment, Received: Year{tt.year}.First()}, "2015-12-31")
			for _, s := range tt.feed {
				rec := day(t, s)
				resp, err := calendar.Wales().AddWorkingDays(rec, 5)
				require.NoError(t, err)
				evaluated(t, g, timescale.Case{ID: s, Kind: timescale.Complaint, Received: rec, Stage1Response: resp}, "2015-12-31")
			}
			r := report(t, g, tt.year)
			var got []string
			for _, ts := range r.Timescales {
				got = append(got, fmt.Sprint(ts.Regime, " ", ts.From, " ", ts.To, " ", ts.Stage, " ", ts.Total))
				if ts.Total == 0 && (ts.MedianWorkingDays != nil || ts.InTimeShare != nil) {
					t.Errorf("%s stage %d has no responses but a median or share", ts.Regime, ts.Stage)
				}
				if ts.Total > 0 && (*ts.MedianWorkingDays != 5 || *ts.InTimeShare != 1) {
					t.Errorf("%s stage %d: median %v, share %v, want 5 and 1", ts.Regime, ts.Stage, *ts.MedianWorkingDays, *ts.InTimeShare)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tables (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		name   string
		values []int
		want   float64
		ok     bool
	}{
		{"no values have no median", nil, 0, false},
		{"one value is its own median", []int{7}, 7, true},
		{"an odd count takes the middle value", []int{31, 4, 9}, 9, true},
		{"an even count takes the mean of the two middle values", []int{4, 6, 7, 9, 10, 31}, 8, true},
		{"the mean of two middle values may end in .5", []int{14, 17}, 15.5, true},
		{"README wales-2014 stage 1: the mean of 14 and 16", []int{5, 8, 11, 12, 13, 14, 16, 17, 19, 20, 22, 29}, 15, true},
		{"repeated values are counted each time", []int{3, 3, 3, 40}, 3, true},
		{"the two middle values may fall in different histogram entries", []int{1, 1, 2, 2}, 1.5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &stageTally{hist: map[int]int{}}
			for _, v := range tt.values {
				st.hist[v]++
			}
			got, ok := st.median()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("median(%v) (-want +got):\n%s", tt.values, diff)
			}
			if ok != tt.ok {
				t.Errorf("median(%v) ok = %v, want %v", tt.values, ok, tt.ok)
			}
		})
	}
}

func TestYearsAreOldestFirst(t *testing.T) {
	g := NewAggregator()
	for _, s := range []string{"2014-05-01", "2011-05-03", "2012-03-01", "2014-06-02"} {
		evaluated(t, g, timescale.Case{ID: s, Kind: timescale.Comment, Received: day(t, s)}, "2015-12-31")
	}
	if diff := cmp.Diff([]Year{{2011}, {2014}}, g.Years()); diff != "" {
		t.Errorf("years (-want +got):\n%s", diff)
	}
}

func TestZeroAggregatorIsReady(t *testing.T) {
	var g Aggregator
	evaluated(t, &g, timescale.Case{ID: "m1", Kind: timescale.Comment, Received: day(t, "2014-10-01")}, "2015-12-31")
	if diff := cmp.Diff(1, report(t, &g, 2014).Comments); diff != "" {
		t.Errorf("comments (-want +got):\n%s", diff)
	}
}

// yearRow is a row of the year-on-year table.
func yearRow(start, complaints, stage2, stage3 int) TrendRow {
	y := Year{Start: start}
	return TrendRow{Year: y, Period: y.Period(), Complaints: complaints, Stage2: stage2, Stage3: stage3}
}
