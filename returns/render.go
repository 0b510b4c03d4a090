package returns

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/internal/errw"
	"github.com/cymru-complaints/statutory/timescale"
)

// percent writes a share as a percentage with one decimal, or "-".
func percent(s *float64) string {
	if s == nil {
		return "-"
	}
	return strconv.FormatFloat(math.Round(*s*1000)/10, 'f', 1, 64) + "%"
}

// procedureList names the procedures.
func procedureList(ps []timescale.Procedure) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = string(p)
	}
	return strings.Join(names, ", ")
}

// WriteText writes r for people: the period and what it includes, every
// measure with its figure (and share), the figures by procedure, by theme
// and against the local targets, the check that the figures balance, and
// the definition of every measure with the statement of what they rest
// on. It returns the first write error.
func (r Return) WriteText(w io.Writer) error {
	ew := &errw.Writer{W: w}
	fmt.Fprintf(ew, "Complaints return for %s\n", r.Period.Title())
	fmt.Fprintf(ew, "Period %s to %s, as known on %s.\n", longDate(r.From), longDate(r.To), longDate(r.AsOf))
	fmt.Fprintf(ew, "Procedures included: %s.", procedureList(r.Procedures))
	if r.LeftOut > 0 {
		fmt.Fprintf(ew, " %s of other procedures left out.", count(r.LeftOut, "complaint"))
	}
	fmt.Fprintln(ew)
	fmt.Fprintln(ew)

	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', 0)
	row := func(title string, n int, s *float64, withShare bool) {
		share := ""
		if withShare {
			share = percent(s)
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\n", title, n, share)
	}
	fmt.Fprintln(tw, "MEASURE\tCOMPLAINTS\tSHARE OF CLOSED")
	row("Received", r.Received, nil, false)
	row("Open at the start", r.OpenAtStart, nil, false)
	row("Closed", r.Closed, nil, false)
	row("  closed at stage 1", r.ClosedAtStage1, nil, false)
	row("  closed at stage 2", r.ClosedAtStage2, nil, false)
	row("  withdrawn", r.Withdrawn, nil, false)
	row("Open at the end", r.OpenAtEnd, nil, false)
	for _, b := range r.Bands {
		row("Closed "+lowerFirst(b.Title), b.Count, b.Share, true)
	}
	row("Upheld (in whole or in part)", r.Upheld, r.UpheldShare, true)
	row("  closed without findings recorded", r.WithoutFindings, nil, false)
	row("Referred to the Ombudsman", r.Referred, nil, false)
	if r.RatePer1000 != nil {
		fmt.Fprintf(tw, "Received per 1,000 residents\t%s\t(population %d)\n", strconv.FormatFloat(*r.RatePer1000, 'f', 2, 64), r.Population)
	}
	tw.Flush()
	for _, line := range strings.SplitAfter(table.String(), "\n") {
		io.WriteString(ew, strings.TrimRight(line, " \n")+strings.Repeat("\n", strings.Count(line, "\n")))
	}
	fmt.Fprintf(ew, "\nUpheld: %s.\n", UpheldRule)
	o := r.Outcomes
	fmt.Fprintf(ew, "Outcomes of the complaints closed with findings: %d upheld, %d partially upheld, %d not upheld, %d with no finding.\n",
		o.Upheld, o.PartiallyUpheld, o.NotUpheld, o.NoFinding)
	fmt.Fprintf(ew, "Check: %d open at the start + %d received - %d closed = %d open at the end.\n",
		r.OpenAtStart, r.Received, r.Closed, r.OpenAtStart+r.Received-r.Closed)

	if len(r.ByProcedure) > 1 {
		fmt.Fprintln(ew, "\nBy procedure:")
		tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "PROCEDURE\tRECEIVED\tCLOSED")
		for _, p := range r.ByProcedure {
			fmt.Fprintf(tw, "%s\t%d\t%d\n", p.Procedure, p.Received, p.Closed)
		}
		tw.Flush()
	}
	if len(r.Themes) > 0 {
		fmt.Fprintln(ew, "\nBy theme:")
		tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "THEME\tRECEIVED\tCLOSED\tUPHELD")
		for _, t := range r.Themes {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\n", t.Theme, t.Received, t.Closed, t.Upheld)
		}
		tw.Flush()
		if r.ThemesNotCounted > 0 {
			fmt.Fprintf(ew, "%s of themes beyond the first %d distinct ones are not counted.\n", count(r.ThemesNotCounted, "mention"), MaxThemes)
		}
	}
	if len(r.Targets) > 0 {
		fmt.Fprintln(ew, "\nLocal targets (milestones met in the period):")
		for _, x := range r.Targets {
			fmt.Fprintf(ew, "- %s, %s: %s, %d working days (%s): %d of %d by the target\n",
				x.Procedure, x.Milestone, x.Name, x.WorkingDays, x.Source, x.InTime, x.Met)
		}
	}

	fmt.Fprintln(ew, "\nDefinitions:")
	for _, d := range r.Definitions {
		fmt.Fprintf(ew, "- %s: %s\n", d.Title, d.Definition)
	}
	fmt.Fprintf(ew, "\n%s\n", TemplateNote)
	return ew.Err
}

