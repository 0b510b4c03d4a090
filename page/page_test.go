package page

import (
	"bytes"
	"encoding/xml"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// today is the date of evaluation of the tests' calculators.
var today = calendar.NewDate(2022, 10, 3)

func calculator(t lang.Tag) *Calculator {
	return &Calculator{Today: today, Lang: t, Action: "/"}
}

func render(t testing.TB, p interface{ WriteHTML(io.Writer) error }) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, p.WriteHTML(&b))
	wellFormed(t, b.String())
	return b.String()
}

// wellFormed checks that page parses as XML once its doctype and the void
// elements HTML allows unclosed are accounted for: every element is
// closed, in order, and every attribute quoted.
func wellFormed(t testing.TB, page string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(page))
	d.Strict = false
	d.AutoClose = []string{"meta", "input", "br", "hr", "link", "img"}
	d.Entity = xml.HTMLEntity
	var stack []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch x := tok.(type) {
		case xml.StartElement:
			stack = append(stack, x.Name.Local)
		case xml.EndElement:
			require.NotEmpty(t, stack, "</%s> closes nothing", x.Name.Local)
			require.Equal(t, stack[len(stack)-1], x.Name.Local, "</%s> closes <%s>", x.Name.Local, stack[len(stack)-1])
			stack = stack[:len(stack)-1]
		}
	}
	require.Empty(t, stack, "elements left open")
}

// cellOf returns the cell of date d of the first calendar that has it.
func cellOf(t testing.TB, page, d string) string {
	t.Helper()
	m := regexp.MustCompile(`<td class="[^"]*" data-date="` + d + `">.*?</td>`).FindString(page)
	require.NotEmpty(t, m, "no cell for %s", d)
	return m
}

func TestTheCalculatorDrawsHowEachDateWasCounted(t *testing.T) {
	p := calculator(lang.English).Page(Form{Received: "15/09/2022"})
	require.Empty(t, p.Problems())
	require.NotNil(t, p.Schedule())
	page := render(t, p)
	tests := []struct{ name, date, class, text string }{
		{"reg 15(2): Thursday 15 September, the day of receipt, is the day counted from", "2022-09-15", "start", "the day counted from"},
		{"Friday 16 September is working day 1", "2022-09-16", "counted", `<span class="c" aria-hidden="true">1</span>`},
		{"Saturday 17 September is skipped as a weekend", "2022-09-17", "skipped", "Saturday"},
		{"Monday 19 September is skipped as the State Funeral of Queen Elizabeth II", "2022-09-19", "skipped", "State Funeral of Queen Elizabeth II (bank holiday)"},
		{"the acknowledgement is due on Tuesday 20 September, working day 2, ringed", "2022-09-20", "counted due", "the due date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cellOf(t, page, tt.date)
			require.Contains(t, c, `class="`+tt.class+`"`)
			require.Contains(t, c, tt.text)
		})
	}
	require.Contains(t, page, "<html lang=\"en\">")
	require.Contains(t, page, "<li>Mon 19 Sep 2022: State Funeral of Queen Elizabeth II (bank holiday)</li>")
	require.Contains(t, page, `value="15/09/2022"`, "the form keeps what was typed")
	require.NotContains(t, page, `id="provisional"`)
	require.Contains(t, page, "<caption>September 2022</caption>")
	require.Contains(t, page, "<caption>October 2022</caption>", "the stage 1 response is counted into October")
}

