package calendar

// Benchmarks of the hot paths, each run side by side on the same inputs in
// the same binary: "statutory" is the Calendar; "ideal" is idealTable below,
// the floor (plain table look-ups with no validation and no error results);
// "ideal-call" is the same behind a call the compiler does not inline;
// "rickar" is github.com/rickar/cal/v2's BusinessCalendar configured with
// gb.Holidays. Targets: 0 allocs/op on the hot paths; each statutory
// operation at most 1.5x its ideal; AddWorkingDays(d, 25) at least 1000x
// faster than WorkdaysFrom(start, 25); WorkingDaysBetween over a year at
// least 10000x faster than WorkdaysInRange; building the Wales calendar
// under 10 ms and 2 MB. Run:
//
//	go test -run '^$' -bench . -benchmem -count 5 ./calendar/

import (
	"sync"
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/gb"
)

// benchDays is the number of distinct inputs each benchmark cycles through,
// so that nothing is constant-folded or trivially predicted.
const benchDays = 4096 // a power of two: i & (benchDays-1) cycles

// benchInputs returns benchDays consecutive days from 1 Jan 2010 as Dates
// and as times at noon UTC.
func benchInputs() ([]Date, []time.Time) {
	dates := make([]Date, benchDays)
	times := make([]time.Time, benchDays)
	d := ymd(2010, time.January, 1)
	for i := range dates {
		dates[i] = d
		times[i] = noon(d)
		d = d.AddDays(1)
	}
	return dates, times
}

// idealTable is the fastest structure for the three hot operations that
// this file's author could write, kept apart from the package's own code
// so that it measures the floor rather than the package: a table of month
// starts to find a day's position, and a prefix count of working days per
// day. It validates nothing (an invalid or out-of-range date panics or
// gives nonsense) and returns no errors. It is built from the calendar's
// holiday list and time.Time's weekdays, and TestIdealTableAgreesWithCalendar
// checks it against the Calendar.
type idealTable struct {
	firstYear  int
	monthStart []int32 // monthStart[12*(year-firstYear)+month-1]: position of the 1st of the month
	prefix     []int32 // prefix[i]: working days among positions 0..i-1, so prefix[0] == 0
	workday    []Date  // workday[k]: the working day of rank k+1
}

var ideal = sync.OnceValue(func() *idealTable {
	c := Wales()
	first, last := c.Range()
	hols, err := c.Holidays(first, last)
	if err != nil {
		panic(err)
	}
	holiday := make(map[Date]bool, len(hols))
	for _, h := range hols {
		holiday[h.Date] = true
	}
	t := &idealTable{firstYear: first.Year, prefix: []int32{0}}
	for tm, i := noon(first), int32(0); !civil(tm).After(last); tm, i = tm.AddDate(0, 0, 1), i+1 {
		d := civil(tm)
		if d.Day == 1 {
			t.monthStart = append(t.monthStart, i)
		}
		n := t.prefix[len(t.prefix)-1]
		if wd := tm.Weekday(); wd != time.Saturday && wd != time.Sunday && !holiday[d] {
			n++
			t.workday = append(t.workday, d)
		}
		t.prefix = append(t.prefix, n)
	}
	return t
})

func (t *idealTable) pos(d Date) int {
	return int(t.monthStart[12*(d.Year-t.firstYear)+int(d.Month)-1]) + d.Day - 1
}

func (t *idealTable) isWorkingDay(d Date) bool {
	i := t.pos(d)
	return t.prefix[i+1] != t.prefix[i]
}

// add returns the nth working day after d, for n > 0.
func (t *idealTable) add(d Date, n int) Date { return t.workday[int(t.prefix[t.pos(d)+1])+n-1] }

func (t *idealTable) between(a, b Date) int {
	return int(t.prefix[t.pos(b)+1] - t.prefix[t.pos(a)+1])
}

// The same operations behind a call that is not inlined, with an error
// result like the Calendar's: the floor for a method the compiler does not
// inline, which measures the cost of the call itself.

//go:noinline
func (t *idealTable) isWorkingDayCall(d Date) (bool, error) { return t.isWorkingDay(d), nil }

//go:noinline
func (t *idealTable) addCall(d Date, n int) (Date, error) { return t.add(d, n), nil }

//go:noinline
func (t *idealTable) betweenCall(a, b Date) (int, error) { return t.between(a, b), nil }