// CSVHeader is the header row WriteCSV writes.
var CSVHeader = []string{"period", "section", "item", "measure", "value"}

// WriteCSV writes r as CSV in long format, one figure a row, under the
// header
//
//	period,section,item,measure,value
//
// where period is the return's period (e.g. 2024-Q3) and the sections
// are, in this order:
//
//   - return: measure from, to, as_of (dates) and procedures (separated by
//     semicolons);
//   - summary: measure received, open_at_start, closed, closed_at_stage1,
//     closed_at_stage2, withdrawn, open_at_end, upheld, upheld_share,
//     without_findings, referred, left_out and, with a population,
//     population and rate_per_1000;
//   - outcome: item the finding, measure closed;
//   - band: item the Ombudsman's band label, measure closed and share;
//   - procedure: item the procedure, measure received and closed;
//   - theme: item the theme, measure received, closed and upheld;
//   - target: item the procedure, milestone and target name joined by
//     "/", measure met and in_time.
//
// Shares are fractions (0.6, not 60%), empty when nothing was closed. It
// returns the first write error.
func (r Return) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	p := r.Period.String()
	put := func(section, item, measure, value string) { cw.Write([]string{p, section, item, measure, value}) }
	fraction := func(s *float64) string {
		if s == nil {
			return ""
		}
		return strconv.FormatFloat(*s, 'f', -1, 64)
	}
	cw.Write(CSVHeader)
	put("return", "", "from", r.From.String())
	put("return", "", "to", r.To.String())
	put("return", "", "as_of", r.AsOf.String())
	put("return", "", "procedures", strings.ReplaceAll(procedureList(r.Procedures), ", ", ";"))
	for _, f := range [...]struct {
		measure string
		n       int
	}{
		{"received", r.Received}, {"open_at_start", r.OpenAtStart}, {"closed", r.Closed},
		{"closed_at_stage1", r.ClosedAtStage1}, {"closed_at_stage2", r.ClosedAtStage2}, {"withdrawn", r.Withdrawn},
		{"open_at_end", r.OpenAtEnd}, {"upheld", r.Upheld},
	} {
		put("summary", "", f.measure, itoa(f.n))
	}
	put("summary", "", "upheld_share", fraction(r.UpheldShare))
	put("summary", "", "without_findings", itoa(r.WithoutFindings))
	put("summary", "", "referred", itoa(r.Referred))
	put("summary", "", "left_out", itoa(r.LeftOut))
	if r.RatePer1000 != nil {
		put("summary", "", "population", itoa(r.Population))
		put("summary", "", "rate_per_1000", fraction(r.RatePer1000))
	}
	for _, f := range timescale.AllFindings() {
		put("outcome", string(f), "closed", itoa(r.Outcomes.Get(f)))
	}
	for _, b := range r.Bands {
		put("band", b.Label, "closed", itoa(b.Count))
		put("band", b.Label, "share", fraction(b.Share))
	}
	for _, x := range r.ByProcedure {
		put("procedure", string(x.Procedure), "received", itoa(x.Received))
		put("procedure", string(x.Procedure), "closed", itoa(x.Closed))
	}
	for _, t := range r.Themes {
		theme := casefile.SafeCell(t.Theme)
		put("theme", theme, "received", itoa(t.Received))
		put("theme", theme, "closed", itoa(t.Closed))
		put("theme", theme, "upheld", itoa(t.Upheld))
	}
	for _, x := range r.Targets {
		item := string(x.Procedure) + "/" + string(x.Milestone) + "/" + x.Name
		put("target", item, "met", itoa(x.Met))
		put("target", item, "in_time", itoa(x.InTime))
	}
	cw.Flush()
	return cw.Error()
}

// count returns "1 complaint" or "2 complaints".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}

// lowerFirst lower-cases the first letter of s.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// longDate writes d as prose does: 1 October 2024.
func longDate(d calendar.Date) string { return fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year) }
