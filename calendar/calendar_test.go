package calendar

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// naiveCalendar is an independent, obviously correct model of a Calendar:
// a day is non-working when time.Time says it is a Saturday or Sunday or
// when it is in the holiday list; counts walk day by day. It shares no code
// with the fast path (no rank or work tables).
type naiveCalendar struct {
	first      time.Time
	nonWorking []bool // by calendar day from first
}

func newNaive(t *testing.T, c *Calendar) *naiveCalendar {
	t.Helper()
	first, last := c.Range()
	hols, err := c.Holidays(first, last)
	if err != nil {
		t.Fatalf("Holidays(%v, %v): %v", first, last, err)
	}
	holiday := make(map[Date]bool, len(hols))
	for _, h := range hols {
		holiday[h.Date] = true
	}
	n := &naiveCalendar{first: noon(first)}
	for tm := noon(first); !civil(tm).After(last); tm = tm.AddDate(0, 0, 1) {
		wd := tm.Weekday()
		n.nonWorking = append(n.nonWorking, wd == time.Saturday || wd == time.Sunday || holiday[civil(tm)])
	}
	return n
}

// idx returns d's position, computed with time.Time.
func (n *naiveCalendar) idx(d Date) int {
	return int((noon(d).Unix() - n.first.Unix()) / 86400)
}

func (n *naiveCalendar) date(i int) Date { return civil(n.first.AddDate(0, 0, i)) }

// add walks from d one day at a time, counting working days, and returns
// the nth (n != 0); ok is false if it walks off the range first.
func (n *naiveCalendar) add(d Date, k int) (Date, bool) {
	step := 1
	if k < 0 {
		step, k = -1, -k
	}
	i := n.idx(d)
	for k > 0 {
		i += step
		if i < 0 || i >= len(n.nonWorking) {
			return Date{}, false
		}
		if !n.nonWorking[i] {
			k--
		}
	}
	return n.date(i), true
}

// between counts working days in (a, b], negated when b is before a.
func (n *naiveCalendar) between(a, b Date) int {
	i, j, sign := n.idx(a), n.idx(b), 1
	if j < i {
		i, j, sign = j, i, -1
	}
	count := 0
	for k := i + 1; k <= j; k++ {
		if !n.nonWorking[k] {
			count++
		}
	}
	return sign * count
}

func TestFastPathAgreesWithNaiveModelForEveryDateAndOffset(t *testing.T) {
	c := Wales()
	naive := newNaive(t, c)
	first, last := c.Range()
	var offsets []int
	for k := -30; k <= 30; k++ {
		if k != 0 {
			offsets = append(offsets, k)
		}
	}
	offsets = append(offsets, 60, 250, -60, -250)
	fails := 0
	for d := first; !d.After(last); d = d.AddDays(1) {
		working, err := c.IsWorkingDay(d)
		if err != nil || working == naive.nonWorking[naive.idx(d)] {
			t.Errorf("IsWorkingDay(%v) = %v, %v; naive model says %v", d, working, err, !naive.nonWorking[naive.idx(d)])
			if tooManyFailures(t, &fails) {
				return
			}
		}
		for _, k := range offsets {
			got, err := c.AddWorkingDays(d, k)
			want, ok := naive.add(d, k)
			var re *RangeError
			switch {
			case !ok && !errors.As(err, &re):
				t.Errorf("AddWorkingDays(%v, %d) = %v, %v; want a *RangeError", d, k, got, err)
			case ok && (err != nil || got != want):
				t.Errorf("AddWorkingDays(%v, %d) = %v, %v; want %v", d, k, got, err, want)
			default:
				continue
			}
			if tooManyFailures(t, &fails) {
				return
			}
		}
	}
}

func TestWorkingDaysBetweenAgreesWithNaiveModel(t *testing.T) {
	c := Wales()
	naive := newNaive(t, c)
	first, last := c.Range()
	spans := []int{-370, -31, -7, -1, 0, 1, 2, 3, 7, 31, 370}
	fails := 0
	for a := first; !a.After(last); a = a.AddDays(1) {
		for _, k := range spans {
			b := a.AddDays(k)
			if b.Before(first) || b.After(last) {
				continue
			}
			got, err := c.WorkingDaysBetween(a, b)
			if want := naive.between(a, b); err != nil || got != want {
				t.Errorf("WorkingDaysBetween(%v, %v) = %d, %v; want %d", a, b, got, err, want)
				if tooManyFailures(t, &fails) {
					return
				}
			}
		}
	}
	// Long spans, up to the whole range.
	for _, pair := range [][2]Date{
		{first, last},
		{last, first},
		{ymd(2014, time.August, 1), ymd(2099, time.December, 31)},
		{ymd(1974, time.January, 1), ymd(2014, time.August, 1)},
	} {
		got, err := c.WorkingDaysBetween(pair[0], pair[1])
		if want := naive.between(pair[0], pair[1]); err != nil || got != want {
			t.Errorf("WorkingDaysBetween(%v, %v) = %d, %v; want %d", pair[0], pair[1], got, err, want)
		}
	}
}

func TestAddWorkingDaysAndWorkingDaysBetweenAreInverse(t *testing.T) {
	// For n > 0 always; for n < 0 when d is a working day (doc comment of
	// AddWorkingDays).
	c := Wales()
	first, last := c.Range()
	ns := []int{1, 2, 5, 10, 17, 20, 25, 60, 250, -1, -2, -5, -10, -17, -25, -250}
	fails := 0
	for d := first; !d.After(last); d = d.AddDays(1) {
		working, _ := c.IsWorkingDay(d)
		for _, n := range ns {
			if n < 0 && !working {
				continue
			}
			r, err := c.AddWorkingDays(d, n)
			if err != nil {
				continue // range edge; covered by the naive comparison
			}
			if got, err := c.WorkingDaysBetween(d, r); err != nil || got != n {
				t.Errorf("WorkingDaysBetween(%v, AddWorkingDays(%v, %d) = %v) = %d, %v; want %d", d, d, n, r, got, err, n)
				if tooManyFailures(t, &fails) {
					return
				}
			}
		}
	}
}

