package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
	"time"
)

// parseSeeds are inputs every parser fuzz target starts from: good dates in
// both layouts, and the near misses of the parser tables.
var parseSeeds = []string{
	"2014-08-01", "2016-02-29", "2000-02-29", "0001-01-01", "9999-12-31",
	"2014-02-30", "2015-02-29", "1900-02-29", "2014-13-01", "2014-00-01", "0000-01-01",
	"2014-8-1", " 2014-08-01", "2014-08-01 ", "", "2014/08/01", "+014-08-01", "2014-08--1",
	"01/08/2014", "1/8/2014", "32/01/2014", "29/02/2015", "01/13/2014", "01/08/14",
	"001/08/2014", "01//2014", "/08/2014", "1/8/", "//", "/", "-", "--",
	"２０１４-08-01", "2014-08-01T00:00:00Z", "\x00\x00\x00\x00-\x00\x00-\x00\x00",
}

// checkAccepted is the property every accepted date must have: it is a
// real day, and its ISO form parses back to the same day.
func checkAccepted(t *testing.T, in string, d Date) {
	t.Helper()
	if !d.IsValid() {
		t.Fatalf("%q accepted as %#v, which is not a valid date", in, d)
	}
	back, err := ParseDate(d.String())
	if err != nil {
		t.Fatalf("%q accepted as %v, but ParseDate(%q) fails: %v", in, d, d.String(), err)
	}
	if back != d {
		t.Fatalf("%q accepted as %v, but its String %q parses back as %v", in, d, d.String(), back)
	}
}

// checkRefused is the property every refused input must have: a
// *ParseError carrying the input and no date.
func checkRefused(t *testing.T, in string, d Date, err error) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("%q: error %v is %T, want *ParseError", in, err, err)
	}
	if pe.Input != in {
		t.Fatalf("%q: ParseError.Input = %q", in, pe.Input)
	}
	if pe.Reason == "" || pe.Layout == "" {
		t.Fatalf("%q: ParseError without a layout or reason: %#v", in, pe)
	}
	if d != (Date{}) {
		t.Fatalf("%q: refused but returned %v", in, d)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range parseSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ParseDate(in)
		if err != nil {
			checkRefused(t, in, d, err)
			return
		}
		checkAccepted(t, in, d)
		// The ISO form is canonical: only the exact String of a date is
		// accepted.
		if d.String() != in {
			t.Fatalf("ParseDate(%q) = %v, whose String differs from the input", in, d)
		}
	})
}

func FuzzParseUKDate(f *testing.F) {
	for _, s := range parseSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ParseUKDate(in)
		if err != nil {
			checkRefused(t, in, d, err)
			return
		}
		checkAccepted(t, in, d)
		// Written back in full British form, it reads the same.
		full := fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
		if back, err := ParseUKDate(full); err != nil || back != d {
			t.Fatalf("ParseUKDate(%q) = %v, but ParseUKDate(%q) = %v, %v", in, d, full, back, err)
		}
	})
}

func FuzzParseAnyDate(f *testing.F) {
	for _, s := range parseSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ParseAnyDate(in)
		if err != nil {
			checkRefused(t, in, d, err)
			return
		}
		checkAccepted(t, in, d)
		// It agrees with one of the two layouts it combines.
		iso, isoErr := ParseDate(in)
		uk, ukErr := ParseUKDate(in)
		if !(isoErr == nil && iso == d) && !(ukErr == nil && uk == d) {
			t.Fatalf("ParseAnyDate(%q) = %v, but ParseDate gives %v, %v and ParseUKDate %v, %v", in, d, iso, isoErr, uk, ukErr)
		}
	})
}

func FuzzUnmarshalText(f *testing.F) {
	for _, s := range parseSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var d Date
		err := d.UnmarshalText(in)
		if err != nil {
			checkRefused(t, string(in), d, err)
			return
		}
		if len(in) == 0 {
			if !d.IsZero() {
				t.Fatalf("empty text unmarshalled to %v, want the zero Date", d)
			}
		} else {
			checkAccepted(t, string(in), d)
		}
		out, err := d.MarshalText()
		if err != nil {
			t.Fatalf("UnmarshalText(%q) = %v, which does not marshal: %v", in, d, err)
		}
		if !bytes.Equal(out, in) {
			t.Fatalf("UnmarshalText(%q) = %v, which marshals as %q", in, d, out)
		}
	})
}

