package lang

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// Mark returns english marked as untranslated, for Welsh output:
// "[en: " + english + "]".
func Mark(english string) string { return "[en: " + english + "]" }

// Say returns the string of the catalogue entry key in t. english is the
// English the caller writes in English output, which may differ in case or
// form from the entry's English (a column heading in capitals):
//
//   - English (and the zero Tag): english;
//   - Welsh: the entry's Welsh, or english marked (Mark) when the entry has
//     none or there is no such entry;
//   - WelshEnglish: "Welsh / english", or english alone when the entry has
//     no Welsh.
func Say(t Tag, key, english string) string {
	if !t.hasWelsh() {
		return english
	}
	cy, ok := welshOf(key)
	return pick(t, cy, ok, english)
}

// Sayf is Say for a sentence with values: the Welsh of the entry has {1},
// {2}, ... where the values go, and args are the values written in Welsh
// (dates by WeekdayDate or Date, figures as they are). english is the
// whole sentence in English, with its values, as English output writes
// it.
func Sayf(t Tag, key, english string, args ...string) string {
	if !t.hasWelsh() {
		return english
	}
	cy, ok := welshOf(key)
	if ok {
		cy = fill(cy, args)
	}
	return pick(t, cy, ok, english)
}

// pick returns, for t, the Welsh cy when ok, or english.
func pick(t Tag, cy string, ok bool, english string) string {
	switch {
	case !t.hasWelsh():
		return english
	case !ok && t == Welsh:
		return Mark(english)
	case !ok:
		return english
	case t == Welsh:
		return cy
	}
	return cy + " / " + english
}

// fill replaces {1}, {2}, ... in s with args[0], args[1], ...; a
// placeholder with no argument is left as it is.
func fill(s string, args []string) string {
	for i := len(args); i >= 1; i-- { // {10} before {1}
		s = strings.ReplaceAll(s, "{"+strconv.Itoa(i)+"}", args[i-1])
	}
	return s
}

var dayKeys = [...]string{"day.sunday", "day.monday", "day.tuesday", "day.wednesday", "day.thursday", "day.friday", "day.saturday"}

var monthKeys = [...]string{"month.january", "month.february", "month.march", "month.april", "month.may", "month.june",
	"month.july", "month.august", "month.september", "month.october", "month.november", "month.december"}

// Weekday returns the name of the day in t: "Monday", "Dydd Llun".
func Weekday(t Tag, wd time.Weekday) string {
	if wd < time.Sunday || wd > time.Saturday {
		return wd.String()
	}
	return Say(t, dayKeys[wd], wd.String())
}

// Month returns the name of the month in t: "August", "Awst".
func Month(t Tag, m time.Month) string {
	if m < time.January || m > time.December {
		return m.String()
	}
	return Say(t, monthKeys[m-1], m.String())
}

// WeekdayDate returns d with its weekday as the module's text output
// writes it: in English "Tue 5 Aug 2014" (calendar.Date.Display), in Welsh
// "Dydd Mawrth 5 Awst 2014" (entry form.weekday-date; no source gives
// Welsh abbreviations, so the Welsh is in full). An invalid date is
// written as Date.String writes it, in every language.
func WeekdayDate(t Tag, d calendar.Date) string {
	switch {
	case !d.IsValid():
		return d.String()
	case !t.hasWelsh():
		return d.Display()
	}
	return pick(t, welshWeekdayDate(d), true, d.Display())
}

func welshWeekdayDate(d calendar.Date) string {
	return Weekday(Welsh, d.Weekday()) + " " + welshDate(d)
}

// Date returns d without its weekday: in English "5 August 2014", in Welsh
// "5 Awst 2014" (entry form.date). An invalid date is written as
// Date.String writes it, in every language.
func Date(t Tag, d calendar.Date) string {
	if !d.IsValid() {
		return d.String()
	}
	en := strconv.Itoa(d.Day) + " " + d.Month.String() + " " + strconv.Itoa(d.Year)
	if !t.hasWelsh() {
		return en
	}
	return pick(t, welshDate(d), true, en)
}

func welshDate(d calendar.Date) string {
	return strconv.Itoa(d.Day) + " " + Month(Welsh, d.Month) + " " + strconv.Itoa(d.Year)
}

