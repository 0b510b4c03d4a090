package returns_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

// The case file testdata/q3.csv, and every measure of its returns worked
// out by hand. Closure (Closure): the earlier of the withdrawal and the
// last response (the stage 2 response when a stage 2 was requested, else
// the stage 1 response), as known on the return's date.
//
//	K-1 corporate   received Mon 2 Sep 2024 (Q2), stage 1 Mon 16 Sep (Q2); Ombudsman contact Thu 14 Nov (Q3)
//	K-2 corporate   received Mon 2 Sep (Q2), stage 1 Mon 16 Sep, stage 2 asked Mon 7 Oct (Q3), answered Tue 5 Nov (Q3);
//	                findings 1 upheld, 1 not upheld
//	K-3 corporate   received Tue 1 Oct (Q3), acknowledged Mon 7 Oct, stage 1 Tue 15 Oct: 10 working days
//	S-1 complaint   received Mon 1 Jul (Q2), stage 1 Tue 1 Oct (Q3)
//	S-2 complaint   received Tue 1 Oct (Q3), stage 1 Thu 24 Oct: 17 working days, on the statutory due date
//	S-3 represent.  received Mon 4 Nov (Q3), withdrawn Mon 11 Nov: 5 working days
//	K-4 corporate   received Fri 13 Dec (Q3), still open
//	K-5 corporate   received Mon 3 Jun (Q1), stage 1 Mon 17 Jun (Q1), stage 2 asked Thu 3 Oct (Q3), not answered
//	S-4 complaint   received Mon 2 Dec (Q3), stage 1 Thu 9 Jan 2025, after the end of Q3
//	K-6 corporate   received Mon 6 Jan 2025, after the end of Q3
//	M-1 comment     (never counted)
//	K-7 corporate   received Fri 1 Mar 2024 (2023-Q4), stage 1 Mon 2 Dec (Q3); findings 2 not upheld
//	S-5 complaint   received Wed 1 May (Q1), stage 1 Fri 1 Nov (Q3); findings 1 partially upheld
const q3File = "testdata/q3.csv"

// pembrokeshire is a local target of 15 working days for the stage 1
// response of social services complaints.
var pembrokeshire = timescale.LocalTarget{Procedure: timescale.ComplaintProcedure, Milestone: timescale.Stage1Response,
	WorkingDays: 15, Name: "stage 1 response", Source: "Pembrokeshire complaints policy"}

func period(t *testing.T, s string) outcome.Period {
	t.Helper()
	p, err := outcome.ParsePeriod(s)
	require.NoError(t, err)
	return p
}

func date(t *testing.T, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	require.NoError(t, err)
	return d
}

func read(t *testing.T, opt returns.Options, eng timescale.Engine) returns.Return {
	t.Helper()
	f, err := os.Open(q3File)
	require.NoError(t, err)
	defer f.Close()
	r, sum, err := returns.ReadCaseFile(f, "q3.csv", opt, eng)
	require.NoError(t, err)
	require.Empty(t, sum.Problems, "the test file is valid")
	return r
}

func share(n, of int) *float64 { s := float64(n) / float64(of); return &s }

