package report_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/report"
	"github.com/cymru-complaints/statutory/timescale"
)

// A service that makes reports reads the format asked for, makes the
// report of the latest year when no year is asked for, and writes it.
func Example() {
	f, err := report.ParseFormat("csv") // a parameter of the request
	if err != nil {
		fmt.Println(problem.CodeOf(err), problem.Message(err))
		return
	}

	g := outcome.NewAggregator()
	c := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: calendar.NewDate(2014, time.August, 1),
		Acknowledged: calendar.NewDate(2014, time.August, 5), Stage1Response: calendar.NewDate(2014, time.August, 27)}
	a, err := timescale.Evaluate(c, calendar.NewDate(2015, time.December, 31))
	if err != nil {
		fmt.Println(err)
		return
	}
	g.Add(c, a)

	r, err := g.ReportFor(outcome.Period{}) // no year asked for: the latest
	var ny *outcome.NoYearError
	if errors.As(err, &ny) {
		fmt.Println(problem.CodeOf(err), ny.Message()) // a 404 for a service
		return
	}
	fmt.Println("Content-Type:", f.MediaType())
	var b strings.Builder
	if err := report.Write(&b, &r, f, lang.English); err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(strings.Join(lines[:3], "\n"))

	_, err = report.ParseFormat("pdf")
	fmt.Println(problem.CodeOf(err), problem.Message(err))
	// Output:
	// Content-Type: text/csv; charset=utf-8; header=present
	// section,year,regime,from,to,stage,item,value
	// summary,2014-2015,,,,,comments,0
	// summary,2014-2015,,,,,compliments,0
	// unknown-format "pdf" is not a format of the report: want text, markdown, csv, json or html
}

// An empty case file has nothing to report on.
func Example_nothingToReport() {
	_, err := outcome.NewAggregator().ReportFor(outcome.Period{})
	fmt.Println(problem.CodeOf(err), problem.Message(err))
	// Output:
	// no-records-in-year no records to report on
}
