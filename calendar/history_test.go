package calendar_test

// An independent check of the statutory Wales calendar before 2012, the years
// GOV.UK's published list does not cover.
//
// testdata/bank-holidays-1974-2011.csv lists every England-and-Wales bank
// holiday from 1974 to 2011, with Good Friday and Christmas Day (the
// common-law holidays the working-day definition names) and Boxing Day when it
// falls on a Sunday (named by the definition, though Schedule 1 does not make
// it a bank holiday). Each row carries the authority for the day and the
// source that was read for it. The rows are produced by historyRules below,
// which computes the standing days itself (Easter by the Gregorian computus,
// the last Monday of May and August, the Christmas rules of Schedule 1 to the
// Banking and Financial Dealings Act 1971) and adds the moves and one-offs
// from the sources read; it uses neither package calendar's holiday rules nor
// github.com/rickar/cal. The tests check the file against those rules, then
// the calendar against the file, date by date and both ways.
//
// To regenerate the file after changing the rules or a source:
//
//	go test ./calendar -run TestHistoryTableIsTheRulesAsRead -update-history

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/calendar"
)

var updateHistory = flag.Bool("update-history", false, "rewrite "+historyPath+" from the rules in history_test.go")

const (
	historyPath  = "testdata/bank-holidays-1974-2011.csv"
	historyFirst = 1974
	historyLast  = 2011
)

// The authorities a row may rest on, from firmest to weakest.
const (
	histAuthStatute      = "statute"      // Schedule 1 to the 1971 Act, text read
	histAuthRegulation   = "regulation"   // named in the working-day definition, text read
	histAuthProclamation = "proclamation" // the royal proclamation itself, read in The Gazette
	histAuthParliament   = "parliament"   // the Government's announcement in Hansard, read; the proclamation was not
	histAuthPress        = "press"        // a press report of the announcement, read; the proclamation was not
	histAuthPractice     = "practice"     // that year's proclamation was not read; the day follows the practice the source shows
)

// The kinds of day in the table.
const (
	histKindBank      = "bank-holiday"       // a bank holiday under the 1971 Act (Schedule 1 or proclamation)
	histKindCommonLaw = "common-law-holiday" // Good Friday or Christmas Day
	histKindNamed     = "named-day"          // Boxing Day on a Sunday: named by the definition, not a bank holiday
)

// Sources read (stored copies, read 2026-12-02). LAW.md lists them with what
// each settles and leaves open.
const (
	srcSchedule1  = "BFDA 1971 s.1(1), Sch 1 para 1 http://legislation.data.gov.uk/ukpga/1971/80/schedule/1/paragraph/1/data.xht"
	srcNamedDays  = "SI 2014/1794 reg 2 https://legislation.gov.uk/wsi/2014/1794/regulation/2/made?view=plain; SI 2005/3366 reg 2 (Welsh text) http://www.legislation.gov.uk/wsi/2005/3366/regulation/2/made/welsh"
	srcProc1998   = "Proclamation of 24 Jun 1998 under BFDA 1971 s.1(3) https://www.thegazette.co.uk/notice/L-55182-5SI"
	srcNewYear    = "Practical Law dictionary, bank holiday https://ak2.bloat.cat/definition?url=https%3A%2F%2Flaw.academic.ru%2F4316%2Fbank_holiday"
	srcNewYear74  = "IanVisits, 1 Jan 2014 https://www.ianvisits.co.uk/articles/40th-anniversary-of-new-years-day-as-a-bank-holiday-10187/"
	srcEarlyMay78 = "HL Deb 9 May 1978 https://api.parliament.uk/historic-hansard/lords/1978/may/09/may-day-public-holiday"
	srcEarlyMay   = "HC Deb 8 May 1981 c147W https://api.parliament.uk/historic-hansard/written-answers/1981/may/08/may-day-bank-holiday"
	srcVEDay1995  = "HC Deb 2 Mar 1995 c709W https://api.parliament.uk/historic-hansard/written_answers/1995/mar/02/public-holidays"
	srcJubilee77  = "HC Deb 19 Jan 1977 cc191-3W https://api.parliament.uk/historic-hansard/written-answers/1977/jan/19/queens-silver-jubilee"
	srcWedding81  = "The Independent, 18 Nov 2010 http://independent.co.uk/news/uk/politics/hint-of-extra-holiday-for-royal-wedding-2137863.html"
	srcMillennium = "Sunday Times, 17 Apr 1998 (mirror) http://y2klibrary.tripod.com/1412.htm"
	srcJubilee02  = "BBC News, 24 Nov 2000 http://news.bbc.co.uk/2/hi/uk_news/1038809.stm"
	srcWedding11  = "Evening Herald, Nov 2010 https://www.independent.ie/regionals/herald/british-workers-get-the-day-off-for-royal-wedding/27967417.html"
)