func TestTheReturnOfQuarter3Of2024(t *testing.T) {
	eng := timescale.Engine{Policy: timescale.Policy{Targets: []timescale.LocalTarget{pembrokeshire}}}
	got := read(t, returns.Options{Period: period(t, "2024-Q3"), Population: 120_000}, eng)
	bands := timescale.OmbudsmanBands()
	want := returns.Return{
		Period: period(t, "2024-Q3"), From: date(t, "2024-10-01"), To: date(t, "2024-12-31"), AsOf: date(t, "2024-12-31"),
		Procedures: []timescale.Procedure{timescale.ComplaintProcedure, timescale.RepresentationProcedure, timescale.CorporateProcedure},
		// Received 1 Oct to 31 Dec: K-3, S-2, S-3, K-4, S-4 (K-6 after the
		// period; M-1 a comment).
		Received: 5,
		// Open at the start, carried across: received before 1 Oct and not
		// closed before it: K-2 (reopened by its stage 2 request of 7 Oct:
		// its last response is now the stage 2 one), S-1, K-5 (reopened
		// likewise), K-7, S-5. K-1 was closed on 16 Sep.
		OpenAtStart: 5,
		// Closed 1 Oct to 31 Dec: K-2 (stage 2, 5 Nov), K-3, S-1, S-2, S-3
		// (withdrawn), K-7, S-5.
		Closed: 7, ClosedAtStage1: 5, ClosedAtStage2: 1, Withdrawn: 1,
		// Open at the end: K-4, K-5 (stage 2 not answered), S-4 (its stage
		// 1 response of 9 Jan 2025 is not yet known). 5 + 5 - 7 = 3.
		OpenAtEnd: 3,
		Bands: []returns.Band{
			// K-3 10, S-2 17, S-3 5 working days.
			{Label: bands[0].Label, Title: bands[0].Title, Count: 3, Share: share(3, 7)},
			// K-2: 2 Sep to 5 Nov is 46 working days, and 5 Nov is before
			// 2 Dec, three months after receipt; S-1: 1 Jul to 1 Oct, the
			// same date three months later.
			{Label: bands[1].Label, Title: bands[1].Title, Count: 2, Share: share(2, 7)},
			// S-5: 1 May to 1 Nov, after 1 Aug and by 1 Nov, six months on.
			{Label: bands[2].Label, Title: bands[2].Title, Count: 1, Share: share(1, 7)},
			// K-7: 1 Mar to 2 Dec, after 1 Sep, six months on.
			{Label: bands[3].Label, Title: bands[3].Title, Count: 1, Share: share(1, 7)},
		},
		// Upheld in whole or in part: K-2 (1 element upheld), S-5 (1
		// partially upheld); K-7's 2 elements are not upheld. 2 of 7.
		Upheld: 2, UpheldShare: share(2, 7),
		// K-3, S-1, S-2 and S-3 were closed without findings.
		WithoutFindings: 4,
		// K-2 (1 upheld, 1 not) and S-5 are partially upheld, K-7 not.
		Outcomes: timescale.Findings{PartiallyUpheld: 2, NotUpheld: 1},
		// K-1: the Ombudsman contacted the council on 14 Nov.
		Referred: 1,
		// 5 received x 1,000 / 120,000 residents.
		Population: 120_000, RatePer1000: func() *float64 { r := 5.0 * 1000 / 120_000; return &r }(),
		ByProcedure: []returns.ProcedureCount{
			{Procedure: timescale.ComplaintProcedure, Received: 2, Closed: 3},      // S-2, S-4; S-1, S-2, S-5
			{Procedure: timescale.RepresentationProcedure, Received: 1, Closed: 1}, // S-3
			{Procedure: timescale.CorporateProcedure, Received: 2, Closed: 3},      // K-3, K-4; K-2, K-3, K-7
		},
		// Most closed first, then most received, then alphabetical.
		Themes: []returns.ThemeCount{
			{Theme: "Communication", Received: 1, Closed: 2, Upheld: 0},    // S-2; S-1, S-2
			{Theme: "Waste and refuse", Received: 1, Closed: 2, Upheld: 1}, // K-3; K-2 (upheld), K-3
			{Theme: "Planning", Received: 0, Closed: 1, Upheld: 0},         // K-7
			{Theme: "Council tax", Received: 1, Closed: 0, Upheld: 0},      // K-4
		},
		// The stage 1 responses of social services complaints made in Q3:
		// S-1 (target due 22 Jul), S-2 and S-5 (target due 23 May, after the
		// early May bank holiday). S-2 met the statutory 17 working days on
		// 24 Oct and missed the target of 15, due Tue 22 Oct.
		Targets: []returns.TargetCount{{Procedure: timescale.ComplaintProcedure, Milestone: timescale.Stage1Response,
			Name: "stage 1 response", Source: "Pembrokeshire complaints policy", WorkingDays: 15, Met: 3, InTime: 0}},
		Definitions: returns.Definitions(),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("return (-want +got):\n%s", diff)
	}
	t.Run("the figures balance: open at the start + received - closed = open at the end", func(t *testing.T) {
		require.Equal(t, got.OpenAtEnd, got.OpenAtStart+got.Received-got.Closed)
		require.Equal(t, got.Closed, got.ClosedAtStage1+got.ClosedAtStage2+got.Withdrawn)
	})
}

