package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The corporate procedure (psow-model) from the command line: deadlines,
// assess and the social services report.

func TestDeadlinesOfACorporateComplaint(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		fragment []string // each must appear in standard output
		absent   []string // none may appear
	}{
		{
			name: "a corporate complaint received Monday 2 Sep 2024 falls under psow-model, acknowledgement due Monday 9 Sep (CORP-ACK) and stage 1 due Monday 16 Sep (CORP-STAGE1)",
			args: []string{"deadlines", "--procedure", "corporate", "--received", "2024-09-02", "--as-of", "2024-09-02"},
			fragment: []string{"regime psow-model", "CORP-ACK Mon 9 Sep 2024", "CORP-STAGE1 Mon 16 Sep 2024",
				"council procedures under the Ombudsman's model"},
			absent: []string{"W14-", "TIME-LIMIT"},
		},
		{
			name:     "with the date of the matter, the 6-month time limit of the model (CORP-TIME-LIMIT) and the Ombudsman's window (PSOW) are given",
			args:     []string{"deadlines", "--procedure", "corporate", "--received", "2024-09-02", "--matter", "2024-03-04", "--as-of", "2024-09-02"},
			fragment: []string{"CORP-TIME-LIMIT Wed 4 Sep 2024 6 calendar months", "PSOW Mon 3 Mar 2025"},
		},
		{
			name:     "the same dates as a social services complaint (the default procedure) fall under wales-2014",
			args:     []string{"deadlines", "--received", "2024-09-02", "--as-of", "2024-09-02"},
			fragment: []string{"regime wales-2014", "W14-ACK"},
			absent:   []string{"CORP-"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runCLI(t, "", tt.args...)
			require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
			squashed := strings.Join(strings.Fields(res.Stdout), " ") // the table's alignment aside
			for _, f := range tt.fragment {
				require.Contains(t, squashed, f)
			}
			for _, f := range tt.absent {
				require.NotContains(t, res.Stdout, f)
			}
		})
	}

	t.Run("a corporate complaint received before 7 December 2020 is refused: no timescales are encoded for it", func(t *testing.T) {
		res := runCLI(t, "", "deadlines", "--procedure", "corporate", "--received", "2020-12-04", "--as-of", "2020-12-04")
		require.Equal(t, exitData, res.Code)
		require.Contains(t, res.Stderr, "--received: 2020-12-04 is before 7 December 2020, when the first encoded procedure (psow-model")
	})
	t.Run("an unknown procedure is a usage error naming the procedures", func(t *testing.T) {
		res := runCLI(t, "", "deadlines", "--procedure", "housing", "--received", "2024-09-02")
		require.Equal(t, exitUsage, res.Code)
		require.Contains(t, res.Stderr, "want complaint, representation or corporate")
	})
	t.Run("the JSON form names the regime psow-model and its rules", func(t *testing.T) {
		res := runCLI(t, "", "deadlines", "--procedure", "corporate", "--received", "2024-09-02", "--as-of", "2024-09-02", "--format", "json")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		var s struct {
			Regime struct {
				Name string `json:"name"`
			} `json:"regime"`
			Deadlines []struct {
				Deadline struct {
					RuleID string `json:"rule_id"`
				} `json:"deadline"`
			} `json:"deadlines"`
		}
		require.NoError(t, json.Unmarshal([]byte(res.Stdout), &s))
		var ids []string
		for _, d := range s.Deadlines {
			ids = append(ids, d.Deadline.RuleID)
		}
		require.Equal(t, "psow-model", s.Regime.Name)
		require.Equal(t, []string{"CORP-ACK", "CORP-STAGE1"}, ids)
	})
}

// corporateCases is a case file with a social services complaint and two
// corporate complaints beside it.
const corporateCases = `id,kind,received,procedure,acknowledged,stage1_response,stage2_requested,stage2_response,upheld,not_upheld
S-1,complaint,2024-05-01,complaint,2024-05-02,2024-05-20,,,,
K-1,complaint,2024-05-02,corporate,2024-05-03,2024-05-10,,,,
K-2,complaint,2024-09-02,corporate,2024-09-09,2024-09-16,2024-10-07,2024-11-05,1,1
`

