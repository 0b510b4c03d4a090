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
