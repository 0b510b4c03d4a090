package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/page"
)

func TestReportAsHTMLIsThePageOfPackagePage(t *testing.T) {
	f, err := os.Open(samplePath)
	require.NoError(t, err)
	defer f.Close()
	agg, _, err := outcome.ReadCaseFile(f, "cases.csv", assess.Options{AsOf: calendar.NewDate(2015, 12, 31)})
	require.NoError(t, err)
	r, err := agg.Report(outcome.Year{Start: 2014})
	require.NoError(t, err)
	for _, tag := range []lang.Tag{lang.English, lang.Welsh, lang.WelshEnglish} {
		t.Run(string(tag), func(t *testing.T) {
			got := runCLI(t, "", "report", samplePath, "--year", "2014-2015", "--as-of", "2015-12-31", "--format", "html", "--lang", string(tag))
			require.Equal(t, exitOK, got.Code, got.Stderr)
			var want bytes.Buffer
			require.NoError(t, page.WriteReport(&want, &r, tag))
			require.Equal(t, want.String(), got.Stdout)
		})
	}
}
