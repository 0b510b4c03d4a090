package calendar

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var (
	_ sql.Scanner   = (*Date)(nil)
	_ driver.Valuer = Date{}
)

func TestDateScan(t *testing.T) {
	aug1 := ymd(2014, time.August, 1)
	tests := []struct {
		name    string
		src     any
		want    Date
		wantErr any // nil, or a pointer to the error type wanted
	}{
		{"NULL reads as the zero Date", nil, Date{}, nil},
		{"an ISO string reads as its date", "2014-08-01", aug1, nil},
		{"ISO bytes read as their date", []byte("2014-08-01"), aug1, nil},
		{"midnight UTC, as drivers give a DATE column, reads as that day", time.Date(2014, time.August, 1, 0, 0, 0, 0, time.UTC), aug1, nil},
		{"midnight in UTC+2 reads as that day, not the London day before", time.Date(2014, time.August, 1, 0, 0, 0, 0, time.FixedZone("UTC+2", 2*3600)), aug1, nil},
		{"midnight in UTC-5 reads as that day", time.Date(2014, time.August, 1, 0, 0, 0, 0, time.FixedZone("UTC-5", -5*3600)), aug1, nil},
		{"a time late in the day reads as its own day in its own zone", time.Date(2014, time.July, 31, 23, 30, 0, 0, time.UTC), ymd(2014, time.July, 31), nil},
		{"a date that does not exist is a *ParseError", "2014-02-30", Date{}, new(*ParseError)},
		{"a British date is a *ParseError (the column holds ISO dates)", "01/08/2014", Date{}, new(*ParseError)},
		{"a timestamp string is a *ParseError", "2014-08-01 00:00:00", Date{}, new(*ParseError)},
		{"an empty string is a *ParseError, not NULL", "", Date{}, new(*ParseError)},
		{"bad bytes are a *ParseError", []byte("yesterday"), Date{}, new(*ParseError)},
		{"an integer is a *ScanError", int64(20140801), Date{}, new(*ScanError)},
		{"a float is a *ScanError", 2014.0801, Date{}, new(*ScanError)},
		{"a bool is a *ScanError", true, Date{}, new(*ScanError)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sentinel := ymd(1999, time.December, 31) // an error must leave the Date alone
			d := sentinel
			err := d.Scan(tc.src)
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("Scan(%#v): %v", tc.src, err)
				}
				if diff := cmp.Diff(tc.want, d); diff != "" {
					t.Errorf("Scan(%#v) mismatch (-want +got):\n%s", tc.src, diff)
				}
				return
			}
			if !errors.As(err, tc.wantErr) {
				t.Fatalf("Scan(%#v) error = %v (%T), want %T", tc.src, err, err, tc.wantErr)
			}
			if d != sentinel {
				t.Errorf("Scan(%#v) failed but changed the Date to %v", tc.src, d)
			}
		})
	}
}

func TestScanErrorNamesTheType(t *testing.T) {
	var d Date
	err := d.Scan(int64(1))
	want := &ScanError{Type: "int64"}
	if diff := cmp.Diff(error(want), err); diff != "" {
		t.Fatalf("Scan(int64) error (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("calendar: cannot read a date from a database value of type int64: want NULL, a time, or text YYYY-MM-DD", err.Error()); diff != "" {
		t.Errorf("message (-want +got):\n%s", diff)
	}
}

func TestDateValue(t *testing.T) {
	tests := []struct {
		name    string
		d       Date
		want    driver.Value
		wantErr bool
	}{
		{"the zero Date is NULL", Date{}, nil, false},
		{"a date is its ISO string", ymd(2014, time.August, 1), "2014-08-01", false},
		{"the first day of the Wales range", ymd(1974, time.January, 1), "1974-01-01", false},
		{"a day outside any calendar's range is still a date", ymd(1, time.January, 1), "0001-01-01", false},
		{"29 February of a leap year", ymd(2016, time.February, 29), "2016-02-29", false},
		{"30 February is a *DateError", ymd(2014, time.February, 30), nil, true},
		{"month 13 is a *DateError", Date{2014, 13, 1}, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.d.Value()
			if tc.wantErr {
				var de *DateError
				if !errors.As(err, &de) || de.Date != tc.d || got != nil {
					t.Fatalf("Value() = %#v, %v; want nil and a *DateError for %v", got, err, tc.d)
				}
				return
			}
			if err != nil {
				t.Fatalf("Value(): %v", err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Value() mismatch (-want +got):\n%s", diff)
			}
			// database/sql converts arguments with the default converter,
			// which calls Value; the result must be a valid driver value.
			conv, err := driver.DefaultParameterConverter.ConvertValue(tc.d)
			if err != nil || conv != got {
				t.Errorf("DefaultParameterConverter.ConvertValue = %#v, %v; want %#v", conv, err, got)
			}
			var back Date
			if err := back.Scan(got); err != nil || back != tc.d {
				t.Errorf("Scan(Value()) = %v, %v; want %v", back, err, tc.d)
			}
		})
	}
}

func TestDateValueAndScanRoundTripForEveryDayOfTheWalesRange(t *testing.T) {
	for d := walesFirst; !d.After(walesLast); d = d.AddDays(1) {
		v, err := d.Value()
		if err != nil {
			t.Fatalf("%v.Value(): %v", d, err)
		}
		var back Date
		if err := back.Scan(v); err != nil || back != d {
			t.Fatalf("Scan(%v.Value() = %#v) = %v, %v", d, v, back, err)
		}
		if err := back.Scan([]byte(v.(string))); err != nil || back != d {
			t.Fatalf("Scan([]byte(%#v)) = %v, %v", v, back, err)
		}
	}
}
