package outcome

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/timescale"
)

var update = flag.Bool("update", false, "rewrite the golden report files in testdata")

// TestGoldenRenderings pins the text and Markdown reports of the sample
// data to files in testdata, which a reviewer reads as the report an
// officer would paste. Run with -update after an intended change.
func TestGoldenRenderings(t *testing.T) {
	for _, year := range []string{"2013-2014", "2014-2015"} {
		r := sampleReport(t, year)
		for _, f := range []struct {
			ext   string
			write func(Report, *bytes.Buffer) error
		}{
			{"txt", func(r Report, b *bytes.Buffer) error { return r.WriteText(b) }},
			{"md", func(r Report, b *bytes.Buffer) error { return r.WriteMarkdown(b) }},
			{"csv", func(r Report, b *bytes.Buffer) error { return r.WriteCSV(b) }},
			{"cy.txt", func(r Report, b *bytes.Buffer) error { return r.WriteTextIn(b, lang.Welsh) }},
			{"cy.md", func(r Report, b *bytes.Buffer) error { return r.WriteMarkdownIn(b, lang.Welsh) }},
		} {
			name := filepath.Join("testdata", "report-"+year+"."+f.ext)
			t.Run(name, func(t *testing.T) {
				var b bytes.Buffer
				require.NoError(t, f.write(r, &b))
				if *update {
					require.NoError(t, os.WriteFile(name, b.Bytes(), 0o644))
				}
				want, err := os.ReadFile(name)
				require.NoError(t, err, "run go test -update to create it")
				if diff := cmp.Diff(string(want), b.String()); diff != "" {
					t.Errorf("%s (-want +got):\n%s", name, diff)
				}
			})
		}
	}
}

// TestTextLaysOutThePublishedTables checks the text report for the lines
// an officer compares with the published 2014-15 report, so that a
// golden-file update cannot silently lose them.
func TestTextLaysOutThePublishedTables(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, sampleReport(t, "2014-2015").WriteText(&b))
	text := b.String()
	for _, want := range []string{
		"5.1 Comments\n\n11 comments were received.",
		"5.2 Compliments\n\n21 compliments were received.",
		"20 complaints were received. 4 complaints were referred to stage 2",
		"Of the 20 complaints received, 16 were resolved at stage 1",
		"7.1.1  C-2014-003  08/05/2014  0       0                 4           0           not upheld\n",
		"Total                          11      12                14          3\n",
		"We did not receive any requests for information from the Ombudsman",
		"We received 2 complaints directly from children and young people.",
		"2013-2014  32                    3                    1\n",
		": 01/04/2014 – 31/07/2014\n",
		"Up to 10 working days       5             0\n",
		"11 – 25 working days        0             0\n",
		"25+ working days            1             1\n",
		": 01/08/2014 – 31/03/2015\n",
		"Up to 17 working days       8              0\n",
		"18 - 25 working days        3              0\n",
		"26+ working days            1              3\n",
		"Total                       12             3\n",
		"Median working days         15             38\n",
		"Every consistency check passed.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the text report lacks %q", want)
		}
	}
	for i, line := range strings.Split(text, "\n") {
		if strings.HasSuffix(line, " ") {
			t.Errorf("line %d ends in a space: %q", i+1, line)
		}
	}
}