// A historyRow is one line of the table.
type historyRow struct {
	Date      calendar.Date
	Class     string // new-year, good-friday, easter-monday, early-may, spring, summer, christmas, boxing, or a one-off
	Title     string
	Kind      string // histKindBank, histKindCommonLaw or histKindNamed
	InLieu    bool   // given in place of a holiday that falls at a weekend
	Authority string
	Source    string
}

// historyNameWords are the words a calendar holiday's name must contain, in any
// case, to belong to each class.
var historyNameWords = map[string][]string{
	"new-year":       {"new year"},
	"good-friday":    {"good friday"},
	"easter-monday":  {"easter monday"},
	"early-may":      {"may"},
	"spring":         {"spring"},
	"summer":         {"summer"},
	"christmas":      {"christmas"},
	"boxing":         {"boxing"},
	"silver-jubilee": {"silver jubilee"},
	"royal-wedding":  {"wedding"},
	"millennium":     {"millennium"},
	"golden-jubilee": {"golden jubilee"},
}

// A historyEvent is a move or a one-off: its own test row, named as a
// sentence, and for a move the regular day it vacated.
type historyEvent struct {
	Row     historyRow
	Story   string         // the test row's name
	Vacated *calendar.Date // a move: the regular day, which became a working day
}

func hdate(y int, m time.Month, d int) calendar.Date { return calendar.NewDate(y, m, d) }

func hdatePtr(d calendar.Date) *calendar.Date { return &d }

