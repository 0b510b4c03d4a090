package main

import (
	"bufio"
	"errors"
	"strconv"

	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

const returnUsage = `Usage:
  complaints return FILE --period PERIOD [--procedures LIST] [--population N]
                    [--policy FILE] [--format text|csv|json]

Prints the complaints figures of one period for the Public Services
Ombudsman for Wales's Complaints Standards Authority (and the council's
committee) from the case file FILE (CSV, see "complaints -h"; "-" reads
standard input): complaints received, open at the start of the period,
closed in it (at stage 1, at stage 2, withdrawn) and open at its end; the
complaints closed within 20 working days, in 21 working days to 3 months,
3 to 6 months and over 6 months, counted from first receipt to closure; the
share upheld (a complaint with any element upheld or partially upheld);
referrals to the Ombudsman; complaints per 1,000 residents; and the
figures by procedure and by theme. Every measure is defined in the output
(text) and in docs/returns.md. The Ombudsman's own data template was not
available: the definitions follow the figures it publishes.

The figures are as known on the last day of the period (or today, if the
period has not ended): events dated after it are set aside.

Bad rows are reported on standard error as FILE:LINE: column: message and
left out of the figures, which are still printed; the exit status is then 1.

Flags:
  --period PERIOD    the period (required): a quarter of the financial year,
                     2024-Q1 (April to June 2024) to 2024-Q4 (January to
                     March 2025), as the Ombudsman counts them; a half,
                     2024-H1 (April to September) or 2024-H2; or a year,
                     2024-2025
  --procedures LIST  the procedures to count, separated by commas, of
                     complaint, representation and corporate (default: all);
                     the output names them
  --population N     the number of residents, for the rate per 1,000
  --policy FILE      a council's policy file (docs/policy.md): the local
                     targets met in the period
  --format FMT       text (default), csv (period,section,item,measure,value)
                     or json (the return object of package returns)
  --lang LANG        en (default), cy or cy+en: the text in English, in
                     Welsh or both; no source gives its words in Welsh, so
                     in Welsh it is the English, marked as untranslated
`

func runReturn(e *env, args []string) error {
	fs := e.newFlagSet("return")
	e.policyFlag(fs)
	e.caseFileFlags(fs)
	periodText := fs.String("period", "", "the period: a quarter, a half or a year")
	procedures := fs.String("procedures", "", "the procedures to count, separated by commas")
	population := fs.String("population", "", "the number of residents")
	format := formatFlag(names(returns.Formats())...)
	fs.Var(format, "format", "output format")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := argCount(pos, "FILE"); err != nil {
		return err
	}
	if *periodText == "" {
		return usagef("--period PERIOD is required, e.g. 2024-Q3 (October to December 2024) or 2024-H1")
	}
	opt := returns.Options{Reader: e.readerOptions()}
	if opt.Period, err = outcome.ParsePeriod(*periodText); err != nil {
		return usagef("--period: %s", problem.Message(err))
	}
	if opt.Procedures, err = returns.ParseProcedures(*procedures, nil); err != nil {
		var ve *timescale.ValueError
		errors.As(err, &ve)
		return usagef("--procedures: %q is not a procedure: want %s, separated by commas", ve.Value, orList(ve.Want))
	}
	if *population != "" {
		if opt.Population, err = returns.ParsePopulation(*population); err != nil {
			return usagef("--population: %s", problem.Message(err))
		}
	}
	var asOf dateFlag
	asOf.Date = e.today
	eng, err := e.engine(false, &asOf)
	if err != nil {
		return err
	}
	// As known on the period's last day, or today; events after it are
	// set aside, not refused.
	opt, eng = returns.OnDate(opt, eng, e.today)
	if _, err := returns.NewBuilder(opt, eng); err != nil {
		// The period is outside the calendar, or has not begun.
		return problems{progName + ": " + e.name + ": --period: " + problem.Message(err)}
	}
	in, name, done, err := openCaseFile(e, pos[0])
	if err != nil {
		return err
	}
	defer done()
	r, sum, err := returns.ReadCaseFile(in, name, opt, eng)
	var ps problems
	if err := e.finish(sum, r.AsOf, err); err != nil && !errors.As(err, &ps) {
		return err
	}
	if len(ps) > 0 && sum.Records == 0 {
		// Not a row could be read (a header --strict refuses, or no good
		// row): no figures, rather than a return of zeros.
		return ps
	}
	// No source gives the return's words in Welsh: with --lang cy the text
	// is the English, marked as untranslated.
	w := bufio.NewWriter(e.stdout)
	if err := returns.Write(w, &r, returns.Format(format.value), e.lang.Tag); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if len(ps) > 0 {
		return append(ps, name+": "+strconv.Itoa(len(ps))+" problems: the rows at fault were left out of the return")
	}
	return nil
}
