package outcome

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
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/timescale"
)

// The report is laid out once, as a list of blocks, and rendered as text
// or Markdown.
type (
	heading struct {
		level int // 1 for the title, 2 for a numbered section, 3 for a subsection
		text  string
	}
	paragraph string
	bullets   []string
	table     struct {
		header []string
		rows   [][]string
	}
)

// period returns the period of the report: Period, or for a Report made
// without one, its Year.
func (r Report) period() Period {
	if r.Period.IsZero() {
		return r.Year.Period()
	}
	return r.Period
}

// period returns the period of the row: Period, or its Year.
func (t TrendRow) period() Period {
	if t.Period.IsZero() {
		return t.Year.Period()
	}
	return t.Period
}

// maxThemesShown is the number of themes the report prints (the JSON and
// CSV forms have them all).
const maxThemesShown = 10

// blocks lays out r in the order and with the section numbers of the
// council annual report the module reproduces, in l (English or Welsh). In
// Welsh, headings, labels and table cells are Welsh where the catalogue of
// package lang has them, and each sentence is the English sentence, marked,
// as no source gives the Welsh of the report's sentences.
func (r Report) blocks(l lang.Tag) []any {
	var b []any
	add := func(x ...any) { b = append(b, x...) }
	say := func(key, en string) string { return lang.Say(l, key, en) }
	p := r.period()
	period := longDate(p.First()) + " – " + longDate(p.Last())

	switch {
	case l == lang.English && p.Kind == FinancialYear:
		add(heading{1, "Annual report on complaints, comments and compliments " + r.Year.String()})
	case l == lang.English:
		add(heading{1, "Report on complaints, comments and compliments for " + p.Title()})
	case p.Kind == FinancialYear:
		add(heading{1, say("report.annual-report", "Annual report") + " - " + say("report.subject", "Complaints, comments and compliments") + " " + r.Year.String()})
	default:
		add(heading{1, say("report.period-title", "Report on complaints, comments and compliments for "+p.Title())})
	}
	add(paragraph(say("report.period", "Period "+period+". Every figure counts the records received in this period.")))

	add(heading{2, "5 " + say("report.section-5", "How many complaints / comments / compliments were made")})
	add(heading{3, "5.1 " + say("report.comments", "Comments")}, paragraph(say("report.comments-received", plural(r.Comments, "comment")+pick(r.Comments == 1, " was", " were")+" received.")))
	add(heading{3, "5.2 " + say("report.compliments", "Compliments")}, paragraph(say("report.compliments-received", plural(r.Compliments, "compliment")+pick(r.Compliments == 1, " was", " were")+" received.")))
	add(heading{3, "5.3 " + say("report.complaints", "Complaints")}, paragraph(say("report.complaints-received", plural(r.Complaints, "complaint")+pick(r.Complaints == 1, " was", " were")+" received. "+
		plural(r.Stage2, "complaint")+pick(r.Stage2 == 1, " was", " were")+" referred to stage 2 of the complaints procedure for formal investigation.")))

	add(heading{2, "6 " + say("report.section-6", "Stage 1 complaints")})
	s := fmt.Sprintf("Of the %s received, %d %s resolved at stage 1, the local resolution stage.",
		plural(r.Complaints, "complaint"), r.ResolvedStage1, pick(r.ResolvedStage1 == 1, "was", "were"))
	if r.Withdrawn > 0 {
		s += fmt.Sprintf(" %d %s withdrawn before a response.", r.Withdrawn, pick(r.Withdrawn == 1, "was", "were"))
	}
	if r.Open > 0 {
		s += fmt.Sprintf(" %d %s still awaiting a stage 1 response", r.Open, pick(r.Open == 1, "was", "were"))
		if !r.AsOf.IsZero() {
			s += " on " + longDate(r.AsOf)
		}
		s += "."
	}
	add(paragraph(say("report.stage1", s)))
	if len(r.Themes) > 0 {
		add(heading{3, "6.1 " + say("report.themes", "The most common aspects of services complained about were:")})
		add(themeList(l, r.Themes))
	}

	add(heading{2, "7 " + say("report.section-7", "Stage 2 complaints")})
	add(paragraph("7.1 " + say("report.stage2", fmt.Sprintf("%s went to stage 2 of the complaints procedure.", plural(r.Stage2, "complaint")))))
	if len(r.Stage2Complaints) > 0 {
		t := table{header: []string{"", say("column.complaint", "Complaint"), say("column.received", "Received"),
			say("finding.upheld", "Upheld"), say("finding.partially-upheld", "Partially upheld"), say("finding.not-upheld", "Not upheld"),
			say("finding.no-finding", "No finding"), say("column.outcome", "Outcome")}}
		for i, c := range r.Stage2Complaints {
			out := c.Outcome.Title()
			switch {
			case out != "":
				out = say("finding."+string(c.Outcome), out)
			case c.Responded.IsZero():
				out = say("report.not-yet-answered", "not yet answered")
			default:
				out = say("report.no-findings", "no findings recorded")
			}
			t.rows = append(t.rows, []string{fmt.Sprintf("7.1.%d", i+1), c.ID, ukDate(c.Received),
				itoa(c.Elements.Upheld), itoa(c.Elements.PartiallyUpheld), itoa(c.Elements.NotUpheld), itoa(c.Elements.NoFinding), out})
		}
		e := r.Findings.Elements
		t.rows = append(t.rows, []string{say("report.total", "Total"), "", "", itoa(e.Upheld), itoa(e.PartiallyUpheld), itoa(e.NotUpheld), itoa(e.NoFinding), ""})
		add(t)
	}
	c := r.Findings.Complaints
	add(paragraph(say("report.outcomes", fmt.Sprintf("Outcome of the stage 2 complaints with findings: %d upheld, %d partially upheld, %d not upheld, %d with no finding.",
		c.Upheld, c.PartiallyUpheld, c.NotUpheld, c.NoFinding))))

	add(heading{2, "8 " + say("report.section-8", "Ombudsman complaints")})
	if r.Ombudsman == 0 {
		add(paragraph(say("report.ombudsman-none", "We did not receive any requests for information from the Ombudsman about complaints received during this period.")))
	} else {
		add(paragraph(say("report.ombudsman", fmt.Sprintf("The Ombudsman asked for information about %s received during this period.", plural(r.Ombudsman, "complaint")))))
	}

	add(heading{2, "9 " + say("report.section-9", "Complaints made by children and young people")})
	s = fmt.Sprintf("We received %s directly from children and young people.", plural(r.ChildrenAndYoungPeople, "complaint"))
	if r.ChildrenAndYoungPeople > 0 {
		s += fmt.Sprintf(" %d %s resolved at stage 1.", r.ChildrenResolvedStage1, pick(r.ChildrenResolvedStage1 == 1, "was", "were"))
	}
	add(paragraph(say("report.children", s)))
	if len(r.ChildrenThemes) > 0 {
		add(paragraph(say("report.children-themes", "Summary of complaints concerned:")))
		add(themeList(l, r.ChildrenThemes))
	}

	add(heading{2, "10 " + say("report.section-10", "Analysis of complaints")})
	first := say("column.year", "Year")
	if p.Kind != FinancialYear {
		first = say("column.reporting-period", "Period")
	}
	t := table{header: []string{first, say("report.number-complaints", "Number of complaints"),
		say("report.number-stage2", "Number of Stage 2's"), say("report.number-stage3", "Number of Stage 3's")}}
	for i := len(r.Trend) - 1; i >= 0; i-- { // newest first, as council reports print it
		row := r.Trend[i]
		t.rows = append(t.rows, []string{row.period().String(), itoa(row.Complaints), itoa(row.Stage2), itoa(row.Stage3)})
	}
	add(t)

	add(heading{3, "10.2 " + say("report.section-10-2", "Response timescales")})
	add(paragraph(say("report.timescales", "Working days taken from receipt to the stage 1 response, and from the stage 2 request to the stage 2 response, by the procedure the complaint was received under. In time means by the due date, or by the revised date agreed with the complainant.")))
	for _, group := range byRegime(r.Timescales) {
		first := group[0]
		add(paragraph(string(first.Regime) + " (" + lang.Title(l, first.Title) + ", " + say("citation", first.Citation) + "): " + ukDate(first.From) + " – " + ukDate(first.To)))
		t := table{header: []string{say("report.timescales-table", "Social Services Timescales")}}
		for _, ts := range group {
			t.header = append(t.header, say("stage."+itoa(ts.Stage), "Stage "+itoa(ts.Stage)))
		}
		row := func(label string, cell func(ResponseTable) string) {
			cells := []string{label}
			for _, ts := range group {
				cells = append(cells, cell(ts))
			}
			t.rows = append(t.rows, cells)
		}
		for j, b := range first.Bands {
			row(say("report.band", b.Title), func(ts ResponseTable) string { return itoa(ts.Bands[j].Count) })
		}
		row(say("report.total", "Total"), func(ts ResponseTable) string { return itoa(ts.Total) })
		row(say("status.in-time", "In time"), func(ts ResponseTable) string { return say("report.in-time", inTime(ts)) })
		var targets []string
		for _, ts := range group {
			if x := ts.Target; x.Responses > 0 {
				targets = append(targets, fmt.Sprintf("stage %d: %s, %s (%s)", ts.Stage, x.Name, plural(x.WorkingDays, "working day"), x.Source))
			}
		}
		if len(targets) > 0 {
			row(say("report.target-in-time", "In time against the local target"), func(ts ResponseTable) string { return say("report.in-time", targetInTime(ts)) })
		}
		row(say("report.median", "Median working days"), median)
		add(t)
		if len(targets) > 0 {
			add(paragraph(say("report.targets", "Local targets, beside the statutory timescales: "+strings.Join(targets, "; ")+".")))
		}
	}
	if foot := cutoverNote(r.Timescales); foot != "" {
		add(paragraph(say("report.cutover", foot)))
	}

	if len(r.Notes) > 0 {
		add(heading{2, say("report.notes", "Notes on the figures")}, notices(l, r.Notes))
	}
	add(heading{2, say("report.checks", "Consistency checks")})
	if len(r.Warnings) == 0 {
		add(paragraph(say("report.checks-passed", "Every consistency check passed.")))
	} else {
		add(notices(l, r.Warnings))
	}
	return b
}