func TestWorkingPlusNonWorkingDaysIsCalendarDaysAndCountsAreAntisymmetric(t *testing.T) {
	c := Wales()
	first, last := c.Range()
	fails := 0
	for a := first; !a.After(last); a = a.AddDays(1) {
		for _, k := range []int{0, 1, 6, 7, 30, 366} {
			b := a.AddDays(k)
			if b.After(last) {
				continue
			}
			w, err1 := c.WorkingDaysBetween(a, b)
			back, err2 := c.WorkingDaysBetween(b, a)
			non, err3 := c.NonWorkingDaysBetween(a, b)
			if err := errors.Join(err1, err2, err3); err != nil {
				t.Fatalf("(%v, %v): %v", a, b, err)
			}
			if w+len(non) != b.DaysSince(a) || back != -w {
				t.Errorf("(%v, %v): working %d + non-working %d != %d calendar days, or reverse count %d != %d", a, b, w, len(non), b.DaysSince(a), back, -w)
				if tooManyFailures(t, &fails) {
					return
				}
			}
			for _, nw := range non {
				if ok, _ := c.IsWorkingDay(nw.Date); ok || !nw.Date.After(a) || nw.Date.After(b) {
					t.Fatalf("NonWorkingDaysBetween(%v, %v) lists %v, a working day or outside (a, b]", a, b, nw.Date)
				}
			}
		}
	}
}

func TestWorkingDaysBetween(t *testing.T) {
	tests := []struct {
		name string
		a, b Date
		want int
	}{
		{"Fri 1 Aug to Wed 27 Aug 2014 takes 17 working days (stage 1 in time)", ymd(2014, time.August, 1), ymd(2014, time.August, 27), 17},
		{"Fri 1 Aug to Thu 28 Aug 2014 takes 18 working days (one day late)", ymd(2014, time.August, 1), ymd(2014, time.August, 28), 18},
		{"a response the same day takes 0 working days", ymd(2014, time.August, 1), ymd(2014, time.August, 1), 0},
		{"Fri 1 Aug to Sat 2 Aug 2014 takes 0 working days (the weekend is not counted)", ymd(2014, time.August, 1), ymd(2014, time.August, 2), 0},
		{"Sat 2 Aug to Mon 4 Aug 2014 takes 1 working day", ymd(2014, time.August, 2), ymd(2014, time.August, 4), 1},
		{"counting backwards is negative: Wed 27 Aug to Fri 1 Aug 2014 is -17", ymd(2014, time.August, 27), ymd(2014, time.August, 1), -17},
		{"Thu 15 Sep to Tue 20 Sep 2022 takes 2 (the State Funeral is not counted)", ymd(2022, time.September, 15), ymd(2022, time.September, 20), 2},
		{"Fri 23 Dec 2022 to Wed 28 Dec 2022 takes 1 (Christmas 2022 skipped)", ymd(2022, time.December, 23), ymd(2022, time.December, 28), 1},
		{"all of 2014 (from 31 Dec 2013, not counted) has 253 working days: 261 weekdays less 8 weekday holidays", ymd(2013, time.December, 31), ymd(2014, time.December, 31), 253},
	}
	c := Wales()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.WorkingDaysBetween(tc.a, tc.b)
			if err != nil {
				t.Fatalf("WorkingDaysBetween: %v", err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("WorkingDaysBetween(%v, %v) mismatch (-want +got):\n%s", tc.a, tc.b, diff)
			}
		})
	}
}

func TestNonWorkingDaysBetween(t *testing.T) {
	tests := []struct {
		name string
		a, b Date
		want []NonWorkingDay
	}{
		{
			name: "Christmas 2022 (Fri 23 to Wed 28 Dec): weekend, Christmas Day on the Sunday, Boxing Day, Christmas substitute",
			a:    ymd(2022, time.December, 23), b: ymd(2022, time.December, 28),
			want: []NonWorkingDay{
				{Date: ymd(2022, time.December, 24), Kind: Weekend, Reason: "Saturday"},
				{Date: ymd(2022, time.December, 25), Kind: Weekend, Reason: "Sunday, Christmas Day"},
				{Date: ymd(2022, time.December, 26), Kind: BankHoliday, Reason: "Boxing Day"},
				{Date: ymd(2022, time.December, 27), Kind: SubstituteDay, Reason: "Christmas Day (substitute day)"},
			},
		},
		{
			name: "the 1 Aug 2014 stage 1 count to 27 Aug skips three weekends and the summer bank holiday",
			a:    ymd(2014, time.August, 1), b: ymd(2014, time.August, 27),
			want: []NonWorkingDay{
				{Date: ymd(2014, time.August, 2), Kind: Weekend, Reason: "Saturday"},
				{Date: ymd(2014, time.August, 3), Kind: Weekend, Reason: "Sunday"},
				{Date: ymd(2014, time.August, 9), Kind: Weekend, Reason: "Saturday"},
				{Date: ymd(2014, time.August, 10), Kind: Weekend, Reason: "Sunday"},
				{Date: ymd(2014, time.August, 16), Kind: Weekend, Reason: "Saturday"},
				{Date: ymd(2014, time.August, 17), Kind: Weekend, Reason: "Sunday"},
				{Date: ymd(2014, time.August, 23), Kind: Weekend, Reason: "Saturday"},
				{Date: ymd(2014, time.August, 24), Kind: Weekend, Reason: "Sunday"},
				{Date: ymd(2014, time.August, 25), Kind: BankHoliday, Reason: "Summer bank holiday"},
			},
		},
		{
			name: "the start day itself is never listed: from Sat 2 Aug 2014 to Mon 4 Aug only Sunday is skipped",
			a:    ymd(2014, time.August, 2), b: ymd(2014, time.August, 4),
			want: []NonWorkingDay{{Date: ymd(2014, time.August, 3), Kind: Weekend, Reason: "Sunday"}},
		},
		{
			name: "Good Friday 2014 is a common-law holiday, Easter Monday a bank holiday",
			a:    ymd(2014, time.April, 17), b: ymd(2014, time.April, 22),
			want: []NonWorkingDay{
				{Date: ymd(2014, time.April, 18), Kind: CommonLawHoliday, Reason: "Good Friday"},
				{Date: ymd(2014, time.April, 19), Kind: Weekend, Reason: "Saturday"},
				{Date: ymd(2014, time.April, 20), Kind: Weekend, Reason: "Sunday"},
				{Date: ymd(2014, time.April, 21), Kind: BankHoliday, Reason: "Easter Monday"},
			},
		},
		{name: "no days between a day and itself", a: ymd(2022, time.December, 25), b: ymd(2022, time.December, 25), want: nil},
		{name: "nothing when b is before a", a: ymd(2022, time.December, 28), b: ymd(2022, time.December, 23), want: nil},
		{name: "nothing when every day of (a, b] is a working day", a: ymd(2014, time.August, 4), b: ymd(2014, time.August, 8), want: nil},
	}
	c := Wales()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.NonWorkingDaysBetween(tc.a, tc.b)
			if err != nil {
				t.Fatalf("NonWorkingDaysBetween: %v", err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("NonWorkingDaysBetween(%v, %v) mismatch (-want +got):\n%s", tc.a, tc.b, diff)
			}
		})
	}
}