func TestAssessAndReportHandleCorporateComplaints(t *testing.T) {
	path := writeCases(t, corporateCases)
	t.Run("assess gives each corporate complaint its psow-model due dates and bands", func(t *testing.T) {
		res := runCLI(t, "", "assess", path, "--as-of", "2025-03-31", "--format", "csv")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		rows := parseCSV(t, res.Stdout)
		require.Len(t, rows, 4)
		byID := map[string][]string{}
		for _, r := range rows[1:] {
			byID[r[0]] = r
		}
		col := func(name string) int {
			for i, c := range rows[0] {
				if c == name {
					return i
				}
			}
			t.Fatalf("no column %s in %v", name, rows[0])
			return -1
		}
		require.Equal(t, "psow-model", byID["K-2"][col("regime")])
		// Stage 1: received Mon 2 Sep 2024, due Mon 16 Sep, answered that day
		// (10 working days, 0-10); stage 2: requested Mon 7 Oct, due Mon 4 Nov,
		// answered Tue 5 Nov (21 working days, 21+, late).
		require.Equal(t, []string{"2024-09-16", "10", "0-10", "true"}, byID["K-2"][col("stage1_due"):col("stage1_due")+4])
		require.Equal(t, []string{"2024-11-04", "21", "21+", "false"}, byID["K-2"][col("stage2_due"):col("stage2_due")+4])
		require.Equal(t, "wales-2014", byID["S-1"][col("regime")])
	})
	t.Run("the social services report counts the one social services complaint and notes the 2 corporate ones left out", func(t *testing.T) {
		res := runCLI(t, "", "report", path, "--year", "2024-2025", "--as-of", "2025-03-31")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		require.Contains(t, res.Stdout, "1 complaint was received.")
		require.Contains(t, res.Stdout, "2 records of other procedures (corporate) were left out: this report counts the procedures complaint and representation only (K-1, K-2)")
		require.False(t, strings.Contains(res.Stdout, "psow-model"), "no psow-model table in the social services report")
	})
}

// dueCorporateCases holds, as of Wednesday 11 September 2024, a corporate
// complaint received Monday 2 September and not acknowledged (K-1): its
// acknowledgement was due Monday 9 September (CORP-ACK, 5 working days:
// 3, 4, 5, 6 and 9 September), overdue by 2 working days, and its stage 1
// response is due Monday 16 September (CORP-STAGE1, 10 working days), 3
// working days ahead; beside it a social services complaint received
// Monday 9 September (S-1) whose acknowledgement is due that Wednesday
// (W14-ACK, SI 2014/1794 reg 15(2): 2 working days). No bank holiday falls
// in September 2024.
const dueCorporateCases = `id,kind,received,procedure,owner
K-1,complaint,2024-09-02,corporate,Corporate team
S-1,complaint,2024-09-09,complaint,Team A
`

func TestDueListsCorporateDeadlinesBesideSocialServicesOnes(t *testing.T) {
	path := writeCases(t, dueCorporateCases)
	tests := []struct {
		name string
		args []string
		want [][]string
	}{
		{"the corporate acknowledgement overdue, the social services one due today and the corporate stage 1 response ahead, by due date",
			[]string{"--as-of", "2024-09-11"},
			[][]string{
				{"id", "owner", "milestone", "rule_id", "due", "working_days_left", "status", "revised", "provisional"},
				{"K-1", "Corporate team", "acknowledgement", "CORP-ACK", "2024-09-09", "-2", "overdue", "false", "false"},
				{"S-1", "Team A", "acknowledgement", "W14-ACK", "2024-09-11", "0", "due-today", "false", "false"},
				{"K-1", "Corporate team", "stage1-response", "CORP-STAGE1", "2024-09-16", "3", "not-yet-due", "false", "false"},
			}},
		{"a policy that switches off the corporate acknowledgement leaves it off the list",
			[]string{"--as-of", "2024-09-11", "--policy", "SWITCHED-OFF"},
			[][]string{
				{"id", "owner", "milestone", "rule_id", "due", "working_days_left", "status", "revised", "provisional"},
				{"S-1", "Team A", "acknowledgement", "W14-ACK", "2024-09-11", "0", "due-today", "false", "false"},
				{"K-1", "Corporate team", "stage1-response", "CORP-STAGE1", "2024-09-16", "3", "not-yet-due", "false", "false"},
			}},
		{"--owner keeps the corporate team's deadlines",
			[]string{"--as-of", "2024-09-11", "--owner", "corporate team"},
			[][]string{
				{"id", "owner", "milestone", "rule_id", "due", "working_days_left", "status", "revised", "provisional"},
				{"K-1", "Corporate team", "acknowledgement", "CORP-ACK", "2024-09-09", "-2", "overdue", "false", "false"},
				{"K-1", "Corporate team", "stage1-response", "CORP-STAGE1", "2024-09-16", "3", "not-yet-due", "false", "false"},
			}},
	}
	off := writePolicy(t, `{"switched_off": ["CORP-ACK"]}`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"due", path, "--format", "csv"}, tt.args...)
			for i, a := range args {
				if a == "SWITCHED-OFF" {
					args[i] = off
				}
			}
			res := runCLI(t, "", args...)
			require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
			require.Equal(t, tt.want, parseCSV(t, res.Stdout))
		})
	}
}
