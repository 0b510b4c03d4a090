package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// goldenRuns are the command lines whose whole output (exit status,
// standard error, standard output) is kept in testdata/golden, as the
// commands wrote it before assess and report were made faster: the sample
// case file, and testdata/mixed.csv, a part of the benchmarks' file with
// bad rows, duplicate ids, warnings and quoted cells put in. They hold the
// faster code to the same bytes in every format.
var goldenRuns = []struct {
	name string
	args []string
}{
	{"sample-assess-csv", []string{"assess", "../data/cases.csv", "--as-of", "2016-12-31", "--format", "csv"}},
	{"sample-assess-json", []string{"assess", "../data/cases.csv", "--as-of", "2016-12-31", "--format", "json"}},
	{"sample-assess-text", []string{"assess", "../data/cases.csv", "--as-of", "2016-12-31", "--format", "text"}},
	{"sample-assess-text-cyen", []string{"assess", "../data/cases.csv", "--as-of", "2015-06-30", "--format", "text", "--lang", "cy+en"}},
	{"sample-assess-policy-csv", []string{"assess", "../data/cases.csv", "--as-of", "2016-12-31", "--format", "csv", "--policy", "../data/policy.json"}},
	{"sample-report-json", []string{"report", "../data/cases.csv", "--as-of", "2016-12-31", "--format", "json"}},
	{"sample-report-text", []string{"report", "../data/cases.csv", "--as-of", "2016-12-31", "--format", "text"}},
	{"sample-report-html", []string{"report", "../data/cases.csv", "--as-of", "2016-12-31", "--format", "html"}},
	{"mixed-assess-csv", []string{"assess", "testdata/mixed.csv", "--as-of", "2016-12-31", "--format", "csv"}},
	{"mixed-assess-json", []string{"assess", "testdata/mixed.csv", "--as-of", "2016-12-31", "--format", "json"}},
	{"mixed-assess-text", []string{"assess", "testdata/mixed.csv", "--as-of", "2016-12-31", "--format", "text"}},
	{"mixed-assess-owner-csv", []string{"assess", "testdata/mixed.csv", "--as-of", "2015-03-31", "--format", "csv", "--owner", "  tîm de "}},
	{"mixed-assess-deem-json", []string{"assess", "testdata/mixed.csv", "--as-of", "2016-12-31", "--format", "json", "--deem-next-working-day", "--policy", "../data/policy.json"}},
	{"mixed-report-json", []string{"report", "testdata/mixed.csv", "--as-of", "2016-12-31", "--year", "2014-2015", "--format", "json"}},
	{"mixed-report-text", []string{"report", "testdata/mixed.csv", "--as-of", "2016-12-31", "--year", "2014-2015", "--format", "text"}},
	{"mixed-report-html", []string{"report", "testdata/mixed.csv", "--as-of", "2016-12-31", "--year", "2014-2015", "--format", "html"}},
}

func TestAssessAndReportWriteTheSameBytesAsBefore(t *testing.T) {
	for _, run := range goldenRuns {
		t.Run(run.name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join("testdata", "golden", run.name+".golden"))
			require.NoError(t, err)
			res := runCLI(t, "", run.args...)
			got := fmt.Sprintf("exit %d\n--- stderr\n%s--- stdout\n%s", res.Code, res.Stderr, res.Stdout)
			if got != string(want) {
				// The first line that differs, not two long outputs.
				require.Equal(t, string(want), got, "complaints %q", run.args)
			}
		})
	}
}