func TestHolidays(t *testing.T) {
	h := func(d Date, kind Kind, name string) Holiday { return Holiday{Date: d, Name: name, Kind: kind} }
	tests := []struct {
		name        string
		first, last Date
		want        []Holiday
	}{
		{
			name:  "2022: eleven holidays, the two jubilee days, the State Funeral and Christmas Day on a Sunday included",
			first: ymd(2022, time.January, 1), last: ymd(2022, time.December, 31),
			want: []Holiday{
				h(ymd(2022, time.January, 3), SubstituteDay, "New Year's Day (substitute day)"),
				h(ymd(2022, time.April, 15), CommonLawHoliday, "Good Friday"),
				h(ymd(2022, time.April, 18), BankHoliday, "Easter Monday"),
				h(ymd(2022, time.May, 2), BankHoliday, "Early May bank holiday"),
				h(ymd(2022, time.June, 2), BankHoliday, "Spring bank holiday"),
				h(ymd(2022, time.June, 3), BankHoliday, "Platinum Jubilee bank holiday"),
				h(ymd(2022, time.August, 29), BankHoliday, "Summer bank holiday"),
				h(ymd(2022, time.September, 19), BankHoliday, "State Funeral of Queen Elizabeth II"),
				h(ymd(2022, time.December, 25), CommonLawHoliday, "Christmas Day"),
				h(ymd(2022, time.December, 26), BankHoliday, "Boxing Day"),
				h(ymd(2022, time.December, 27), SubstituteDay, "Christmas Day (substitute day)"),
			},
		},
		{
			name:  "both ends are included: 25 to 26 Dec 2014",
			first: ymd(2014, time.December, 25), last: ymd(2014, time.December, 26),
			want: []Holiday{
				h(ymd(2014, time.December, 25), CommonLawHoliday, "Christmas Day"),
				h(ymd(2014, time.December, 26), BankHoliday, "Boxing Day"),
			},
		},
		{name: "a range with no holiday gives none", first: ymd(2014, time.September, 1), last: ymd(2014, time.November, 30), want: nil},
		{name: "last before first gives none", first: ymd(2014, time.December, 31), last: ymd(2014, time.January, 1), want: nil},
	}
	c := Wales()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.Holidays(tc.first, tc.last)
			if err != nil {
				t.Fatalf("Holidays: %v", err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Holidays(%v, %v) mismatch (-want +got):\n%s", tc.first, tc.last, diff)
			}
		})
	}
	t.Run("the returned slice is a copy: changing it does not change the calendar", func(t *testing.T) {
		d := ymd(2022, time.September, 19)
		got, err := c.Holidays(d, d)
		if err != nil || len(got) != 1 {
			t.Fatalf("Holidays(%v, %v) = %v, %v", d, d, got, err)
		}
		got[0].Name = "changed"
		again, _, _ := c.Holiday(d)
		if diff := cmp.Diff("State Funeral of Queen Elizabeth II", again.Name); diff != "" {
			t.Errorf("calendar changed through Holidays' result (-want +got):\n%s", diff)
		}
	})
}

