package calendar

import "strconv"

// AppendDisplay appends the text of [Date.Display] to b, e.g.
// "Fri 1 Aug 2014", and returns the extended buffer, as
// [strconv.AppendInt] does: a sentence naming many dates is built in one
// buffer, with no allocation per date.
func (d Date) AppendDisplay(b []byte) []byte {
	if !d.IsValid() {
		return d.appendISO(b)
	}
	b = append(b, d.Weekday().String()[:3]...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(d.Day), 10)
	b = append(b, ' ')
	b = append(b, d.Month.String()[:3]...)
	b = append(b, ' ')
	return strconv.AppendInt(b, int64(d.Year), 10)
}
