package due_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/lang"
)

// An officer's morning: what is overdue or due this week, from the case
// file, grouped by owner.
func ExampleBuilder() {
	file := `id,kind,received,acknowledged,owner
C-1,complaint,2014-12-22,,Team B
C-2,complaint,2015-01-05,,A. Jones
C-3,complaint,2015-01-05,2015-01-06,A. Jones
`
	asOf := calendar.NewDate(2015, 1, 7)
	b, err := due.NewBuilder(due.Options{AsOf: asOf, Within: due.DefaultWithin})
	if err != nil {
		fmt.Println(err)
		return
	}
	err = assess.Each(strings.NewReader(file), "cases.csv", assess.Options{AsOf: asOf}, func(rec *assess.Record) error {
		if !rec.OK() {
			fmt.Println(rec.Problems)
			return nil
		}
		return b.Add(&rec.Assessment)
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	l := b.List()
	w, _ := due.NewWriter(os.Stdout, due.Text)
	w.Write(&l)
	// Output:
	// Overdue or due within 5 working days (by Wed 14 Jan 2015), as of Wed 7 Jan 2015:
	//
	// A. Jones: 1 deadline
	//   DUE             WORKING DAYS LEFT  STATUS     ID   MILESTONE        RULE
	//   Wed 7 Jan 2015  0                  due-today  C-2  acknowledgement  W14-ACK
	//
	// Team B: 2 deadlines
	//   DUE              WORKING DAYS LEFT  STATUS       ID   MILESTONE        RULE
	//   Wed 24 Dec 2014  -7                 overdue      C-1  acknowledgement  W14-ACK
	//   Mon 12 Jan 2015  3                  not-yet-due  C-1  discussion       W14-DISCUSS
	//
	// Total: 3 deadlines: 1 overdue, 1 due today, 1 due in the next 5 working days.
}

// The list in Welsh: not yet translated, so every line is the English,
// marked as such; CSV and JSON are the same in every language.
func ExampleNewWriterIn() {
	l := due.List{AsOf: calendar.NewDate(2015, 1, 7), Within: 0, Until: calendar.NewDate(2015, 1, 7)}
	w, _ := due.NewWriterIn(os.Stdout, due.Text, lang.Welsh)
	w.Write(&l)
	// Output:
	// [en: Nothing is overdue or due today as of Wed 7 Jan 2015.]
}
