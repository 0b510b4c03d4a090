package outcome

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

func TestReportForChoosesTheReportAReaderAsksFor(t *testing.T) {
	g := NewAggregator()
	for _, s := range []string{"2013-05-01", "2014-08-01", "2014-11-03"} {
		evaluated(t, g, timescale.Case{ID: s, Kind: timescale.Complaint, Received: day(t, s)}, "2015-12-31")
	}
	tests := []struct {
		name       string
		p          Period
		wantPeriod string
		complaints int
	}{
		{"no period asked for is the latest reporting year with records", Period{}, "2014-2015", 2},
		{"a reporting year is that year", Year{2013}.Period(), "2013-2014", 1},
		{"a half is that half", Period{Year: Year{2014}, Kind: HalfYear, N: 2}, "2014-H2", 1},
		{"a quarter is that quarter", Period{Year: Year{2014}, Kind: Quarter, N: 2}, "2014-Q2", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := g.ReportFor(tt.p)
			require.NoError(t, err)
			require.Equal(t, tt.wantPeriod, r.Period.String())
			require.Equal(t, tt.complaints, r.Complaints)
			if !tt.p.IsZero() {
				want, err := g.PeriodReport(tt.p)
				require.NoError(t, err)
				if diff := cmp.Diff(want, r); diff != "" {
					t.Errorf("ReportFor differs from PeriodReport (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestReportForSaysWhyThereIsNothingToReport(t *testing.T) {
	empty := NewAggregator()
	one := NewAggregator()
	evaluated(t, one, timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: day(t, "2014-08-01")}, "2015-12-31")
	tests := []struct {
		name    string
		g       *Aggregator
		p       Period
		code    problem.Code
		message string
	}{
		{"no period asked for, and no records, is a NoYearError of the zero year", empty, Period{},
			problem.NoRecordsInYear, "no records to report on"},
		{"a year without records, and no records, says none were added", empty, Year{2014}.Period(),
			problem.NoRecordsInYear, "no records received in 2014-2015: no records have been added at all"},
		{"a year without records names the years that have some", one, Year{2012}.Period(),
			problem.NoRecordsInYear, "no records received in 2012-2013 (2012-04-01 to 2013-03-31): the records are in 2014-2015"},
		{"a quarter without records names the quarters that have some", one, Period{Year: Year{2014}, Kind: Quarter, N: 4},
			problem.NoRecordsInPeriod, "no records received in 2014-Q4 (2015-01-01 to 2015-03-31): the records are in 2014-Q2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.g.ReportFor(tt.p)
			require.Error(t, err)
			require.Equal(t, tt.code, problem.CodeOf(err))
			require.Equal(t, tt.message, problem.Message(err))
			if tt.code == problem.NoRecordsInYear {
				var ny *NoYearError
				require.ErrorAs(t, err, &ny)
				require.Equal(t, tt.p.Year, ny.Year, "the year asked for, zero when none was")
			} else {
				var np *NoPeriodError
				require.ErrorAs(t, err, &np)
			}
		})
	}
}
