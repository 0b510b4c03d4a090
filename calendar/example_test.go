package calendar_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
)

func ExampleParseDate() {
	d, err := calendar.ParseDate("2014-08-01")
	if err != nil {
		panic(err)
	}
	fmt.Println(d, d.Display())

	_, err = calendar.ParseDate("2014-02-30")
	fmt.Println(err)
	// Output:
	// 2014-08-01 Fri 1 Aug 2014
	// calendar: cannot read "2014-02-30" as a date: no such day: February 2014 has 28 days
}

func ExampleParseUKDate() {
	d, err := calendar.ParseUKDate("1/8/2014")
	if err != nil {
		panic(err)
	}
	fmt.Println(d)
	// Output:
	// 2014-08-01
}

func ExampleDateOf() {
	// 23:30 UTC on 31 July 2014 is 00:30 BST on 1 August in Wales.
	t := time.Date(2014, time.July, 31, 23, 30, 0, 0, time.UTC)
	fmt.Println(calendar.DateOf(t))
	// Output:
	// 2014-08-01
}

func ExampleKind() {
	// A Kind is written in kebab-case in JSON and CSV, and in words for
	// people; the JSON reads back to the same value.
	h, _, _ := calendar.Wales().Holiday(calendar.NewDate(2022, time.December, 27))
	b, err := json.Marshal(h)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	fmt.Println(h.Kind.Display())

	var back calendar.Holiday
	fmt.Println(json.Unmarshal(b, &back), back == h)

	var k calendar.Kind
	fmt.Println(k.UnmarshalText([]byte("bank holiday")))
	// Output:
	// {"date":"2022-12-27","name":"Christmas Day (substitute day)","kind":"substitute-day"}
	// substitute day
	// <nil> true
	// calendar: "bank holiday" is not a kind of non-working day: want weekend, bank-holiday, common-law-holiday, substitute-day or local-closure
}

func ExampleDateOnly() {
	// A date picker in a browser in UTC+2 sends midnight local time for
	// 1 August 2014. That is 23:00 BST on 31 July in London, so DateOf,
	// which is for instants, gives 31 July; DateOnly gives the date picked.
	picked := time.Date(2014, time.August, 1, 0, 0, 0, 0, time.FixedZone("UTC+2", 2*60*60))
	fmt.Println("DateOnly:", calendar.DateOnly(picked))
	fmt.Println("DateOf:  ", calendar.DateOf(picked))

	// In UTC-5 the two agree at midnight (06:00 BST in London), which is
	// how the trap goes unnoticed; an email sent at 20:00 there on 31 July
	// arrived on 1 August in Wales, and DateOf is right for it.
	west := time.FixedZone("UTC-5", -5*60*60)
	midnight := time.Date(2014, time.August, 1, 0, 0, 0, 0, west)
	fmt.Println(calendar.DateOnly(midnight), calendar.DateOf(midnight))
	email := time.Date(2014, time.July, 31, 20, 0, 0, 0, west)
	fmt.Println(calendar.DateOnly(email), calendar.DateOf(email))
	// Output:
	// DateOnly: 2014-08-01
	// DateOf:   2014-07-31
	// 2014-08-01 2014-08-01
	// 2014-07-31 2014-08-01
}

func ExampleDate_Compare() {
	dates := []calendar.Date{
		calendar.NewDate(2022, time.September, 19),
		calendar.NewDate(2014, time.August, 1),
		calendar.NewDate(2014, time.July, 31),
	}
	slices.SortFunc(dates, calendar.Date.Compare)
	fmt.Println(dates)
	fmt.Println(slices.MinFunc(dates, calendar.Date.Compare), slices.MaxFunc(dates, calendar.Date.Compare))
	// Output:
	// [2014-07-31 2014-08-01 2022-09-19]
	// 2014-07-31 2022-09-19
}

func ExampleDate_Scan() {
	// Drivers give a DATE column as a time.Time at midnight (here UTC), or
	// as text; NULL is the zero Date.
	for _, v := range []any{time.Date(2014, time.August, 1, 0, 0, 0, 0, time.UTC), "2014-08-27", nil, int64(7)} {
		var d calendar.Date
		err := d.Scan(v)
		fmt.Printf("%q %v\n", d, err)
	}
	// Output:
	// "2014-08-01" <nil>
	// "2014-08-27" <nil>
	// "0000-00-00" <nil>
	// "0000-00-00" calendar: cannot read a date from a database value of type int64: want NULL, a time, or text YYYY-MM-DD
}

