package returns

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A Definition says what one measure of a Return counts.
type Definition struct {
	// Measure is the measure's key: its JSON key in Return and its item in
	// the CSV form, e.g. "closed".
	Measure string `json:"measure"`
	// Title names it for people, e.g. "Complaints closed".
	Title string `json:"title"`
	// Definition says what it counts.
	Definition string `json:"definition"`
}

// TemplateNote says what the definitions rest on.
const TemplateNote = "The Ombudsman's own data template and its definitions were not available. These definitions follow the figures the Ombudsman publishes: complaints received and per 1,000 residents, complaints closed within the target of 20 working days, between 20 working days and three months, between three and six months, the share of the complaints closed that were upheld, the complaints referred to the Ombudsman, and figures by subject."

// UpheldRule is the rule by which a complaint counts as upheld.
const UpheldRule = "a complaint counts as upheld when at least one of its elements was upheld or partially upheld, in the findings recorded at its last stage"

// definitions is the table of the measures, in the order the text form
// prints them.
var definitions = [...]Definition{
	{"procedures", "Procedures included",
		"The procedures whose complaints are counted (--procedures; by default every procedure: complaint, representation and corporate). Only records of kind complaint are counted; comments and compliments are not. The complaints of the other procedures that the return would otherwise count (received in the period, or open at its start) are counted as left out, and in no other figure."},
	{"as_of", "As known on",
		"Every figure is as known on this date: the last day of the period, or the day the return is made if the period has not ended (the period is then counted up to that day). Events dated after it are set aside. A later return may therefore count a complaint closed at stage 1 in this period as open again, if it was taken to stage 2 afterwards."},
	{"received", "Complaints received",
		"Complaints received (by London date) on a day of the period."},
	{"open_at_start", "Open at the start",
		"Complaints received before the first day of the period and not closed before it: those carried over from earlier periods."},
	{"closed", "Complaints closed",
		"Complaints closed on a day of the period, whenever they were received. A complaint is closed on the day of its last response (the stage 2 response if a stage 2 was requested, otherwise the stage 1 response) or the day it was withdrawn, whichever is earlier; on the same day, it is closed by the response, not withdrawn. A complaint taken to stage 2 is one complaint, open until its stage 2 response; a stage 3 panel of the 2005 procedure is not the council's response and is not counted."},
	{"closed_at_stage1", "closed at stage 1", "Complaints closed by a stage 1 response, with no stage 2 requested."},
	{"closed_at_stage2", "closed at stage 2", "Complaints closed by a stage 2 response."},
	{"withdrawn", "withdrawn", "Complaints closed by their withdrawal."},
	{"open_at_end", "Open at the end",
		"Complaints received by the last day counted and not closed by it. Open at the start + received - closed = open at the end."},
	{"bands", "Time to close",
		"The complaints closed, by the time from the day of first receipt (not counted) to the day of closure, in the Ombudsman's bands: within 20 working days (at most 20 working days of the statutory calendar of Wales, the Ombudsman's target); 21 working days to 3 months (more than 20 working days, and closed no later than the same date three months after receipt); 3 to 6 months; over 6 months. Each share is of the complaints closed. The whole complaint is measured, both stages together; whether the Ombudsman measures each stage apart is not known."},
	{"upheld", "Upheld (in whole or in part)",
		"Complaints closed in the period with at least one element upheld or partially upheld, in the findings recorded at their last stage (" + UpheldRule + "). The share is of all the complaints closed, as the Ombudsman gives it; a complaint closed without findings recorded (withdrawn, or answered at stage 1 without them) counts as not upheld, and is counted apart (without_findings). The outcomes give the complaints closed with findings by their own outcome (upheld, partially upheld, not upheld, no finding)."},
	{"referred", "Referred to the Ombudsman",
		"Complaints whose Ombudsman date (the ombudsman column: the day the Ombudsman contacted the council about the complaint, the nearest the case file has to a referral) falls in the period, whenever they were received."},
	{"rate_per_1000", "Complaints per 1,000 residents",
		"Complaints received in the period x 1,000 / the number of residents given (--population); not given without it."},
	{"by_procedure", "By procedure", "The complaints received and closed in the period, for each procedure included."},
	{"themes", "By theme",
		"For each theme (the themes column), the complaints received in the period, those closed in it, and those of them upheld (the rule above); a complaint with several themes counts once under each."},
	{"targets", "Local targets",
		"For each local target of the council's policy file (--policy) for a procedure included, the milestones it applies to that were met on a day of the period, and how many of them by the target's due date."},
}

// Definitions returns the definition of every measure of a Return, in the
// order the text form prints them.
func Definitions() []Definition { return append([]Definition(nil), definitions[:]...) }

// WriteMarkdown writes the definitions of the measures as a Markdown
// document, the text of docs/returns.md, which a test keeps in step with
// the code.
func WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# The Ombudsman's returns\n\n")
	b.WriteString("<!-- Generated from package returns by `go test ./returns -update`; do not edit. -->\n\n")
	b.WriteString("Since December 2020 councils send the Public Services Ombudsman for Wales's Complaints Standards\n")
	b.WriteString("Authority their complaints figures every quarter (the Ombudsman now publishes them half-yearly), and\n")
	b.WriteString("report to their Governance and Audit Committee at least twice a year. `complaints return` computes the\n")
	b.WriteString("figures from the case file, and package `returns` in Go:\n\n")
	b.WriteString("```sh\ncomplaints return cases.csv --period 2024-Q3 [--procedures corporate] [--population 123400] [--format text|csv|json]\n```\n\n")
	b.WriteString("The period is a quarter, a half or a year of the financial year, as the Ombudsman counts them:\n")
	b.WriteString("2024-Q1 is April to June 2024, 2024-Q3 October to December 2024, 2024-Q4 January to March 2025,\n")
	b.WriteString("2024-H1 April to September 2024 and 2024-2025 the whole year (LAW.md section 9).\n\n")
	b.WriteString("**" + TemplateNote + "** Most measures are taken over the complaints *closed* in the period, not those\n")
	b.WriteString("received in it, as the Ombudsman's are. Councils differ on whether statutory social services complaints\n")
	b.WriteString("belong in the return: `--procedures` chooses, and the return names the procedures it includes.\n\n")
	b.WriteString("## Measures\n\n| measure | key | definition |\n| --- | --- | --- |\n")
	for _, d := range definitions {
		fmt.Fprintf(&b, "| %s | `%s` | %s |\n", d.Title, d.Measure, d.Definition)
	}
	b.WriteString("\nThe upheld share states its rule in every output: " + UpheldRule + ".\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func itoa(n int) string { return strconv.Itoa(n) }
