// Command complaints is the reference command-line interface of the
// statutory module: it answers questions about the statutory timescales of
// Welsh social services complaints from the command line.
//
// Usage:
//
//	complaints COMMAND [ARGUMENTS]
//	complaints help [COMMAND]
//
// Run "complaints -h" for the list of commands and "complaints COMMAND -h"
// for the arguments of one. Every count follows the regulations' wording,
// "not later than N working days after the day on which X": the day of X is
// never counted, whatever kind of day it is.
//
// Every command takes --lang en|cy|cy+en: what it prints for people is
// written in English, in Welsh (where a source gives the Welsh, with any
// other English marked [en: ...]; see package lang), or in Welsh then
// English.
//
// The exit status is 0 on success; 1 when the command was understood but
// its input cannot be answered (a date outside the supported range, a
// result that would fall outside it, or wrong data in an input file, with
// one line per problem on standard error); and 2 for a usage error (an
// unknown command or flag, a missing or extra argument, or a value that
// cannot be read, such as the date 2014-02-30), with one line on standard
// error. The command never panics; a bug it cannot otherwise report exits
// with status 3.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/internal/errw"
)

// commands is the dispatch table: one line per command, each implemented in
// its own file with its own flag.FlagSet.
var commands = []command{
	{name: "holidays", summary: "list the weekdays that are not working days", usage: holidaysUsage, run: runHolidays},
	{name: "workdays", summary: "add or count working days", usage: workdaysUsage, run: runWorkdays},
	{name: "deadlines", summary: "the deadlines of one complaint, explained", usage: deadlinesUsage, run: runDeadlines},
	{name: "assess", summary: "assess every complaint of a case file", usage: assessUsage, run: runAssess},
	{name: "due", summary: "the deadlines overdue or due soon, by owner", usage: dueUsage, run: runDue},
	{name: "report", summary: "the annual report for one year", usage: reportUsage, run: runReport},
	{name: "return", summary: "the Ombudsman's complaints figures for one period", usage: returnUsage, run: runReturn},
	{name: "impact", summary: "the open deadlines a new holiday file moves", usage: impactUsage, run: runImpact},
	{name: "rules", summary: "the rule table with citations", usage: rulesUsage, run: runRules},
	{name: "validate", summary: "check a case file", usage: validateUsage, run: runValidate},
}

// A command is one subcommand of the CLI.
type command struct {
	name    string // as typed on the command line
	summary string // one line for the list of commands
	usage   string // the help text, printed for -h (see commandUsage)
	// run runs the command on the arguments after its name. It returns nil
	// on success, flag.ErrHelp when help was asked for, a *usageError for a
	// mistake on the command line, a problems value for wrong input data,
	// and any other error for input it cannot answer.
	run func(e *env, args []string) error
}

func main() {
	softMemoryLimit()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// memoryLimit is the soft limit of the heap that softMemoryLimit sets.
const memoryLimit = 120 << 20

// softMemoryLimit sets a soft limit of memoryLimit bytes on the memory of
// the runtime, unless the GOMEMLIMIT environment variable sets one. A case
// file named on the command line is read twice, the first time for its ids
// alone (casefile.Reader.ReadIDsFirst), and takes some 30 MB over
// 5,000,000 rows; one read from a pipe is read once, and most of its live
// heap is then the set of ids read (some 19 bytes an id, with no pointers,
// so cheap for the collector to mark): with the default GOGC alone the heap
// would grow to twice it, 205 to 254 MB of peak RSS over 5,000,000 rows,
// against about 140 MB with the limit (BENCHMARKS.md). The limit is soft:
// over some 6,000,000 rows from a pipe the live heap passes it and grows
// past it, the collector then running more often (at most half the CPU,
// the runtime's own bound).
func softMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// run runs the command line args (without the program name) and returns the
// exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{
		stdin:  stdin,
		stdout: stdout,
		stderr: stderr,
		today:  calendar.DateOf(time.Now()),
	}
	return e.main(args)
}

