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

// ListingRange returns the range of a listing of days a person asked for
// from from to to, either of which may be the zero Date (not given): a
// bound not given is the first or the last day of the calendar year of the
// other bound, or of the year of today when neither is given. The
// reference command-line tool lists the holidays so (complaints holidays
// --from --to), and the example service its /v1/holidays. The range is
// not checked: last may be before first.
func ListingRange(from, to, today Date) (first, last Date) {
	year := today.Year
	switch {
	case !from.IsZero():
		year = from.Year
	case !to.IsZero():
		year = to.Year
	}
	first, last = from, to
	if first.IsZero() {
		first = NewDate(year, time.January, 1)
	}
	if last.IsZero() {
		last = NewDate(year, time.December, 31)
	}
	return first, last
}
