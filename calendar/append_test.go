package calendar

import (
	"encoding"
	"errors"
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
