package calendar_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
)

func TestListingRangeFillsABoundNotGivenWithTheCalendarYear(t *testing.T) {
	d := calendar.NewDate
	today := d(2026, time.December, 2)
	none := calendar.Date{}
	tests := []struct {
		name        string
		from, to    calendar.Date
		first, last calendar.Date
	}{
		{"no bound is the year of today", none, none, d(2026, time.January, 1), d(2026, time.December, 31)},
		{"a first day alone runs to the end of its year", d(2022, time.September, 1), none, d(2022, time.September, 1), d(2022, time.December, 31)},
		{"a last day alone runs from the start of its year", none, d(2014, time.August, 27), d(2014, time.January, 1), d(2014, time.August, 27)},
		{"both bounds are kept", d(2022, time.September, 1), d(2023, time.March, 31), d(2022, time.September, 1), d(2023, time.March, 31)},
		{"bounds in the wrong order are kept for the caller to refuse", d(2022, time.September, 1), d(2022, time.August, 1), d(2022, time.September, 1), d(2022, time.August, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, last := calendar.ListingRange(tt.from, tt.to, today)
			require.Equal(t, tt.first, first)
			require.Equal(t, tt.last, last)
		})
	}
}
