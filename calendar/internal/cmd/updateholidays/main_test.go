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
		Division:  englishDivision,
		Events:    concat(year2026(), year2027()),
	}
}

// welshOf returns events as the Welsh feed lists them, for these tests:
// the same dates, with the English title and notes marked "[cy]" in place
// of a translation (the real Welsh titles are in calendar/data).
func welshOf(events []Event) []Event {
	out := make([]Event, len(events))
	for i, e := range events {
		out[i] = Event{Date: e.Date, Title: "[cy] " + e.Title}
		if e.Notes != "" {
			out[i].Notes = "[cy] " + e.Notes
		}
	}
	return out
}

// welshFixtureOf returns the Welsh record matching the English record f,
// with the given source.
func welshFixtureOf(f Fixture, source string) Fixture {
	return Fixture{Source: source, Retrieved: f.Retrieved, Division: welshDivision, Events: welshOf(f.Events)}
}

// govukFeed renders events in the layout of GOV.UK's bank-holidays.json
// (division england-and-wales) or gwyliau-banc.json (cymru-a-lloegr), with
// another division alongside to show it is ignored.
func govukFeed(t *testing.T, division string, events []Event) []byte {
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
	d := div{Division: division, Events: []ev{}}
	for _, e := range events {
		d.Events = append(d.Events, ev{e.Title, e.Date, e.Notes, true})
	}
	other := "scotland"
	if division == welshDivision {
		other = "yr-alban"
	}
	data, err := json.Marshal(map[string]div{
		division: d,
		other:    {Division: other, Events: []ev{{"St Andrew’s Day", "2026-11-30", "", true}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// govuk renders events as GOV.UK's English feed.
func govuk(t *testing.T, events []Event) []byte { return govukFeed(t, englishDivision, events) }

func mustEncode(t *testing.T, f Fixture) []byte {
	t.Helper()
	data, err := Encode(f)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func fixedNow() time.Time { return time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC) }

// workspace is a directory holding both records and both inputs.
type workspace struct {
	dir                  string
	english, welsh       string // record paths
	englishIn, welshIn   string // input paths
	englishWas, welshWas []byte // the records as written
}

func newWorkspace(t *testing.T, english Fixture) *workspace {
	t.Helper()
	dir := t.TempDir()
	w := &workspace{
		dir:       dir,
		english:   filepath.Join(dir, "english.json"),
		welsh:     filepath.Join(dir, "welsh.json"),
		englishIn: filepath.Join(dir, "bank-holidays.json"),
		welshIn:   filepath.Join(dir, "gwyliau-banc.json"),
	}
	w.englishWas = mustEncode(t, english)
	w.welshWas = mustEncode(t, welshFixtureOf(english, "test data (Welsh)"))
	for path, data := range map[string][]byte{w.english: w.englishWas, w.welsh: w.welshWas} {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

// inputs writes the English and Welsh inputs.
func (w *workspace) inputs(t *testing.T, english, welsh []byte) {
	t.Helper()
	for path, data := range map[string][]byte{w.englishIn: english, w.welshIn: welsh} {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func (w *workspace) args(extra ...string) []string {
	return append([]string{"-in", w.englishIn, "-cy", w.welshIn, "-fixture", w.english, "-cy-fixture", w.welsh}, extra...)
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestRun(t *testing.T) {
	added2028 := baseFixture()
	added2028.Events = concat(year2026(), year2027(), year2028())
	added2028.Retrieved = "2026-11-25"
	added2028.Source = "test data 2028-01-03 to 2028-12-26: https://www.gov.uk/bank-holidays.json (retrieved 2026-11-25)."
	welsh2028 := welshFixtureOf(added2028, "test data (Welsh) 2028-01-03 to 2028-12-26: https://www.gov.uk/gwyliau-banc.json (retrieved 2026-11-25).")

	extra := Event{"2027-09-06", "Extra bank holiday for testing", "Extra bank holiday"}
	addedExtra := baseFixture()
	addedExtra.Events = concat(year2026(), year2027()[:6], []Event{extra}, year2027()[6:])
	addedExtra.Retrieved = "2027-02-01"
	addedExtra.Source = "test data 2027-09-06 to 2027-09-06: my download (retrieved 2027-02-01)."
	welshExtra := welshFixtureOf(addedExtra, "test data (Welsh) 2027-09-06 to 2027-09-06: fy lawrlwythiad (retrieved 2027-02-01).")

	proclaimed := Event{"2026-12-07", "Bank holiday proclaimed for testing", "Extra bank holiday"}
	addedProclaimed := baseFixture()
	addedProclaimed.Events = concat(year2026()[:6], []Event{proclaimed}, year2026()[6:], year2027())
	addedProclaimed.Retrieved = "2026-11-25"
	addedProclaimed.Source = "test data 2026-12-07 to 2026-12-07: https://www.gov.uk/bank-holidays.json (retrieved 2026-11-25)."
	welshProclaimed := welshFixtureOf(addedProclaimed, "test data (Welsh) 2026-12-07 to 2026-12-07: https://www.gov.uk/gwyliau-banc.json (retrieved 2026-11-25).")

	tests := []struct {
		name     string
		events   []Event // the English input; the Welsh input lists the same days
		input    []byte  // the English input's bytes, when not built from events
		cyInput  []byte  // the Welsh input's bytes, when not built from events
		args     []string
		wantCode int
		want     *Fixture // English record afterwards; nil means unchanged
		wantCy   *Fixture // Welsh record afterwards; nil means unchanged
		wantOut  []string // substrings of stdout
		wantErr  []string // substrings of stderr
	}{
		{
			name:     "adds a new year to both records",
			events:   concat(year2026(), year2027(), year2028()),
			wantCode: 0,
			want:     &added2028,
			wantCy:   &welsh2028,
			wantOut:  []string{"added 8 event(s), 2028-01-03 to 2028-12-26"},
		},
		{
			name:     "inputs without the older years add a new year",
			events:   concat(year2027(), year2028()),
			wantCode: 0,
			want:     &added2028,
			wantCy:   &welsh2028,
		},
		{
			name:     "a new event in the records' last year, after the day of download, is added",
			events:   concat(year2026(), year2027(), []Event{extra}),
			args:     []string{"-retrieved", "2027-02-01", "-source", "my download", "-cy-source", "fy lawrlwythiad"},
			wantCode: 0,
			want:     &addedExtra,
			wantCy:   &welshExtra,
		},
		{
			name:     "a one-off proclaimed for a year before the records' last, after the day of download, is added",
			events:   concat(year2026(), []Event{proclaimed}, year2027()),
			wantCode: 0,
			want:     &addedProclaimed,
			wantCy:   &welshProclaimed,
			wantOut:  []string{"added 1 event(s), 2026-12-07 to 2026-12-07"},
		},
		{
			name:     "unchanged inputs are a no-op",
			events:   concat(year2026(), year2027()),
			wantCode: 0,
			wantOut:  []string{"nothing written"},
		},
		{
			name:     "inputs with only some of the records' years are a no-op",
			events:   year2027(),
			wantCode: 0,
			wantOut:  []string{"nothing written"},
		},
		{
			name: "a changed title for a past date fails",
			events: concat(year2026(), edit(year2027(), func(e *Event) bool {
				if e.Date == "2027-08-30" {
					e.Title = "Late summer bank holiday"
				}
				return true
			}), year2028()),
			wantCode: 1,
			wantErr:  []string{"English record", "2027-08-30", `"Summer bank holiday" in the record, "Late summer bank holiday" in the input`},
		},
		{
			name:   "a changed Welsh title for a past date fails, and nothing is written to either record",
			events: concat(year2026(), year2027(), year2028()),
			cyInput: govukFeed(t, welshDivision, edit(welshOf(concat(year2026(), year2027(), year2028())), func(e *Event) bool {
				if e.Date == "2026-04-03" {
					e.Title = "[cy] Dydd Gwener y Groglith"
				}
				return true
			})),
			wantCode: 1,
			wantErr:  []string{"Welsh record", "2026-04-03", `title "[cy] Good Friday" in the record, "[cy] Dydd Gwener y Groglith" in the input`},
		},
		{
			name: "changed notes for a past date fail",
			events: concat(edit(year2026(), func(e *Event) bool {
				if e.Date == "2026-12-28" {
					e.Notes = ""
				}
				return true
			}), year2027()),
			wantCode: 1,
			wantErr:  []string{"2026-12-28", `notes "Substitute day" in the record, "" in the input`},
		},
		{
			name: "a removed past date fails",
			events: concat(year2026(), edit(year2027(), func(e *Event) bool {
				return e.Date != "2027-05-03"
			}), year2028()),
			wantCode: 1,
			wantErr:  []string{"2027-05-03", "missing from the input, which covers 2026-2028"},
		},
		{
			name:     "a new date in a year the records hold, dated before the day of download, fails: it would change the past",
			events:   concat(year2026(), []Event{{"2026-06-15", "Extra bank holiday", ""}}, year2027(), year2028()),
			wantCode: 1,
			wantErr:  []string{"2026-06-15", "not after the day the input was retrieved (2026-11-25): it would change the past"},
		},
		{
			name: "every conflicting date is named",
			events: concat(edit(year2026(), func(e *Event) bool {
				if e.Date == "2026-01-01" {
					e.Title = "New Year's Day" // straight apostrophe
				}
				return e.Date != "2026-04-06"
			}), year2027()),
			wantCode: 1,
			wantErr:  []string{"refusing to write: 2026-01-01, 2026-04-06"},
		},
		{
			name:     "English and Welsh inputs that list different dates fail, naming each",
			events:   concat(year2026(), year2027(), year2028()),
			cyInput:  govukFeed(t, welshDivision, welshOf(concat(year2026(), year2027(), year2028()[1:]))),
			wantCode: 1,
			wantErr:  []string{"2028-01-03 (New Year’s Day) is in GOV.UK's bank-holidays.json but not in GOV.UK's gwyliau-banc.json"},
		},
		{
			name:     "the English list given as the Welsh input fails",
			events:   year2028(),
			cyInput:  govuk(t, year2028()),
			wantCode: 1,
			wantErr:  []string{`input is not GOV.UK's gwyliau-banc.json: no "cymru-a-lloegr" division`},
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
			name:     "malformed input: a division naming itself otherwise",
			input:    []byte(`{"england-and-wales": {"division": "scotland", "events": []}}`),
			wantCode: 1,
			wantErr:  []string{`input division "england-and-wales" names itself "scotland"`},
		},
		{
			name:     "malformed input: no events",
			input:    []byte(`{"england-and-wales": {"division": "england-and-wales", "events": []}}`),
			wantCode: 1,
			wantErr:  []string{"has no events"},
		},
		{
			name:     "malformed input: date not ISO",
			events:   []Event{{"03/01/2028", nyd, sub}},
			wantCode: 1,
			wantErr:  []string{`date "03/01/2028", want YYYY-MM-DD`},
		},
		{
			name:     "malformed input: impossible date",
			events:   []Event{{"2028-02-30", "Leap day", ""}},
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
			events:   concat(year2028(), []Event{{"2028-12-26", "Boxing Day", ""}}),
			wantCode: 1,
			wantErr:  []string{"date 2028-12-26 is listed more than once"},
		},
		{
			name:     "bad -retrieved",
			events:   year2028(),
			args:     []string{"-retrieved", "25/11/2026"},
			wantCode: 2,
			wantErr:  []string{"-retrieved"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorkspace(t, baseFixture())
			input, cyInput := tc.input, tc.cyInput
			if input == nil {
				input = govuk(t, tc.events)
			}
			if cyInput == nil {
				cyInput = govukFeed(t, welshDivision, welshOf(tc.events))
			}
			w.inputs(t, input, cyInput)
			var stdout, stderr bytes.Buffer
			args := w.args(tc.args...)
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
			want, wantCy := w.englishWas, w.welshWas
			if tc.want != nil {
				want = mustEncode(t, *tc.want)
			}
			if tc.wantCy != nil {
				wantCy = mustEncode(t, *tc.wantCy)
			}
			if got := readFile(t, w.english); !bytes.Equal(got, want) {
				t.Errorf("English record afterwards:\n%s\nwant:\n%s", got, want)
			}
			if got := readFile(t, w.welsh); !bytes.Equal(got, wantCy) {
				t.Errorf("Welsh record afterwards:\n%s\nwant:\n%s", got, wantCy)
			}
			entries, err := os.ReadDir(w.dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 4 {
				t.Errorf("directory holds %d files, want 4 (a temporary or lock file left behind?)", len(entries))
			}

			if code == 0 && tc.want != nil {
				// Running again with the same inputs must change nothing.
				stdout.Reset()
				stderr.Reset()
				if code := run(args, &stdout, &stderr, fixedNow); code != 0 {
					t.Fatalf("second run: exit status %d\nstderr: %s", code, &stderr)
				}
				if again := readFile(t, w.english); !bytes.Equal(again, want) {
					t.Errorf("second run changed the English record:\n%s", again)
				}
				if again := readFile(t, w.welsh); !bytes.Equal(again, wantCy) {
					t.Errorf("second run changed the Welsh record:\n%s", again)
				}
			}
		})
	}
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-fixture", "x.json"},
		{"-in", "a.json", "-cy", "b.json", "extra"},
		{"-in", "a.json"},
		{"-cy", "b.json"},
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
	if got := err.Error(); !strings.Contains(got, "refusing to write: 2026-01-01\n  2026-01-01: ") {
		t.Errorf("message %q", got)
	}
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
		Division:  englishDivision,
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
		if _, err := ParseFixture(mustEncode(t, bad), englishDivision); err == nil {
			t.Errorf("%s: ParseFixture accepted it", name)
		}
	}
	if _, err := ParseFixture([]byte(`{"division": "england-and-wales", "extra": 1}`), englishDivision); err == nil {
		t.Error("ParseFixture accepted an unknown field")
	}
	if _, err := ParseFixture(append(mustEncode(t, good), "{}"...), englishDivision); err == nil {
		t.Error("ParseFixture accepted trailing data")
	}
	if _, err := ParseFixture(mustEncode(t, good), welshDivision); err == nil {
		t.Error("ParseFixture accepted the English record as the Welsh one")
	}
}

func TestMergeNeedsARetrievedDate(t *testing.T) {
	if _, _, err := Merge(baseFixture(), year2028(), Provenance{Retrieved: "soon"}); err == nil || !strings.Contains(err.Error(), `retrieved date "soon"`) {
		t.Errorf("Merge with a bad retrieved date: %v", err)
	}
	if _, _, err := Merge(baseFixture(), nil, Provenance{Retrieved: "2026-11-25"}); err == nil {
		t.Error("Merge with no input events: nil error")
	}
	got, added, err := Merge(Fixture{Division: englishDivision}, year2028(), Provenance{Retrieved: "2026-11-25"})
	if err != nil || len(added) != 8 || got.Source != "2028-01-03 to 2028-12-26: https://www.gov.uk/bank-holidays.json (retrieved 2026-11-25)." {
		t.Errorf("Merge into an empty record = %+v, %d added, %v", got, len(added), err)
	}
}

// committedRecord reads a record in calendar/data and checks it is in the
// form this command writes, with its source and the day it was read.
func committedRecord(t *testing.T, name, division string) Fixture {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "data", name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFixture(data, division)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mustEncode(t, f), data) {
		t.Errorf("%s is not in canonical form (indent, order, trailing newline); rewrite it with Encode", name)
	}
	if !validDate(f.Retrieved) || f.Source == "" {
		t.Errorf("%s: retrieved %q / source %q", name, f.Retrieved, f.Source)
	}
	return f
}

// TestCommittedWelshRecord checks the Welsh record in calendar/data is in
// the form this command writes and that, from its first year, it lists the
// English record's dates.
func TestCommittedWelshRecord(t *testing.T) {
	cy := committedRecord(t, "gwyliau-banc-cymru-a-lloegr.json", welshDivision)
	en := committedRecord(t, "bank-holidays-england-and-wales.json", englishDivision)
	var enFrom []Event
	for _, e := range en.Events {
		if e.Date >= cy.Events[0].Date[:4] {
			enFrom = append(enFrom, e)
		}
	}
	if err := sameDates(enFrom, cy.Events); err != nil {
		t.Error(err)
	}
}

// TestCommittedFixture checks the English record in calendar/data is in the
// form this command writes, has no gaps, and holds some well-known dates.
func TestCommittedFixture(t *testing.T) {
	f := committedRecord(t, "bank-holidays-england-and-wales.json", englishDivision)
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
