package holidays_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/holidays"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
)

func date(y int, m time.Month, d int) calendar.Date { return calendar.NewDate(y, m, d) }

// day returns the Day of a list for the holiday of c on d.
func day(t *testing.T, c *calendar.Calendar, d calendar.Date, welsh string) holidays.Day {
	t.Helper()
	h, ok, err := c.Holiday(d)
	require.NoError(t, err)
	require.True(t, ok, "%s is a holiday", d)
	return holidays.Day{
		ListedHoliday: calendar.ListedHoliday{Holiday: h, Weekday: d.Weekday().String(), Provisional: c.IsProvisional(d)},
		WelshName:     welsh,
	}
}

func TestNewListsTheWeekdayHolidaysOfAPeriod(t *testing.T) {
	c := calendar.Wales()
	last := c.LastOfficialYear()
	// The summer bank holiday of the year after the official list is found,
	// not written: it is the last Monday of August.
	summer := date(last+1, time.August, 31)
	for summer.Weekday() != time.Monday {
		summer = summer.AddDays(-1)
	}
	tests := []struct {
		name     string
		from, to calendar.Date
		days     []calendar.Date
		welsh    []string
	}{
		{"Easter 2022 lists Good Friday and Easter Monday with GOV.UK's Welsh names",
			date(2022, time.April, 11), date(2022, time.April, 22),
			[]calendar.Date{date(2022, time.April, 15), date(2022, time.April, 18)}, []string{"Gwener y Groglith", "Llun y Pasg"}},
		{"Christmas 2021 at the weekend lists the substitute days, not the Saturday and Sunday",
			date(2021, time.December, 24), date(2021, time.December, 31),
			[]calendar.Date{date(2021, time.December, 27), date(2021, time.December, 28)}, []string{"Dydd Nadolig (diwrnod amgen)", "Dydd San Steffan (diwrnod amgen)"}},
		{"the royal wedding of 2011, before the Welsh list, has no Welsh name",
			date(2011, time.April, 29), date(2011, time.April, 29),
			[]calendar.Date{date(2011, time.April, 29)}, []string{""}},
		{"a week without a holiday lists no day",
			date(2014, time.January, 6), date(2014, time.January, 10), nil, nil},
		{"the summer bank holiday of the year after the official list is listed, provisional",
			date(last+1, time.August, 1), date(last+1, time.August, 31),
			[]calendar.Date{summer}, []string{"Gŵyl banc yr haf"}},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := holidays.New(c, tt.from, tt.to)
			require.NoError(t, err)
			want := holidays.List{From: tt.from, To: tt.to, Days: []holidays.Day{}, LastOfficialYear: last}
			for i, d := range tt.days {
				want.Days = append(want.Days, day(t, c, d, tt.welsh[i]))
				want.Provisional = want.Provisional || d.Year > last
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("New(%s, %s) (-want +got):\n%s", tt.from, tt.to, diff)
			}
		})
	}
}

func TestNewRefusesAPeriodOutsideTheCalendar(t *testing.T) {
	first, last := calendar.Wales().Range()
	tests := []struct {
		name     string
		from, to calendar.Date
	}{
		{"a period that begins before the calendar is refused", first.AddDays(-1), first.AddDays(10)},
		{"a period that ends after the calendar is refused", last.AddDays(-10), last.AddDays(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := holidays.New(calendar.Wales(), tt.from, tt.to)
			var re *calendar.RangeError
			require.ErrorAs(t, err, &re)
		})
	}
}

// easter2022 is the list of Easter 2022, made by hand: a List is a plain
// value.
var easter2022 = holidays.List{
	From: date(2022, time.April, 15), To: date(2022, time.April, 18), LastOfficialYear: 2028,
	Days: []holidays.Day{
		{ListedHoliday: calendar.ListedHoliday{Holiday: calendar.Holiday{Date: date(2022, time.April, 15), Name: "Good Friday", Kind: calendar.CommonLawHoliday}, Weekday: "Friday"}, WelshName: "Gwener y Groglith"},
		{ListedHoliday: calendar.ListedHoliday{Holiday: calendar.Holiday{Date: date(2022, time.April, 18), Name: "Easter Monday", Kind: calendar.BankHoliday}, Weekday: "Monday"}, WelshName: "Llun y Pasg"},
	},
}

