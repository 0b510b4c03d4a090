package main

import (
	"errors"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/ics"
)

const dueUsage = `Usage:
  complaints due FILE [--as-of DATE] [--within N] [--owner NAME]
                      [--transition READING] [--deem-next-working-day]
                      [--policy FILE] [--format text|csv|json|ics] [--remind N]
                      [--include-closed] [--all-parties]

Lists every deadline of the complaints in the case file FILE (CSV, see
"complaints -h"; "-" reads standard input), social services and corporate
complaints alike, that is not met as of DATE (default: today) and is
overdue, due that day, or due within the next N working days: its
complaint's id and owner, the milestone, the rule, the due date (the agreed
revised date when there is one, since the deadline is judged against it),
the working days left (0 on the due date, below 0 when overdue), whether a
revised date applies, and whether the date is provisional. The list is sorted by due date, then id. An empty list says
so, and the exit status is 0.

The list is the council's: a deadline whose duty is another party's (the
2005 regulations' stage 3 panel, whose acknowledgement and convening are
the National Assembly for Wales's, later the Welsh Ministers', and whose
written statement is the complainant's; see "complaints rules") is left
out unless --all-parties is given.

Every bad row is reported on standard error as FILE:LINE: column: message;
the deadlines of the good rows are still listed, and the exit status is 1.

Flags:
  --as-of DATE               date the list is for; events dated after it are
                             set aside as not yet happened (default: today,
                             when an event dated in the future is a problem)
  --within N                 working days ahead to look, 0 or more (default 5)
  --owner NAME               only the complaints of this officer or team
                             (the owner column, matched without regard to
                             case or surrounding spaces)
  --transition READING       keep-regime (default) or stage2-by-request-date:
                             which rules govern a stage 2 requested on or
                             after 1 August 2014 for a complaint received
                             before it (see complaints deadlines -h)
  --deem-next-working-day    deem receipt on a non-working day to be on the
                             next working day
  --policy FILE              a council's policy file (docs/policy.md): an
                             optional rule it switches off (the corporate
                             acknowledgement, CORP-ACK) is not listed; the
                             list gives the statutory due dates, not the
                             local targets
  --format FMT               text (default: grouped by owner, with a count
                             for each and a total), csv (header
                             id,owner,milestone,rule_id,due,
                             working_days_left,status,revised,provisional),
                             json ({as_of, within, until, owner, items: [...]}
                             with the keys of the CSV header) or ics (a
                             calendar file: one all-day event per deadline
                             listed, to import into Outlook, Google Calendar
                             or Apple Calendar)
  --lang LANG                en (default), cy or cy+en: the text list is
                             not yet written in Welsh; in Welsh it is the
                             English, marked as untranslated
  --remind N                 with --format ics: the reminder of each event
                             comes N working days before its due date
                             (default 2; on the day the period runs from
                             when the period is shorter)
  --include-closed           with --format ics: also write every deadline
                             met, withdrawn or passed as a cancelled event,
                             so that a calendar that imported it drops it
  --all-parties              also list the deadlines owed by a party other
                             than the council, marked with who owes them:
                             "(owed by P, not the council)" after the rule
                             in text, whose total counts them apart from
                             the council's; an owed_by column in csv, an
                             owed_by key in json, an "Owed by" line in ics

An event's UID is made from the complaint's id and the milestone, so that
importing tomorrow's file updates today's events instead of adding new ones.
`

func runDue(e *env, args []string) error {
	fs := e.newFlagSet("due")
	e.policyFlag(fs)
	e.caseFileFlags(fs)
	ev := addEvalFlags(fs, "date the list is for")
	within := daysFlag{n: due.DefaultWithin}
	fs.Var(&within, "within", "working days ahead to look")
	owner := fs.String("owner", "", "only the complaints of this officer or team")
	allParties := fs.Bool("all-parties", false, "also list the deadlines owed by a party other than the council")
	format := formatFlag("text", "csv", "json", "ics")
	fs.Var(format, "format", "output format")
	var cal calendarFlags
	cal.add(fs)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := argCount(pos, "FILE"); err != nil {
		return err
	}
	if err := cal.check(format.value); err != nil {
		return err
	}
	eng, err := ev.engine(e)
	if err != nil {
		return err
	}
	asOf := ev.asOf
	b, err := due.NewBuilder(due.Options{AsOf: asOf.Date, Within: within.n, Owner: *owner, Calendar: eng.Calendar, AllParties: *allParties})
	if err != nil {
		return flagProblems(e, err)
	}
	aopt := assess.Options{Engine: eng, AsOf: asOf.Date, Reader: e.readerOptions(), Owner: *owner}
	if format.value == "ics" {
		opt := cal.options(eng, asOf.Date, ics.NameFor("Complaints due", *owner))
		opt.Select = b.Selects
		return writeCalendar(e, pos[0], aopt, &cal, opt)
	}
	read := false
	readErr := eachRecord(e, pos[0], aopt, func(rec *assess.Record) error {
		read = true
		return b.Add(&rec.Assessment)
	})
	var ps problems
	switch {
	case readErr != nil && !errors.As(readErr, &ps):
		return flagProblems(e, readErr)
	case readErr != nil && !read:
		return readErr // no list: the file could not be read
	}
	w, err := due.NewWriterIn(e.stdout, due.Format(format.value), e.lang.Tag)
	if err != nil {
		return err
	}
	if err := w.WriteFrom(b); err != nil {
		return err
	}
	return readErr
}