func TestQuarter2CarriesItsOpenComplaintsIntoQuarter3(t *testing.T) {
	// As known on 30 Sep 2024: K-2's and K-5's stage 2 requests of October
	// are not yet known, so both count as closed at stage 1 (K-2 on 16 Sep,
	// in Q2; K-5 on 17 Jun, in Q1); S-5's and K-7's responses and S-1's are
	// still to come.
	got := read(t, returns.Options{Period: period(t, "2024-Q2")}, timescale.Engine{})
	type counts struct{ Received, OpenAtStart, Closed, OpenAtEnd, Referred int }
	// Received 1 Jul to 30 Sep: S-1, K-1, K-2. Open at the start: K-7 and
	// S-5 (K-5 was closed on 17 Jun). Closed: K-1 and K-2, on 16 Sep, 10
	// working days each. Open at the end: S-1, K-7, S-5, carried into Q3.
	// The Ombudsman's contact about K-1 (14 Nov) is not yet known.
	require.Equal(t, counts{3, 2, 2, 3, 0}, counts{got.Received, got.OpenAtStart, got.Closed, got.OpenAtEnd, got.Referred})
	require.Equal(t, 2, got.Bands[0].Count, "both closed within 20 working days")
	q3 := read(t, returns.Options{Period: period(t, "2024-Q3")}, timescale.Engine{})
	// Q3 starts with Q2's 3 open complaints and the 2 reopened by a stage 2
	// request in October (K-2, K-5).
	require.Equal(t, got.OpenAtEnd+2, q3.OpenAtStart)
}

func TestAReturnOfTheCorporateProcedureAlone(t *testing.T) {
	got := read(t, returns.Options{Period: period(t, "2024-Q3"), Procedures: []timescale.Procedure{timescale.CorporateProcedure}}, timescale.Engine{})
	type counts struct{ Received, OpenAtStart, Closed, OpenAtEnd, Referred, LeftOut int }
	// Received K-3, K-4; open at the start K-2, K-5, K-7; closed K-2, K-3,
	// K-7; open at the end K-4, K-5 (3 + 2 - 3 = 2); referred K-1; left out
	// the 5 social services complaints received by 31 Dec (S-1 to S-5).
	require.Equal(t, counts{2, 3, 3, 2, 1, 5}, counts{got.Received, got.OpenAtStart, got.Closed, got.OpenAtEnd, got.Referred, got.LeftOut})
	require.Equal(t, []timescale.Procedure{timescale.CorporateProcedure}, got.Procedures)
	require.Nil(t, got.RatePer1000, "no population, no rate")
}

func TestAReturnMadeBeforeItsPeriodEndsCountsUpToThatDay(t *testing.T) {
	// As of Fri 15 Nov 2024: received 1 Oct to 15 Nov: K-3, S-2, S-3;
	// closed by then: K-2 (5 Nov), K-3, S-1, S-2, S-3, S-5 (1 Nov); open at
	// the end: K-5 and K-7 (its response of 2 Dec not yet known).
	got := read(t, returns.Options{Period: period(t, "2024-Q3"), AsOf: date(t, "2024-11-15")}, timescale.Engine{})
	require.Equal(t, date(t, "2024-11-15"), got.To)
	type counts struct{ Received, OpenAtStart, Closed, OpenAtEnd int }
	require.Equal(t, counts{3, 5, 6, 2}, counts{got.Received, got.OpenAtStart, got.Closed, got.OpenAtEnd})
}