func TestTheCalculatorSaysWhatIsWrongBesideTheField(t *testing.T) {
	tests := []struct {
		name  string
		form  Form
		field string
		code  problem.Code
		say   string
	}{
		{"a date that does not exist", Form{Received: "31/02/2022"}, "received", problem.NotADate, "Enter a real date, for example 15/09/2022 or 2022-09-15"},
		{"text that is not a date", Form{Received: "last Tuesday"}, "received", problem.NotADate, "Enter a real date"},
		{"no date of receipt", Form{Acknowledged: "2022-09-16"}, "received", problem.Required, "Enter the date the complaint was received"},
		{"a date before the first procedure", Form{Received: "2005-06-01"}, "received", problem.BeforeFirstRegime, "began on 1 April 2006: enter a date on or after it"},
		{"a date after 2099", Form{Received: "2100-01-04"}, "received", problem.DateOutOfRange, "Enter a date from 1 January 1974 to 31 December 2099"},
		{"an acknowledgement before receipt", Form{Received: "2022-09-15", Acknowledged: "2022-09-01"}, "acknowledged", problem.EventBeforeReceipt, "Enter a date on or after the date the complaint was received"},
		{"an acknowledgement after today", Form{Received: "2022-09-15", Acknowledged: "2022-12-01"}, "acknowledged", problem.EventInTheFuture, "Enter a date that is not in the future"},
		{"a discussion before the acknowledgement", Form{Received: "2022-09-15", Acknowledged: "2022-09-20", Discussed: "2022-09-19"}, "discussed", problem.EventOutOfOrder, "Enter a date on or after the date of the step before it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := calculator(lang.English).Page(tt.form)
			require.NotEmpty(t, p.Problems())
			require.Equal(t, tt.code, p.Problems()[0].Code, "%+v", p.Problems())
			require.Equal(t, tt.field, p.Problems()[0].Field)
			page := render(t, p)
			id := "f-" + tt.field
			msg := regexp.MustCompile(`<p class="msg" id="` + id + `-error">(.*?)</p>`).FindStringSubmatch(page)
			require.NotNil(t, msg, "no message beside %s", tt.field)
			require.Contains(t, msg[1], tt.say)
			require.Contains(t, page, `aria-describedby="`+id+`-hint `+id+`-error" aria-invalid="true"`)
			require.Contains(t, page, `<a href="#`+id+`">`, "the summary links to the field")
			require.Nil(t, p.Schedule())
		})
	}
}

func TestTheFormKeepsWhatWasTypedAsText(t *testing.T) {
	p := calculator(lang.English).Page(Form{Received: `"><script>alert(1)</script>`, Deem: true})
	page := render(t, p)
	require.NotContains(t, page, "<script>")
	require.Contains(t, page, `value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`)
	require.Contains(t, page, `name="deem" value="on" checked`)
}

func TestAnEmptyFormIsTheFormAlone(t *testing.T) {
	p := calculator(lang.English).Page(Form{})
	require.Empty(t, p.Problems())
	require.Nil(t, p.Schedule())
	page := render(t, p)
	require.NotContains(t, page, `class="summary"`)
	require.NotContains(t, page, `id="deadlines"`)
}

func TestFormOf(t *testing.T) {
	v, err := url.ParseQuery("received=2022-09-15&acknowledged=16%2F09%2F2022&discussed=&stage2_requested=2022-10-01&as_of=2022-10-03&deem=on")
	require.NoError(t, err)
	require.Equal(t, Form{Received: "2022-09-15", Acknowledged: "16/09/2022", Stage2Requested: "2022-10-01", AsOf: "2022-10-03", Deem: true}, FormOf(v))
	for _, q := range []string{"deem=", "deem=false", ""} {
		v, _ := url.ParseQuery(q)
		require.False(t, FormOf(v).Deem, q)
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		param, accept string
		want          lang.Tag
		unknown       bool
	}{
		{"", "", lang.English, false},
		{"", "cy-GB,cy;q=0.9", lang.Welsh, false},
		{"cy+en", "en", lang.WelshEnglish, false},
		{"en", "cy", lang.English, false},
		{"fr", "cy", lang.English, true},
	}
	for _, tt := range tests {
		got, unknown := Language(tt.param, tt.accept)
		require.Equal(t, tt.want, got, "%q %q", tt.param, tt.accept)
		require.Equal(t, tt.unknown, unknown)
	}
}

