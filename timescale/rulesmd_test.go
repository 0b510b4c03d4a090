package timescale

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestRulesMarkdownMatchesCommittedRULESmd fails when RULES.md at the root
// of the module drifts from the rule table in the code. To refresh it, run
// go run ./examples/complaints rules --format markdown > RULES.md
func TestRulesMarkdownMatchesCommittedRULESmd(t *testing.T) {
	committed, err := os.ReadFile("../RULES.md")
	require.NoError(t, err, "RULES.md must be committed at the root of the module")
	var buf bytes.Buffer
	require.NoError(t, WriteRulesMarkdown(&buf))
	if diff := cmp.Diff(string(committed), buf.String()); diff != "" {
		t.Errorf("RULES.md is out of date with the rule table (-committed +code):\n%s\nRegenerate it: go run ./examples/complaints rules --format markdown > RULES.md", diff)
	}
}

func TestRulesTextListsEveryRule(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteRulesText(&buf))
	for _, r := range Rules() {
		if !bytes.Contains(buf.Bytes(), []byte(r.ID)) || !bytes.Contains(buf.Bytes(), []byte(r.Citation)) {
			t.Errorf("rules text lacks %s or its citation %q:\n%s", r.ID, r.Citation, buf.String())
		}
	}
}

// TestEverySourceIsInLAWmd fails when a rule, a regime or a reading of the
// transition cites a text that LAW.md, the list of every source read, does
// not list, or lists on another day.
func TestEverySourceIsInLAWmd(t *testing.T) {
	law, err := os.ReadFile("../LAW.md")
	require.NoError(t, err, "LAW.md must be committed at the root of the module")
	check := func(who string, sources []Source) {
		for _, s := range sources {
			t.Run(who+" cites "+s.Provision+", which LAW.md lists", func(t *testing.T) {
				if !bytes.Contains(law, []byte(s.URL)) {
					t.Errorf("LAW.md does not list %s (%s)", s.URL, s.Provision)
				}
				if s.Read != readOn {
					t.Errorf("%s was read on %s, but LAW.md gives every source as read on %s", s.URL, s.Read, readOn)
				}
			})
		}
	}
	for _, r := range Rules() {
		check(r.ID, r.Sources)
	}
	for _, g := range Regimes() {
		check(string(g.Name), g.Sources)
		for _, p := range g.Transitions {
			check(string(p.Name), p.Sources)
		}
	}
	if !bytes.Contains(law, []byte("read "+readOn.String())) {
		t.Errorf("LAW.md does not say its sources were read on %s", readOn)
	}
}
