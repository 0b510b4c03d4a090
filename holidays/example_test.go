package holidays_test

import (
	"fmt"
	"os"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/holidays"
	"github.com/cymru-complaints/statutory/lang"
)

// The list of the holidays of Easter 2022 for an office in Welsh and
// English, Welsh first.
func ExampleWrite() {
	c := calendar.Wales()
	l, err := holidays.New(c, calendar.NewDate(2022, time.April, 11), calendar.NewDate(2022, time.April, 22))
	if err != nil {
		panic(err)
	}
	if err := holidays.Write(os.Stdout, &l, holidays.Text, lang.WelshEnglish); err != nil {
		panic(err)
	}
	// Output:
	// 2022-04-15  Dydd Gwener  Gwener y Groglith  ([en: common-law holiday])
	// 2022-04-18  Dydd Llun    Llun y Pasg        (Gŵyl y banc)
	//
	// ---
	//
	// 2022-04-15  Fri  Good Friday    (common-law holiday)
	// 2022-04-18  Mon  Easter Monday  (bank holiday)
}

// A period a person asked for with one bound left out is the rest of the
// calendar year ([calendar.ListingRange]).
func ExampleNew() {
	from, to := calendar.ListingRange(calendar.NewDate(2014, time.December, 1), calendar.Date{}, calendar.NewDate(2026, time.December, 2))
	l, err := holidays.New(calendar.Wales(), from, to)
	if err != nil {
		panic(err)
	}
	for _, d := range l.Days {
		fmt.Println(d.Date, d.Name, d.Provisional)
	}
	// Output:
	// 2014-12-25 Christmas Day false
	// 2014-12-26 Boxing Day false
}