// FuzzWalesArithmetic checks that no Date and count, however wild, makes the
// Wales calendar panic or loop, that errors have the documented types, and
// that AddWorkingDays and WorkingDaysBetween stay inverse.
func FuzzWalesArithmetic(f *testing.F) {
	f.Add(2014, 8, 1, 17)
	f.Add(2022, 9, 15, 2)
	f.Add(1974, 1, 2, -5)
	f.Add(2099, 12, 30, 5)
	f.Add(2014, 2, 30, 1)
	f.Add(0, 0, 0, 0)
	f.Add(9999, 12, 31, -1<<62)
	f.Add(1974, 1, 1, 1<<62)
	c := Wales()
	first, last := c.Range()
	f.Fuzz(func(t *testing.T, y, m, day, n int) {
		d := Date{Year: y, Month: time.Month(m), Day: day}
		got, err := c.AddWorkingDays(d, n)
		var de *DateError
		var re *RangeError
		switch {
		case !d.IsValid():
			if !errors.As(err, &de) || de.Date != d {
				t.Fatalf("AddWorkingDays(%#v, %d) error = %v, want *DateError", d, n, err)
			}
			return
		case d.Before(first) || d.After(last):
			if !errors.As(err, &re) || re.Date != d {
				t.Fatalf("AddWorkingDays(%v, %d) error = %v, want *RangeError", d, n, err)
			}
			return
		case err != nil:
			if !errors.As(err, &re) || re.Date != d || re.N != n {
				t.Fatalf("AddWorkingDays(%v, %d) error = %v, want *RangeError carrying the date and n", d, n, err)
			}
			return
		}
		if n == 0 {
			if got != d {
				t.Fatalf("AddWorkingDays(%v, 0) = %v", d, got)
			}
			return
		}
		if got.Before(first) || got.After(last) {
			t.Fatalf("AddWorkingDays(%v, %d) = %v, outside the range", d, n, got)
		}
		if ok, _ := c.IsWorkingDay(got); !ok {
			t.Fatalf("AddWorkingDays(%v, %d) = %v, not a working day", d, n, got)
		}
		working, _ := c.IsWorkingDay(d)
		if n > 0 || working {
			if k, err := c.WorkingDaysBetween(d, got); err != nil || k != n {
				t.Fatalf("WorkingDaysBetween(%v, AddWorkingDays(%v, %d) = %v) = %d, %v", d, d, n, got, k, err)
			}
		}
	})
}

// FuzzKindUnmarshalText checks that Kind.UnmarshalText accepts exactly the
// names MarshalText writes, and that anything else is a *KindError naming
// the text.
func FuzzKindUnmarshalText(f *testing.F) {
	for _, s := range []string{"weekend", "bank-holiday", "common-law-holiday", "substitute-day", "local-closure",
		"bank holiday", "Bank-Holiday", "bank-holiday ", "", "Kind(0)", "weekend\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		var k Kind
		err := k.UnmarshalText(in)
		if err != nil {
			var ke *KindError
			if !errors.As(err, &ke) || ke.Value != string(in) || k != 0 {
				t.Fatalf("UnmarshalText(%q) = %v, %v (%T); want a *KindError naming the text", in, k, err, err)
			}
			return
		}
		out, err := k.MarshalText()
		if err != nil || !bytes.Equal(out, in) || k.String() != string(in) {
			t.Fatalf("UnmarshalText(%q) = %v, which marshals as %q, %v", in, k, out, err)
		}
	})
}

// FuzzScan checks that Date.Scan reads text exactly as ParseDate does,
// from a string and from bytes alike, and that what it reads writes back
// (Value) as the same text.
func FuzzScan(f *testing.F) {
	for _, s := range parseSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		want, wantErr := ParseDate(string(in))
		var fromString, fromBytes Date
		errString, errBytes := fromString.Scan(string(in)), fromBytes.Scan(in)
		if fromString != want || fromBytes != want || (wantErr == nil) != (errString == nil) || (wantErr == nil) != (errBytes == nil) {
			t.Fatalf("Scan(%q) = %v, %v (string) and %v, %v (bytes); ParseDate gives %v, %v", in, fromString, errString, fromBytes, errBytes, want, wantErr)
		}
		if wantErr != nil {
			return
		}
		if v, err := fromString.Value(); err != nil || v != string(in) {
			t.Fatalf("Scan(%q) = %v, whose Value is %#v, %v", in, fromString, v, err)
		}
	})
}
