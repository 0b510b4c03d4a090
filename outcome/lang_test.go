package outcome

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/internal/langcheck"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/timescale"
)

// languageRenderers are the report's renderings for people, with and
// without a language.
var languageRenderers = []struct {
	name string
	en   func(Report, io.Writer) error
	in   func(Report, io.Writer, lang.Tag) error
}{
	{"text", func(r Report, b io.Writer) error { return r.WriteText(b) }, func(r Report, b io.Writer, t lang.Tag) error { return r.WriteTextIn(b, t) }},
	{"markdown", func(r Report, b io.Writer) error { return r.WriteMarkdown(b) }, func(r Report, b io.Writer, t lang.Tag) error { return r.WriteMarkdownIn(b, t) }},
}

func TestReportInEnglishIsTheEnglishReport(t *testing.T) {
	for _, year := range []string{"2013-2014", "2014-2015"} {
		r := sampleReport(t, year)
		for _, f := range languageRenderers {
			t.Run(year+" "+f.name, func(t *testing.T) {
				var want, got bytes.Buffer
				if err := f.en(r, &want); err != nil {
					t.Fatal(err)
				}
				if err := f.in(r, &got, lang.English); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Errorf("the English report in a language differs from the English report")
				}
			})
		}
	}
}

// reportData are the words of r that name things or are the council's
// own (case ids, themes, regime names): the same in every language.
func reportData(r Report) []string {
	var data []string
	for _, th := range append(append([]ThemeCount(nil), r.Themes...), r.ChildrenThemes...) {
		data = append(data, th.Theme)
	}
	for _, c := range r.Stage2Complaints {
		data = append(data, c.ID)
	}
	for _, ts := range r.Timescales {
		data = append(data, string(ts.Regime))
	}
	return data
}

// TestWelshReportHasNoUnsourcedWords renders the sample reports in Welsh
// and checks that every word is Welsh of the catalogue, marked English, or
// the council's data.
func TestWelshReportHasNoUnsourcedWords(t *testing.T) {
	for _, year := range []string{"2013-2014", "2014-2015"} {
		r := sampleReport(t, year)
		for _, f := range languageRenderers {
			t.Run(year+" "+f.name, func(t *testing.T) {
				var b bytes.Buffer
				if err := f.in(r, &b, lang.Welsh); err != nil {
					t.Fatal(err)
				}
				if left := langcheck.Leftover(b.String(), reportData(r)...); len(left) > 0 {
					t.Errorf("words neither sourced nor marked: %q", left)
				}
			})
		}
	}
}

// TestWelshReportCoversEveryBranch renders reports whose figures take the
// branches the sample does not (open and withdrawn complaints, the
// Ombudsman, a complaint not yet answered, warnings) and checks them as
// TestWelshReportHasNoUnsourcedWords does.
func TestWelshReportCoversEveryBranch(t *testing.T) {
	r := sampleReport(t, "2014-2015")
	r.Withdrawn, r.Open, r.Ombudsman = 1, 2, 3
	r.Warnings = []Notice{{Code: "balance", Message: "the classes do not add up"}}
	r.Stage2Complaints = append(r.Stage2Complaints, Stage2Complaint{ID: "C-X"}, Stage2Complaint{ID: "C-Y", Responded: r.Year.First()})
	var b bytes.Buffer
	if err := r.WriteTextIn(&b, lang.Welsh); err != nil {
		t.Fatal(err)
	}
	if left := langcheck.Leftover(b.String(), reportData(r)...); len(left) > 0 {
		t.Errorf("words neither sourced nor marked: %q in\n%s", left, b.String())
	}
	for _, want := range []string{"[en: not yet answered]", "[en: no findings recorded]", "[en: The Ombudsman asked for information about 3 complaints", "- [en: the classes do not add up]"} {
		if !bytes.Contains(b.Bytes(), []byte(want)) {
			t.Errorf("no %q", want)
		}
	}
}

