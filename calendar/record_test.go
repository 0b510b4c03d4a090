package calendar

// The official record is data the calendar reads: these tests change a copy
// of it and check that the calendar follows, with no change to the code.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const welshFixturePath = "data/gwyliau-banc-cymru-a-lloegr.json"

// recordFiles returns the two embedded record files as read from disk.
func recordFiles(t *testing.T) (english, welsh []byte) {
	t.Helper()
	english, err := os.ReadFile(fixturePath)
	if err != nil {
		t.Fatal(err)
	}
	welsh, err = os.ReadFile(welshFixturePath)
	if err != nil {
		t.Fatal(err)
	}
	return english, welsh
}

// editRecord decodes a record file, applies edit to it and encodes it again.
func editRecord(t *testing.T, data []byte, edit func(*recordFile)) []byte {
	t.Helper()
	var f recordFile
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	edit(&f)
	out, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

// walesFromRecord builds the statutory calendar from the given record files
// as Wales does from the embedded ones.
func walesFromRecord(t *testing.T, english, welsh []byte) *Calendar {
	t.Helper()
	rec, err := parseRecord(english, welsh)
	if err != nil {
		t.Fatalf("parseRecord: %v", err)
	}
	return buildWales(walesSource{defs: walesRules(), rec: rec})
}

func withoutDate(d Date) func(*recordFile) {
	return func(f *recordFile) {
		f.Events = slices.DeleteFunc(f.Events, func(e recordEvent) bool { return e.Date == d })
	}
}

func TestTheEmbeddedRecordIsTheFileOnDisk(t *testing.T) {
	english, welsh := recordFiles(t)
	sum := sha256.Sum256(append(append([]byte(nil), english...), welsh...))
	fx := loadFixture(t)
	last := fx.Events[len(fx.Events)-1].Date[:4]
	tests := []struct {
		name      string
		got, want any
	}{
		{"the embedded English record is calendar/data/bank-holidays-england-and-wales.json", string(englishRecord), string(english)},
		{"the embedded Welsh record is calendar/data/gwyliau-banc-cymru-a-lloegr.json", string(welshRecord), string(welsh)},
		{"WalesVersion names the rules' revision, the record's years and the start of its SHA-256",
			WalesVersion, "wales-statutory-2+govuk-2012-" + last + "+" + hex.EncodeToString(sum[:])[:12]},
		{"LastOfficialYear is the year of the record's last day", strconv.Itoa(Wales().LastOfficialYear()), last},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestWalesFollowsTheRecord(t *testing.T) {
	english, welsh := recordFiles(t)
	funeral := ymd(2022, time.September, 19)
	oneOff := ymd(2027, time.July, 5) // a Monday of an official year no rule gives
	addOneOff := func(f *recordFile) {
		f.Events = append(f.Events, recordEvent{Date: oneOff, Title: "Bank holiday for a hypothetical jubilee", Notes: "Extra bank holiday"})
		slices.SortFunc(f.Events, func(a, b recordEvent) int { return a.Date.Compare(b.Date) })
	}
	addSubstitute := func(f *recordFile) {
		f.Events = append(f.Events, recordEvent{Date: oneOff, Title: "Hypothetical holiday", Notes: "Substitute day"})
		slices.SortFunc(f.Events, func(a, b recordEvent) int { return a.Date.Compare(b.Date) })
	}
	add2029 := func(f *recordFile) {
		f.Events = append(f.Events, []recordEvent{
			{ymd(2029, time.January, 1), "New Year’s Day", ""},
			{ymd(2029, time.March, 30), "Good Friday", ""},
			{ymd(2029, time.April, 2), "Easter Monday", ""},
			{ymd(2029, time.May, 7), "Early May bank holiday", ""},
			{ymd(2029, time.May, 28), "Spring bank holiday", ""},
			{ymd(2029, time.August, 27), "Summer bank holiday", ""},
			{ymd(2029, time.December, 25), "Christmas Day", ""},
			{ymd(2029, time.December, 26), "Boxing Day", ""},
		}...)
	}
	retitle := func(f *recordFile) {
		for i := range f.Events {
			if f.Events[i].Date == funeral {
				f.Events[i].Title += " "
			}
		}
	}
	type day struct {
		Working bool
		Holiday Holiday
	}
	tests := []struct {
		name            string
		english, welsh  []byte
		d               Date
		want            day
		wantLast        int // LastOfficialYear; 0 means Wales()'s
		versionChanges  bool
		versionContains string
	}{
		{
			name:    "the embedded record: Mon 19 Sep 2022 is the State Funeral, named as the rules name it",
			english: english, welsh: welsh, d: funeral,
			want: day{false, Holiday{Date: funeral, Name: "State Funeral of Queen Elizabeth II", Kind: BankHoliday}},
		},
		{
			name:    "a one-off added to the record for Mon 5 Jul 2027 is a bank holiday named by GOV.UK's title and notes, with no code changed",
			english: editRecord(t, english, addOneOff), welsh: welsh, d: oneOff,
			want:           day{false, Holiday{Date: oneOff, Name: "Bank holiday for a hypothetical jubilee (extra bank holiday)", Kind: BankHoliday}},
			versionChanges: true,
		},
		{
			name:    "a day the record marks Substitute day that no rule gives is a substitute day",
			english: editRecord(t, english, addSubstitute), welsh: welsh, d: oneOff,
			want:           day{false, Holiday{Date: oneOff, Name: "Hypothetical holiday (substitute day)", Kind: SubstituteDay}},
			versionChanges: true,
		},
		{
			name:    "the State Funeral removed from the record: Mon 19 Sep 2022 is a working day (the record, not the rules, decides an official year)",
			english: editRecord(t, english, withoutDate(funeral)), welsh: editRecord(t, welsh, withoutDate(funeral)), d: funeral,
			want:           day{Working: true},
			versionChanges: true,
		},
		{
			name:    "a year added to the record becomes official; its days keep the names the rules give them",
			english: editRecord(t, english, add2029), welsh: welsh, d: ymd(2029, time.January, 1),
			want:            day{false, Holiday{Date: ymd(2029, time.January, 1), Name: "New Year's Day", Kind: BankHoliday}},
			wantLast:        2029,
			versionChanges:  true,
			versionContains: "+govuk-2012-2029+",
		},
		{
			name:    "a title changed in the record changes the version though no day changes",
			english: editRecord(t, english, retitle), welsh: welsh, d: funeral,
			want:           day{false, Holiday{Date: funeral, Name: "State Funeral of Queen Elizabeth II", Kind: BankHoliday}},
			versionChanges: true,
		},
		{
			name:    "a Welsh title changed changes the version too",
			english: english, welsh: editRecord(t, welsh, retitle), d: funeral,
			want:           day{false, Holiday{Date: funeral, Name: "State Funeral of Queen Elizabeth II", Kind: BankHoliday}},
			versionChanges: true,
		},
		{
			name:    "Christmas Day on Sun 25 Dec 2022, which GOV.UK does not list, is still a holiday: the regulations name the day",
			english: english, welsh: welsh, d: ymd(2022, time.December, 25),
			want: day{false, Holiday{Date: ymd(2022, time.December, 25), Name: "Christmas Day", Kind: CommonLawHoliday}},
		},
		{
			name:    "Boxing Day on Sun 26 Dec 2021 is still a holiday",
			english: english, welsh: welsh, d: ymd(2021, time.December, 26),
			want: day{false, Holiday{Date: ymd(2021, time.December, 26), Name: "Boxing Day", Kind: BankHoliday}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := walesFromRecord(t, tc.english, tc.welsh)
			working, err := c.IsWorkingDay(tc.d)
			if err != nil {
				t.Fatal(err)
			}
			h, _, _ := c.Holiday(tc.d)
			if diff := cmp.Diff(tc.want, day{working, h}); diff != "" {
				t.Errorf("%v (-want +got):\n%s", tc.d, diff)
			}
			wantLast := tc.wantLast
			if wantLast == 0 {
				wantLast = Wales().LastOfficialYear()
			}
			if got := c.LastOfficialYear(); got != wantLast {
				t.Errorf("LastOfficialYear() = %d, want %d", got, wantLast)
			}
			if changed := c.Version() != WalesVersion; changed != tc.versionChanges {
				t.Errorf("version %q against Wales()'s %q: changed = %v, want %v", c.Version(), WalesVersion, changed, tc.versionChanges)
			}
			if !strings.Contains(c.Version(), tc.versionContains) {
				t.Errorf("version %q does not contain %q", c.Version(), tc.versionContains)
			}
		})
	}
}

func TestTheRecordDecidesEveryDayOfItsYears(t *testing.T) {
	// In the years of the record, the calendar's weekday holidays are
	// exactly the record's days, and its weekend holidays exactly Christmas
	// Day and Boxing Day at a weekend. Checked against the file as decoded
	// here, not through the calendar's parser.
	fx := loadFixture(t)
	c := Wales()
	listed := map[Date]string{}
	for _, e := range fx.Events {
		d, err := ParseDate(e.Date)
		if err != nil {
			t.Fatal(err)
		}
		listed[d] = e.Title
	}
	from, to := ymd(2012, time.January, 1), ymd(c.LastOfficialYear(), time.December, 31)
	hols, err := c.Holidays(from, to)
	if err != nil {
		t.Fatal(err)
	}
	var weekend []string
	for _, h := range hols {
		if isWeekend(h.Date) {
			weekend = append(weekend, h.Date.String()+" "+h.Name)
			continue
		}
		if _, ok := listed[h.Date]; !ok {
			t.Errorf("%v (%s) is a holiday but not in the record", h.Date, h.Name)
		}
		delete(listed, h.Date)
	}
	for d, title := range listed {
		t.Errorf("the record's %v (%s) is not a holiday", d, title)
	}
	for _, s := range weekend {
		d, _ := ParseDate(s[:10])
		if (d.Month != time.December || d.Day != 25 || !strings.HasSuffix(s, " Christmas Day")) &&
			(d.Month != time.December || d.Day != 26 || !strings.HasSuffix(s, " Boxing Day")) {
			t.Errorf("weekend holiday %s is neither Christmas Day nor Boxing Day", s)
		}
	}
	if len(weekend) == 0 {
		t.Error("no Christmas Day or Boxing Day at a weekend in the record's years")
	}
}

func TestBrokenRecordsAreRefused(t *testing.T) {
	english, welsh := recordFiles(t)
	tests := []struct {
		name           string
		english, welsh []byte
		want           string
	}{
		{"an English record of the wrong division", editRecord(t, english, func(f *recordFile) { f.Division = "scotland" }), welsh, `division is "scotland"`},
		{"a Welsh record of the wrong division", english, editRecord(t, welsh, func(f *recordFile) { f.Division = "england-and-wales" }), `division is "england-and-wales"`},
		{"a record with an unknown field", []byte(`{"division": "england-and-wales", "extra": 1}`), welsh, `unknown field "extra"`},
		{"a record with data after it", append(append([]byte(nil), english...), "{}"...), welsh, "data after the JSON object"},
		{"a record with no events", editRecord(t, english, func(f *recordFile) { f.Events = nil }), welsh, "no events"},
		{"a record with an event without a date", editRecord(t, english, func(f *recordFile) { f.Events[3].Date = Date{} }), welsh, "event 4 has no date"},
		{"a record out of date order", editRecord(t, english, func(f *recordFile) { f.Events[0], f.Events[1] = f.Events[1], f.Events[0] }), welsh, "2012-01-02 is not after 2012-04-06"},
		{"a record listing a Saturday", editRecord(t, english, func(f *recordFile) { f.Events[0].Date = ymd(2011, time.December, 31) }), welsh, "2011-12-31 is a Saturday"},
		{"a record with an empty title", editRecord(t, english, func(f *recordFile) { f.Events[0].Title = " " }), welsh, "2012-01-02 has no title"},
		{"a Welsh record with a date the English one lacks", editRecord(t, english, withoutDate(ymd(2019, time.January, 1))), welsh, "2019-01-01 (Dydd Calan) is not in the england-and-wales record"},
		{"a bad Welsh record", english, []byte("{"), "cymru-a-lloegr record"},
	}
	for _, tc := range tests {
		t.Run(tc.name+" is refused", func(t *testing.T) {
			_, err := parseRecord(tc.english, tc.welsh)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("parseRecord error = %v, want one containing %q", err, tc.want)
			}
		})
	}
	t.Run("the package would not start with a broken embedded record", func(t *testing.T) {
		defer func() {
			if r := recover(); r == nil || !strings.Contains(r.(error).Error(), "embedded holiday record is broken") {
				t.Errorf("recover() = %v", r)
			}
		}()
		mustParseRecord([]byte("{}"), welsh)
	})
}

func TestTheProcedureForANewYearAndAOneOffNeedsNoCodeChange(t *testing.T) {
	// The procedure of calendar/internal/cmd/updateholidays, end to end on
	// copies of the record: GOV.UK's two lists, downloaded with the year
	// after the record's last newly published and a one-off proclaimed for
	// a Monday in July of the record's last year, are added by the command;
	// the calendar built from the files it writes knows both, with no
	// change to the code.
	if testing.Short() {
		t.Skip("builds and runs the updateholidays command")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to run updateholidays: %v", err)
	}
	english, welsh := recordFiles(t)
	dir := t.TempDir()
	enRecord, cyRecord := filepath.Join(dir, "en-record.json"), filepath.Join(dir, "cy-record.json")
	for path, data := range map[string][]byte{enRecord: english, cyRecord: welsh} {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	last := Wales().LastOfficialYear()
	next := last + 1
	oneOff := FileDay{Date: ymd(last, time.July, 1), Title: "Bank holiday for a hypothetical jubilee", Notes: "Extra bank holiday"}
	for oneOff.Date.Weekday() != time.Monday {
		oneOff.Date = oneOff.Date.AddDays(1)
	}
	// The next year as GOV.UK would publish it: the standing rules' weekdays.
	var nextDays []FileDay
	for _, h := range ruleHolidays(walesRules(), next, next) {
		if isWeekend(h.Date) {
			continue
		}
		d := FileDay{Date: h.Date, Title: strings.TrimSuffix(h.Name, " (substitute day)")}
		if h.Kind == SubstituteDay {
			d.Notes = "Substitute day"
		}
		nextDays = append(nextDays, d)
	}
	slices.SortFunc(nextDays, func(a, b FileDay) int { return a.Date.Compare(b.Date) })
	enDays := append(append(recordDays(embedded.welsh[0].Date.Year, last), oneOff), nextDays...)
	var cyDays []FileDay
	for _, e := range embedded.welsh {
		cyDays = append(cyDays, FileDay{Date: e.Date, Title: e.Title, Notes: e.Notes})
	}
	for _, d := range append([]FileDay{oneOff}, nextDays...) {
		cyDays = append(cyDays, FileDay{Date: d.Date, Title: "[test] " + d.Title}) // placeholders, never shipped
	}
	enIn, cyIn := filepath.Join(dir, "bank-holidays.json"), filepath.Join(dir, "gwyliau-banc.json")
	if err := os.WriteFile(enIn, govukFile(t, enDays), 0o644); err != nil {
		t.Fatal(err)
	}
	cyJSON := bytes.Replace(govukFile(t, cyDays), []byte(`"england-and-wales"`), []byte(`"cymru-a-lloegr"`), 2)
	if err := os.WriteFile(cyIn, cyJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	retrieved := ymd(last, time.January, 4).String()
	cmd := exec.Command(goTool, "run", "./internal/cmd/updateholidays",
		"-in", enIn, "-cy", cyIn, "-fixture", enRecord, "-cy-fixture", cyRecord, "-retrieved", retrieved)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("updateholidays: %v\n%s", err, out)
	}
	added := fmt.Sprintf("added %d event(s), %s to %s, to ", 1+len(nextDays), oneOff.Date, nextDays[len(nextDays)-1].Date)
	for _, want := range []string{added + enRecord, added + cyRecord} {
		if !strings.Contains(string(out), want) {
			t.Errorf("updateholidays said %q, want %q", out, want)
		}
	}

	c := walesFromRecord(t, readTestFile(t, enRecord), readTestFile(t, cyRecord))
	if got := c.LastOfficialYear(); got != next {
		t.Errorf("LastOfficialYear() = %d, want %d", got, next)
	}
	if c.IsProvisional(ymd(next, time.June, 1)) {
		t.Errorf("%d is still provisional", next)
	}
	h, _, _ := c.Holiday(oneOff.Date)
	if diff := cmp.Diff(Holiday{Date: oneOff.Date, Name: "Bank holiday for a hypothetical jubilee (extra bank holiday)", Kind: BankHoliday}, h); diff != "" {
		t.Errorf("the one-off (-want +got):\n%s", diff)
	}
	for _, d := range append([]FileDay{oneOff}, nextDays...) {
		if w, _ := c.IsWorkingDay(d.Date); w {
			t.Errorf("%v (%s) is a working day", d.Date, d.Title)
		}
	}
	if want := fmt.Sprintf("+govuk-2012-%d+", next); !strings.Contains(c.Version(), want) || c.Version() == WalesVersion {
		t.Errorf("version %q did not follow the data (want it to contain %q)", c.Version(), want)
	}
}

func readTestFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