func TestNextAndPreviousWorkingDay(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		next bool // NextWorkingDay, else PreviousWorkingDay
		want Date
	}{
		{"next after Fri 22 Aug 2014 is Tue 26 Aug (weekend and bank holiday)", ymd(2014, time.August, 22), true, ymd(2014, time.August, 26)},
		{"next after Mon 4 Aug 2014 is Tue 5 Aug (the day itself is never returned)", ymd(2014, time.August, 4), true, ymd(2014, time.August, 5)},
		{"next after Thu 24 Dec 2020 is Tue 29 Dec (Christmas, weekend, Boxing Day substitute)", ymd(2020, time.December, 24), true, ymd(2020, time.December, 29)},
		{"next after Sun 18 Sep 2022 is Tue 20 Sep (State Funeral)", ymd(2022, time.September, 18), true, ymd(2022, time.September, 20)},
		{"previous before Tue 26 Aug 2014 is Fri 22 Aug", ymd(2014, time.August, 26), false, ymd(2014, time.August, 22)},
		{"previous before Mon 4 Jan 2021 is Thu 31 Dec 2020", ymd(2021, time.January, 4), false, ymd(2020, time.December, 31)},
		{"previous before Tue 5 Aug 2014 is Mon 4 Aug", ymd(2014, time.August, 5), false, ymd(2014, time.August, 4)},
		{"next after Wed 30 Dec 2099 is Thu 31 Dec 2099, the last day of the range", ymd(2099, time.December, 30), true, ymd(2099, time.December, 31)},
		{"previous before Thu 3 Jan 1974 is Wed 2 Jan 1974, the first working day of the range", ymd(1974, time.January, 3), false, ymd(1974, time.January, 2)},
	}
	c := Wales()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRowNameWeekday(t, tc.name, tc.d)
			f := c.PreviousWorkingDay
			if tc.next {
				f = c.NextWorkingDay
			}
			got, err := f(tc.d)
			if err != nil {
				t.Fatalf("%v: %v", tc.d, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestErrorsOutsideTheRangeAndForInvalidDates(t *testing.T) {
	c := Wales()
	first, last := c.Range()
	rangeErr := func(d Date, n int) error { return &RangeError{Date: d, N: n, First: first, Last: last} }
	dateErr := func(d Date) error { return &DateError{Date: d} }
	before, after := ymd(1973, time.December, 31), ymd(2100, time.January, 1)
	feb30 := ymd(2014, time.February, 30)
	ok := ymd(2014, time.August, 1)
	tests := []struct {
		name    string
		call    func() error
		want    error
		message []string // fragments the message must contain
	}{
		{"IsWorkingDay(1973-12-31), the day before the range, is a *RangeError carrying the date",
			func() error { _, err := c.IsWorkingDay(before); return err }, rangeErr(before, 0), []string{"1973-12-31", "1974-01-01", "2099-12-31"}},
		{"IsWorkingDay(2100-01-01), the day after the range, is a *RangeError carrying the date",
			func() error { _, err := c.IsWorkingDay(after); return err }, rangeErr(after, 0), []string{"2100-01-01"}},
		{"AddWorkingDays(2099-12-30, 5) runs off the end: *RangeError carrying the date and 5",
			func() error { _, err := c.AddWorkingDays(ymd(2099, time.December, 30), 5); return err },
			rangeErr(ymd(2099, time.December, 30), 5), []string{"5 working days after 2099-12-30"}},
		{"AddWorkingDays(1974-01-02, -5) runs off the start: *RangeError carrying the date and -5",
			func() error { _, err := c.AddWorkingDays(ymd(1974, time.January, 2), -5); return err },
			rangeErr(ymd(1974, time.January, 2), -5), []string{"5 working days before 1974-01-02"}},
		{"AddWorkingDays(1974-01-02, -1) is a *RangeError: 1 Jan 1974 is a holiday and 1973 is not covered",
			func() error { _, err := c.AddWorkingDays(ymd(1974, time.January, 2), -1); return err },
			rangeErr(ymd(1974, time.January, 2), -1), nil},
		{"AddWorkingDays(2099-12-31, 1) is a *RangeError",
			func() error { _, err := c.AddWorkingDays(last, 1); return err }, rangeErr(last, 1), nil},
		{"AddWorkingDays from a date before the range is a *RangeError for the date (N not set)",
			func() error { _, err := c.AddWorkingDays(before, 10); return err }, rangeErr(before, 0), nil},
		{"AddWorkingDays with an enormous n is a *RangeError, not an overflow",
			func() error { _, err := c.AddWorkingDays(ok, 1<<62); return err }, rangeErr(ok, 1<<62), nil},
		{"AddWorkingDays with an enormous negative n is a *RangeError",
			func() error { _, err := c.AddWorkingDays(ok, -1<<62); return err }, rangeErr(ok, -1<<62), nil},
		{"NextWorkingDay(2099-12-31) is a *RangeError",
			func() error { _, err := c.NextWorkingDay(last); return err }, rangeErr(last, 1), nil},
		{"PreviousWorkingDay(1974-01-01) is a *RangeError",
			func() error { _, err := c.PreviousWorkingDay(first); return err }, rangeErr(first, -1), nil},
		{"WorkingDaysBetween with a start before the range is a *RangeError",
			func() error { _, err := c.WorkingDaysBetween(before, ok); return err }, rangeErr(before, 0), nil},
		{"WorkingDaysBetween with an end after the range is a *RangeError",
			func() error { _, err := c.WorkingDaysBetween(ok, after); return err }, rangeErr(after, 0), nil},
		{"NonWorkingDaysBetween with a start before the range is a *RangeError",
			func() error { _, err := c.NonWorkingDaysBetween(before, ok); return err }, rangeErr(before, 0), nil},
		{"NonWorkingDaysBetween with an end after the range is a *RangeError",
			func() error { _, err := c.NonWorkingDaysBetween(ok, after); return err }, rangeErr(after, 0), nil},
		{"Holiday(2100-01-01) is a *RangeError",
			func() error { _, _, err := c.Holiday(after); return err }, rangeErr(after, 0), nil},
		{"Holidays with a start before the range is a *RangeError",
			func() error { _, err := c.Holidays(before, ok); return err }, rangeErr(before, 0), nil},
		{"Holidays with an end after the range is a *RangeError",
			func() error { _, err := c.Holidays(ok, after); return err }, rangeErr(after, 0), nil},

		{"IsWorkingDay(2014-02-30) is a *DateError carrying the date",
			func() error { _, err := c.IsWorkingDay(feb30); return err }, dateErr(feb30), []string{"2014-02-30 is not a valid date"}},
		{"IsWorkingDay(zero Date) is a *DateError",
			func() error { _, err := c.IsWorkingDay(Date{}); return err }, dateErr(Date{}), []string{"0000-00-00"}},
		{"AddWorkingDays(2014-02-30, 1) is a *DateError",
			func() error { _, err := c.AddWorkingDays(feb30, 1); return err }, dateErr(feb30), nil},
		{"AddWorkingDays(2014-02-30, 0) is a *DateError even for n = 0",
			func() error { _, err := c.AddWorkingDays(feb30, 0); return err }, dateErr(feb30), nil},
		{"WorkingDaysBetween with an invalid start is a *DateError",
			func() error { _, err := c.WorkingDaysBetween(feb30, ok); return err }, dateErr(feb30), nil},
		{"WorkingDaysBetween with an invalid end is a *DateError",
			func() error { _, err := c.WorkingDaysBetween(ok, ymd(2014, 13, 1)); return err }, dateErr(ymd(2014, 13, 1)), nil},
		{"NonWorkingDaysBetween with an invalid end is a *DateError",
			func() error { _, err := c.NonWorkingDaysBetween(ok, feb30); return err }, dateErr(feb30), nil},
		{"NonWorkingDaysBetween with an invalid start is a *DateError",
			func() error { _, err := c.NonWorkingDaysBetween(feb30, ok); return err }, dateErr(feb30), nil},
		{"Holiday(2014-02-30) is a *DateError",
			func() error { _, _, err := c.Holiday(feb30); return err }, dateErr(feb30), nil},
		{"Holidays with an invalid end is a *DateError",
			func() error { _, err := c.Holidays(ok, feb30); return err }, dateErr(feb30), nil},
		{"NextWorkingDay(2014-02-30) is a *DateError",
			func() error { _, err := c.NextWorkingDay(feb30); return err }, dateErr(feb30), nil},
		{"PreviousWorkingDay(2014-02-30) is a *DateError",
			func() error { _, err := c.PreviousWorkingDay(feb30); return err }, dateErr(feb30), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("panic: %v", p)
					}
				}()
				err = tc.call()
			}()
			if diff := cmp.Diff(tc.want, err); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
			if err == nil {
				return
			}
			for _, frag := range append([]string{"calendar: "}, tc.message...) {
				if !strings.Contains(err.Error(), frag) {
					t.Errorf("message %q does not contain %q", err.Error(), frag)
				}
			}
		})
	}
}

