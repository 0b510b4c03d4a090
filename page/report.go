package page

import (
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/timescale"
)

// ReportOptions says how WriteReportPage writes a report.
type ReportOptions struct {
	// Lang is the language of the report: English (the default), Welsh, or
	// both, the Welsh report first and then the English.
	Lang lang.Tag
	// UnknownLanguage, when not empty, is a language asked for that the
	// report is not written in: the page says so, in English.
	UnknownLanguage string
}

// WriteReport writes r as one self-contained HTML document in t: the
// same headings, sentences and tables as the text report
// (outcome.Report.WriteTextIn, through outcome.Report.Layout), then the
// charts: the response-time bands of each regime, the year-on-year counts
// and the stage 2 findings by element, each a figure with its title, axis
// labels, patterned bars with their values, and the table it draws as its
// text alternative. The style sheet and the charts are in the document,
// which makes no request of its own and prints on A4. It returns the first
// error of w.
func WriteReport(w io.Writer, r *outcome.Report, t lang.Tag) error {
	return WriteReportPage(w, r, ReportOptions{Lang: t})
}

// WriteReportPage writes r as WriteReport does, with the options opt.
func WriteReportPage(w io.Writer, r *outcome.Report, opt ReportOptions) error {
	return reportTemplate.Execute(w, reportData(r, opt))
}

// A block is one block of the report as the template writes it.
type block struct {
	Kind   outcome.BlockKind
	Level  int
	Text   template.HTML
	Items  []template.HTML
	Header []cellView
	Rows   [][]cellView
}

// A cellView is one cell of a table.
type cellView struct {
	Text    template.HTML
	Numeric bool
	Empty   bool
}

// A figure is one chart with its table.
type figure struct {
	ID         string
	Title      template.HTML
	SVG        template.HTML
	TableTitle template.HTML
	Header     []template.HTML
	Rows       [][]template.HTML
}

// A languageSection is the report in one language.
type languageSection struct {
	Lang          string
	Blocks        []block
	ChartsHeading template.HTML
	Figures       []figure
}

// reportPage is what the report template is executed with.
type reportPage struct {
	Lang     string
	Title    string
	LangNote string
	Sections []languageSection
	Versions string
}

func reportData(r *outcome.Report, opt ReportOptions) *reportPage {
	top := newWords(opt.Lang)
	p := &reportPage{Lang: top.htmlLang(), LangNote: "", Versions: strings.Join(r.CalendarVersions, ", ")}
	if opt.UnknownLanguage != "" {
		p.LangNote = "This page is not written in the language asked for (" + opt.UnknownLanguage + "); it is shown in English."
	}
	for i, l := range top.t.Languages() {
		wd := newWords(l)
		sec := languageSection{Lang: wd.htmlLang()}
		for _, b := range r.Layout(l) {
			sec.Blocks = append(sec.Blocks, blockOf(wd, b))
			if i == 0 && b.Kind == outcome.HeadingBlock && b.Level == 1 && p.Title == "" {
				p.Title = b.Text
			}
		}
		sec.ChartsHeading = wd.say("page.charts", "Charts")
		sec.Figures = figures(wd, r, "c"+strconv.Itoa(i+1))
		p.Sections = append(p.Sections, sec)
	}
	return p
}

// blockOf returns the block b of a layout in the language of wd.
func blockOf(wd words, b outcome.Block) block {
	v := block{Kind: b.Kind, Level: b.Level, Text: wd.text(b.Text)}
	if b.Kind == outcome.HeadingBlock {
		v.Level = min(max(b.Level, 1), 4)
	}
	for _, item := range b.Items {
		v.Items = append(v.Items, wd.text(item))
	}
	for j, h := range b.Header {
		v.Header = append(v.Header, cellView{Text: wd.text(h), Empty: h == "", Numeric: j > 0 && numeric(b.Rows, j)})
	}
	for _, row := range b.Rows {
		cells := make([]cellView, len(row))
		for j, c := range row {
			cells[j] = cellView{Text: wd.text(c), Empty: c == "", Numeric: j > 0 && numeric(b.Rows, j)}
		}
		v.Rows = append(v.Rows, cells)
	}
	return v
}

