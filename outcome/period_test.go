package outcome

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/problem"
)

// The quarters are those of the financial year, as the Ombudsman's
// releases count them: "the first quarter of 2021/22" is April to June
// 2021, and its first three quarters are "between April and December 2021"
// (LAW.md section 9).
func TestParsePeriod(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		want        string // String of the period
		first, last string
	}{
		{"financial-year quarter 1 (Ombudsman, first quarter of 2021/22): 2021-Q1 is April to June 2021", "2021-Q1", "2021-Q1", "2021-04-01", "2021-06-30"},
		{"quarter 2 is July to September", "2024-Q2", "2024-Q2", "2024-07-01", "2024-09-30"},
		{"quarter 3 is October to December of the year the reporting year begins", "2024-Q3", "2024-Q3", "2024-10-01", "2024-12-31"},
		{"quarter 4 is January to March of the next calendar year", "2024-Q4", "2024-Q4", "2025-01-01", "2025-03-31"},
		{"half 1 (Ombudsman, first half of the 2024/25 financial year) is April to September", "2024-H1", "2024-H1", "2024-04-01", "2024-09-30"},
		{"half 2 is October to March", "2024-H2", "2024-H2", "2024-10-01", "2025-03-31"},
		{"a reporting year is 1 April to 31 March", "2024-2025", "2024-2025", "2024-04-01", "2025-03-31"},
		{"a reporting year written 2024/25", "2024/25", "2024-2025", "2024-04-01", "2025-03-31"},
		{"a quarter after the reporting year written in full", "2024-25-Q3", "2024-Q3", "2024-10-01", "2024-12-31"},
		{"a quarter after the reporting year with a slash and a space, in lower case", "2024/25 q3", "2024-Q3", "2024-10-01", "2024-12-31"},
		{"a half with no separator", "2024H2", "2024-H2", "2024-10-01", "2025-03-31"},
		{"a quarter with surrounding space", "  2024-Q1 ", "2024-Q1", "2024-04-01", "2024-06-30"},
		{"a leap February ends quarter 4 of 2023-2024", "2023-Q4", "2023-Q4", "2024-01-01", "2024-03-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParsePeriod(tt.in)
			require.NoError(t, err)
			require.Equal(t, tt.want, p.String())
			require.Equal(t, tt.first, p.First().String())
			require.Equal(t, tt.last, p.Last().String())
			require.True(t, p.Contains(p.First()) && p.Contains(p.Last()))
			require.False(t, p.Contains(p.First().AddDays(-1)) || p.Contains(p.Last().AddDays(1)))
			back, err := ParsePeriod(p.String())
			require.NoError(t, err)
			require.Equal(t, p, back, "String reads back")
		})
	}
}

func TestParsePeriodRefusesWhatIsNotAPeriod(t *testing.T) {
	tests := []struct {
		in, msg string
	}{
		{"2024-Q5", `reporting period "2024-Q5": want a quarter from Q1 (April to June) to Q4 (January to March)`},
		{"2024-Q0", `reporting period "2024-Q0": want a quarter from Q1 (April to June) to Q4 (January to March)`},
		{"2024-Q99999999999999999999", `reporting period "2024-Q99999999999999999999": want a quarter from Q1 (April to June) to Q4 (January to March)`},
		{"2024-H3", `reporting period "2024-H3": want a half H1 (April to September) or H2 (October to March)`},
		{"24-Q3", `reporting period "24-Q3": "24" is not a year: want the calendar year in which the reporting year begins, e.g. 2024-Q3, or the reporting year, e.g. 2024-25-Q3`},
		{"Q3", `reporting period "Q3": "" is not a year: want the calendar year in which the reporting year begins, e.g. 2024-Q3, or the reporting year, e.g. 2024-25-Q3`},
		{"2024", `reporting period "2024": give the reporting year, e.g. 2024-2025 (1 April 2024 to 31 March 2025), or a half or a quarter of it, e.g. 2024-H1 or 2024-Q3`},
		{"2024-2026", `reporting period "2024-2026": 2026 does not follow 2024: a reporting year runs from 1 April to 31 March of the next year, e.g. 2024-2025`},
		{"autumn", `"autumn" is not a reporting period: want a financial year such as 2024-2025, a half such as 2024-H1 or a quarter such as 2024-Q3`},
		{"", `"" is not a reporting period: want a financial year such as 2024-2025, a half such as 2024-H1 or a quarter such as 2024-Q3`},
	}
	for _, tt := range tests {
		t.Run("the period "+tt.in+" is refused, saying what is wanted", func(t *testing.T) {
			_, err := ParsePeriod(tt.in)
			var pe *PeriodError
			require.True(t, errors.As(err, &pe), "error %v", err)
			require.Equal(t, tt.msg, pe.Message())
			require.Equal(t, "outcome: "+tt.msg, err.Error())
			require.Equal(t, problem.NotAPeriod, problem.CodeOf(err))
		})
	}
}

func TestPeriodOfEveryKind(t *testing.T) {
	tests := []struct {
		name string
		kind PeriodKind
		day  string
		want string
	}{
		{"31 March 2025 is in quarter 4 of 2024-2025", Quarter, "2025-03-31", "2024-Q4"},
		{"1 April 2025 is in quarter 1 of 2025-2026", Quarter, "2025-04-01", "2025-Q1"},
		{"5 November 2024 is in quarter 3 of 2024-2025", Quarter, "2024-11-05", "2024-Q3"},
		{"30 September 2024 is in the first half of 2024-2025", HalfYear, "2024-09-30", "2024-H1"},
		{"1 October 2024 is in the second half", HalfYear, "2024-10-01", "2024-H2"},
		{"15 February 2025 is in the second half of 2024-2025", HalfYear, "2025-02-15", "2024-H2"},
		{"15 February 2025 is in the reporting year 2024-2025", FinancialYear, "2025-02-15", "2024-2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := PeriodOf(tt.kind, day(t, tt.day))
			require.Equal(t, tt.want, p.String())
			require.Equal(t, p, periodAt(tt.kind, p.index()), "index and periodAt are inverses")
		})
	}
}

func TestAPeriodHasATitleAndReadsBackFromJSON(t *testing.T) {
	for in, title := range map[string]string{
		"2024-2025": "2024-2025",
		"2024-H1":   "the first half of 2024-2025",
		"2024-H2":   "the second half of 2024-2025",
		"2024-Q3":   "quarter 3 of 2024-2025",
	} {
		p, err := ParsePeriod(in)
		require.NoError(t, err)
		require.Equal(t, title, p.Title())
		b, err := json.Marshal(p)
		require.NoError(t, err)
		require.Equal(t, `"`+in+`"`, string(b))
		var back Period
		require.NoError(t, json.Unmarshal(b, &back))
		if diff := cmp.Diff(p, back); diff != "" {
			t.Errorf("%s round trip (-want +got):\n%s", in, diff)
		}
	}
	p, _ := ParsePeriod("2024-Q3")
	require.Equal(t, "1 October 2024 to 31 December 2024", p.Dates())
	require.Error(t, json.Unmarshal([]byte(`"2024-Q7"`), new(Period)))
	require.True(t, Period{}.IsZero())
}
