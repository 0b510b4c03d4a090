package calendar

// Holiday data at run time (issue 11): reading GOV.UK's bank-holidays.json
// and a date,title CSV file, and adding their days to the statutory
// calendar without ever removing or moving a day of the official record.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/cymru-complaints/statutory/problem"
	"github.com/google/go-cmp/cmp"
)

// govukFile renders days in the layout of GOV.UK's bank-holidays.json, with
// the Scottish and Northern Irish divisions beside them and bunting on
// every event, as downloaded.
func govukFile(t testing.TB, days []FileDay) []byte {
	t.Helper()
	type event struct {
		Title   string `json:"title"`
		Date    string `json:"date"`
		Notes   string `json:"notes"`
		Bunting bool   `json:"bunting"`
	}
	type division struct {
		Division string  `json:"division"`
		Events   []event `json:"events"`
	}
	ew := division{Division: "england-and-wales", Events: []event{}}
	for _, d := range days {
		ew.Events = append(ew.Events, event{d.Title, d.Date.String(), d.Notes, true})
	}
	data, err := json.Marshal(map[string]division{
		"england-and-wales": ew,
		"scotland":          {Division: "scotland", Events: []event{{"St Andrew’s Day", "2026-11-30", "", true}}},
		"northern-ireland":  {Division: "northern-ireland", Events: []event{{"St Patrick’s Day", "2026-03-17", "", true}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// recordDays returns the days of the embedded English record from year
// first to year last, as a GOV.UK file lists them.
func recordDays(first, last int) []FileDay {
	var out []FileDay
	for _, e := range embedded.events {
		if y := e.Date.Year; y >= first && y <= last {
			out = append(out, FileDay{Date: e.Date, Title: e.Title, Notes: e.Notes})
		}
	}
	return out
}

// year2029 is a hypothetical GOV.UK list for 2029, as the standing rules
// project it.
func year2029() []FileDay {
	return []FileDay{
		{Date: ymd(2029, time.January, 1), Title: "New Year’s Day"},
		{Date: ymd(2029, time.March, 30), Title: "Good Friday"},
		{Date: ymd(2029, time.April, 2), Title: "Easter Monday"},
		{Date: ymd(2029, time.May, 7), Title: "Early May bank holiday"},
		{Date: ymd(2029, time.May, 28), Title: "Spring bank holiday"},
		{Date: ymd(2029, time.August, 27), Title: "Summer bank holiday"},
		{Date: ymd(2029, time.December, 25), Title: "Christmas Day"},
		{Date: ymd(2029, time.December, 26), Title: "Boxing Day"},
	}
}

func sha(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func mustRead(t testing.TB, name string, data []byte) *HolidayFile {
	t.Helper()
	f, err := ReadHolidayFile(name, bytes.NewReader(data))
	if err != nil {
		t.Fatalf("ReadHolidayFile(%s): %v", name, err)
	}
	return f
}

func TestReadHolidayFile(t *testing.T) {
	govuk := govukFile(t, []FileDay{
		{Date: ymd(2029, time.January, 1), Title: "New Year’s Day"},
		{Date: ymd(2028, time.December, 26), Title: "Boxing Day"},
		{Date: ymd(2029, time.June, 4), Title: "Spring bank holiday", Notes: "Substitute day"},
	})
	csvText := "\uFEFFDate,Title\r\n" +
		"2031-06-16,\"Bank holiday for the royal wedding, London\"\r\n" +
		"01/08/2031,  Summer one-off  \r\n" +
		"\r\n" +
		",\r\n"
	tests := []struct {
		name string
		data []byte
		want *HolidayFile
	}{
		{
			name: "GOV.UK's bank-holidays.json as downloaded: the england-and-wales division in date order, other divisions and bunting ignored",
			data: govuk,
			want: &HolidayFile{Name: "f", Format: GOVUKJSON, SHA256: sha(govuk), Days: []FileDay{
				{Date: ymd(2028, time.December, 26), Title: "Boxing Day"},
				{Date: ymd(2029, time.January, 1), Title: "New Year’s Day"},
				{Date: ymd(2029, time.June, 4), Title: "Spring bank holiday", Notes: "Substitute day"},
			}},
		},
		{
			name: "GOV.UK's JSON after spaces and a byte-order mark",
			data: append([]byte("\uFEFF \n"), govuk...),
			want: &HolidayFile{Name: "f", Format: GOVUKJSON, SHA256: sha(append([]byte("\uFEFF \n"), govuk...)), Days: []FileDay{
				{Date: ymd(2028, time.December, 26), Title: "Boxing Day"},
				{Date: ymd(2029, time.January, 1), Title: "New Year’s Day"},
				{Date: ymd(2029, time.June, 4), Title: "Spring bank holiday", Notes: "Substitute day"},
			}},
		},
		{
			name: "a CSV file from a spreadsheet: byte-order mark, header in capitals, CRLF, a quoted comma, a DD/MM/YYYY date, spaces trimmed, empty rows skipped",
			data: []byte(csvText),
			want: &HolidayFile{Name: "f", Format: HolidayCSV, SHA256: sha([]byte(csvText)), Days: []FileDay{
				{Date: ymd(2031, time.June, 16), Title: "Bank holiday for the royal wedding, London", Line: 2},
				{Date: ymd(2031, time.August, 1), Title: "Summer one-off", Line: 3},
			}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mustRead(t, "f", tc.data)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			// A HolidayFile is a plain value: JSON and back unchanged.
			text, err := json.Marshal(got)
			if err != nil {
				t.Fatal(err)
			}
			var back HolidayFile
			if err := json.Unmarshal(text, &back); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, &back); diff != "" {
				t.Errorf("JSON round trip (-before +after):\n%s", diff)
			}
		})
	}
}

func TestMalformedHolidayFilesAreRefused(t *testing.T) {
	good := govukFile(t, year2029())
	ev := func(body string) []byte {
		return []byte(`{"england-and-wales": {"division": "england-and-wales", "events": [` + body + `]}}`)
	}
	tests := []struct {
		name     string
		data     []byte
		wantLine int
		want     string // in the message
	}{
		{"GOV.UK's JSON cut short", good[:len(good)/2], 0, "the JSON stops early"},
		{"GOV.UK's JSON cut short inside a string", good[:20], 0, "the JSON stops early"},
		{"an HTML error page", []byte("<!DOCTYPE html>\n<html>Service unavailable</html>"), 1, `the header is "<!DOCTYPE html>"; want date,title`},
		{"JSON with a syntax error on line 3", []byte("{\n\"england-and-wales\": {\n\"division\" \"england-and-wales\"}}"), 3, "not JSON"},
		{"JSON with data after the object", append(append([]byte(nil), good...), "\n{}"...), 2, "not JSON"},
		{"a JSON list, not an object", []byte(`[{"date": "2029-01-01"}]`), 1, "the top level holds a JSON array where an object is wanted"},
		{"JSON without the england-and-wales division", []byte(`{"scotland": {"division": "scotland", "events": []}}`), 0, `no "england-and-wales" division`},
		{"GOV.UK's Welsh list instead of the English one", []byte(`{"cymru-a-lloegr": {"division": "cymru-a-lloegr", "events": []}}`), 0, "GOV.UK's Welsh list (gwyliau-banc.json)"},
		{"a division naming itself otherwise", []byte(`{"england-and-wales": {"division": "scotland", "events": []}}`), 0, `names itself "scotland"`},
		{"a division without events", []byte(`{"england-and-wales": {"division": "england-and-wales"}}`), 0, "has no list of events"},
		{"events that are not a list", []byte(`{"england-and-wales": {"division": "england-and-wales", "events": {}}}`), 1, "events holds a JSON object where a list is wanted"},
		{"a title that is a number", ev(`{"title": 1, "date": "2029-01-01"}`), 1, "events.title holds a JSON number where a string is wanted"},
		{"an event without a date", ev(`{"title": "New Year’s Day"}`), 0, "event 1 of the \"england-and-wales\" division has no date or no title"},
		{"no events at all", ev(``), 0, "the file lists no days"},
		{"a date that does not exist", ev(`{"title": "Leap day", "date": "2029-02-29"}`), 0, `event 1 ("Leap day"): date "2029-02-29": no such day: February 2029 has 28 days`},
		{"a date written the British way in JSON", ev(`{"title": "New Year’s Day", "date": "01/01/2029"}`), 0, `date "01/01/2029": want a date written YYYY-MM-DD`},
		{"a date listed twice in JSON", ev(`{"title": "A", "date": "2029-01-01"}, {"title": "B", "date": "2029-01-01"}`), 0, `2029-01-01 is listed twice ("A" and "B")`},
		{"an empty title in JSON", ev(`{"title": " ", "date": "2029-01-01"}`), 0, "the title of 2029-01-01 is empty"},
		{"a title with a control character", ev(`{"title": "New\u0007Year", "date": "2029-01-01"}`), 0, "holds a control character"},
		{"a title of 201 bytes", ev(`{"title": "` + strings.Repeat("x", 201) + `", "date": "2029-01-01"}`), 0, "longer than 200 bytes"},
		{"JSON that is not UTF-8", []byte("{\"england-and-wales\": \xff}"), 0, "not UTF-8"},
		{"an empty CSV file", []byte(""), 0, "the file is empty"},
		{"a CSV file of empty rows", []byte("\n,\n  ,  \n"), 0, "the file is empty"},
		{"a CSV file with another header", []byte("day,name\n2031-06-16,X\n"), 1, `the header is "day,name"; want date,title`},
		{"a CSV file with no header", []byte("2031-06-16,X\n"), 1, `the header is "2031-06-16,X"; want date,title`},
		{"a CSV header with a third column", []byte("date,title,notes\n"), 1, "want date,title"},
		{"a header and no days", []byte("date,title\n"), 0, "the file lists no days"},
		{"a CSV row with three fields", []byte("date,title\n2031-06-16,X,Y\n"), 2, "3 fields; want 2"},
		{"a CSV row with one field", []byte("date,title\n\n2031-06-16\n"), 3, "1 fields; want 2"},
		{"a bad date in CSV", []byte("date,title\n2031-06-31,X\n"), 2, `date "2031-06-31": no such day: June 2031 has 30 days`},
		{"a CSV date of two-digit year", []byte("date,title\n16/06/31,X\n"), 2, "want a four-digit year"},
		{"a date listed twice in CSV", []byte("date,title\n2031-06-16,X\n2031-06-20,Y\n16/06/2031,Z\n"), 4, "2031-06-16 is listed twice, on lines 2 and 4"},
		{"an empty title in CSV", []byte("date,title\n2031-06-16,\n"), 2, "the title of 2031-06-16 is empty"},
		{"a stray quote in CSV", []byte("date,title\n2031-06-16,a \"b\" c\n"), 2, "not CSV"},
		{"CSV that is not UTF-8", []byte("date,title\n2031-06-16,Gw\xffyl\n"), 0, "not UTF-8"},
		{"a file over 1 MiB", append([]byte("date,title\n"), bytes.Repeat([]byte("x"), MaxHolidayFileSize)...), 0, "larger than 1048576 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name+" is refused with holiday-file-malformed", func(t *testing.T) {
			f, err := ReadHolidayFile("holidays.file", bytes.NewReader(tc.data))
			var he *HolidayFileError
			if !errors.As(err, &he) {
				t.Fatalf("ReadHolidayFile = %+v, %v; want a *HolidayFileError", f, err)
			}
			if f != nil {
				t.Errorf("a refused file came back with %+v", f)
			}
			type view struct {
				Code problem.Code
				File string
				Line int
			}
			if diff := cmp.Diff(view{problem.HolidayFileMalformed, "holidays.file", tc.wantLine}, view{he.Code(), he.File, he.Line}); diff != "" {
				t.Errorf("error %q (-want +got):\n%s", err, diff)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("message %q does not contain %q", err, tc.want)
			}
			if strings.Count(err.Error(), "\n") != 0 || len(err.Error()) > 400 {
				t.Errorf("message is not one short line: %q", err)
			}
			if msg := he.Message(); strings.HasPrefix(msg, "calendar:") || !strings.HasSuffix(err.Error(), msg) {
				t.Errorf("Message() = %q for the error %q", msg, err)
			}
		})
	}
	t.Run("a file that cannot be read is refused with holiday-file-malformed", func(t *testing.T) {
		_, err := ReadHolidayFile("broken", iotest.ErrReader(errors.New("disk on fire")))
		var he *HolidayFileError
		if !errors.As(err, &he) || he.Code() != problem.HolidayFileMalformed || !strings.Contains(err.Error(), "disk on fire") {
			t.Errorf("ReadHolidayFile = %v", err)
		}
	})
}

func TestWalesWith(t *testing.T) {
	base := Wales()
	baseVersion := base.Version()
	csv := func(lines ...string) []byte { return []byte("date,title\n" + strings.Join(lines, "\n") + "\n") }
	oneOff2031 := csv("2031-06-16,Bank holiday for the royal wedding")
	oneOff2027 := csv("2027-07-05,Bank holiday for a hypothetical jubilee")
	known := csv("2025-12-25,Xmas")
	current := govukFile(t, recordDays(2019, base.LastOfficialYear()))
	next := govukFile(t, append(recordDays(2027, 2028), year2029()...))
	var moved2029 []FileDay
	for _, d := range year2029() {
		if d.Date == ymd(2029, time.May, 28) {
			d.Date = ymd(2029, time.June, 4)
		}
		moved2029 = append(moved2029, d)
	}
	moved := govukFile(t, moved2029)
	partial := govukFile(t, []FileDay{{Date: ymd(2029, time.June, 4), Title: "Extra bank holiday for testing", Notes: "Extra bank holiday"}})
	weekendCSV := csv("2031-06-14,A Saturday one-off")

	type day struct {
		Working bool
		Holiday Holiday
		Welsh   string
	}
	type result struct {
		LastOfficial int
		Version      string
		Days         []day
	}
	look := func(c *Calendar, ds ...Date) []day {
		var out []day
		for _, d := range ds {
			w, err := c.IsWorkingDay(d)
			if err != nil {
				t.Fatal(err)
			}
			h, _, _ := c.Holiday(d)
			cy, _ := c.WelshName(d)
			out = append(out, day{w, h, cy})
		}
		return out
	}
	tests := []struct {
		name  string
		data  []byte
		dates []Date
		want  result
	}{
		{
			name:  "a CSV one-off for Mon 16 Jun 2031, a provisional year, is a bank holiday with the file's title and name as source, with no Welsh name; the year stays provisional",
			data:  oneOff2031,
			dates: []Date{ymd(2031, time.June, 16)},
			want: result{base.LastOfficialYear(), baseVersion + "+holidays-sha256-" + sha(oneOff2031), []day{
				{false, Holiday{Date: ymd(2031, time.June, 16), Name: "Bank holiday for the royal wedding", Kind: BankHoliday, Source: "extra.csv"}, ""},
			}},
		},
		{
			name:  "a CSV one-off for Mon 5 Jul 2027, an official year, is added: the record lacks it",
			data:  oneOff2027,
			dates: []Date{ymd(2027, time.July, 5)},
			want: result{base.LastOfficialYear(), baseVersion + "+holidays-sha256-" + sha(oneOff2027), []day{
				{false, Holiday{Date: ymd(2027, time.July, 5), Name: "Bank holiday for a hypothetical jubilee", Kind: BankHoliday, Source: "extra.csv"}, ""},
			}},
		},
		{
			name:  "a day the record has keeps its name, kind, source and Welsh name whatever the file calls it",
			data:  known,
			dates: []Date{ymd(2025, time.December, 25)},
			want: result{base.LastOfficialYear(), baseVersion + "+holidays-sha256-" + sha(known), []day{
				{false, Holiday{Date: ymd(2025, time.December, 25), Name: "Christmas Day", Kind: CommonLawHoliday}, "Dydd Nadolig"},
			}},
		},
		{
			name:  "GOV.UK's current file adds nothing and changes nothing but the version",
			data:  current,
			dates: []Date{ymd(2022, time.September, 19), ymd(2029, time.January, 1)},
			want: result{base.LastOfficialYear(), baseVersion + "+holidays-sha256-" + sha(current), []day{
				{false, Holiday{Date: ymd(2022, time.September, 19), Name: "State Funeral of Queen Elizabeth II", Kind: BankHoliday}, "Gŵyl y Banc ar gyfer Angladd Gwladol y Frenhines Elizabeth II"},
				{false, Holiday{Date: ymd(2029, time.January, 1), Name: "New Year's Day", Kind: BankHoliday}, "Dydd Calan"},
			}},
		},
		{
			name:  "a GOV.UK file with the whole of 2029 makes 2029 official; the projected days it confirms keep their names",
			data:  next,
			dates: []Date{ymd(2029, time.January, 1), ymd(2029, time.May, 28)},
			want: result{2029, baseVersion + "+holidays-sha256-" + sha(next), []day{
				{false, Holiday{Date: ymd(2029, time.January, 1), Name: "New Year's Day", Kind: BankHoliday}, "Dydd Calan"},
				{false, Holiday{Date: ymd(2029, time.May, 28), Name: "Spring bank holiday", Kind: BankHoliday}, "Gŵyl banc y gwanwyn"},
			}},
		},
		{
			name:  "a GOV.UK file with the whole of 2029 moving the spring bank holiday to Mon 4 Jun: the projected Mon 28 May becomes a working day",
			data:  moved,
			dates: []Date{ymd(2029, time.May, 28), ymd(2029, time.June, 4)},
			want: result{2029, baseVersion + "+holidays-sha256-" + sha(moved), []day{
				{true, Holiday{}, ""},
				{false, Holiday{Date: ymd(2029, time.June, 4), Name: "Spring bank holiday", Kind: BankHoliday, Source: "extra.csv"}, ""},
			}},
		},
		{
			name:  "a GOV.UK-shaped file with one day of 2029 adds it but leaves 2029 provisional and its projection in place",
			data:  partial,
			dates: []Date{ymd(2029, time.May, 28), ymd(2029, time.June, 4)},
			want: result{base.LastOfficialYear(), baseVersion + "+holidays-sha256-" + sha(partial), []day{
				{false, Holiday{Date: ymd(2029, time.May, 28), Name: "Spring bank holiday", Kind: BankHoliday}, "Gŵyl banc y gwanwyn"},
				{false, Holiday{Date: ymd(2029, time.June, 4), Name: "Extra bank holiday for testing (extra bank holiday)", Kind: BankHoliday, Source: "extra.csv"}, ""},
			}},
		},
		{
			name:  "a one-off on a Saturday is recorded but changes no working day",
			data:  weekendCSV,
			dates: []Date{ymd(2031, time.June, 14)},
			want: result{base.LastOfficialYear(), baseVersion + "+holidays-sha256-" + sha(weekendCSV), []day{
				{false, Holiday{Date: ymd(2031, time.June, 14), Name: "A Saturday one-off", Kind: BankHoliday, Source: "extra.csv"}, ""},
			}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := WalesWith(mustRead(t, "extra.csv", tc.data))
			if err != nil {
				t.Fatalf("WalesWith: %v", err)
			}
			got := result{c.LastOfficialYear(), c.Version(), look(c, tc.dates...)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if Wales().Version() != baseVersion || Wales() != base {
				t.Errorf("Wales() changed")
			}
		})
	}
	t.Run("a nil file gives Wales() itself", func(t *testing.T) {
		c, err := WalesWith(nil)
		if err != nil || c != Wales() {
			t.Errorf("WalesWith(nil) = %p, %v; want Wales() %p", c, err, Wales())
		}
	})
	t.Run("a file built in code without a SHA-256 is stamped with that of its days", func(t *testing.T) {
		f := &HolidayFile{Name: "code", Format: HolidayCSV, Days: []FileDay{{Date: ymd(2031, time.June, 16), Title: "X"}}}
		c, err := WalesWith(f)
		if err != nil {
			t.Fatal(err)
		}
		want := baseVersion + "+holidays-sha256-" + sha([]byte("date,title,notes\n2031-06-16,X,\n"))
		if diff := cmp.Diff(want, c.Version()); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
}

func TestFilesThatContradictTheRecordAreRefused(t *testing.T) {
	spring := ymd(2025, time.May, 26)
	var removed, moved []FileDay
	for _, d := range recordDays(2024, 2026) {
		if d.Date != spring {
			removed = append(removed, d)
		}
	}
	moved = append(moved, removed...)
	moved = append(moved, FileDay{Date: ymd(2025, time.June, 2), Title: "Spring bank holiday"})
	var twoGone []FileDay
	for _, d := range recordDays(2025, 2025) {
		if d.Date != ymd(2025, time.April, 18) && d.Date != ymd(2025, time.April, 21) {
			twoGone = append(twoGone, d)
		}
	}
	type refusal struct {
		Code  problem.Code
		Date  Date
		Dates []Date
	}
	tests := []struct {
		name  string
		data  []byte
		want  refusal
		words []string
	}{
		{
			name:  "a GOV.UK file for 2024-2026 without the spring bank holiday of Mon 26 May 2025 removes it: refused, naming the date",
			data:  govukFile(t, removed),
			want:  refusal{problem.HolidayRemoved, spring, []Date{spring}},
			words: []string{"2025-05-26 (Spring bank holiday) is missing from the file, which lists the whole of 2025"},
		},
		{
			name:  "the same file with Mon 2 Jun 2025 instead moves it: refused, naming both dates",
			data:  govukFile(t, moved),
			want:  refusal{problem.HolidayMoved, spring, []Date{spring}},
			words: []string{"2025-05-26 (Spring bank holiday) is missing from the file, which lists 2025-06-02 instead"},
		},
		{
			name:  "a GOV.UK file for 2025 without Good Friday and Easter Monday: every date is named",
			data:  govukFile(t, twoGone),
			want:  refusal{problem.HolidayRemoved, ymd(2025, time.April, 18), []Date{ymd(2025, time.April, 18), ymd(2025, time.April, 21)}},
			words: []string{"2025-04-18 (Good Friday)", "2025-04-21 (Easter Monday)"},
		},
		{
			name:  "a CSV day in 2100, after the calendar's range, is refused",
			data:  []byte("date,title\n2031-06-16,X\n2100-01-01,New Year\n"),
			want:  refusal{problem.HolidayOutOfRange, ymd(2100, time.January, 1), nil},
			words: []string{`line 3: 2100-01-01 ("New Year") is outside the calendar's range, 1974-01-01 to 2099-12-31`},
		},
		{
			name:  "a CSV day in 1973, before the calendar's range, is refused",
			data:  []byte("date,title\n1973-12-31,X\n"),
			want:  refusal{problem.HolidayOutOfRange, ymd(1973, time.December, 31), nil},
			words: []string{"1973-12-31"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := WalesWith(mustRead(t, "bank-holidays.json", tc.data))
			var he *HolidayFileError
			if !errors.As(err, &he) {
				t.Fatalf("WalesWith = %v (calendar %t); want a *HolidayFileError", err, c != nil)
			}
			if c != nil {
				t.Error("a refused file gave a calendar")
			}
			var dates []Date
			for _, cf := range he.Conflicts {
				dates = append(dates, cf.Date)
			}
			if diff := cmp.Diff(tc.want, refusal{he.Code(), he.Date, dates}); diff != "" {
				t.Errorf("%v (-want +got):\n%s", err, diff)
			}
			for _, w := range tc.words {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message %q does not contain %q", err, w)
				}
			}
		})
	}
	t.Run("a file built in code with a duplicate date is refused by WalesWith too", func(t *testing.T) {
		f := &HolidayFile{Name: "code", Days: []FileDay{{Date: ymd(2031, time.June, 16), Title: "A"}, {Date: ymd(2031, time.June, 16), Title: "B"}}}
		_, err := WalesWith(f)
		var he *HolidayFileError
		if !errors.As(err, &he) || he.Code() != problem.HolidayFileMalformed {
			t.Errorf("WalesWith = %v", err)
		}
	})
	t.Run("a file built in code with an invalid date is refused by WalesWith too", func(t *testing.T) {
		f := &HolidayFile{Name: "code", Days: []FileDay{{Date: ymd(2031, time.June, 31), Title: "A"}}}
		_, err := WalesWith(f)
		var he *HolidayFileError
		if !errors.As(err, &he) || he.Code() != problem.HolidayFileMalformed || !strings.Contains(err.Error(), "2031-06-31 is not a valid date") {
			t.Errorf("WalesWith = %v", err)
		}
	})
}

func TestDiffHolidays(t *testing.T) {
	var moved []FileDay
	for _, d := range recordDays(2025, 2025) {
		if d.Date == ymd(2025, time.May, 26) {
			d.Date = ymd(2025, time.June, 2)
		}
		moved = append(moved, d)
	}
	moved = append(moved, year2029()...)
	moved = append(moved, FileDay{Date: ymd(2030, time.June, 3), Title: "Extra", Notes: "Extra bank holiday"})
	data := govukFile(t, moved)
	got, err := DiffHolidays(mustRead(t, "new.json", data))
	if err != nil {
		t.Fatal(err)
	}
	want := &HolidayDiff{
		File:   "new.json",
		SHA256: sha(data),
		Added: []Holiday{
			{Date: ymd(2025, time.June, 2), Name: "Spring bank holiday", Kind: BankHoliday, Source: "new.json"},
			{Date: ymd(2030, time.June, 3), Name: "Extra (extra bank holiday)", Kind: BankHoliday, Source: "new.json"},
		},
		OfficialYears: []int{2029},
		Known:         7 + 8,
		Conflicts: []HolidayConflict{{
			Code: problem.HolidayMoved, Date: ymd(2025, time.May, 26), Name: "Spring bank holiday",
			Reason: "2025-05-26 (Spring bank holiday) is missing from the file, which lists 2025-06-02 instead",
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DiffHolidays (-want +got):\n%s", diff)
	}
	t.Run("a nil file is an error", func(t *testing.T) {
		if _, err := DiffHolidays(nil); err == nil {
			t.Error("DiffHolidays(nil) = nil error")
		}
	})
	t.Run("a malformed file built in code is an error", func(t *testing.T) {
		_, err := DiffHolidays(&HolidayFile{Name: "x"})
		var he *HolidayFileError
		if !errors.As(err, &he) || he.Code() != problem.HolidayFileMalformed {
			t.Errorf("DiffHolidays = %v", err)
		}
	})
	t.Run("a diff that holds no Holiday is a plain value: JSON and back unchanged", func(t *testing.T) {
		d := &HolidayDiff{File: "x", SHA256: "ab", OfficialYears: []int{2029}, Known: 3, Conflicts: want.Conflicts}
		text, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var back HolidayDiff
		if err := json.Unmarshal(text, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d, &back); diff != "" {
			t.Errorf("(-before +after):\n%s", diff)
		}
	})
}

// walk is a day-by-day model of working days, sharing nothing with the
// calendar's tables: a day is non-working when time.Time calls it a
// Saturday or Sunday or when it is in off.
type walk map[Date]bool

func (w walk) working(d Date) bool {
	wd := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
	return wd != time.Saturday && wd != time.Sunday && !w[d]
}

// add returns the nth working day after d, n > 0.
func (w walk) add(d Date, n int) Date {
	t := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if w.working(Date{t.Year(), t.Month(), t.Day()}) {
			n--
		}
	}
	return Date{t.Year(), t.Month(), t.Day()}
}

func walkOf(t *testing.T, c *Calendar) walk {
	t.Helper()
	first, last := c.Range()
	hols, err := c.Holidays(first, last)
	if err != nil {
		t.Fatal(err)
	}
	w := walk{}
	for _, h := range hols {
		w[h.Date] = true
	}
	return w
}

func TestAOneOffInAProvisionalYearMovesExactlyTheDeadlinesThatSpanIt(t *testing.T) {
	// Issue 11: a one-off proclaimed for Monday 16 June 2031 (a provisional
	// year) moves every deadline that spans it, from a start before it to a
	// due date on or after it, by one working day, and no other. Checked
	// for every start from 1 Mar to 31 Aug 2031 and the periods the rules
	// use, against a day-by-day count.
	oneOff := ymd(2031, time.June, 16)
	if wd := time.Date(2031, time.June, 16, 12, 0, 0, 0, time.UTC).Weekday(); wd != time.Monday {
		t.Fatalf("%v is a %v", oneOff, wd)
	}
	before := Wales()
	if !before.IsProvisional(oneOff) {
		t.Fatalf("%v is not in a provisional year", oneOff)
	}
	after, err := WalesWith(mustRead(t, "proclaimed.csv", []byte("date,title\n2031-06-16,Hypothetical one-off\n")))
	if err != nil {
		t.Fatal(err)
	}
	walkBefore := walkOf(t, before)
	walkAfter := walk{oneOff: true}
	for d := range walkBefore {
		walkAfter[d] = true
	}
	moved, kept := 0, 0
	for d := ymd(2031, time.March, 1); !d.After(ymd(2031, time.August, 31)); d = d.AddDays(1) {
		for _, n := range []int{1, 2, 5, 10, 17, 20, 25} {
			was, err1 := before.AddWorkingDays(d, n)
			now, err2 := after.AddWorkingDays(d, n)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if want := walkBefore.add(d, n); was != want {
				t.Fatalf("before: %v + %d = %v, day by day %v", d, n, was, want)
			}
			if want := walkAfter.add(d, n); now != want {
				t.Fatalf("after: %v + %d = %v, day by day %v", d, n, now, want)
			}
			spans := d.Before(oneOff) && !was.Before(oneOff)
			switch {
			case spans && now != walkAfter.add(was, 1):
				t.Errorf("%v + %d spans %v: due %v, now %v; want one working day later, %v", d, n, oneOff, was, now, walkAfter.add(was, 1))
			case spans:
				moved++
			case now != was:
				t.Errorf("%v + %d does not span %v but moved from %v to %v", d, n, oneOff, was, now)
			default:
				kept++
			}
		}
	}
	if moved == 0 || kept == 0 {
		t.Errorf("%d deadlines moved and %d kept: the check proves nothing", moved, kept)
	}
	t.Logf("%d deadlines moved by one working day, %d unchanged", moved, kept)
}

func TestTheStateFuneralRemovedAndAddedBackThroughAFile(t *testing.T) {
	// Issue 11: take the State Funeral of Monday 19 September 2022 out of a
	// copy of the official record, then add it back through a file: every
	// working day and every deadline of September 2022 is the official one.
	english, welsh := recordFiles(t)
	funeral := ymd(2022, time.September, 19)
	without := walesFromRecord(t, editRecord(t, english, withoutDate(funeral)), editRecord(t, welsh, withoutDate(funeral)))
	if ok, _ := without.IsWorkingDay(funeral); !ok {
		t.Fatal("the funeral is still a holiday without it in the record")
	}
	if due, _ := without.AddWorkingDays(ymd(2022, time.September, 15), 2); due != ymd(2022, time.September, 19) {
		t.Fatalf("without the funeral, 15 Sep + 2 = %v, want 19 Sep", due)
	}
	f := mustRead(t, "funeral.csv", []byte("date,title\n2022-09-19,Bank Holiday for the State Funeral of Queen Elizabeth II\n"))
	back, err := withHolidayFile(without, f)
	if err != nil {
		t.Fatal(err)
	}
	official := Wales()
	for d := ymd(2022, time.August, 15); !d.After(ymd(2022, time.September, 30)); d = d.AddDays(1) {
		w1, _ := official.IsWorkingDay(d)
		w2, _ := back.IsWorkingDay(d)
		if w1 != w2 {
			t.Errorf("%v: working %v officially, %v through the file", d, w1, w2)
		}
		for n := 1; n <= 25; n++ {
			want, _ := official.AddWorkingDays(d, n)
			got, _ := back.AddWorkingDays(d, n)
			if got != want {
				t.Errorf("%v + %d working days: %v through the file, %v officially", d, n, got, want)
			}
		}
	}
	h, _, _ := back.Holiday(funeral)
	if diff := cmp.Diff(Holiday{Date: funeral, Name: "Bank Holiday for the State Funeral of Queen Elizabeth II", Kind: BankHoliday, Source: "funeral.csv"}, h); diff != "" {
		t.Errorf("the day added back (-want +got):\n%s", diff)
	}
	if ack, _ := back.AddWorkingDays(ymd(2022, time.September, 15), 2); ack != ymd(2022, time.September, 20) {
		t.Errorf("reg 15(2): received Thu 15 Sep 2022, acknowledgement due %v, want Tue 20 Sep", ack)
	}
}

// file200 is a CSV file of 200 extra days in provisional years, none of
// them a holiday already.
func file200(tb testing.TB) []byte {
	tb.Helper()
	c := Wales()
	var b strings.Builder
	b.WriteString("date,title\n")
	n := 0
	for d := ymd(c.LastOfficialYear()+1, time.January, 1); n < 200; d = d.AddDays(9) {
		if ok, _ := c.IsWorkingDay(d); ok {
			fmt.Fprintf(&b, "%s,Extra day %d\n", d, n)
			n++
		}
	}
	return []byte(b.String())
}

func TestAFileOf200DaysAddsThemAll(t *testing.T) {
	data := file200(t)
	c, err := WalesWith(mustRead(t, "200.csv", data))
	if err != nil {
		t.Fatal(err)
	}
	first, last := c.Range()
	nw, _ := Wales().WorkingDaysBetween(first, last)
	nw2, _ := c.WorkingDaysBetween(first, last)
	if nw-nw2 != 200 {
		t.Errorf("the file removed %d working days, want 200", nw-nw2)
	}
}

func BenchmarkWalesWith200Days(b *testing.B) {
	// Issue 11: building a calendar with a file of 200 extra days, < 5 ms.
	data := file200(b)
	Wales()
	b.Run("read and build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			f, err := ReadHolidayFile("200.csv", bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if sinkCal, err = WalesWith(f); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestHolidayDiffWriteText(t *testing.T) {
	f, err := ReadHolidayFile("extra.csv", strings.NewReader("date,title\n2031-06-16,Bank holiday for a royal wedding\n2022-09-19,State Funeral of Queen Elizabeth II\n"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := DiffHolidays(f)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := d.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"extra.csv (SHA-256 ", "adds      Mon 16 Jun 2031  Bank holiday for a royal wedding", "1 of its days the calendar already has."} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the diff does not say %q:\n%s", want, b.String())
		}
	}
	same, _ := ReadHolidayFile("same.csv", strings.NewReader("date,title\n2022-09-19,State Funeral of Queen Elizabeth II\n"))
	sd, _ := DiffHolidays(same)
	b.Reset()
	sd.WriteText(&b)
	if !strings.Contains(b.String(), "nothing to change") {
		t.Errorf("a file of known days: %q", b.String())
	}
}