// themeList lists the themes, as the case file words them, in every
// language.
func themeList(t lang.Tag, ts []ThemeCount) bullets {
	var l bullets
	for i, th := range ts {
		if i == maxThemesShown {
			l = append(l, lang.Say(t, "report.other-aspects", fmt.Sprintf("and %d other %s", len(ts)-i, pick(len(ts)-i == 1, "aspect", "aspects"))))
			break
		}
		l = append(l, fmt.Sprintf("%s (%d)", th.Theme, th.Count))
	}
	return l
}

func notices(t lang.Tag, ns []Notice) bullets {
	l := make(bullets, len(ns))
	for i, n := range ns {
		l[i] = lang.Say(t, "report.notice", n.String())
	}
	return l
}

// byRegime splits the response tables into runs of the same regime, in
// order.
func byRegime(ts []ResponseTable) [][]ResponseTable {
	var out [][]ResponseTable
	for i, t := range ts {
		if i == 0 || t.Regime != ts[i-1].Regime {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], t)
	}
	return out
}

// cutoverNote explains the split of a year between regimes: for each
// regime after the first whose tables the year has, when it started.
func cutoverNote(ts []ResponseTable) string {
	groups := byRegime(ts)
	if len(groups) < 2 {
		return ""
	}
	var parts []string
	for _, g := range groups[1:] {
		parts = append(parts, fmt.Sprintf("the %s procedure and its timescales (%s) started on %s", g[0].Regime, g[0].Citation, longDate(g[0].From)))
	}
	return "* Please note: " + strings.Join(parts, "; ") + ". Each complaint is counted under the procedure in force on the day it was received."
}

