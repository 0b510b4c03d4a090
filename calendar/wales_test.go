package calendar

// Compliance evidence for the statutory Wales calendar.
//
// A working day (SI 2014/1794 reg 2) is a day except Saturday, Sunday,
// Christmas Day, Boxing Day, Good Friday or a bank holiday under the Banking
// and Financial Dealings Act 1971 (England and Wales list). These tests check
// the calendar against GOV.UK's published list (the record in calendar/data), against
// every one-off, move and substitute-day rule since 1974, against worked
// examples of the regulations, and against github.com/rickar/cal/v2/gb with its
// known errata.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/gb"
)

// govukFixture is calendar/data/bank-holidays-england-and-wales.json, the
// official record the calendar reads: the england-and-wales division of
// GOV.UK's bank-holidays.json from 2012, with where and when it was read.
// These tests read the file from disk, not through the calendar's own
// parser.
type govukFixture struct {
	Source    string `json:"source"`
	Retrieved string `json:"retrieved"`
	Division  string `json:"division"`
	Events    []struct {
		Date  string `json:"date"`
		Title string `json:"title"`
		Notes string `json:"notes"`
	} `json:"events"`
}

const fixturePath = "data/bank-holidays-england-and-wales.json"

func loadFixture(t *testing.T) govukFixture {
	t.Helper()
	raw, err := os.ReadFile(filepath.FromSlash(fixturePath))
	if err != nil {
		t.Fatalf("reading the GOV.UK fixture: %v", err)
	}
	var fx govukFixture
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&fx); err != nil {
		t.Fatalf("decoding %s: %v", fixturePath, err)
	}
	if len(fx.Events) == 0 {
		t.Fatalf("%s lists no events", fixturePath)
	}
	return fx
}

func TestWalesMatchesGOVUKFixture(t *testing.T) {
	fx := loadFixture(t)
	c := Wales()

	t.Run("the fixture says where and when its dates were read", func(t *testing.T) {
		if strings.TrimSpace(fx.Source) == "" {
			t.Errorf("fixture source is empty")
		}
		if _, err := ParseDate(fx.Retrieved); err != nil {
			t.Errorf("fixture retrieved %q is not a YYYY-MM-DD date: %v", fx.Retrieved, err)
		}
		if diff := cmp.Diff("england-and-wales", fx.Division); diff != "" {
			t.Errorf("fixture division mismatch (-want +got):\n%s", diff)
		}
	})

	// Parse every fixture date; the set drives both directions below.
	inFixture := make(map[Date]bool, len(fx.Events))
	substitute := make(map[Date]bool)
	firstYear, lastYear := 0, 0
	for _, ev := range fx.Events {
		d, err := ParseDate(ev.Date)
		if err != nil {
			t.Fatalf("fixture date %q: %v", ev.Date, err)
		}
		if inFixture[d] {
			t.Errorf("fixture lists %v twice", d)
		}
		inFixture[d] = true
		if strings.EqualFold(strings.TrimSpace(ev.Notes), "Substitute day") {
			substitute[d] = true
		}
		if firstYear == 0 || d.Year < firstYear {
			firstYear = d.Year
		}
		if d.Year > lastYear {
			lastYear = d.Year
		}
	}

	t.Run("the fixture runs from 2012, the first year GOV.UK publishes", func(t *testing.T) {
		if diff := cmp.Diff(2012, firstYear); diff != "" {
			t.Errorf("first fixture year mismatch (-want +got):\n%s", diff)
		}
	})

	t.Run("the fixture's last year is the calendar's LastOfficialYear, so the provisional boundary cannot drift", func(t *testing.T) {
		if diff := cmp.Diff(lastYear, c.LastOfficialYear()); diff != "" {
			t.Errorf("Wales().LastOfficialYear() does not match the fixture's last year (-fixture +calendar):\n%s", diff)
		}
	})

	t.Run("every GOV.UK bank holiday is a non-working weekday with a Holiday on it", func(t *testing.T) {
		for _, ev := range fx.Events {
			d, _ := ParseDate(ev.Date)
			name := fmt.Sprintf("GOV.UK %s (%s), %s, is not a working day", ev.Date, d.Weekday().String()[:3], ev.Title)
			if ev.Notes != "" {
				name = fmt.Sprintf("GOV.UK %s (%s), %s (%s), is not a working day", ev.Date, d.Weekday().String()[:3], ev.Title, ev.Notes)
			}
			t.Run(name, func(t *testing.T) {
				if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
					t.Errorf("fixture %v (%s) falls on a %v", d, ev.Title, wd)
				}
				working, err := c.IsWorkingDay(d)
				if err != nil || working {
					t.Errorf("IsWorkingDay(%v) = %v, %v; want false", d, working, err)
				}
				h, ok, err := c.Holiday(d)
				if err != nil || !ok {
					t.Fatalf("Holiday(%v) = %v, %v, %v; want a holiday", d, h, ok, err)
				}
				// GOV.UK marks substitute days; ours carry Kind SubstituteDay.
				// (GOV.UK also marks the spring bank holiday moved to 4 June
				// 2012 "Substitute day"; it replaces no weekend day and keeps
				// Kind BankHoliday here.)
				if substitute[d] && h.Kind != SubstituteDay && !isMovedSpringHoliday(d) {
					t.Errorf("GOV.UK says substitute day, calendar says %v (%s)", h.Kind, h.Name)
				}
				if !substitute[d] && h.Kind == SubstituteDay {
					t.Errorf("calendar says substitute day (%s), GOV.UK does not", h.Name)
				}
			})
		}
	})

	t.Run("every weekday holiday of the calendar from 2012 to the fixture's last year is in the GOV.UK list", func(t *testing.T) {
		from, to := ymd(2012, time.January, 1), ymd(lastYear, time.December, 31)
		for d := from; !d.After(to); d = d.AddDays(1) {
			if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
				continue
			}
			working, err := c.IsWorkingDay(d)
			if err != nil {
				t.Fatalf("IsWorkingDay(%v): %v", d, err)
			}
			if !working && !inFixture[d] {
				h, _, _ := c.Holiday(d)
				t.Errorf("%v (%s, %v) is a holiday in the calendar but not in the GOV.UK list", d, h.Name, h.Kind)
			}
		}
	})
}

