package calendar

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/problem"
)

// A HolidayFormat names the layout of a holiday file.
type HolidayFormat string

// The layouts of a holiday file.
const (
	// GOVUKJSON is GOV.UK's list of bank holidays, bank-holidays.json, as
	// downloaded from https://www.gov.uk/bank-holidays.json. Only its
	// england-and-wales division is read.
	GOVUKJSON HolidayFormat = "govuk-json"
	// HolidayCSV is a CSV file whose header is date,title and whose rows
	// give one day each: its date, written YYYY-MM-DD or DD/MM/YYYY, and its
	// title, e.g. "2031-06-16,Bank holiday for the royal wedding".
	HolidayCSV HolidayFormat = "csv"
)

// MaxHolidayFileSize is the size in bytes of the largest holiday file
// ReadHolidayFile reads: 1 MiB. GOV.UK's bank-holidays.json is about 20 KB.
const MaxHolidayFileSize = 1 << 20

// maxTitleLen is the length in bytes of the longest title a holiday file
// may give a day.
const maxTitleLen = 200

// A HolidayFile is holiday data read at run time, to be added to the
// statutory calendar with WalesWith: a newly published year, or a one-off
// bank holiday proclaimed since the package was released.
type HolidayFile struct {
	// Name identifies the file for people, usually its path; it becomes
	// the Source of every holiday the file adds.
	Name   string        `json:"name"`
	Format HolidayFormat `json:"format"`
	// SHA256 is the hex SHA-256 of the bytes read. When it is empty (a
	// HolidayFile built in code), WalesWith uses that of the days' CSV form.
	SHA256 string `json:"sha256"`
	// Days are the days the file lists, in date order, no date twice.
	Days []FileDay `json:"days"`
}

// A FileDay is one day listed in a holiday file.
type FileDay struct {
	Date  Date   `json:"date"`
	Title string `json:"title"`
	// Notes are GOV.UK's notes, e.g. "Substitute day" or "Extra bank
	// holiday"; a CSV file has none.
	Notes string `json:"notes,omitempty"`
	// Line is the line of the file that gives the day, or 0 when it is not
	// known (GOV.UK's JSON).
	Line int `json:"line,omitempty"`
}

// A HolidayFileError reports a holiday file that cannot be used. Nothing is
// changed by a file that is refused.
type HolidayFileError struct {
	Kind   problem.Code // e.g. problem.HolidayFileMalformed; Code returns it
	File   string       // the file's Name
	Line   int          // the line at fault, or 0 when not known
	Date   Date         // the date at fault, or the zero Date
	Reason string       // what is wrong, for people
	// Conflicts lists, for problem.HolidayRemoved and problem.HolidayMoved, every
	// date of the official record the file removes or moves; the error's
	// code is that of the first.
	Conflicts []HolidayConflict
}

// Code returns the error's stable code: problem.HolidayFileMalformed,
// problem.HolidayOutOfRange, problem.HolidayRemoved or
// problem.HolidayMoved.
func (e *HolidayFileError) Code() problem.Code { return e.Kind }

// Message returns the error for people, without the package name.
func (e *HolidayFileError) Message() string { return strings.TrimPrefix(e.Error(), "calendar: ") }

