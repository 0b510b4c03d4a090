package page

import (
	"html/template"
	"strconv"
	"strings"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/timescale"
)

// A month is one month of the drawing of a count: a grid of weeks,
// Monday first.
type month struct {
	Caption  template.HTML
	Weekdays []weekdayHead
	Weeks    [][]day
}

// A weekdayHead heads a column of a month.
type weekdayHead struct {
	Abbr  template.HTML
	Title string // the full name, as text
}

// A day is one cell of a month. Class is start (the day counted from),
// counted, skipped or empty (a day before or after the count, or of
// another month), with due added for the due date.
type day struct {
	Date    string // YYYY-MM-DD; "" for a cell of no day
	Day     int
	Class   string
	Number  int           // for a counted day, its number: 1..N
	Say     template.HTML // what the cell means, for a screen reader
	Reason  template.HTML // why a skipped day is not counted
	IsDue   bool
	IsStart bool
}

// maxMonths bounds the months drawn for one count.
const maxMonths = 3

// months draws the count of the explanation x: every month from the day
// counted from to the due date.
func months(wd words, cal *calendar.Calendar, x timescale.Explanation) []month {
	skipped := make(map[calendar.Date]calendar.NonWorkingDay, len(x.Skipped))
	for _, s := range x.Skipped {
		skipped[s.Date] = s
	}
	numbers := map[calendar.Date]int{}
	n := 0
	for d := x.From.AddDays(1); !d.After(x.Due); d = d.AddDays(1) {
		if _, ok := skipped[d]; !ok {
			n++
			numbers[d] = n
		}
	}
	heads := weekdayHeads(wd)
	ph := phrases{
		start:   wd.say("page.key-start", "the day counted from (not counted)"),
		skipped: wd.say("page.key-skipped", "not a working day, not counted") + ": ",
		counted: wd.say("page.key-counted", "a working day counted, with its number") + ": ",
		due:     "; " + wd.say("page.key-due", "the due date"),
	}
	var out []month
	for first := calendar.NewDate(x.From.Year, x.From.Month, 1); !first.After(x.Due) && len(out) < maxMonths; first = nextMonth(first) {
		m := month{
			Caption:  wd.pair(lang.Month(lang.Welsh, first.Month)+" "+strconv.Itoa(first.Year), first.Month.String()+" "+strconv.Itoa(first.Year)),
			Weekdays: heads,
		}
		lead := (int(first.Weekday()) + 6) % 7 // Monday first
		week := make([]day, lead)
		for d := first; d.Month == first.Month; d = d.AddDays(1) {
			week = append(week, cell(wd, cal, x, d, skipped, numbers, &ph))
			if len(week) == 7 {
				m.Weeks = append(m.Weeks, week)
				week = nil
			}
		}
		if len(week) > 0 {
			week = append(week, make([]day, 7-len(week))...)
			m.Weeks = append(m.Weeks, week)
		}
		out = append(out, m)
	}
	return out
}

func nextMonth(d calendar.Date) calendar.Date {
	if d.Month == time.December {
		return calendar.NewDate(d.Year+1, time.January, 1)
	}
	return calendar.NewDate(d.Year, d.Month+1, 1)
}

// phrases are what the cells of a count say, written once a count.
type phrases struct {
	start, skipped, counted, due template.HTML
}

// cell returns the cell of the day d.
func cell(wd words, cal *calendar.Calendar, x timescale.Explanation, d calendar.Date, skipped map[calendar.Date]calendar.NonWorkingDay, numbers map[calendar.Date]int, ph *phrases) day {
	c := day{Date: d.String(), Day: d.Day, Class: "out"}
	switch {
	case d == x.From:
		c.Class, c.IsStart = "start", true
		c.Say = ph.start
	case d.After(x.From) && !d.After(x.Due):
		if s, ok := skipped[d]; ok {
			c.Class = "skipped"
			c.Reason = reason(wd, cal, s)
			c.Say = ph.skipped + c.Reason
		} else {
			c.Class, c.Number = "counted", numbers[d]
			c.Say = ph.counted + template.HTML(strconv.Itoa(c.Number))
		}
	}
	if d == x.Due {
		c.IsDue = true
		c.Class += " due"
		c.Say += ph.due
	}
	return c
}

// weekdayHeads returns the heads of the columns, Monday first: in English
// abbreviated, with the full name for a screen reader; in Welsh in full,
// as no source gives Welsh abbreviations.
func weekdayHeads(wd words) []weekdayHead {
	out := make([]weekdayHead, 7)
	for i := range out {
		wday := time.Weekday((i + 1) % 7)
		full := wd.pair(lang.Weekday(lang.Welsh, wday), wday.String())
		abbr := full
		if wd.t == lang.English {
			abbr = template.HTML(wday.String()[:3])
		}
		out[i] = weekdayHead{Abbr: abbr, Title: plain(full)}
	}
	return out
}

// html returns the month as a table. The grid is written here rather than
// by the page's template: its cells hold only this package's own HTML,
// dates and figures, and a template takes longer over them than the rest
// of the page.
func (m month) html() template.HTML {
	var b strings.Builder
	b.Grow(4096)
	b.WriteString(`<table class="month">` + "\n<caption>")
	b.WriteString(string(m.Caption))
	b.WriteString("</caption>\n<thead><tr>")
	for _, h := range m.Weekdays {
		b.WriteString(`<th scope="col"><abbr title="`)
		b.WriteString(template.HTMLEscapeString(h.Title))
		b.WriteString(`">`)
		b.WriteString(string(h.Abbr))
		b.WriteString(`</abbr></th>`)
	}
	b.WriteString("</tr></thead>\n<tbody>")
	for _, week := range m.Weeks {
		b.WriteString("<tr>")
		for _, c := range week {
			if c.Date == "" {
				b.WriteString("<td></td>")
				continue
			}
			b.WriteString(`<td class="`)
			b.WriteString(c.Class)
			b.WriteString(`" data-date="`)
			b.WriteString(c.Date)
			b.WriteString(`">`)
			if c.IsStart {
				b.WriteString(`<span class="s" aria-hidden="true">&#9654;</span>`)
			}
			if c.Number > 0 {
				b.WriteString(`<span class="c" aria-hidden="true">`)
				b.WriteString(strconv.Itoa(c.Number))
				b.WriteString(`</span>`)
			}
			b.WriteString(`<span class="d">`)
			b.WriteString(strconv.Itoa(c.Day))
			b.WriteString(`</span><span class="vh">: `)
			b.WriteString(string(c.Say))
			b.WriteString(`</span></td>`)
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
	return template.HTML(b.String())
}