func TestBilingualReportIsWelshThenEnglish(t *testing.T) {
	r := sampleReport(t, "2014-2015")
	for _, f := range languageRenderers {
		t.Run(f.name, func(t *testing.T) {
			var cy, en, both bytes.Buffer
			if err := f.in(r, &cy, lang.Welsh); err != nil {
				t.Fatal(err)
			}
			if err := f.en(r, &en); err != nil {
				t.Fatal(err)
			}
			if err := f.in(r, &both, lang.WelshEnglish); err != nil {
				t.Fatal(err)
			}
			if want := cy.String() + lang.Separator + en.String(); both.String() != want {
				t.Error("the bilingual report is not the Welsh report, the separator and the English report")
			}
		})
	}
}

func TestReportInALanguageReturnsTheWriteError(t *testing.T) {
	r := sampleReport(t, "2014-2015")
	boom := errors.New("disk full")
	for _, f := range languageRenderers {
		for _, tag := range lang.Tags() {
			var b bytes.Buffer
			if err := f.in(r, &b, tag); err != nil {
				t.Fatal(err)
			}
			for n := 0; n < b.Len(); n += 997 {
				if err := f.in(r, &limitWriter{n: n, err: boom}, tag); !errors.Is(err, boom) {
					t.Fatalf("%s %s, failing after %d bytes: error %v", f.name, tag, n, err)
				}
			}
		}
	}
}

type limitWriter struct {
	n   int
	err error
}

func (w *limitWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		n := w.n
		w.n = 0
		return n, w.err
	}
	w.n -= len(p)
	return len(p), nil
}

func TestEveryFindingHasACatalogueEntry(t *testing.T) {
	for _, f := range timescale.AllFindings() {
		if _, ok := lang.Lookup("finding." + string(f)); !ok {
			t.Errorf("no catalogue entry finding.%s", f)
		}
	}
}

// TestWelshPeriodReportWithALocalTargetIsSourcedOrMarked renders, in Welsh,
// the half-yearly report of the sample case file read with a local target:
// its title, the heading of its trend table by half, the line in time
// against the local target and the sentence naming the targets have no
// Welsh source and are marked; the periods of the trend table (2014-H2)
// are names, written as the --period flag takes them.
func TestWelshPeriodReportWithALocalTargetIsSourcedOrMarked(t *testing.T) {
	f, err := os.Open(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	target := timescale.LocalTarget{Procedure: timescale.ComplaintProcedure, Milestone: timescale.Stage1Response, WorkingDays: 15,
		Name: "stage 1 response", Source: "a council's complaints policy"}
	opt := assess.Options{AsOf: day(t, "2015-12-31"), Engine: timescale.Engine{Policy: timescale.Policy{Targets: []timescale.LocalTarget{target}}}}
	g, _, err := ReadCaseFile(f, "cases.csv", opt)
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParsePeriod("2014-H2")
	if err != nil {
		t.Fatal(err)
	}
	r, err := g.PeriodReport(p)
	if err != nil {
		t.Fatal(err)
	}
	data := reportData(r)
	for _, row := range r.Trend {
		data = append(data, row.period().String())
	}
	for _, f := range languageRenderers {
		t.Run(f.name, func(t *testing.T) {
			var cy, en bytes.Buffer
			if err := f.in(r, &cy, lang.Welsh); err != nil {
				t.Fatal(err)
			}
			if err := f.en(r, &en); err != nil {
				t.Fatal(err)
			}
			if left := langcheck.Leftover(cy.String(), data...); len(left) > 0 {
				t.Errorf("words neither sourced nor marked: %q in\n%s", left, cy.String())
			}
			for _, want := range []string{
				"[en: Report on complaints, comments and compliments for the second half of 2014-2015]",
				"[en: Period]",
				"[en: In time against the local target]",
				"[en: Local targets, beside the statutory timescales: stage 1: stage 1 response, 15 working days (a council's complaints policy).]",
			} {
				if !strings.Contains(cy.String(), want) {
					t.Errorf("no %q in the Welsh", want)
				}
			}
			for _, want := range []string{
				"Report on complaints, comments and compliments for the second half of 2014-2015",
				"In time against the local target",
			} {
				// The text form writes the title in capitals.
				if !strings.Contains(strings.ToLower(en.String()), strings.ToLower(want)) || strings.Contains(en.String(), "[en: ") {
					t.Errorf("the English has no %q, or has a mark", want)
				}
			}
		})
	}
}
