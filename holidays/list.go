// Package holidays lists the weekdays of a period that are not working
// days in Wales (the bank holidays, Christmas Day, Boxing Day, Good Friday
// and their substitute days), as an office pins up or a program reads: a
// [List] made from a calendar with [New], written by [Write] in one of its
// [Formats], for people in English, Welsh or both (package lang), as CSV
// or as JSON.
//
// A List is a plain value: it holds the Welsh name of each day, read when
// it was made, so it reads back from its JSON and is written without the
// calendar it was made from.
package holidays

import (
	"github.com/cymru-complaints/statutory/calendar"
)

// A List is the list of the weekdays from From to To, both included, that
// are not working days.
type List struct {
	From calendar.Date `json:"from"`
	To   calendar.Date `json:"to"`
	// Days are the holidays from From to To that fall on a weekday, in date
	// order; a holiday at the weekend is not listed (its substitute day
	// is). The list is empty, never nil, when there are none.
	Days []Day `json:"days"`
	// Provisional reports that at least one of Days is provisional: in a
	// year after LastOfficialYear, projected from the standing rules.
	Provisional bool `json:"provisional"`
	// LastOfficialYear is the last year of the official list of the
	// calendar the List was made from ([calendar.Calendar.LastOfficialYear]).
	LastOfficialYear int `json:"last_official_year"`
}

// A Day is one day of a List.
type Day struct {
	calendar.ListedHoliday
	// WelshName is GOV.UK's Welsh name of the holiday
	// ([calendar.Calendar.WelshName]), or "" when no source gives one.
	WelshName string `json:"welsh_name,omitempty"`
}

// New returns the list of the weekdays from from to to, both included,
// that are not working days in the calendar c. The error is that of
// [calendar.Calendar.WeekdayHolidays]: a *calendar.RangeError when the
// period reaches past the calendar's range. [calendar.ListingRange] gives
// the period of a listing a person asked for with a bound left out.
func New(c *calendar.Calendar, from, to calendar.Date) (List, error) {
	rows, err := c.WeekdayHolidays(from, to)
	if err != nil {
		return List{}, err
	}
	l := List{From: from, To: to, Days: make([]Day, len(rows)), LastOfficialYear: c.LastOfficialYear()}
	for i, r := range rows {
		cy, _ := c.WelshName(r.Date)
		l.Days[i] = Day{ListedHoliday: r, WelshName: cy}
		l.Provisional = l.Provisional || r.Provisional
	}
	return l, nil
}
