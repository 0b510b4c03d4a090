package outcome

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/problem"
)

func TestParseYearOrPeriodReadsWhicheverIsGiven(t *testing.T) {
	tests := []struct {
		name, year, period string
		want               string // String of the period; "" for the zero Period
	}{
		{"neither given is the zero period, the latest year of a report", "", "", ""},
		{"a year alone is that reporting year", "2014-15", "", "2014-2015"},
		{"a half alone is that half", "", "2024-H1", "2024-H1"},
		{"a quarter alone is that quarter", "", "2024-Q3", "2024-Q3"},
		{"a reporting year given as the period is that year", "", "2024-2025", "2024-2025"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseYearOrPeriod(tt.year, tt.period)
			require.NoError(t, err)
			if tt.want == "" {
				require.True(t, p.IsZero(), "got %v", p)
				return
			}
			require.Equal(t, tt.want, p.String())
		})
	}
}

func TestParseYearOrPeriodRefusesBothAndWhatCannotBeRead(t *testing.T) {
	tests := []struct {
		name, year, period string
		field              string
		code               problem.Code
		msg                string
		inner              any // the error of ParseYear or ParsePeriod it wraps, or nil
	}{
		{"a year and a period together are refused, naming the period", "2014-2015", "2014-Q2",
			"period", problem.YearAndPeriod, "give a reporting year or a reporting period, not both", nil},
		{"a year and a period together are refused even when neither could be read", "2014", "autumn",
			"period", problem.YearAndPeriod, "give a reporting year or a reporting period, not both", nil},
		{"a lone calendar year as the year is not a reporting year", "2014", "",
			"year", problem.NotAYear, `reporting year "2014": give both calendar years it spans, e.g. 2014-2015 (1 April 2014 to 31 March 2015) or 2013-2014`, new(*YearError)},
		{"a quarter as the year is not a reporting year", "2024-Q3", "",
			"year", problem.NotAYear, `"2024-Q3" is not a reporting year: want YYYY-YYYY, e.g. 2014-2015 (also 2014-15 or 2014/15)`, new(*YearError)},
		{"a fifth quarter as the period is not a reporting period", "", "2014-Q5",
			"period", problem.NotAPeriod, `reporting period "2014-Q5": want a quarter from Q1 (April to June) to Q4 (January to March)`, new(*PeriodError)},
		{"a word as the period is not a reporting period", "", "autumn",
			"period", problem.NotAPeriod, `"autumn" is not a reporting period: want a financial year such as 2024-2025, a half such as 2024-H1 or a quarter such as 2024-Q3`, new(*PeriodError)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseYearOrPeriod(tt.year, tt.period)
			require.True(t, p.IsZero())
			var e *YearOrPeriodError
			require.True(t, errors.As(err, &e), "error %v", err)
			require.Equal(t, tt.field, e.Field)
			require.Equal(t, tt.code, problem.CodeOf(err))
			require.Equal(t, tt.msg, problem.Message(err))
			require.Equal(t, "outcome: "+tt.msg, err.Error())
			require.Equal(t, problem.Problem{Code: tt.code, Field: tt.field, Message: tt.msg, Err: err}, problem.New(tt.field, err))
			if tt.inner == nil {
				require.NoError(t, errors.Unwrap(err), "both given wraps no error of a value")
			} else {
				require.True(t, errors.As(err, tt.inner), "the error of the value is reachable")
			}
		})
	}
}