func TestIdealTableAgreesWithCalendar(t *testing.T) {
	// The benchmarks' floor must compute the same answers, or the
	// comparison would flatter the package.
	c, it := Wales(), ideal()
	first, last := c.Range()
	fails := 0
	for d := first; !d.After(last); d = d.AddDays(1) {
		working, _ := c.IsWorkingDay(d)
		next, err := c.AddWorkingDays(d, 25)
		year := d.AddDays(365)
		var between int
		if !year.After(last) {
			between, _ = c.WorkingDaysBetween(d, year)
		}
		switch {
		case it.isWorkingDay(d) != working:
			t.Errorf("ideal isWorkingDay(%v) = %v, want %v", d, !working, working)
		case func() bool { w, _ := it.isWorkingDayCall(d); return w != working }():
			t.Errorf("ideal isWorkingDayCall(%v) = %v, want %v", d, !working, working)
		case err == nil && it.add(d, 25) != next:
			t.Errorf("ideal add(%v, 25) = %v, want %v", d, it.add(d, 25), next)
		case err == nil && func() bool { r, _ := it.addCall(d, 25); return r != next }():
			t.Errorf("ideal addCall(%v, 25) differs from %v", d, next)
		case !year.After(last) && func() bool { r, _ := it.betweenCall(d, year); return r != between }():
			t.Errorf("ideal betweenCall(%v, %v) differs from %d", d, year, between)
		case !year.After(last) && it.between(d, year) != between:
			t.Errorf("ideal between(%v, %v) = %d, want %d", d, year, it.between(d, year), between)
		default:
			continue
		}
		if tooManyFailures(t, &fails) {
			return
		}
	}
}

func rickarGB() *cal.BusinessCalendar {
	bc := cal.NewBusinessCalendar()
	bc.AddHoliday(gb.Holidays...)
	return bc
}

// Sinks keep results alive.
var (
	sinkBool int
	sinkDate Date
	sinkTime time.Time
	sinkInt  int
	sinkCal  *Calendar
)

func BenchmarkIsWorkingDay(b *testing.B) {
	dates, times := benchInputs()
	b.Run("statutory", func(b *testing.B) {
		c := Wales()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if ok, _ := c.IsWorkingDay(dates[i&(benchDays-1)]); ok {
				sinkBool++
			}
			i++
		}
	})
	b.Run("ideal", func(b *testing.B) {
		it := ideal()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if it.isWorkingDay(dates[i&(benchDays-1)]) {
				sinkBool++
			}
			i++
		}
	})
	b.Run("ideal-call", func(b *testing.B) {
		it := ideal()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if ok, _ := it.isWorkingDayCall(dates[i&(benchDays-1)]); ok {
				sinkBool++
			}
			i++
		}
	})
	b.Run("rickar", func(b *testing.B) {
		bc := rickarGB()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			if bc.IsWorkday(times[i&(benchDays-1)]) {
				sinkBool++
			}
			i++
		}
	})
}

func BenchmarkAddWorkingDays25(b *testing.B) {
	dates, times := benchInputs()
	b.Run("statutory", func(b *testing.B) {
		c := Wales()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkDate, _ = c.AddWorkingDays(dates[i&(benchDays-1)], 25)
			i++
		}
	})
	b.Run("ideal", func(b *testing.B) {
		it := ideal()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkDate = it.add(dates[i&(benchDays-1)], 25)
			i++
		}
	})
	b.Run("ideal-call", func(b *testing.B) {
		it := ideal()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkDate, _ = it.addCall(dates[i&(benchDays-1)], 25)
			i++
		}
	})
	b.Run("rickar", func(b *testing.B) {
		bc := rickarGB()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			sinkTime = bc.WorkdaysFrom(times[i&(benchDays-1)], 25)
			i++
		}
	})
}

func BenchmarkWorkingDaysBetweenOneYear(b *testing.B) {
	dates, times := benchInputs()
	ends := make([]Date, benchDays)
	endTimes := make([]time.Time, benchDays)
	for i := range dates {
		ends[i] = dates[i].AddDays(365)
		endTimes[i] = times[i].AddDate(0, 0, 365)
	}
	b.Run("statutory", func(b *testing.B) {
		c := Wales()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			k := i & (benchDays - 1)
			sinkInt, _ = c.WorkingDaysBetween(dates[k], ends[k])
			i++
		}
	})
	b.Run("ideal", func(b *testing.B) {
		it := ideal()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			k := i & (benchDays - 1)
			sinkInt = it.between(dates[k], ends[k])
			i++
		}
	})
	b.Run("ideal-call", func(b *testing.B) {
		it := ideal()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			k := i & (benchDays - 1)
			sinkInt, _ = it.betweenCall(dates[k], ends[k])
			i++
		}
	})
	b.Run("rickar", func(b *testing.B) {
		bc := rickarGB()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			k := i & (benchDays - 1)
			sinkInt = bc.WorkdaysInRange(times[k], endTimes[k])
			i++
		}
	})
}

func BenchmarkBuildWales(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkCal = build(WalesVersion, walesFirst, walesLast, walesLastOfficialYear,
			walesHolidays(walesDefinitions(), walesFirst.Year, walesLast.Year))
	}
}

func BenchmarkNonWorkingDaysBetweenChristmas(b *testing.B) {
	c := Wales()
	b.ReportAllocs()
	a, e := ymd(2022, time.December, 23), ymd(2022, time.December, 28)
	for b.Loop() {
		nw, _ := c.NonWorkingDaysBetween(a, e)
		sinkInt += len(nw)
	}
}
