package policy_test

import (
	"fmt"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/policy"
	"github.com/cymru-complaints/statutory/timescale"
)

// A council's local target for the stage 1 response of social services
// complaints, 15 working days, stands beside the statutory 17: a response
// on the 17th working day is in time under the regulations and late against
// the target.
func Example() {
	p, err := policy.Read(strings.NewReader(`{
  "targets": [
    {
      "procedure": "complaint",
      "milestone": "stage1-response",
      "working_days": 15,
      "name": "stage 1 response",
      "source": "Pembrokeshire complaints policy 2023"
    }
  ]
}`), "policy.json", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	e := timescale.Engine{Policy: p}
	c := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: calendar.NewDate(2014, 8, 1), Stage1Response: calendar.NewDate(2014, 8, 27)}
	a, _ := e.Evaluate(c, c.Stage1Response)
	d, _ := a.Deadline(timescale.Stage1Response)
	fmt.Printf("statutory: due %s, %s\n", d.Due, d.Status)
	fmt.Printf("local target (%s, %d working days): due %s, %s by %d\n", d.Target.Source, d.Target.WorkingDays, d.Target.Due, d.Target.Status, d.Target.LateBy)
	// Output:
	// statutory: due 2014-08-27, in-time
	// local target (Pembrokeshire complaints policy 2023, 15 working days): due 2014-08-22, late by 2
}

// Every problem of a policy file is reported with its line.
func ExampleRead_errors() {
	_, err := policy.Read(strings.NewReader(`{
  "targets": [
    {
      "procedure": "complaint",
      "milestone": "stage1-response",
      "working_days": 300,
      "name": "stage 1 response"
    }
  ]
}`), "policy.json", nil)
	fmt.Println(err)
	// Output:
	// policy.json:3: targets[0].source: required: give the target's source (the policy document it comes from)
	// policy.json:6: targets[0].working_days: 300 working days is not a target: want a whole number from 1 to 250
}
