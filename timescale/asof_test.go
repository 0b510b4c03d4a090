package timescale_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

func TestOnDateIsTheDateGivenOrTodayRefusingTheFuture(t *testing.T) {
	today := d("2015-01-07")
	tests := []struct {
		name         string
		e            timescale.Engine
		asOf         calendar.Date
		wantDate     calendar.Date
		refuseFuture bool
	}{
		{"a date given is the date, with the events after it set aside", timescale.Engine{}, d("2014-12-31"), d("2014-12-31"), false},
		{"a date given after today is still the date", timescale.Engine{}, d("2015-06-01"), d("2015-06-01"), false},
		{"no date is today, refusing an event dated after it", timescale.Engine{}, calendar.Date{}, today, true},
		{"an engine that already refuses the future keeps refusing it", timescale.Engine{RefuseFuture: true}, d("2014-12-31"), d("2014-12-31"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.e.DeemNextWorkingDay, tt.e.Transition = true, timescale.Stage2ByRequestDate
			eng, asOf := tt.e.OnDate(tt.asOf, today)
			require.Equal(t, tt.wantDate, asOf)
			require.Equal(t, tt.refuseFuture, eng.RefuseFuture)
			require.True(t, eng.DeemNextWorkingDay, "the other settings are kept")
			require.Equal(t, timescale.Stage2ByRequestDate, eng.Transition, "the other settings are kept")
		})
	}
}

func TestOnDateDecidesWhatBecomesOfAnEventAfterTheDate(t *testing.T) {
	c := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: d("2015-01-05"), Acknowledged: d("2015-01-08")}
	today := d("2015-01-07")
	t.Run("with no date given, an acknowledgement dated tomorrow is a problem", func(t *testing.T) {
		eng, asOf := timescale.Engine{}.OnDate(calendar.Date{}, today)
		_, err := eng.Evaluate(c, asOf)
		require.Equal(t, problem.EventInTheFuture, problem.CodeOf(err))
	})
	t.Run("with today given, the same acknowledgement is set aside as not yet happened", func(t *testing.T) {
		eng, asOf := timescale.Engine{}.OnDate(today, today)
		a, err := eng.Evaluate(c, asOf)
		require.NoError(t, err)
		require.Equal(t, 1, a.SetAside)
	})
}
