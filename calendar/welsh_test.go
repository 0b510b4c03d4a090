package calendar

// Welsh holiday names (issue 14): every Welsh string comes from GOV.UK's
// Welsh list, calendar/data/gwyliau-banc-cymru-a-lloegr.json, whose source
// and date of reading the file itself records.

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// welshFixture is the Welsh record decoded here, independently of the
// calendar's parser.
type welshFixture struct {
	Source    string `json:"source"`
	Retrieved string `json:"retrieved"`
	Division  string `json:"division"`
	Events    []struct {
		Date  string `json:"date"`
		Title string `json:"title"`
		Notes string `json:"notes"`
	} `json:"events"`
}

func loadWelshFixture(t *testing.T) welshFixture {
	t.Helper()
	raw, err := os.ReadFile(welshFixturePath)
	if err != nil {
		t.Fatal(err)
	}
	var fx welshFixture
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatal(err)
	}
	return fx
}

func TestWelshFixtureListsTheSameDatesAsTheEnglish(t *testing.T) {
	cy := loadWelshFixture(t)
	en := loadFixture(t)
	byYear := func(dates []string) map[string][]string {
		m := map[string][]string{}
		for _, d := range dates {
			m[d[:4]] = append(m[d[:4]], d)
		}
		return m
	}
	var cyDates, enDates []string
	for _, e := range cy.Events {
		cyDates = append(cyDates, e.Date)
	}
	for _, e := range en.Events {
		enDates = append(enDates, e.Date)
	}
	cyYears, enYears := byYear(cyDates), byYear(enDates)

	t.Run("the Welsh fixture says where and when it was read, and is GOV.UK's cymru-a-lloegr division", func(t *testing.T) {
		if !strings.Contains(cy.Source, "https://www.gov.uk/gwyliau-banc.json") || !strings.Contains(cy.Source, "alphagov/frontend") {
			t.Errorf("source %q does not name GOV.UK's Welsh feed and where it was read", cy.Source)
		}
		if _, err := ParseDate(cy.Retrieved); err != nil {
			t.Errorf("retrieved %q: %v", cy.Retrieved, err)
		}
		if cy.Division != "cymru-a-lloegr" {
			t.Errorf("division %q, want cymru-a-lloegr", cy.Division)
		}
	})
	t.Run("the Welsh fixture runs to the English fixture's last year", func(t *testing.T) {
		if got, want := cyDates[len(cyDates)-1][:4], enDates[len(enDates)-1][:4]; got != want {
			t.Errorf("Welsh last year %s, English %s", got, want)
		}
	})
	firstYear, _ := strconv.Atoi(cyDates[0][:4])
	lastYear, _ := strconv.Atoi(cyDates[len(cyDates)-1][:4])
	for year := firstYear; year <= lastYear; year++ {
		y := strconv.Itoa(year)
		t.Run("in "+y+" the Welsh fixture lists exactly the English fixture's dates", func(t *testing.T) {
			if diff := cmp.Diff(enYears[y], cyYears[y]); diff != "" {
				t.Errorf("(-English +Welsh):\n%s", diff)
			}
		})
	}
	t.Run("every Welsh title is given, and a substitute day is noted Diwrnod amgen where the English says Substitute day", func(t *testing.T) {
		enNotes := map[string]string{}
		for _, e := range en.Events {
			enNotes[e.Date] = e.Notes
		}
		for _, e := range cy.Events {
			if strings.TrimSpace(e.Title) == "" {
				t.Errorf("%s has no Welsh title", e.Date)
			}
			if (enNotes[e.Date] == "Substitute day") != (e.Notes == "Diwrnod amgen") {
				t.Errorf("%s: English notes %q, Welsh notes %q", e.Date, enNotes[e.Date], e.Notes)
			}
		}
	})
}

