package assess_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/problem"
)

// badFile returns a case file of n rows whose every date of receipt is not
// a date and whose every id looks like a formula: a problem and a warning
// a row.
func badFile(n int) string {
	var b strings.Builder
	b.WriteString("id,kind,received\n")
	for i := range n {
		fmt.Fprintf(&b, "=C-%d,complaint,2014-02-30\n", i)
	}
	return b.String()
}

func TestASummaryListsAtMostMaxListedAndCountsThemAll(t *testing.T) {
	tests := []struct {
		name          string
		rows, max     int
		wantListed    int
		wantLastLine  int
		wantCountedAs int
	}{
		{"with no bound every problem is listed", 30, 0, 30, 31, 30},
		{"a bound above the problems lists them all", 30, 100, 30, 31, 30},
		{"a bound of the problems exactly lists them all", 30, 30, 30, 31, 30},
		{"a bound below the problems lists the first ones, in file order", 30, 7, 7, 8, 30},
		{"a bound of one lists the first", 30, 1, 1, 2, 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := assess.Summary{MaxListed: tt.max}
			err := assess.Each(strings.NewReader(badFile(tt.rows)), "cases.csv", assess.Options{AsOf: d("2015-06-30")}, func(r *assess.Record) error {
				sum.Add(r)
				return nil
			})
			require.NoError(t, err)
			for _, l := range [][]casefile.LineProblem{sum.Problems, sum.Warnings} {
				require.Len(t, l, tt.wantListed)
				require.Equal(t, 2, l[0].Line, "the first row is listed")
				require.Equal(t, tt.wantLastLine, l[len(l)-1].Line)
			}
			require.Equal(t, problem.NotADate, sum.Problems[0].Code)
			require.Equal(t, problem.FormulaLikeValue, sum.Warnings[0].Code)
			require.Equal(t, tt.wantCountedAs, sum.ProblemCount)
			require.Equal(t, tt.wantCountedAs, sum.WarningCount)
			require.Zero(t, sum.Records)
		})
	}
}

func TestAddLinesCountsTheProblemsAndWarningsOfAHeader(t *testing.T) {
	err := assess.Each(strings.NewReader("id,kind,colour,id\n"), "cases.csv", assess.Options{AsOf: d("2015-06-30"),
		Reader: func(r *casefile.Reader) { r.Lenient = true }}, func(*assess.Record) error { return nil })
	var he *casefile.HeaderError
	require.ErrorAs(t, err, &he)
	var warnings, problems int
	for _, p := range he.Problems {
		if p.Warning {
			warnings++
		} else {
			problems++
		}
	}
	require.Positive(t, warnings, "the unknown column is a warning")
	require.Positive(t, problems, "the column named twice and the missing column are problems")

	tests := []struct {
		name                       string
		max                        int
		listedProblems, listedWarn int
	}{
		{"with no bound each is listed where it belongs", 0, problems, warnings},
		{"with a bound of one, one of each is listed", 1, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := assess.Summary{MaxListed: tt.max}
			sum.AddLines(he.Problems)
			require.Len(t, sum.Problems, tt.listedProblems)
			require.Len(t, sum.Warnings, tt.listedWarn)
			require.Equal(t, problems, sum.ProblemCount)
			require.Equal(t, warnings, sum.WarningCount)
			for _, p := range sum.Warnings {
				require.True(t, p.Warning)
			}
			for _, p := range sum.Problems {
				require.False(t, p.Warning)
			}
		})
	}
}

func TestNotesSayWhatWasSetAsideAsNotYetKnown(t *testing.T) {
	asOf := d("2014-10-01")
	tests := []struct {
		name string
		sum  assess.Summary
		want []string
	}{
		{"nothing set aside is no note", assess.Summary{Records: 3}, nil},
		{"one event set aside is one note in the singular", assess.Summary{SetAside: 1},
			[]string{"1 event dated after 2014-10-01 was set aside as not yet happened"}},
		{"events set aside are one note in the plural", assess.Summary{SetAside: 12},
			[]string{"12 events dated after 2014-10-01 were set aside as not yet happened"}},
		{"one record received later is one note in the singular", assess.Summary{NotYetReceived: 1},
			[]string{"1 record received after 2014-10-01 was left out"}},
		{"both are noted, the events first", assess.Summary{SetAside: 2, NotYetReceived: 3},
			[]string{"2 events dated after 2014-10-01 were set aside as not yet happened", "3 records received after 2014-10-01 were left out"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, tt.sum.Notes(asOf))
		})
	}
}

func TestNotesCountWhatEachSetAside(t *testing.T) {
	// A is received before the date of evaluation, with a stage 1 response
	// after it; B is received after it.
	file := "id,kind,received,acknowledged,stage1_response\nA,complaint,2014-09-01,2014-09-02,2014-10-06\nB,complaint,2014-10-02,,\n"
	var sum assess.Summary
	asOf := d("2014-10-01")
	err := assess.Each(strings.NewReader(file), "cases.csv", assess.Options{AsOf: asOf}, func(r *assess.Record) error {
		sum.Add(r)
		return nil
	})
	require.NoError(t, err)
	require.Equal(t, []string{
		"1 event dated after 2014-10-01 was set aside as not yet happened",
		"1 record received after 2014-10-01 was left out",
	}, sum.Notes(asOf))
}