func TestTheCalculatorInWelsh(t *testing.T) {
	p := calculator(lang.Welsh).Page(Form{Received: "2022-09-15"})
	page := render(t, p)
	require.Contains(t, page, `<html lang="cy">`)
	require.Contains(t, cellOf(t, page, "2022-09-19"), "Angladd Gwladol")
	require.Contains(t, page, "<caption>Medi 2022</caption>")
	require.Contains(t, page, "Dydd Mawrth 20 Medi 2022")
	require.Contains(t, page, `<span lang="en">[en: Date the complaint was received]</span>`, "English no source gives is marked and in English")
	body := page[strings.Index(page, "<body>"):]
	for _, m := range regexp.MustCompile(`\[en: `).FindAllStringIndex(body, -1) {
		if strings.HasSuffix(body[:m[0]], `="`) {
			continue // an attribute, which holds no element
		}
		require.Equal(t, `<span lang="en">`, body[m[0]-16:m[0]], "every mark is in a span lang=en: %s", body[m[0]-40:m[1]+20])
	}
	t.Run("a problem in Welsh, from the catalogue", func(t *testing.T) {
		page := render(t, calculator(lang.Welsh).Page(Form{Received: "31/02/2022"}))
		require.Contains(t, page, "Rhowch ddyddiad dilys")
	})
	t.Run("both languages, the English half in English", func(t *testing.T) {
		page := render(t, calculator(lang.WelshEnglish).Page(Form{Received: "2022-09-15"}))
		require.Contains(t, page, `<html lang="cy">`)
		require.Contains(t, page, `Medi 2022 / <span lang="en">September 2022</span>`)
		require.Contains(t, page, `<span lang="en">Date the complaint was received</span>`)
	})
	t.Run("an unknown language is English with a note", func(t *testing.T) {
		c := calculator(lang.English)
		c.UnknownLanguage = "fr"
		page := render(t, c.Page(Form{}))
		require.Contains(t, page, "This page is not written in the language asked for (fr); it is shown in English.")
	})
}

func TestAProvisionalResultSaysSo(t *testing.T) {
	c := calculator(lang.English)
	c.Today = calendar.NewDate(2035, 1, 1)
	page := render(t, c.Page(Form{Received: "2030-12-20"}))
	require.Contains(t, page, `<p class="warning" id="provisional">Provisional:`)
}

func TestDeemingAndCalendarMonths(t *testing.T) {
	// Received on Saturday 2 August 2014, deemed received on Monday 4
	// August; the matter's time limit is in calendar months.
	c := calculator(lang.English)
	c.Engine = timescale.Engine{}
	c.Today = calendar.NewDate(2014, 9, 1)
	page := render(t, c.Page(Form{Received: "2014-08-02", Deem: true, AsOf: "2014-09-01"}))
	require.Contains(t, page, "Deemed received on the next working day")
	require.Contains(t, cellOf(t, page, "2014-08-04"), `class="start"`)
}

// sampleReport returns the report of 2014-2015 of the sample case file.
func sampleReport(t testing.TB) *outcome.Report {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "examples", "data", "cases.csv"))
	require.NoError(t, err)
	defer f.Close()
	agg, sum, err := outcome.ReadCaseFile(f, "cases.csv", assess.Options{AsOf: calendar.NewDate(2015, 12, 31)})
	require.NoError(t, err)
	require.Empty(t, sum.Problems)
	r, err := agg.Report(outcome.Year{Start: 2014})
	require.NoError(t, err)
	return &r
}

func writeReport(t testing.TB, r *outcome.Report, opt ReportOptions) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, WriteReportPage(&b, r, opt))
	wellFormed(t, b.String())
	return b.String()
}

func TestTheReportPageHasTheTablesOfTheTextReportAndCharts(t *testing.T) {
	r := sampleReport(t)
	page := writeReport(t, r, ReportOptions{})
	require.Contains(t, page, `<html lang="en">`)
	for _, b := range r.Layout(lang.English) {
		switch b.Kind {
		case outcome.TableBlock:
			for _, row := range b.Rows {
				for _, c := range row {
					require.Contains(t, page, ">"+htmlText(c)+"<")
				}
			}
		case outcome.HeadingBlock, outcome.ParagraphBlock:
			require.Contains(t, page, htmlText(b.Text))
		}
	}
	figs := regexp.MustCompile(`<figure id="([^"]+)"`).FindAllStringSubmatch(page, -1)
	require.Len(t, figs, 4, "the bands of wales-2005 and wales-2014, the years, the findings")
	for _, f := range figs {
		id := f[1]
		require.Contains(t, page, `role="img" aria-labelledby="`+id+`-title" aria-describedby="`+id+`-data"`)
		require.Regexp(t, `<title id="`+id+`-title">[^<]+</title>`, page)
		require.Contains(t, page, `<table id="`+id+`-data" class="chart-data">`)
	}
	require.Contains(t, page, "Working days taken to respond, wales-2014")
	require.NotContains(t, page, "http://www.w3.org/1999/xhtml", "no reference to an outside address but the SVG namespace")
	for _, m := range regexp.MustCompile(`(?:src|href)="([^"#][^"]*)"`).FindAllStringSubmatch(page, -1) {
		t.Errorf("the report refers to %s: it must make no request", m[1])
	}
}

