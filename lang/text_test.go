package lang

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// TestDatesAreWrittenAsTheirSourcesWriteThem checks each form of a Welsh
// date against the date its source prints: the form is the source's, not
// one made up from the names.
func TestDatesAreWrittenAsTheirSourcesWriteThem(t *testing.T) {
	tests := []struct {
		name  string
		key   string
		date  calendar.Date
		write func(Tag, calendar.Date) string
	}{
		{"Conwy's notice of Thursday 9 January 2020 is written Dydd Iau 9 Ionawr 2020", "form.weekday-date", calendar.NewDate(2020, time.January, 9), WeekdayDate},
		{"GOV.UK's update of 12 December 2023 is written 12 Rhagfyr 2023", "form.date", calendar.NewDate(2023, time.December, 12), Date},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := Lookup(tt.key)
			if !ok {
				t.Fatalf("no entry %s", tt.key)
			}
			if got := tt.write(Welsh, tt.date); got != e.Welsh {
				t.Errorf("got %q, want the source's %q", got, e.Welsh)
			}
		})
	}
}

func TestDates(t *testing.T) {
	aug5 := calendar.NewDate(2014, time.August, 5)
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"a date with its weekday in English is the text output's short form", WeekdayDate(English, aug5), "Tue 5 Aug 2014"},
		{"a date with its weekday in Welsh is written in full, as the issue's example", WeekdayDate(Welsh, aug5), "Dydd Mawrth 5 Awst 2014"},
		{"a bilingual date is the Welsh, then the English", WeekdayDate(WelshEnglish, aug5), "Dydd Mawrth 5 Awst 2014 / Tue 5 Aug 2014"},
		{"the zero tag writes English", WeekdayDate("", aug5), "Tue 5 Aug 2014"},
		{"a date in English names its month in full", Date(English, aug5), "5 August 2014"},
		{"a date in Welsh", Date(Welsh, calendar.NewDate(2014, time.April, 1)), "1 Ebrill 2014"},
		{"an invalid date is written as it is, in Welsh too", WeekdayDate(Welsh, calendar.Date{Year: 2014, Month: 2, Day: 30}), "2014-02-30"},
		{"an invalid date without its weekday likewise", Date(Welsh, calendar.Date{Year: 2014, Month: 2, Day: 30}), "2014-02-30"},
		{"a weekday out of range is written as Go writes it", Weekday(Welsh, time.Weekday(9)), "%!Weekday(9)"},
		{"a month out of range is written as Go writes it", Month(Welsh, time.Month(13)), "%!Month(13)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestEveryDayAndMonthHasItsWelshName(t *testing.T) {
	days := []string{"Dydd Sul", "Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn"}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if got := Weekday(Welsh, wd); got != days[wd] {
			t.Errorf("Weekday(cy, %v) = %q, want %q", wd, got, days[wd])
		}
		if got := Weekday(English, wd); got != wd.String() {
			t.Errorf("Weekday(en, %v) = %q", wd, got)
		}
	}
	months := []string{"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"}
	for m := time.January; m <= time.December; m++ {
		if got := Month(Welsh, m); got != months[m-1] {
			t.Errorf("Month(cy, %v) = %q, want %q", m, got, months[m-1])
		}
		if got := Month(English, m); got != m.String() {
			t.Errorf("Month(en, %v) = %q", m, got)
		}
	}
}

