package calendar

import "time"

// A ListedHoliday is a weekday that is not a working day, as a list of the
// holidays of a period shows it.
type ListedHoliday struct {
	Holiday
	Weekday string `json:"weekday"` // e.g. "Monday"
	// Provisional reports that the day is in a year after LastOfficialYear,
	// projected from the standing rules.
	Provisional bool `json:"provisional"`
}

// WeekdayHolidays returns the holidays from first to last, inclusive, that
// fall on a weekday (those a working-day count skips beyond the weekends),
// in date order; the list is empty, never nil, when there are none. The
// error is that of Holidays.
func (c *Calendar) WeekdayHolidays(first, last Date) ([]ListedHoliday, error) {
	hols, err := c.Holidays(first, last)
	if err != nil {
		return nil, err
	}
	out := []ListedHoliday{}
	for _, h := range hols {
		wd := h.Date.Weekday()
		if wd == time.Saturday || wd == time.Sunday {
			continue
		}
		out = append(out, ListedHoliday{Holiday: h, Weekday: wd.String(), Provisional: c.IsProvisional(h.Date)})
	}
	return out, nil
}
