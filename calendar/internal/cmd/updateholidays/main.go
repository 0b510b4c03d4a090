// Command updateholidays adds newly published England-and-Wales bank holidays
// to the committed fixture calendar/data/bank-holidays-england-and-wales.json.
//
// Download GOV.UK's list by hand, then run the command from the module root:
//
//	curl -o ~/Downloads/bank-holidays.json https://www.gov.uk/bank-holidays.json
//	go run ./calendar/internal/cmd/updateholidays -in ~/Downloads/bank-holidays.json
//
// Flags:
//
//	-in FILE        local copy of https://www.gov.uk/bank-holidays.json (required)
//	-fixture PATH   fixture to update (default calendar/data/bank-holidays-england-and-wales.json)
//	-retrieved DATE the day the input was downloaded, YYYY-MM-DD (default today)
//	-source TEXT    where the input came from (default https://www.gov.uk/bank-holidays.json)
//
// Only the "england-and-wales" division of the input is read. The command
// only ever adds to the fixture. It refuses, writes nothing and exits with
// status 1, naming every offending date, if the input
//
//   - gives a different title or notes for a date the fixture already has,
//   - leaves out a date the fixture has in a year the input covers (the
//     years from the input's first event to its last), or
//   - lists a date the fixture lacks in a year before the fixture's last
//     year, which would change the past.
//
// Otherwise the new events (in the fixture's last year or later) are added in
// date order, "retrieved" is set to -retrieved, and a note naming the added
// range and -source is appended to "source". If there is nothing new, the
// fixture is left untouched. The output is indented JSON with a trailing
// newline, so the same inputs always give the same bytes.
//
// Exit status: 0 on success (including "nothing new"), 1 when the input is
// refused or a file cannot be read, parsed or written, 2 for bad usage.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

const (
	division       = "england-and-wales"
	defaultFixture = "calendar/data/bank-holidays-england-and-wales.json"
	defaultSource  = "https://www.gov.uk/bank-holidays.json"
	dateLayout     = "2006-01-02"
)

// Event is one bank holiday as recorded in the fixture. Bunting is not kept.
type Event struct {
	Date  string `json:"date"`
	Title string `json:"title"`
	Notes string `json:"notes"`
}

// Fixture is the committed file's layout. Events are sorted by date, with
// no date repeated.
type Fixture struct {
	Source    string  `json:"source"`
	Retrieved string  `json:"retrieved"`
	Division  string  `json:"division"`
	Events    []Event `json:"events"`
}

// Provenance describes the input being merged.
type Provenance struct {
	Retrieved string // YYYY-MM-DD
	Source    string // e.g. https://www.gov.uk/bank-holidays.json
}

// Conflict is one date on which the input disagrees with the fixture's past.
type Conflict struct {
	Date    string
	Problem string
}

// ConflictError reports every conflict found; Merge returns it instead of a
// fixture when the input would change or remove recorded history.
type ConflictError struct {
	Conflicts []Conflict
}

func (e *ConflictError) Error() string {
	dates := make([]string, len(e.Conflicts))
	for i, c := range e.Conflicts {
		dates[i] = c.Date
	}
	var b strings.Builder
	fmt.Fprintf(&b, "input changes dates already in the fixture, refusing to write: %s", strings.Join(dates, ", "))
	for _, c := range e.Conflicts {
		fmt.Fprintf(&b, "\n  %s: %s", c.Date, c.Problem)
	}
	return b.String()
}

// govukDivision is the part of GOV.UK's bank-holidays.json that is read:
// one division's events. Other divisions and the bunting field are ignored.
type govukDivision struct {
	Division string `json:"division"`
	Events   []struct {
		Title string `json:"title"`
		Date  string `json:"date"`
		Notes string `json:"notes"`
	} `json:"events"`
}

