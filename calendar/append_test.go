package calendar

import (
	"encoding"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Date and Kind append their text where MarshalText would allocate it.
var (
	_ encoding.TextAppender = Date{}
	_ encoding.TextAppender = Kind(0)
)

func TestDateAppendTextAppendsWhatMarshalTextReturns(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 1))
	dates := []Date{{}, ymd(1, time.January, 1), ymd(9999, time.December, 31), ymd(2014, time.February, 30), ymd(2014, 13, 1), ymd(10000, time.January, 1), ymd(-1, time.January, 1)}
	for range 2000 {
		dates = append(dates, ymd(1+r.IntN(9999), time.Month(r.IntN(14)), r.IntN(33)))
	}
	for _, d := range dates {
		want, wantErr := d.MarshalText()
		prefix := []byte("before:")
		got, err := d.AppendText(prefix)
		if diff := cmp.Diff(wantErr, err); diff != "" {
			t.Fatalf("%#v: AppendText error mismatch (-MarshalText +AppendText):\n%s", d, diff)
		}
		if err != nil {
			want = nil // on an error nothing is appended
		}
		if diff := cmp.Diff("before:"+string(want), string(got)); diff != "" {
			t.Fatalf("%#v: AppendText mismatch (-want +got):\n%s", d, diff)
		}
	}
}

func TestKindAppendTextAppendsWhatMarshalTextReturns(t *testing.T) {
	for k := range Kind(10) {
		want, wantErr := k.MarshalText()
		got, err := k.AppendText([]byte("x "))
		if diff := cmp.Diff(wantErr, err); diff != "" {
			t.Fatalf("%v: AppendText error mismatch (-MarshalText +AppendText):\n%s", k, diff)
		}
		if err != nil {
			want = nil
		}
		if diff := cmp.Diff("x "+string(want), string(got)); diff != "" {
			t.Fatalf("%v: AppendText mismatch (-want +got):\n%s", k, diff)
		}
	}
}

func TestAppendTextDoesNotAllocateIntoABufferWithRoom(t *testing.T) {
	b := make([]byte, 0, 64)
	d, k := ymd(2022, time.September, 19), BankHoliday
	allocs := testing.AllocsPerRun(100, func() {
		b, _ = d.AppendText(b[:0])
		b, _ = k.AppendText(b)
	})
	if allocs != 0 {
		t.Errorf("AppendText allocated %v times per run, want 0", allocs)
	}
	if string(b) != "2022-09-19bank-holiday" {
		t.Errorf("appended %q", b)
	}
}

func TestAppendNonWorkingDaysAppendsWhatNonWorkingDaysBetweenReturns(t *testing.T) {
	c := Wales()
	r := rand.New(rand.NewPCG(8, 2))
	first, _ := c.Range()
	for range 500 {
		a := first.AddDays(r.IntN(20000))
		b := a.AddDays(r.IntN(80) - 10)
		want, err := c.NonWorkingDaysBetween(a, b)
		if err != nil {
			t.Fatal(err)
		}
		kept := NonWorkingDay{Date: ymd(1999, time.January, 1), Kind: LocalClosure, Reason: "kept"}
		got, err := c.AppendNonWorkingDays([]NonWorkingDay{kept}, a, b)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(append([]NonWorkingDay{kept}, want...), got); diff != "" {
			t.Fatalf("AppendNonWorkingDays(%v, %v) mismatch (-want +got):\n%s", a, b, diff)
		}
	}
}

func TestAppendNonWorkingDaysOutOfRangeIsARangeErrorAndAppendsNothing(t *testing.T) {
	c := Wales()
	first, last := c.Range()
	dst := []NonWorkingDay{{Date: first, Kind: Weekend, Reason: "kept"}}
	for _, tc := range []struct {
		name string
		a, b Date
	}{
		{"a start before the calendar", first.AddDays(-1), first.AddDays(10)},
		{"an end after the calendar", last.AddDays(-10), last.AddDays(1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.AppendNonWorkingDays(dst, tc.a, tc.b)
			var re *RangeError
			if !errors.As(err, &re) {
				t.Fatalf("error %v (%T), want a *RangeError", err, err)
			}
			if diff := cmp.Diff(dst, got); diff != "" {
				t.Errorf("the slice changed (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUnmarshalTextAcceptsExactlyWhatParseDateAccepts(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 6))
	inputs := []string{"2014-08-01", "0000-01-01", "0001-01-01", "9999-12-31", "2014-02-29", "2016-02-29", "2014-00-10",
		"2014-13-01", "2014-01-00", "2014-01-32", "2014/01/01", "2014-1-01", "+014-01-01", "2014-01-0a", " 2014-01-01", "２０１４-01-01"}
	const alphabet = "0123456789-/ +a"
	for range 20000 {
		b := []byte(ymd(1+r.IntN(9999), time.Month(1+r.IntN(12)), 1+r.IntN(31)).String())
		if r.IntN(2) == 0 { // a character changed
			b[r.IntN(len(b))] = alphabet[r.IntN(len(alphabet))]
		}
		inputs = append(inputs, string(b))
	}
	for _, in := range inputs {
		want, wantErr := ParseDate(in)
		got := ymd(1999, time.December, 31)
		err := got.UnmarshalText([]byte(in))
		if (err == nil) != (wantErr == nil) || (err == nil && got != want) {
			t.Fatalf("UnmarshalText(%q) = %v, %v; ParseDate gives %v, %v", in, got, err, want, wantErr)
		}
		if err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("UnmarshalText(%q) error %q, ParseDate's %q", in, err, wantErr)
		}
	}
}

func TestUnmarshalTextOfAnISODateDoesNotAllocate(t *testing.T) {
	text := []byte("2022-09-19")
	var d Date
	if allocs := testing.AllocsPerRun(100, func() { _ = d.UnmarshalText(text) }); allocs != 0 {
		t.Errorf("UnmarshalText allocated %v times per run, want 0", allocs)
	}
	if d != ymd(2022, time.September, 19) {
		t.Errorf("read %v", d)
	}
}

func TestNextIsTheDayAfter(t *testing.T) {
	for d := ymd(1, time.January, 1); d.Year < 10000; d = d.AddDays(1 + int(d.Year)%3) {
		if got, want := d.next(), d.AddDays(1); got != want {
			t.Fatalf("%v.next() = %v, want %v", d, got, want)
		}
	}
}

func TestAppendDisplayWritesEveryYearAndDayInFull(t *testing.T) {
	for d := ymd(1, time.January, 1); d.Year < 10000; d = d.AddDays(1 + d.Year%5) {
		want := fmt.Sprintf("%s %d %s %d", d.Weekday().String()[:3], d.Day, d.Month.String()[:3], d.Year)
		if got := string(d.AppendDisplay(nil)); got != want {
			t.Fatalf("%#v.AppendDisplay = %q, want %q", d, got, want)
		}
	}
}
