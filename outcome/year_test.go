package outcome

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
)

func TestParseYear(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Year
	}{
		{"both years in full, as the report writes it", "2014-2015", Year{2014}},
		{"the second year in two digits", "2014-15", Year{2014}},
		{"a slash and two digits, as the published report's tables write it", "2014/15", Year{2014}},
		{"a slash and four digits", "2014/2015", Year{2014}},
		{"an en dash", "2014–15", Year{2014}},
		{"spaces around the dash and the year", " 2014 - 2015 ", Year{2014}},
		{"a century boundary in two digits", "2099-00", Year{2099}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseYear(tt.in)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseYear(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseYearRejects(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		mention string
	}{
		{"a year that spans two years is refused", "2014-2016", "does not follow"},
		{"two digits that do not follow are refused", "2014-16", "does not follow"},
		{"a year that ends where it starts is refused", "2014-14", "does not follow"},
		{"a year that runs backwards is refused", "2015-2014", "does not follow"},
		{"a lone year is ambiguous", "2014", "2014-2015"},
		{"an empty string is refused", "", "YYYY-YYYY"},
		{"a year with nothing after the dash is refused", "2014-", "YYYY-YYYY"},
		{"words are refused", "last year", "YYYY-YYYY"},
		{"a three-digit second year is refused", "2014-201", "YYYY-YYYY"},
		{"a two-digit first year is refused", "14-15", "YYYY-YYYY"},
		{"a date is refused", "2014-04-01", "YYYY-YYYY"},
		{"a year ending in 10000 is refused, in its short form too", "9999-00", "9998-9999"},
		{"a year ending in 10000 is refused in its long form", "9999-10000", "YYYY-YYYY"},
		{"a lone 9999 is not offered a year ending in 10000", "9999", "9998-9999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseYear(tt.in)
			require.Error(t, err)
			if !strings.Contains(err.Error(), `"`+tt.in+`"`) || !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("ParseYear(%q) error %q: want it to quote the input and mention %q", tt.in, err, tt.mention)
			}
		})
	}
}

func TestYearOf(t *testing.T) {
	d := calendar.NewDate
	tests := []struct {
		name string
		in   calendar.Date
		want Year
	}{
		{"1 April is the first day of the year", d(2014, time.April, 1), Year{2014}},
		{"31 March is the last day of the year before", d(2014, time.March, 31), Year{2013}},
		{"1 August 2014, the cutover, is in 2014-2015", d(2014, time.August, 1), Year{2014}},
		{"31 December is in the year that began that April", d(2014, time.December, 31), Year{2014}},
		{"1 January is in the year that began the April before", d(2015, time.January, 1), Year{2014}},
		{"31 March 2015 is in 2014-2015", d(2015, time.March, 31), Year{2014}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := YearOf(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("YearOf(%v) (-want +got):\n%s", tt.in, diff)
			}
			if !got.Contains(tt.in) {
				t.Errorf("%v.Contains(%v) = false", got, tt.in)
			}
		})
	}
}

func TestYearBoundsAndForms(t *testing.T) {
	y := Year{2014}
	got := []string{y.String(), y.Short(), y.First().String(), y.Last().String()}
	want := []string{"2014-2015", "2014/15", "2014-04-01", "2015-03-31"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("forms of 2014-2015 (-want +got):\n%s", diff)
	}
	if y.Contains(calendar.NewDate(2015, time.April, 1)) || y.Contains(calendar.NewDate(2014, time.March, 31)) {
		t.Error("2014-2015 contains a day outside 1 April 2014 to 31 March 2015")
	}
}

func TestYearJSON(t *testing.T) {
	b, err := json.Marshal(Year{2013})
	require.NoError(t, err)
	if diff := cmp.Diff(`"2013-2014"`, string(b)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
	var y Year
	require.NoError(t, json.Unmarshal([]byte(`"2013/14"`), &y))
	if diff := cmp.Diff(Year{2013}, y); diff != "" {
		t.Errorf("unmarshalled (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`"2013-2015"`), &y); err == nil {
		t.Error(`unmarshalling "2013-2015" succeeded, want an error`)
	}
}
