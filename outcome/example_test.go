package outcome_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/timescale"
)

func ExampleParseYear() {
	y, err := outcome.ParseYear("2014/15")
	fmt.Println(y, y.First(), y.Last(), err)
	_, err = outcome.ParseYear("2014-2016")
	fmt.Println(err)
	// Output:
	// 2014-2015 2014-04-01 2015-03-31 <nil>
	// outcome: reporting year "2014-2016": 2016 does not follow 2014: a reporting year runs from 1 April to 31 March of the next year, e.g. 2014-2015
}

func ExampleAggregator() {
	d := calendar.NewDate
	asOf := d(2015, time.December, 31)
	cases := []timescale.Case{
		// The worked example of the counting conventions: received on the
		// first day of the 2014 procedure, answered on the 17th working day.
		{ID: "C-1", Kind: timescale.Complaint, Received: d(2014, time.August, 1),
			Acknowledged: d(2014, time.August, 5), Discussed: d(2014, time.August, 19), Stage1Response: d(2014, time.August, 27)},
		{ID: "P-1", Kind: timescale.Compliment, Received: d(2014, time.September, 3)},
	}
	g := outcome.NewAggregator()
	for _, c := range cases {
		a, err := timescale.Evaluate(c, asOf)
		if err != nil {
			fmt.Println(err)
			return
		}
		g.Add(c, a)
	}
	r, err := g.Report(outcome.Year{Start: 2014})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Complaints, r.Compliments, r.ResolvedStage1)
	for _, t := range r.Timescales {
		if t.Total > 0 {
			fmt.Println(t.Regime, t.From, t.To, "stage", t.Stage, t.Bands[0].Title, t.Bands[0].Count, "median", *t.MedianWorkingDays)
		}
	}
	// Output:
	// 1 1 1
	// wales-2014 2014-08-01 2015-03-31 stage 1 Up to 17 working days 1 median 17
}

func ExampleParseYearOrPeriod() {
	// The year and the period of a report, as a form or a command line
	// gives them: "" is a value not given.
	p, err := outcome.ParseYearOrPeriod("", "2024-Q3")
	fmt.Println(p, p.Dates(), err)
	_, err = outcome.ParseYearOrPeriod("2024-2025", "2024-Q3")
	var e *outcome.YearOrPeriodError
	if errors.As(err, &e) {
		fmt.Println(e.Field, e.Code(), e.Message())
	}
	// Output:
	// 2024-Q3 1 October 2024 to 31 December 2024 <nil>
	// period year-and-period give a reporting year or a reporting period, not both
}
