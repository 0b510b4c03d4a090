package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const (
	nyd = "New Year’s Day"
	sub = "Substitute day"
)

func year2026() []Event {
	return []Event{
		{"2026-01-01", nyd, ""},
		{"2026-04-03", "Good Friday", ""},
		{"2026-04-06", "Easter Monday", ""},
		{"2026-05-04", "Early May bank holiday", ""},
		{"2026-05-25", "Spring bank holiday", ""},
		{"2026-08-31", "Summer bank holiday", ""},
		{"2026-12-25", "Christmas Day", ""},
		{"2026-12-28", "Boxing Day", sub},
	}
}

func year2027() []Event {
	return []Event{
		{"2027-01-01", nyd, ""},
		{"2027-03-26", "Good Friday", ""},
		{"2027-03-29", "Easter Monday", ""},
		{"2027-05-03", "Early May bank holiday", ""},
		{"2027-05-31", "Spring bank holiday", ""},
		{"2027-08-30", "Summer bank holiday", ""},
		{"2027-12-27", "Christmas Day", sub},
		{"2027-12-28", "Boxing Day", sub},
	}
}

func year2028() []Event {
	return []Event{
		{"2028-01-03", nyd, sub},
		{"2028-04-14", "Good Friday", ""},
		{"2028-04-17", "Easter Monday", ""},
		{"2028-05-01", "Early May bank holiday", ""},
		{"2028-05-29", "Spring bank holiday", ""},
		{"2028-08-28", "Summer bank holiday", ""},
		{"2028-12-25", "Christmas Day", ""},
		{"2028-12-26", "Boxing Day", ""},
	}
}

