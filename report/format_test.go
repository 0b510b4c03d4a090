package report_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/page"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/report"
)

// sampleReport returns the 2014-2015 report of the sample case file, the
// report the module reproduces.
func sampleReport(t testing.TB) *outcome.Report {
	t.Helper()
	f, err := os.Open("../examples/data/cases.csv")
	require.NoError(t, err)
	defer f.Close()
	g, sum, err := outcome.ReadCaseFile(f, "cases.csv", assess.Options{AsOf: calendar.NewDate(2015, time.December, 31)})
	require.NoError(t, err)
	require.Empty(t, sum.Problems, "the sample case file has problems")
	r, err := g.ReportFor(outcome.Year{Start: 2014}.Period())
	require.NoError(t, err)
	return &r
}

func TestFormatsListsEveryFormatInTheOrderOfTheDocumentation(t *testing.T) {
	want := []report.Format{report.Text, report.Markdown, report.CSV, report.JSON, report.HTML}
	if diff := cmp.Diff(want, report.Formats()); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	fs := report.Formats()
	fs[0] = "changed"
	require.Equal(t, report.Text, report.Formats()[0], "Formats returns a copy")
}

func TestParseFormatReadsEveryFormatBackAndRefusesAnyOtherText(t *testing.T) {
	for _, f := range report.Formats() {
		t.Run(string(f)+" reads back", func(t *testing.T) {
			got, err := report.ParseFormat(string(f))
			require.NoError(t, err)
			require.Equal(t, f, got)
		})
	}
	tests := []struct {
		name, s string
	}{
		{"the empty text is refused", ""},
		{"a format in capitals is refused, as the command line refuses it", "TEXT"},
		{"a format with a space is refused", "json "},
		{"a format the report is not written in is refused", "pdf"},
		{"a format of another output is refused", "ics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := report.ParseFormat(tt.s)
			var fe *report.FormatError
			require.ErrorAs(t, err, &fe)
			require.Equal(t, tt.s, fe.Value)
			require.Equal(t, problem.UnknownFormat, problem.CodeOf(err))
			require.Equal(t, `"`+tt.s+`" is not a format of the report: want text, markdown, csv, json or html`, problem.Message(err))
			require.Equal(t, "report: "+problem.Message(err), err.Error())
		})
	}
}

func TestMediaTypeIsTheContentTypeOfAnAnswerInTheFormat(t *testing.T) {
	tests := []struct {
		f    report.Format
		want string
	}{
		{report.Text, "text/plain; charset=utf-8"},
		{report.Markdown, "text/markdown; charset=utf-8"},
		{report.CSV, "text/csv; charset=utf-8; header=present"},
		{report.JSON, "application/json"},
		{report.HTML, "text/html; charset=utf-8"},
		{"pdf", ""},
	}
	for _, tt := range tests {
		t.Run(string(tt.f)+" is "+tt.want, func(t *testing.T) {
			require.Equal(t, tt.want, tt.f.MediaType())
		})
	}
}

func TestWriteWritesWhatTheRenderersOfTheReportWrite(t *testing.T) {
	r := sampleReport(t)
	direct := func(f func(*bytes.Buffer) error) string {
		var b bytes.Buffer
		require.NoError(t, f(&b))
		return b.String()
	}
	tests := []struct {
		name string
		f    report.Format
		t    lang.Tag
		want string
	}{
		{"text is outcome's text", report.Text, lang.English, direct(func(b *bytes.Buffer) error { return r.WriteTextIn(b, lang.English) })},
		{"text in Welsh is outcome's text in Welsh", report.Text, lang.Welsh, direct(func(b *bytes.Buffer) error { return r.WriteTextIn(b, lang.Welsh) })},
		{"markdown in both languages is outcome's Markdown in both", report.Markdown, lang.WelshEnglish, direct(func(b *bytes.Buffer) error { return r.WriteMarkdownIn(b, lang.WelshEnglish) })},
		{"csv is outcome's CSV", report.CSV, lang.English, direct(func(b *bytes.Buffer) error { return r.WriteCSV(b) })},
		{"csv in Welsh is the same data", report.CSV, lang.Welsh, direct(func(b *bytes.Buffer) error { return r.WriteCSV(b) })},
		{"html is the page of package page", report.HTML, lang.Welsh, direct(func(b *bytes.Buffer) error { return page.WriteReport(b, r, lang.Welsh) })},
		{"json is the report marshalled with an indent of two spaces and a newline", report.JSON, lang.English, direct(func(b *bytes.Buffer) error {
			j, err := json.MarshalIndent(r, "", "  ")
			b.Write(append(j, '\n'))
			return err
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, report.Write(&b, r, tt.f, tt.t))
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestTheJSONReadsBackToTheSameReportInEveryLanguage(t *testing.T) {
	r := sampleReport(t)
	for _, tag := range lang.Tags() {
		t.Run(string(tag)+" reads back", func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, report.Write(&b, r, report.JSON, tag))
			var back outcome.Report
			require.NoError(t, json.Unmarshal(b.Bytes(), &back))
			if diff := cmp.Diff(*r, back); diff != "" {
				t.Errorf("(-written +read back)\n%s", diff)
			}
		})
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteReturnsTheErrorOfTheWriterAndRefusesAnUnknownFormat(t *testing.T) {
	r := sampleReport(t)
	for _, f := range report.Formats() {
		t.Run(string(f)+" returns the error of the underlying writer", func(t *testing.T) {
			require.ErrorContains(t, report.Write(failingWriter{}, r, f, lang.English), "disk full")
		})
	}
	t.Run("an unknown format is a FormatError and writes nothing", func(t *testing.T) {
		var b strings.Builder
		err := report.Write(&b, r, "pdf", lang.English)
		var fe *report.FormatError
		require.ErrorAs(t, err, &fe)
		require.Equal(t, "pdf", fe.Value)
		require.Empty(t, b.String())
	})
}
