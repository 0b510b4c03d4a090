package calendar

import (
	"bytes"
	"crypto/sha256"
	_ "embed" // the official record is embedded
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// The official record: GOV.UK's england-and-wales list of bank holidays and
// its Welsh counterpart, as the command calendar/internal/cmd/updateholidays
// keeps them. The statutory Wales calendar reads them when the package is
// initialised, so that a year or a one-off added to the files is known
// without any change to the code.
var (
	//go:embed data/bank-holidays-england-and-wales.json
	englishRecord []byte
	//go:embed data/gwyliau-banc-cymru-a-lloegr.json
	welshRecord []byte
)

// The divisions the record files hold.
const (
	englishDivision = "england-and-wales"
	welshDivision   = "cymru-a-lloegr"
)

// rulesRevision names the revision of the standing rules and corrections
// of wales.go; it starts the version string and changes with them.
const rulesRevision = "wales-statutory-2"

// A recordEvent is one day of an official list, as the record files hold
// it: GOV.UK's title and notes ("Substitute day", "Extra bank holiday").
type recordEvent struct {
	Date  Date   `json:"date"`
	Title string `json:"title"`
	Notes string `json:"notes"`
}

// recordFile is the layout of a record file.
type recordFile struct {
	Source    string        `json:"source"`
	Retrieved string        `json:"retrieved"`
	Division  string        `json:"division"`
	Events    []recordEvent `json:"events"`
}

// A record is the official list the statutory calendar is built from.
type record struct {
	events      []recordEvent // england-and-wales, in date order, weekdays only
	first, last int           // the years of the first and last event
	welsh       []recordEvent // cymru-a-lloegr, in date order, every date also in events
	sum         string        // hex SHA-256 of the two files, in that order
}

// parseRecordFile reads one record file of the given division. Its events
// must be weekdays, in strictly increasing date order, each with a title.
func parseRecordFile(data []byte, division string) (recordFile, error) {
	var f recordFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return f, fmt.Errorf("%s record: %w", division, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return f, fmt.Errorf("%s record: data after the JSON object", division)
	}
	if f.Division != division {
		return f, fmt.Errorf("%s record: division is %q", division, f.Division)
	}
	if len(f.Events) == 0 {
		return f, fmt.Errorf("%s record: no events", division)
	}
	for i, e := range f.Events {
		switch {
		case !e.Date.IsValid():
			return f, fmt.Errorf("%s record: event %d has no date", division, i+1)
		case i > 0 && !f.Events[i-1].Date.Before(e.Date):
			return f, fmt.Errorf("%s record: %s is not after %s", division, e.Date, f.Events[i-1].Date)
		case isWeekend(e.Date):
			return f, fmt.Errorf("%s record: %s is a %s", division, e.Date, e.Date.Weekday())
		case strings.TrimSpace(e.Title) == "":
			return f, fmt.Errorf("%s record: %s has no title", division, e.Date)
		}
	}
	return f, nil
}

// parseRecord reads the English and Welsh record files. Every Welsh date
// must be an English one.
func parseRecord(english, welsh []byte) (*record, error) {
	en, err := parseRecordFile(english, englishDivision)
	if err != nil {
		return nil, err
	}
	cy, err := parseRecordFile(welsh, welshDivision)
	if err != nil {
		return nil, err
	}
	listed := make(map[Date]bool, len(en.Events))
	for _, e := range en.Events {
		listed[e.Date] = true
	}
	for _, e := range cy.Events {
		if !listed[e.Date] {
			return nil, fmt.Errorf("%s record: %s (%s) is not in the %s record", welshDivision, e.Date, e.Title, englishDivision)
		}
	}
	h := sha256.New()
	h.Write(english)
	h.Write(welsh)
	return &record{
		events: en.Events,
		first:  en.Events[0].Date.Year,
		last:   en.Events[len(en.Events)-1].Date.Year,
		welsh:  cy.Events,
		sum:    hex.EncodeToString(h.Sum(nil)),
	}, nil
}

// version returns the version string of a calendar built from r: the
// revision of the rules, the years of the official record and the first 12
// hex digits of the SHA-256 of its files, e.g.
// "wales-statutory-2+govuk-2012-2028+3f2a0c9d41b7".
func (r *record) version() string {
	return rulesRevision + "+govuk-" + strconv.Itoa(r.first) + "-" + strconv.Itoa(r.last) + "+" + r.sum[:12]
}

func mustParseRecord(english, welsh []byte) *record {
	r, err := parseRecord(english, welsh)
	if err != nil {
		panic(errors.New("calendar: the embedded holiday record is broken: " + err.Error()))
	}
	return r
}

// embedded is the official record built into the package.
var embedded = mustParseRecord(englishRecord, welshRecord)

// displayName returns a GOV.UK event's name as GOV.UK's pages show it: the
// title, then the notes in brackets in lower case, e.g.
// "Boxing Day (substitute day)".
func displayName(title, notes string) string {
	if notes = strings.TrimSpace(notes); notes == "" {
		return title
	}
	return title + " (" + strings.ToLower(notes) + ")"
}

// kindOf returns the kind of a day of an official list from its title and
// notes: a substitute day when the notes say so, a common-law holiday for
// Good Friday and Christmas Day, a bank holiday otherwise.
func kindOf(title, notes string) Kind {
	switch {
	case strings.EqualFold(strings.TrimSpace(notes), "Substitute day"):
		return SubstituteDay
	case title == "Good Friday" || title == "Christmas Day":
		return CommonLawHoliday
	}
	return BankHoliday
}

func isWeekend(d Date) bool {
	w := d.Weekday()
	return w == time.Saturday || w == time.Sunday
}