// main dispatches args to a command and returns the exit status.
func (e *env) main(args []string) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(e.stderr, "%s: internal error (a bug, please report it): %v\n", progName, r)
			status = exitInternal
		}
	}()
	if len(args) == 0 {
		fmt.Fprintf(e.stderr, "%s: no command given (commands: %s; see %s -h)\n", progName, commandNames(), progName)
		return exitUsage
	}
	switch name := args[0]; {
	case name == "-h" || name == "-help" || name == "--help":
		fmt.Fprint(e.stdout, topUsage())
		return exitOK
	case name == "help":
		return e.help(args[1:])
	case strings.HasPrefix(name, "-"):
		fmt.Fprintf(e.stderr, "%s: unknown flag %s: the command comes first (commands: %s)\n", progName, name, commandNames())
		return exitUsage
	}
	cmd := lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(e.stderr, "%s: unknown command %q (commands: %s; see %s -h)\n", progName, args[0], commandNames(), progName)
		return exitUsage
	}
	e.name = cmd.name
	out := &errw.Writer{W: e.stdout}
	e.stdout = out
	err := cmd.run(e, args[1:])
	if out.Err != nil {
		// Whatever the command made of it, output that was not written is
		// a failure (a full disk, a closed pipe).
		fmt.Fprintf(e.stderr, "%s: %s: cannot write the output: %v\n", progName, e.name, out.Err)
		return exitData
	}
	return e.exit(cmd, err)
}

// help implements "complaints help [COMMAND]".
func (e *env) help(args []string) int {
	switch len(args) {
	case 0:
		fmt.Fprint(e.stdout, topUsage())
		return exitOK
	case 1:
		if cmd := lookup(args[0]); cmd != nil {
			fmt.Fprint(e.stdout, commandUsage(cmd.usage))
			return exitOK
		}
		fmt.Fprintf(e.stderr, "%s: help: unknown command %q (commands: %s)\n", progName, args[0], commandNames())
		return exitUsage
	default:
		fmt.Fprintf(e.stderr, "%s: help: want at most one command, got %d arguments\n", progName, len(args))
		return exitUsage
	}
}

func lookup(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

func commandNames() string {
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	return strings.Join(names, ", ")
}

// topUsage returns the help text of the program itself.
func topUsage() string {
	var b strings.Builder
	fmt.Fprintf(&b, `%[1]s: the statutory timescales of Welsh social services complaints

Usage:
  %[1]s COMMAND [ARGUMENTS]
  %[1]s help [COMMAND]

Commands:
`, progName)
	width := 0
	for _, c := range commands {
		width = max(width, len(c.name))
	}
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, c.name, c.summary)
	}
	fmt.Fprintf(&b, "\nRun \"%s COMMAND -h\" for the arguments and flags of a command.\n", progName)
	c := calendar.Wales()
	first, last := c.Range()
	fmt.Fprintf(&b, `
Dates are written YYYY-MM-DD or DD/MM/YYYY (2014-08-01 or 01/08/2014).
Flags may come before or after the other arguments. Every command takes
--holidays FILE: holiday data to apply on top of the embedded record, such
as a bank holiday proclaimed after this release (GOV.UK's bank-holidays.json
as downloaded, or a CSV file with the header date,title). It may add days,
never remove or move an official one.

Every command also takes --lang en|cy|cy+en, the language of what it
prints for people: English (the default), Welsh, or Welsh then English, as
bilingual documents put them. Welsh is written only where a source gives
it (docs/cymraeg.md in the module lists the sources); any other English
is kept and marked as untranslated, [en: ...]. CSV and JSON are data and
are the same in every language. On standard error the messages of
problems follow --lang; the rest is in English.

A case file is a CSV file with a header row naming its columns (id, kind
and received are required) and one row per complaint, comment or
compliment; docs/casefile.md in the module lists every column, and
docs/problems.md the codes of the problems reported.

Working days follow SI 2014/1794 reg 2: every day except Saturday, Sunday,
Christmas Day, Boxing Day, Good Friday and the bank holidays of England and
Wales. Counting "N working days after the day on which X", the day of X is
never counted, whatever kind of day it is: day 1 is the first working day
after it.

The calendar covers %s to %s. Holidays after %d, the last
year of the official list, are projected from the standing rules and
provisional: a one-off bank holiday may still be proclaimed.

Exit status:
  0  success
  1  the command was understood but its input cannot be answered: a date
     outside the supported range, a result that would fall outside it, or
     wrong data in an input file (one line per problem on standard error)
  2  a usage error: an unknown command or flag, a missing or extra
     argument, or a value that cannot be read, such as the date 2014-02-30
     (one line on standard error)
`, first, last, c.LastOfficialYear())
	return b.String()
}

// commandUsage returns a command's help text and where to find what every
// command shares.
func commandUsage(cmdUsage string) string {
	return cmdUsage + "\nRun \"" + progName + " -h\" for dates, case files, --holidays, counting and the exit status.\n"
}