// summer2029 is a provisional list of one day, and a day added from a
// holiday file with a name a spreadsheet would run.
var summer2029 = holidays.List{
	From: date(2029, time.August, 27), To: date(2029, time.August, 28), LastOfficialYear: 2028, Provisional: true,
	Days: []holidays.Day{
		{ListedHoliday: calendar.ListedHoliday{Holiday: calendar.Holiday{Date: date(2029, time.August, 27), Name: "Summer bank holiday", Kind: calendar.BankHoliday}, Weekday: "Monday", Provisional: true}, WelshName: "Gŵyl banc yr haf"},
		{ListedHoliday: calendar.ListedHoliday{Holiday: calendar.Holiday{Date: date(2029, time.August, 28), Name: "=Extra day", Kind: calendar.BankHoliday, Source: "extra.csv"}, Weekday: "Tuesday", Provisional: true}},
	},
}

var none2014 = holidays.List{From: date(2014, time.January, 2), To: date(2014, time.January, 3), Days: []holidays.Day{}, LastOfficialYear: 2028}

const provisionalFootnote = "provisional: holidays after 2028, the last year of the official list, are projected from the standing rules: a one-off bank holiday may still be proclaimed."

func TestWriteTextInWritesTheListForPeopleInEachLanguage(t *testing.T) {
	easterEN := "2022-04-15  Fri  Good Friday    (common-law holiday)\n" +
		"2022-04-18  Mon  Easter Monday  (bank holiday)\n"
	easterCY := "2022-04-15  Dydd Gwener  Gwener y Groglith  ([en: common-law holiday])\n" +
		"2022-04-18  Dydd Llun    Llun y Pasg        (Gŵyl y banc)\n"
	tests := []struct {
		name string
		list holidays.List
		tag  lang.Tag
		want string
	}{
		{"in English each day has its weekday abbreviated, its name and its kind", easter2022, lang.English, easterEN},
		{"in Welsh each day has its weekday in full and GOV.UK's Welsh name", easter2022, lang.Welsh, easterCY},
		{"in Welsh and English the Welsh list comes first, then the English", easter2022, lang.WelshEnglish, easterCY + lang.Separator + easterEN},
		{"a provisional day is marked, with a footnote saying why, and a name without Welsh stays English", summer2029, lang.English,
			"2029-08-27  Mon  Summer bank holiday  (bank holiday) *\n" +
				"2029-08-28  Tue  =Extra day           (bank holiday) *\n" +
				"* " + provisionalFootnote + "\n"},
		{"in Welsh a name without Welsh and the footnote are the English, marked", summer2029, lang.Welsh,
			"2029-08-27  Dydd Llun    Gŵyl banc yr haf  (Gŵyl y banc) *\n" +
				"2029-08-28  Dydd Mawrth  [en: =Extra day]  (Gŵyl y banc) *\n" +
				"* [en: " + provisionalFootnote + "]\n"},
		{"a period without a holiday is one sentence", none2014, lang.English, "No weekday from 2014-01-02 to 2014-01-03 is a holiday.\n"},
		{"in Welsh the sentence is the English, marked", none2014, lang.Welsh, "[en: No weekday from 2014-01-02 to 2014-01-03 is a holiday.]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			require.NoError(t, tt.list.WriteTextIn(&b, tt.tag))
			require.Equal(t, tt.want, b.String())
		})
	}
}

