package calendar

import "sync"

// welshNames holds what WelshName reads, all of it from the embedded Welsh
// record (GOV.UK's gwyliau-banc.json, division cymru-a-lloegr).
type welshNames struct {
	// byDate maps each day of the Welsh record to its Welsh name and the
	// English name of the statutory calendar's holiday on that day.
	byDate map[Date]welshName
	// standing maps the English name of a holiday to its Welsh name, for
	// every name the record gives the same Welsh name in every year it
	// occurs, in at least two years.
	standing map[string]string
	first    int // the first year of the Welsh record
}

type welshName struct{ english, welsh string }

// newWelshNames pairs the Welsh record rec.welsh with the holidays of c,
// the calendar built from rec.
func newWelshNames(rec *record, c *Calendar) *welshNames {
	w := &welshNames{byDate: make(map[Date]welshName, len(rec.welsh)), standing: map[string]string{}}
	if len(rec.welsh) == 0 {
		return w
	}
	w.first = rec.welsh[0].Date.Year
	names := map[string]map[string]bool{} // English name -> Welsh names
	years := map[string]int{}
	for _, e := range rec.welsh {
		h, ok := c.holidayAt(e.Date)
		if !ok {
			continue
		}
		cy := displayName(e.Title, e.Notes)
		w.byDate[e.Date] = welshName{english: h.Name, welsh: cy}
		if names[h.Name] == nil {
			names[h.Name] = map[string]bool{}
		}
		names[h.Name][cy] = true
		years[h.Name]++
	}
	for en, cys := range names {
		if len(cys) == 1 && years[en] >= 2 {
			for cy := range cys {
				w.standing[en] = cy
			}
		}
	}
	return w
}

var welsh = sync.OnceValue(func() *welshNames { return newWelshNames(embedded, Wales()) })

// WelshName returns the Welsh name of the holiday on d as GOV.UK publishes
// it in its Welsh list of bank holidays (https://www.gov.uk/gwyliau-banc.json,
// division cymru-a-lloegr), and whether there is one: for example "Dydd
// Calan", "Gwener y Groglith", "Llun y Pasg", "Dydd San Steffan" or, for a
// substitute day, "Dydd Nadolig (diwrnod amgen)", GOV.UK's title followed by
// its notes in brackets.
//
// The Welsh list is embedded beside the English one and runs over the
// years GOV.UK now publishes in Welsh (from 2019). A holiday the Welsh list
// does not name has a Welsh name only when it is a standing holiday (such as
// "Easter Monday" or "Christmas Day (substitute day)") whose Welsh name the
// list shows to be the same in every year it occurs: then that name is
// given in later, provisional years, and to Christmas Day and Boxing Day at
// a weekend. A Welsh name is never invented: ok is false for a day that is
// not a holiday, a date outside the calendar, a year before the Welsh list,
// a one-off the list does not name, a day added from a holiday file (see
// WalesWith) and a local closure.
func (c *Calendar) WelshName(d Date) (name string, ok bool) {
	h, ok := c.holidayAt(d)
	if !ok || h.Source != "" || h.Kind == LocalClosure {
		return "", false
	}
	w := welsh()
	if e, ok := w.byDate[d]; ok {
		if e.english == h.Name {
			return e.welsh, true
		}
		return "", false
	}
	if d.Year < w.first {
		return "", false
	}
	name, ok = w.standing[h.Name]
	return name, ok
}

// holidayAt returns the holiday on d and whether there is one; an invalid
// date or one outside the calendar's range has none.
func (c *Calendar) holidayAt(d Date) (Holiday, bool) {
	h, ok, err := c.Holiday(d)
	return h, ok && err == nil
}
