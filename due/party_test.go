package due_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/timescale"
)

// c2013010 is C-2013-010 of the sample case file: a wales-2005 complaint
// whose stage 3 panel was asked for on Monday 30 September 2013 and never
// acknowledged. The acknowledgement was due Wednesday 2 October, and is
// the Assembly's duty, not the council's (SI 2005/3366 reg 24(1)(a)).
func c2013010() timescale.Case {
	return timescale.Case{ID: "C-2013-010", Kind: timescale.Complaint, Received: d("2013-06-20"), Acknowledged: d("2013-06-21"),
		Discussed: d("2013-06-28"), Stage1Response: d("2013-07-09"), Stage2Requested: d("2013-07-24"),
		Stage2ExtendedTo: d("2013-09-12"), Stage2Response: d("2013-09-10"), Stage3Requested: d("2013-09-30")}
}

func TestADeadlineOwedByAnotherPartyIsListedOnlyWhenAllPartiesAreAskedFor(t *testing.T) {
	as := assessed(t, "2015-01-07", c2013010(), complaint("C-2014-016", "2014-12-15"))
	panelAck := due.Item{ID: "C-2013-010", Milestone: timescale.PanelAcknowledged, RuleID: "W05-PANEL-ACK", Due: d("2013-10-02"),
		WorkingDaysLeft: -319, Status: timescale.DeadlineOverdue, OwedBy: timescale.PartyAssembly}
	tests := []struct {
		name       string
		allParties bool
		want       []string // rule ids of C-2013-010 listed
		item       *due.Item
	}{
		{"the council's list leaves out C-2013-010's panel acknowledgement, the Assembly's duty (SI 2005/3366 reg 24(1)(a))",
			false, nil, nil},
		{"a list of all parties holds C-2013-010's panel acknowledgement, overdue and marked as owed by the Assembly (SI 2005/3366 reg 24(1)(a))",
			true, []string{"W05-PANEL-ACK"}, &panelAck},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := due.Of(as, due.Options{AsOf: d("2015-01-07"), Within: 5, AllParties: tt.allParties})
			require.NoError(t, err)
			require.Equal(t, tt.allParties, l.AllParties)
			var got []string
			others := 0
			for _, it := range l.Items {
				if it.ID == "C-2013-010" {
					got = append(got, it.RuleID)
					if tt.item != nil {
						require.Equal(t, *tt.item, it)
					}
				} else {
					others++
					require.Equal(t, timescale.PartyCouncil, it.OwedBy, "%s %s", it.ID, it.RuleID)
				}
			}
			require.Equal(t, tt.want, got)
			require.NotZero(t, others, "the council's own deadlines are listed either way")
		})
	}
}

func TestTheBuilderSelectsADeadlineOwedByAnotherPartyOnlyForAllParties(t *testing.T) {
	a := assessed(t, "2015-01-07", c2013010())[0]
	var ack *timescale.Deadline
	for i := range a.Deadlines {
		if a.Deadlines[i].RuleID == "W05-PANEL-ACK" {
			ack = &a.Deadlines[i]
		}
	}
	require.NotNil(t, ack)
	tests := []struct {
		name       string
		allParties bool
		want       bool
	}{
		{"the council's calendar file leaves out the Assembly's panel acknowledgement (SI 2005/3366 reg 24(1)(a))", false, false},
		{"a calendar file of all parties has the Assembly's panel acknowledgement (SI 2005/3366 reg 24(1)(a))", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := due.NewBuilder(due.Options{AsOf: d("2015-01-07"), Within: 5, AllParties: tt.allParties})
			require.NoError(t, err)
			require.Equal(t, tt.want, b.Selects(ack))
		})
	}
}

func TestEachFormatMarksADeadlineOwedByAnotherPartyAndLeavesTheCouncilsListAsItWas(t *testing.T) {
	as := assessed(t, "2015-01-07", c2013010(), complaint("C-2014-016", "2014-12-15"))
	tests := []struct {
		name       string
		format     due.Format
		allParties bool
		has        []string
		hasNot     []string
	}{
		{"the council's CSV has the nine columns and no panel acknowledgement", due.CSV, false,
			[]string{"id,owner,milestone,rule_id,due,working_days_left,status,revised,provisional\n"}, []string{"owed_by", "W05-PANEL-ACK"}},
		{"the CSV of all parties adds an owed_by column: assembly for the panel acknowledgement, council for the council's", due.CSV, true,
			[]string{",provisional,owed_by\n", "W05-PANEL-ACK,2013-10-02,-319,overdue,false,false,assembly\n", ",council\n"}, nil},
		{"the council's JSON has no owed_by and no all_parties", due.JSON, false, nil, []string{"owed_by", "all_parties", "W05-PANEL-ACK"}},
		{"the JSON of all parties says so and gives owed_by for the Assembly's duty only", due.JSON, true,
			[]string{`"all_parties":true`, `"rule_id":"W05-PANEL-ACK"`, `"owed_by":"assembly"`}, []string{`"owed_by":"council"`}},
		{"the council's text names no other party", due.Text, false, nil, []string{"owed by", "W05-PANEL-ACK"}},
		{"the text of all parties marks the rule with who owes it", due.Text, true,
			[]string{"W05-PANEL-ACK (owed by assembly, not the council)"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := due.Of(as, due.Options{AsOf: d("2015-01-07"), Within: 5, AllParties: tt.allParties})
			require.NoError(t, err)
			var buf bytes.Buffer
			w, err := due.NewWriter(&buf, tt.format)
			require.NoError(t, err)
			require.NoError(t, w.Write(&l))
			for _, s := range tt.has {
				require.Contains(t, buf.String(), s)
			}
			for _, s := range tt.hasNot {
				require.NotContains(t, buf.String(), s)
			}
		})
	}
}

// The total of a text list is the council's: a duty of another party is
// listed, marked, with a list of all parties, but counted apart.
func TestTheTotalOfATextListCountsTheCouncilsDutiesAndOthersApart(t *testing.T) {
	tests := []struct {
		name       string
		cases      []timescale.Case
		allParties bool
		want       string // the last line
	}{
		{"the council's list counts C-2014-016's three deadlines, two of them overdue",
			[]timescale.Case{c2013010(), complaint("C-2014-016", "2014-12-15")}, false,
			"Total: 3 deadlines: 2 overdue, 1 due in the next 5 working days."},
		{"a list of all parties counts C-2013-010's overdue panel acknowledgement apart, the Assembly's duty (SI 2005/3366 reg 24(1)(a)), and not among the council's overdue",
			[]timescale.Case{c2013010(), complaint("C-2014-016", "2014-12-15")}, true,
			"Total: 3 deadlines of the council: 2 overdue, 1 due in the next 5 working days; and 1 owed by others."},
		{"a list of all parties of C-2013-010 alone has no deadline of the council and its panel acknowledgement owed by others (SI 2005/3366 reg 24(1)(a))",
			[]timescale.Case{c2013010()}, true,
			"Total: no deadline of the council; 1 owed by others."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := due.Of(assessed(t, "2015-01-07", tt.cases...), due.Options{AsOf: d("2015-01-07"), Within: 5, AllParties: tt.allParties})
			require.NoError(t, err)
			var buf bytes.Buffer
			w, err := due.NewWriter(&buf, due.Text)
			require.NoError(t, err)
			require.NoError(t, w.Write(&l))
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			require.Equal(t, tt.want, lines[len(lines)-1])
		})
	}
}