// ParseGovUK reads GOV.UK's bank-holidays.json and returns its
// england-and-wales events sorted by date.
func ParseGovUK(data []byte) ([]Event, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("input is not GOV.UK's bank-holidays.json: not a JSON object: %w", err)
	}
	raw, ok := top[division]
	if !ok {
		return nil, fmt.Errorf("input is not GOV.UK's bank-holidays.json: no %q division", division)
	}
	var d govukDivision
	if err := json.Unmarshal(raw, &d); err != nil {
		return nil, fmt.Errorf("input division %q is malformed: %w", division, err)
	}
	if d.Division != division {
		return nil, fmt.Errorf("input division %q names itself %q", division, d.Division)
	}
	if len(d.Events) == 0 {
		return nil, fmt.Errorf("input division %q has no events", division)
	}
	events := make([]Event, len(d.Events))
	for i, e := range d.Events {
		events[i] = Event{Date: e.Date, Title: e.Title, Notes: e.Notes}
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].Date < events[j].Date })
	if err := checkEvents(events); err != nil {
		return nil, fmt.Errorf("input division %q: %w", division, err)
	}
	return events, nil
}

// ParseFixture reads and checks the committed fixture.
func ParseFixture(data []byte) (Fixture, error) {
	var f Fixture
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return Fixture{}, fmt.Errorf("fixture is malformed: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Fixture{}, errors.New("fixture is malformed: data after the JSON object")
	}
	if f.Division != division {
		return Fixture{}, fmt.Errorf("fixture division is %q, want %q", f.Division, division)
	}
	for i := 1; i < len(f.Events); i++ {
		if f.Events[i-1].Date >= f.Events[i].Date {
			return Fixture{}, fmt.Errorf("fixture events are not in strictly increasing date order at %s", f.Events[i].Date)
		}
	}
	if err := checkEvents(f.Events); err != nil {
		return Fixture{}, fmt.Errorf("fixture: %w", err)
	}
	return f, nil
}

// checkEvents checks dates and titles of events already sorted by date.
func checkEvents(events []Event) error {
	for i, e := range events {
		if !validDate(e.Date) {
			return fmt.Errorf("event %q has date %q, want YYYY-MM-DD", e.Title, e.Date)
		}
		if strings.TrimSpace(e.Title) == "" {
			return fmt.Errorf("event on %s has no title", e.Date)
		}
		if i > 0 && events[i-1].Date == e.Date {
			return fmt.Errorf("date %s is listed more than once", e.Date)
		}
	}
	return nil
}

func validDate(s string) bool {
	t, err := time.Parse(dateLayout, s)
	return err == nil && t.Format(dateLayout) == s
}

func year(date string) int {
	y, _ := strconv.Atoi(date[:4]) // dates are validated before use
	return y
}