func TestTheOutputsOfAReturn(t *testing.T) {
	eng := timescale.Engine{Policy: timescale.Policy{Targets: []timescale.LocalTarget{pembrokeshire}}}
	r := read(t, returns.Options{Period: period(t, "2024-Q3"), Population: 120_000}, eng)
	t.Run("the text names the procedures, gives every measure with its share, states the upheld rule and every definition", func(t *testing.T) {
		var b bytes.Buffer
		require.NoError(t, r.WriteText(&b))
		text := b.String()
		squashed := strings.Join(strings.Fields(text), " ")
		for _, s := range []string{
			"Complaints return for quarter 3 of 2024-2025",
			"Period 1 October 2024 to 31 December 2024, as known on 31 December 2024.",
			"Procedures included: complaint, representation, corporate.",
			"Received 5", "Open at the start 5", "Closed 7", "closed at stage 2 1", "withdrawn 1", "Open at the end 3",
			"Closed within 20 working days 3 42.9%", "Closed 21 working days to 3 months 2 28.6%",
			"Closed 3 to 6 months 1 14.3%", "Closed over 6 months 1 14.3%",
			"Upheld (in whole or in part) 2 28.6%", "Referred to the Ombudsman 1",
			"Received per 1,000 residents 0.04 (population 120000)",
			"Upheld: " + returns.UpheldRule + ".",
			"Check: 5 open at the start + 5 received - 7 closed = 3 open at the end.",
			"Waste and refuse 1 2 1",
			"- complaint, stage1-response: stage 1 response, 15 working days (Pembrokeshire complaints policy): 0 of 3 by the target",
			returns.TemplateNote,
		} {
			require.Contains(t, squashed, s)
		}
		for _, d := range returns.Definitions() {
			require.Contains(t, text, "- "+d.Title+": "+d.Definition)
		}
	})
	t.Run("the CSV has one figure a row", func(t *testing.T) {
		var b bytes.Buffer
		require.NoError(t, r.WriteCSV(&b))
		for _, s := range []string{
			"period,section,item,measure,value\n",
			"2024-Q3,return,,procedures,complaint;representation;corporate\n",
			"2024-Q3,summary,,closed,7\n",
			"2024-Q3,band,0-20wd,closed,3\n",
			"2024-Q3,summary,,rate_per_1000,0.041666666666666664\n",
			"2024-Q3,theme,Waste and refuse,upheld,1\n",
			"2024-Q3,target,complaint/stage1-response/stage 1 response,met,3\n",
			"2024-Q3,outcome,partially-upheld,closed,2\n",
		} {
			require.Contains(t, b.String(), s)
		}
	})
	t.Run("the JSON form reads back as the same return", func(t *testing.T) {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var back returns.Return
		require.NoError(t, json.Unmarshal(b, &back))
		if diff := cmp.Diff(r, back); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	})
	t.Run("a return with nothing closed has no shares, and prints a dash", func(t *testing.T) {
		empty := read(t, returns.Options{Period: period(t, "2025-Q1")}, timescale.Engine{})
		require.Nil(t, empty.UpheldShare)
		var b bytes.Buffer
		require.NoError(t, empty.WriteText(&b))
		require.Contains(t, b.String(), "Upheld (in whole or in part)")
		var c bytes.Buffer
		require.NoError(t, empty.WriteCSV(&c))
		require.Contains(t, c.String(), "2025-Q1,summary,,upheld_share,\n")
	})
}

func TestNewBuilderRefusesWhatItCannotCount(t *testing.T) {
	q3 := period(t, "2024-Q3")
	tests := []struct {
		name string
		opt  returns.Options
		code problem.Code
		msg  string
	}{
		{"an unknown procedure is refused, naming the procedures", returns.Options{Period: q3, Procedures: []timescale.Procedure{"housing"}},
			problem.UnknownValue, `"housing" is not a procedure: want complaint, representation or corporate`},
		{"a population below zero is refused", returns.Options{Period: q3, Population: -1},
			problem.UnknownValue, `"-1" is not a population: want a number of residents, 1 or more`},
		{"a return as of a day before its period begins is refused", returns.Options{Period: q3, AsOf: date(t, "2024-09-30")},
			problem.PeriodNotBegun, "2024-Q3 begins on 2024-10-01, after 2024-09-30: nothing of it is known yet"},
		{"a period outside the calendar is refused", returns.Options{Period: period(t, "2099-Q4")},
			problem.DateOutOfRange, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := returns.NewBuilder(tt.opt, timescale.Engine{})
			require.Error(t, err)
			require.Equal(t, tt.code, problem.CodeOf(err))
			if tt.msg != "" {
				require.Contains(t, err.Error(), tt.msg)
			}
		})
	}
	var be *returns.BeforePeriodError
	_, err := returns.NewBuilder(returns.Options{Period: q3, AsOf: date(t, "2024-01-01")}, timescale.Engine{})
	require.True(t, errors.As(err, &be))
	require.True(t, strings.HasPrefix(be.Error(), "returns: "))
	_, _, err = returns.ReadCaseFile(strings.NewReader(""), "x", returns.Options{Period: q3, Population: -5}, timescale.Engine{})
	require.Error(t, err)
}

