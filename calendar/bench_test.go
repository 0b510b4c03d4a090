package calendar

// Benchmarks, side by side with github.com/rickar/cal/v2's BusinessCalendar
// configured with gb.Holidays. Targets (SPEC and design): 0 allocs/op on the
// hot paths; AddWorkingDays(d, 25) at least 1000x faster than
// WorkdaysFrom(start, 25); WorkingDaysBetween over a year at least 10000x
// faster than WorkdaysInRange; building the Wales calendar under 10 ms and
// 2 MB. Run:
//
//	go test -run '^$' -bench . -benchmem ./calendar/

import (
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