func concat(lists ...[]Event) []Event {
	var out []Event
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// edit returns a copy of events with fn applied to each; fn returns false to drop one.
func edit(events []Event, fn func(*Event) bool) []Event {
	var out []Event
	for _, e := range events {
		if fn(&e) {
			out = append(out, e)
		}
	}
	return out
}

func baseFixture() Fixture {
	return Fixture{
		Source:    "test data",
		Retrieved: "2026-01-10",
		Division:  division,
		Events:    concat(year2026(), year2027()),
	}
}

// govuk renders events in GOV.UK's bank-holidays.json layout, with another
// division alongside to show it is ignored.
func govuk(t *testing.T, events []Event) []byte {
	t.Helper()
	type ev struct {
		Title   string `json:"title"`
		Date    string `json:"date"`
		Notes   string `json:"notes"`
		Bunting bool   `json:"bunting"`
	}
	type div struct {
		Division string `json:"division"`
		Events   []ev   `json:"events"`
	}
	ew := div{Division: division, Events: []ev{}}
	for _, e := range events {
		ew.Events = append(ew.Events, ev{e.Title, e.Date, e.Notes, true})
	}
	data, err := json.Marshal(map[string]div{
		division:   ew,
		"scotland": {Division: "scotland", Events: []ev{{"St Andrew’s Day", "2026-11-30", "", true}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func mustEncode(t *testing.T, f Fixture) []byte {
	t.Helper()
	data, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func fixedNow() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) }

func TestRun(t *testing.T) {
	added2028 := baseFixture()
	added2028.Events = concat(year2026(), year2027(), year2028())
	added2028.Retrieved = "2026-11-25"
	added2028.Source = "test data 2028-01-03 to 2028-12-26: https://www.gov.uk/bank-holidays.json (retrieved 2026-11-25)."

	extra := Event{"2027-09-06", "Extra bank holiday for testing", "Extra bank holiday"}
	addedExtra := baseFixture()
	addedExtra.Events = concat(year2026(), year2027()[:6], []Event{extra}, year2027()[6:])
	addedExtra.Retrieved = "2027-02-01"
	addedExtra.Source = "test data 2027-09-06 to 2027-09-06: my download (retrieved 2027-02-01)."

	tests := []struct {
		name     string
		input    []byte
		args     []string
		wantCode int
		want     []byte   // fixture afterwards; nil means unchanged
		wantOut  []string // substrings of stdout
		wantErr  []string // substrings of stderr
	}{
		{
			name:     "adds a new year",
			input:    govuk(t, concat(year2026(), year2027(), year2028())),
			wantCode: 0,
			want:     mustEncode(t, added2028),
			wantOut:  []string{"added 8 event(s), 2028-01-03 to 2028-12-26"},
		},
		{
			name:     "input without the older years adds a new year",
			input:    govuk(t, concat(year2027(), year2028())),
			wantCode: 0,
			want:     mustEncode(t, added2028),
		},
		{
			name:     "new event in the fixture's last year is added",
			input:    govuk(t, concat(year2026(), year2027(), []Event{extra})),
			args:     []string{"-retrieved", "2027-02-01", "-source", "my download"},
			wantCode: 0,
			want:     mustEncode(t, addedExtra),
		},
		{
			name:     "unchanged input is a no-op",
			input:    govuk(t, concat(year2026(), year2027())),
			wantCode: 0,
			wantOut:  []string{"nothing written"},
		},
		{
			name:     "input with only some of the fixture's years is a no-op",
			input:    govuk(t, year2027()),
			wantCode: 0,
			wantOut:  []string{"nothing written"},
		},
		{
			name: "changed title for a past date fails",
			input: govuk(t, concat(year2026(), edit(year2027(), func(e *Event) bool {
				if e.Date == "2027-08-30" {
					e.Title = "Late summer bank holiday"
				}
				return true
			}), year2028())),
			wantCode: 1,
			wantErr:  []string{"2027-08-30", `"Summer bank holiday" in the fixture, "Late summer bank holiday" in the input`},
		},
		{
			name: "changed notes for a past date fails",
			input: govuk(t, concat(edit(year2026(), func(e *Event) bool {
				if e.Date == "2026-12-28" {
					e.Notes = ""
				}
				return true
			}), year2027())),
			wantCode: 1,
			wantErr:  []string{"2026-12-28", `notes "Substitute day" in the fixture, "" in the input`},
		},
		{
			name: "removed past date fails",
			input: govuk(t, concat(year2026(), edit(year2027(), func(e *Event) bool {
				return e.Date != "2027-05-03"
			}), year2028())),
			wantCode: 1,
			wantErr:  []string{"2027-05-03", "missing from the input, which covers 2026-2028"},
		},
		{
			name:     "new date in an earlier year fails",
			input:    govuk(t, concat(year2026(), []Event{{"2026-06-15", "Extra bank holiday", ""}}, year2027(), year2028())),
			wantCode: 1,
			wantErr:  []string{"2026-06-15", "fixture already runs to 2027"},
		},
		{
			name: "every conflicting date is named",
			input: govuk(t, concat(edit(year2026(), func(e *Event) bool {
				if e.Date == "2026-01-01" {
					e.Title = "New Year's Day" // straight apostrophe
				}
				return e.Date != "2026-04-06"
			}), year2027())),
			wantCode: 1,
			wantErr:  []string{"refusing to write: 2026-01-01, 2026-04-06"},
		},
		{
			name:     "malformed input: not JSON",
			input:    []byte("<!DOCTYPE html><html>Service unavailable</html>"),
			wantCode: 1,
			wantErr:  []string{"input is not GOV.UK's bank-holidays.json: not a JSON object"},
		},
		{
			name:     "malformed input: truncated",
			input:    govuk(t, year2028())[:100],
			wantCode: 1,
			wantErr:  []string{"not a JSON object"},
		},
		{
			name:     "malformed input: no england-and-wales division",
			input:    []byte(`{"scotland": {"division": "scotland", "events": []}}`),
			wantCode: 1,
			wantErr:  []string{`no "england-and-wales" division`},
		},
		{
			name:     "malformed input: events is not a list",
			input:    []byte(`{"england-and-wales": {"division": "england-and-wales", "events": {}}}`),
			wantCode: 1,
			wantErr:  []string{`input division "england-and-wales" is malformed`},
		},
		{
			name:     "malformed input: no events",
			input:    []byte(`{"england-and-wales": {"division": "england-and-wales", "events": []}}`),
			wantCode: 1,
			wantErr:  []string{"has no events"},
		},
		{
			name:     "malformed input: date not ISO",
			input:    govuk(t, []Event{{"03/01/2028", nyd, sub}}),
			wantCode: 1,
			wantErr:  []string{`date "03/01/2028", want YYYY-MM-DD`},
		},
		{
			name:     "malformed input: impossible date",
			input:    govuk(t, []Event{{"2028-02-30", "Leap day", ""}}),
			wantCode: 1,
			wantErr:  []string{`date "2028-02-30"`},
		},
		{
			name:     "malformed input: missing title",
			input:    govuk(t, []Event{{"2028-12-25", "", ""}}),
			wantCode: 1,
			wantErr:  []string{"event on 2028-12-25 has no title"},
		},
		{
			name:     "malformed input: repeated date",
			input:    govuk(t, concat(year2028(), []Event{{"2028-12-26", "Boxing Day", ""}})),
			wantCode: 1,
			wantErr:  []string{"date 2028-12-26 is listed more than once"},
		},
		{
			name:     "bad -retrieved",
			input:    govuk(t, year2028()),
			args:     []string{"-retrieved", "25/11/2026"},
			wantCode: 2,
			wantErr:  []string{"-retrieved"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			fixturePath := filepath.Join(dir, "fixture.json")
			inPath := filepath.Join(dir, "bank-holidays.json")
			before := mustEncode(t, baseFixture())
			if err := os.WriteFile(fixturePath, before, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(inPath, tc.input, 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			args := append([]string{"-in", inPath, "-fixture", fixturePath}, tc.args...)
			code := run(args, &stdout, &stderr, fixedNow)
			if code != tc.wantCode {
				t.Fatalf("exit status %d, want %d\nstdout: %s\nstderr: %s", code, tc.wantCode, &stdout, &stderr)
			}
			for _, s := range tc.wantOut {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("stdout %q does not contain %q", stdout.String(), s)
				}
			}
			for _, s := range tc.wantErr {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr %q does not contain %q", stderr.String(), s)
				}
			}
			got, err := os.ReadFile(fixturePath)
			if err != nil {
				t.Fatal(err)
			}
			want := tc.want
			if want == nil {
				want = before
			}
			if !bytes.Equal(got, want) {
				t.Errorf("fixture afterwards:\n%s\nwant:\n%s", got, want)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 2 {
				t.Errorf("directory holds %d files, want 2 (a temporary file left behind?)", len(entries))
			}

			if code == 0 && tc.want != nil {
				// Running again with the same input must change nothing.
				stdout.Reset()
				stderr.Reset()
				if code := run(args, &stdout, &stderr, fixedNow); code != 0 {
					t.Fatalf("second run: exit status %d\nstderr: %s", code, &stderr)
				}
				again, _ := os.ReadFile(fixturePath)
				if !bytes.Equal(again, want) {
					t.Errorf("second run changed the fixture:\n%s", again)
				}
			}
		})
	}
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-fixture", "x.json"},
		{"-in", "a.json", "extra"},
		{"-nosuchflag"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr, fixedNow); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
		if !strings.Contains(stderr.String(), "usage:") {
			t.Errorf("run(%q) stderr %q lacks usage", args, stderr.String())
		}
	}
}

func TestMergeConflictError(t *testing.T) {
	in := concat(year2026()[1:], year2027())
	_, added, err := Merge(baseFixture(), in, Provenance{Retrieved: "2026-11-25"})
	var ce *ConflictError
	if !errors.As(err, &ce) {
		t.Fatalf("Merge error = %v, want *ConflictError", err)
	}
	if added != nil {
		t.Errorf("added = %v, want none", added)
	}
	if len(ce.Conflicts) != 1 || ce.Conflicts[0].Date != "2026-01-01" {
		t.Errorf("conflicts = %+v, want one on 2026-01-01", ce.Conflicts)
	}
}

func TestEncode(t *testing.T) {
	got := mustEncode(t, Fixture{
		Source:    "s & t",
		Retrieved: "2026-11-25",
		Division:  division,
		Events:    []Event{{"2028-01-03", nyd, sub}},
	})
	want := `{
  "source": "s & t",
  "retrieved": "2026-11-25",
  "division": "england-and-wales",
  "events": [
    {
      "date": "2028-01-03",
      "title": "New Year’s Day",
      "notes": "Substitute day"
    }
  ]
}
`
	if string(got) != want {
		t.Errorf("Encode =\n%s\nwant\n%s", got, want)
	}
}

func TestParseFixtureRejects(t *testing.T) {
	good := baseFixture()
	for name, f := range map[string]func(*Fixture){
		"wrong division": func(f *Fixture) { f.Division = "scotland" },
		"unsorted":       func(f *Fixture) { f.Events[0], f.Events[1] = f.Events[1], f.Events[0] },
		"repeated date":  func(f *Fixture) { f.Events[1].Date = f.Events[0].Date },
		"bad date":       func(f *Fixture) { f.Events[0].Date = "2026-1-1" },
	} {
		bad := good
		bad.Events = append([]Event(nil), good.Events...)
		f(&bad)
		if _, err := ParseFixture(mustEncode(t, bad)); err == nil {
			t.Errorf("%s: ParseFixture accepted it", name)
		}
	}
	if _, err := ParseFixture([]byte(`{"division": "england-and-wales", "extra": 1}`)); err == nil {
		t.Error("ParseFixture accepted an unknown field")
	}
	if _, err := ParseFixture(append(mustEncode(t, good), "{}"...)); err == nil {
		t.Error("ParseFixture accepted trailing data")
	}
}

// TestCommittedFixture checks the fixture in calendar/data is in the form
// this command writes, has no gaps, and holds some well-known dates.
func TestCommittedFixture(t *testing.T) {
	path := filepath.Join("..", "..", "..", "data", "bank-holidays-england-and-wales.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFixture(data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mustEncode(t, f), data) {
		t.Error("fixture is not in canonical form (indent, order, trailing newline); rewrite it with Encode")
	}
	if !validDate(f.Retrieved) || f.Source == "" {
		t.Errorf("retrieved %q / source %q", f.Retrieved, f.Source)
	}
	if got := f.Events[0].Date; got != "2012-01-02" {
		t.Errorf("first event %s, want 2012-01-02", got)
	}
	perYear := map[int]int{}
	for _, e := range f.Events {
		perYear[year(e.Date)]++
	}
	for y := 2012; y <= year(f.Events[len(f.Events)-1].Date); y++ {
		if perYear[y] < 8 {
			t.Errorf("%d has %d events, want at least 8", y, perYear[y])
		}
	}
	byDate := map[string]Event{}
	for _, e := range f.Events {
		byDate[e.Date] = e
	}
	for date, title := range map[string]string{
		"2012-06-04": "Spring bank holiday",
		"2012-06-05": "Queen’s Diamond Jubilee",
		"2020-05-08": "Early May bank holiday (VE day)",
		"2022-06-02": "Spring bank holiday",
		"2022-06-03": "Platinum Jubilee bank holiday",
		"2022-09-19": "Bank Holiday for the State Funeral of Queen Elizabeth II",
		"2022-12-26": "Boxing Day",
		"2022-12-27": "Christmas Day",
		"2023-05-08": "Bank holiday for the coronation of King Charles III",
	} {
		if got := byDate[date].Title; got != title {
			t.Errorf("%s: title %q, want %q", date, got, title)
		}
	}
	for _, date := range []string{"2020-05-04", "2022-05-30", "2012-05-28"} {
		if e, ok := byDate[date]; ok {
			t.Errorf("%s should not be a bank holiday, fixture has %q", date, e.Title)
		}
	}
}
