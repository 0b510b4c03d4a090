package timescale

import (
	"testing"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/google/go-cmp/cmp"
)

func TestOmbudsmanBandFor(t *testing.T) {
	cal := calendar.Wales()
	d := func(s string) calendar.Date {
		t.Helper()
		x, err := calendar.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	tests := []struct {
		name string
		from string
		done string
		want string
	}{
		{"Ombudsman bands: answered on the 20th working day (Mon 1 Sep 2014 from Fri 1 Aug; Mon 25 Aug a bank holiday) is within 20 working days", "2014-08-01", "2014-09-01", "0-20wd"},
		{"Ombudsman bands: answered on the 21st working day (Tue 2 Sep 2014) is 21 working days to 3 months", "2014-08-01", "2014-09-02", "21wd-3m"},
		{"Ombudsman bands: answered on Sat 1 Nov 2014, the same date 3 months on, is still 21 working days to 3 months", "2014-08-01", "2014-11-01", "21wd-3m"},
		{"Ombudsman bands: answered Mon 3 Nov 2014, after 3 months, is 3 to 6 months", "2014-08-01", "2014-11-03", "3m-6m"},
		{"Ombudsman bands: 31 Aug plus 3 months ends on 30 Nov (no 31 Nov): answered Mon 1 Dec 2014 is 3 to 6 months", "2014-08-29", "2014-12-01", "3m-6m"},
		{"Ombudsman bands: answered Sun 1 Feb 2015, the same date 6 months on, is 3 to 6 months", "2014-08-01", "2015-02-01", "3m-6m"},
		{"Ombudsman bands: answered Mon 2 Feb 2015, after 6 months, is over 6 months", "2014-08-01", "2015-02-02", "6m+"},
		{"Ombudsman bands: a response before its start has no band", "2014-08-01", "2014-07-31", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, done := d(tt.from), d(tt.done)
			taken, err := cal.WorkingDaysBetween(from, done)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, OmbudsmanBandFor(from, done, taken)); diff != "" {
				t.Errorf("OmbudsmanBandFor(%s, %s, %d) (-want +got):\n%s", from, done, taken, diff)
			}
		})
	}
	if got := OmbudsmanBands(); len(got) != 4 || got[0].Label != "0-20wd" || got[3].Label != "6m+" {
		t.Errorf("OmbudsmanBands() = %v, want the four bands in order", got)
	}
}