// numeric reports whether every cell of column j that is not empty starts
// with a figure, so that the column is aligned right.
func numeric(rows [][]string, j int) bool {
	for _, r := range rows {
		if j >= len(r) || r[j] == "" {
			continue
		}
		c := strings.TrimPrefix(r[j], "[en: ")
		if !strings.ContainsAny(c[:1], "0123456789-") {
			return false
		}
	}
	return true
}

// figures returns the charts of r in the language of wd, their ids
// prefixed with prefix.
func figures(wd words, r *outcome.Report, prefix string) []figure {
	single := lang.English
	if wd.t != lang.English {
		single = lang.Welsh
	}
	say := func(key, en string) string { return lang.Say(single, key, en) }
	var out []figure
	add := func(c barChart, title template.HTML) {
		c.ID = prefix + "-" + strconv.Itoa(len(out)+1)
		f := figure{ID: c.ID, Title: title, SVG: c.svg(c.ID + "-data"), TableTitle: wd.say("page.chart-data", "The figures the chart draws")}
		f.Header = append(f.Header, wd.text(c.XLabel))
		for _, s := range c.Series {
			f.Header = append(f.Header, wd.text(s.Name))
		}
		for j, cat := range c.Categories {
			row := []template.HTML{wd.text(cat)}
			for _, s := range c.Series {
				row = append(row, template.HTML(strconv.Itoa(s.Values[j])))
			}
			f.Rows = append(f.Rows, row)
		}
		out = append(out, f)
	}

	// The response-time bands of each regime: one bar per stage.
	for _, group := range byRegime(r.Timescales) {
		first := group[0]
		c := barChart{XLabel: say("page.axis-working-days", "Working days taken"), YLabel: say("page.axis-responses", "Number of responses")}
		for _, b := range first.Bands {
			c.Categories = append(c.Categories, b.Label)
		}
		for _, ts := range group {
			s := series{Name: say("stage."+strconv.Itoa(ts.Stage), "Stage "+strconv.Itoa(ts.Stage))}
			for _, b := range ts.Bands {
				s.Values = append(s.Values, b.Count)
			}
			c.Series = append(c.Series, s)
		}
		en := "Working days taken to respond, " + string(first.Regime)
		c.Title = lang.Sayf(single, "page.chart-bands", en, string(first.Regime))
		add(c, wd.sayf("page.chart-bands", en, string(first.Regime)))
	}

	// The year-on-year counts, oldest first.
	c := barChart{XLabel: say("column.year", "Year"), YLabel: say("report.number-complaints", "Number of complaints"),
		Series: []series{{Name: say("report.number-complaints", "Number of complaints")}, {Name: say("report.number-stage2", "Number of Stage 2's")}}}
	stage3 := false
	for _, row := range r.Trend {
		stage3 = stage3 || row.Stage3 > 0
	}
	if stage3 {
		c.Series = append(c.Series, series{Name: say("report.number-stage3", "Number of Stage 3's")})
	}
	for _, row := range r.Trend {
		c.Categories = append(c.Categories, row.Year.String())
		c.Series[0].Values = append(c.Series[0].Values, row.Complaints)
		c.Series[1].Values = append(c.Series[1].Values, row.Stage2)
		if stage3 {
			c.Series[2].Values = append(c.Series[2].Values, row.Stage3)
		}
	}
	c.Title = say("page.chart-trend", "Complaints year on year")
	add(c, wd.say("page.chart-trend", "Complaints year on year"))

	// The stage 2 findings by element.
	c = barChart{XLabel: say("page.axis-finding", "Finding"), YLabel: say("page.axis-elements", "Number of elements"),
		Series: []series{{Name: say("page.axis-elements", "Number of elements")}}}
	for _, f := range timescale.AllFindings() {
		c.Categories = append(c.Categories, say("finding."+string(f), f.Title()))
		c.Series[0].Values = append(c.Series[0].Values, r.Findings.Elements.Get(f))
	}
	c.Title = say("page.chart-findings", "Stage 2 findings by element")
	add(c, wd.say("page.chart-findings", "Stage 2 findings by element"))
	return out
}

// byRegime splits the response tables into runs of the same regime, in
// order.
func byRegime(ts []outcome.ResponseTable) [][]outcome.ResponseTable {
	var out [][]outcome.ResponseTable
	for i, t := range ts {
		if i == 0 || t.Regime != ts[i-1].Regime {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], t)
	}
	return out
}