func inTime(t ResponseTable) string {
	if t.InTimeShare == nil {
		return "-"
	}
	return fmt.Sprintf("%d of %d (%d%%)", t.InTime, t.Total, int(math.Round(*t.InTimeShare*100)))
}

// targetInTime gives the responses in time against the local target, or
// "-" for a table without one.
func targetInTime(t ResponseTable) string {
	x := t.Target
	if x.Responses == 0 {
		return "-"
	}
	return fmt.Sprintf("%d of %d (%d%%)", x.InTime, x.Responses, int(math.Round(float64(x.InTime)*100/float64(x.Responses))))
}

func median(t ResponseTable) string {
	if t.MedianWorkingDays == nil {
		return "-"
	}
	return strconv.FormatFloat(*t.MedianWorkingDays, 'f', -1, 64)
}

func itoa(n int) string { return strconv.Itoa(n) }

// ukDate writes d as council reports' tables do: 01/08/2014.
func ukDate(d calendar.Date) string {
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
}

// longDate writes d as council reports' prose does: 1 April 2014.
func longDate(d calendar.Date) string {
	return fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year)
}

// WriteText writes r as plain text laid out like a council's annual
// report, with its section numbers and wording (5 counts, 6 stage 1, 7
// stage 2 findings per complaint with totals, 8 Ombudsman, 9 children and
// young people, 10 the year-on-year table, newest year first as such
// reports print it, and 10.2 the response-timescale tables with the band
// titles of the regime table and the period each covers), then the notes
// and the consistency checks.
// Tables are aligned with spaces, one row a line, so that they can be
// pasted into the annual report. It returns the first write error.
func (r Report) WriteText(w io.Writer) error { return r.writeText(w, lang.English) }