func TestWelshName(t *testing.T) {
	closed, err := Wales().WithClosures("council", Holiday{Date: ymd(2024, time.December, 27), Name: "Council closed"})
	if err != nil {
		t.Fatal(err)
	}
	type answer struct {
		Name string
		OK   bool
	}
	tests := []struct {
		name string
		c    *Calendar
		d    Date
		want answer
	}{
		{"New Year's Day, Tue 1 Jan 2019, the first day of the Welsh list, is Dydd Calan", nil, ymd(2019, time.January, 1), answer{"Dydd Calan", true}},
		{"Good Friday, 29 Mar 2024, is Gwener y Groglith", nil, ymd(2024, time.March, 29), answer{"Gwener y Groglith", true}},
		{"Easter Monday, 1 Apr 2024, is Llun y Pasg", nil, ymd(2024, time.April, 1), answer{"Llun y Pasg", true}},
		{"Boxing Day, Thu 26 Dec 2024, is Dydd San Steffan", nil, ymd(2024, time.December, 26), answer{"Dydd San Steffan", true}},
		{"the summer bank holiday, 25 Aug 2025, is Gŵyl banc yr haf", nil, ymd(2025, time.August, 25), answer{"Gŵyl banc yr haf", true}},
		{"a substitute day, Tue 27 Dec 2022, is GOV.UK's title with (diwrnod amgen)", nil, ymd(2022, time.December, 27), answer{"Dydd Nadolig (diwrnod amgen)", true}},
		{"the moved early May bank holiday, Fri 8 May 2020, has GOV.UK's own title", nil, ymd(2020, time.May, 8), answer{"Gŵyl banc dechrau Mai (diwrnod VE)", true}},
		{"the State Funeral, Mon 19 Sep 2022, has GOV.UK's Welsh title", nil, ymd(2022, time.September, 19), answer{"Gŵyl y Banc ar gyfer Angladd Gwladol y Frenhines Elizabeth II", true}},
		{"the coronation holiday, Mon 8 May 2023, has GOV.UK's Welsh title", nil, ymd(2023, time.May, 8), answer{"Gŵyl y banc ar gyfer coroni Brenin Siarl III", true}},
		{"Christmas Day on Sun 25 Dec 2022, not in GOV.UK's list, takes the standing title Dydd Nadolig", nil, ymd(2022, time.December, 25), answer{"Dydd Nadolig", true}},
		{"projected New Year's Day, Mon 1 Jan 2029, takes the standing title Dydd Calan", nil, ymd(2029, time.January, 1), answer{"Dydd Calan", true}},
		{"projected early May bank holiday, Mon 6 May 2030, takes the standing title", nil, ymd(2030, time.May, 6), answer{"Gŵyl banc dechrau Mai", true}},
		{"projected Christmas substitute day, Mon 27 Dec 2032, takes the standing title", nil, ymd(2032, time.December, 27), answer{"Dydd Nadolig (diwrnod amgen)", true}},
		{"projected Boxing Day substitute day, Tue 28 Dec 2032, takes the standing title", nil, ymd(2032, time.December, 28), answer{"Dydd San Steffan (diwrnod amgen)", true}},
		{"Christmas Day 2018, before the Welsh list, has no Welsh name", nil, ymd(2018, time.December, 25), answer{}},
		{"the summer bank holiday of 2014 has no Welsh name", nil, ymd(2014, time.August, 25), answer{}},
		{"the 1999 millennium holiday has no Welsh name", nil, ymd(1999, time.December, 31), answer{}},
		{"a working day, Mon 2 Jun 2025, has none", nil, ymd(2025, time.June, 2), answer{}},
		{"a plain Saturday has none", nil, ymd(2025, time.June, 7), answer{}},
		{"a date outside the range has none", nil, ymd(1973, time.December, 25), answer{}},
		{"an invalid date has none", nil, ymd(2025, time.February, 30), answer{}},
		{"a council's closure has none", closed, ymd(2024, time.December, 27), answer{}},
		{"a derived calendar keeps the statutory days' Welsh names", closed, ymd(2024, time.December, 26), answer{"Dydd San Steffan", true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.c
			if c == nil {
				c = Wales()
			}
			name, ok := c.WelshName(tc.d)
			if diff := cmp.Diff(tc.want, answer{name, ok}); diff != "" {
				t.Errorf("WelshName(%v) (-want +got):\n%s", tc.d, diff)
			}
		})
	}
}

func TestWelshNamesAreNeverInvented(t *testing.T) {
	// Every Welsh name given, for any day of the range, is one GOV.UK's
	// Welsh list gives (its title, with its notes in brackets in lower
	// case), and every day of that list has its own.
	fx := loadWelshFixture(t)
	sourced := map[string]bool{}
	listed := map[Date]string{}
	for _, e := range fx.Events {
		name := e.Title
		if e.Notes != "" {
			name += " (" + strings.ToLower(e.Notes) + ")"
		}
		sourced[name] = true
		d, err := ParseDate(e.Date)
		if err != nil {
			t.Fatal(err)
		}
		listed[d] = name
	}
	c := Wales()
	first, last := c.Range()
	hols, err := c.Holidays(first, last)
	if err != nil {
		t.Fatal(err)
	}
	given := 0
	for _, h := range hols {
		name, ok := c.WelshName(h.Date)
		if want, inList := listed[h.Date]; inList && (!ok || name != want) {
			t.Errorf("%v (%s): WelshName = %q, %v; GOV.UK's Welsh list has %q", h.Date, h.Name, name, ok, want)
		}
		if ok && !sourced[name] {
			t.Errorf("%v (%s): Welsh name %q is not in GOV.UK's Welsh list", h.Date, h.Name, name)
		}
		if ok && h.Date.Year < 2019 {
			t.Errorf("%v (%s): Welsh name %q before the Welsh list", h.Date, h.Name, name)
		}
		if ok {
			given++
		}
	}
	if given <= len(listed) {
		t.Errorf("%d Welsh names given for %d days of the Welsh list: the standing names are not projected", given, len(listed))
	}
}

func TestAWelshTitleThatChangesIsNotProjected(t *testing.T) {
	// A standing title is projected only when the Welsh list gives it the
	// same way in every year: give Good Friday 2024 another title in a
	// copy of the list, and projected Good Fridays lose their Welsh name
	// while the listed ones keep theirs.
	english, welsh := recordFiles(t)
	edited := editRecord(t, welsh, func(f *recordFile) {
		for i := range f.Events {
			if f.Events[i].Date == ymd(2024, time.March, 29) {
				f.Events[i].Title = "Dydd Gwener y Groglith"
			}
		}
	})
	rec, err := parseRecord(english, edited)
	if err != nil {
		t.Fatal(err)
	}
	c := buildWales(walesSource{defs: walesRules(), rec: rec})
	w := newWelshNames(rec, c)
	type got struct {
		Standing2029 string
		Projected    bool
		Listed2024   string
		EasterMonday string
	}
	gf2029 := ymd(2029, time.March, 30)
	h, _ := c.holidayAt(gf2029)
	name, projected := w.standing[h.Name]
	want := got{"", false, "Dydd Gwener y Groglith", "Llun y Pasg"}
	if diff := cmp.Diff(want, got{name, projected, w.byDate[ymd(2024, time.March, 29)].welsh, w.standing["Easter Monday"]}); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if empty := newWelshNames(&record{}, c); len(empty.byDate) != 0 || len(empty.standing) != 0 {
		t.Errorf("an empty Welsh list gives names: %+v", empty)
	}
}
