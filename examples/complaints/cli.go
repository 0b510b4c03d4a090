package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/policy"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

const progName = "complaints"

// Exit statuses (see the package documentation).
const (
	exitOK       = 0
	exitData     = 1 // understood, but the input cannot be answered
	exitUsage    = 2 // the command line cannot be understood
	exitInternal = 3 // a bug: a panic recovered by env.main
)

// An env is what a command runs with: its standard streams and today's
// date, fixed for the whole run so that tests can set it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	today          calendar.Date // the Europe/London date when the run began

	// name is the command being run, as it prefixes messages: "holidays",
	// or "workdays add" once workdays has read its subcommand.
	name string

	// holidays is the value of --holidays, a file of holiday data to apply
	// on top of the embedded record; cal is the calendar made with it.
	holidays string
	cal      *calendar.Calendar

	// policy is the value of --policy, a council's policy file (local
	// targets), for the commands that take it (policyFlag).
	policy string

	// lang is the value of --lang, the language of the output for people
	// (English unless it is given).
	lang langFlag

	// strict and maxLine are the flags of the commands that read a case
	// file (see caseFileFlags).
	strict  bool
	maxLine bytesFlag
}

// policyFlag adds --policy FILE to the flags of a command that evaluates
// complaints (deadlines, assess, report, return).
func (e *env) policyFlag(fs *flag.FlagSet) {
	fs.StringVar(&e.policy, "policy", "", "a council's policy file: local targets")
}

// loadPolicy reads the --policy file, if one was given. A file that cannot
// be opened or used is a problem (exit status 1), one line per fault as
// FILE:LINE: field: message.
func (e *env) loadPolicy() (timescale.Policy, error) {
	if e.policy == "" {
		return timescale.Policy{}, nil
	}
	p, err := policy.ReadFile(e.policy, nil)
	var pe *policy.Error
	switch {
	case err == nil:
		return p, nil
	case errors.As(err, &pe):
		ps := make(problems, len(pe.Problems))
		for i, pr := range pe.Problems {
			ps[i] = pr.String()
		}
		return p, ps
	}
	return p, problems{fmt.Sprintf("%s: %s: --policy: cannot read %s: %s", progName, e.name, e.policy, pathError(err))}
}

// caseFileFlags adds to fs the flags of every command that reads a case
// file: --strict (refuse unknown columns instead of ignoring them with a
// warning) and --max-line (the longest line read, in bytes).
func (e *env) caseFileFlags(fs *flag.FlagSet) {
	fs.BoolVar(&e.strict, "strict", false, "refuse a header naming an unknown column")
	e.maxLine = bytesFlag(casefile.DefaultMaxLineBytes)
	fs.Var(&e.maxLine, "max-line", "the longest line of the case file read, in bytes")
}

// readerOptions returns the setting of the case-file reader that the flags
// of caseFileFlags ask for.
func (e *env) readerOptions() func(*casefile.Reader) {
	return func(r *casefile.Reader) {
		r.Lenient = !e.strict
		r.MaxLineBytes = int(e.maxLine)
		// A case file named on the command line is read twice, the first
		// time for its ids alone, so that the duplicate check takes next to
		// no memory (5,000,000 rows: see the README's "Speed").
		r.ReadIDsFirst = true
	}
}

// calendar returns the calendar the command works with: the statutory
// calendar of Wales, with the days of the --holidays file when one was
// given. A file that cannot be used is a problem (exit status 1) naming
// the flag.
func (e *env) calendar() (*calendar.Calendar, error) {
	if e.cal != nil {
		return e.cal, nil
	}
	if e.holidays == "" {
		e.cal = calendar.Wales()
		return e.cal, nil
	}
	hf, err := calendar.LoadHolidayFile(e.holidays)
	if err == nil {
		e.cal, err = calendar.WalesWith(hf)
	}
	if err != nil {
		return nil, e.holidayFileProblem("--holidays", e.holidays, err)
	}
	return e.cal, nil
}

// holidayFileProblem returns the problem (exit status 1) of the holiday
// file at path, given with flag, for err: that of calendar.LoadHolidayFile
// or of what was made of the file.
func (e *env) holidayFileProblem(flag, path string, err error) problems {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return problems{fmt.Sprintf("%s: %s: %s: cannot open %s: %s", progName, e.name, flag, path, pe.Err)}
	}
	return problems{fmt.Sprintf("%s: %s: %s: %s", progName, e.name, flag, problem.Message(err))}
}

// An evalFlags holds the flags of the commands that evaluate a case file:
// the date of evaluation, and the readings of receipt on a non-working day
// and of the transition between regimes.
type evalFlags struct {
	asOf       dateFlag
	deem       bool
	transition *choiceFlag
}

// addEvalFlags adds --as-of (described by asOfUsage),
// --deem-next-working-day and --transition to fs.
func addEvalFlags(fs *flag.FlagSet, asOfUsage string) *evalFlags {
	f := &evalFlags{transition: transitionFlag()}
	fs.Var(&f.asOf, "as-of", asOfUsage)
	fs.BoolVar(&f.deem, "deem-next-working-day", false, "deem receipt on a non-working day to be on the next working day")
	fs.Var(f.transition, "transition", "reading of the transition between regimes")
	return f
}

