package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/ics"
	"github.com/cymru-complaints/statutory/timescale"
)

// openCaseFile opens the case file at path ("-" for standard input) and
// returns it with the name problems give it and a function that closes it.
func openCaseFile(e *env, path string) (io.Reader, string, func(), error) {
	if path == "-" {
		return e.stdin, "stdin", func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, nil, problems{fmt.Sprintf("%s: cannot open the case file: %s", path, pathError(err))}
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close()
		return nil, path, nil, problems{path + ": cannot open the case file: it is a directory; give the path of a case file in it"}
	}
	return f, path, func() { f.Close() }, nil
}

// eachRecord runs assess.Each over the case file at path and calls fn for
// every good record. It collects every problem of the bad rows as a line
// "FILE:LINE: column: message" and returns them, after the whole file was
// read, as a problems value (exit status 1); any other error stops it. The
// warnings of the good rows are printed on standard error as they come,
// and a note says what was set aside as not yet known on the date of
// evaluation.
func eachRecord(e *env, path string, opt assess.Options, fn func(*assess.Record) error) error {
	in, name, done, err := openCaseFile(e, path)
	if err != nil {
		return err
	}
	defer done()
	var sum assess.Summary
	err = assess.Each(in, name, opt, func(rec *assess.Record) error {
		sum.Add(rec)
		if !rec.OK() {
			return nil
		}
		return fn(rec)
	})
	return e.finish(sum, opt.AsOf, err)
}

// finish prints the warnings and notes of a pass over a case file and
// returns its problems (exit status 1), or the error that stopped it.
func (e *env) finish(sum assess.Summary, asOf calendar.Date, err error) error {
	for _, w := range sum.Warnings {
		fmt.Fprintln(e.stderr, w.In(e.lang.Tag).String())
	}
	for _, n := range sum.Notes(asOf) {
		e.note("%s", n)
	}
	ps := e.appendProblems(nil, sum.Problems)
	var he *casefile.HeaderError
	switch {
	case errors.As(err, &he):
		return e.appendProblems(ps, he.Problems)
	case err != nil:
		return flagProblems(e, err)
	case len(ps) > 0:
		return ps
	}
	return nil
}

// appendProblems appends the lines of case-file problems to ps, with
// their messages in the language of --lang.
func (e *env) appendProblems(ps problems, lps []casefile.LineProblem) problems {
	for _, p := range lps {
		ps = append(ps, p.In(e.lang.Tag).String())
	}
	return ps
}

// pathError returns the reason in an *os.PathError without repeating the
// path.
func pathError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// calendarFlags are the flags of the commands that write calendar files
// (--format ics).
type calendarFlags struct {
	remind        daysFlag
	includeClosed bool
}

// add defines the flags in fs.
func (c *calendarFlags) add(fs *flag.FlagSet) {
	c.remind.n = ics.DefaultRemind
	fs.Var(&c.remind, "remind", "working days before a deadline for its reminder")
	fs.BoolVar(&c.includeClosed, "include-closed", false, "write met and cancelled deadlines as cancelled events")
}

// check returns a usage error when the flags are given without --format
// ics, which is the only format they change.
func (c *calendarFlags) check(format string) error {
	if format != "ics" && (c.remind.set || c.includeClosed) {
		return usagef("--remind and --include-closed apply to --format ics only")
	}
	return nil
}

// options returns the options of a calendar file made with eng as of asOf.
func (c *calendarFlags) options(eng timescale.Engine, asOf calendar.Date, name string) ics.Options {
	return ics.Options{Engine: eng, AsOf: asOf, Remind: c.remind.n, IncludeClosed: c.includeClosed, Name: name}
}

// writeCalendar writes the events of the deadlines of every complaint of
// the case file at path as a calendar file made with opt, and reports the
// problems of the file as eachRecord does. As for assess, nothing is
// printed when the file cannot be opened or its header cannot be used (or
// no record could be read): the calendar begins with the first record.
func writeCalendar(e *env, path string, aopt assess.Options, cal *calendarFlags, opt ics.Options) error {
	w, err := ics.NewWriter(e.stdout, opt)
	if err != nil {
		return flagProblems(e, err)
	}
	read := false
	readErr := eachRecord(e, path, aopt, func(rec *assess.Record) error {
		read = true
		return w.WriteCase(&rec.Case, &rec.Assessment)
	})
	var ps problems
	if readErr != nil && !errors.As(readErr, &ps) {
		return flagProblems(e, readErr)
	}
	if !read && readErr != nil {
		return readErr
	}
	if err := w.Close(); err != nil {
		return err
	}
	cal.noteClamped(e, w)
	return readErr
}

// noteClamped notes the reminders w moved to the start of their period,
// when --remind was given: with the default, a reminder on the day of a
// receipt at the weekend is routine, and the event's description says so.
func (c *calendarFlags) noteClamped(e *env, w *ics.Writer) {
	if !c.remind.set {
		return
	}
	switch n := w.Clamped(); {
	case n == 1:
		e.note("1 reminder is on the day its period runs from, since the period has fewer than --remind %d working days", c.remind.n)
	case n > 1:
		e.note("%d reminders are on the day their period runs from, since the period has fewer than --remind %d working days", n, c.remind.n)
	}
}
