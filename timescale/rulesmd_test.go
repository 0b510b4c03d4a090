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