// engine returns the engine the flags ask for (see env.engine), and sets
// the date of evaluation to today when --as-of was not given.
func (f *evalFlags) engine(e *env) (timescale.Engine, error) {
	eng, err := e.engine(f.deem, &f.asOf)
	eng.Transition = timescale.Transition(f.transition.value)
	return eng, err
}

// engine returns the engine the command evaluates with as of asOf: on the
// command's calendar, reading receipt on a non-working day as deem says.
// When asOf is not given it is today, and an event dated after it is a
// problem (nothing can have happened tomorrow); when it is given, the
// events after it are set aside as not yet happened.
func (e *env) engine(deem bool, asOf *dateFlag) (timescale.Engine, error) {
	cal, err := e.calendar()
	eng, date := timescale.Engine{Calendar: cal, DeemNextWorkingDay: deem}.OnDate(asOf.Date, e.today)
	asOf.Date = date
	if err != nil {
		return eng, err
	}
	eng.Policy, err = e.loadPolicy()
	return eng, err
}

// exit reports err from cmd on the right stream and returns the exit
// status for it.
func (e *env) exit(cmd *command, err error) int {
	var ue *usageError
	var ps problems
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(e.stdout, commandUsage(cmd.usage))
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "%s: %s: %s (see %s %s -h)\n", progName, e.name, ue.msg, progName, cmd.name)
		return exitUsage
	case errors.As(err, &ps):
		for _, p := range ps {
			fmt.Fprintln(e.stderr, p)
		}
		return exitData
	default:
		fmt.Fprintf(e.stderr, "%s: %s: %s\n", progName, e.name, describe(err))
		return exitData
	}
}

// note prints a remark that does not change the result, such as a
// provisional year, on standard error, so that standard output stays
// exactly the result.
func (e *env) note(format string, args ...any) {
	fmt.Fprintf(e.stderr, "%s: %s: note: %s\n", progName, e.name, fmt.Sprintf(format, args...))
}

// describe returns the message of an error from the library for a person
// (problem.Message: without the name of the package that made it).
func describe(err error) string { return problem.Message(err) }

// A usageError is a mistake on the command line. The command is printed
// before it and the program exits with status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef returns a *usageError with a formatted message.
func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// problems are the faults found in input data, each a complete line such as
// "cases.csv:7: received: no such day: February 2014 has 28 days". They are
// printed as they are, one a line, and the program exits with status 1.
type problems []string

func (p problems) Error() string { return strings.Join(p, "\n") }

// newFlagSet returns the flag set of the named command, holding the flags
// every command takes (--holidays, --lang). It reports nothing itself:
// parseArgs returns its errors, and env.exit prints them.
func (e *env) newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&e.holidays, "holidays", "", "file of holiday data to apply")
	fs.Var(&e.lang, "lang", "language of the output: "+lang.List())
	return fs
}

// A langFlag is a flag.Value holding the language of the output (package
// lang); its zero value is English.
type langFlag struct{ lang.Tag }

func (f *langFlag) String() string { return string(f.Tag) }

// Set implements flag.Value: the value must be one of lang.Tags.
func (f *langFlag) Set(s string) error {
	t, err := lang.Parse(s)
	if err != nil {
		return errors.New("want " + lang.List())
	}
	f.Tag = t
	return nil
}

// message returns the message of problem p in the language of --lang
// (lang.Message).
func (e *env) message(p problem.Problem) string { return lang.Message(e.lang.Tag, p) }

var negativeNumber = regexp.MustCompile(`^-[0-9]+$`)

// parseArgs parses the flags of fs wherever they stand among args and
// returns the other (positional) arguments in order. A negative number
// such as -5 is positional; everything after "--" is positional.
//
// It returns flag.ErrHelp for -h or --help, and a *usageError for any
// other flag error.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return append(pos, args[i+1:]...), nil
		case a == "-" || !strings.HasPrefix(a, "-") || negativeNumber.MatchString(a):
			pos = append(pos, a)
			continue
		}
		// A flag, with its value in the next argument unless it is written
		// -name=value or takes no value.
		seg := args[i : i+1]
		name := strings.TrimLeft(a, "-")
		if !strings.Contains(name, "=") && i+1 < len(args) {
			if f := fs.Lookup(name); f != nil && !isBoolFlag(f) {
				seg = args[i : i+2]
				i++
			}
		}
		if err := fs.Parse(seg); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &usageError{msg: flagMessage(err)}
		}
	}
	return pos, nil
}

// flagPattern finds the flags that package flag names with one hyphen in
// its errors ("-as-of"), to spell them as the help does ("--as-of").
var flagPattern = regexp.MustCompile(`(^|[ :])-([a-z][a-z0-9-]*)`)

