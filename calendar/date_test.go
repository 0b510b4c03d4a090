package calendar

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// ymd is shorthand for a Date literal in test tables.
func ymd(y int, m time.Month, d int) Date { return Date{Year: y, Month: m, Day: d} }

// civil returns the Date of a time.Time's own year, month and day: the
// independent oracle (the standard library) that Date arithmetic is
// checked against.
func civil(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// noon returns 12:00 UTC on d, a time with no daylight-saving ambiguity.
func noon(d Date) time.Time { return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC) }

// tooManyFailures stops a property test after a few failures, so that one
// bug does not print a million lines.
func tooManyFailures(t *testing.T, n *int) bool {
	t.Helper()
	*n++
	if *n >= 10 {
		t.Fatal("stopping after 10 failures")
		return true
	}
	return false
}

// parseCase is one row of a parser table. On success want is the date; on
// failure wantErr is true, layout is the layout the error must name and
// reason a fragment its message must contain.
type parseCase struct {
	name    string
	in      string
	want    Date
	wantErr bool
	layout  string
	reason  string
}

func checkParse(t *testing.T, parse func(string) (Date, error), tc parseCase) {
	t.Helper()
	got, err := parse(tc.in)
	if !tc.wantErr {
		if err != nil {
			t.Fatalf("parse(%q): unexpected error: %v", tc.in, err)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("parse(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
		if !got.IsValid() {
			t.Errorf("parse(%q) = %v, which is not a valid date", tc.in, got)
		}
		return
	}
	if err == nil {
		t.Fatalf("parse(%q) = %v, want an error", tc.in, got)
	}
	if diff := cmp.Diff(Date{}, got); diff != "" {
		t.Errorf("parse(%q) returned a date with its error (-want +got):\n%s", tc.in, diff)
	}
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("parse(%q) error is %T, want *ParseError", tc.in, err)
	}
	if diff := cmp.Diff(tc.in, pe.Input); diff != "" {
		t.Errorf("ParseError.Input does not carry the input (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(tc.layout, pe.Layout); diff != "" {
		t.Errorf("ParseError.Layout mismatch (-want +got):\n%s", diff)
	}
	msg := err.Error()
	for _, frag := range []string{"calendar: ", strconv.Quote(tc.in), tc.reason} {
		if !strings.Contains(msg, frag) {
			t.Errorf("error message %q does not contain %q", msg, frag)
		}
	}
}

func TestParseDate(t *testing.T) {
	const iso = "YYYY-MM-DD"
	tests := []parseCase{
		{name: "2014-08-01 is 1 August 2014, the 2014 procedure's first day", in: "2014-08-01", want: ymd(2014, time.August, 1)},
		{name: "2016-02-29 exists: 2016 is a leap year", in: "2016-02-29", want: ymd(2016, time.February, 29)},
		{name: "2000-02-29 exists: 2000 is divisible by 400, so a leap year", in: "2000-02-29", want: ymd(2000, time.February, 29)},
		{name: "2014-12-31, the last day of a year, is accepted", in: "2014-12-31", want: ymd(2014, time.December, 31)},
		{name: "0001-01-01, the first year, is accepted", in: "0001-01-01", want: ymd(1, time.January, 1)},
		{name: "9999-12-31, the last four-digit year, is accepted", in: "9999-12-31", want: ymd(9999, time.December, 31)},

		{name: "2014-02-30 does not exist: February 2014 has 28 days", in: "2014-02-30", wantErr: true, layout: iso, reason: "February 2014 has 28 days"},
		{name: "2015-02-29 does not exist: 2015 is not a leap year", in: "2015-02-29", wantErr: true, layout: iso, reason: "February 2015 has 28 days"},
		{name: "1900-02-29 does not exist: 1900 is a century not divisible by 400", in: "1900-02-29", wantErr: true, layout: iso, reason: "February 1900 has 28 days"},
		{name: "2014-04-31 does not exist: April has 30 days", in: "2014-04-31", wantErr: true, layout: iso, reason: "April 2014 has 30 days"},
		{name: "2014-08-32 does not exist: August has 31 days", in: "2014-08-32", wantErr: true, layout: iso, reason: "August 2014 has 31 days"},
		{name: "2014-08-00 is refused: there is no day 0", in: "2014-08-00", wantErr: true, layout: iso, reason: "no such day"},
		{name: "2014-13-01 is refused: there is no month 13", in: "2014-13-01", wantErr: true, layout: iso, reason: "month must be 01 to 12"},
		{name: "2014-00-01 is refused: there is no month 0", in: "2014-00-01", wantErr: true, layout: iso, reason: "month must be 01 to 12"},
		{name: "0000-01-01 is refused: there is no year 0", in: "0000-01-01", wantErr: true, layout: iso, reason: "year must be 0001 or later"},
		{name: "2014-8-1 is refused: ISO dates need two-digit months and days", in: "2014-8-1", wantErr: true, layout: iso, reason: "YYYY-MM-DD, e.g. 2014-08-01"},
		{name: "a leading space (\" 2014-08-01\") is refused, not trimmed", in: " 2014-08-01", wantErr: true, layout: iso, reason: "YYYY-MM-DD"},
		{name: "a trailing space (\"2014-08-01 \") is refused, not trimmed", in: "2014-08-01 ", wantErr: true, layout: iso, reason: "YYYY-MM-DD"},
		{name: "the empty string is refused", in: "", wantErr: true, layout: iso, reason: "YYYY-MM-DD"},
		{name: "a British date (01/08/2014) is refused by the ISO parser", in: "01/08/2014", wantErr: true, layout: iso, reason: "YYYY-MM-DD"},
		{name: "slashes in ISO order (2014/08/01) are refused", in: "2014/08/01", wantErr: true, layout: iso, reason: "YYYY-MM-DD"},
		{name: "a letter in the month (2014-0a-01) is refused", in: "2014-0a-01", wantErr: true, layout: iso, reason: "want digits"},
		{name: "a sign in the year (+014-08-01) is refused", in: "+014-08-01", wantErr: true, layout: iso, reason: "want digits"},
		{name: "a negative day (2014-08--1) is refused", in: "2014-08--1", wantErr: true, layout: iso, reason: "want digits"},
		{name: "a timestamp (2014-08-01T00:00:00Z) is refused: dates only", in: "2014-08-01T00:00:00Z", wantErr: true, layout: iso, reason: "YYYY-MM-DD"},
		{name: "non-ASCII digits (２０１４-08-01) are refused", in: "２０１４-08-01", wantErr: true, layout: iso, reason: "YYYY-MM-DD"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkParse(t, ParseDate, tc) })
	}
}

func TestParseUKDate(t *testing.T) {
	const uk = "DD/MM/YYYY"
	tests := []parseCase{
		{name: "01/08/2014 is 1 August 2014", in: "01/08/2014", want: ymd(2014, time.August, 1)},
		{name: "1/8/2014 is accepted with one-digit day and month", in: "1/8/2014", want: ymd(2014, time.August, 1)},
		{name: "1/08/2014 is accepted with a one-digit day", in: "1/08/2014", want: ymd(2014, time.August, 1)},
		{name: "01/8/2014 is accepted with a one-digit month", in: "01/8/2014", want: ymd(2014, time.August, 1)},
		{name: "08/01/2014 is 8 January, day first, the British way", in: "08/01/2014", want: ymd(2014, time.January, 8)},
		{name: "31/12/2014 is 31 December 2014", in: "31/12/2014", want: ymd(2014, time.December, 31)},
		{name: "29/02/2016 exists: 2016 is a leap year", in: "29/02/2016", want: ymd(2016, time.February, 29)},
		{name: "29/02/2000 exists: 2000 is a leap year", in: "29/02/2000", want: ymd(2000, time.February, 29)},

		{name: "32/01/2014 is refused: January has 31 days", in: "32/01/2014", wantErr: true, layout: uk, reason: "January 2014 has 31 days"},
		{name: "29/02/2015 is refused: 2015 is not a leap year", in: "29/02/2015", wantErr: true, layout: uk, reason: "February 2015 has 28 days"},
		{name: "29/02/1900 is refused: 1900 is not a leap year", in: "29/02/1900", wantErr: true, layout: uk, reason: "February 1900 has 28 days"},
		{name: "00/08/2014 is refused: there is no day 0", in: "00/08/2014", wantErr: true, layout: uk, reason: "no such day"},
		{name: "01/13/2014 is refused: there is no month 13 (not an American date)", in: "01/13/2014", wantErr: true, layout: uk, reason: "month must be 01 to 12"},
		{name: "01/08/0000 is refused: there is no year 0", in: "01/08/0000", wantErr: true, layout: uk, reason: "year must be 0001 or later"},
		{name: "01/08/14 is refused: the year needs four digits", in: "01/08/14", wantErr: true, layout: uk, reason: "four-digit year"},
		{name: "01/08/02014 is refused: the year needs exactly four digits", in: "01/08/02014", wantErr: true, layout: uk, reason: "four-digit year"},
		{name: "001/08/2014 is refused: at most two day digits", in: "001/08/2014", wantErr: true, layout: uk, reason: "DD/MM/YYYY, e.g. 01/08/2014"},
		{name: "01/008/2014 is refused: at most two month digits", in: "01/008/2014", wantErr: true, layout: uk, reason: "DD/MM/YYYY"},
		{name: "/08/2014 is refused: the day is missing", in: "/08/2014", wantErr: true, layout: uk, reason: "DD/MM/YYYY"},
		{name: "01//2014 is refused: the month is missing", in: "01//2014", wantErr: true, layout: uk, reason: "DD/MM/YYYY"},
		{name: "a leading space (\" 1/8/2014\") is refused, not trimmed", in: " 1/8/2014", wantErr: true, layout: uk, reason: "want digits"},
		{name: "a trailing space (\"01/08/2014 \") is refused, not trimmed", in: "01/08/2014 ", wantErr: true, layout: uk, reason: "four-digit year"},
		{name: "a letter in the day (a1/08/2014) is refused", in: "a1/08/2014", wantErr: true, layout: uk, reason: "want digits"},
		{name: "an ISO date (2014-08-01) is refused by the British parser", in: "2014-08-01", wantErr: true, layout: uk, reason: "DD/MM/YYYY"},
		{name: "the empty string is refused", in: "", wantErr: true, layout: uk, reason: "DD/MM/YYYY"},
		{name: "dots (01.08.2014) are refused", in: "01.08.2014", wantErr: true, layout: uk, reason: "DD/MM/YYYY"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkParse(t, ParseUKDate, tc) })
	}
}

