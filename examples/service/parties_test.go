package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The sample file's C-2013-010 has an open 2005 panel acknowledgement,
// the duty of the National Assembly for Wales, later the Welsh Ministers,
// not of the council (SI 2005/3366 reg 24(1)(a)).
func TestTheDueListOfTheServiceHasThePanelAcknowledgementOnlyForAllParties(t *testing.T) {
	h := testServer(t)
	tests := []struct {
		name   string
		target string
		accept string
		has    []string
		hasNot []string
	}{
		{"the council's list leaves it out (SI 2005/3366 reg 24(1)(a))", "/v1/due?as_of=2015-01-07", "text/csv",
			[]string{"W14-STAGE1"}, []string{"W05-PANEL-ACK", "owed_by"}},
		{"all_parties=true lists it with owed_by assembly (SI 2005/3366 reg 24(1)(a))", "/v1/due?as_of=2015-01-07&all_parties=true", "text/csv",
			[]string{",owed_by\n", "W05-PANEL-ACK,2013-10-02,-319,overdue,false,false,assembly"}, nil},
		{"the council's calendar file has no event for it (SI 2005/3366 reg 24(1)(a))", "/v1/due?as_of=2015-01-07", "text/calendar",
			nil, []string{"W05-PANEL-ACK", "Owed by"}},
		{"the calendar file of all parties says who owes it (SI 2005/3366 reg 24(1)(a))", "/v1/due?as_of=2015-01-07&all_parties=true", "text/calendar",
			[]string{"W05-PANEL-ACK", "Owed by: the National Assembly for Wales"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := do(t, h, req{method: "POST", target: tt.target, body: sample(t), accept: tt.accept})
			require.Equal(t, 200, got.Status, got.Body)
			body := strings.ReplaceAll(got.Body, "\r\n ", "") // unfold calendar lines
			for _, s := range tt.has {
				require.Contains(t, body, s)
			}
			for _, s := range tt.hasNot {
				require.NotContains(t, body, s)
			}
		})
	}
}

func TestAllPartiesThatIsNotTrueOrFalseIsRefused(t *testing.T) {
	got := do(t, testServer(t), req{method: "POST", target: "/v1/due?as_of=2015-01-07&all_parties=maybe", body: sample(t), accept: "text/csv"})
	require.Equal(t, 400, got.Status, got.Body)
	require.Contains(t, got.Body, "all_parties")
}
