// Command updateholidays adds newly published England-and-Wales bank holidays
// to the official record that package calendar embeds and reads:
// calendar/data/bank-holidays-england-and-wales.json (GOV.UK's English list)
// and calendar/data/gwyliau-banc-cymru-a-lloegr.json (its Welsh list).
//
// # When GOV.UK publishes a new year, or a one-off bank holiday is proclaimed
//
// GOV.UK adds a year to its list about two years ahead, and adds a one-off
// (a jubilee, a state funeral) when it is proclaimed, sometimes ten days
// before. Either way, from the module root:
//
//  1. Download both lists, the same day:
//
//     curl -o bank-holidays.json https://www.gov.uk/bank-holidays.json
//     curl -o gwyliau-banc.json https://www.gov.uk/gwyliau-banc.json
//
//  2. Add what is new to the record:
//
//     go run ./calendar/internal/cmd/updateholidays -in bank-holidays.json -cy gwyliau-banc.json
//
//     It prints what it added to each file, or that there was nothing new,
//     or refuses (see below) and writes nothing.
//
//  3. Run the tests: go test ./... They check the record against itself
//     (the English and Welsh lists give the same dates) and the calendar
//     against the record. The calendar needs no change: it reads the
//     record, so a new year becomes official and a one-off a holiday, and
//     Calendar.LastOfficialYear and calendar.WalesVersion follow the data.
//     Some tests state published facts and will name what changed: a new
//     one-off is a day rickar/cal's gb package lacks (add it to the list of
//     that comparison in calendar/wales_test.go), and a new year moves the
//     first provisional year that tests and README examples use.
//
//  4. Review git diff calendar/data, commit it with the source of the
//     lists, and release. Until the release reaches them, users can apply
//     the downloaded bank-holidays.json at run time (calendar.WalesWith).
//
// # Flags
//
//	-in FILE          local copy of https://www.gov.uk/bank-holidays.json (required)
//	-cy FILE          local copy of https://www.gov.uk/gwyliau-banc.json (required)
//	-fixture PATH     English record (default calendar/data/bank-holidays-england-and-wales.json)
//	-cy-fixture PATH  Welsh record (default calendar/data/gwyliau-banc-cymru-a-lloegr.json)
//	-retrieved DATE   the day the inputs were downloaded, YYYY-MM-DD (default today)
//	-source TEXT      where -in came from (default https://www.gov.uk/bank-holidays.json)
//	-cy-source TEXT   where -cy came from (default https://www.gov.uk/gwyliau-banc.json)
//
// # What it accepts
//
// Only the "england-and-wales" division of -in and the "cymru-a-lloegr"
// division of -cy are read, and they must list the same dates. The command
// only ever adds to the record. It refuses, writes nothing and exits with
// status 1, naming every offending date, if an input
//
//   - gives a different title or notes for a date the record already has,
//   - leaves out a date the record has in a year the input covers (the
//     years from the input's first event to its last), or
//   - lists a date the record lacks in a year the record already holds,
//     dated on or before -retrieved: that would change the past. (A date
//     after -retrieved in such a year is a newly proclaimed one-off, and is
//     added.)
//
// Otherwise the new events are added in date order, "retrieved" is set to
// -retrieved, and a note naming the added range and the source is appended
// to "source". A file with nothing new is left untouched. The output is
// indented JSON with a trailing newline, so the same inputs always give the
// same bytes.
//
// A record that is a symbolic link is written through the link, to its
// target. Two runs at once cannot lose an addition: each holds a lock on
// the record's directory from reading the record to writing it, and a run
// that cannot take the lock within 30 seconds stops with status 1.
//
// Exit status: 0 on success (including "nothing new"), 1 when an input is
// refused or a file cannot be read, parsed, locked or written, 2 for bad
// usage.
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
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

const (
	englishDivision      = "england-and-wales"
	welshDivision        = "cymru-a-lloegr"
	defaultFixture       = "calendar/data/bank-holidays-england-and-wales.json"
	defaultWelshFixture  = "calendar/data/gwyliau-banc-cymru-a-lloegr.json"
	defaultSource        = "https://www.gov.uk/bank-holidays.json"
	defaultWelshSource   = "https://www.gov.uk/gwyliau-banc.json"
	dateLayout           = "2006-01-02"
	defaultLockWait      = 30 * time.Second
	lockPollInterval     = 20 * time.Millisecond
	englishFeed          = "GOV.UK's bank-holidays.json"
	welshFeed            = "GOV.UK's gwyliau-banc.json"
	englishRecordPurpose = "English record"
	welshRecordPurpose   = "Welsh record"
)

// Event is one bank holiday as recorded in the record. Bunting is not kept.
type Event struct {
	Date  string `json:"date"`
	Title string `json:"title"`
	Notes string `json:"notes"`
}

// Fixture is the layout of a record file. Events are sorted by date, with
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

// Conflict is one date on which the input disagrees with the record's past.
type Conflict struct {
	Date    string
	Problem string
}

// ConflictError reports every conflict found; Merge returns it instead of a
// record when the input would change or remove recorded history.
type ConflictError struct {
	Conflicts []Conflict
}

