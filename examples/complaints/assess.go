package main

import (
	"errors"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/ics"
)

const assessUsage = `Usage:
  complaints assess FILE [--as-of DATE] [--transition READING] [--deem-next-working-day]
                    [--owner NAME] [--policy FILE] [--format text|csv|json|ics]
                    [--remind N] [--include-closed]

Assesses every complaint in the case file FILE (CSV, see "complaints -h";
"-" reads standard input) as of DATE (default: today): one row per complaint,
giving its owner, its regime, the due date of the stage 1 full response
(W14-STAGE1 or W05-STAGE1, from receipt) and of the stage 2 response
(W14-STAGE2 or W05-STAGE2, from the request; an agreed revised date does not
replace it), the working days taken, the response-time band, whether each was
in time (judged against the agreed revised date when there is one) and the
status: open, overdue, resolved-stage1, resolved-stage2, stage3 or withdrawn.
Comments and compliments are not listed. Cells are empty where a stage has
not happened.

Every bad row is reported on standard error as FILE:LINE: column: message;
the good rows are still assessed and printed, and the exit status is 1.

Flags:
  --as-of DATE               date the status is given for; events dated
                             after it are set aside as not yet happened
                             (default: today, when an event dated in the
                             future is a problem)
  --transition READING       keep-regime (default) or stage2-by-request-date:
                             which rules govern a stage 2 requested on or
                             after 1 August 2014 for a complaint received
                             before it (see complaints deadlines -h)
  --deem-next-working-day    deem receipt on a non-working day to be on the
                             next working day
  --policy FILE              a council's policy file (docs/policy.md): each
                             stage's local target due date, and whether the
                             response met it, beside the statutory ones
  --owner NAME               only the complaints of this officer or team
                             (the owner column, matched without regard to
                             case or surrounding spaces)
  --format FMT               text (a table, default), csv (header
                             id,owner,regime,stage1_due,stage1_working_days,
                             stage1_band,stage1_in_time,stage1_target_due,
                             stage1_target_met,stage2_due,
                             stage2_working_days,stage2_band,stage2_in_time,
                             stage2_target_due,stage2_target_met,
                             status,provisional; the target cells are empty
                             without a local target), json (a list of
                             objects with the same keys) or ics (a calendar
                             file: one all-day event per open deadline of
                             every complaint, with the rule, its citation
                             and how the date was reached, to import into
                             Outlook, Google Calendar or Apple Calendar)
  --lang LANG                en (default), cy or cy+en: the text table in
                             English, in Welsh or both
  --remind N                 with --format ics: the reminder of each event
                             comes N working days before its due date
                             (default 2; on the day the period runs from
                             when the period is shorter)
  --include-closed           with --format ics: also write every deadline
                             met, withdrawn or passed as a cancelled event,
                             so that a calendar that imported it drops it

An event's UID is made from the complaint's id and the milestone, so that
importing a later file updates the events instead of adding new ones.
`

func runAssess(e *env, args []string) error {
	fs := e.newFlagSet("assess")
	e.policyFlag(fs)
	e.caseFileFlags(fs)
	ev := addEvalFlags(fs, "date the status is given for")
	owner := fs.String("owner", "", "only the complaints of this officer or team")
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
	opt := assess.Options{Engine: eng, AsOf: asOf.Date, Reader: e.readerOptions(), Owner: *owner}
	if format.value == "ics" {
		return writeCalendar(e, pos[0], opt, &cal, cal.options(eng, asOf.Date, ics.NameFor("Complaints deadlines", *owner)))
	}
	// The rows are written as they come; the header (or the opening of the
	// JSON list) comes with the first complaint, so that a file that cannot
	// be opened or has an unusable header prints nothing on standard output.
	var out assess.Writer
	var row assess.Row // one for every row: out.Write would move a row of its own to the heap (BenchmarkAssess1M, allocs/op)
	readErr := eachRecord(e, pos[0], opt, func(rec *assess.Record) error {
		var ok bool
		if row, ok = assess.RowOf(&rec.Assessment); !ok {
			return nil
		}
		if out == nil {
			out, _ = assess.NewWriterIn(e.stdout, assess.Format(format.value), e.lang.Tag)
		}
		return out.Write(&row)
	})
	var ps problems
	if readErr != nil && !errors.As(readErr, &ps) {
		return flagProblems(e, readErr)
	}
	if out == nil && readErr == nil {
		// A valid file without complaints: the header alone, or [].
		out, _ = assess.NewWriterIn(e.stdout, assess.Format(format.value), e.lang.Tag)
	}
	if out != nil {
		if err := out.Close(); err != nil {
			return err
		}
	}
	return readErr
}