func (e *HolidayFileError) Error() string {
	var b strings.Builder
	b.WriteString("calendar: holiday file ")
	b.WriteString(strconv.Quote(e.File))
	if e.Line > 0 {
		b.WriteString(" line ")
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	for i, c := range e.Conflicts {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(c.Reason)
	}
	return b.String()
}

// A HolidayConflict is one date of the official record that a holiday file
// contradicts.
type HolidayConflict struct {
	Code   problem.Code `json:"code"`   // problem.HolidayRemoved or problem.HolidayMoved
	Date   Date         `json:"date"`   // the date of the record's holiday
	Name   string       `json:"name"`   // the record's holiday on that date
	Reason string       `json:"reason"` // for people, naming the date
}

func malformed(name string, line int, format string, args ...any) *HolidayFileError {
	return &HolidayFileError{Kind: problem.HolidayFileMalformed, File: name, Line: line, Reason: fmt.Sprintf(format, args...)}
}

// ReadHolidayFile reads a holiday file of either format from r (see
// ParseGOVUKHolidays and ParseHolidayCSV), telling them apart by the first
// character that is not a space or a byte-order mark: "{" or "[" is read as
// JSON, anything else as CSV. name identifies the file in errors and in the
// Source of its days. A file larger than MaxHolidayFileSize is refused.
// Every fault, including a failure to read r, is a *HolidayFileError with
// code problem.HolidayFileMalformed, and no file is returned.
func ReadHolidayFile(name string, r io.Reader) (*HolidayFile, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxHolidayFileSize+1))
	if err != nil {
		return nil, malformed(name, 0, "cannot read it: %v", err)
	}
	if len(data) > MaxHolidayFileSize {
		return nil, malformed(name, 0, "larger than %d bytes; a list of holidays is far smaller", MaxHolidayFileSize)
	}
	if t := bytes.TrimLeft(bytes.TrimPrefix(data, bom), " \t\r\n"); len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return ParseGOVUKHolidays(name, data)
	}
	return ParseHolidayCSV(name, data)
}

var bom = []byte("\uFEFF")

// govukEvent is an event of GOV.UK's bank-holidays.json. Title and date are
// required; unknown fields (such as bunting) are ignored.
type govukEvent struct {
	Title *string `json:"title"`
	Date  *string `json:"date"`
	Notes string  `json:"notes"`
}

// ParseGOVUKHolidays reads data as GOV.UK's bank-holidays.json, as
// downloaded: a JSON object whose "england-and-wales" member has the
// division name and a list of events, each with a title, a date written
// YYYY-MM-DD and notes. The other divisions are ignored. name identifies the
// file in errors and in the Source of its days.
//
// A fault (text that is not JSON, cut short, of another shape, a bad or
// repeated date, an empty title) is a *HolidayFileError with code
// problem.HolidayFileMalformed.
func ParseGOVUKHolidays(name string, data []byte) (*HolidayFile, error) {
	sum := sha256.Sum256(data)
	text := bytes.TrimPrefix(data, bom)
	if !utf8.Valid(text) {
		return nil, malformed(name, 0, "not UTF-8 text")
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(text, &top); err != nil {
		return nil, jsonError(name, text, err, "GOV.UK's bank-holidays.json")
	}
	raw, ok := top[englishDivision]
	if !ok {
		if _, welsh := top[welshDivision]; welsh {
			return nil, malformed(name, 0, "this is GOV.UK's Welsh list (gwyliau-banc.json); give the English one, https://www.gov.uk/bank-holidays.json")
		}
		return nil, malformed(name, 0, "no %q division: not GOV.UK's bank-holidays.json", englishDivision)
	}
	var div struct {
		Division string        `json:"division"`
		Events   *[]govukEvent `json:"events"`
	}
	if err := json.Unmarshal(raw, &div); err != nil {
		return nil, jsonError(name, text, err, "the "+englishDivision+" division")
	}
	if div.Division != englishDivision {
		return nil, malformed(name, 0, "the %q division names itself %q", englishDivision, div.Division)
	}
	if div.Events == nil {
		return nil, malformed(name, 0, "the %q division has no list of events", englishDivision)
	}
	f := &HolidayFile{Name: name, Format: GOVUKJSON, SHA256: hex.EncodeToString(sum[:])}
	for i, e := range *div.Events {
		if e.Date == nil || e.Title == nil {
			return nil, malformed(name, 0, "event %d of the %q division has no date or no title", i+1, englishDivision)
		}
		d, err := ParseDate(*e.Date)
		if err != nil {
			return nil, &HolidayFileError{Kind: problem.HolidayFileMalformed, File: name,
				Reason: fmt.Sprintf("event %d (%s): date %s: %s", i+1, problem.Quote(*e.Title), problem.Quote(*e.Date), parseReason(err))}
		}
		f.Days = append(f.Days, FileDay{Date: d, Title: *e.Title, Notes: e.Notes})
	}
	slices.SortStableFunc(f.Days, func(a, b FileDay) int { return a.Date.Compare(b.Date) })
	if err := checkDays(f); err != nil {
		return nil, err
	}
	return f, nil
}

// jsonError turns an encoding/json error into a *HolidayFileError naming
// the line at fault.
func jsonError(name string, text []byte, err error, what string) *HolidayFileError {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && syn.Offset >= int64(len(text)):
		return malformed(name, 0, "the JSON stops early (a download cut short?): not %s", what)
	case errors.As(err, &syn):
		return malformed(name, lineAt(text, syn.Offset), "not JSON (%v): not %s", syn, what)
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "the top level"
		}
		return malformed(name, lineAt(text, typ.Offset), "%s holds a JSON %s where %s is wanted: not %s", field, typ.Value, typeName(typ.Type.Kind().String()), what)
	case strings.Contains(err.Error(), "unexpected end"):
		return malformed(name, 0, "the JSON stops early (a download cut short?): not %s", what)
	}
	return malformed(name, 0, "%v: not %s", err, what)
}