// WorkingDays returns a number of working days in t: in English
// "1 working day", "17 working days"; in Welsh the form a source shows for
// that number (entries working-days.N: "2 ddiwrnod gwaith", "5 niwrnod
// gwaith", "10 diwrnod gwaith", ...), or the English marked for a number no
// source shows (1 and 17 among them).
func WorkingDays(t Tag, n int) string {
	en := strconv.Itoa(n) + " working days"
	if n == 1 {
		en = "1 working day"
	}
	return Say(t, "working-days."+strconv.Itoa(n), en)
}

// Kind returns the kind of a non-working day in words (the English of
// calendar.Kind.Display): "bank holiday" is "Gŵyl y banc", "substitute
// day" "diwrnod amgen".
func Kind(t Tag, k calendar.Kind) string {
	return Say(t, "kind."+k.String(), k.Display())
}

// HolidayName returns the name of the holiday h of calendar c in t: its
// English name, or the Welsh name GOV.UK publishes for it
// (calendar.Calendar.WelshName), or the English marked when there is none
// (a one-off before 2019, a day added from a holiday file).
func HolidayName(t Tag, c *calendar.Calendar, h calendar.Holiday) string {
	cy, _ := c.WelshName(h.Date)
	return Name(t, cy, h.Name)
}

// Name returns in t a name whose Welsh, welsh, was read in a source, such
// as GOV.UK's Welsh name of a holiday ([calendar.Calendar.WelshName]), or
// is "" when no source gives it: the English english; welsh, or english
// marked ([Mark]) when welsh is ""; or, in [WelshEnglish], "welsh /
// english", or english alone when welsh is "".
func Name(t Tag, welsh, english string) string {
	return pick(t, welsh, welsh != "", english)
}

// Title returns the title of an instrument, given in English as the
// regime table writes it ("The Social Services Complaints Procedure
// (Wales) Regulations 2014"), in t: the Welsh title when a source gives it
// (entries title.*), else the English marked.
func Title(t Tag, english string) string {
	return Say(t, titleKey(english), english)
}

// Message returns the message of problem p for people in t. In English it
// is p.Message. In Welsh it is the Welsh of the catalogue entry
// "problem."+p.Code, a service's message for the same problem, followed by
// p.Message marked, since p.Message names the value at fault; or p.Message
// marked alone when the code has no Welsh. In WelshEnglish it is
// "Welsh / p.Message", or p.Message.
func Message(t Tag, p problem.Problem) string {
	cy, ok := welshOf("problem." + string(p.Code))
	if !ok || p.Message == "" || t != Welsh {
		return pick(t, cy, ok, p.Message)
	}
	return cy + " " + Mark(p.Message)
}

// Separator is what Write writes between the Welsh and the English of
// bilingual output: a blank line, a line of three hyphens and a blank line,
// which Markdown reads as a thematic break.
const Separator = "\n---\n\n"

// Write writes a document in each language of t in turn, Welsh first, by
// calling write with each single language (English or Welsh), and writes
// Separator to w between them. It returns the first error of write or of
// writing the separator.
func Write(w io.Writer, t Tag, write func(Tag) error) error {
	for i, l := range t.Languages() {
		if i > 0 {
			if _, err := io.WriteString(w, Separator); err != nil {
				return err
			}
		}
		if err := write(l); err != nil {
			return err
		}
	}
	return nil
}

// MarkLines returns text with each of its lines that is not blank marked
// as untranslated (Mark), for the Welsh of an output the module does not
// yet write in Welsh.
func MarkLines(text string) string {
	lines := strings.SplitAfter(text, "\n")
	var b strings.Builder
	for _, l := range lines {
		body := strings.TrimSuffix(l, "\n")
		if strings.TrimSpace(body) == "" {
			b.WriteString(l)
			continue
		}
		b.WriteString(Mark(body))
		b.WriteString(l[len(body):])
	}
	return b.String()
}

// WriteUntranslated writes a document that the module does not yet write
// in Welsh, such as the list of the deadlines a new bank holiday moves, in
// the language t, as [Write] does: in [English] as write writes it to w; in
// [Welsh] the same English with each of its lines that is not blank marked
// as untranslated ([MarkLines]); in [WelshEnglish] that, then [Separator]
// and the English. It returns the first error of write or of w.
func WriteUntranslated(w io.Writer, t Tag, write func(io.Writer) error) error {
	return Write(w, t, func(l Tag) error {
		if l == English {
			return write(w)
		}
		var b strings.Builder
		if err := write(&b); err != nil {
			return err
		}
		_, err := io.WriteString(w, MarkLines(b.String()))
		return err
	})
}
