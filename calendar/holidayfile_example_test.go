package calendar_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
)

// A bank holiday proclaimed after this package was released is applied from
// a small CSV file: the deadlines that span it move, the others do not.
func ExampleWalesWith() {
	f, err := calendar.ReadHolidayFile("proclaimed.csv", strings.NewReader(
		"date,title\n2031-06-16,Bank holiday for a royal wedding\n"))
	if err != nil {
		panic(err)
	}
	c, err := calendar.WalesWith(f)
	if err != nil {
		panic(err)
	}
	received := calendar.NewDate(2031, time.June, 12)
	before, _ := calendar.Wales().AddWorkingDays(received, 2)
	after, _ := c.AddWorkingDays(received, 2)
	h, _, _ := c.Holiday(calendar.NewDate(2031, time.June, 16))
	fmt.Println(before.Display(), "->", after.Display())
	fmt.Printf("%s (from %s)\n", h.Name, h.Source)
	fmt.Println(c.IsProvisional(after))
	// Output:
	// Mon 16 Jun 2031 -> Tue 17 Jun 2031
	// Bank holiday for a royal wedding (from proclaimed.csv)
	// true
}

// A file that would remove or move a day of the official record is refused,
// naming the date.
func ExampleWalesWith_refused() {
	f, err := calendar.ReadHolidayFile("bank-holidays.json", strings.NewReader(`{"england-and-wales": {
		"division": "england-and-wales",
		"events": [
			{"title": "New Year’s Day", "date": "2025-01-01", "notes": ""},
			{"title": "Good Friday", "date": "2025-04-18", "notes": ""},
			{"title": "Easter Monday", "date": "2025-04-21", "notes": ""},
			{"title": "Early May bank holiday", "date": "2025-05-05", "notes": ""},
			{"title": "Spring bank holiday", "date": "2025-06-02", "notes": ""},
			{"title": "Summer bank holiday", "date": "2025-08-25", "notes": ""},
			{"title": "Christmas Day", "date": "2025-12-25", "notes": ""},
			{"title": "Boxing Day", "date": "2025-12-26", "notes": ""}
		]}}`))
	if err != nil {
		panic(err)
	}
	_, err = calendar.WalesWith(f)
	fmt.Println(err)
	// Output:
	// calendar: holiday file "bank-holidays.json": it removes or moves holidays of the official record, which only a new release may change: 2025-05-26 (Spring bank holiday) is missing from the file, which lists 2025-06-02 instead
}

func ExampleCalendar_WelshName() {
	c := calendar.Wales()
	for _, d := range []calendar.Date{
		calendar.NewDate(2024, time.April, 1),
		calendar.NewDate(2022, time.December, 27),
		calendar.NewDate(2014, time.August, 25),
	} {
		h, _, _ := c.Holiday(d)
		cy, ok := c.WelshName(d)
		fmt.Printf("%s: %s / %q %v\n", d, h.Name, cy, ok)
	}
	// Output:
	// 2024-04-01: Easter Monday / "Llun y Pasg" true
	// 2022-12-27: Christmas Day (substitute day) / "Dydd Nadolig (diwrnod amgen)" true
	// 2014-08-25: Summer bank holiday / "" false
}