func typeName(kind string) string {
	switch kind {
	case "slice":
		return "a list"
	case "map", "struct":
		return "an object"
	}
	return "a " + kind
}

// lineAt returns the 1-based line of byte offset off of text.
func lineAt(text []byte, off int64) int {
	if off > int64(len(text)) {
		off = int64(len(text))
	}
	return bytes.Count(text[:off], []byte{'\n'}) + 1
}

// ParseHolidayCSV reads data as a CSV holiday file: a header row date,title
// (in any case, a byte-order mark allowed), then one row per day, its date
// written YYYY-MM-DD or DD/MM/YYYY and its title, e.g.
//
//	date,title
//	2031-06-16,Bank holiday for the royal wedding
//
// Fields may be quoted as RFC 4180 says; rows that are empty or hold only
// separators and spaces are skipped. name identifies the file in errors and
// in the Source of its days.
//
// A fault (no header, another header, a row without exactly two fields, a
// bad or repeated date, an empty title) is a *HolidayFileError with code
// problem.HolidayFileMalformed and the line at fault.
func ParseHolidayCSV(name string, data []byte) (*HolidayFile, error) {
	sum := sha256.Sum256(data)
	text := bytes.TrimPrefix(data, bom)
	if !utf8.Valid(text) {
		return nil, malformed(name, 0, "not UTF-8 text")
	}
	r := csv.NewReader(bytes.NewReader(text))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	f := &HolidayFile{Name: name, Format: HolidayCSV, SHA256: hex.EncodeToString(sum[:])}
	header := false
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, malformed(name, pe.Line, "not CSV: %v", pe.Err)
			}
			return nil, malformed(name, 0, "not CSV: %v", err)
		}
		line, _ := r.FieldPos(0)
		if blank(rec) {
			continue
		}
		if !header {
			if len(rec) != 2 || !strings.EqualFold(strings.TrimSpace(rec[0]), "date") || !strings.EqualFold(strings.TrimSpace(rec[1]), "title") {
				return nil, malformed(name, line, "the header is %s; want date,title", problem.Quote(strings.Join(rec, ",")))
			}
			header = true
			continue
		}
		if len(rec) != 2 {
			return nil, malformed(name, line, "%d fields; want 2, a date and a title", len(rec))
		}
		d, err := ParseAnyDate(strings.TrimSpace(rec[0]))
		if err != nil {
			return nil, malformed(name, line, "date %s: %s", problem.Quote(rec[0]), parseReason(err))
		}
		f.Days = append(f.Days, FileDay{Date: d, Title: strings.TrimSpace(rec[1]), Line: line})
	}
	if !header {
		return nil, malformed(name, 0, "the file is empty; want the header date,title and one row per day")
	}
	slices.SortStableFunc(f.Days, func(a, b FileDay) int { return a.Date.Compare(b.Date) })
	if err := checkDays(f); err != nil {
		return nil, err
	}
	return f, nil
}