func (e *ConflictError) Error() string {
	dates := make([]string, len(e.Conflicts))
	for i, c := range e.Conflicts {
		dates[i] = c.Date
	}
	var b strings.Builder
	fmt.Fprintf(&b, "input changes dates already in the record, refusing to write: %s", strings.Join(dates, ", "))
	for _, c := range e.Conflicts {
		fmt.Fprintf(&b, "\n  %s: %s", c.Date, c.Problem)
	}
	return b.String()
}

// govukDivision is the part of GOV.UK's feed that is read: one division's
// events. Other divisions and the bunting field are ignored.
type govukDivision struct {
	Division string `json:"division"`
	Events   []struct {
		Title string `json:"title"`
		Date  string `json:"date"`
		Notes string `json:"notes"`
	} `json:"events"`
}

// feedName names the GOV.UK file that holds a division.
func feedName(division string) string {
	if division == welshDivision {
		return welshFeed
	}
	return englishFeed
}

// ParseGovUK reads GOV.UK's bank-holidays.json or gwyliau-banc.json and
// returns the events of the given division sorted by date.
func ParseGovUK(data []byte, division string) ([]Event, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("input is not %s: not a JSON object: %w", feedName(division), err)
	}
	raw, ok := top[division]
	if !ok {
		return nil, fmt.Errorf("input is not %s: no %q division", feedName(division), division)
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

// ParseFixture reads and checks a record file of the given division.
func ParseFixture(data []byte, division string) (Fixture, error) {
	var f Fixture
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return Fixture{}, fmt.Errorf("record is malformed: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Fixture{}, errors.New("record is malformed: data after the JSON object")
	}
	if f.Division != division {
		return Fixture{}, fmt.Errorf("record division is %q, want %q", f.Division, division)
	}
	for i := 1; i < len(f.Events); i++ {
		if f.Events[i-1].Date >= f.Events[i].Date {
			return Fixture{}, fmt.Errorf("record events are not in strictly increasing date order at %s", f.Events[i].Date)
		}
	}
	if err := checkEvents(f.Events); err != nil {
		return Fixture{}, fmt.Errorf("record: %w", err)
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

// sameDates returns an error naming every date one input lists and the
// other does not.
func sameDates(english, welsh []Event) error {
	in := func(events []Event) map[string]bool {
		m := make(map[string]bool, len(events))
		for _, e := range events {
			m[e.Date] = true
		}
		return m
	}
	en, cy := in(english), in(welsh)
	var problems []string
	for _, e := range english {
		if !cy[e.Date] {
			problems = append(problems, fmt.Sprintf("%s (%s) is in %s but not in %s", e.Date, e.Title, englishFeed, welshFeed))
		}
	}
	for _, e := range welsh {
		if !en[e.Date] {
			problems = append(problems, fmt.Sprintf("%s (%s) is in %s but not in %s", e.Date, e.Title, welshFeed, englishFeed))
		}
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		return fmt.Errorf("the English and Welsh inputs list different dates; download both again the same day: %s", strings.Join(problems, "; "))
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
// new record and the added events, or fix unchanged and no events when there
// is nothing new. If the input would change the past (see the package
// comment) it returns a *ConflictError listing every offending date.
// in must be sorted by date with no repeats, as ParseGovUK returns it, and
// p.Retrieved must be a YYYY-MM-DD date.
func Merge(fix Fixture, in []Event, p Provenance) (Fixture, []Event, error) {
	if len(in) == 0 {
		return fix, nil, errors.New("input has no events")
	}
	if !validDate(p.Retrieved) {
		return fix, nil, fmt.Errorf("retrieved date %q is not YYYY-MM-DD", p.Retrieved)
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
				problems = append(problems, fmt.Sprintf("title %q in the record, %q in the input", old.Title, e.Title))
			}
			if old.Notes != e.Notes {
				problems = append(problems, fmt.Sprintf("notes %q in the record, %q in the input", old.Notes, e.Notes))
			}
			if len(problems) > 0 {
				conflicts = append(conflicts, Conflict{e.Date, strings.Join(problems, "; ")})
			}
		case year(e.Date) <= lastYear && e.Date <= p.Retrieved:
			conflicts = append(conflicts, Conflict{e.Date, fmt.Sprintf(
				"new event %q in the input, in %d, which the record already holds, and not after the day the input was retrieved (%s): it would change the past",
				e.Title, year(e.Date), p.Retrieved)})
		default:
			added = append(added, e)
		}
	}
	for _, old := range fix.Events {
		if y := year(old.Date); y >= firstIn && y <= lastIn && !listed[old.Date] {
			conflicts = append(conflicts, Conflict{old.Date, fmt.Sprintf(
				"%q is in the record but missing from the input, which covers %d-%d", old.Title, firstIn, lastIn)})
		}
	}
	if len(conflicts) > 0 {
		sort.SliceStable(conflicts, func(i, j int) bool { return conflicts[i].Date < conflicts[j].Date })
		return fix, nil, &ConflictError{Conflicts: conflicts}
	}
	if len(added) == 0 {
		return fix, nil, nil
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

// Encode renders f as the record is stored: two-space indented JSON,
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
// directory, so a failed write never leaves a half-written record. path
// must not be a symbolic link (resolve it first).
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
	if err = tmp.Sync(); err != nil {
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

// lockWait is how long a run waits for another to release a record's
// directory; afterRead is called with the locks held, once the records are
// read. Tests change both.
var (
	lockWait  = defaultLockWait
	afterRead = func() {}
)

// lockDirs locks each directory of dirs, in order, waiting up to lockWait
// for each, and returns a function that releases them all.
func lockDirs(dirs []string) (release func(), err error) {
	var held []func() error
	release = func() {
		for i := len(held) - 1; i >= 0; i-- {
			held[i]()
		}
	}
	for _, dir := range dirs {
		deadline := time.Now().Add(lockWait)
		for {
			unlock, ok, err := tryLock(dir)
			if err != nil {
				release()
				return nil, fmt.Errorf("cannot lock %s: %w", dir, err)
			}
			if ok {
				held = append(held, unlock)
				break
			}
			if time.Now().After(deadline) {
				release()
				return nil, fmt.Errorf("another updateholidays run has held the lock on %s for over %v; try again when it has finished", dir, lockWait)
			}
			time.Sleep(lockPollInterval)
		}
	}
	return release, nil
}

// record is one record file being updated.
type record struct {
	purpose  string // "English record" or "Welsh record"
	division string
	path     string // as given
	target   string // path with symbolic links resolved
	input    []Event
	prov     Provenance
	fix      Fixture
	merged   Fixture
	added    []Event
}

func run(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	fs := flag.NewFlagSet("updateholidays", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "local copy of GOV.UK's bank-holidays.json (required)")
	cy := fs.String("cy", "", "local copy of GOV.UK's gwyliau-banc.json (required)")
	fixturePath := fs.String("fixture", defaultFixture, "English record `path` to update")
	welshPath := fs.String("cy-fixture", defaultWelshFixture, "Welsh record `path` to update")
	retrieved := fs.String("retrieved", now().Format(dateLayout), "`date` the inputs were downloaded, YYYY-MM-DD")
	source := fs.String("source", defaultSource, "where -in came from, recorded in the English record")
	welshSource := fs.String("cy-source", defaultWelshSource, "where -cy came from, recorded in the Welsh record")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: updateholidays -in bank-holidays.json -cy gwyliau-banc.json [-fixture PATH] [-cy-fixture PATH] [-retrieved YYYY-MM-DD] [-source TEXT] [-cy-source TEXT]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *in == "" || *cy == "" || fs.NArg() != 0 {
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

	recs := []*record{
		{purpose: englishRecordPurpose, division: englishDivision, path: *fixturePath, prov: Provenance{*retrieved, *source}},
		{purpose: welshRecordPurpose, division: welshDivision, path: *welshPath, prov: Provenance{*retrieved, *welshSource}},
	}
	for i, name := range []string{*in, *cy} {
		data, err := os.ReadFile(name)
		if err != nil {
			return fail(err)
		}
		if recs[i].input, err = ParseGovUK(data, recs[i].division); err != nil {
			return fail(fmt.Errorf("%s: %w", name, err))
		}
	}
	if err := sameDates(recs[0].input, recs[1].input); err != nil {
		return fail(err)
	}

	var dirs []string
	for _, r := range recs {
		target, err := filepath.EvalSymlinks(r.path)
		if err != nil {
			return fail(fmt.Errorf("%s: %w", r.purpose, err))
		}
		r.target = target
		if dir := filepath.Dir(target); !slices.Contains(dirs, dir) {
			dirs = append(dirs, dir)
		}
	}
	sort.Strings(dirs) // the same order in every run, so two runs cannot deadlock
	release, err := lockDirs(dirs)
	if err != nil {
		return fail(err)
	}
	defer release()

	for _, r := range recs {
		data, err := os.ReadFile(r.target)
		if err != nil {
			return fail(err)
		}
		if r.fix, err = ParseFixture(data, r.division); err != nil {
			return fail(fmt.Errorf("%s: %w", r.path, err))
		}
	}
	afterRead()
	var refused []string
	for _, r := range recs {
		var err error
		r.merged, r.added, err = Merge(r.fix, r.input, r.prov)
		if err != nil {
			refused = append(refused, fmt.Sprintf("%s %s: %v", r.purpose, r.path, err))
		}
	}
	if len(refused) > 0 {
		return fail(errors.New(strings.Join(refused, "\n")))
	}
	for _, r := range recs {
		if len(r.added) == 0 {
			fmt.Fprintf(stdout, "%s already has all %d %s events of the input; nothing written\n", r.path, len(r.input), r.division)
			continue
		}
		out, err := Encode(r.merged)
		if err != nil {
			return fail(err)
		}
		if err := writeFile(r.target, out); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "added %d event(s), %s to %s, to %s\n", len(r.added), r.added[0].Date, r.added[len(r.added)-1].Date, r.path)
	}
	return 0
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, time.Now))
}
