package outcome

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// TestAHalfYearlyReportCountsTheRecordsOfItsHalf: the committee's
// half-yearly report for 2024-H1 (April to September 2024) counts the
// records received in it, and its trend is by half; a quarter's report by
// quarter; the year's report merges its four quarters.
func TestAHalfYearlyReportCountsTheRecordsOfItsHalf(t *testing.T) {
	g := NewAggregator()
	for _, c := range []timescale.Case{
		{ID: "E", Kind: timescale.Complaint, Received: day(t, "2023-11-01"), Stage1Response: day(t, "2023-11-10")}, // 2023-Q3, 2023-H2
		{ID: "A", Kind: timescale.Complaint, Received: day(t, "2024-04-15"), Stage1Response: day(t, "2024-05-01")}, // 2024-Q1
		{ID: "D", Kind: timescale.Compliment, Received: day(t, "2024-06-01")},                                      // 2024-Q1
		{ID: "B", Kind: timescale.Complaint, Received: day(t, "2024-08-01"), Stage1Response: day(t, "2024-08-20")}, // 2024-Q2
		{ID: "C", Kind: timescale.Complaint, Received: day(t, "2024-10-10")},                                       // 2024-Q3, 2024-H2
	} {
		evaluated(t, g, c, "2025-03-31")
	}
	period := func(s string) Period {
		p, err := ParsePeriod(s)
		require.NoError(t, err)
		return p
	}
	half, err := g.PeriodReport(period("2024-H1"))
	require.NoError(t, err)
	t.Run("the first half of 2024-2025 counts A and B and the compliment D, not E of 2023 nor C of October", func(t *testing.T) {
		require.Equal(t, []int{2, 1, 2}, []int{half.Complaints, half.Compliments, half.ResolvedStage1})
		require.Equal(t, period("2024-H1"), half.Period)
		require.Equal(t, Year{2024}, half.Year)
	})
	t.Run("its trend is by half: 2023-H2 and 2024-H1, not the later 2024-H2", func(t *testing.T) {
		want := []TrendRow{
			{Year: Year{2023}, Period: period("2023-H2"), Complaints: 1},
			{Year: Year{2024}, Period: period("2024-H1"), Complaints: 2},
		}
		if diff := cmp.Diff(want, half.Trend); diff != "" {
			t.Errorf("trend (-want +got):\n%s", diff)
		}
	})
	t.Run("its response-time table covers April to September 2024", func(t *testing.T) {
		require.Equal(t, "2024-04-01", half.Timescales[0].From.String())
		require.Equal(t, "2024-09-30", half.Timescales[0].To.String())
		require.Equal(t, 2, half.Timescales[0].Total)
	})
	t.Run("it is titled for the committee with its dates, and its trend table is by period", func(t *testing.T) {
		var b bytes.Buffer
		require.NoError(t, half.WriteText(&b))
		text := b.String()
		require.True(t, strings.HasPrefix(text, "REPORT ON COMPLAINTS, COMMENTS AND COMPLIMENTS FOR THE FIRST HALF OF 2024-2025\n\nPeriod 1 April 2024 – 30 September 2024."), text)
		require.Contains(t, strings.Join(strings.Fields(text), " "), "Period Number of complaints Number of Stage 2's Number of Stage 3's 2024-H1 2 0 0 2023-H2 1 0 0")
		var c bytes.Buffer
		require.NoError(t, half.WriteCSV(&c))
		require.Contains(t, c.String(), "summary,2024-H1,,,,,complaints,2\n")
		require.Contains(t, c.String(), "trend,2023-H2,,,,,complaints,1\n")
	})

	quarter, err := g.PeriodReport(period("2024-Q2"))
	require.NoError(t, err)
	t.Run("the report of quarter 2 counts B alone and notes the quarter without records, 2023-Q4", func(t *testing.T) {
		require.Equal(t, 1, quarter.Complaints)
		require.Contains(t, codes(quarter.Notes), "trend-gap")
		for _, n := range quarter.Notes {
			if n.Code == "trend-gap" {
				require.Equal(t, "no records counted for 2023-Q4: the year-on-year table leaves it out", n.Message)
			}
		}
	})
	t.Run("the year's report merges its quarters: A, B and C", func(t *testing.T) {
		r := report(t, g, 2024)
		require.Equal(t, 3, r.Complaints)
		require.Equal(t, r.Year.Period(), r.Period)
	})
	t.Run("a half with no records is a *NoPeriodError naming the halves that have some", func(t *testing.T) {
		_, err := g.PeriodReport(period("2025-H1"))
		var ne *NoPeriodError
		require.True(t, errors.As(err, &ne))
		require.Equal(t, problem.NoRecordsInPeriod, problem.CodeOf(err))
		require.Equal(t, "outcome: no records received in 2025-H1 (2025-04-01 to 2025-09-30): the records are in 2023-H2, 2024-H1, 2024-H2", err.Error())
		require.Equal(t, "no records received in 2025-H1: no records have been added at all", (&NoPeriodError{Period: period("2025-H1")}).Message())
	})
	t.Run("Periods lists the quarters with records, oldest first", func(t *testing.T) {
		var got []string
		for _, p := range g.Periods(Quarter) {
			got = append(got, p.String())
		}
		require.Equal(t, []string{"2023-Q3", "2024-Q1", "2024-Q2", "2024-Q3"}, got)
	})
}