// WriteTextIn writes r as WriteText does, in the language t (see package
// lang); WriteTextIn(w, lang.English) writes exactly what WriteText writes.
// In Welsh the title, the headings, the labels and the cells of the tables
// are Welsh where a source gives them (the title is not in capitals, as
// the catalogue's Welsh is written as its source writes it), and the
// sentences are the English ones, marked as untranslated. For
// lang.WelshEnglish the Welsh report comes first, then the English one.
func (r Report) WriteTextIn(w io.Writer, t lang.Tag) error {
	return lang.Write(w, t, func(l lang.Tag) error { return r.writeText(w, l) })
}

func (r Report) writeText(w io.Writer, l lang.Tag) error {
	ew := &errw.Writer{W: w}
	for i, b := range r.blocks(l) {
		if i > 0 {
			ew.Print("\n")
		}
		switch b := b.(type) {
		case heading:
			text := b.text
			if b.level == 1 && l == lang.English {
				text = strings.ToUpper(text)
			}
			ew.Print(text, "\n")
		case paragraph:
			ew.Print(string(b), "\n")
		case bullets:
			for _, item := range b {
				ew.Print("- ", item, "\n")
			}
		case table:
			tw := tabwriter.NewWriter(ew, 0, 8, 2, ' ', 0)
			for _, row := range append([][]string{b.header}, b.rows...) {
				for len(row) > 0 && row[len(row)-1] == "" {
					row = row[:len(row)-1] // no padding at the end of a line
				}
				io.WriteString(tw, strings.Join(row, "\t")+"\n")
			}
			tw.Flush()
		}
	}
	return ew.Err
}

// WriteMarkdown writes r as Markdown (CommonMark with GitHub tables): the
// same sections, wording and tables as WriteText, with headings and pipe
// tables. It returns the first write error.
func (r Report) WriteMarkdown(w io.Writer) error { return r.writeMarkdown(w, lang.English) }

// WriteMarkdownIn writes r as WriteMarkdown does, in the language t, with
// the Welsh of WriteTextIn; for lang.WelshEnglish the Welsh report, a
// thematic break (lang.Separator) and the English report.
func (r Report) WriteMarkdownIn(w io.Writer, t lang.Tag) error {
	return lang.Write(w, t, func(l lang.Tag) error { return r.writeMarkdown(w, l) })
}

func (r Report) writeMarkdown(w io.Writer, l lang.Tag) error {
	ew := &errw.Writer{W: w}
	for i, b := range r.blocks(l) {
		if i > 0 {
			ew.Print("\n")
		}
		switch b := b.(type) {
		case heading:
			ew.Print(strings.Repeat("#", b.level), " ", mdEscape(b.text), "\n")
		case paragraph:
			ew.Print(mdEscape(string(b)), "\n")
		case bullets:
			for _, item := range b {
				ew.Print("- ", mdEscape(item), "\n")
			}
		case table:
			row := func(cells []string) {
				ew.Print("|")
				for _, c := range cells {
					ew.Print(" ", mdEscape(c), " |")
				}
				ew.Print("\n")
			}
			row(b.header)
			ew.Print("|")
			for j := range b.header {
				ew.Print(pick(j > 0 && numeric(b.rows, j), " ---: |", " --- |"))
			}
			ew.Print("\n")
			for _, r := range b.rows {
				row(r)
			}
		}
	}
	return ew.Err
}

// numeric reports whether every non-empty cell of column j starts like a
// figure (a digit or "-"), so that Markdown aligns the column right; a
// figure in English marked as untranslated (lang.Mark) is a figure.
func numeric(rows [][]string, j int) bool {
	for _, r := range rows {
		if j >= len(r) {
			continue
		}
		c := strings.TrimPrefix(r[j], "[en: ")
		if c != "" && !strings.ContainsAny(c[:1], "0123456789-") {
			return false
		}
	}
	return true
}

// mdEscape escapes the characters that would start Markdown markup inside
// the report's text.
func mdEscape(s string) string {
	return mdReplacer.Replace(s)
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, `|`, `\|`, `*`, `\*`, `_`, `\_`, "`", "\\`", `<`, `&lt;`, `[`, `\[`)

