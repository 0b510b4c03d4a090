package main

import (
	"errors"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/impact"
)

const impactUsage = `Usage:
  complaints impact FILE --holidays NEW [--as-of DATE] [--transition READING]
                    [--deem-next-working-day] [--policy FILE]
                    [--format text|csv|json]

Compares every open deadline of the case file FILE as of DATE under the
embedded holiday record and under the record with the holiday file NEW
applied (a bank holiday proclaimed this morning, as GOV.UK's
bank-holidays.json or a date,title CSV file), and lists each deadline whose
due date moves: the due date before and after, the working days of
difference and the holiday that caused it; then how many deadlines of how
many cases move and the latest new due date. A deadline already met never
moves. When nothing moves it says so in one line (exit status 0).

Flags:
  --holidays FILE   the new holiday data (required)
  --as-of DATE      date the deadlines are open on (default: today)
  --transition READING, --deem-next-working-day, --policy FILE
                    as for assess (see complaints assess -h): the deadlines
                    compared are the statutory ones assess gives with the
                    same flags (a rule the policy switches off is left out;
                    a local target's due date is not compared)
  --format FMT      text (default), csv (id,milestone,rule_id,before,after,
                    working_days,because_of) or json
  --lang LANG       en (default), cy or cy+en; the text is not yet written
                    in Welsh, and is marked as untranslated
`

func runImpact(e *env, args []string) error {
	fs := e.newFlagSet("impact")
	e.policyFlag(fs)
	e.caseFileFlags(fs)
	ev := addEvalFlags(fs, "date the deadlines are open on")
	format := formatFlag(names(impact.Formats())...)
	fs.Var(format, "format", "output format")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := argCount(pos, "FILE"); err != nil {
		return err
	}
	if e.holidays == "" {
		return usagef("--holidays NEW is required: the holiday file to compare with the embedded record")
	}
	eng, err := ev.engine(e)
	if err != nil {
		return err
	}
	asOf := ev.asOf
	next := eng.Calendar
	eng.Calendar = calendar.Wales()
	in, name, done, err := openCaseFile(e, pos[0])
	if err != nil {
		return err
	}
	defer done()
	res, err := impact.Compare(in, name, assess.Options{Engine: eng, AsOf: asOf.Date, Reader: e.readerOptions()}, next)
	// Bad rows are reported, and the moves of the good ones still printed.
	ferr := e.finish(res.Summary, asOf.Date, err)
	var ps problems
	if ferr != nil && !errors.As(ferr, &ps) {
		return ferr
	}
	if err := impact.Write(e.stdout, &res, impact.Format(format.value), e.lang.Tag); err != nil {
		return err
	}
	return ferr
}