// historyEvents are the moves and one-offs of 1974-2011, and the first New
// Year's Day and early May holidays.
func historyEvents() []historyEvent {
	return []historyEvent{
		{
			Row:   historyRow{Date: hdate(1974, time.January, 1), Class: "new-year", Title: "New Year's Day", Kind: histKindBank, Authority: histAuthPress, Source: srcNewYear74},
			Story: "1974-01-01: New Year's Day was a bank holiday in England and Wales for the first time, by proclamation",
		},
		{
			Row:     historyRow{Date: hdate(1977, time.June, 6), Class: "spring", Title: "Spring bank holiday (moved for the Silver Jubilee)", Kind: histKindBank, Authority: histAuthParliament, Source: srcJubilee77},
			Story:   "1977-06-06: the Spring bank holiday was moved by proclamation from Monday 30 May to Monday 6 June for the Silver Jubilee",
			Vacated: hdatePtr(hdate(1977, time.May, 30)),
		},
		{
			Row:   historyRow{Date: hdate(1977, time.June, 7), Class: "silver-jubilee", Title: "Silver Jubilee of Queen Elizabeth II", Kind: histKindBank, Authority: histAuthParliament, Source: srcJubilee77},
			Story: "1977-06-07: the Silver Jubilee of Queen Elizabeth II was a bank holiday by proclamation",
		},
		{
			Row:   historyRow{Date: hdate(1978, time.May, 1), Class: "early-may", Title: "Early May bank holiday (the first)", Kind: histKindBank, Authority: histAuthParliament, Source: srcEarlyMay78},
			Story: "1978-05-01: the first early May bank holiday, by proclamation",
		},
		{
			Row:   historyRow{Date: hdate(1981, time.July, 29), Class: "royal-wedding", Title: "Wedding of the Prince of Wales and Lady Diana Spencer", Kind: histKindBank, Authority: histAuthPress, Source: srcWedding81},
			Story: "1981-07-29: the wedding of the Prince of Wales and Lady Diana Spencer was a bank holiday by proclamation",
		},
		{
			Row:     historyRow{Date: hdate(1995, time.May, 8), Class: "early-may", Title: "Early May bank holiday (moved for the 50th anniversary of VE Day)", Kind: histKindBank, Authority: histAuthParliament, Source: srcVEDay1995},
			Story:   "1995-05-08: the early May bank holiday was moved by proclamation from Monday 1 May to Monday 8 May for the 50th anniversary of VE Day",
			Vacated: hdatePtr(hdate(1995, time.May, 1)),
		},
		{
			Row:   historyRow{Date: hdate(1999, time.December, 31), Class: "millennium", Title: "Millennium bank holiday", Kind: histKindBank, Authority: histAuthPress, Source: srcMillennium},
			Story: "1999-12-31: Friday 31 December 1999 was a bank holiday for the millennium by proclamation",
		},
		{
			Row:   historyRow{Date: hdate(2002, time.June, 3), Class: "golden-jubilee", Title: "Golden Jubilee of Queen Elizabeth II", Kind: histKindBank, Authority: histAuthPress, Source: srcJubilee02},
			Story: "2002-06-03: the Golden Jubilee of Queen Elizabeth II was a bank holiday by proclamation",
		},
		{
			Row:     historyRow{Date: hdate(2002, time.June, 4), Class: "spring", Title: "Spring bank holiday (moved for the Golden Jubilee)", Kind: histKindBank, Authority: histAuthPress, Source: srcJubilee02},
			Story:   "2002-06-04: the Spring bank holiday was moved by proclamation from Monday 27 May to Tuesday 4 June for the Golden Jubilee",
			Vacated: hdatePtr(hdate(2002, time.May, 27)),
		},
		{
			Row:   historyRow{Date: hdate(2011, time.April, 29), Class: "royal-wedding", Title: "Wedding of Prince William and Catherine Middleton", Kind: histKindBank, Authority: histAuthPress, Source: srcWedding11},
			Story: "2011-04-29: the wedding of Prince William and Catherine Middleton was a bank holiday by proclamation",
		},
	}
}

