package calendar

import (
	"testing"
	"time"
)

func TestAppendDisplayAppendsWhatDisplayReturns(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want string
	}{
		{"the 2014 procedure's first day is appended as Fri 1 Aug 2014", ymd(2014, time.August, 1), "Fri 1 Aug 2014"},
		{"the last day of the calendar is appended as Thu 31 Dec 2099", ymd(2099, time.December, 31), "Thu 31 Dec 2099"},
		{"an invalid Date is appended in ISO form", ymd(2014, time.February, 30), "2014-02-30"},
		{"the zero Date is appended in ISO form", Date{}, "0000-00-00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := string(tc.d.AppendDisplay([]byte("due ")))
			if got != "due "+tc.want {
				t.Errorf("AppendDisplay = %q, want %q", got, "due "+tc.want)
			}
			if tc.d.Display() != tc.want {
				t.Errorf("Display = %q, want %q", tc.d.Display(), tc.want)
			}
		})
	}
}

var displaySink string

func TestAppendDisplayDoesNotAllocateIntoABufferWithRoom(t *testing.T) {
	buf := make([]byte, 0, 64)
	d := ymd(2022, time.September, 19)
	if n := testing.AllocsPerRun(100, func() { buf = d.AppendDisplay(buf[:0]) }); n != 0 {
		t.Errorf("AppendDisplay allocated %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { displaySink = d.Display() }); n != 1 {
		t.Errorf("Display allocated %v times, want 1 (its string)", n)
	}
}
