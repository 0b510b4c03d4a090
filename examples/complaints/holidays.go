package main

import (
	"encoding/json"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/holidays"
	"github.com/cymru-complaints/statutory/ics"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/timescale"
)

const holidaysUsage = `Usage:
  complaints holidays [--from DATE] [--to DATE] [--format text|csv|json|ics]
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
  --format FMT   text (a table, default), csv (header date,name), json (a
                 list of {date, weekday, name, kind, provisional}) or ics (a
                 calendar file of all-day events that do not block time,
                 for a shared office calendar)
  --lang LANG    en (default), cy or cy+en: the text in English, in Welsh
                 (GOV.UK's Welsh names of the holidays from 2019) or both

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
	format := formatFlag(append(names(holidays.Formats()), "ics")...)
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

	first, last := calendar.ListingRange(from.Date, to.Date, e.today)
	if last.Before(first) {
		return usagef("--to %s is before --from %s", last, first)
	}

	c, err := e.calendar()
	if err != nil {
		return err
	}
	list, err := holidays.New(c, first, last)
	if err != nil {
		return err
	}
	if format.value == "ics" {
		err = writeHolidayCalendar(e, c, &list)
	} else {
		err = holidays.Write(e.stdout, &list, holidays.Format(format.value), e.lang.Tag)
	}
	if err == nil && list.Provisional && (format.value == "csv" || format.value == "ics") {
		// The text has the footnote, and JSON marks each day.
		e.note("some dates are provisional: %s", calendar.ProvisionalNote(list.LastOfficialYear))
	}
	return err
}

// writeHolidayCalendar writes the days of l as a calendar file for a
// shared office calendar.
func writeHolidayCalendar(e *env, c *calendar.Calendar, l *holidays.List) error {
	w, err := ics.NewWriter(e.stdout, ics.Options{Engine: timescale.Engine{Calendar: c}, AsOf: e.today, Name: "Non-working days in Wales"})
	if err != nil {
		return err
	}
	for _, d := range l.Days {
		w.WriteHoliday(d.ListedHoliday)
	}
	return w.Close()
}

// holidaysDiff implements holidays --diff FILE.
func holidaysDiff(e *env, path, format string) error {
	if format == "csv" {
		return usagef("--diff prints text or json, not csv")
	}
	hf, err := calendar.LoadHolidayFile(path)
	var d *calendar.HolidayDiff
	if err == nil {
		d, err = calendar.DiffHolidays(hf)
	}
	if err != nil {
		return e.holidayFileProblem("--diff", path, err)
	}
	if format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	return lang.WriteUntranslated(e.stdout, e.lang.Tag, d.WriteText)
}