func TestJSONShape(t *testing.T) {
	b, err := json.Marshal(sampleReport(t, "2014-2015"))
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(b, &got))

	// The command-line contract: `complaints report --format json` has at
	// least these keys.
	for _, k := range []string{"year", "comments", "compliments", "complaints", "resolved_stage1", "stage2", "stage3",
		"ombudsman", "children_and_young_people", "findings", "timescales", "trend", "warnings"} {
		if _, ok := got[k]; !ok {
			t.Errorf("the JSON report lacks %q", k)
		}
	}
	if diff := cmp.Diff("2014-2015", got["year"]); diff != "" {
		t.Errorf("year (-want +got):\n%s", diff)
	}
	wantFindings := map[string]any{
		"elements":   map[string]any{"upheld": 11.0, "partially_upheld": 12.0, "not_upheld": 14.0, "no_finding": 3.0},
		"complaints": map[string]any{"upheld": 0.0, "partially_upheld": 3.0, "not_upheld": 1.0, "no_finding": 0.0},
	}
	if diff := cmp.Diff(wantFindings, got["findings"]); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	ts := got["timescales"].([]any)[2].(map[string]any)
	for _, k := range []string{"regime", "from", "to", "stage", "bands", "total"} {
		if _, ok := ts[k]; !ok {
			t.Errorf("a timescale lacks %q", k)
		}
	}
	if diff := cmp.Diff(map[string]any{"label": "0-17", "title": "Up to 17 working days", "count": 8.0}, ts["bands"].([]any)[0]); diff != "" {
		t.Errorf("first wales-2014 stage 1 band (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]any{"year": "2010-2011", "period": "2010-2011", "complaints": 28.0, "stage2": 2.0, "stage3": 0.0}, got["trend"].([]any)[0]); diff != "" {
		t.Errorf("oldest trend row (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]any{}, got["warnings"]); diff != "" {
		t.Errorf("warnings are an empty list, not null (-want +got):\n%s", diff)
	}
}

func TestJSONOfATableWithoutResponsesHasNulls(t *testing.T) {
	b, err := json.Marshal(ResponseTable{Regime: timescale.Wales2014, Stage: 2, Bands: []BandCount{}, OmbudsmanBands: []BandCount{}})
	require.NoError(t, err)
	want := `{"regime":"wales-2014","title":"","citation":"","from":"","to":"","stage":2,"bands":[],"total":0,"ombudsman_bands":[],"in_time":0,"in_time_share":null,"median_working_days":null}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

func TestCSVIsLongFormat(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, sampleReport(t, "2014-2015").WriteCSV(&b))
	rows, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	if diff := cmp.Diff(CSVHeader, rows[0]); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	for _, want := range [][]string{
		{"summary", "2014-2015", "", "", "", "", "complaints", "20"},
		{"findings_elements", "2014-2015", "", "", "", "", "partially-upheld", "12"},
		{"findings_complaints", "2014-2015", "", "", "", "", "not-upheld", "1"},
		{"stage2_complaint", "2014-2015", "", "", "", "", "C-2014-019 no-finding", "3"},
		{"timescale", "2014-2015", "wales-2005", "2014-04-01", "2014-07-31", "1", "26+", "1"},
		{"timescale", "2014-2015", "wales-2014", "2014-08-01", "2015-03-31", "1", "median_working_days", "15"},
		{"trend", "2013-2014", "", "", "", "", "stage3", "1"},
		{"theme", "2014-2015", "", "", "", "", "Communication", "8"},
		{"children_theme", "2014-2015", "", "", "", "", "More contact with siblings", "1"},
	} {
		if !slices.ContainsFunc(rows, func(r []string) bool { return slices.Equal(r, want) }) {
			t.Errorf("the CSV lacks the row %q", want)
		}
	}
}

func TestRenderingsShowWarningsAndNotes(t *testing.T) {
	g := NewAggregator()
	evaluated(t, g, timescale.Case{ID: "c|1", Kind: timescale.Complaint, Received: day(t, "2014-10-01"),
		Stage1Response: day(t, "2014-10-08"), Findings: timescale.Findings{Upheld: 1}}, "2015-12-31")
	evaluated(t, g, timescale.Case{ID: "c2", Kind: timescale.Complaint, Received: day(t, "2014-10-01"),
		Stage2Requested: day(t, "2014-10-01")}, "2014-10-02")
	evaluated(t, g, timescale.Case{ID: "c3", Kind: timescale.Complaint, Received: day(t, "2014-10-01"),
		Withdrawn: day(t, "2014-10-02")}, "2014-10-02")
	evaluated(t, g, timescale.Case{ID: "c4", Kind: timescale.Complaint, Received: day(t, "2014-10-01"),
		Complainant: "child", Ombudsman: day(t, "2014-12-01")}, "2014-10-02")
	r := report(t, g, 2014)

	var text, md, cs bytes.Buffer
	require.NoError(t, r.WriteText(&text))
	require.NoError(t, r.WriteMarkdown(&md))
	require.NoError(t, r.WriteCSV(&cs))
	for _, want := range []string{
		"1 was withdrawn before a response. 1 was still awaiting a stage 1 response on 31 December 2015.",
		"The Ombudsman asked for information about 1 complaint received during this period.",
		"We received 1 complaint directly from children and young people. 0 were resolved at stage 1.",
		"7.1.1  c2", "not yet answered",
		"Notes on the figures\n\n- 1 complaint went straight to stage 2",
		"Consistency checks\n\n- 1 complaint has element findings but no stage 2 request",
		"In time                     1 of 1 (100%)  -",
		"Median working days         5              -",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the text report lacks %q:\n%s", want, text.String())
		}
	}
	for _, want := range []string{
		"# Annual report on complaints, comments and compliments 2014-2015\n",
		"## Consistency checks\n\n- 1 complaint has element findings but no stage 2 request: they are left out of the stage 2 findings (c\\|1)\n",
		"| 7.1.1 | c2 | 01/10/2014 |",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("the Markdown report lacks %q", want)
		}
	}
	if !strings.Contains(cs.String(), "warning,2014-2015,,,,,findings-without-stage2,") {
		t.Errorf("the CSV lacks the warning:\n%s", cs.String())
	}
}

func TestStage2ComplaintOutcomesInText(t *testing.T) {
	g := NewAggregator()
	evaluated(t, g, timescale.Case{ID: "c1", Kind: timescale.Complaint, Received: day(t, "2014-10-01"),
		Stage2Requested: day(t, "2014-10-01"), Stage2Response: day(t, "2014-10-08")}, "2015-12-31")
	var b bytes.Buffer
	require.NoError(t, report(t, g, 2014).WriteText(&b))
	if !strings.Contains(b.String(), "no findings recorded") {
		t.Errorf("an answered stage 2 without findings is not shown as such:\n%s", b.String())
	}
}

func TestManyThemesAreCutShort(t *testing.T) {
	got := themeList(lang.English, []ThemeCount{{"a", 9}, {"b", 8}, {"c", 7}, {"d", 6}, {"e", 5}, {"f", 4}, {"g", 3}, {"h", 2}, {"i", 1}, {"j", 1}, {"k", 1}})
	if diff := cmp.Diff("and 1 other aspect", got[len(got)-1]); diff != "" {
		t.Errorf("last item (-want +got):\n%s", diff)
	}
}

// failingWriter fails after n bytes.
type failingWriter struct{ n int }

var errFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errFull
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteErrorsAreReturned(t *testing.T) {
	r := sampleReport(t, "2014-2015")
	for _, tt := range []struct {
		name  string
		write func(*failingWriter) error
	}{
		{"WriteText returns the write error", func(w *failingWriter) error { return r.WriteText(w) }},
		{"WriteMarkdown returns the write error", func(w *failingWriter) error { return r.WriteMarkdown(w) }},
		{"WriteCSV returns the write error", func(w *failingWriter) error { return r.WriteCSV(w) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, n := range []int{0, 100, 2000} {
				if err := tt.write(&failingWriter{n: n}); !errors.Is(err, errFull) {
					t.Errorf("after %d bytes: error %v, want %v", n, err, errFull)
				}
			}
		})
	}
}

func TestCSVWritesFreeTextThatLooksLikeAFormulaAsText(t *testing.T) {
	g := NewAggregator()
	evaluated(t, g, timescale.Case{ID: "=C1", Kind: timescale.Complaint, Received: day(t, "2014-10-01"), Complainant: "child",
		Stage1Response: day(t, "2014-10-08"), Stage2Requested: day(t, "2014-10-09"), Stage2Response: day(t, "2014-11-03"),
		Findings: timescale.Findings{Upheld: 1}, Themes: []string{"=HYPERLINK(\"x\")", "-1", "Staff"}}, "2015-12-31")
	var b bytes.Buffer
	require.NoError(t, report(t, g, 2014).WriteCSV(&b))
	rows, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	tests := []struct {
		name string
		want []string
	}{
		{"a theme that begins with '=' gets an apostrophe", []string{"theme", "2014-2015", "", "", "", "", `'=HYPERLINK("x")`, "1"}},
		{"a children's theme that begins with '=' gets an apostrophe", []string{"children_theme", "2014-2015", "", "", "", "", `'=HYPERLINK("x")`, "1"}},
		{"a theme that is a number is written as it is", []string{"theme", "2014-2015", "", "", "", "", "-1", "1"}},
		{"a theme of words is written as it is", []string{"theme", "2014-2015", "", "", "", "", "Staff", "1"}},
		{"the id of a stage 2 complaint that begins with '=' gets an apostrophe", []string{"stage2_complaint", "2014-2015", "", "", "", "", "'=C1 upheld", "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !slices.ContainsFunc(rows, func(r []string) bool { return slices.Equal(r, tt.want) }) {
				t.Errorf("the CSV lacks the row %q:\n%q", tt.want, rows)
			}
		})
	}
}