func TestIsProvisional(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want bool
	}{
		{"31 Dec 2028, in the last year GOV.UK has published, is not provisional", ymd(2028, time.December, 31), false},
		{"1 Jan 2029, after the published list, is provisional", ymd(2029, time.January, 1), true},
		{"1 Aug 2014 is not provisional", ymd(2014, time.August, 1), false},
		{"1 Jan 1974 (before GOV.UK's list, settled history) is not provisional", ymd(1974, time.January, 1), false},
		{"31 Dec 2099, the end of the range, is provisional", ymd(2099, time.December, 31), true},
	}
	c := Wales()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, c.IsProvisional(tc.d)); diff != "" {
				t.Errorf("IsProvisional(%v) mismatch (-want +got):\n%s", tc.d, diff)
			}
		})
	}
	t.Run("a date is provisional exactly when its year is after LastOfficialYear", func(t *testing.T) {
		first, last := c.Range()
		for d := first; !d.After(last); d = d.AddDays(1) {
			if got, want := c.IsProvisional(d), d.Year > c.LastOfficialYear(); got != want {
				t.Fatalf("IsProvisional(%v) = %v, want %v", d, got, want)
			}
		}
	})
}

func TestKindNamesAndWords(t *testing.T) {
	tests := []struct {
		name  string
		k     Kind
		text  string // String, and MarshalText when known
		words string // Display
		known bool
	}{
		{"Weekend is written weekend", Weekend, "weekend", "weekend", true},
		{"BankHoliday is written bank-holiday, in words bank holiday", BankHoliday, "bank-holiday", "bank holiday", true},
		{"CommonLawHoliday is written common-law-holiday, in words common-law holiday", CommonLawHoliday, "common-law-holiday", "common-law holiday", true},
		{"SubstituteDay is written substitute-day, in words substitute day", SubstituteDay, "substitute-day", "substitute day", true},
		{"LocalClosure is written local-closure, in words local closure", LocalClosure, "local-closure", "local closure", true},
		{"the zero Kind reads Kind(0) and does not marshal", Kind(0), "Kind(0)", "Kind(0)", false},
		{"the Kind after the last reads Kind(6) and does not marshal", LocalClosure + 1, "Kind(6)", "Kind(6)", false},
		{"an unknown Kind reads Kind(N) and does not marshal", Kind(200), "Kind(200)", "Kind(200)", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, err := tc.k.MarshalText()
			type result struct {
				String, Display, Text string
				Err                   error
			}
			got := result{tc.k.String(), tc.k.Display(), string(text), err}
			want := result{tc.text, tc.words, tc.text, nil}
			if !tc.known {
				want.Text, want.Err = "", &KindError{Value: tc.text}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestKindUnmarshalText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Kind
		wantErr bool
	}{
		{"weekend reads as Weekend", "weekend", Weekend, false},
		{"bank-holiday reads as BankHoliday", "bank-holiday", BankHoliday, false},
		{"common-law-holiday reads as CommonLawHoliday", "common-law-holiday", CommonLawHoliday, false},
		{"substitute-day reads as SubstituteDay", "substitute-day", SubstituteDay, false},
		{"local-closure reads as LocalClosure", "local-closure", LocalClosure, false},
		{"the words for people are refused", "bank holiday", 0, true},
		{"an underscore is refused", "bank_holiday", 0, true},
		{"capitals are refused", "Weekend", 0, true},
		{"surrounding space is refused", " weekend", 0, true},
		{"the empty text is refused", "", 0, true},
		{"the String of an unknown Kind is refused", "Kind(0)", 0, true},
		{"a number is refused", "1", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			const before = Kind(99) // a failed read must leave the value alone
			k := before
			err := k.UnmarshalText([]byte(tc.in))
			if !tc.wantErr {
				if err != nil || k != tc.want {
					t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", tc.in, k, err, tc.want)
				}
				return
			}
			var ke *KindError
			if !errors.As(err, &ke) || ke.Value != tc.in || k != before {
				t.Fatalf("UnmarshalText(%q): kind %v, error %v (%T); want a *KindError naming %q and the kind unchanged", tc.in, k, err, err, tc.in)
			}
			if !strings.Contains(err.Error(), strconv.Quote(tc.in)) || !strings.Contains(err.Error(), "bank-holiday") {
				t.Errorf("message %q should quote the input and list the kinds", err)
			}
		})
	}
}

func TestEveryKindRoundTripsThroughItsTextAndOnlyTheFiveKindsMarshal(t *testing.T) {
	var marshalled []Kind
	for k := Kind(0); k < 255; k++ {
		text, err := k.MarshalText()
		if err != nil {
			continue
		}
		marshalled = append(marshalled, k)
		var back Kind
		if err := back.UnmarshalText(text); err != nil || back != k {
			t.Errorf("%v: MarshalText gives %q, which reads back as %v, %v", k, text, back, err)
		}
	}
	want := []Kind{Weekend, BankHoliday, CommonLawHoliday, SubstituteDay, LocalClosure}
	if diff := cmp.Diff(want, marshalled); diff != "" {
		t.Errorf("kinds that marshal (-want +got):\n%s", diff)
	}
}

func TestWithClosures(t *testing.T) {
	base := Wales()
	baseVersion := base.Version()
	closures := []Holiday{
		{Date: ymd(2014, time.December, 29), Name: "Council closed for Christmas"},
		{Date: ymd(2014, time.December, 30)},                                                          // no name: "Local closure"
		{Date: ymd(2014, time.December, 31), Name: "Council closed for Christmas", Kind: BankHoliday}, // Kind is overridden
		{Date: ymd(2014, time.December, 25), Name: "ignored: already Christmas Day"},
		{Date: ymd(2014, time.December, 27), Name: "ignored: already a Saturday"},
	}
	derived, err := base.WithClosures("Cardiff winter 2014", closures...)
	if err != nil {
		t.Fatalf("WithClosures: %v", err)
	}

	type dayView struct {
		Working bool
		Holiday Holiday
		HasHol  bool
	}
	view := func(c *Calendar, d Date) dayView {
		t.Helper()
		w, err1 := c.IsWorkingDay(d)
		h, ok, err2 := c.Holiday(d)
		if err := errors.Join(err1, err2); err != nil {
			t.Fatalf("%v: %v", d, err)
		}
		return dayView{w, h, ok}
	}
	tests := []struct {
		name string
		cal  *Calendar
		d    Date
		want dayView
	}{
		{"derived: Mon 29 Dec 2014 is a local closure with its name", derived, ymd(2014, time.December, 29),
			dayView{false, Holiday{Date: ymd(2014, time.December, 29), Name: "Council closed for Christmas", Kind: LocalClosure}, true}},
		{"derived: a closure without a name is called Local closure", derived, ymd(2014, time.December, 30),
			dayView{false, Holiday{Date: ymd(2014, time.December, 30), Name: "Local closure", Kind: LocalClosure}, true}},
		{"derived: a closure's kind is always LocalClosure, whatever was passed", derived, ymd(2014, time.December, 31),
			dayView{false, Holiday{Date: ymd(2014, time.December, 31), Name: "Council closed for Christmas", Kind: LocalClosure}, true}},
		{"derived: a closure on Christmas Day is ignored and the statutory reason kept", derived, ymd(2014, time.December, 25),
			dayView{false, Holiday{Date: ymd(2014, time.December, 25), Name: "Christmas Day", Kind: CommonLawHoliday}, true}},
		{"derived: a closure on a Saturday is ignored", derived, ymd(2014, time.December, 27),
			dayView{false, Holiday{}, false}},
		{"derived: Fri 2 Jan 2015, not closed, is still a working day", derived, ymd(2015, time.January, 2),
			dayView{true, Holiday{}, false}},
		{"original Wales(): Mon 29 Dec 2014 is still a working day", base, ymd(2014, time.December, 29),
			dayView{true, Holiday{}, false}},
		{"original Wales(): Wed 31 Dec 2014 is still a working day", base, ymd(2014, time.December, 31),
			dayView{true, Holiday{}, false}},
		{"Wales() called again: Tue 30 Dec 2014 is still a working day", Wales(), ymd(2014, time.December, 30),
			dayView{true, Holiday{}, false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, view(tc.cal, tc.d)); diff != "" {
				t.Errorf("%v mismatch (-want +got):\n%s", tc.d, diff)
			}
		})
	}

	t.Run("counts differ: 24 Dec 2014 to 2 Jan 2015 is 4 working days statutorily, 1 with the closures", func(t *testing.T) {
		a, b := ymd(2014, time.December, 24), ymd(2015, time.January, 2)
		s, err1 := base.WorkingDaysBetween(a, b)
		l, err2 := derived.WorkingDaysBetween(a, b)
		if err := errors.Join(err1, err2); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([2]int{4, 1}, [2]int{s, l}); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		nw, err := derived.NonWorkingDaysBetween(ymd(2014, time.December, 28), ymd(2014, time.December, 29))
		if err != nil {
			t.Fatal(err)
		}
		want := []NonWorkingDay{{Date: ymd(2014, time.December, 29), Kind: LocalClosure, Reason: "Council closed for Christmas"}}
		if diff := cmp.Diff(want, nw); diff != "" {
			t.Errorf("NonWorkingDaysBetween on the derived calendar (-want +got):\n%s", diff)
		}
	})

	t.Run("versions: the derived calendar's version differs and names the closures; Wales() keeps its own", func(t *testing.T) {
		other, err := base.WithClosures("Swansea", Holiday{Date: ymd(2014, time.December, 29)})
		if err != nil {
			t.Fatal(err)
		}
		if derived.Version() == baseVersion || other.Version() == derived.Version() || other.Version() == baseVersion {
			t.Errorf("versions not distinct: base %q, derived %q, other %q", baseVersion, derived.Version(), other.Version())
		}
		for _, v := range []string{derived.Version(), other.Version()} {
			if !strings.HasPrefix(v, baseVersion) {
				t.Errorf("derived version %q does not start with the statutory version %q", v, baseVersion)
			}
		}
		if !strings.Contains(derived.Version(), "Cardiff") || !strings.Contains(other.Version(), "Swansea") {
			t.Errorf("derived versions %q, %q do not name their closures", derived.Version(), other.Version())
		}
		if diff := cmp.Diff(WalesVersion, Wales().Version()); diff != "" {
			t.Errorf("Wales().Version() changed (-want +got):\n%s", diff)
		}
	})

	t.Run("the derived calendar keeps the range and the provisional boundary", func(t *testing.T) {
		f1, l1 := base.Range()
		f2, l2 := derived.Range()
		if diff := cmp.Diff([]any{f1, l1, base.LastOfficialYear()}, []any{f2, l2, derived.LastOfficialYear()}); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})

	t.Run("bad closure dates give one *ClosureError listing every one of them", func(t *testing.T) {
		first, last := base.Range()
		_, err := base.WithClosures("bad", Holiday{Date: ymd(2014, time.February, 30)}, Holiday{Date: ymd(2014, time.December, 29)},
			Holiday{Date: ymd(1973, time.December, 31)}, Holiday{Date: ymd(2100, time.January, 1)})
		want := &ClosureError{Name: "bad", Errs: []error{
			&DateError{Date: ymd(2014, time.February, 30)},
			&RangeError{Date: ymd(1973, time.December, 31), First: first, Last: last},
			&RangeError{Date: ymd(2100, time.January, 1), First: first, Last: last},
		}}
		if diff := cmp.Diff(error(want), err); diff != "" {
			t.Fatalf("WithClosures error mismatch (-want +got):\n%s", diff)
		}
		for _, frag := range []string{`"bad"`, "2014-02-30", "1973-12-31", "2100-01-01"} {
			if !strings.Contains(err.Error(), frag) {
				t.Errorf("message %q does not name %s", err.Error(), frag)
			}
		}
		var de *DateError
		var re *RangeError
		if !errors.As(err, &de) || !errors.As(err, &re) {
			t.Errorf("errors.As cannot reach the per-date errors through ClosureError.Unwrap")
		}
	})

	t.Run("an empty closure set name still gives a distinct version", func(t *testing.T) {
		c, err := base.WithClosures("")
		if err != nil {
			t.Fatal(err)
		}
		if c.Version() == baseVersion || c.Version() == "" {
			t.Errorf("version %q", c.Version())
		}
	})

	t.Run("closing every working day of the whole range keeps every closure's kind", func(t *testing.T) {
		first, last := base.Range()
		var all []Holiday
		for d := first; !d.After(last); d = d.AddDays(1) {
			if w, _ := base.IsWorkingDay(d); w {
				all = append(all, Holiday{Date: d, Name: "closed"})
			}
		}
		c, err := base.WithClosures("everything", all...)
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := c.WorkingDaysBetween(first, last); n != 0 {
			t.Errorf("WorkingDaysBetween over the range = %d, want 0", n)
		}
		fails := 0
		for _, cl := range all {
			h, ok, err := c.Holiday(cl.Date)
			if err != nil || !ok || h.Kind != LocalClosure || h.Date != cl.Date {
				t.Errorf("Holiday(%v) = %+v, %v, %v; want the local closure", cl.Date, h, ok, err)
				if tooManyFailures(t, &fails) {
					return
				}
			}
		}
		// Statutory holidays keep their own kind.
		h, _, _ := c.Holiday(ymd(2099, time.December, 28))
		if diff := cmp.Diff(SubstituteDay, h.Kind); diff != "" {
			t.Errorf("2099-12-28 kind (-want +got):\n%s", diff)
		}
	})
}

