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
	// The day and the year written digit by digit, not with strconv: a
	// schedule's sentences name some 30 dates (BenchmarkLibraryShare).
	b = append(b, d.Weekday().String()[:3]...)
	b = append(b, ' ')
	if d.Day >= 10 {
		b = append(b, byte('0'+d.Day/10))
	}
	b = append(b, byte('0'+d.Day%10), ' ')
	b = append(b, d.Month.String()[:3]...)
	b = append(b, ' ')
	if d.Year < 1000 {
		return strconv.AppendInt(b, int64(d.Year), 10)
	}
	y := d.Year // valid: at most 9999
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
}
