package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestEveryCommandTakesAHolidayFile(t *testing.T) {
	// A bank holiday proclaimed for Monday 16 June 2031, a provisional year.
	extra := writeCases(t, "date,title\n2031-06-16,Bank holiday for a royal wedding\n")
	bad := writeCases(t, "date,title\n2022-09-19\n")
	tests := []struct {
		name string
		args []string
		want result
	}{
		{"without the file, the second working day after Friday 13 June 2031 is Tuesday 17 June",
			[]string{"workdays", "add", "2031-06-13", "2"}, result{Stdout: "2031-06-17\n",
				Stderr: "complaints: workdays add: note: the answer is provisional: holidays after 2028, the last year of the official list, are projected from the standing rules: a one-off bank holiday may still be proclaimed\n"}},
		{"with the proclaimed Monday, it is Wednesday 18 June",
			[]string{"workdays", "add", "2031-06-13", "2", "--holidays", extra}, result{Stdout: "2031-06-18\n",
				Stderr: "complaints: workdays add: note: the answer is provisional: holidays after 2028, the last year of the official list, are projected from the standing rules: a one-off bank holiday may still be proclaimed\n"}},
		{"the holidays command lists the proclaimed day with its title",
			[]string{"holidays", "--from", "2031-06-01", "--to", "2031-06-30", "--holidays", extra, "--format", "csv"}, result{Stdout: "date,name\n2031-06-16,Bank holiday for a royal wedding\n",
				Stderr: "complaints: holidays: note: some dates are provisional: holidays after 2028, the last year of the official list, are projected from the standing rules: a one-off bank holiday may still be proclaimed\n"}},
		{"a file that cannot be read is a problem naming the flag (exit 1)",
			[]string{"workdays", "add", "2031-06-13", "2", "--holidays", bad}, result{Code: 1}},
		{"a file that does not exist is a problem naming the flag (exit 1)",
			[]string{"deadlines", "--received", "2031-06-13", "--holidays", extra + ".missing"}, result{Code: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runAt(aDay, tt.args...)
			if tt.want.Code != 0 {
				if got.Code != tt.want.Code || !strings.Contains(got.Stderr, "--holidays: ") || strings.Count(got.Stderr, "\n") != 1 {
					t.Errorf("complaints %s: exit %d, stderr %q; want exit %d and one line naming --holidays", strings.Join(tt.args, " "), got.Code, got.Stderr, tt.want.Code)
				}
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("complaints %s (-want +got):\n%s", strings.Join(tt.args, " "), diff)
			}
		})
	}
}

func TestImpactListsTheDeadlinesAProclaimedHolidayMoves(t *testing.T) {
	extra := writeCases(t, "date,title\n2031-06-16,Bank holiday for a royal wedding\n")
	cases := writeCases(t, "id,kind,received\nA,complaint,2031-06-13\nB,complaint,2031-03-03\n")
	res := runAt(aDay, "impact", cases, "--holidays", extra, "--as-of", "2031-06-13", "--format", "csv")
	require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
	rows := parseCSV(t, res.Stdout)
	require.Len(t, rows, 5, "a header and the four stage 1 deadlines of A; none of B, whose deadlines fall before the new holiday")
	for _, row := range rows[1:] {
		require.Equal(t, "A", row[0])
		require.Equal(t, "1", row[5], "one working day later")
	}
	none := runAt(aDay, "impact", cases, "--holidays", extra, "--as-of", "2031-06-13")
	require.Contains(t, none.Stdout, "4 deadlines of 1 case move")
	same := writeCases(t, "date,title\n2022-09-19,State Funeral of Queen Elizabeth II\n")
	quiet := runAt(aDay, "impact", cases, "--holidays", same, "--as-of", "2031-06-13")
	require.Equal(t, exitOK, quiet.Code)
	require.Equal(t, 1, strings.Count(quiet.Stdout, "\n"), "one line when nothing moves: %q", quiet.Stdout)
	missing := runAt(aDay, "impact", cases)
	require.Equal(t, exitUsage, missing.Code, "--holidays is required")
}

func TestImpactComparesTheDeadlinesAssessGivesWithTheSameFlags(t *testing.T) {
	extra := writeCases(t, "date,title\n2031-06-16,Bank holiday for a royal wedding\n")
	// Received on Saturday 14 June 2031: the acknowledgement is due on the
	// second working day after it, or after the Monday it is deemed
	// received on.
	saturday := writeCases(t, "id,kind,received,procedure\nA,complaint,2031-06-14,\nB,complaint,2031-06-13,corporate\n")
	policy := writeCases(t, `{"switched_off": ["CORP-ACK"]}`)
	tests := []struct {
		name  string
		flags []string
		want  map[string]string // rule id: its due date before the new holiday
	}{
		{"by default receipt on a Saturday is read as it is", nil,
			map[string]string{"W14-ACK": "2031-06-17", "CORP-ACK": "2031-06-20"}},
		{"--deem-next-working-day counts from the Monday after", []string{"--deem-next-working-day"},
			map[string]string{"W14-ACK": "2031-06-18", "CORP-ACK": "2031-06-20"}},
		{"--policy leaves out the optional rule it switches off", []string{"--policy", policy},
			map[string]string{"W14-ACK": "2031-06-17"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"impact", saturday, "--holidays", extra, "--as-of", "2031-06-14", "--format", "csv"}, tt.flags...)
			res := runAt(aDay, args...)
			require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
			got := map[string]string{}
			for _, row := range parseCSV(t, res.Stdout)[1:] {
				if row[2] == "W14-ACK" || row[2] == "CORP-ACK" {
					got[row[2]] = row[3]
				}
			}
			require.Equal(t, tt.want, got)
		})
	}
}

func TestHolidaysDiffShowsWhatAFileWouldChange(t *testing.T) {
	extra := writeCases(t, "date,title\n2031-06-16,Bank holiday for a royal wedding\n")
	res := runAt(aDay, "holidays", "--diff", extra)
	require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
	require.Contains(t, res.Stdout, "adds      Mon 16 Jun 2031  Bank holiday for a royal wedding")
	js := runAt(aDay, "holidays", "--diff", extra, "--format", "json")
	require.Contains(t, js.Stdout, `"added": [`)
	bad := runAt(aDay, "holidays", "--diff", extra+".missing")
	require.Equal(t, exitData, bad.Code)
}
