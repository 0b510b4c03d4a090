package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// examplePolicy is the example policy file: a local target of 15 working
// days for the stage 1 response of social services complaints.
var examplePolicy = filepath.Join("..", "data", "policy.json")

func writePolicy(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "policy.json")
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

func TestPolicyFlag(t *testing.T) {
	cases := writeCases(t, `id,kind,received,acknowledged,discussed,stage1_response
C-1,complaint,2014-08-01,2014-08-05,2014-08-19,2014-08-27
`)
	t.Run("deadlines lists the local target of 15 working days beside the statutory 17", func(t *testing.T) {
		res := runCLI(t, "", "deadlines", "--received", "2014-08-01", "--as-of", "2014-08-26", "--policy", examplePolicy)
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		require.Contains(t, res.Stdout, "Local targets, beside the statutory due dates (which they do not change):\n"+
			"- stage1-response: stage 1 response, 15 working days (Pembrokeshire County Council, easy-read factsheet on compliments, concerns and complaints: social services complaints, Cam 1): due Fri 22 Aug 2014, overdue by 1 working day; statutory due Wed 27 Aug 2014, not-yet-due\n")
	})
	t.Run("assess gives the local target's due date and, the statutory due date met, the target missed", func(t *testing.T) {
		res := runCLI(t, "", "assess", cases, "--as-of", "2014-12-31", "--policy", examplePolicy, "--format", "csv")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		rows := parseCSV(t, res.Stdout)
		require.Equal(t, []string{"stage1_due", "stage1_working_days", "stage1_band", "stage1_in_time", "stage1_target_due", "stage1_target_met"}, rows[0][3:9])
		require.Equal(t, []string{"2014-08-27", "17", "0-17", "true", "2014-08-22", "false"}, rows[1][3:9])
	})
	t.Run("report adds a line in time against the local target", func(t *testing.T) {
		res := runCLI(t, "", "report", cases, "--as-of", "2014-12-31", "--policy", examplePolicy)
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		require.Contains(t, strings.Join(strings.Fields(res.Stdout), " "), "In time against the local target 0 of 1 (0%) -")
	})
	t.Run("a policy file with errors is refused, one line per problem with its line, exit status 1", func(t *testing.T) {
		bad := writePolicy(t, `{
  "targets": [
    {"procedure": "complaint", "milestone": "stage1-response", "working_days": 0, "name": "x", "source": "y"}
  ],
  "switched_off": ["W14-ACK"]
}
`)
		res := runCLI(t, "", "assess", cases, "--as-of", "2014-12-31", "--policy", bad)
		require.Equal(t, exitData, res.Code)
		require.Equal(t, "", res.Stdout)
		require.Equal(t, bad+":3: targets[0].working_days: 0 working days is not a target: want a whole number from 1 to 250\n"+
			bad+`:5: switched_off[0]: "W14-ACK" is not an optional rule, and only an optional rule can be switched off: want CORP-ACK`+"\n", res.Stderr)
	})
	t.Run("a policy file that cannot be opened is a problem naming the flag", func(t *testing.T) {
		res := runCLI(t, "", "report", cases, "--policy", filepath.Join(t.TempDir(), "none.json"))
		require.Equal(t, exitData, res.Code)
		require.Contains(t, res.Stderr, "complaints: report: --policy: cannot read ")
		require.Contains(t, res.Stderr, "no such file or directory")
	})
	t.Run("a policy that switches off the corporate acknowledgement leaves CORP-ACK out of deadlines", func(t *testing.T) {
		off := writePolicy(t, `{"switched_off": ["CORP-ACK"]}`)
		res := runCLI(t, "", "deadlines", "--procedure", "corporate", "--received", "2024-09-02", "--as-of", "2024-09-02", "--policy", off)
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		require.NotContains(t, res.Stdout, "CORP-ACK")
		require.Contains(t, res.Stdout, "CORP-STAGE1")
	})
}
