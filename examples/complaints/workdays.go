package main

import (
	"fmt"

	"github.com/cymru-complaints/statutory/calendar"
)

const workdaysUsage = `Usage:
  complaints workdays add DATE N
  complaints workdays count FROM TO

add prints the Nth working day after DATE, as YYYY-MM-DD. DATE itself is
never counted, whatever kind of day it is: "workdays add 2014-08-01 17"
prints 2014-08-27, the deadline for a stage 1 response to a complaint
received on Friday 1 August 2014. A negative N counts back from DATE; N = 0
prints DATE.

count prints the number of working days d with FROM < d <= TO: the working
days taken by something begun on FROM and done on TO, so that a response on
its deadline has taken exactly the rule's number of days. It is negative
when TO is before FROM.

Each prints exactly one line on standard output. When the answer depends on
a provisional year, a note says so on standard error.
`

func runWorkdays(e *env, args []string) error {
	fs := e.newFlagSet("workdays")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("want a subcommand: add or count")
	}
	sub, pos := pos[0], pos[1:]
	switch sub {
	case "add":
		e.name += " add"
		return workdaysAdd(e, pos)
	case "count":
		e.name += " count"
		return workdaysCount(e, pos)
	}
	return usagef("unknown subcommand %q: want add or count", sub)
}

// workdaysAdd implements "workdays add DATE N".
func workdaysAdd(e *env, args []string) error {
	if err := argCount(args, "DATE N"); err != nil {
		return err
	}
	d, err := parseDate(args[0])
	if err != nil {
		return err
	}
	n, err := parseDays(args[1])
	if err != nil {
		return err
	}
	c, err := e.calendar()
	if err != nil {
		return err
	}
	r, err := c.Add(d, n)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, r.Date)
	if r.Provisional {
		e.note("the answer is provisional: %s", calendar.ProvisionalNote(c.LastOfficialYear()))
	}
	return nil
}

// workdaysCount implements "workdays count FROM TO".
func workdaysCount(e *env, args []string) error {
	if err := argCount(args, "FROM TO"); err != nil {
		return err
	}
	from, err := parseDate(args[0])
	if err != nil {
		return err
	}
	to, err := parseDate(args[1])
	if err != nil {
		return err
	}
	c, err := e.calendar()
	if err != nil {
		return err
	}
	r, err := c.Count(from, to)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, r.WorkingDays)
	if r.Provisional {
		e.note("the answer is provisional: %s", calendar.ProvisionalNote(c.LastOfficialYear()))
	}
	return nil
}
