package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/problem"
)

const holidaysUsage = `Usage:
  complaints holidays [--from DATE] [--to DATE] [--format text|csv|json]
  complaints holidays --diff FILE [--format text|json]

Lists every weekday from --from to --to, both included, that is not a
working day: the bank holidays of England and Wales, Christmas Day, Boxing
Day, Good Friday and their substitute days. A holiday that falls on a
Saturday or a Sunday is not listed (its substitute day is).

Flags:
  --from DATE    first day of the range (default: 1 January of the year of
                 --to, or of this year)
  --to DATE      last day of the range (default: 31 December of the year of
                 --from, or of this year)
  --format FMT   text (a table, default), csv (header date,name) or json (a
                 list of {date, weekday, name, kind, provisional})

With --diff FILE it lists instead what a holiday file (GOV.UK's
bank-holidays.json as downloaded, or a CSV file with the header date,title)
adds to the embedded record, which provisional years it makes official, and
every date of the official record it would remove or move (such a file is
refused by --holidays). Read it before applying a file with --holidays.

A range that reaches past the calendar's range is an error (exit status 1).
`

func runHolidays(e *env, args []string) error {
	fs := e.newFlagSet("holidays")
	var from, to dateFlag
	fs.Var(&from, "from", "first day of the range")
	fs.Var(&to, "to", "last day of the range")
	format := formatFlag("text", "csv", "json")
	fs.Var(format, "format", "output format")
	diff := fs.String("diff", "", "holiday file to compare with the embedded record")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("want no arguments but flags, got %q", pos[0])
	}
	if *diff != "" {
		return holidaysDiff(e, *diff, format.value)
	}

	year := e.today.Year
	switch {
	case !from.IsZero():
		year = from.Year
	case !to.IsZero():
		year = to.Year
	}
	first, last := from.Date, to.Date
	if first.IsZero() {
		first = calendar.NewDate(year, time.January, 1)
	}
	if last.IsZero() {
		last = calendar.NewDate(year, time.December, 31)
	}
	if last.Before(first) {
		return usagef("--to %s is before --from %s", last, first)
	}

	c, err := e.calendar()
	if err != nil {
		return err
	}
	rows, err := c.WeekdayHolidays(first, last)
	if err != nil {
		return err
	}
	provisional := false
	for _, r := range rows {
		provisional = provisional || r.Provisional
	}

	switch format.value {
	case "csv":
		w := csv.NewWriter(e.stdout)
		w.Write([]string{"date", "name"})
		for _, r := range rows {
			w.Write([]string{r.Date.String(), casefile.SafeCell(r.Name)})
		}
		w.Flush()
		if provisional {
			e.note("some dates are provisional: %s", provisionalNote(c))
		}
		return w.Error()
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		mark := ""
		if r.Provisional {
			mark = " *"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t(%s)%s\n", r.Date, r.Weekday[:3], r.Name, r.Kind.Display(), mark)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(rows) == 0 {
		fmt.Fprintf(e.stdout, "No weekday from %s to %s is a holiday.\n", first, last)
	}
	if provisional {
		fmt.Fprintf(e.stdout, "* provisional: %s.\n", provisionalNote(c))
	}
	return nil
}

// holidaysDiff implements holidays --diff FILE.
func holidaysDiff(e *env, path, format string) error {
	if format == "csv" {
		return usagef("--diff prints text or json, not csv")
	}
	f, err := os.Open(path)
	if err != nil {
		return problems{fmt.Sprintf("%s: %s: --diff: cannot open %s: %s", progName, e.name, path, pathError(err))}
	}
	defer f.Close()
	hf, err := calendar.ReadHolidayFile(path, f)
	if err != nil {
		return problems{fmt.Sprintf("%s: %s: --diff: %s", progName, e.name, problem.Message(err))}
	}
	d, err := calendar.DiffHolidays(hf)
	if err != nil {
		return problems{fmt.Sprintf("%s: %s: --diff: %s", progName, e.name, problem.Message(err))}
	}
	if format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	return d.WriteText(e.stdout)
}
