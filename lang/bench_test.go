package lang

import (
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
)

// The functions below run once a cell of every table the module writes for
// people.

func BenchmarkWeekdayDate(b *testing.B) {
	d := calendar.NewDate(2014, time.August, 5)
	for _, t := range []Tag{English, Welsh} {
		b.Run(string(t), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = WeekdayDate(t, d)
			}
		})
	}
}

func BenchmarkSay(b *testing.B) {
	for _, t := range []Tag{English, Welsh} {
		b.Run(string(t), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = Say(t, "status.in-time", "in-time")
			}
		})
	}
}

func BenchmarkWorkingDays(b *testing.B) {
	for _, t := range []Tag{English, Welsh} {
		b.Run(string(t), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = WorkingDays(t, 17)
			}
		})
	}
}
