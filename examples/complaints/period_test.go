package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestReportForAHalfYear(t *testing.T) {
	sample := filepath.Join("..", "data", "cases.csv")
	t.Run("report --period 2014-H2 counts the records received from October 2014 to March 2015, for the committee", func(t *testing.T) {
		res := runCLI(t, "", "report", sample, "--period", "2014-H2", "--as-of", "2015-12-31")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		require.True(t, strings.HasPrefix(res.Stdout, "REPORT ON COMPLAINTS, COMMENTS AND COMPLIMENTS FOR THE SECOND HALF OF 2014-2015\n\nPeriod 1 October 2014 – 31 March 2015."))
		require.Contains(t, res.Stdout, "10 complaints were received.")
	})
	t.Run("report --period 2014-2015 is the annual report", func(t *testing.T) {
		byPeriod := runCLI(t, "", "report", sample, "--period", "2014-2015", "--as-of", "2015-12-31")
		byYear := runCLI(t, "", "report", sample, "--year", "2014-2015", "--as-of", "2015-12-31")
		require.Equal(t, exitOK, byPeriod.Code)
		require.Equal(t, byYear, byPeriod)
	})
	t.Run("a quarter that does not exist is a usage error saying which quarters there are", func(t *testing.T) {
		res := runCLI(t, "", "report", sample, "--period", "2014-Q5")
		require.Equal(t, exitUsage, res.Code)
		require.Equal(t, `complaints: report: --period: reporting period "2014-Q5": want a quarter from Q1 (April to June) to Q4 (January to March) (see complaints report -h)`+"\n", res.Stderr)
	})
	t.Run("a lone calendar year is a usage error saying which reporting years it could be", func(t *testing.T) {
		res := runCLI(t, "", "report", sample, "--year", "2014")
		require.Equal(t, exitUsage, res.Code)
		require.Equal(t, `complaints: report: --year: reporting year "2014": give both calendar years it spans, e.g. 2014-2015 (1 April 2014 to 31 March 2015) or 2013-2014 (see complaints report -h)`+"\n", res.Stderr)
	})
	t.Run("--year and --period together are a usage error", func(t *testing.T) {
		res := runCLI(t, "", "report", sample, "--period", "2014-H1", "--year", "2014-2015")
		require.Equal(t, exitUsage, res.Code)
		require.Contains(t, res.Stderr, "give --year or --period, not both")
	})
	t.Run("a half with no records is a problem naming the halves that have some", func(t *testing.T) {
		res := runCLI(t, "", "report", sample, "--period", "2019-H1", "--as-of", "2015-12-31")
		require.Equal(t, exitData, res.Code)
		require.Contains(t, res.Stderr, "no records received in 2019-H1 (2019-04-01 to 2019-09-30): the records are in 2010-H1, ")
		require.Contains(t, res.Stderr, "(give --period one of those)")
	})
}