func TestBuildMergesTwoHolidaysOnOneDay(t *testing.T) {
	d := ymd(2014, time.August, 25)
	c := build("test", ymd(2014, time.January, 1), ymd(2014, time.December, 31), 2014, []Holiday{
		{Date: ymd(2014, time.December, 25), Name: "Christmas Day", Kind: CommonLawHoliday},
		{Date: d, Name: "Summer bank holiday", Kind: BankHoliday},
		{Date: d, Name: "Extra", Kind: BankHoliday},
	})
	got, ok, err := c.Holiday(d)
	if err != nil || !ok {
		t.Fatalf("Holiday(%v) = %v, %v, %v", d, got, ok, err)
	}
	if diff := cmp.Diff(Holiday{Date: d, Name: "Summer bank holiday and Extra", Kind: BankHoliday}, got); diff != "" {
		t.Errorf("merged holiday (-want +got):\n%s", diff)
	}
	all, _ := c.Holidays(ymd(2014, time.January, 1), ymd(2014, time.December, 31))
	if diff := cmp.Diff(2, len(all)); diff != "" {
		t.Errorf("number of holidays after merging (-want +got):\n%s", diff)
	}
}

func TestBuildIsDeterministicAndMatchesWales(t *testing.T) {
	c := build(WalesVersion, walesFirst, walesLast, walesLastOfficialYear, walesHolidays(walesDefinitions(), walesFirst.Year, walesLast.Year))
	first, last := Wales().Range()
	want, err1 := Wales().Holidays(first, last)
	got, err2 := c.Holidays(first, last)
	if err := errors.Join(err1, err2); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a fresh build differs from Wales() (-want +got):\n%s", diff)
	}
	n, _ := c.WorkingDaysBetween(first, last)
	m, _ := Wales().WorkingDaysBetween(first, last)
	if n != m {
		t.Errorf("working days over the range: fresh %d, Wales() %d", n, m)
	}
}

