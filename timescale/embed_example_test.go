package timescale_test

import (
	"errors"
	"fmt"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// The deadlines of one complaint, as a case-management system asks for
// them, and the errors it can act on. This is the example of the README's
// "Embedding the library".
func Example_embedding() {
	var engine timescale.Engine // the statutory calendar and rules

	s, err := engine.Deadlines(timescale.Query{
		Received: calendar.NewDate(2022, 9, 15),
		AsOf:     calendar.NewDate(2022, 9, 16),
	})
	if err != nil {
		panic(err)
	}
	for _, v := range s.Deadlines {
		fmt.Printf("%s due %s (%s)\n", v.Deadline.Milestone, v.Deadline.Due, v.Deadline.Citation)
	}
	fmt.Println(s.Deadlines[0].Text)

	// A complaint received before the first procedure came into force.
	_, err = engine.Deadlines(timescale.Query{Received: calendar.NewDate(2005, 6, 1)})
	var nre *timescale.NoRegimeError
	if errors.As(err, &nre) {
		fmt.Println(problem.CodeOf(err), "first regime:", nre.First.Name)
	}
	// Every problem names its field and carries a stable code.
	var ve *timescale.ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			fmt.Printf("%s [%s]: %s\n", p.Field, p.Code, p.Message)
		}
	}
	// Output:
	// acknowledgement due 2022-09-20 (SI 2014/1794 reg 15(2))
	// discussion due 2022-10-04 (SI 2014/1794 reg 16(3))
	// resolution due 2022-10-11 (SI 2014/1794 reg 16(5))
	// stage1-response due 2022-10-11 (SI 2014/1794 regs 15(2), 16(3), 16(5))
	// W14-ACK (SI 2014/1794 reg 15(2), regulation): 2 working days after Thu 15 Sep 2022 (receipt of the complaint; that day is not counted), skipping Sat 17 Sep 2022 (Saturday), Sun 18 Sep 2022 (Sunday) and Mon 19 Sep 2022 (State Funeral of Queen Elizabeth II): due Tue 20 Sep 2022.
	// before-first-regime first regime: wales-2005
	// received [before-first-regime]: 2005-06-01 is before 1 April 2006, when the first encoded procedure (wales-2005, SI 2005/3366) came into force: no timescales are encoded for it
}
