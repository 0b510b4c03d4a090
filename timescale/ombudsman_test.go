package timescale

import (
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/google/go-cmp/cmp"
)

// day reads a date written YYYY-MM-DD, failing the test on a typing error.
func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	x, err := calendar.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestOmbudsmanBandFor puts a response on each side of every boundary of
// the Ombudsman's complaint-handling bands: 20 and 21 working days, the
// same date three months on and the day after, the same date six months
// on and the day after, including months that have no such date.
func TestOmbudsmanBandFor(t *testing.T) {
	cal := calendar.Wales()
	tests := []struct {
		name string
		from string
		done string
		want string
	}{
		{"Ombudsman bands: answered the same day, 0 working days, is within 20 working days", "2014-08-01", "2014-08-01", "0-20wd"},
		{"Ombudsman bands: answered on the 20th working day (Mon 1 Sep 2014 from Fri 1 Aug; Mon 25 Aug a bank holiday) is within 20 working days", "2014-08-01", "2014-09-01", "0-20wd"},
		{"Ombudsman bands: answered on the 21st working day (Tue 2 Sep 2014) is 21 working days to 3 months", "2014-08-01", "2014-09-02", "21wd-3m"},
		{"Ombudsman bands: answered on Sat 1 Nov 2014, the same date 3 months on, is still 21 working days to 3 months", "2014-08-01", "2014-11-01", "21wd-3m"},
		{"Ombudsman bands: answered on Sun 2 Nov 2014, the day after 3 months, is 3 to 6 months", "2014-08-01", "2014-11-02", "3m-6m"},
		{"Ombudsman bands: answered Mon 3 Nov 2014, after 3 months, is 3 to 6 months", "2014-08-01", "2014-11-03", "3m-6m"},
		{"Ombudsman bands: 31 Aug plus 3 months ends on 30 Nov (no 31 Nov): answered Sun 30 Nov 2014 is 21 working days to 3 months", "2014-08-31", "2014-11-30", "21wd-3m"},
		{"Ombudsman bands: 31 Aug plus 3 months ends on 30 Nov: answered Mon 1 Dec 2014 is 3 to 6 months", "2014-08-31", "2014-12-01", "3m-6m"},
		{"Ombudsman bands: answered Sun 1 Feb 2015, the same date 6 months on, is 3 to 6 months", "2014-08-01", "2015-02-01", "3m-6m"},
		{"Ombudsman bands: answered Mon 2 Feb 2015, the day after 6 months, is over 6 months", "2014-08-01", "2015-02-02", "6m+"},
		{"Ombudsman bands: 31 Aug plus 6 months ends on 28 Feb 2015 (no 29, 30 or 31 Feb): answered that Saturday is 3 to 6 months", "2014-08-31", "2015-02-28", "3m-6m"},
		{"Ombudsman bands: 31 Aug plus 6 months ends on 28 Feb 2015: answered Sun 1 Mar 2015 is over 6 months", "2014-08-31", "2015-03-01", "6m+"},
		{"Ombudsman bands: 31 Aug 2015 plus 6 months ends on 29 Feb 2016, a leap year: answered that Monday is 3 to 6 months", "2015-08-31", "2016-02-29", "3m-6m"},
		{"Ombudsman bands: a response before its start has no band", "2014-08-01", "2014-07-31", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, done := day(t, tt.from), day(t, tt.done)
			taken, err := cal.WorkingDaysBetween(from, done)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, OmbudsmanBandFor(from, done, taken)); diff != "" {
				t.Errorf("OmbudsmanBandFor(%s, %s, %d) (-want +got):\n%s", from, done, taken, diff)
			}
		})
	}
	t.Run("Ombudsman bands: a negative number of working days has no band", func(t *testing.T) {
		if got := OmbudsmanBandFor(day(t, "2014-08-01"), day(t, "2014-08-05"), -1); got != "" {
			t.Errorf("got %q, want no band", got)
		}
	})
	t.Run("Ombudsman bands: the four bands, in order", func(t *testing.T) {
		var labels []string
		for _, b := range OmbudsmanBands() {
			labels = append(labels, b.Label)
		}
		if diff := cmp.Diff([]string{"0-20wd", "21wd-3m", "3m-6m", "6m+"}, labels); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
}

// TestOmbudsmanBandCounts evaluates one complaint per response date and
// counts the stage 1 and stage 2 responses in each of the Ombudsman's
// bands: a response on each side of every boundary lands in the band the
// boundary says, and each band holds exactly the responses it should.
func TestOmbudsmanBandCounts(t *testing.T) {
	// Stage 1 runs from receipt on Fri 1 Aug 2014 (20th working day Mon 1
	// Sep); stage 2 from a request on Mon 1 Sep 2014 (20th working day Mon
	// 29 Sep: 2-5 (4), 8-12 (9), 15-19 (14), 22-26 (19), Mon 29 (20)).
	stage1 := []string{"2014-09-01", "2014-09-02", "2014-11-01", "2014-11-02", "2015-02-01", "2015-02-02"}
	stage2 := []string{"2014-09-29", "2014-09-30", "2014-12-01", "2014-12-02", "2015-03-01", "2015-03-02"}
	want := map[string]map[string]int{
		"stage1-response": {"0-20wd": 1, "21wd-3m": 2, "3m-6m": 2, "6m+": 1},
		"stage2-response": {"0-20wd": 1, "21wd-3m": 2, "3m-6m": 2, "6m+": 1},
	}
	got := map[string]map[string]int{"stage1-response": {}, "stage2-response": {}}
	for i := range stage1 {
		for _, c := range []Case{
			{ID: "s1", Kind: Complaint, Received: day(t, "2014-08-01"), Stage1Response: day(t, stage1[i])},
			{ID: "s2", Kind: Complaint, Received: day(t, "2014-08-01"), Stage2Requested: day(t, "2014-09-01"), Stage2Response: day(t, stage2[i])},
		} {
			a, err := Evaluate(c, day(t, "2015-06-01"))
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range a.Deadlines {
				if x.OmbudsmanBand != "" {
					if !x.IsDone() || (x.Milestone != Stage1Response && x.Milestone != Stage2Response) {
						t.Errorf("%s has Ombudsman band %q but is not a response", x.RuleID, x.OmbudsmanBand)
					}
					got[string(x.Milestone)][x.OmbudsmanBand]++
				}
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("responses by Ombudsman band (-want +got):\n%s", diff)
	}
}

// TestOmbudsmanBandForAgreesWithANaiveModel checks OmbudsmanBandFor against
// a model that counts working days one day at a time and adds calendar
// months by hand, for every start in 2014 to 2016 and responses up to
// seven months later.
func TestOmbudsmanBandForAgreesWithANaiveModel(t *testing.T) {
	cal := calendar.Wales()
	// monthsOn is the same date n months after from, or the last day of
	// that month when it has no such date.
	monthsOn := func(from calendar.Date, n int) calendar.Date {
		y, m := from.Year, int(from.Month)+n
		for m > 12 {
			y, m = y+1, m-12
		}
		last := calendar.NewDate(y, time.December, 31)
		if m < 12 {
			last = calendar.NewDate(y, time.Month(m)+1, 1).AddDays(-1)
		}
		if from.Day > last.Day {
			return last
		}
		return calendar.NewDate(y, time.Month(m), from.Day)
	}
	checked := 0
	for from := day(t, "2014-01-01"); from.Before(day(t, "2017-01-01")); from = from.AddDays(3) {
		taken := 0
		for done := from; done.Before(from.AddDays(220)); done = done.AddDays(1) {
			if done != from {
				if ok, _ := cal.IsWorkingDay(done); ok {
					taken++
				}
			}
			want := "6m+"
			switch {
			case taken <= 20:
				want = "0-20wd"
			case !done.After(monthsOn(from, 3)):
				want = "21wd-3m"
			case !done.After(monthsOn(from, 6)):
				want = "3m-6m"
			}
			if got := OmbudsmanBandFor(from, done, taken); got != want {
				t.Fatalf("OmbudsmanBandFor(%s, %s, %d) = %q, want %q", from, done, taken, got, want)
			}
			checked++
		}
	}
	t.Logf("%d responses checked", checked)
}
