package outcome

import (
	"testing"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/google/go-cmp/cmp"
)

// TestReportNamesTheHolidayDataItWasComputedWith: every report is stamped
// with the version of the calendar its assessments used.
func TestReportNamesTheHolidayDataItWasComputedWith(t *testing.T) {
	r := sampleReport(t, "2014-2015")
	if diff := cmp.Diff([]string{calendar.Wales().Version()}, r.CalendarVersions); diff != "" {
		t.Errorf("CalendarVersions (-want +got):\n%s", diff)
	}
}

// TestTimescaleTablesCountTheOmbudsmansBandsToo: the Ombudsman's
// complaint-handling bands, reported beside the regime's response-time
// bands (RULES.md), count the same responses as the regime's bands.
func TestTimescaleTablesCountTheOmbudsmansBandsToo(t *testing.T) {
	for _, ts := range sampleReport(t, "2014-2015").Timescales {
		sum := 0
		for _, b := range ts.OmbudsmanBands {
			sum += b.Count
		}
		if len(ts.OmbudsmanBands) != 4 || sum != ts.Total {
			t.Errorf("%s stage %d: Ombudsman bands %v add up to %d, want 4 bands adding up to the total %d", ts.Regime, ts.Stage, ts.OmbudsmanBands, sum, ts.Total)
		}
	}
}
