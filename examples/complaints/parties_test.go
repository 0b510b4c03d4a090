package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The sample file's C-2013-010 asked for a 2005 stage 3 panel on 30
// September 2013 and has no panel acknowledgement: a duty of the National
// Assembly for Wales, later the Welsh Ministers (SI 2005/3366 reg
// 24(1)(a)), not of the council.
func TestDueListsTheSampleFilesPanelAcknowledgementOnlyWithAllParties(t *testing.T) {
	const ack = "C-2013-010,,panel-acknowledgement,W05-PANEL-ACK,2013-10-02,-319,overdue,false,false"
	tests := []struct {
		name  string
		args  []string
		lines []string
	}{
		{"the council's list as of 7 January 2015 leaves out C-2013-010's panel acknowledgement, the Assembly's duty (SI 2005/3366 reg 24(1)(a))",
			nil, []string{
				"id,owner,milestone,rule_id,due,working_days_left,status,revised,provisional",
				"C-2014-016,,stage1-response,W14-STAGE1,2015-01-12,3,not-yet-due,false,false",
			}},
		{"--all-parties lists it, overdue and owed by the Assembly (SI 2005/3366 reg 24(1)(a)), with an owed_by column",
			[]string{"--all-parties"}, []string{
				"id,owner,milestone,rule_id,due,working_days_left,status,revised,provisional,owed_by",
				ack + ",assembly",
				"C-2014-016,,stage1-response,W14-STAGE1,2015-01-12,3,not-yet-due,false,false,council",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runCLI(t, "", append([]string{"due", samplePath, "--as-of", "2015-01-07", "--format", "csv"}, tt.args...)...)
			require.Equal(t, 0, res.Code, "stderr %q", res.Stderr)
			require.Equal(t, strings.Join(tt.lines, "\n")+"\n", res.Stdout)
		})
	}
}

func TestTheDueTextTotalsTheCouncilsDutiesAndCountsOthersApart(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // the last line
	}{
		{"the council's list as of 7 January 2015 totals C-2014-016's stage 1 response alone",
			nil, "Total: 1 deadline: 1 due in the next 5 working days."},
		{"--all-parties counts C-2013-010's overdue panel acknowledgement apart, owed by the Assembly (SI 2005/3366 reg 24(1)(a)), not as the council's overdue",
			[]string{"--all-parties"}, "Total: 1 deadline of the council: 1 due in the next 5 working days; and 1 owed by others."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runCLI(t, "", append([]string{"due", samplePath, "--as-of", "2015-01-07"}, tt.args...)...)
			require.Equal(t, 0, res.Code, "stderr %q", res.Stderr)
			lines := strings.Split(strings.TrimSuffix(res.Stdout, "\n"), "\n")
			require.Equal(t, tt.want, lines[len(lines)-1])
		})
	}
}

func TestTheRulesJSONSaysWhoOwesEachPanelRule(t *testing.T) {
	res := runCLI(t, "", "rules", "--format", "json")
	require.Equal(t, 0, res.Code, "stderr %q", res.Stderr)
	var doc struct {
		Rules []struct {
			ID     string `json:"id"`
			OwedBy string `json:"owed_by"`
		} `json:"rules"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.Stdout), &doc))
	got := map[string]string{}
	for _, r := range doc.Rules {
		got[r.ID] = r.OwedBy
	}
	tests := []struct {
		name, id, want string
	}{
		{"the panel acknowledgement is the Assembly's (SI 2005/3366 reg 24(1)(a))", "W05-PANEL-ACK", "assembly"},
		{"the written statement is the complainant's (SI 2005/3366 reg 24(1)(b))", "W05-PANEL-STATEMENT", "complainant"},
		{"the panel is convened by the Assembly (SI 2005/3366 reg 24(2))", "W05-PANEL-CONVENE", "assembly"},
		{"a council duty has no owed_by member (SI 2014/1794 reg 15(2))", "W14-ACK", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := got[tt.id]
			require.True(t, ok, "rule %s listed", tt.id)
			require.Equal(t, tt.want, v)
		})
	}
}