// isMovedSpringHoliday reports the spring bank holiday moved by
// proclamation to Mon 4 June 2012, which GOV.UK labels "Substitute day".
func isMovedSpringHoliday(d Date) bool { return d == ymd(2012, time.June, 4) }

// weekdayInName matches "Mon 30" style day references in row names.
var weekdayInName = regexp.MustCompile(`\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2})\b`)

// checkRowNameWeekday guards the table itself: a row name that says
// "Mon 30 May" for date d must be right that d is a Monday.
func checkRowNameWeekday(t *testing.T, name string, d Date) {
	t.Helper()
	for _, m := range weekdayInName.FindAllStringSubmatch(name, -1) {
		if m[2] == strconv.Itoa(d.Day) && m[1] != d.Weekday().String()[:3] {
			t.Fatalf("row name says %q but %v is a %v", m[0], d, d.Weekday())
		}
	}
}

func TestWalesWorkedExamples(t *testing.T) {
	// Worked examples (official holidays), then the counting
	// conventions: the day of X is never counted, whatever kind of day it is.
	tests := []struct {
		name string
		from Date
		n    int
		want Date
	}{
		{"received Fri 1 Aug 2014: acknowledgement (2 working days) due Tue 5 Aug", ymd(2014, time.August, 1), 2, ymd(2014, time.August, 5)},
		{"acknowledged Tue 5 Aug 2014: discussion (10 working days) due Tue 19 Aug", ymd(2014, time.August, 5), 10, ymd(2014, time.August, 19)},
		{"discussed Tue 19 Aug 2014: resolution (5 working days) due Wed 27 Aug, Mon 25 Aug bank holiday skipped", ymd(2014, time.August, 19), 5, ymd(2014, time.August, 27)},
		{"received Fri 1 Aug 2014: the 17th working day after is Wed 27 Aug", ymd(2014, time.August, 1), 17, ymd(2014, time.August, 27)},
		{"stage 2 requested Mon 1 Sep 2014: response (25 working days) due Mon 6 Oct", ymd(2014, time.September, 1), 25, ymd(2014, time.October, 6)},
		{"received Thu 15 Sep 2022: acknowledgement due Tue 20 Sep, Mon 19 Sep State Funeral skipped", ymd(2022, time.September, 15), 2, ymd(2022, time.September, 20)},

		{"Saturday receipt: received Sat 2 Aug 2014, Mon 4 Aug is day 1", ymd(2014, time.August, 2), 1, ymd(2014, time.August, 4)},
		{"Saturday receipt: received Sat 2 Aug 2014, acknowledgement due Tue 5 Aug (Saturday never counted)", ymd(2014, time.August, 2), 2, ymd(2014, time.August, 5)},
		{"Sunday receipt: received Sun 3 Aug 2014, Mon 4 Aug is day 1", ymd(2014, time.August, 3), 1, ymd(2014, time.August, 4)},
		{"receipt on a bank holiday: received Mon 25 Aug 2014, Tue 26 Aug is day 1", ymd(2014, time.August, 25), 1, ymd(2014, time.August, 26)},
		{"receipt on Good Friday 2014 (18 Apr): Easter Monday skipped, Tue 22 Apr is day 1", ymd(2014, time.April, 18), 1, ymd(2014, time.April, 22)},
		{"receipt on Sat 24 Dec 2022: Christmas and its substitute skipped, Wed 28 Dec is day 1", ymd(2022, time.December, 24), 1, ymd(2022, time.December, 28)},
		{"Fri 22 Aug 2014 + 1: the weekend and Mon 25 Aug bank holiday skipped, Tue 26 Aug", ymd(2014, time.August, 22), 1, ymd(2014, time.August, 26)},

		{"counting back: 2 working days before Tue 5 Aug 2014 is Fri 1 Aug", ymd(2014, time.August, 5), -2, ymd(2014, time.August, 1)},
		{"counting back: 1 working day before Tue 26 Aug 2014 is Fri 22 Aug (bank holiday and weekend skipped)", ymd(2014, time.August, 26), -1, ymd(2014, time.August, 22)},
		{"counting back: 17 working days before Wed 27 Aug 2014 is Fri 1 Aug", ymd(2014, time.August, 27), -17, ymd(2014, time.August, 1)},
		{"counting back from a Sunday: 1 working day before Sun 3 Aug 2014 is Fri 1 Aug", ymd(2014, time.August, 3), -1, ymd(2014, time.August, 1)},
		{"counting back over Christmas 2022: 1 working day before Wed 28 Dec is Fri 23 Dec", ymd(2022, time.December, 28), -1, ymd(2022, time.December, 23)},

		{"n = 0 returns d itself: Fri 1 Aug 2014", ymd(2014, time.August, 1), 0, ymd(2014, time.August, 1)},
		{"n = 0 returns d itself even on a non-working day: Sat 2 Aug 2014", ymd(2014, time.August, 2), 0, ymd(2014, time.August, 2)},
	}
	c := Wales()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.AddWorkingDays(tc.from, tc.n)
			if err != nil {
				t.Fatalf("AddWorkingDays(%v, %d): %v", tc.from, tc.n, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("AddWorkingDays(%v, %d) mismatch (-want +got):\n%s", tc.from, tc.n, diff)
			}
			if tc.n > 0 {
				// A response on the deadline has taken exactly n working days.
				taken, err := c.WorkingDaysBetween(tc.from, tc.want)
				if err != nil {
					t.Fatalf("WorkingDaysBetween(%v, %v): %v", tc.from, tc.want, err)
				}
				if diff := cmp.Diff(tc.n, taken); diff != "" {
					t.Errorf("WorkingDaysBetween(%v, %v) mismatch (-want +got):\n%s", tc.from, tc.want, diff)
				}
			}
		})
	}
}