// Merge adds to fix the input events it does not yet have. It returns the
// new fixture and the added events, or fix unchanged and no events when there
// is nothing new. If the input would change the past (see the package
// comment) it returns a *ConflictError listing every offending date.
// in must be sorted by date with no repeats, as ParseGovUK returns it.
func Merge(fix Fixture, in []Event, p Provenance) (Fixture, []Event, error) {
	if len(in) == 0 {
		return fix, nil, errors.New("input has no events")
	}
	have := make(map[string]Event, len(fix.Events))
	for _, e := range fix.Events {
		have[e.Date] = e
	}
	lastYear := 0
	if n := len(fix.Events); n > 0 {
		lastYear = year(fix.Events[n-1].Date)
	}
	firstIn, lastIn := year(in[0].Date), year(in[len(in)-1].Date)

	var conflicts []Conflict
	var added []Event
	listed := make(map[string]bool, len(in))
	for _, e := range in {
		listed[e.Date] = true
		old, ok := have[e.Date]
		switch {
		case ok:
			var problems []string
			if old.Title != e.Title {
				problems = append(problems, fmt.Sprintf("title %q in the fixture, %q in the input", old.Title, e.Title))
			}
			if old.Notes != e.Notes {
				problems = append(problems, fmt.Sprintf("notes %q in the fixture, %q in the input", old.Notes, e.Notes))
			}
			if len(problems) > 0 {
				conflicts = append(conflicts, Conflict{e.Date, strings.Join(problems, "; ")})
			}
		case year(e.Date) < lastYear:
			conflicts = append(conflicts, Conflict{e.Date, fmt.Sprintf(
				"new event %q in the input, but the fixture already runs to %d", e.Title, lastYear)})
		default:
			added = append(added, e)
		}
	}
	for _, old := range fix.Events {
		if y := year(old.Date); y >= firstIn && y <= lastIn && !listed[old.Date] {
			conflicts = append(conflicts, Conflict{old.Date, fmt.Sprintf(
				"%q is in the fixture but missing from the input, which covers %d-%d", old.Title, firstIn, lastIn)})
		}
	}
	if len(conflicts) > 0 {
		sort.SliceStable(conflicts, func(i, j int) bool { return conflicts[i].Date < conflicts[j].Date })
		return fix, nil, &ConflictError{Conflicts: conflicts}
	}
	if len(added) == 0 {
		return fix, nil, nil
	}
	if !validDate(p.Retrieved) {
		return fix, nil, fmt.Errorf("retrieved date %q is not YYYY-MM-DD", p.Retrieved)
	}
	source := p.Source
	if source == "" {
		source = defaultSource
	}

	out := fix
	out.Events = make([]Event, 0, len(fix.Events)+len(added))
	out.Events = append(out.Events, fix.Events...)
	out.Events = append(out.Events, added...)
	sort.SliceStable(out.Events, func(i, j int) bool { return out.Events[i].Date < out.Events[j].Date })
	out.Retrieved = p.Retrieved
	note := fmt.Sprintf("%s to %s: %s (retrieved %s).", added[0].Date, added[len(added)-1].Date, source, p.Retrieved)
	if out.Source == "" {
		out.Source = note
	} else {
		out.Source += " " + note
	}
	return out, added, nil
}

// Encode renders f as the fixture is stored: two-space indented JSON,
// non-ASCII left as is, with a trailing newline.
func Encode(f Fixture) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeFile replaces path with data via a temporary file in the same
// directory, so a failed write never leaves a half-written fixture.
func writeFile(path string, data []byte) (err error) {
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp.Name(), mode); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func run(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	fs := flag.NewFlagSet("updateholidays", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "local copy of GOV.UK's bank-holidays.json (required)")
	fixturePath := fs.String("fixture", defaultFixture, "fixture `path` to update")
	retrieved := fs.String("retrieved", now().Format(dateLayout), "`date` the input was downloaded, YYYY-MM-DD")
	source := fs.String("source", defaultSource, "where the input came from, recorded in the fixture")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: updateholidays -in FILE [-fixture PATH] [-retrieved YYYY-MM-DD] [-source TEXT]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *in == "" || fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	if !validDate(*retrieved) {
		fmt.Fprintf(stderr, "updateholidays: -retrieved %q is not YYYY-MM-DD\n", *retrieved)
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "updateholidays: %v\n", err)
		return 1
	}

	inData, err := os.ReadFile(*in)
	if err != nil {
		return fail(err)
	}
	events, err := ParseGovUK(inData)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", *in, err))
	}
	fixData, err := os.ReadFile(*fixturePath)
	if err != nil {
		return fail(err)
	}
	fix, err := ParseFixture(fixData)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", *fixturePath, err))
	}
	merged, added, err := Merge(fix, events, Provenance{Retrieved: *retrieved, Source: *source})
	if err != nil {
		return fail(err)
	}
	if len(added) == 0 {
		fmt.Fprintf(stdout, "%s already has all %d %s events in %s; nothing written\n",
			*fixturePath, len(events), division, *in)
		return 0
	}
	out, err := Encode(merged)
	if err != nil {
		return fail(err)
	}
	if err := writeFile(*fixturePath, out); err != nil {
		return fail(err)
	}
	fmt.Fprintf(stdout, "added %d event(s), %s to %s, to %s\n",
		len(added), added[0].Date, added[len(added)-1].Date, *fixturePath)
	return 0
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, time.Now))
}
