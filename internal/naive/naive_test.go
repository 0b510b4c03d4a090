package naive

import (
	"path/filepath"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestTheModelCountsWorkingDaysAsCountedByHand(t *testing.T) {
	h, err := LoadDays(filepath.Join("..", "..", "calendar", "data", "bank-holidays-england-and-wales.json"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		from, to string
		taken    int
	}{
		{"Thursday 15 to Tuesday 20 September 2022 takes 2, the State Funeral of Monday 19 not counted", "2022-09-15", "2022-09-20", 2},
		{"Wednesday 23 to Tuesday 29 December 2020 takes 2, Christmas Day and Boxing Day's substitute not counted", "2020-12-23", "2020-12-29", 2},
		{"Maundy Thursday 28 March to Wednesday 3 April 2024 takes 2, Good Friday and Easter Monday not counted", "2024-03-28", "2024-04-03", 2},
		{"a day to itself takes none", "2024-03-28", "2024-03-28", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := h.Taken(day(tt.from), day(tt.to)); got != tt.taken {
				t.Errorf("Taken = %d, want %d", got, tt.taken)
			}
			if tt.taken > 0 {
				if got := h.Due(day(tt.from), tt.taken); !got.Equal(day(tt.to)) {
					t.Errorf("Due(%s, %d) = %s, want %s", tt.from, tt.taken, got.Format(time.DateOnly), tt.to)
				}
			}
		})
	}
	if _, err := LoadDays("no-such-file.json"); err == nil {
		t.Error("LoadDays of a missing file: no error")
	}
	if _, err := LoadDays(filepath.Join("naive.go")); err == nil {
		t.Error("LoadDays of a file that is not JSON: no error")
	}
	if _, err := LoadDays(filepath.Join("testdata", "short.json")); err == nil {
		t.Error("LoadDays of a list of one day: no error")
	}
}

func TestMonthsLaterKeepsTheDateOrTakesTheMonthsLastDay(t *testing.T) {
	for _, tt := range []struct{ from, want string }{
		{"2024-01-15", "2024-04-15"},
		{"2023-11-30", "2024-02-29"},
		{"2024-12-31", "2025-03-31"},
	} {
		t.Run(tt.from+" plus 3 months is "+tt.want, func(t *testing.T) {
			if got := MonthsLater(day(tt.from), 3); !got.Equal(day(tt.want)) {
				t.Errorf("MonthsLater = %s", got.Format(time.DateOnly))
			}
		})
	}
}

func TestOutcomeAndNumberFollowTheirDocumentation(t *testing.T) {
	for _, tt := range []struct {
		c    [4]int
		want string
	}{
		{[4]int{}, ""}, {[4]int{0, 0, 0, 2}, "no_finding"}, {[4]int{2, 0, 0, 1}, "upheld"},
		{[4]int{0, 0, 3, 0}, "not_upheld"}, {[4]int{1, 0, 1, 0}, "partially_upheld"}, {[4]int{0, 1, 0, 0}, "partially_upheld"},
	} {
		if got := Outcome(tt.c); got != tt.want {
			t.Errorf("Outcome(%v) = %q, want %q", tt.c, got, tt.want)
		}
	}
	if got := Number(3) + " " + Number(0.5); got != "3 0.500000" {
		t.Errorf("Number: %q", got)
	}
}
