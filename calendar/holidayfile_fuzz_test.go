package calendar

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/cymru-complaints/statutory/problem"
)

// checkHolidayFile is the property every holiday file a parser accepts must
// have, and checkHolidayFileRefusal that of every refusal.
func checkHolidayFile(t *testing.T, data []byte, f *HolidayFile, format HolidayFormat) {
	t.Helper()
	if f.Format != format || f.Name != "fuzz" || f.SHA256 != sha(data) {
		t.Fatalf("accepted as %q %q with SHA-256 %s", f.Name, f.Format, f.SHA256)
	}
	if len(f.Days) == 0 {
		t.Fatal("accepted with no days")
	}
	for i, d := range f.Days {
		if !d.Date.IsValid() {
			t.Fatalf("day %d has the invalid date %v", i, d.Date)
		}
		if i > 0 && !f.Days[i-1].Date.Before(d.Date) {
			t.Fatalf("days %d and %d are out of order: %v, %v", i-1, i, f.Days[i-1].Date, d.Date)
		}
		if p := titleProblem(d.Title); p != "" {
			t.Fatalf("day %v accepted with a title that %s", d.Date, p)
		}
	}
	// Whatever it holds, the diff against the record is an answer or a
	// typed refusal, never a panic.
	if _, err := DiffHolidays(f); err != nil {
		var he *HolidayFileError
		if !errors.As(err, &he) || he.Code() != problem.HolidayOutOfRange {
			t.Fatalf("DiffHolidays of an accepted file: %v", err)
		}
	}
}

func checkHolidayFileRefusal(t *testing.T, f *HolidayFile, err error) {
	t.Helper()
	var he *HolidayFileError
	if !errors.As(err, &he) {
		t.Fatalf("error %v is %T, want *HolidayFileError", err, err)
	}
	if he.Code() != problem.HolidayFileMalformed || he.File != "fuzz" || he.Reason == "" {
		t.Fatalf("refusal %#v", he)
	}
	if f != nil {
		t.Fatalf("refused but returned %+v", f)
	}
	if strings.ContainsAny(err.Error(), "\n\r") {
		t.Fatalf("message is not one line: %q", err)
	}
}

func FuzzParseGOVUKHolidays(f *testing.F) {
	f.Add(govukFile(f, year2029()))
	f.Add(govukFile(f, recordDays(2019, 2028)))
	for _, s := range []string{
		``, `{}`, `[]`, `null`, `{"england-and-wales": null}`,
		`{"england-and-wales": {"division": "england-and-wales", "events": []}}`,
		`{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "A", "date": "2029-01-01", "notes": "Substitute day", "bunting": true}]}}`,
		`{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "A", "date": "2029-02-29"}]}}`,
		`{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "A", "date": "2029-01-01"}, {"title": "B", "date": "2029-01-01"}]}}`,
		`{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "", "date": "2029-01-01"}]}}`,
		`{"england-and-wales": {"division": "england-and-wales", "events": [{"title": 1, "date": "2029-01-01"}]}}`,
		`{"cymru-a-lloegr": {"division": "cymru-a-lloegr", "events": []}}`,
		"{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": [{\"title\": \"A\", \"date\": \"2100-01-01\"}]}}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		hf, err := ParseGOVUKHolidays("fuzz", data)
		if err != nil {
			checkHolidayFileRefusal(t, hf, err)
			return
		}
		checkHolidayFile(t, data, hf, GOVUKJSON)
	})
}

func FuzzParseHolidayCSV(f *testing.F) {
	for _, s := range []string{
		"date,title\n2031-06-16,Bank holiday\n",
		"\uFEFFDate,Title\r\n2031-06-16,\"A, B\"\r\n01/08/2031,C\r\n,\r\n",
		"date,title\n2031-06-16,X\n16/06/2031,Y\n",
		"date,title\n2031-06-31,X\n", "date,title\n2031-06-16,\n", "date,title\n2031-06-16,a \"b\"\n",
		"date,title\n2031-06-16,X,Y\n", "day,name\n", "", "date,title\n", "date,title\n2100-01-01,X\n",
		"date,title\n\"2031-06-16\",\"multi\nline\"\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		hf, err := ParseHolidayCSV("fuzz", data)
		if err != nil {
			checkHolidayFileRefusal(t, hf, err)
			return
		}
		checkHolidayFile(t, data, hf, HolidayCSV)
		// Written out again as CSV, the days read back the same.
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Write([]string{"date", "title"})
		for _, d := range hf.Days {
			w.Write([]string{d.Date.String(), d.Title})
		}
		w.Flush()
		again, err := ParseHolidayCSV("fuzz", b.Bytes())
		if err != nil {
			t.Fatalf("the days written out again are refused: %v\n%s", err, b.Bytes())
		}
		for i := range hf.Days {
			if a, g := hf.Days[i], again.Days[i]; a.Date != g.Date || a.Title != g.Title {
				t.Fatalf("day %d read back as %+v, was %+v", i, g, a)
			}
		}
	})
}

func TestFuzzSeedsIncludeTheIssuesMalformedFiles(t *testing.T) {
	// The malformed files of issue 11 (truncated JSON, wrong schema, a bad
	// date, a duplicate) are refused by ParseGOVUKHolidays as well as by
	// ReadHolidayFile.
	good := govukFile(t, year2029())
	for name, data := range map[string][]byte{
		"truncated":    good[:len(good)-3],
		"wrong schema": []byte(`{"england-and-wales": {"division": "england-and-wales", "events": "none"}}`),
		"bad date":     bytes.Replace(good, []byte("2029-03-30"), []byte("2029-03-32"), 1),
		"duplicate":    bytes.Replace(good, []byte("2029-04-02"), []byte("2029-03-30"), 1),
	} {
		t.Run("the "+name+" GOV.UK file is refused", func(t *testing.T) {
			f, err := ParseGOVUKHolidays("fuzz", data)
			checkHolidayFileRefusal(t, f, err)
		})
	}
}