func TestClosure(t *testing.T) {
	d := func(s string) calendar.Date { return date(t, s) }
	tests := []struct {
		name      string
		c         timescale.Case
		want      string
		withdrawn bool
	}{
		{"answered at stage 1: closed on the stage 1 response", timescale.Case{Stage1Response: d("2024-10-15")}, "2024-10-15", false},
		{"taken to stage 2 and answered: closed on the stage 2 response", timescale.Case{Stage1Response: d("2024-09-16"), Stage2Requested: d("2024-10-07"), Stage2Response: d("2024-11-05")}, "2024-11-05", false},
		{"taken to stage 2, not yet answered: open, whatever its stage 1 response", timescale.Case{Stage1Response: d("2024-09-16"), Stage2Requested: d("2024-10-07")}, "", false},
		{"withdrawn before any response: closed on the withdrawal", timescale.Case{Withdrawn: d("2024-11-11")}, "2024-11-11", true},
		{"withdrawn at stage 2: closed on the withdrawal", timescale.Case{Stage1Response: d("2024-09-16"), Stage2Requested: d("2024-10-07"), Withdrawn: d("2024-10-20")}, "2024-10-20", true},
		{"a withdrawal after the last response does not move the closure", timescale.Case{Stage1Response: d("2024-09-16"), Withdrawn: d("2024-10-20")}, "2024-09-16", false},
		{"answered on the day it was withdrawn: closed by the response, not withdrawn", timescale.Case{Stage1Response: d("2024-10-15"), Withdrawn: d("2024-10-15")}, "2024-10-15", false},
		{"nothing done: open", timescale.Case{}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			closed, withdrawn := returns.Closure(&tt.c)
			want := calendar.Date{}
			if tt.want != "" {
				want = d(tt.want)
			}
			require.Equal(t, want, closed)
			require.Equal(t, tt.withdrawn, withdrawn)
		})
	}
}

func TestAddCountsThemesUpToTheBound(t *testing.T) {
	b, err := returns.NewBuilder(returns.Options{Period: period(t, "2024-Q3")}, timescale.Engine{})
	require.NoError(t, err)
	c := timescale.Case{ID: "x", Kind: timescale.Complaint, Received: date(t, "2024-10-01")}
	var a timescale.Assessment
	for i := range returns.MaxThemes + 2 {
		c.Themes = []string{"theme " + itoa(i), ""}
		b.Add(&c, &a)
	}
	r := b.Return()
	require.Len(t, r.Themes, returns.MaxThemes)
	require.Equal(t, 2, r.ThemesNotCounted)
	var text bytes.Buffer
	require.NoError(t, r.WriteText(&text))
	require.Contains(t, text.String(), "2 mentions of themes beyond the first 1000 distinct ones are not counted.")
}

// TestDocsReturnsMatchesTheDefinitions keeps docs/returns.md in step with
// the definitions; regenerate it with go test ./returns -update.
func TestDocsReturnsMatchesTheDefinitions(t *testing.T) {
	path := filepath.Join("..", "docs", "returns.md")
	var b bytes.Buffer
	require.NoError(t, returns.WriteMarkdown(&b))
	if *update {
		require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	}
	committed, err := os.ReadFile(path)
	require.NoError(t, err)
	if diff := cmp.Diff(string(committed), b.String()); diff != "" {
		t.Errorf("docs/returns.md is out of date (-committed +code); run go test ./returns -update:\n%s", diff)
	}
}

func TestLeftOutCountsOnlyTheOtherComplaintsTheReturnWouldHaveCounted(t *testing.T) {
	for _, tt := range []struct {
		name, period string
		want         int
	}{
		// Oct to Dec 2024: S-2, S-3, S-4 received in it; S-1 and S-5 open
		// at its start (closed on 1 Oct and 1 Nov).
		{"in 2024-Q3 the five social services complaints received in it or open at its start are left out", "2024-Q3", 5},
		// Jan to Mar 2025: S-4 (received 2 Dec, answered 9 Jan) is open at
		// its start; S-1, S-2, S-3 and S-5 were closed in 2024, before it.
		{"in 2024-Q4 only the one open at its start is left out, not those closed before it", "2024-Q4", 1},
		// Apr to Jun 2024: S-5 received 1 May; S-1 to S-4 not yet received.
		{"in 2024-Q1 only the one received in it is left out, not those received after it", "2024-Q1", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := read(t, returns.Options{Period: period(t, tt.period), Procedures: []timescale.Procedure{timescale.CorporateProcedure}}, timescale.Engine{})
			require.Equal(t, tt.want, got.LeftOut)
		})
	}
}
