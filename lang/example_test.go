package lang_test

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
)

func ExampleWeekdayDate() {
	d := calendar.NewDate(2014, time.August, 5)
	for _, t := range lang.Tags() {
		fmt.Println(lang.WeekdayDate(t, d))
	}
	// Output:
	// Tue 5 Aug 2014
	// Dydd Mawrth 5 Awst 2014
	// Dydd Mawrth 5 Awst 2014 / Tue 5 Aug 2014
}

func ExampleWorkingDays() {
	for _, n := range []int{2, 5, 10, 17, 25} {
		fmt.Println(lang.WorkingDays(lang.Welsh, n))
	}
	// Output:
	// 2 ddiwrnod gwaith
	// 5 niwrnod gwaith
	// 10 diwrnod gwaith
	// [en: 17 working days]
	// 25 diwrnod gwaith
}

func ExampleParse() {
	_, err := lang.Parse("fr")
	fmt.Println(err)
	// Output:
	// lang: unknown language "fr": want en, cy or cy+en
}

func ExampleLookup() {
	e, _ := lang.Lookup("status.due-today")
	fmt.Println(e.Welsh)
	fmt.Println(e.Quote)
	fmt.Println(e.Source)
	// Output:
	// yn ddyledus heddiw
	// Ymateb i hawliad: yn ddyledus heddiw.
	// https://github.com/hmcts/civil-citizen-ui/blob/e217bedb0fa2bfd1c61138c5166f262ed88205aa/src/main/modules/i18n/locales/cy.json#L2725
}

func ExampleWrite() {
	lang.Write(os.Stdout, lang.WelshEnglish, func(t lang.Tag) error {
		fmt.Printf("%s: %s\n", lang.Say(t, "column.status", "Status"), lang.Say(t, "status.in-time", "in time"))
		return nil
	})
	// Output:
	// Statws: mewn pryd
	//
	// ---
	//
	// Status: in time
}

// A document the module does not yet write in Welsh is written in Welsh as
// its English, marked line by line, so that a reader sees what is not
// translated.
func ExampleWriteUntranslated() {
	doc := func(w io.Writer) error {
		_, err := io.WriteString(w, "No open deadline moves.\n")
		return err
	}
	lang.WriteUntranslated(os.Stdout, lang.WelshEnglish, doc)
	// Output:
	// [en: No open deadline moves.]
	//
	// ---
	//
	// No open deadline moves.
}
