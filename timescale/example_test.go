package timescale_test

import (
	"fmt"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// The same complaint, received a day apart either side of the cutover:
// by default (the keep-regime reading of the transition, see
// Engine.Transition) the day of receipt fixes the procedure for every
// later stage. Received
// on Thursday 31 July 2014 it is a wales-2005 complaint with a 10-day
// stage 1; received on Friday 1 August 2014 it is a wales-2014 complaint
// with an acknowledgement in 2 working days, a discussion 10 working days
// later, a written resolution 5 working days after that, and a full
// response by the 17th working day. Either way, a stage 2 requested on
// Monday 1 September 2014 is due on Monday 6 October, 25 working days on;
// as the complaint went straight to stage 2 without a stage 1 response,
// its stage 1 milestones are "not recorded" rather than overdue, and the
// written resolution, due only where the matter was resolved, is not
// judged.
func ExampleEvaluate() {
	for _, received := range []string{"2014-07-31", "2014-08-01"} {
		c := timescale.Case{
			ID:              "C-" + received,
			Kind:            timescale.Complaint,
			Received:        d(received),
			Stage2Requested: d("2014-09-01"),
		}
		a, err := timescale.Evaluate(c, d("2014-09-01"))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("received %s: %s, %s\n", a.Received.Display(), a.Regime, a.Status)
		for _, x := range a.Deadlines {
			fmt.Printf("  %-14s %2d working days after %s: due %s (%s)\n", x.RuleID, x.WorkingDays, x.From.Display(), x.Due.Display(), x.Status)
		}
	}
	// Output:
	// received Thu 31 Jul 2014: wales-2005, open
	//   W05-STAGE1     10 working days after Thu 31 Jul 2014: due Thu 14 Aug 2014 (not-recorded)
	//   W05-STAGE2     25 working days after Mon 1 Sep 2014: due Mon 6 Oct 2014 (not-yet-due)
	// received Fri 1 Aug 2014: wales-2014, open
	//   W14-ACK         2 working days after Fri 1 Aug 2014: due Tue 5 Aug 2014 (not-recorded)
	//   W14-DISCUSS    10 working days after Tue 5 Aug 2014: due Tue 19 Aug 2014 (not-recorded)
	//   W14-RESOLUTION  5 working days after Tue 19 Aug 2014: due Wed 27 Aug 2014 (not-judged)
	//   W14-STAGE1     17 working days after Fri 1 Aug 2014: due Wed 27 Aug 2014 (not-recorded)
	//   W14-STAGE2     25 working days after Mon 1 Sep 2014: due Mon 6 Oct 2014 (not-yet-due)
}

// The transitional provision of the 2014 regulations was not found, so
// the rules of a stage 2 requested after 1 August 2014, for a complaint
// received before it, are a reading of it: by default (keep-regime) the
// complaint keeps the 2005 procedure; a council whose lawyers read the
// provision otherwise can choose the 2014 stage 2 timescale instead. Either
// way the deadline names the reading, and its basis is no firmer than the
// reading's.
func ExampleEngine_transition() {
	c := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: d("2014-06-02"), Stage2Requested: d("2014-09-01")}
	for _, tr := range []timescale.Transition{timescale.KeepRegime, timescale.Stage2ByRequestDate} {
		a, err := timescale.Engine{Transition: tr}.Evaluate(c, d("2014-09-01"))
		if err != nil {
			fmt.Println(err)
			return
		}
		x, _ := a.Deadline(timescale.Stage2Response)
		fmt.Printf("%s: %s due %s (%s, %s; transition applies: %v)\n", a.Transition, x.RuleID, x.Due.Display(), x.Citation, x.Basis, a.TransitionApplies)
	}
	// Output:
	// keep-regime: W05-STAGE2 due Mon 6 Oct 2014 (SI 2005/3366 reg 20(2), (3), guidance; transition applies: true)
	// stage2-by-request-date: W14-STAGE2 due Mon 6 Oct 2014 (Welsh Government guidance; SI 2014/1794 reg 17 (not read), assumed; transition applies: true)
}