func ExampleDate_Value() {
	v, err := calendar.NewDate(2014, time.August, 1).Value()
	fmt.Printf("%#v %v\n", v, err)
	v, err = calendar.Date{}.Value()
	fmt.Printf("%#v %v\n", v, err)
	// Output:
	// "2014-08-01" <nil>
	// <nil> <nil>
}

func ExampleCalendar_AddWorkingDays() {
	// The worked example of the counting conventions: a complaint received
	// on Friday 1 August 2014. The day of receipt is never counted; day 1
	// is Monday 4 August.
	wales := calendar.Wales()
	received := calendar.NewDate(2014, time.August, 1)
	for _, n := range []int{2, 17} {
		due, err := wales.AddWorkingDays(received, n)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%d working days after %s: %s\n", n, received.Display(), due.Display())
	}
	// Output:
	// 2 working days after Fri 1 Aug 2014: Tue 5 Aug 2014
	// 17 working days after Fri 1 Aug 2014: Wed 27 Aug 2014
}

func ExampleCalendar_WorkingDaysBetween() {
	// Received Fri 1 Aug 2014, answered Wed 27 Aug 2014: the working days
	// d with 1 Aug < d <= 27 Aug.
	taken, err := calendar.Wales().WorkingDaysBetween(
		calendar.NewDate(2014, time.August, 1), calendar.NewDate(2014, time.August, 27))
	if err != nil {
		panic(err)
	}
	fmt.Println(taken)
	// Output:
	// 17
}

func ExampleCalendar_NonWorkingDaysBetween() {
	// Christmas 2022: Christmas Day fell on a Sunday.
	days, err := calendar.Wales().NonWorkingDaysBetween(
		calendar.NewDate(2022, time.December, 23), calendar.NewDate(2022, time.December, 28))
	if err != nil {
		panic(err)
	}
	for _, d := range days {
		fmt.Printf("%s  %-14s  %s\n", d.Date.Display(), d.Kind.Display(), d.Reason)
	}
	// Output:
	// Sat 24 Dec 2022  weekend         Saturday
	// Sun 25 Dec 2022  weekend         Sunday, Christmas Day
	// Mon 26 Dec 2022  bank holiday    Boxing Day
	// Tue 27 Dec 2022  substitute day  Christmas Day (substitute day)
}

func ExampleCalendar_Holiday() {
	h, ok, err := calendar.Wales().Holiday(calendar.NewDate(2022, time.September, 19))
	if err != nil {
		panic(err)
	}
	fmt.Println(ok, h.Date.Display(), h.Name, "-", h.Kind.Display())
	// Output:
	// true Mon 19 Sep 2022 State Funeral of Queen Elizabeth II - bank holiday
}

func ExampleCalendar_IsProvisional() {
	wales := calendar.Wales()
	fmt.Println(wales.IsProvisional(calendar.NewDate(2028, time.December, 31)))
	fmt.Println(wales.IsProvisional(calendar.NewDate(2029, time.January, 1)))
	// Output:
	// false
	// true
}

func ExampleCalendar_WithClosures() {
	// A council closes between Christmas and New Year 2014. The derived
	// calendar is not the statutory one: Wales() is unchanged.
	wales := calendar.Wales()
	local, err := wales.WithClosures("winter closure",
		calendar.Holiday{Date: calendar.NewDate(2014, time.December, 29)},
		calendar.Holiday{Date: calendar.NewDate(2014, time.December, 30)},
		calendar.Holiday{Date: calendar.NewDate(2014, time.December, 31)},
	)
	if err != nil {
		panic(err)
	}
	received := calendar.NewDate(2014, time.December, 24)
	statutory, _ := wales.AddWorkingDays(received, 2)
	withClosures, _ := local.AddWorkingDays(received, 2)
	h, _, _ := local.Holiday(calendar.NewDate(2014, time.December, 30))
	fmt.Println("statutory:    ", statutory.Display())
	fmt.Println("with closures:", withClosures.Display())
	fmt.Println(h.Name, "-", h.Kind)
	// Output:
	// statutory:     Tue 30 Dec 2014
	// with closures: Mon 5 Jan 2015
	// Local closure - local-closure
}

func ExampleCalendar_WithClosures_badDates() {
	_, err := calendar.Wales().WithClosures("typo",
		calendar.Holiday{Date: calendar.NewDate(2014, time.February, 30)})
	fmt.Println(err)
	// Output:
	// calendar: closures "typo": calendar: 2014-02-30 is not a valid date
}

// Add gives the deadline of a count of working days with whether it is
// provisional: whether a bank holiday proclaimed later could still move it.
func ExampleCalendar_Add() {
	c := calendar.Wales()
	r, err := c.Add(calendar.NewDate(2014, time.August, 1), 17)
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Date, r.Provisional)
	// Output:
	// 2014-08-27 false
}