func TestWriteWritesCSVAndJSONTheSameInEveryLanguage(t *testing.T) {
	tests := []struct {
		name   string
		list   holidays.List
		format holidays.Format
		want   string
	}{
		{"CSV is date,name with the English names", easter2022, holidays.CSV, "date,name\n2022-04-15,Good Friday\n2022-04-18,Easter Monday\n"},
		{"CSV makes a name a spreadsheet would run safe", summer2029, holidays.CSV, "date,name\n2029-08-27,Summer bank holiday\n2029-08-28,'=Extra day\n"},
		{"CSV of a period without a holiday is the header", none2014, holidays.CSV, "date,name\n"},
		{"JSON is the days as the calendar lists them, without their Welsh names", easter2022, holidays.JSON, `[
  {
    "date": "2022-04-15",
    "name": "Good Friday",
    "kind": "common-law-holiday",
    "weekday": "Friday",
    "provisional": false
  },
  {
    "date": "2022-04-18",
    "name": "Easter Monday",
    "kind": "bank-holiday",
    "weekday": "Monday",
    "provisional": false
  }
]
`},
		{"JSON of a period without a holiday is an empty array", none2014, holidays.JSON, "[]\n"},
	}
	for _, tt := range tests {
		for _, tag := range lang.Tags() {
			t.Run(tt.name+" ("+string(tag)+")", func(t *testing.T) {
				var b strings.Builder
				require.NoError(t, holidays.Write(&b, &tt.list, tt.format, tag))
				require.Equal(t, tt.want, b.String())
			})
		}
	}
}

func TestAListReadsBackFromItsJSON(t *testing.T) {
	for _, l := range []holidays.List{easter2022, summer2029, none2014} {
		t.Run(fmt.Sprintf("the list from %s to %s reads back the same", l.From, l.To), func(t *testing.T) {
			b, err := json.Marshal(l)
			require.NoError(t, err)
			var back holidays.List
			require.NoError(t, json.Unmarshal(b, &back))
			if diff := cmp.Diff(l, back); diff != "" {
				t.Errorf("read back (-written +read):\n%s", diff)
			}
		})
	}
}

func TestAFormatIsOneOfTheFormatsListed(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  holidays.Format
		media string
	}{
		{"text is the table for people", "text", holidays.Text, "text/plain; charset=utf-8"},
		{"csv is CSV with a header", "csv", holidays.CSV, "text/csv; charset=utf-8; header=present"},
		{"json is JSON", "json", holidays.JSON, "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := holidays.ParseFormat(tt.text)
			require.NoError(t, err)
			require.Equal(t, tt.want, f)
			require.Equal(t, tt.media, f.MediaType())
		})
	}
	require.Equal(t, []holidays.Format{holidays.Text, holidays.CSV, holidays.JSON}, holidays.Formats())
	for _, bad := range []string{"", "TEXT", "ics", "markdown"} {
		t.Run(strconv.Quote(bad)+" is refused with the formats listed", func(t *testing.T) {
			_, err := holidays.ParseFormat(bad)
			var fe *holidays.FormatError
			require.ErrorAs(t, err, &fe)
			require.Equal(t, problem.UnknownFormat, fe.Code())
			require.Equal(t, "holidays: "+strconv.Quote(bad)+" is not a format of the list of holidays: want text, csv or json", err.Error())
			var b strings.Builder
			require.ErrorAs(t, holidays.Write(&b, &easter2022, holidays.Format(bad), lang.English), &fe)
			require.Empty(t, b.String(), "nothing is written in an unknown format")
			require.Empty(t, holidays.Format(bad).MediaType())
		})
	}
}

var errFull = errors.New("full")

type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, errFull }

func TestWriteReturnsTheErrorOfTheWriter(t *testing.T) {
	for _, l := range []holidays.List{easter2022, summer2029, none2014} {
		for _, f := range holidays.Formats() {
			t.Run(fmt.Sprintf("writing the list from %s as %s to a full writer fails", l.From, f), func(t *testing.T) {
				require.ErrorIs(t, holidays.Write(fullWriter{}, &l, f, lang.English), errFull)
			})
		}
	}
}

func TestListedIsTheDaysWithoutTheirWelshNames(t *testing.T) {
	got := easter2022.Listed()
	require.Len(t, got, 2)
	for i, d := range got {
		require.Equal(t, easter2022.Days[i].ListedHoliday, d)
	}
	var b bytes.Buffer
	require.NoError(t, json.NewEncoder(&b).Encode(none2014.Listed()))
	require.Equal(t, "[]\n", b.String(), "no day is an empty array, not null")
}
