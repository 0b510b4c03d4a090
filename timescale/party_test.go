package timescale_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

func TestEachRuleIsOwedByThePartyItsCitedTextNames(t *testing.T) {
	tests := []struct {
		name string
		id   string
		want timescale.Party
	}{
		{"the 2005 panel request is acknowledged by the Assembly, not the council (SI 2005/3366 reg 24(1)(a): the Assembly must acknowledge it)",
			"W05-PANEL-ACK", timescale.PartyAssembly},
		{"the 2005 written statement is the complainant's period, not a council duty (SI 2005/3366 reg 24(1)(b): the Assembly asks the complainant for it)",
			"W05-PANEL-STATEMENT", timescale.PartyComplainant},
		{"the 2005 panel is convened by the Assembly, not the council (SI 2005/3366 reg 24(2): the Assembly must convene it)",
			"W05-PANEL-CONVENE", timescale.PartyAssembly},
		{"the 2005 stage 2 response is the council's (SI 2005/3366 reg 20(2), (3))", "W05-STAGE2", timescale.PartyCouncil},
		{"the 2014 acknowledgement is the council's (SI 2014/1794 reg 15(2))", "W14-ACK", timescale.PartyCouncil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := timescale.RuleByID(tt.id)
			require.True(t, ok, "rule %s", tt.id)
			require.Equal(t, tt.want, r.OwedBy)
		})
	}
}

func TestOnlyThe2005PanelRulesAreOwedByAPartyOtherThanTheCouncil(t *testing.T) {
	// The other rules are the council's: the zero Party.
	var others []string
	for _, r := range timescale.Rules() {
		if !r.OwedBy.IsCouncil() {
			others = append(others, r.ID)
		}
	}
	require.Equal(t, []string{"W05-PANEL-ACK", "W05-PANEL-STATEMENT", "W05-PANEL-CONVENE"}, others)
}

func TestADeadlineCarriesThePartyOfItsRule(t *testing.T) {
	// C-2013-010 of the sample case file: a wales-2005 complaint whose
	// panel was asked for on 30 September 2013; the acknowledgement is the
	// Assembly's (SI 2005/3366 reg 24(1)(a)).
	c := timescale.Case{ID: "C-2013-010", Kind: timescale.Complaint, Received: d("2013-06-20"), Acknowledged: d("2013-06-21"),
		Discussed: d("2013-06-28"), Stage1Response: d("2013-07-09"), Stage2Requested: d("2013-07-24"),
		Stage2ExtendedTo: d("2013-09-12"), Stage2Response: d("2013-09-10"), Stage3Requested: d("2013-09-30")}
	a, err := timescale.Evaluate(c, d("2015-01-07"))
	require.NoError(t, err)
	got := map[string]timescale.Party{}
	for _, dl := range a.Deadlines {
		got[dl.RuleID] = dl.OwedBy
	}
	require.Equal(t, timescale.PartyAssembly, got["W05-PANEL-ACK"])
	require.Equal(t, timescale.PartyCouncil, got["W05-STAGE2"])
}

func TestAPartyMarshalsToItsTextAndBack(t *testing.T) {
	tests := []struct {
		name  string
		party timescale.Party
		json  string
	}{
		{"the council is written council", timescale.PartyCouncil, `"council"`},
		{"the National Assembly for Wales (later the Welsh Ministers) is written assembly", timescale.PartyAssembly, `"assembly"`},
		{"the complainant is written complainant", timescale.PartyComplainant, `"complainant"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.party)
			require.NoError(t, err)
			require.Equal(t, tt.json, string(b))
			var back timescale.Party
			require.NoError(t, json.Unmarshal(b, &back))
			if diff := cmp.Diff(tt.party, back); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestARuleOwedByTheCouncilHasNoOwedByInItsJSONAndAnotherPartysRuleHasIt(t *testing.T) {
	tests := []struct {
		name string
		id   string
		want string // the owed_by member, or "" for none
	}{
		{"the 2014 acknowledgement, the council's, has none", "W14-ACK", ""},
		{"the 2005 panel acknowledgement names the Assembly (SI 2005/3366 reg 24(1)(a))", "W05-PANEL-ACK", "assembly"},
		{"the 2005 written statement names the complainant (SI 2005/3366 reg 24(1)(b))", "W05-PANEL-STATEMENT", "complainant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := timescale.RuleByID(tt.id)
			b, err := json.Marshal(r)
			require.NoError(t, err)
			var m map[string]any
			require.NoError(t, json.Unmarshal(b, &m))
			got, _ := m["owed_by"].(string)
			require.Equal(t, tt.want, got)
			var back timescale.Rule
			require.NoError(t, json.Unmarshal(b, &back))
			if diff := cmp.Diff(r, back); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTextThatIsNotAPartyIsAValueError(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"the empty text is not a party", ""},
		{"a party in capitals is not accepted", "Council"},
		{"the Welsh Ministers are written assembly, as the 2005 text names them", "welsh-ministers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p timescale.Party
			err := p.UnmarshalText([]byte(tt.text))
			var ve *timescale.ValueError
			require.True(t, errors.As(err, &ve), "error %v", err)
			require.Equal(t, "owed_by", ve.Field)
			require.Equal(t, problem.UnknownValue, problem.CodeOf(err))
			require.Equal(t, timescale.PartyCouncil, p, "left unchanged")
		})
	}
}

func TestAValueThatIsNotAPartyHasNoTextForm(t *testing.T) {
	p := timescale.Party(9)
	_, err := p.MarshalText()
	require.Equal(t, problem.UnknownValue, problem.CodeOf(err))
	require.Equal(t, "Party(9)", p.String())
	require.Equal(t, "Party(9)", p.Label())
	require.Equal(t, "the complainant", timescale.PartyComplainant.Label())
}

func FuzzPartyUnmarshalText(f *testing.F) {
	for _, s := range []string{"council", "assembly", "complainant", "", "Council", " assembly"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var p timescale.Party
		if err := p.UnmarshalText([]byte(s)); err != nil {
			if problem.CodeOf(err) != problem.UnknownValue {
				t.Fatalf("UnmarshalText(%q): code %q", s, problem.CodeOf(err))
			}
			return
		}
		b, err := p.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("UnmarshalText(%q) then MarshalText = %q, %v", s, b, err)
		}
	})
}

func TestTheRuleTableListsTheRulesNotOwedByTheCouncil(t *testing.T) {
	tests := []struct {
		name  string
		write func(w *strings.Builder) error
		lines []string
	}{
		{"the markdown (RULES.md) names the Assembly and the complainant (SI 2005/3366 reg 24)",
			func(w *strings.Builder) error { return timescale.WriteRulesMarkdown(w) }, []string{
				"## Who owes the duty\n",
				"- `W05-PANEL-ACK`: the National Assembly for Wales (later the Welsh Ministers)\n" +
					"- `W05-PANEL-STATEMENT`: the complainant\n" +
					"- `W05-PANEL-CONVENE`: the National Assembly for Wales (later the Welsh Ministers)\n",
			}},
		{"the text names the Assembly and the complainant (SI 2005/3366 reg 24)",
			func(w *strings.Builder) error { return timescale.WriteRulesText(w) }, []string{
				"- W05-PANEL-ACK: the National Assembly for Wales (later the Welsh Ministers)\n" +
					"- W05-PANEL-STATEMENT: the complainant\n" +
					"- W05-PANEL-CONVENE: the National Assembly for Wales (later the Welsh Ministers)\n",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			require.NoError(t, tt.write(&b))
			for _, l := range tt.lines {
				require.Contains(t, b.String(), l)
			}
		})
	}
}
