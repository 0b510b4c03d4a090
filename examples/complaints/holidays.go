package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/ics"
	"github.com/cymru-complaints/statutory/timescale"
)

const holidaysUsage = `Usage:
  complaints holidays [--from DATE] [--to DATE] [--format text|csv|json|ics]

Lists every weekday from --from to --to, both included, that is not a
working day: the bank holidays of England and Wales, Christmas Day, Boxing
Day, Good Friday and their substitute days. A holiday that falls on a
Saturday or a Sunday is not listed (its substitute day is).

Flags:
  --from DATE    first day of the range (default: 1 January of the year of
                 --to, or of this year)
  --to DATE      last day of the range (default: 31 December of the year of
                 --from, or of this year)
  --format FMT   text (a table, default), csv (header date,name), json (a
                 list of {date, weekday, name, kind, provisional}) or ics (a
                 calendar file of all-day events that do not block time,
                 for a shared office calendar)

A range that reaches past the calendar's range is an error (exit status 1).
`

func runHolidays(e *env, args []string) error {
	fs := e.newFlagSet("holidays")
	var from, to dateFlag
	fs.Var(&from, "from", "first day of the range")
	fs.Var(&to, "to", "last day of the range")
	format := formatFlag("text", "csv", "json", "ics")
	fs.Var(format, "format", "output format")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("want no arguments but flags, got %q", pos[0])
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
	case "ics":
		w, err := ics.NewWriter(e.stdout, ics.Options{Engine: timescale.Engine{Calendar: c}, AsOf: e.today, Name: "Non-working days in Wales"})
		if err != nil {
			return err
		}
		for _, r := range rows {
			w.WriteHoliday(r)
		}
		if err := w.Close(); err != nil {
			return err
		}
		if provisional {
			e.note("some dates are provisional: %s", provisionalNote(c))
		}
		return nil
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