func TestParseAnyDate(t *testing.T) {
	tests := []parseCase{
		{name: "an ISO date (2014-08-01) is read as ISO", in: "2014-08-01", want: ymd(2014, time.August, 1)},
		{name: "a British date (01/08/2014) is read day first", in: "01/08/2014", want: ymd(2014, time.August, 1)},
		{name: "a short British date (1/8/2014) is read day first", in: "1/8/2014", want: ymd(2014, time.August, 1)},
		{name: "2014-8-1 is refused with the ISO layout named", in: "2014-8-1", wantErr: true, layout: "YYYY-MM-DD", reason: "YYYY-MM-DD"},
		{name: "1/8/14 is refused with the British layout named", in: "1/8/14", wantErr: true, layout: "DD/MM/YYYY", reason: "four-digit year"},
		{name: "32/01/2014 is refused: no such day", in: "32/01/2014", wantErr: true, layout: "DD/MM/YYYY", reason: "January 2014 has 31 days"},
		{name: "2014-02-30 is refused: no such day", in: "2014-02-30", wantErr: true, layout: "YYYY-MM-DD", reason: "February 2014 has 28 days"},
		{name: "the empty string is refused", in: "", wantErr: true, layout: "YYYY-MM-DD", reason: "YYYY-MM-DD"},
		{name: "free text (yesterday) is refused", in: "yesterday", wantErr: true, layout: "YYYY-MM-DD", reason: "YYYY-MM-DD"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkParse(t, ParseAnyDate, tc) })
	}
}

