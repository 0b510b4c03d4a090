package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// q3Cases is the case file of package returns' tests, whose every measure
// is worked out by hand there.
var q3Cases = filepath.Join("..", "..", "returns", "testdata", "q3.csv")

func TestReturn(t *testing.T) {
	t.Run("return --period 2024-Q3 prints every measure, the procedures included and the definitions", func(t *testing.T) {
		res := runAt(aDay, "return", q3Cases, "--period", "2024-Q3", "--population", "120000")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		require.Empty(t, res.Stderr)
		squashed := strings.Join(strings.Fields(res.Stdout), " ")
		for _, s := range []string{
			"Complaints return for quarter 3 of 2024-2025",
			"Period 1 October 2024 to 31 December 2024, as known on 31 December 2024.",
			"Procedures included: complaint, representation, corporate.",
			"Received 5 Open at the start 5 Closed 7",
			"Closed within 20 working days 3 42.9%",
			"Upheld (in whole or in part) 2 28.6%",
			"Referred to the Ombudsman 1",
			"Received per 1,000 residents 0.04 (population 120000)",
			"Check: 5 open at the start + 5 received - 7 closed = 3 open at the end.",
			"The Ombudsman's own data template and its definitions were not available.",
		} {
			require.Contains(t, squashed, s)
		}
	})
	t.Run("--procedures corporate counts the corporate complaints alone and says how many others it left out", func(t *testing.T) {
		res := runAt(aDay, "return", q3Cases, "--period", "2024-Q3", "--procedures", "corporate", "--format", "json")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		var r struct {
			Procedures []string `json:"procedures"`
			Received   int      `json:"received"`
			Closed     int      `json:"closed"`
			LeftOut    int      `json:"left_out"`
		}
		require.NoError(t, json.Unmarshal([]byte(res.Stdout), &r))
		require.Equal(t, []string{"corporate"}, r.Procedures)
		require.Equal(t, []int{2, 3, 5}, []int{r.Received, r.Closed, r.LeftOut})
	})
	t.Run("the CSV form has one figure a row", func(t *testing.T) {
		res := runAt(aDay, "return", q3Cases, "--period", "2024-Q3", "--format", "csv")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		rows := parseCSV(t, res.Stdout)
		require.Equal(t, []string{"period", "section", "item", "measure", "value"}, rows[0])
		require.Contains(t, rows, []string{"2024-Q3", "summary", "", "closed", "7"})
	})
	t.Run("the half-year 2024-H1 (April to September 2024) is a period too", func(t *testing.T) {
		res := runAt(aDay, "return", q3Cases, "--period", "2024-H1")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		require.Contains(t, res.Stdout, "Complaints return for the first half of 2024-2025\nPeriod 1 April 2024 to 30 September 2024")
	})
	t.Run("a period not yet over is counted up to today", func(t *testing.T) {
		res := runAt(aDay, "return", q3Cases, "--period", "2026-Q3")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		require.Contains(t, res.Stdout, "Period 1 October 2026 to 25 November 2026, as known on 25 November 2026.")
	})
	t.Run("a period not yet begun is refused", func(t *testing.T) {
		res := runAt(aDay, "return", q3Cases, "--period", "2027-Q1")
		require.Equal(t, exitData, res.Code)
		require.Equal(t, "complaints: return: --period: 2027-Q1 begins on 2027-04-01, after 2026-11-25: nothing of it is known yet\n", res.Stderr)
	})
	for _, tt := range []struct {
		name, want string
		args       []string
	}{
		{"--period is required", "--period PERIOD is required", []string{"return", q3Cases}},
		{"a period that is not one is a usage error", `--period: reporting period "2024-Q7": want a quarter`, []string{"return", q3Cases, "--period", "2024-Q7"}},
		{"an unknown procedure is a usage error naming the procedures", `--procedures: "housing" is not a procedure: want complaint, representation or corporate, separated by commas`, []string{"return", q3Cases, "--period", "2024-Q3", "--procedures", "corporate,housing"}},
		{"a population that is not a number of residents is a usage error", `--population: "0" is not a number of residents`, []string{"return", q3Cases, "--period", "2024-Q3", "--population", "0"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := runAt(aDay, tt.args...)
			require.Equal(t, exitUsage, res.Code)
			require.Contains(t, res.Stderr, tt.want)
		})
	}
	t.Run("bad rows are reported and left out, the return is still printed, exit status 1", func(t *testing.T) {
		path := writeCases(t, "id,kind,received,procedure,stage1_response\nA,complaint,2024-10-01,corporate,2024-10-10\nB,complaint,2024-02-30,corporate,\n")
		res := runAt(aDay, "return", path, "--period", "2024-Q3")
		require.Equal(t, exitData, res.Code)
		require.Contains(t, res.Stderr, path+":3: received: ")
		require.Contains(t, res.Stderr, path+": 1 problems: the rows at fault were left out of the return")
		require.Contains(t, strings.Join(strings.Fields(res.Stdout), " "), "Received 1")
	})
	t.Run("a period outside the calendar is a problem of the period", func(t *testing.T) {
		res := runAt(aDay, "return", q3Cases, "--period", "1973-Q3")
		require.Equal(t, exitData, res.Code)
		require.Contains(t, res.Stderr, "complaints: return: --period: ")
	})
}

func TestReturnReadsASpreadsheetExportAsTheOtherCommandsDo(t *testing.T) {
	// A misspelt column beside the known ones: a warning and the figures,
	// or with --strict a problem and no figures.
	path := writeCases(t, "id,kind,received,procedure,stage1_response,Recieved\n"+
		"K-1,complaint,2024-10-01,corporate,2024-10-08,\n")
	res := runAt(aDay, "return", path, "--period", "2024-Q3", "--format", "csv")
	require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
	require.Contains(t, res.Stderr, path+":1: Recieved: warning: unknown column")
	require.Contains(t, res.Stdout, "2024-Q3,")
	strict := runAt(aDay, "return", path, "--period", "2024-Q3", "--format", "csv", "--strict")
	require.Equal(t, exitData, strict.Code, "stdout %q", strict.Stdout)
	require.Contains(t, strict.Stderr, path+":1: Recieved: unknown column")
	require.Empty(t, strict.Stdout, "no figures when not a row could be read")
}
