package ics_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/ics"
	"github.com/cymru-complaints/statutory/timescale"
)

// The acknowledgement of a complaint received on Friday 1 August 2014 as a
// calendar event, with a reminder 2 working days before it (the file's
// lines end in CRLF; they are shown here with LF).
func ExampleWriter_WriteCase() {
	c := timescale.Case{ID: "C-2014-007", Kind: timescale.Complaint, Received: calendar.NewDate(2014, 8, 1), Owner: "A. Jones"}
	asOf := calendar.NewDate(2014, 8, 1)
	a, _ := timescale.Evaluate(c, asOf)
	a.Deadlines = a.Deadlines[:1] // the acknowledgement only

	var b bytes.Buffer
	w, err := ics.NewWriter(&b, ics.Options{AsOf: asOf, Remind: ics.DefaultRemind})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := w.WriteCase(&c, &a); err != nil {
		fmt.Println(err)
	}
	w.Close()
	text := b.String()
	fmt.Print(strings.ReplaceAll(text[strings.Index(text, "BEGIN:VEVENT"):], "\r\n", "\n"))
	// Output:
	// BEGIN:VEVENT
	// UID:C-2014-007.acknowledgement@statutory
	// DTSTAMP:20140801T000000Z
	// SEQUENCE:16283
	// DTSTART;VALUE=DATE:20140805
	// DTEND;VALUE=DATE:20140806
	// SUMMARY:C-2014-007 (A. Jones): acknowledgement of the complaint due
	// DESCRIPTION:Case C-2014-007\, owner A. Jones.\nMilestone: acknowledgement o
	//  f the complaint (acknowledgement).\nRule: W14-ACK\, SI 2014/1794 reg 15(2)
	//   (regulation).\nDue: Tue 5 Aug 2014.\nStatus as of Fri 1 Aug 2014: not-yet
	//  -due.\nHow the date was reached: W14-ACK (SI 2014/1794 reg 15(2)\, regulat
	//  ion): 2 working days after Fri 1 Aug 2014 (receipt of the complaint\; that
	//   day is not counted)\, skipping Sat 2 Aug 2014 (Saturday) and Sun 3 Aug 20
	//  14 (Sunday): due Tue 5 Aug 2014.
	// STATUS:CONFIRMED
	// TRANSP:TRANSPARENT
	// BEGIN:VALARM
	// ACTION:DISPLAY
	// DESCRIPTION:C-2014-007 (A. Jones): acknowledgement of the complaint due
	// TRIGGER:-P3DT15H
	// END:VALARM
	// END:VEVENT
	// END:VCALENDAR
}

// A shared office calendar of the non-working days: here, Boxing Day 2022,
// with its Welsh name from GOV.UK's Welsh list.
func ExampleWriter_WriteHoliday() {
	hols, _ := calendar.Wales().WeekdayHolidays(calendar.NewDate(2022, 12, 26), calendar.NewDate(2022, 12, 26))
	var b bytes.Buffer
	w, _ := ics.NewWriter(&b, ics.Options{AsOf: calendar.NewDate(2022, 8, 31), Name: "Non-working days in Wales"})
	for _, h := range hols {
		w.WriteHoliday(h)
	}
	w.Close()
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//cymru-complaints//statutory//EN
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// X-WR-CALNAME:Non-working days in Wales
	// REFRESH-INTERVAL;VALUE=DURATION:P1D
	// X-PUBLISHED-TTL:P1D
	// BEGIN:VEVENT
	// UID:holiday-20221226@statutory
	// DTSTAMP:20220831T000000Z
	// SEQUENCE:19235
	// DTSTART;VALUE=DATE:20221226
	// DTEND;VALUE=DATE:20221227
	// SUMMARY:Boxing Day
	// DESCRIPTION:Not a working day in Wales (bank holiday\, SI 2014/1794 reg 2).
	//  \nWelsh name: Dydd San Steffan.
	// TRANSP:TRANSPARENT
	// END:VEVENT
	// END:VCALENDAR
}