// htmlText returns s escaped as html/template escapes text.
func htmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

func TestTheReportPageInWelshAndBoth(t *testing.T) {
	r := sampleReport(t)
	cy := writeReport(t, r, ReportOptions{Lang: lang.Welsh})
	require.Contains(t, cy, `<html lang="cy">`)
	require.Contains(t, cy, "Adroddiad Blynyddol")
	require.Equal(t, 1, strings.Count(cy, `<section class="language"`))
	both := writeReport(t, r, ReportOptions{Lang: lang.WelshEnglish})
	require.Contains(t, both, `<section class="language" lang="cy">`)
	require.Contains(t, both, `<section class="language" lang="en">`)
	require.Less(t, strings.Index(both, `lang="cy">`), strings.Index(both, `<section class="language" lang="en">`), "Welsh first")
	note := writeReport(t, r, ReportOptions{UnknownLanguage: "de"})
	require.Contains(t, note, "(de); it is shown in English.")
}

func TestIdsAndThemesFromACaseFileAreText(t *testing.T) {
	file := "id,kind,received,stage2_requested,stage2_response,upheld,themes\n" +
		"<script>alert(1)</script>,complaint,2014-08-01,2014-08-20,2014-09-20,1,<b>bold</b>\n"
	agg, _, err := outcome.ReadCaseFile(strings.NewReader(file), "x.csv", assess.Options{AsOf: calendar.NewDate(2015, 1, 1)})
	require.NoError(t, err)
	r, err := agg.Report(outcome.Year{Start: 2014})
	require.NoError(t, err)
	page := writeReport(t, &r, ReportOptions{})
	require.NotContains(t, page, "<script>")
	require.NotContains(t, page, "<b>")
	require.Contains(t, page, "&lt;script&gt;alert(1)&lt;/script&gt;")
}

func TestMarked(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain <text>", "plain &lt;text&gt;"},
		{"[en: English] and Cymraeg", `<span lang="en">[en: English]</span> and Cymraeg`},
		{"a [en: mark with [brackets] inside] end", `a <span lang="en">[en: mark with [brackets] inside]</span> end`},
		{"an open [en: mark", "an open [en: mark"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, string(marked(tt.in)), tt.in)
	}
}

func TestNiceStep(t *testing.T) {
	for _, tt := range []struct{ top, want int }{{0, 1}, {5, 1}, {7, 2}, {12, 2}, {13, 5}, {30, 5}, {31, 10}, {250, 50}, {1000000, 200000}} {
		require.Equal(t, tt.want, niceStep(tt.top), "top %d", tt.top)
	}
}

func TestPlain(t *testing.T) {
	require.Equal(t, `Dydd Llun / Monday & "x"`, plain(`Dydd Llun / <span lang="en">Monday</span> &amp; &#34;x&#34;`))
}

func TestWriteRefusal(t *testing.T) {
	tests := []struct {
		name string
		r    Refusal
		want string
	}{
		{"too long", Refusal{TooLong: true, Limit: 4096, Home: "/"}, "at most 4096 characters"},
		{"repeated", Refusal{Repeated: "received", Home: "/"}, "gives received more than once"},
		{"unreadable", Refusal{Unreadable: true, Home: "/"}, "The address cannot be read."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, WriteRefusal(&b, lang.English, tt.r))
			wellFormed(t, b.String())
			require.Contains(t, b.String(), tt.want)
			require.Contains(t, b.String(), `<a href="/">Start again</a>`)
		})
	}
	var b bytes.Buffer
	require.NoError(t, WriteRefusal(&b, lang.Welsh, Refusal{Unreadable: true, Home: "/"}))
	require.Contains(t, b.String(), `<html lang="cy">`)
}