// CSVHeader is the header row WriteCSV writes.
var CSVHeader = []string{"section", "year", "regime", "from", "to", "stage", "item", "value"}

// WriteCSV writes r as CSV in long format, one figure a row, under the
// header
//
//	section,year,regime,from,to,stage,item,value
//
// where year is the reporting period the figure counts (the report's year,
// such as 2014-2015, or its half or quarter, such as 2024-H1; for trend
// rows the trend's period), regime, from, to and stage are filled
// for the timescale rows only, and value is a number except for the notes
// and warnings, whose value is the message. The sections, in this order:
//
//   - summary: item comments, compliments, complaints, resolved_stage1,
//     stage2, withdrawn, open, straight_to_stage2, stage2_open, overdue,
//     stage3, ombudsman, children_and_young_people,
//     children_resolved_stage1 (the JSON names);
//   - findings_elements, findings_complaints: item upheld,
//     partially_upheld, not_upheld, no_finding;
//   - stage2_complaint: item "ID finding" (e.g. "C-2014-008 upheld"),
//     the element counts of each listed stage 2 complaint;
//   - timescale: item the band label (0-10, 11-25, 26+, ...), then total,
//     in_time and, when there are responses, median_working_days (which
//     may end in .5), and, when responses had a local target,
//     target_responses and target_in_time;
//   - trend: item complaints, stage2, stage3, one year after another,
//     oldest first;
//   - theme, children_theme: item the theme, value the complaints that
//     raised it, most frequent first;
//   - note, warning: item the code, value the message with the ids.
//
// It returns the first write error.
func (r Report) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	y := r.period().String()
	put := func(section, year, item, value string) {
		cw.Write([]string{section, year, "", "", "", "", item, value})
	}
	for _, f := range [...]struct {
		item string
		n    int
	}{
		{"comments", r.Comments}, {"compliments", r.Compliments}, {"complaints", r.Complaints},
		{"resolved_stage1", r.ResolvedStage1}, {"stage2", r.Stage2}, {"withdrawn", r.Withdrawn}, {"open", r.Open},
		{"straight_to_stage2", r.StraightToStage2}, {"stage2_open", r.Stage2Open}, {"overdue", r.Overdue},
		{"stage3", r.Stage3}, {"ombudsman", r.Ombudsman},
		{"children_and_young_people", r.ChildrenAndYoungPeople}, {"children_resolved_stage1", r.ChildrenResolvedStage1},
	} {
		put("summary", y, f.item, itoa(f.n))
	}
	for _, f := range timescale.AllFindings() {
		put("findings_elements", y, string(f), itoa(r.Findings.Elements.Get(f)))
	}
	for _, f := range timescale.AllFindings() {
		put("findings_complaints", y, string(f), itoa(r.Findings.Complaints.Get(f)))
	}
	for _, c := range r.Stage2Complaints {
		for _, f := range timescale.AllFindings() {
			put("stage2_complaint", y, casefile.SafeCell(c.ID+" "+string(f)), itoa(c.Elements.Get(f)))
		}
	}
	for _, t := range r.Timescales {
		row := func(item, value string) {
			cw.Write([]string{"timescale", y, string(t.Regime), t.From.String(), t.To.String(), itoa(t.Stage), item, value})
		}
		for _, b := range t.Bands {
			row(b.Label, itoa(b.Count))
		}
		row("total", itoa(t.Total))
		row("in_time", itoa(t.InTime))
		if t.MedianWorkingDays != nil {
			row("median_working_days", median(t))
		}
		if t.Target.Responses > 0 {
			row("target_responses", itoa(t.Target.Responses))
			row("target_in_time", itoa(t.Target.InTime))
		}
	}
	for _, t := range r.Trend {
		put("trend", t.period().String(), "complaints", itoa(t.Complaints))
		put("trend", t.period().String(), "stage2", itoa(t.Stage2))
		put("trend", t.period().String(), "stage3", itoa(t.Stage3))
	}
	for _, t := range r.Themes {
		put("theme", y, casefile.SafeCell(t.Theme), itoa(t.Count))
	}
	for _, t := range r.ChildrenThemes {
		put("children_theme", y, casefile.SafeCell(t.Theme), itoa(t.Count))
	}
	for _, n := range r.Notes {
		put("note", y, n.Code, casefile.SafeCell(n.String()))
	}
	for _, n := range r.Warnings {
		put("warning", y, n.Code, casefile.SafeCell(n.String()))
	}
	cw.Flush()
	return cw.Error()
}