func TestConcurrentUse(t *testing.T) {
	// Run with -race: many goroutines use the shared Wales() calendar (and
	// derive from it) at once, and every result matches the serial one.
	c := Wales()
	type result struct {
		working bool
		add     Date
		between int
		hol     Holiday
		non     int
	}
	compute := func(cal *Calendar, d Date) (result, error) {
		var r result
		var err [5]error
		r.working, err[0] = cal.IsWorkingDay(d)
		r.add, err[1] = cal.AddWorkingDays(d, 17)
		r.between, err[2] = cal.WorkingDaysBetween(d, d.AddDays(40))
		r.hol, _, err[3] = cal.Holiday(d)
		var nw []NonWorkingDay
		nw, err[4] = cal.NonWorkingDaysBetween(d, d.AddDays(40))
		r.non = len(nw)
		return r, errors.Join(err[:]...)
	}
	start := ymd(2020, time.January, 1)
	const days = 400
	want := make([]result, days)
	for i := range want {
		var err error
		if want[i], err = compute(c, start.AddDays(i)); err != nil {
			t.Fatal(err)
		}
	}
	const workers = 32
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cal := Wales()
			if w%4 == 0 {
				if _, err := cal.WithClosures(fmt.Sprint("worker ", w), Holiday{Date: start.AddDays(w)}); err != nil {
					errs <- err
					return
				}
			}
			for i := range days {
				k := (i + w*13) % days
				got, err := compute(cal, start.AddDays(k))
				if err != nil || got != want[k] {
					errs <- fmt.Errorf("worker %d, %v: got %+v, %v; want %+v", w, start.AddDays(k), got, err, want[k])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestHotPathsDoNotAllocate(t *testing.T) {
	c := Wales()
	d := ymd(2014, time.August, 1)
	e := ymd(2015, time.August, 1)
	var sink int
	tests := []struct {
		name string
		f    func()
	}{
		{"IsWorkingDay allocates nothing", func() {
			if ok, _ := c.IsWorkingDay(d); ok {
				sink++
			}
		}},
		{"AddWorkingDays allocates nothing", func() {
			r, _ := c.AddWorkingDays(d, 25)
			sink += r.Day
		}},
		{"AddWorkingDays counting back allocates nothing", func() {
			r, _ := c.AddWorkingDays(e, -25)
			sink += r.Day
		}},
		{"WorkingDaysBetween allocates nothing", func() {
			n, _ := c.WorkingDaysBetween(d, e)
			sink += n
		}},
		{"Holiday allocates nothing", func() {
			h, _, _ := c.Holiday(ymd(2022, time.September, 19))
			sink += len(h.Name)
		}},
		{"IsProvisional allocates nothing", func() {
			if c.IsProvisional(e) {
				sink++
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(0.0, testing.AllocsPerRun(1000, tc.f)); diff != "" {
				t.Errorf("allocations per call (-want +got):\n%s", diff)
			}
		})
	}
	_ = sink
}

func TestBuildingWalesUsesUnderTwoMegabytes(t *testing.T) {
	// Not a timing target (that lives in BenchmarkBuildWales); bytes
	// allocated are deterministic enough to assert.
	const limit = 2 << 20
	const runs = 5
	var keep *Calendar
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		keep = build(WalesVersion, walesFirst, walesLast, walesLastOfficialYear, walesHolidays(walesDefinitions(), walesFirst.Year, walesLast.Year))
	}
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	perBuild := (after.TotalAlloc - before.TotalAlloc) / runs
	t.Logf("building the Wales calendar allocates %d bytes (%.2f MB)", perBuild, float64(perBuild)/(1<<20))
	if perBuild >= limit {
		t.Errorf("building the Wales calendar allocates %d bytes, want < %d", perBuild, limit)
	}
}

func TestACalendarStartingAndEndingMidMonthAgreesWithTheNaiveModel(t *testing.T) {
	// Wales covers whole years; a range that cuts months in two sends the
	// dates of those months through the slow path, which must give the same
	// answers and the same errors.
	first, last := ymd(2014, time.August, 15), ymd(2016, time.February, 10)
	c := build("test", first, last, 2016, []Holiday{
		{Date: ymd(2014, time.August, 25), Name: "Summer bank holiday", Kind: BankHoliday},
		{Date: ymd(2014, time.December, 25), Name: "Christmas Day", Kind: CommonLawHoliday},
		{Date: ymd(2016, time.January, 1), Name: "New Year's Day", Kind: BankHoliday},
	})
	naive := newNaive(t, c)
	inRange := func(d Date) bool { return !d.Before(first) && !d.After(last) }
	fails := 0
	for d := first.AddDays(-40); !d.After(last.AddDays(40)); d = d.AddDays(1) {
		working, err := c.IsWorkingDay(d)
		var re *RangeError
		switch {
		case !inRange(d) && !errors.As(err, &re):
			t.Errorf("IsWorkingDay(%v) = %v, %v; want a *RangeError", d, working, err)
		case inRange(d) && (err != nil || working == naive.nonWorking[naive.idx(d)]):
			t.Errorf("IsWorkingDay(%v) = %v, %v; want %v", d, working, err, !naive.nonWorking[naive.idx(d)])
		}
		for _, k := range []int{-30, -1, 1, 2, 30} {
			got, err := c.AddWorkingDays(d, k)
			if !inRange(d) {
				if !errors.As(err, &re) || re.Date != d {
					t.Errorf("AddWorkingDays(%v, %d) = %v, %v; want a *RangeError", d, k, got, err)
				}
				continue
			}
			want, ok := naive.add(d, k)
			if (!ok && !errors.As(err, &re)) || (ok && (err != nil || got != want)) {
				t.Errorf("AddWorkingDays(%v, %d) = %v, %v; want %v (in range: %v)", d, k, got, err, want, ok)
			}
		}
		for _, e := range []Date{first, last, d.AddDays(3)} {
			got, err := c.WorkingDaysBetween(d, e)
			if !inRange(d) || !inRange(e) {
				if !errors.As(err, &re) {
					t.Errorf("WorkingDaysBetween(%v, %v) = %d, %v; want a *RangeError", d, e, got, err)
				}
				continue
			}
			if want := naive.between(d, e); err != nil || got != want {
				t.Errorf("WorkingDaysBetween(%v, %v) = %d, %v; want %d", d, e, got, err, want)
			}
		}
		if t.Failed() && tooManyFailures(t, &fails) {
			return
		}
	}
}
