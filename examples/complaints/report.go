package main

import (
	"bufio"
	"errors"
	"fmt"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/report"
)

const reportUsage = `Usage:
  complaints report FILE [--year YYYY-YYYY | --period PERIOD] [--as-of DATE]
                    [--deem-next-working-day] [--policy FILE]
                    [--format text|markdown|csv|json|html]

Prints the annual report for one reporting year (1 April to 31 March,
written 2014-2015) from the case file FILE (CSV, see "complaints -h"; "-"
reads standard input): comments, compliments and complaints received in the
year, complaints resolved at stage 1, stage 2 and stage 3 counts, Ombudsman
contacts, complaints from children and young people, stage 2 findings by
element and by complaint, the response-timescale tables (one per procedure
when the year straddles 1 August 2014), the year-on-year table, in-time
shares and median working days, themes, and the consistency checks.

The text format lays the tables out like an annual report so that they can
be pasted into one; markdown renders the same tables; csv is one figure a
line (section,year,regime,from,to,stage,item,value); json is the report
object of package outcome; html is one self-contained web page (its style
and charts inside it, no request of its own) with the same tables and
bar charts of the response times, the years and the stage 2 findings,
that prints on A4.

Bad rows are reported on standard error as FILE:LINE: column: message and
left out of the report, which is still printed; the exit status is then 1.

Flags:
  --year YEAR    the reporting year, e.g. 2014-2015 or 2014-15 (default: the
                 latest year in the file)
  --period PERIOD
                 a half or a quarter of a reporting year instead, for the
                 half-yearly report to the Governance and Audit Committee:
                 2024-H1 is April to September 2024, 2024-H2 October 2024
                 to March 2025, 2024-Q1 April to June 2024 ... 2024-Q4
                 January to March 2025 (financial-year quarters, as the
                 Ombudsman counts them); a reporting year such as 2024-2025
                 is accepted too. The trend table is then by half or by
                 quarter.
  --as-of DATE   date the report is made as of: open complaints are judged
                 overdue on it, and events dated after it are set aside as
                 not yet happened (default: today, when an event dated in
                 the future is a problem of its row)
  --transition READING
                 keep-regime (default) or stage2-by-request-date, as for
                 assess; the report notes the complaints it decides
  --deem-next-working-day
                 deem receipt on a non-working day to be on the next
                 working day, as assess does with the same flag
  --policy FILE  a council's policy file (docs/policy.md): each response
                 table gains a line "in time against the local target"
  --format FMT   text (default), markdown, csv, json or html
  --lang LANG    en (default), cy or cy+en: the text, markdown or html
                 report in English, in Welsh or both

The report counts the social services records (procedures complaint and
representation); the records of other procedures in the file, such as
corporate complaints, are left out, and a note says how many.
`

func runReport(e *env, args []string) error {
	fs := e.newFlagSet("report")
	e.policyFlag(fs)
	e.caseFileFlags(fs)
	ev := addEvalFlags(fs, "date open complaints are judged on")
	year := fs.String("year", "", "reporting year")
	periodText := fs.String("period", "", "reporting period: a year, a half or a quarter")
	format := formatFlag(names(report.Formats())...)
	fs.Var(format, "format", "output format")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := argCount(pos, "FILE"); err != nil {
		return err
	}
	var period outcome.Period
	if *year != "" {
		y, err := outcome.ParseYear(*year)
		if err != nil {
			return usagef("--year: %s", problem.Message(err))
		}
		period = y.Period()
	}
	if *periodText != "" {
		if *year != "" {
			return usagef("give --year or --period, not both")
		}
		if period, err = outcome.ParsePeriod(*periodText); err != nil {
			return usagef("--period: %s", problem.Message(err))
		}
	}
	eng, err := ev.engine(e)
	if err != nil {
		return err
	}
	asOf := ev.asOf
	opt := assess.Options{Engine: eng, AsOf: asOf.Date, Reader: e.readerOptions()}
	in, name, done, err := openCaseFile(e, pos[0])
	if err != nil {
		return err
	}
	defer done()
	agg, sum, err := outcome.ReadCaseFile(in, name, opt)
	var ps problems
	if err := e.finish(sum, opt.AsOf, err); err != nil && !errors.As(err, &ps) {
		return err
	}
	r, err := agg.ReportFor(period)
	if err != nil {
		var ny *outcome.NoYearError
		var np *outcome.NoPeriodError
		switch {
		case errors.As(err, &ny) && period.IsZero():
			return append(ps, fmt.Sprintf("%s: %s", name, ny.Message()))
		case errors.As(err, &ny):
			return append(ps, fmt.Sprintf("%s: %s (give --year one of those)", name, ny.Message()))
		case errors.As(err, &np):
			return append(ps, fmt.Sprintf("%s: %s (give --period one of those)", name, np.Message()))
		}
		return err
	}
	w := bufio.NewWriter(e.stdout)
	if err := report.Write(w, &r, report.Format(format.value), e.lang.Tag); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if len(ps) > 0 {
		return append(ps, fmt.Sprintf("%s: %d problems: the rows at fault were left out of the report", name, len(ps)))
	}
	return nil
}