func TestParseAcceptsEveryDayOfTheSupportedRangeInBothForms(t *testing.T) {
	// Every day from 1900 to 2200, written by the standard library in both
	// layouts, parses back to the same day.
	fails := 0
	for tm := time.Date(1900, 1, 1, 12, 0, 0, 0, time.UTC); tm.Year() <= 2200; tm = tm.AddDate(0, 0, 1) {
		want := civil(tm)
		for _, tc := range []struct {
			layout string
			parse  func(string) (Date, error)
		}{
			{"2006-01-02", ParseDate},
			{"02/01/2006", ParseUKDate},
			{"2/1/2006", ParseUKDate},
			{"2006-01-02", ParseAnyDate},
			{"2/1/2006", ParseAnyDate},
		} {
			s := tm.Format(tc.layout)
			got, err := tc.parse(s)
			if err != nil || got != want {
				t.Errorf("parse(%q) = %v, %v; want %v", s, got, err, want)
				if tooManyFailures(t, &fails) {
					return
				}
			}
		}
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want string
	}{
		{"1 August 2014 prints as 2014-08-01", ymd(2014, time.August, 1), "2014-08-01"},
		{"a year below 1000 is zero-padded to four digits", ymd(999, time.January, 9), "0999-01-09"},
		{"the first year prints as 0001-01-01", ymd(1, time.January, 1), "0001-01-01"},
		{"the last four-digit year prints as 9999-12-31", ymd(9999, time.December, 31), "9999-12-31"},
		{"the zero Date prints as 0000-00-00", Date{}, "0000-00-00"},
		{"an invalid Date (2014-02-30) prints as written, so errors can name it", ymd(2014, time.February, 30), "2014-02-30"},
		{"a five-digit year prints in full", ymd(12345, time.March, 4), "12345-03-04"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.d.String()); diff != "" {
				t.Errorf("String() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateStringMatchesTimeFormatForEveryDay1900To2200(t *testing.T) {
	fails := 0
	for tm := time.Date(1900, 1, 1, 12, 0, 0, 0, time.UTC); tm.Year() <= 2200; tm = tm.AddDate(0, 0, 1) {
		d := civil(tm)
		if got, want := d.String(), tm.Format("2006-01-02"); got != want {
			t.Errorf("%v.String() = %q, want %q", d, got, want)
			if tooManyFailures(t, &fails) {
				return
			}
		}
	}
}

func TestDateDisplay(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want string
	}{
		{"the 2014 procedure's first day reads Fri 1 Aug 2014", ymd(2014, time.August, 1), "Fri 1 Aug 2014"},
		{"the 2022 State Funeral reads Mon 19 Sep 2022", ymd(2022, time.September, 19), "Mon 19 Sep 2022"},
		{"Christmas Day 2021 reads Sat 25 Dec 2021", ymd(2021, time.December, 25), "Sat 25 Dec 2021"},
		{"an invalid Date is shown in ISO form, not with a made-up weekday", ymd(2014, time.February, 30), "2014-02-30"},
		{"the zero Date is shown in ISO form", Date{}, "0000-00-00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.d.Display()); diff != "" {
				t.Errorf("Display() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateFormatMatchesTimeFormatForEveryDayOfTheWalesRange(t *testing.T) {
	fails := 0
	for tm := time.Date(1974, 1, 1, 12, 0, 0, 0, time.UTC); tm.Year() <= 2099; tm = tm.AddDate(0, 0, 1) {
		d := civil(tm)
		if got, want := d.Display(), tm.Format("Mon 2 Jan 2006"); got != want {
			t.Errorf("%v.Display() = %q, want %q", d, got, want)
			if tooManyFailures(t, &fails) {
				return
			}
		}
	}
}

func TestDateMarshalText(t *testing.T) {
	tests := []struct {
		name    string
		d       Date
		want    string
		wantErr error
	}{
		{"1 August 2014 marshals as 2014-08-01", ymd(2014, time.August, 1), "2014-08-01", nil},
		{"the zero Date (no date) marshals as empty text", Date{}, "", nil},
		{"an invalid Date (2014-02-30) is a *DateError, never written out", ymd(2014, time.February, 30), "", &DateError{Date: ymd(2014, time.February, 30)}},
		{"an invalid Date (month 13) is a *DateError", ymd(2014, 13, 1), "", &DateError{Date: ymd(2014, 13, 1)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.d.MarshalText()
			if diff := cmp.Diff(tc.wantErr, err); diff != "" {
				t.Fatalf("MarshalText() error mismatch (-want +got):\n%s", diff)
			}
			if err != nil {
				return
			}
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("MarshalText() mismatch (-want +got):\n%s", diff)
			}
			var back Date
			if err := back.UnmarshalText(got); err != nil {
				t.Fatalf("UnmarshalText(%q): %v", got, err)
			}
			if diff := cmp.Diff(tc.d, back); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateUnmarshalText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Date
		wantErr bool
	}{
		{"2014-08-01 unmarshals to 1 August 2014", "2014-08-01", ymd(2014, time.August, 1), false},
		{"empty text unmarshals to the zero Date (no date)", "", Date{}, false},
		{"2014-02-30 is a *ParseError", "2014-02-30", Date{}, true},
		{"a British date (01/08/2014) is a *ParseError: the text form is ISO only", "01/08/2014", Date{}, true},
		{"2014-8-1 is a *ParseError", "2014-8-1", Date{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ymd(1999, time.December, 31) // overwritten on success
			err := got.UnmarshalText([]byte(tc.in))
			if tc.wantErr {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("UnmarshalText(%q) error = %v (%T), want *ParseError", tc.in, err, err)
				}
				if diff := cmp.Diff(tc.in, pe.Input); diff != "" {
					t.Errorf("ParseError.Input mismatch (-want +got):\n%s", diff)
				}
				return
			}
			if err != nil {
				t.Fatalf("UnmarshalText(%q): %v", tc.in, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("UnmarshalText(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestDateTextRoundTripForEveryDayOfTheWalesRange(t *testing.T) {
	fails := 0
	for d := ymd(1974, time.January, 1); d.Year <= 2099; d = d.AddDays(1) {
		text, err := d.MarshalText()
		var back Date
		if err == nil {
			err = back.UnmarshalText(text)
		}
		if err != nil || back != d || string(text) != d.String() {
			t.Errorf("%v: MarshalText = %q, UnmarshalText = %v, err %v", d, text, back, err)
			if tooManyFailures(t, &fails) {
				return
			}
		}
	}
}

func TestDateJSON(t *testing.T) {
	type record struct {
		Received  Date `json:"received"`
		Withdrawn Date `json:"withdrawn"`
	}
	tests := []struct {
		name string
		rec  record
		want string
	}{
		{"a received date marshals as an ISO string and a missing date as \"\"",
			record{Received: ymd(2014, time.August, 1)},
			`{"received":"2014-08-01","withdrawn":""}`},
		{"two dates marshal as two ISO strings",
			record{Received: ymd(2022, time.September, 15), Withdrawn: ymd(2022, time.September, 19)},
			`{"received":"2022-09-15","withdrawn":"2022-09-19"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := json.Marshal(tc.rec)
			if err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("json.Marshal mismatch (-want +got):\n%s", diff)
			}
			var back record
			if err := json.Unmarshal(got, &back); err != nil {
				t.Fatalf("json.Unmarshal(%s): %v", got, err)
			}
			if diff := cmp.Diff(tc.rec, back); diff != "" {
				t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("an invalid date in JSON input is a *ParseError naming it", func(t *testing.T) {
		var rec record
		err := json.Unmarshal([]byte(`{"received":"2014-02-30"}`), &rec)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("json.Unmarshal error = %v (%T), want a *ParseError", err, err)
		}
		if diff := cmp.Diff("2014-02-30", pe.Input); diff != "" {
			t.Errorf("ParseError.Input mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("an invalid Date value refuses to marshal to JSON", func(t *testing.T) {
		_, err := json.Marshal(record{Received: ymd(2014, time.February, 30)})
		var de *DateError
		if !errors.As(err, &de) {
			t.Fatalf("json.Marshal error = %v (%T), want a *DateError", err, err)
		}
	})
}

func TestDateIsValid(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want bool
	}{
		{"1 August 2014 is valid", ymd(2014, time.August, 1), true},
		{"the zero Date is not valid", Date{}, false},
		{"29 Feb 2016 is valid (leap year)", ymd(2016, time.February, 29), true},
		{"29 Feb 2015 is not valid", ymd(2015, time.February, 29), false},
		{"29 Feb 1900 is not valid (century not divisible by 400)", ymd(1900, time.February, 29), false},
		{"29 Feb 2000 is valid (divisible by 400)", ymd(2000, time.February, 29), true},
		{"29 Feb 2100 is not valid", ymd(2100, time.February, 29), false},
		{"30 Feb 2016 is not valid", ymd(2016, time.February, 30), false},
		{"30 April is valid", ymd(2014, time.April, 30), true},
		{"31 April is not valid", ymd(2014, time.April, 31), false},
		{"31 December is valid", ymd(2014, time.December, 31), true},
		{"32 January is not valid", ymd(2014, time.January, 32), false},
		{"day 0 is not valid", ymd(2014, time.August, 0), false},
		{"a negative day is not valid", ymd(2014, time.August, -1), false},
		{"month 0 is not valid", ymd(2014, 0, 1), false},
		{"month 13 is not valid", ymd(2014, 13, 1), false},
		{"year 0 is not valid", ymd(0, time.January, 1), false},
		{"year 1 is valid", ymd(1, time.January, 1), true},
		{"year 9999 is valid", ymd(9999, time.December, 31), true},
		{"year 10000 is not valid", ymd(10000, time.January, 1), false},
		{"a negative year is not valid", ymd(-2014, time.August, 1), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.d.IsValid()); diff != "" {
				t.Errorf("%v.IsValid() mismatch (-want +got):\n%s", tc.d, diff)
			}
		})
	}
}

func TestDateIsValidAgreesWithTimeNormalisation(t *testing.T) {
	// A date is valid exactly when time.Date leaves it unchanged. Every day
	// number 0..32 of every month of 1896..2104 (which spans the 1900 and
	// 2000 century rules and 2100) is checked.
	for y := 1896; y <= 2104; y++ {
		for m := time.January; m <= time.December; m++ {
			for day := 0; day <= 32; day++ {
				d := ymd(y, m, day)
				want := civil(time.Date(y, m, day, 12, 0, 0, 0, time.UTC)) == d
				if got := d.IsValid(); got != want {
					t.Fatalf("%v.IsValid() = %v, want %v", d, got, want)
				}
			}
		}
	}
}

func TestDateIsZeroAndNewDate(t *testing.T) {
	tests := []struct {
		name     string
		d        Date
		wantZero bool
	}{
		{"the zero Date is zero (no date)", Date{}, true},
		{"NewDate(0, 0, 0) is the zero Date", NewDate(0, 0, 0), true},
		{"1 August 2014 is not zero", NewDate(2014, time.August, 1), false},
		{"a Date with only a day set is not zero", Date{Day: 1}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.wantZero, tc.d.IsZero()); diff != "" {
				t.Errorf("%v.IsZero() mismatch (-want +got):\n%s", tc.d, diff)
			}
		})
	}
	t.Run("NewDate keeps its fields and does not normalise 30 February", func(t *testing.T) {
		got := NewDate(2014, time.February, 30)
		if diff := cmp.Diff(Date{Year: 2014, Month: time.February, Day: 30}, got); diff != "" {
			t.Errorf("NewDate mismatch (-want +got):\n%s", diff)
		}
		if got.IsValid() {
			t.Errorf("NewDate(2014, February, 30).IsValid() = true, want false")
		}
	})
}

func TestDateAddDaysAndDaysSinceAgreeWithTimeForEveryDay1900To2200(t *testing.T) {
	offsets := []int{-146097, -36525, -1000, -366, -365, -31, -30, -29, -28, -1, 0, 1, 28, 29, 30, 31, 59, 365, 366, 1000, 36525, 146097}
	fails := 0
	d := ymd(1900, time.January, 1)
	for tm := noon(d); tm.Year() <= 2200; tm = tm.AddDate(0, 0, 1) {
		if civil(tm) != d {
			t.Fatalf("walking day by day: AddDays(1) gave %v, time.Time gave %v", d, civil(tm))
		}
		for _, n := range offsets {
			want := civil(tm.AddDate(0, 0, n))
			got := d.AddDays(n)
			back := got.DaysSince(d)
			if got != want || back != n {
				t.Errorf("%v.AddDays(%d) = %v, want %v; DaysSince back = %d, want %d", d, n, got, want, back, n)
				if tooManyFailures(t, &fails) {
					return
				}
			}
		}
		d = d.AddDays(1)
	}
}

func TestDateDaysSince(t *testing.T) {
	tests := []struct {
		name string
		d, s Date
		want int
	}{
		{"27 Aug 2014 is 26 days after 1 Aug 2014", ymd(2014, time.August, 27), ymd(2014, time.August, 1), 26},
		{"1 Aug 2014 is 26 days before 27 Aug 2014", ymd(2014, time.August, 1), ymd(2014, time.August, 27), -26},
		{"a day is 0 days since itself", ymd(2014, time.August, 1), ymd(2014, time.August, 1), 0},
		{"the leap year 2016 has 366 days", ymd(2017, time.January, 1), ymd(2016, time.January, 1), 366},
		{"1900 is not a leap year: 365 days", ymd(1901, time.January, 1), ymd(1900, time.January, 1), 365},
		{"2000 is a leap year: 366 days", ymd(2001, time.January, 1), ymd(2000, time.January, 1), 366},
		{"the Wales range 1974-01-01..2099-12-31 spans 46020 days", ymd(2099, time.December, 31), ymd(1974, time.January, 1), 46020},
		{"the Unix epoch is 719162 days after 0001-01-01", ymd(1970, time.January, 1), ymd(1, time.January, 1), 719162},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := int((noon(tc.d).Unix() - noon(tc.s).Unix()) / 86400)
			if want != tc.want {
				t.Fatalf("table row disagrees with time.Time: %d, time says %d", tc.want, want)
			}
			if diff := cmp.Diff(tc.want, tc.d.DaysSince(tc.s)); diff != "" {
				t.Errorf("DaysSince mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateCompareBeforeAfter(t *testing.T) {
	tests := []struct {
		name string
		d, e Date
		want int
	}{
		{"the same day compares equal", ymd(2014, time.August, 1), ymd(2014, time.August, 1), 0},
		{"31 Jul 2014 is before 1 Aug 2014", ymd(2014, time.July, 31), ymd(2014, time.August, 1), -1},
		{"1 Aug 2014 is after 31 Jul 2014", ymd(2014, time.August, 1), ymd(2014, time.July, 31), 1},
		{"31 Dec 2013 is before 1 Jan 2014 (year decides before month and day)", ymd(2013, time.December, 31), ymd(2014, time.January, 1), -1},
		{"1 Jan 2015 is after 31 Dec 2014", ymd(2015, time.January, 1), ymd(2014, time.December, 31), 1},
		{"30 Sep 2022 is after 19 Sep 2022 (day decides)", ymd(2022, time.September, 30), ymd(2022, time.September, 19), 1},
		{"1 Feb 2022 is after 31 Jan 2022 (month decides before day)", ymd(2022, time.February, 1), ymd(2022, time.January, 31), 1},
		{"the zero Date is before every real date", Date{}, ymd(1, time.January, 1), -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			type order struct {
				Compare, Reverse int
				Before, After    bool
			}
			got := order{tc.d.Compare(tc.e), tc.e.Compare(tc.d), tc.d.Before(tc.e), tc.d.After(tc.e)}
			want := order{tc.want, -tc.want, tc.want < 0, tc.want > 0}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Compare/Before/After mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateCompareAgreesWithTimeCompare(t *testing.T) {
	// Pairs of days up to ±400 days apart, for every day of 2010..2030.
	for d := ymd(2010, time.January, 1); d.Year <= 2030; d = d.AddDays(1) {
		for _, k := range []int{-400, -31, -1, 0, 1, 31, 400} {
			e := d.AddDays(k)
			want := noon(d).Compare(noon(e))
			if got := d.Compare(e); got != want {
				t.Fatalf("%v.Compare(%v) = %d, want %d", d, e, got, want)
			}
			if d.Before(e) != (want < 0) || d.After(e) != (want > 0) {
				t.Fatalf("%v.Before/After(%v) disagree with Compare %d", d, e, want)
			}
		}
	}
}

func TestDateWeekday(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want time.Weekday
	}{
		{"1 Aug 2014 was a Friday, the day of receipt in the worked example of the counting conventions", ymd(2014, time.August, 1), time.Friday},
		{"19 Sep 2022 was a Monday", ymd(2022, time.September, 19), time.Monday},
		{"1 Jan 1970 was a Thursday", ymd(1970, time.January, 1), time.Thursday},
		{"31 Dec 1969, before the epoch, was a Wednesday", ymd(1969, time.December, 31), time.Wednesday},
		{"1 Jan 1974, the first day of the Wales range, was a Tuesday", ymd(1974, time.January, 1), time.Tuesday},
		{"31 Dec 2099, the last day of the Wales range, is a Thursday", ymd(2099, time.December, 31), time.Thursday},
		{"1 Jan 0001 is a Monday in the proleptic Gregorian calendar", ymd(1, time.January, 1), time.Monday},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.d.Weekday()); diff != "" {
				t.Errorf("%v.Weekday() mismatch (-want +got):\n%s", tc.d, diff)
			}
		})
	}
}

func TestDateWeekdayAgreesWithTimeForEveryDayOfYears1To9999(t *testing.T) {
	d := ymd(1, time.January, 1)
	fails := 0
	for tm := noon(d); tm.Year() <= 9999; tm = tm.AddDate(0, 0, 1) {
		if got, want := d.Weekday(), tm.Weekday(); got != want {
			t.Errorf("%v.Weekday() = %v, want %v", d, got, want)
			if tooManyFailures(t, &fails) {
				return
			}
		}
		d = d.AddDays(1)
	}
}

func TestLondon(t *testing.T) {
	if diff := cmp.Diff("Europe/London", London().String()); diff != "" {
		t.Errorf("London() mismatch (-want +got):\n%s", diff)
	}
}

func TestDateOf(t *testing.T) {
	// Fixed zones, so that the test needs no zone data but London's: New
	// York is on EDT (UTC-4) in July and EST (UTC-5) in December; Tokyo is
	// on JST (UTC+9) all year.
	newYork, newYorkWinter := time.FixedZone("EDT", -4*3600), time.FixedZone("EST", -5*3600)
	tokyo := time.FixedZone("JST", 9*3600)
	utc := func(s string) time.Time {
		t.Helper()
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatalf("bad test timestamp %q: %v", s, err)
		}
		return tm
	}
	tests := []struct {
		name string
		t    time.Time
		want Date
	}{
		{"2014-07-31T23:30:00Z is 00:30 BST on 1 August 2014, so 1 August", utc("2014-07-31T23:30:00Z"), ymd(2014, time.August, 1)},
		{"2014-07-31T23:00:00Z is exactly midnight BST, so 1 August", utc("2014-07-31T23:00:00Z"), ymd(2014, time.August, 1)},
		{"2014-07-31T22:59:59Z is 23:59:59 BST, still 31 July", utc("2014-07-31T22:59:59Z"), ymd(2014, time.July, 31)},
		{"2014-12-31T23:30:00Z is 23:30 GMT (no summer time in winter), still 31 December", utc("2014-12-31T23:30:00Z"), ymd(2014, time.December, 31)},
		{"2014-10-25T23:30:00Z is 00:30 BST on 26 October, the night the clocks go back", utc("2014-10-25T23:30:00Z"), ymd(2014, time.October, 26)},
		{"2014-03-29T23:30:00Z is 23:30 GMT on 29 March, before the clocks go forward", utc("2014-03-29T23:30:00Z"), ymd(2014, time.March, 29)},
		{"20:00 EDT in New York on 31 July 2014 is 01:00 BST on 1 August", time.Date(2014, time.July, 31, 20, 0, 0, 0, newYork), ymd(2014, time.August, 1)},
		{"18:59 EDT in New York on 31 July 2014 is 23:59 BST, still 31 July", time.Date(2014, time.July, 31, 18, 59, 0, 0, newYork), ymd(2014, time.July, 31)},
		{"18:30 EST in New York on 31 Dec 2014 is 23:30 GMT, still 31 December", time.Date(2014, time.December, 31, 18, 30, 0, 0, newYorkWinter), ymd(2014, time.December, 31)},
		{"08:00 JST in Tokyo on 1 August 2014 is 00:00 BST on 1 August", time.Date(2014, time.August, 1, 8, 0, 0, 0, tokyo), ymd(2014, time.August, 1)},
		{"07:59 JST in Tokyo on 1 August 2014 is 23:59 BST on 31 July", time.Date(2014, time.August, 1, 7, 59, 0, 0, tokyo), ymd(2014, time.July, 31)},
		{"a London time is its own date", time.Date(2022, time.September, 19, 0, 0, 0, 0, London()), ymd(2022, time.September, 19)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, DateOf(tc.t)); diff != "" {
				t.Errorf("DateOf(%v) mismatch (-want +got):\n%s", tc.t, diff)
			}
		})
	}
}

func TestDateOnly(t *testing.T) {
	utcPlus2 := time.FixedZone("UTC+2", 2*3600)
	utcMinus5 := time.FixedZone("UTC-5", -5*3600)
	aug1 := ymd(2014, time.August, 1)
	tests := []struct {
		name         string
		t            time.Time
		only, london Date // DateOnly and DateOf
	}{
		{"midnight on 1 Aug 2014 in UTC+2 is 1 Aug, though in London it is still 31 Jul (23:00 BST)",
			time.Date(2014, time.August, 1, 0, 0, 0, 0, utcPlus2), aug1, ymd(2014, time.July, 31)},
		{"midnight on 1 Aug 2014 in UTC-5 is 1 Aug, and 06:00 BST on 1 Aug in London",
			time.Date(2014, time.August, 1, 0, 0, 0, 0, utcMinus5), aug1, aug1},
		{"20:00 on 31 Jul 2014 in UTC-5 is 31 Jul, though in London it is 1 Aug (02:00 BST)",
			time.Date(2014, time.July, 31, 20, 0, 0, 0, utcMinus5), ymd(2014, time.July, 31), aug1},
		{"midnight UTC on 1 Aug 2014, a database DATE, is 1 Aug both ways",
			time.Date(2014, time.August, 1, 0, 0, 0, 0, time.UTC), aug1, aug1},
		{"23:30 UTC on 31 Jul 2014 is 31 Jul in UTC but 1 Aug in London",
			time.Date(2014, time.July, 31, 23, 30, 0, 0, time.UTC), ymd(2014, time.July, 31), aug1},
		{"the last nanosecond of 31 Dec 2099 in UTC+14 is 31 Dec 2099",
			time.Date(2099, time.December, 31, 23, 59, 59, 999999999, time.FixedZone("UTC+14", 14*3600)), ymd(2099, time.December, 31), ymd(2099, time.December, 31)},
		{"a London midnight is its own date both ways",
			time.Date(2022, time.September, 19, 0, 0, 0, 0, London()), ymd(2022, time.September, 19), ymd(2022, time.September, 19)},
		{"the zero time, midnight UTC, is 1 Jan of year 1, and 31 Dec of year 0 in London's local mean time (UTC-0:01:15)",
			time.Time{}, ymd(1, time.January, 1), ymd(0, time.December, 31)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			type dates struct{ DateOnly, DateOf Date }
			want := dates{tc.only, tc.london}
			got := dates{DateOnly(tc.t), DateOf(tc.t)}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateOnlyOfMidnightIsThatDayInEveryZoneForEveryDayOfTheWalesRange(t *testing.T) {
	var zones []*time.Location
	for h := -12; h <= 14; h++ {
		zones = append(zones, time.FixedZone("", h*3600))
	}
	zones = append(zones, London())
	for d := walesFirst; !d.After(walesLast); d = d.AddDays(1) {
		for _, z := range zones {
			if got := DateOnly(d.In(z)); got != d {
				t.Fatalf("DateOnly(%v) = %v, want %v", d.In(z), got, d)
			}
		}
	}
}

func TestDateInLondonRoundTripsThroughDateOfForEveryDayOfTheWalesRange(t *testing.T) {
	// Midnight at the start of every day, including the days the clocks
	// change, is on that day in London.
	for d := ymd(1974, time.January, 1); d.Year <= 2099; d = d.AddDays(1) {
		tm := d.In(London())
		if h, m, s := tm.Clock(); h != 0 || m != 0 || s != 0 {
			t.Fatalf("%v.In(London()) = %v, want midnight", d, tm)
		}
		if got := DateOf(tm); got != d {
			t.Fatalf("DateOf(%v.In(London())) = %v", d, got)
		}
		last := tm.AddDate(0, 0, 1).Add(-time.Second) // 23:59:59 London time on d
		if got := DateOf(last); got != d {
			t.Fatalf("DateOf(%v), the last second of %v, = %v", last, d, got)
		}
	}
}

func TestAParseErrorQuotesAtMostEightyCharactersOfItsInput(t *testing.T) {
	long := strings.Repeat("1", 20000)
	tests := []struct {
		name  string
		parse func(string) (Date, error)
		in    string
		want  string
	}{
		{"ParseDate quotes a date of 20,000 digits in its first 80 and an ellipsis", ParseDate, long,
			`calendar: cannot read "` + long[:80] + `…" as a date: want a date written YYYY-MM-DD, e.g. 2014-08-01`},
		{"ParseUKDate quotes a date of 20,000 digits in its first 80 and an ellipsis", ParseUKDate, long,
			`calendar: cannot read "` + long[:80] + `…" as a date: want a date written DD/MM/YYYY, e.g. 01/08/2014`},
		{"ParseAnyDate quotes 81 Welsh letters in their first 80 characters, none cut in two", ParseAnyDate, strings.Repeat("ŵ", 81),
			`calendar: cannot read "` + strings.Repeat("ŵ", 80) + `…" as a date: want a date written YYYY-MM-DD, e.g. 2014-08-01`},
		{"ParseDate quotes a text of 80 characters whole", ParseDate, strings.Repeat("x", 80),
			`calendar: cannot read "` + strings.Repeat("x", 80) + `" as a date: want a date written YYYY-MM-DD, e.g. 2014-08-01`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.parse(tt.in)
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T), want a *ParseError", err, err)
			}
			if pe.Input != tt.in {
				t.Errorf("Input holds %d bytes, want the whole input of %d", len(pe.Input), len(tt.in))
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("Error() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