// A complaint received on a Saturday. The regulations count working days
// "after the day on which" it was received, whatever kind of day that is,
// so by default Monday is day 1 and the acknowledgement is due on Tuesday.
// A council that deems such a complaint received on the next working day
// (Engine.DeemNextWorkingDay) counts from Monday instead: Tuesday is day 1
// and the acknowledgement is due on Wednesday.
func Example_saturdayReceipt() {
	c := timescale.Case{ID: "C1", Kind: timescale.Complaint, Received: d("2014-08-02")}
	for _, e := range []struct {
		name   string
		engine timescale.Engine
	}{
		{"literal", timescale.Engine{}},
		{"deemed", timescale.Engine{DeemNextWorkingDay: true}},
	} {
		a, err := e.engine.Evaluate(c, c.Received)
		if err != nil {
			fmt.Println(err)
			return
		}
		ack, _ := a.Deadline(timescale.Acknowledgement)
		full, _ := a.Deadline(timescale.Stage1Response)
		fmt.Printf("%s: counted from %s, acknowledgement due %s, full response due %s\n",
			e.name, ack.From.Display(), ack.Due.Display(), full.Due.Display())
	}
	// Output:
	// literal: counted from Sat 2 Aug 2014, acknowledgement due Tue 5 Aug 2014, full response due Wed 27 Aug 2014
	// deemed: counted from Mon 4 Aug 2014, acknowledgement due Wed 6 Aug 2014, full response due Thu 28 Aug 2014
}

// The State Funeral of Queen Elizabeth II on Monday 19 September 2022 was
// a one-off bank holiday, and so not a working day: a complaint received
// on Thursday 15 September was due to be acknowledged on Tuesday 20th.
func Example_stateFuneral() {
	c := timescale.Case{ID: "C1", Kind: timescale.Complaint, Received: d("2022-09-15")}
	a, err := timescale.Evaluate(c, c.Received)
	if err != nil {
		fmt.Println(err)
		return
	}
	ack, _ := a.Deadline(timescale.Acknowledgement)
	x, err := timescale.Engine{}.Explain(ack)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(x)
	// Output:
	// W14-ACK (SI 2014/1794 reg 15(2), regulation): 2 working days after Thu 15 Sep 2022 (receipt of the complaint; that day is not counted), skipping Sat 17 Sep 2022 (Saturday), Sun 18 Sep 2022 (Sunday) and Mon 19 Sep 2022 (State Funeral of Queen Elizabeth II): due Tue 20 Sep 2022.
}

// Christmas Day 2022 fell on a Sunday: Boxing Day was Monday 26 December
// and the substitute day for Christmas Tuesday 27th. A complaint received
// on Friday 23 December was due to be acknowledged on Thursday 29th.
func Example_christmas2022() {
	c := timescale.Case{ID: "C1", Kind: timescale.Complaint, Received: d("2022-12-23")}
	a, err := timescale.Evaluate(c, c.Received)
	if err != nil {
		fmt.Println(err)
		return
	}
	ack, _ := a.Deadline(timescale.Acknowledgement)
	x, err := timescale.Engine{}.Explain(ack)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range x.Skipped {
		fmt.Printf("skipped %s: %s [%s]\n", s.Date.Display(), s.Reason, s.Kind.Display())
	}
	fmt.Println("acknowledgement due", x.Due.Display())
	// Output:
	// skipped Sat 24 Dec 2022: Saturday [weekend]
	// skipped Sun 25 Dec 2022: Sunday, Christmas Day [weekend]
	// skipped Mon 26 Dec 2022: Boxing Day [bank holiday]
	// skipped Tue 27 Dec 2022: Christmas Day (substitute day) [substitute day]
	// acknowledgement due Thu 29 Dec 2022
}

// The worked example of the 2014 regulations: a complaint received on
// Friday 1 August 2014 must have its full stage 1 response by the 17th
// working day, Wednesday 27 August, the summer bank holiday on Monday
// 25 August not counting.
func ExampleEngine_Explain() {
	c := timescale.Case{ID: "C1", Kind: timescale.Complaint, Received: d("2014-08-01")}
	a, err := timescale.Evaluate(c, c.Received)
	if err != nil {
		fmt.Println(err)
		return
	}
	full, _ := a.Deadline(timescale.Stage1Response)
	x, err := timescale.Engine{}.Explain(full)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(x)
	// Output:
	// W14-STAGE1 (SI 2014/1794 regs 15(2), 16(3), 16(5), practice): 17 working days after Fri 1 Aug 2014 (receipt of the complaint; that day is not counted), skipping Sat 2 Aug 2014 (Saturday), Sun 3 Aug 2014 (Sunday), Sat 9 Aug 2014 (Saturday), Sun 10 Aug 2014 (Sunday), Sat 16 Aug 2014 (Saturday), Sun 17 Aug 2014 (Sunday), Sat 23 Aug 2014 (Saturday), Sun 24 Aug 2014 (Sunday) and Mon 25 Aug 2014 (Summer bank holiday): due Wed 27 Aug 2014.
}