// noonUTC returns the time.Time at noon UTC of a date, for weekday arithmetic
// that does not depend on package calendar.
func noonUTC(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

func hdateOf(t time.Time) calendar.Date {
	y, m, d := t.Date()
	return calendar.NewDate(y, m, d)
}

// historyEaster returns Easter Sunday of a Gregorian year by the anonymous
// (Meeus/Jones/Butcher) computus.
func historyEaster(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return noonUTC(y, time.Month(month), day)
}

// historyLastMonday returns the last Monday of a month.
func historyLastMonday(y int, m time.Month) time.Time {
	t := noonUTC(y, m+1, 1).AddDate(0, 0, -1)
	for t.Weekday() != time.Monday {
		t = t.AddDate(0, 0, -1)
	}
	return t
}

// historyFirstMonday returns the first Monday of a month.
func historyFirstMonday(y int, m time.Month) time.Time {
	t := noonUTC(y, m, 1)
	for t.Weekday() != time.Monday {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

// historyRules returns the table as the rules and sources read give it, in
// date order: the standing days of Schedule 1, the common-law holidays, the
// days proclaimed every year (New Year's Day from 1974, early May from 1978,
// the Monday after a Christmas at the end of a week) and the moves and
// one-offs of historyEvents.
func historyRules() []historyRow {
	events := map[calendar.Date]historyEvent{}
	vacated := map[calendar.Date]bool{}
	for _, ev := range historyEvents() {
		events[ev.Row.Date] = ev
		if ev.Vacated != nil {
			vacated[*ev.Vacated] = true
		}
	}
	var rows []historyRow
	add := func(r historyRow) {
		if vacated[r.Date] {
			return // moved by proclamation; the event gives the new day
		}
		if ev, ok := events[r.Date]; ok {
			r = ev.Row // the event's source is the more specific one
		}
		rows = append(rows, r)
	}
	for y := historyFirst; y <= historyLast; y++ {
		// New Year's Day: proclaimed every year from 1974 (s.1(3)); when
		// 1 January is a Saturday or a Sunday the proclamation appoints the
		// Monday after.
		ny, inLieu := noonUTC(y, time.January, 1), false
		for ny.Weekday() == time.Saturday || ny.Weekday() == time.Sunday {
			ny, inLieu = ny.AddDate(0, 0, 1), true
		}
		nyRow := historyRow{Date: hdateOf(ny), Class: "new-year", Title: "New Year's Day", Kind: histKindBank, InLieu: inLieu, Authority: histAuthPractice, Source: srcNewYear}
		switch y {
		case 1999:
			nyRow.Authority, nyRow.Source = histAuthProclamation, srcProc1998
		case 2000:
			nyRow.Authority, nyRow.Source = histAuthPress, srcMillennium
		}
		if inLieu {
			nyRow.Title = "New Year's Day (substitute day)"
		}
		add(nyRow)

		easter := historyEaster(y)
		add(historyRow{Date: hdateOf(easter.AddDate(0, 0, -2)), Class: "good-friday", Title: "Good Friday", Kind: histKindCommonLaw, Authority: histAuthRegulation, Source: srcNamedDays})
		add(historyRow{Date: hdateOf(easter.AddDate(0, 0, 1)), Class: "easter-monday", Title: "Easter Monday", Kind: histKindBank, Authority: histAuthStatute, Source: srcSchedule1 + " (Easter Monday)"})

		// Early May: proclaimed every year from 1978, the first Monday in May.
		if y >= 1978 {
			em := historyRow{Date: hdateOf(historyFirstMonday(y, time.May)), Class: "early-may", Title: "Early May bank holiday", Kind: histKindBank, Authority: histAuthPractice, Source: srcEarlyMay}
			if y == 1999 {
				em.Authority, em.Source = histAuthProclamation, srcProc1998
			}
			add(em)
		}
		add(historyRow{Date: hdateOf(historyLastMonday(y, time.May)), Class: "spring", Title: "Spring bank holiday", Kind: histKindBank, Authority: histAuthStatute, Source: srcSchedule1 + " (the last Monday in May)"})
		add(historyRow{Date: hdateOf(historyLastMonday(y, time.August)), Class: "summer", Title: "Summer bank holiday", Kind: histKindBank, Authority: histAuthStatute, Source: srcSchedule1 + " (the last Monday in August)"})

		for _, r := range historyChristmas(y) {
			add(r)
		}
	}
	for _, ev := range historyEvents() {
		if !historyContains(rows, ev.Row.Date) {
			rows = append(rows, ev.Row)
		}
	}
	historySort(rows)
	return rows
}

// historyChristmas returns the Christmas days of a year. Schedule 1 makes
// 26 December a bank holiday unless it is a Sunday, and 27 December a bank
// holiday when 25 or 26 December is a Sunday; Christmas Day is a common-law
// holiday. When Christmas Day is a Saturday (Boxing Day a Sunday) or a
// Friday (Boxing Day a Saturday), Tuesday 28 or Monday 28 December is
// proclaimed as well.
func historyChristmas(y int) []historyRow {
	xmas := noonUTC(y, time.December, 25)
	day := func(d int) calendar.Date { return hdate(y, time.December, d) }
	rows := []historyRow{{Date: day(25), Class: "christmas", Title: "Christmas Day", Kind: histKindCommonLaw, Authority: histAuthRegulation, Source: srcNamedDays}}
	boxing := historyRow{Date: day(26), Class: "boxing", Title: "Boxing Day", Kind: histKindBank, Authority: histAuthStatute, Source: srcSchedule1 + " (26 December, not a Sunday)"}
	twentySeventh := srcSchedule1 + " (27 December, 25 or 26 December a Sunday)"
	proclaimed28 := historyRow{Date: day(28), Class: "boxing", Title: "Boxing Day (substitute day)", Kind: histKindBank, InLieu: true, Authority: histAuthPractice}
	switch xmas.Weekday() {
	case time.Friday:
		// Boxing Day on a Saturday is itself a bank holiday; Monday 28 is
		// proclaimed.
		proclaimed28.Source = srcProc1998
		if y == 1998 {
			proclaimed28.Authority = histAuthProclamation
		}
		rows = append(rows, boxing, proclaimed28)
	case time.Saturday:
		// Boxing Day on a Sunday is not a bank holiday; Monday 27 is one by
		// Schedule 1; Tuesday 28 is proclaimed.
		rows = append(rows,
			historyRow{Date: day(26), Class: "boxing", Title: "Boxing Day (a Sunday, not a bank holiday)", Kind: histKindNamed, Authority: histAuthRegulation, Source: srcNamedDays + "; " + srcSchedule1 + " (26 December only if not a Sunday)"},
			historyRow{Date: day(27), Class: "christmas", Title: "Christmas Day (substitute day)", Kind: histKindBank, InLieu: true, Authority: histAuthStatute, Source: twentySeventh},
		)
		proclaimed28.Source = srcMillennium
		if y == 1999 {
			proclaimed28.Authority = histAuthPress
		}
		rows = append(rows, proclaimed28)
	case time.Sunday:
		// Monday 26 and Tuesday 27 are both bank holidays by Schedule 1.
		rows = append(rows, boxing, historyRow{Date: day(27), Class: "christmas", Title: "Christmas Day (substitute day)", Kind: histKindBank, InLieu: true, Authority: histAuthStatute, Source: twentySeventh})
	default:
		rows = append(rows, boxing)
	}
	return rows
}

func historyContains(rows []historyRow, d calendar.Date) bool {
	for _, r := range rows {
		if r.Date == d {
			return true
		}
	}
	return false
}

func historySort(rows []historyRow) {
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && rows[j].Date.Before(rows[j-1].Date); j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
}

var historyHeader = []string{"date", "weekday", "class", "title", "kind", "in_lieu", "authority", "source"}

const historyPreamble = `# England-and-Wales bank holidays, with Good Friday and Christmas Day, 1974-2011.
# Generated by calendar/history_test.go (go test ./calendar -run TestHistoryTableIsTheRulesAsRead -update-history).
# Sources are stored copies read 2026-12-02; LAW.md lists what each settles and leaves open.
# kind: bank-holiday (1971 Act, Schedule 1 or proclamation); common-law-holiday (Good Friday, Christmas Day);
#   named-day (Boxing Day on a Sunday: named by the working-day definitions, not a bank holiday).
# in_lieu: yes when the day is given in place of a holiday that falls at a weekend.
# authority: statute | regulation (text read) | proclamation (Gazette text read) | parliament (Hansard read,
#   proclamation not read) | press (report read, proclamation not read) | practice (that year's proclamation
#   not read; the day follows the practice the source shows).
`

func historyYesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func writeHistory(rows []historyRow) error {
	var b strings.Builder
	b.WriteString(historyPreamble)
	w := csv.NewWriter(&b)
	if err := w.Write(historyHeader); err != nil {
		return err
	}
	for _, r := range rows {
		rec := []string{r.Date.String(), noonUTC(r.Date.Year, r.Date.Month, r.Date.Day).Weekday().String()[:3], r.Class, r.Title, r.Kind, historyYesNo(r.InLieu), r.Authority, r.Source}
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return os.WriteFile(filepath.FromSlash(historyPath), []byte(b.String()), 0o644)
}

// readHistory reads the table, checking each line's form.
func readHistory(t *testing.T) []historyRow {
	t.Helper()
	f, err := os.Open(filepath.FromSlash(historyPath))
	if err != nil {
		t.Fatalf("opening the history table: %v", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = len(historyHeader)
	header, err := r.Read()
	if err != nil {
		t.Fatalf("%s: reading the header: %v", historyPath, err)
	}
	if diff := cmp.Diff(historyHeader, header); diff != "" {
		t.Fatalf("%s: header mismatch (-want +got):\n%s", historyPath, diff)
	}
	var rows []historyRow
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", historyPath, err)
		}
		line, _ := r.FieldPos(0)
		tm, err := time.Parse("2006-01-02", rec[0])
		if err != nil {
			t.Fatalf("%s:%d: date %q: %v", historyPath, line, rec[0], err)
		}
		if got := tm.Weekday().String()[:3]; got != rec[1] {
			t.Errorf("%s:%d: %s is a %s, the table says %s", historyPath, line, rec[0], got, rec[1])
		}
		if rec[5] != "yes" && rec[5] != "no" {
			t.Errorf("%s:%d: in_lieu %q is neither yes nor no", historyPath, line, rec[5])
		}
		rows = append(rows, historyRow{
			Date: hdateOf(tm), Class: rec[2], Title: rec[3], Kind: rec[4], InLieu: rec[5] == "yes", Authority: rec[6], Source: rec[7],
		})
	}
	return rows
}

func TestHistoryTableIsTheRulesAsRead(t *testing.T) {
	want := historyRules()
	if *updateHistory {
		if err := writeHistory(want); err != nil {
			t.Fatalf("writing %s: %v", historyPath, err)
		}
	}
	got := readHistory(t)

	t.Run("the table is exactly what the standing rules, the proclamations and the moves give, row by row", func(t *testing.T) {
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s differs from historyRules (-rules +file); regenerate with -update-history after checking the sources:\n%s", historyPath, diff)
		}
	})

	t.Run("every row has a class, a kind, an authority and a source, and no date is listed twice", func(t *testing.T) {
		kinds := map[string]bool{histKindBank: true, histKindCommonLaw: true, histKindNamed: true}
		auths := map[string]bool{histAuthStatute: true, histAuthRegulation: true, histAuthProclamation: true, histAuthParliament: true, histAuthPress: true, histAuthPractice: true}
		seen := map[calendar.Date]bool{}
		for _, r := range got {
			if _, ok := historyNameWords[r.Class]; !ok {
				t.Errorf("%v: unknown class %q", r.Date, r.Class)
			}
			if !kinds[r.Kind] {
				t.Errorf("%v: unknown kind %q", r.Date, r.Kind)
			}
			if !auths[r.Authority] {
				t.Errorf("%v: unknown authority %q", r.Date, r.Authority)
			}
			if !strings.Contains(r.Source, "http") {
				t.Errorf("%v: source %q names no address that was read", r.Date, r.Source)
			}
			if seen[r.Date] {
				t.Errorf("%v is listed twice", r.Date)
			}
			seen[r.Date] = true
		}
	})

	t.Run("the table runs from 1 January 1974 to 27 December 2011", func(t *testing.T) {
		if len(got) == 0 {
			t.Fatal("the table is empty")
		}
		type span struct{ First, Last calendar.Date }
		want := span{hdate(1974, time.January, 1), hdate(2011, time.December, 27)}
		if diff := cmp.Diff(want, span{got[0].Date, got[len(got)-1].Date}); diff != "" {
			t.Errorf("first and last rows (-want +got):\n%s", diff)
		}
	})

	// Spot checks of the computus and the Schedule 1 rules against dates
	// worked out by hand, so that a wrong rule cannot hide behind a
	// regenerated table.
	byDate := map[calendar.Date]historyRow{}
	for _, r := range want {
		byDate[r.Date] = r
	}
	spot := []struct {
		name  string
		date  calendar.Date
		class string
	}{
		{"Easter 1974 was 14 April: Good Friday 12 April", hdate(1974, time.April, 12), "good-friday"},
		{"Easter 1974 was 14 April: Easter Monday 15 April", hdate(1974, time.April, 15), "easter-monday"},
		{"Easter 1981 was 19 April: Easter Monday 20 April", hdate(1981, time.April, 20), "easter-monday"},
		{"Easter 2008 was 23 March, the earliest of the period: Good Friday 21 March", hdate(2008, time.March, 21), "good-friday"},
		{"Easter 2011 was 24 April, the latest of the period: Easter Monday 25 April", hdate(2011, time.April, 25), "easter-monday"},
		{"the last Monday in August 1980 was 25 August", hdate(1980, time.August, 25), "summer"},
		{"the last Monday in May 1988 was 30 May", hdate(1988, time.May, 30), "spring"},
		{"Christmas 1977 a Sunday: Tuesday 27 December by Schedule 1", hdate(1977, time.December, 27), "christmas"},
		{"Christmas 1982 a Saturday: Monday 27 December by Schedule 1", hdate(1982, time.December, 27), "christmas"},
		{"Christmas 1982 a Saturday: Tuesday 28 December proclaimed", hdate(1982, time.December, 28), "boxing"},
		{"Christmas 1998 a Friday: Saturday 26 December a bank holiday by Schedule 1", hdate(1998, time.December, 26), "boxing"},
		{"Christmas 1998 a Friday: Monday 28 December proclaimed", hdate(1998, time.December, 28), "boxing"},
		{"1 January 1977 a Saturday: Monday 3 January proclaimed", hdate(1977, time.January, 3), "new-year"},
		{"1 January 1978 a Sunday: Monday 2 January proclaimed", hdate(1978, time.January, 2), "new-year"},
	}
	for _, tc := range spot {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := byDate[tc.date]
			if !ok {
				t.Fatalf("the rules give no holiday on %v", tc.date)
			}
			if r.Class != tc.class {
				t.Errorf("%v: class %q, want %q", tc.date, r.Class, tc.class)
			}
		})
	}
}

// historyWantKind returns the calendar kind a row must have, and false for a row
// whose kind the calendar need not match (Boxing Day on a Sunday).
func historyWantKind(r historyRow) (calendar.Kind, bool) {
	switch {
	case r.Kind == histKindCommonLaw:
		return calendar.CommonLawHoliday, true
	case r.Kind == histKindBank && r.InLieu:
		return calendar.SubstituteDay, true
	case r.Kind == histKindBank:
		return calendar.BankHoliday, true
	}
	return 0, false
}

func historyInClass(class, name string) bool {
	name = strings.ToLower(name)
	for _, w := range historyNameWords[class] {
		if !strings.Contains(name, w) {
			return false
		}
	}
	return true
}

func historyRowName(r historyRow) string {
	var kind string
	switch {
	case r.Kind == histKindCommonLaw:
		kind = "a common-law holiday"
	case r.Kind == histKindBank && r.InLieu:
		kind = "a bank holiday in place of a weekend holiday"
	case r.Kind == histKindBank:
		kind = "a bank holiday"
	default:
		kind = "not a working day though no bank holiday"
	}
	read := map[string]string{
		histAuthStatute:      "Schedule 1 read",
		histAuthRegulation:   "working-day definition read",
		histAuthProclamation: "proclamation read",
		histAuthParliament:   "Hansard read, proclamation not read",
		histAuthPress:        "press report read, proclamation not read",
		histAuthPractice:     "that year's proclamation not read",
	}[r.Authority]
	wd := noonUTC(r.Date.Year, r.Date.Month, r.Date.Day).Weekday().String()[:3]
	return fmt.Sprintf("%v (%s): %s is %s (%s)", r.Date, wd, r.Title, kind, read)
}

// historyCheckRow checks that the calendar treats a table day as the table says.
func historyCheckRow(t *testing.T, c *calendar.Calendar, r historyRow) {
	t.Helper()
	works, err := c.IsWorkingDay(r.Date)
	if err != nil {
		t.Fatalf("IsWorkingDay(%v): %v", r.Date, err)
	}
	if works {
		t.Errorf("%v (%s) is a working day in the calendar", r.Date, r.Title)
	}
	h, ok, err := c.Holiday(r.Date)
	if err != nil {
		t.Fatalf("Holiday(%v): %v", r.Date, err)
	}
	kind, strict := historyWantKind(r)
	if !ok {
		if strict {
			t.Errorf("the calendar lists no holiday on %v, want %s", r.Date, r.Title)
		}
		return
	}
	if !historyInClass(r.Class, h.Name) {
		t.Errorf("the calendar names %v %q, want a name containing %q", r.Date, h.Name, historyNameWords[r.Class])
	}
	if strict && h.Kind != kind {
		t.Errorf("the calendar gives %v (%q) kind %v, want %v", r.Date, h.Name, h.Kind, kind)
	}
	if !strict && h.Kind == calendar.BankHoliday {
		// Reported, not failed: the day is a Sunday, so no count changes.
		t.Logf("the calendar labels %v %q a bank holiday; Schedule 1 makes 26 December one only when it is not a Sunday", r.Date, h.Name)
	}
}

func TestWalesAgreesWithHistoryTable(t *testing.T) {
	rows := readHistory(t)
	c := calendar.Wales()
	first, last := hdate(historyFirst, time.January, 1), hdate(historyLast, time.December, 31)

	stories := map[calendar.Date]historyEvent{}
	for _, ev := range historyEvents() {
		stories[ev.Row.Date] = ev
	}

	t.Run("each move and one-off", func(t *testing.T) {
		for _, ev := range historyEvents() {
			t.Run(ev.Story, func(t *testing.T) {
				r, ok := historyRowOn(rows, ev.Row.Date)
				if !ok {
					t.Fatalf("the table does not list %v", ev.Row.Date)
				}
				historyCheckRow(t, c, r)
				if ev.Vacated == nil {
					return
				}
				works, err := c.IsWorkingDay(*ev.Vacated)
				if err != nil {
					t.Fatalf("IsWorkingDay(%v): %v", *ev.Vacated, err)
				}
				if !works {
					t.Errorf("%v, the regular day the holiday left, is not a working day in the calendar", *ev.Vacated)
				}
			})
		}
	})

	t.Run("every table day is a non-working day of the right kind and name", func(t *testing.T) {
		for _, r := range rows {
			if _, ok := stories[r.Date]; ok {
				continue // tested above under its own name
			}
			t.Run(historyRowName(r), func(t *testing.T) { historyCheckRow(t, c, r) })
		}
	})

	t.Run("every holiday the calendar lists in 1974-2011, weekday or weekend, is in the table", func(t *testing.T) {
		hols, err := c.Holidays(first, last)
		if err != nil {
			t.Fatalf("Holidays(%v, %v): %v", first, last, err)
		}
		if len(hols) == 0 {
			t.Fatal("the calendar lists no holidays in 1974-2011")
		}
		for _, h := range hols {
			if _, ok := historyRowOn(rows, h.Date); !ok {
				t.Errorf("the calendar has %v %q (%v), which no source read makes a holiday", h.Date, h.Name, h.Kind)
			}
		}
	})

	t.Run("every day of 1974-2011 is a working day exactly when it is a weekday not in the table", func(t *testing.T) {
		listed := map[calendar.Date]bool{}
		for _, r := range rows {
			listed[r.Date] = true
		}
		n := 0
		for d := first; !d.After(last); d = d.AddDays(1) {
			wd := noonUTC(d.Year, d.Month, d.Day).Weekday()
			want := wd != time.Saturday && wd != time.Sunday && !listed[d]
			got, err := c.IsWorkingDay(d)
			if err != nil {
				t.Fatalf("IsWorkingDay(%v): %v", d, err)
			}
			if got != want {
				t.Errorf("IsWorkingDay(%v) = %v, the table and the weekends give %v", d, got, want)
			}
			n++
		}
		if n != 13879 {
			t.Errorf("walked %d days, want the 13879 days of 1974-2011", n)
		}
	})

	t.Run("no early May holiday before 1978: the first Mondays in May 1974-1977 were working days", func(t *testing.T) {
		for y := 1974; y <= 1977; y++ {
			d := hdateOf(historyFirstMonday(y, time.May))
			works, err := c.IsWorkingDay(d)
			if err != nil {
				t.Fatalf("IsWorkingDay(%v): %v", d, err)
			}
			if !works {
				t.Errorf("%v is not a working day in the calendar", d)
			}
		}
	})
}

func historyRowOn(rows []historyRow, d calendar.Date) (historyRow, bool) {
	for _, r := range rows {
		if r.Date == d {
			return r, true
		}
	}
	return historyRow{}, false
}