// TestWorkingDaysPerNumber proves the Welsh of every number of working days
// the rules use, each from a source that writes that number: the noun after
// the number changes with it, so no number borrows another's form.
func TestWorkingDaysPerNumber(t *testing.T) {
	tests := []struct {
		name string
		n    int
		want string
	}{
		{"1 working day (workdays add 1) has no source and stays English", 1, "[en: 1 working day]"},
		{"2 working days (acknowledgement, reg 15(2)) as HMCTS writes them: 2 ddiwrnod gwaith", 2, "2 ddiwrnod gwaith"},
		{"5 working days (written resolution, reg 16(5)) as SI 2005/3366 reg 26(3) writes them: 5 niwrnod gwaith", 5, "5 niwrnod gwaith"},
		{"10 working days (discussion, reg 16(3)) as Conwy's social services complaints page writes them: 10 diwrnod gwaith", 10, "10 diwrnod gwaith"},
		{"17 working days (the stage 1 benchmark) have no source and stay English", 17, "[en: 17 working days]"},
		{"20 working days (the 2005 panel steps) as the Ombudsman writes them: 20 diwrnod gwaith", 20, "20 diwrnod gwaith"},
		{"25 working days (stage 2 response) as Conwy's social services complaints page writes them: 25 diwrnod gwaith", 25, "25 diwrnod gwaith"},
		{"a number no rule uses has no source and stays English", 3, "[en: 3 working days]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WorkingDays(Welsh, tt.n)
			if got != tt.want {
				t.Fatalf("WorkingDays(cy, %d) = %q, want %q", tt.n, got, tt.want)
			}
			if e, ok := Lookup("working-days." + strconv.Itoa(tt.n)); ok && e.Translated() && !strings.Contains(e.Quote, got) {
				t.Errorf("the source's words %q do not hold %q", e.Quote, got)
			}
			en := WorkingDays(English, tt.n)
			if want := strconv.Itoa(tt.n) + " working days"; tt.n != 1 && en != want || tt.n == 1 && en != "1 working day" {
				t.Errorf("WorkingDays(en, %d) = %q", tt.n, en)
			}
		})
	}
}

