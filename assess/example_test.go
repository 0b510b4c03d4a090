package assess_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
)

// A service assesses an uploaded case file: every complaint becomes a row
// of CSV, and every bad row a line-numbered problem with its code.
func ExampleEach() {
	file := `id,kind,received,stage1_response,owner
C-1,complaint,2014-08-01,2014-08-27,Team A
C-2,complaint,2014-08-01,2014-07-31,Team B
`
	out, _ := assess.NewWriter(os.Stdout, assess.CSV)
	err := assess.Each(strings.NewReader(file), "upload.csv", assess.Options{AsOf: calendar.NewDate(2014, 12, 31)},
		func(rec *assess.Record) error {
			if !rec.OK() {
				for _, p := range rec.Problems {
					fmt.Printf("problem [%s] %s\n", p.Code, p)
				}
				return nil
			}
			if row, ok := assess.RowOf(&rec.Assessment); ok {
				return out.Write(&row)
			}
			return nil
		})
	if err != nil {
		fmt.Println(err)
	}
	out.Close()
	// Output:
	// problem [event-before-receipt] upload.csv:3: stage1_response: 2014-07-31 is before received 2014-08-01: check both dates
	// id,owner,regime,stage1_due,stage1_working_days,stage1_band,stage1_in_time,stage1_target_due,stage1_target_met,stage2_due,stage2_working_days,stage2_band,stage2_in_time,stage2_target_due,stage2_target_met,status,provisional
	// C-1,Team A,wales-2014,2014-08-27,17,0-17,true,,,,,,,,,resolved-stage1,false
}