// The rule table: every statutory timescale the package encodes, with its
// period, how firmly it rests on the law and the provision it cites.
func ExampleRules() {
	for _, r := range timescale.Rules() {
		fmt.Printf("%-19s %-29s %-10s %s\n", r.ID, r.PeriodText(), r.Basis, r.Citation)
	}
	// Output:
	// W14-ACK             2 working days                regulation SI 2014/1794 reg 15(2)
	// W14-DISCUSS         10 working days               regulation SI 2014/1794 reg 16(3)
	// W14-RESOLUTION      5 working days                assumed    SI 2014/1794 reg 16(5)
	// W14-STAGE1          17 working days               practice   SI 2014/1794 regs 15(2), 16(3), 16(5)
	// W14-STAGE2          25 working days               guidance   Welsh Government guidance; SI 2014/1794 reg 17 (not read)
	// W05-STAGE1          10 working days               practice   SI 2005/3366 reg 18 (not read)
	// W05-STAGE2          25 working days               regulation SI 2005/3366 reg 20(2), (3)
	// W05-PANEL-ACK       2 working days                regulation SI 2005/3366 reg 24(1)(a)
	// W05-PANEL-STATEMENT 20 working days               regulation SI 2005/3366 reg 24(1)(b)
	// W05-PANEL-CONVENE   20 working days               regulation SI 2005/3366 reg 24(2)
	// CORP-ACK            5 working days                guidance   council procedures under the Ombudsman's model (Public Services Ombudsman (Wales) Act 2019 s.38; the model itself not read), a council's option
	// CORP-STAGE1         10 working days               guidance   council procedures under the Ombudsman's model (Public Services Ombudsman (Wales) Act 2019 s.38; the model itself not read)
	// CORP-STAGE2         20 working days               guidance   council procedures under the Ombudsman's model (Public Services Ombudsman (Wales) Act 2019 s.38; the model itself not read)
	// CORP-TIME-LIMIT     6 calendar months             guidance   council procedures under the Ombudsman's model (Public Services Ombudsman (Wales) Act 2019 s.38; the model itself not read)
	// TIME-LIMIT          12 calendar months            guidance   SI 2014/1794, SI 2005/3366 (provisions not read)
	// PSOW                one year starting on that day regulation Public Services Ombudsman (Wales) Act 2005 s.5(1) (not read) and s.6(1)(b), (d), to 22 July 2019; Public Services Ombudsman (Wales) Act 2019 s.8(1)(c) and s.9(1)(b), (d), from 23 July 2019
}

// The regime of a complaint is fixed by the London date of its receipt: an
// email sent at 00:30 BST on 1 August 2014 (23:30 UTC on 31 July) was
// received on 1 August, under the 2014 procedure.
func ExampleRegimeFor() {
	email := time.Date(2014, time.July, 31, 23, 30, 0, 0, time.UTC)
	for _, received := range []calendar.Date{d("2006-03-31"), d("2006-04-01"), d("2014-07-31"), calendar.DateOf(email)} {
		r, err := timescale.RegimeFor(received)
		if err != nil {
			fmt.Println(received, "error:", err)
			continue
		}
		fmt.Println(received, r)
	}
	// Output:
	// 2006-03-31 error: timescale: 2006-03-31 is before 1 April 2006, when the first encoded procedure (wales-2005, SI 2005/3366) came into force: no timescales are encoded for it
	// 2006-04-01 wales-2005
	// 2014-07-31 wales-2005
	// 2014-08-01 wales-2014
}

func ExampleFindings_Outcome() {
	// Three areas upheld, one partially upheld, two not upheld and three
	// with no findings: partially upheld.
	f, ok := timescale.Findings{Upheld: 3, PartiallyUpheld: 1, NotUpheld: 2, NoFinding: 3}.Outcome()
	fmt.Println(f, ok)
	_, ok = timescale.Findings{}.Outcome()
	fmt.Println(ok)
	// Output:
	// partially-upheld true
	// false
}

// A program asked for the deadlines of a case "as of" a date, or with no
// date, which means today: an event dated after today is then a mistake.
func ExampleEngine_OnDate() {
	c := timescale.Case{ID: "C-1", Kind: timescale.Complaint,
		Received: calendar.NewDate(2015, time.January, 5), Acknowledged: calendar.NewDate(2015, time.January, 8)}
	today := calendar.NewDate(2015, time.January, 7)
	for _, asOf := range []calendar.Date{{}, today} {
		eng, date := timescale.Engine{}.OnDate(asOf, today)
		a, err := eng.Evaluate(c, date)
		fmt.Printf("as of %s: %d set aside, problem %q\n", date, a.SetAside, problem.CodeOf(err))
	}
	// Output:
	// as of 2015-01-07: 0 set aside, problem "event-in-the-future"
	// as of 2015-01-07: 1 set aside, problem ""
}