func blank(rec []string) bool {
	for _, s := range rec {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// parseReason returns the reason of a *ParseError, or the error's text.
func parseReason(err error) string {
	var pe *ParseError
	if errors.As(err, &pe) {
		return pe.Reason
	}
	return err.Error()
}

// checkDays checks the days of f, sorted by date: each a valid date with a
// title of printable text, no date twice, at least one day.
func checkDays(f *HolidayFile) error {
	if len(f.Days) == 0 {
		return malformed(f.Name, 0, "the file lists no days")
	}
	for i, d := range f.Days {
		if !d.Date.IsValid() {
			return &HolidayFileError{Kind: problem.HolidayFileMalformed, File: f.Name, Line: d.Line, Date: d.Date,
				Reason: fmt.Sprintf("%s is not a valid date", d.Date)}
		}
		if i > 0 && f.Days[i-1].Date == d.Date {
			first := f.Days[i-1]
			reason := fmt.Sprintf("%s is listed twice (%s and %s)", d.Date, problem.Quote(first.Title), problem.Quote(d.Title))
			if first.Line > 0 {
				reason = fmt.Sprintf("%s is listed twice, on lines %d and %d", d.Date, min(first.Line, d.Line), max(first.Line, d.Line))
			}
			return &HolidayFileError{Kind: problem.HolidayFileMalformed, File: f.Name, Line: max(first.Line, d.Line), Date: d.Date, Reason: reason}
		}
		if fault := titleProblem(d.Title); fault != "" {
			return &HolidayFileError{Kind: problem.HolidayFileMalformed, File: f.Name, Line: d.Line, Date: d.Date,
				Reason: fmt.Sprintf("the title of %s %s", d.Date, fault)}
		}
	}
	return nil
}

// titleProblem says what is wrong with a day's title, or returns "".
func titleProblem(title string) string {
	switch {
	case strings.TrimSpace(title) == "":
		return "is empty"
	case len(title) > maxTitleLen:
		return fmt.Sprintf("is longer than %d bytes", maxTitleLen)
	case strings.IndexFunc(title, func(r rune) bool { return !unicode.IsPrint(r) && r != ' ' }) >= 0:
		return fmt.Sprintf("%s holds a control character", problem.Quote(title))
	}
	return ""
}

// coveredYears returns the years of which a GOV.UK file is the complete
// list: those in which it lists a day from 1 to 3 January (New Year's Day
// or its substitute) and a day from 25 December on (Christmas, Boxing Day
// or a substitute). GOV.UK publishes whole years; a file edited by hand to
// hold a few days covers none. A CSV file covers no year.
func (f *HolidayFile) coveredYears() []int {
	if f.Format != GOVUKJSON {
		return nil
	}
	type ends struct{ january, december bool }
	seen := map[int]*ends{}
	var years []int
	for _, d := range f.Days {
		e := seen[d.Date.Year]
		if e == nil {
			e = &ends{}
			seen[d.Date.Year] = e
			years = append(years, d.Date.Year)
		}
		if d.Date.Month == time.January && d.Date.Day <= 3 {
			e.january = true
		}
		if d.Date.Month == time.December && d.Date.Day >= 25 {
			e.december = true
		}
	}
	var out []int
	for _, y := range years {
		if seen[y].january && seen[y].december {
			out = append(out, y)
		}
	}
	return out
}

// checksum returns f's SHA256, or that of its days' CSV form when it has
// none.
func (f *HolidayFile) checksum() string {
	if f.SHA256 != "" {
		return f.SHA256
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"date", "title", "notes"})
	for _, d := range f.Days {
		w.Write([]string{d.Date.String(), d.Title, d.Notes})
	}
	w.Flush()
	sum := sha256.Sum256(b.Bytes())
	return hex.EncodeToString(sum[:])
}

// A HolidayDiff is what a holiday file changes in the statutory calendar:
// what DiffHolidays reports and WalesWith applies.
type HolidayDiff struct {
	File   string `json:"file"`   // the file's Name
	SHA256 string `json:"sha256"` // the file's SHA256
	// Added are the days the file adds, as the calendar records them: with
	// the file's title (and notes in brackets) as Name and the file's Name
	// as Source.
	Added []Holiday `json:"added"`
	// Dropped are days projected from the standing rules, in provisional
	// years of which the file is the complete official list, that the
	// list does not hold (a holiday moved before the year was published).
	Dropped []Holiday `json:"dropped"`
	// OfficialYears are the provisional years the file makes official: the
	// unbroken run of years after the last official year of which the file
	// is the complete list.
	OfficialYears []int `json:"official_years"`
	// Known is the number of the file's days the calendar already has.
	Known int `json:"known"`
	// Conflicts are the dates of the official record the file removes or
	// moves; WalesWith refuses a file with any.
	Conflicts []HolidayConflict `json:"conflicts"`
}

// DiffHolidays reports what f would add to the statutory calendar of Wales
// and what in it contradicts the official record, without building a
// calendar; see WalesWith for the rules. A file whose days are malformed or
// out of range is an error, a *HolidayFileError; conflicts are not errors
// here but listed in the diff.
func DiffHolidays(f *HolidayFile) (*HolidayDiff, error) { return diffHolidays(Wales(), f) }

// WalesWith returns the statutory calendar of Wales (see Wales) with the
// holidays of f added: the way to apply a bank holiday proclaimed, or a
// year published, since this package was released. With a nil f it returns
// Wales().
//
// A file may add days in any year after Wales().LastOfficialYear(), and in
// earlier years only days the calendar does not already have (a one-off
// proclaimed for a year already published); a day the calendar has is left
// as it is, with its name. A file may never remove or move a day of the
// official record: a GOV.UK file that is the complete list of such a year
// (see below) and leaves out one of its days is refused with a
// *HolidayFileError naming every such date (code problem.HolidayRemoved, or
// problem.HolidayMoved when the file lists another new day that year). A
// malformed file, or one with a day outside the calendar's range, is
// refused too. A refused file changes nothing.
//
// Each added day is a Holiday named by the file's title (with GOV.UK's notes
// in brackets, e.g. "Boxing Day (substitute day)"), with the file's Name as
// its Source, and of kind SubstituteDay when GOV.UK's notes say "Substitute
// day", CommonLawHoliday for Good Friday and Christmas Day, and BankHoliday
// otherwise.
//
// A year stays provisional unless f is a GOV.UK file that is the complete
// list of it: one that lists its New Year's Day (a day from 1 to 3
// January) and its Christmas (a day from 25 December on). Such years
// directly after LastOfficialYear become official, and in them the file's
// list replaces the projection: a projected weekday holiday it does not
// list is dropped (Christmas Day and Boxing Day at a weekend stay). A CSV
// file never makes a year official.
//
// The calendar's Version is that of Wales followed by
// "+holidays-sha256-" and the file's SHA-256, so that every result computed
// with it names the data that produced it.
func WalesWith(f *HolidayFile) (*Calendar, error) {
	if f == nil {
		return Wales(), nil
	}
	return withHolidayFile(Wales(), f)
}

// withHolidayFile applies f to base, a calendar built from the official
// record (Wales or a test's copy).
func withHolidayFile(base *Calendar, f *HolidayFile) (*Calendar, error) {
	diff, err := diffHolidays(base, f)
	if err != nil {
		return nil, err
	}
	if len(diff.Conflicts) > 0 {
		return nil, &HolidayFileError{
			Kind: diff.Conflicts[0].Code, File: f.Name, Date: diff.Conflicts[0].Date,
			Reason:    "it removes or moves holidays of the official record, which only a new release may change",
			Conflicts: diff.Conflicts,
		}
	}
	hols := make([]Holiday, 0, len(base.holidays)+len(diff.Added))
	drop := make(map[Date]bool, len(diff.Dropped))
	for _, h := range diff.Dropped {
		drop[h.Date] = true
	}
	for _, h := range base.holidays {
		if !drop[h.Date] {
			hols = append(hols, h)
		}
	}
	hols = append(hols, diff.Added...)
	last := base.lastOfficial
	if n := len(diff.OfficialYears); n > 0 {
		last = diff.OfficialYears[n-1]
	}
	return build(base.version+"+holidays-sha256-"+diff.SHA256, base.first, base.last, last, hols), nil
}

// diffHolidays works out what f changes in base.
func diffHolidays(base *Calendar, f *HolidayFile) (*HolidayDiff, error) {
	if f == nil {
		return nil, errors.New("calendar: DiffHolidays of a nil *HolidayFile")
	}
	days := slices.Clone(f.Days)
	slices.SortStableFunc(days, func(a, b FileDay) int { return a.Date.Compare(b.Date) })
	checked := *f
	checked.Days = days
	if err := checkDays(&checked); err != nil {
		return nil, err
	}
	for _, d := range days {
		if _, err := base.index(d.Date); err != nil {
			return nil, &HolidayFileError{Kind: problem.HolidayOutOfRange, File: f.Name, Line: d.Line, Date: d.Date,
				Reason: fmt.Sprintf("%s (%s) is outside the calendar's range, %s to %s", d.Date, problem.Quote(d.Title), base.first, base.last)}
		}
	}

	diff := &HolidayDiff{File: f.Name, SHA256: checked.checksum()}
	covered := map[int]bool{}
	for _, y := range checked.coveredYears() {
		covered[y] = true
	}
	for y := base.lastOfficial + 1; covered[y]; y++ {
		diff.OfficialYears = append(diff.OfficialYears, y)
	}
	listed := make(map[Date]bool, len(days))
	newInYear := map[int][]Date{}
	for _, d := range days {
		listed[d.Date] = true
		if _, ok := base.holidayAt(d.Date); ok {
			diff.Known++
			continue
		}
		newInYear[d.Date.Year] = append(newInYear[d.Date.Year], d.Date)
		diff.Added = append(diff.Added, Holiday{Date: d.Date, Name: displayName(d.Title, d.Notes), Kind: kindOf(d.Title, d.Notes), Source: f.Name})
	}
	for _, h := range base.holidays {
		y := h.Date.Year
		if !covered[y] || listed[h.Date] || isWeekend(h.Date) {
			continue
		}
		if y > base.lastOfficial {
			if slices.Contains(diff.OfficialYears, y) {
				diff.Dropped = append(diff.Dropped, h)
			}
			continue
		}
		c := HolidayConflict{Code: problem.HolidayRemoved, Date: h.Date, Name: h.Name,
			Reason: fmt.Sprintf("%s (%s) is missing from the file, which lists the whole of %d", h.Date, h.Name, y)}
		if instead := newInYear[y]; len(instead) > 0 {
			c.Code = problem.HolidayMoved
			c.Reason = fmt.Sprintf("%s (%s) is missing from the file, which lists %s instead", h.Date, h.Name, joinDates(instead))
		}
		diff.Conflicts = append(diff.Conflicts, c)
	}
	return diff, nil
}

func joinDates(ds []Date) string {
	s := make([]string, len(ds))
	for i, d := range ds {
		s[i] = d.String()
	}
	return strings.Join(s, " and ")
}