// gbDifference is one weekday on which this calendar and rickar/cal's gb
// holidays disagree.
type gbDifference struct {
	Date      Date
	OursWorks bool // working day in the statutory Wales calendar
	GBWorks   bool // workday in a cal.BusinessCalendar with gb.Holidays
}

func TestWalesDiffersFromRickarGBOnlyByTheKnownErrata(t *testing.T) {
	// rickar/cal/v2 gb (v2.1.13) lacks the one-offs and
	// moves, keeps the regular dates of moved holidays, and has early May
	// before 1978. New Year before 1974 lies outside the supported range.
	// Each row is one range compared day by day, with exactly the weekdays
	// where the two disagree.
	missingInGB := func(d Date) gbDifference { return gbDifference{Date: d, OursWorks: false, GBWorks: true} }
	wronglyInGB := func(d Date) gbDifference { return gbDifference{Date: d, OursWorks: true, GBWorks: false} }
	tests := []struct {
		name     string
		from, to Date
		want     []gbDifference
	}{
		{
			name: "1978-2099: gb lacks the one-offs and moves and keeps the regular dates of moved holidays",
			from: ymd(1978, time.January, 1), to: ymd(2099, time.December, 31),
			want: []gbDifference{
				missingInGB(ymd(1981, time.July, 29)),      // royal wedding
				wronglyInGB(ymd(1995, time.May, 1)),        // early May moved to VE Day
				missingInGB(ymd(1995, time.May, 8)),        // VE Day
				missingInGB(ymd(1999, time.December, 31)),  // millennium
				wronglyInGB(ymd(2002, time.May, 27)),       // spring holiday moved
				missingInGB(ymd(2002, time.June, 3)),       // Golden Jubilee
				missingInGB(ymd(2002, time.June, 4)),       // spring holiday, moved
				missingInGB(ymd(2011, time.April, 29)),     // royal wedding
				wronglyInGB(ymd(2012, time.May, 28)),       // spring holiday moved
				missingInGB(ymd(2012, time.June, 4)),       // spring holiday, moved
				missingInGB(ymd(2012, time.June, 5)),       // Diamond Jubilee
				missingInGB(ymd(2022, time.September, 19)), // State Funeral of Queen Elizabeth II
			},
		},
		{
			name: "1974-1977: gb has early May before 1978 and lacks the 1977 Silver Jubilee move",
			from: ymd(1974, time.January, 1), to: ymd(1977, time.December, 31),
			want: []gbDifference{
				wronglyInGB(ymd(1974, time.May, 6)),
				wronglyInGB(ymd(1975, time.May, 5)),
				wronglyInGB(ymd(1976, time.May, 3)),
				wronglyInGB(ymd(1977, time.May, 2)),
				wronglyInGB(ymd(1977, time.May, 30)), // spring holiday moved to 6 June
				missingInGB(ymd(1977, time.June, 6)), // spring holiday, moved
				missingInGB(ymd(1977, time.June, 7)), // Silver Jubilee
			},
		},
	}
	bc := cal.NewBusinessCalendar()
	bc.AddHoliday(gb.Holidays...)
	c := Wales()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []gbDifference
			for d := tc.from; !d.After(tc.to); d = d.AddDays(1) {
				ours, err := c.IsWorkingDay(d)
				if err != nil {
					t.Fatalf("IsWorkingDay(%v): %v", d, err)
				}
				theirs := bc.IsWorkday(noon(d))
				if ours != theirs {
					got = append(got, gbDifference{Date: d, OursWorks: ours, GBWorks: theirs})
				}
			}
			sort.Slice(tc.want, func(i, j int) bool { return tc.want[i].Date.Before(tc.want[j].Date) })
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("differences from rickar/cal gb changed (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRickarGBNamesBoxingDay2022ChristmasDay(t *testing.T) {
	// gb labels Mon 26 December 2022 "Christmas Day"; this
	// calendar compares gb's dates only and names the day "Boxing Day". If gb
	// is corrected, this row tells us.
	d := ymd(2022, time.December, 26)
	bc := cal.NewBusinessCalendar()
	bc.AddHoliday(gb.Holidays...)
	_, observed, h := bc.IsHoliday(noon(d))
	if !observed || h == nil {
		t.Fatalf("gb does not observe a holiday on %v", d)
	}
	ours, ok, err := Wales().Holiday(d)
	if err != nil || !ok {
		t.Fatalf("Wales().Holiday(%v) = %v, %v, %v", d, ours, ok, err)
	}
	got := struct{ GB, Ours string }{h.Name, ours.Name}
	want := struct{ GB, Ours string }{"Christmas Day", "Boxing Day"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("names of 26 Dec 2022 (-want +got):\n%s", diff)
	}
}

func TestWalesRangeAndProvisionalYears(t *testing.T) {
	c := Wales()
	first, last := c.Range()
	type rng struct{ First, Last Date }
	if diff := cmp.Diff(rng{ymd(1974, time.January, 1), ymd(2099, time.December, 31)}, rng{first, last}); diff != "" {
		t.Errorf("supported range 1974-01-01 to 2099-12-31 (-want +got):\n%s", diff)
	}
	// GOV.UK published through 2028 in November 2026; the record only grows.
	if got := c.LastOfficialYear(); got < 2028 {
		t.Errorf("LastOfficialYear() = %d, want 2028 or later", got)
	}
	if diff := cmp.Diff(WalesVersion, c.Version()); diff != "" {
		t.Errorf("Version mismatch (-want +got):\n%s", diff)
	}
}

func TestWalesRulesNeverCollide(t *testing.T) {
	// No two rules give a holiday on the same day: a collision would mean a
	// moved holiday kept its regular date as well, or a one-off duplicated a
	// gb rule. Nor may the calendar built from the rules and the official
	// record hold a day twice.
	for _, tc := range []struct {
		name string
		hols []Holiday
	}{
		{"the standing rules and corrections give each day at most once, 1974-2099", ruleHolidays(walesRules(), walesFirst.Year, walesLast.Year)},
		{"the rules and the official record together give each day at most once, 1974-2099", walesHolidays(walesDefinitions(), walesFirst.Year, walesLast.Year)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seen := map[Date]string{}
			for _, h := range tc.hols {
				if other, dup := seen[h.Date]; dup {
					t.Errorf("%v: both %q and %q", h.Date, other, h.Name)
				}
				seen[h.Date] = h.Name
				if h.Date.Before(walesFirst) || h.Date.After(walesLast) {
					t.Errorf("%v (%s) is outside the range", h.Date, h.Name)
				}
			}
		})
	}
}
