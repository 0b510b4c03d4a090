package calendar_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/calendar"
)

func TestAddTellsWhetherTheAnswerIsProvisional(t *testing.T) {
	c := calendar.Wales()
	last := c.LastOfficialYear()
	tests := []struct {
		name string
		from calendar.Date
		n    int
		want calendar.AddResult
	}{
		{"17 working days after Friday 1 August 2014 is Wednesday 27 August 2014, official",
			calendar.NewDate(2014, time.August, 1), 17, calendar.AddResult{Date: calendar.NewDate(2014, time.August, 27)}},
		{"0 working days after a date is the date itself",
			calendar.NewDate(2014, time.August, 2), 0, calendar.AddResult{Date: calendar.NewDate(2014, time.August, 2)}},
		{"5 working days before Friday 8 August 2014 is Friday 1 August 2014",
			calendar.NewDate(2014, time.August, 8), -5, calendar.AddResult{Date: calendar.NewDate(2014, time.August, 1)}},
		{"an answer that runs into the year after the official list is provisional",
			calendar.NewDate(last, time.December, 20), 20, calendar.AddResult{Provisional: true}},
		{"a date counted from after the official list makes the answer provisional, even counting back into it",
			calendar.NewDate(last+1, time.January, 2), -10, calendar.AddResult{Provisional: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.Add(tt.from, tt.n)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			if want.Date.IsZero() {
				// The date itself is AddWorkingDays's, tested on its own.
				want.Date, _ = c.AddWorkingDays(tt.from, tt.n)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Add(%s, %d) (-want +got):\n%s", tt.from, tt.n, diff)
			}
		})
	}
}

func TestCountTellsWhetherTheAnswerIsProvisional(t *testing.T) {
	c := calendar.Wales()
	last := c.LastOfficialYear()
	tests := []struct {
		name     string
		from, to calendar.Date
		want     calendar.CountResult
	}{
		{"Friday 1 August 2014 to Wednesday 27 August 2014 is 17 working days, official",
			calendar.NewDate(2014, time.August, 1), calendar.NewDate(2014, time.August, 27), calendar.CountResult{WorkingDays: 17}},
		{"a count back in time is negative",
			calendar.NewDate(2014, time.August, 27), calendar.NewDate(2014, time.August, 1), calendar.CountResult{WorkingDays: -17}},
		{"a count to a day after the official list is provisional",
			calendar.NewDate(last, time.December, 31), calendar.NewDate(last+1, time.January, 31), calendar.CountResult{WorkingDays: -1, Provisional: true}},
		{"a count from a day after the official list is provisional",
			calendar.NewDate(last+1, time.January, 31), calendar.NewDate(last, time.December, 31), calendar.CountResult{WorkingDays: -1, Provisional: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.Count(tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			if want.WorkingDays == -1 {
				// The count itself is WorkingDaysBetween's, tested on its own.
				want.WorkingDays, _ = c.WorkingDaysBetween(tt.from, tt.to)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Count(%s, %s) (-want +got):\n%s", tt.from, tt.to, diff)
			}
		})
	}
}

func TestAddAndCountReturnTheErrorOfACountOutsideTheCalendar(t *testing.T) {
	c := calendar.Wales()
	_, last := c.Range()
	tests := []struct {
		name string
		call func() error
	}{
		{"Add past the end of the calendar is a *RangeError", func() error { _, err := c.Add(last, 5); return err }},
		{"Count from a day after the calendar is a *RangeError", func() error { _, err := c.Count(last.AddDays(1), last); return err }},
		{"Count to a day after the calendar is a *RangeError", func() error { _, err := c.Count(last, last.AddDays(1)); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var re *calendar.RangeError
			if err := tt.call(); !errors.As(err, &re) {
				t.Errorf("got %v, want a *calendar.RangeError", err)
			}
		})
	}
}

func TestTheAnswersReadBackFromTheirJSON(t *testing.T) {
	tests := []struct {
		name string
		v    any
		json string
		back any
	}{
		{"an AddResult is {date, provisional}", calendar.AddResult{Date: calendar.NewDate(2031, time.June, 17), Provisional: true},
			`{"date":"2031-06-17","provisional":true}`, &calendar.AddResult{}},
		{"a CountResult is {working_days, provisional}", calendar.CountResult{WorkingDays: 17},
			`{"working_days":17,"provisional":false}`, &calendar.CountResult{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil || string(b) != tt.json {
				t.Fatalf("json.Marshal = %s, %v; want %s", b, err, tt.json)
			}
			if err := json.Unmarshal(b, tt.back); err != nil {
				t.Fatal(err)
			}
			var got any
			switch p := tt.back.(type) {
			case *calendar.AddResult:
				got = *p
			case *calendar.CountResult:
				got = *p
			}
			if diff := cmp.Diff(tt.v, got); diff != "" {
				t.Errorf("read back (-written +read):\n%s", diff)
			}
		})
	}
}

func TestProvisionalNoteNamesTheLastOfficialYear(t *testing.T) {
	tests := []struct {
		name string
		year int
		want string
	}{
		{"the note for 2028 names 2028", 2028, "holidays after 2028, the last year of the official list, are projected from the standing rules: a one-off bank holiday may still be proclaimed"},
		{"the note for 2031 names 2031", 2031, "holidays after 2031, the last year of the official list, are projected from the standing rules: a one-off bank holiday may still be proclaimed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := calendar.ProvisionalNote(tt.year); got != tt.want {
				t.Errorf("ProvisionalNote(%d) = %q, want %q", tt.year, got, tt.want)
			}
		})
	}
}