func TestSay(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"English output is the caller's English", Say(English, "column.status", "STATUS"), "STATUS"},
		{"Welsh output is the entry's Welsh", Say(Welsh, "column.status", "STATUS"), "Statws"},
		{"bilingual output is Welsh / English", Say(WelshEnglish, "column.status", "STATUS"), "Statws / STATUS"},
		{"Welsh output of an entry with no Welsh is the English marked", Say(Welsh, "column.milestone", "MILESTONE"), "[en: MILESTONE]"},
		{"Welsh output of a key not in the catalogue is the English marked", Say(Welsh, "status.a-new-status", "a-new-status"), "[en: a-new-status]"},
		{"bilingual output of an entry with no Welsh is the English once", Say(WelshEnglish, "column.milestone", "MILESTONE"), "MILESTONE"},
		{"a sentence with no Welsh is the English sentence marked, with its values", Sayf(Welsh, "holidays.none", "No weekday from 2014-08-02 to 2014-08-03 is a holiday.", "2014-08-02", "2014-08-03"), "[en: No weekday from 2014-08-02 to 2014-08-03 is a holiday.]"},
		{"a sentence in English is the caller's sentence", Sayf(English, "holidays.none", "No weekday …", "a", "b"), "No weekday …"},
		{"the kind of a day in Welsh is GOV.UK's", Kind(Welsh, calendar.BankHoliday), "Gŵyl y banc"},
		{"a substitute day in Welsh is GOV.UK's", Kind(Welsh, calendar.SubstituteDay), "diwrnod amgen"},
		{"a common-law holiday has no source", Kind(Welsh, calendar.CommonLawHoliday), "[en: common-law holiday]"},
		{"the kind of a day in English is its Display", Kind(English, calendar.SubstituteDay), "substitute day"},
		{"the 2014 regulations have their Welsh title", Title(Welsh, "The Social Services Complaints Procedure (Wales) Regulations 2014"), "Rheoliadau Gweithdrefn Gwynion y Gwasanaethau Cymdeithasol (Cymru) 2014"},
		{"an instrument not in the catalogue keeps its English title, marked", Title(Welsh, "The Local Authority Social Services Complaints (England) Regulations 2009"), "[en: The Local Authority Social Services Complaints (England) Regulations 2009]"},
		{"a title in English is the English", Title(English, "The Social Services Complaints Procedure (Wales) Regulations 2014"), "The Social Services Complaints Procedure (Wales) Regulations 2014"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestSayfFillsTheValuesOfAWelshSentence(t *testing.T) {
	defer func(saved []Entry, idx map[string]int) { catalogue, byKey = saved, idx }(catalogue, byKey)
	catalogue = append(Catalogue(), Entry{Key: "test.sentence", English: "{1} of {2}", Welsh: "{2}: {1} y {10}"})
	byKey = map[string]int{"test.sentence": len(catalogue) - 1}
	args := []string{"a", "b", "", "", "", "", "", "", "", "j"}
	if got := Sayf(Welsh, "test.sentence", "a of b", args...); got != "b: a y j" {
		t.Errorf("Sayf(cy) = %q", got)
	}
	if got := Sayf(WelshEnglish, "test.sentence", "a of b", "a", "b"); got != "b: a y {10} / a of b" {
		t.Errorf("Sayf(cy+en) = %q", got)
	}
}

func TestHolidayName(t *testing.T) {
	c := calendar.Wales()
	holiday := func(d calendar.Date) calendar.Holiday {
		h, ok, err := c.Holiday(d)
		if !ok || err != nil {
			t.Fatalf("%s is not a holiday: %v", d, err)
		}
		return h
	}
	tests := []struct {
		name string
		tag  Tag
		date calendar.Date
		want string
	}{
		{"the State Funeral of 2022 has GOV.UK's Welsh name", Welsh, calendar.NewDate(2022, time.September, 19), "Gŵyl y Banc ar gyfer Angladd Gwladol y Frenhines Elizabeth II"},
		{"a substitute day has GOV.UK's Welsh name with its note", Welsh, calendar.NewDate(2020, time.December, 28), "Dydd San Steffan (diwrnod amgen)"},
		{"the summer bank holiday of 2029, after the Welsh list, has its standing Welsh name", Welsh, calendar.NewDate(2029, time.August, 27), "Gŵyl banc yr haf"},
		{"the summer bank holiday of 2014, before the Welsh list, stays English", Welsh, calendar.NewDate(2014, time.August, 25), "[en: Summer bank holiday]"},
		{"the royal wedding of 2011 has no Welsh name and stays English", Welsh, calendar.NewDate(2011, time.April, 29), "[en: Royal wedding (Prince William and Catherine Middleton)]"},
		{"a bilingual name is the Welsh, then the English", WelshEnglish, calendar.NewDate(2022, time.September, 19), "Gŵyl y Banc ar gyfer Angladd Gwladol y Frenhines Elizabeth II / State Funeral of Queen Elizabeth II"},
		{"an English name is the calendar's", English, calendar.NewDate(2014, time.August, 25), "Summer bank holiday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HolidayName(tt.tag, c, holiday(tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestName(t *testing.T) {
	tests := []struct {
		name           string
		tag            Tag
		welsh, english string
		want           string
	}{
		{"in English a name is its English", English, "Llun y Pasg", "Easter Monday", "Easter Monday"},
		{"in Welsh a name is its Welsh", Welsh, "Llun y Pasg", "Easter Monday", "Llun y Pasg"},
		{"in Welsh a name no source gives in Welsh is its English marked", Welsh, "", "Royal wedding", "[en: Royal wedding]"},
		{"in Welsh and English a name is the Welsh, then the English", WelshEnglish, "Llun y Pasg", "Easter Monday", "Llun y Pasg / Easter Monday"},
		{"in Welsh and English a name no source gives in Welsh is its English alone", WelshEnglish, "", "Royal wedding", "Royal wedding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Name(tt.tag, tt.welsh, tt.english); got != tt.want {
				t.Errorf("Name(%s, %q, %q) = %q, want %q", tt.tag, tt.welsh, tt.english, got, tt.want)
			}
		})
	}
}

func TestMessage(t *testing.T) {
	notADate := problem.Problem{Code: problem.NotADate, Field: "received", Message: `"1/8/14" is not a date: want YYYY-MM-DD`}
	outOfRange := problem.Problem{Code: problem.DateOutOfRange, Field: "received", Message: "2100-01-01 is after 2099-12-31"}
	tests := []struct {
		name string
		tag  Tag
		p    problem.Problem
		want string
	}{
		{"in English a problem is its message", English, notADate, notADate.Message},
		{"in Welsh a sourced code is the service's Welsh, then the detail in English, marked", Welsh, notADate, `Rhowch ddyddiad dilys [en: "1/8/14" is not a date: want YYYY-MM-DD]`},
		{"bilingually a sourced code is the Welsh, then the English message", WelshEnglish, notADate, `Rhowch ddyddiad dilys / "1/8/14" is not a date: want YYYY-MM-DD`},
		{"in Welsh a code with no source is the English message, marked", Welsh, outOfRange, "[en: 2100-01-01 is after 2099-12-31]"},
		{"bilingually a code with no source is the English message once", WelshEnglish, outOfRange, "2100-01-01 is after 2099-12-31"},
		{"in Welsh a sourced code with no message is the Welsh alone", Welsh, problem.Problem{Code: problem.NotAYear}, "Rhowch flwyddyn ddilys"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Message(tt.tag, tt.p); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestEveryProblemEntryIsACode checks that each problem message of the
// catalogue is keyed by a code of package problem.
func TestEveryProblemEntryIsACode(t *testing.T) {
	for _, e := range catalogue {
		if code, ok := strings.CutPrefix(e.Key, "problem."); ok {
			if _, ok := problem.Lookup(problem.Code(code)); !ok {
				t.Errorf("%s: %q is not a problem code", e.Key, code)
			}
		}
	}
}

func TestWrite(t *testing.T) {
	doc := func(w *bytes.Buffer) func(Tag) error {
		return func(l Tag) error { w.WriteString(Say(l, "column.status", "Status") + "\n"); return nil }
	}
	tests := []struct {
		name string
		tag  Tag
		want string
	}{
		{"English is written once", English, "Status\n"},
		{"Welsh is written once", Welsh, "Statws\n"},
		{"bilingual output is the Welsh, the separator, then the English", WelshEnglish, "Statws\n\n---\n\nStatus\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, tt.tag, doc(&b)); err != nil || b.String() != tt.want {
				t.Errorf("Write = %q, %v; want %q", b.String(), err, tt.want)
			}
		})
	}
}

func TestWriteReturnsTheFirstError(t *testing.T) {
	boom := errors.New("boom")
	calls := 0
	err := Write(&bytes.Buffer{}, WelshEnglish, func(Tag) error { calls++; return boom })
	if !errors.Is(err, boom) || calls != 1 {
		t.Errorf("Write = %v after %d calls, want boom after 1", err, calls)
	}
	err = Write(failingWriter{}, WelshEnglish, func(Tag) error { return nil })
	if !errors.Is(err, errFull) {
		t.Errorf("Write to a full writer = %v, want its error", err)
	}
}

var errFull = errors.New("full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errFull }

func TestMarkLines(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"each line is marked", "a\nb\n", "[en: a]\n[en: b]\n"},
		{"blank lines stay blank", "a\n\n  \nb", "[en: a]\n\n  \n[en: b]"},
		{"nothing is nothing", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MarkLines(tt.in); got != tt.want {
				t.Errorf("MarkLines(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWriteUntranslated(t *testing.T) {
	doc := func(w io.Writer) error { _, err := io.WriteString(w, "3 deadlines move.\n\nSee below.\n"); return err }
	tests := []struct {
		name string
		tag  Tag
		want string
	}{
		{"English is the document as it is written", English, "3 deadlines move.\n\nSee below.\n"},
		{"Welsh is the English with each line that is not blank marked", Welsh, "[en: 3 deadlines move.]\n\n[en: See below.]\n"},
		{"bilingual output is the marked English, the separator, then the English", WelshEnglish,
			"[en: 3 deadlines move.]\n\n[en: See below.]\n\n---\n\n3 deadlines move.\n\nSee below.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteUntranslated(&b, tt.tag, doc); err != nil || b.String() != tt.want {
				t.Errorf("WriteUntranslated(%s) = %q, %v; want %q", tt.tag, b.String(), err, tt.want)
			}
		})
	}
}

func TestWriteUntranslatedReturnsTheFirstError(t *testing.T) {
	boom := errors.New("boom")
	for _, tag := range Tags() {
		t.Run("the error of the document in "+string(tag)+" is returned", func(t *testing.T) {
			var b bytes.Buffer
			err := WriteUntranslated(&b, tag, func(io.Writer) error { return boom })
			if !errors.Is(err, boom) || b.Len() != 0 {
				t.Errorf("WriteUntranslated = %v, wrote %q; want boom and nothing written", err, b.String())
			}
		})
	}
	for _, tag := range Tags() {
		t.Run("the error of a full writer in "+string(tag)+" is returned", func(t *testing.T) {
			err := WriteUntranslated(failingWriter{}, tag, func(w io.Writer) error { _, err := io.WriteString(w, "a\n"); return err })
			if !errors.Is(err, errFull) {
				t.Errorf("WriteUntranslated to a full writer = %v, want its error", err)
			}
		})
	}
}