// flagMessage words an error of package flag as the rest of the program
// does: flags spelled with two hyphens, and a wrong value named as such.
func flagMessage(err error) string {
	msg := err.Error()
	msg = strings.Replace(msg, "flag provided but not defined: ", "unknown flag ", 1)
	msg = strings.Replace(msg, "flag needs an argument: ", "a value is needed after ", 1)
	return flagPattern.ReplaceAllString(msg, "$1--$2")
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// parseDate reads a date given on the command line, YYYY-MM-DD or
// DD/MM/YYYY. The error is a *usageError naming the text.
func parseDate(s string) (calendar.Date, error) {
	d, err := calendar.ParseAnyDate(s)
	if err != nil {
		return calendar.Date{}, &usageError{msg: fmt.Sprintf("%q is not a date: %s", s, dateReason(err))}
	}
	return d, nil
}

// dateReason returns why text is not a date, for a person who may write it
// either way.
func dateReason(err error) string {
	var pe *calendar.ParseError
	if !errors.As(err, &pe) {
		return describe(err)
	}
	if strings.HasPrefix(pe.Reason, "want ") {
		return "want YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014"
	}
	return pe.Reason
}

// parseDays reads a number of working days given on the command line
// (calendar.ParseWorkingDays). The error is a *usageError naming the text.
func parseDays(s string) (int, error) {
	n, err := calendar.ParseWorkingDays(s)
	if err != nil {
		return 0, &usageError{msg: describe(err)}
	}
	return n, nil
}

// A dateFlag is a flag.Value holding a date written YYYY-MM-DD or
// DD/MM/YYYY; its zero value means the flag was not given.
type dateFlag struct{ calendar.Date }

func (f *dateFlag) String() string {
	if f.IsZero() {
		return ""
	}
	return f.Date.String()
}

// Set implements flag.Value.
func (f *dateFlag) Set(s string) error {
	d, err := calendar.ParseAnyDate(s)
	if err != nil {
		return errors.New(dateReason(err))
	}
	f.Date = d
	return nil
}

// A daysFlag is a flag.Value holding a number of working days, 0 or more,
// such as --within and --remind; set reports whether the flag was given.
type daysFlag struct {
	n   int
	set bool
}

func (f *daysFlag) String() string { return strconv.Itoa(f.n) }

// Set implements flag.Value.
func (f *daysFlag) Set(s string) error {
	n, err := calendar.ParseWorkingDays(s)
	if err != nil || n < 0 {
		return errors.New("want a whole number of working days, 0 or more")
	}
	f.n, f.set = n, true
	return nil
}

// A bytesFlag is a flag.Value holding a number of bytes, 1 or more, such
// as --max-line.
type bytesFlag int

func (f *bytesFlag) String() string { return strconv.Itoa(int(*f)) }

// Set implements flag.Value.
func (f *bytesFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return errors.New("want a whole number of bytes, 1 or more")
	}
	*f = bytesFlag(n)
	return nil
}

// A choiceFlag is a flag.Value that must be one of a fixed list of words,
// such as the output formats of a command.
type choiceFlag struct {
	value   string
	choices []string
}

// names returns the names of a library's values of a string type, such as
// its formats (report.Formats), in order.
func names[T ~string](values []T) []string {
	s := make([]string, len(values))
	for i, v := range values {
		s[i] = string(v)
	}
	return s
}

// formatFlag returns a choiceFlag for --format whose default is the first
// of formats.
func formatFlag(formats ...string) *choiceFlag {
	return &choiceFlag{value: formats[0], choices: formats}
}

func (f *choiceFlag) String() string { return f.value }

// Set implements flag.Value.
func (f *choiceFlag) Set(s string) error {
	if !slices.Contains(f.choices, s) {
		return fmt.Errorf("want %s", orList(f.choices))
	}
	f.value = s
	return nil
}

// orList returns "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// argCount returns a *usageError unless args has exactly the arguments
// named in want (e.g. "DATE N").
func argCount(args []string, want string) error {
	n := len(strings.Fields(want))
	if len(args) == n {
		return nil
	}
	got := "no arguments"
	switch {
	case len(args) == 1:
		got = "1 argument"
	case len(args) > 1:
		got = strconv.Itoa(len(args)) + " arguments"
	}
	if n == 0 {
		want = "no arguments"
	}
	return usagef("want %s, got %s", want, got)
}

// transitionFlag returns the flag that chooses the reading of the
// transition between regimes (timescale.Engine.Transition), one of
// timescale.Transitions; the first, keep-regime, is the default.
func transitionFlag() *choiceFlag {
	n := names(timescale.Transitions())
	return &choiceFlag{value: n[0], choices: n}
}

// procedureFlag returns the flag that chooses the procedure of a complaint,
// one of the choices of the case file's procedure column; the first,
// complaint, is the default.
func procedureFlag() *choiceFlag {
	f, _ := timescale.FieldByName("procedure")
	return &choiceFlag{value: f.Choices[0], choices: f.Choices}
}
