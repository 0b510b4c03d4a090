package main

import (
	"encoding/json"

	"github.com/cymru-complaints/statutory/timescale"
)

const rulesUsage = `Usage:
  complaints rules [--format text|markdown|json]

Prints the rule table: every statutory timescale with its id, regime,
stage, milestone, start, period, citation and basis (regulation, guidance,
practice or assumed), the citation and basis for children's
representations, what was read for it (provision, address, date read and
a paraphrase), the readings of the transition between regimes, and how
many rules rest on an assumption. The markdown format is the text of
RULES.md:

  go run ./examples/complaints rules --format markdown > RULES.md

Flags:
  --format FMT   text (default), markdown or json ({regimes, rules,
                 rest_on_assumption})
  --lang LANG    en (default), cy or cy+en: the text or markdown in
                 English, in Welsh or both
`

func runRules(e *env, args []string) error {
	fs := e.newFlagSet("rules")
	format := formatFlag("text", "markdown", "json")
	fs.Var(format, "format", "output format")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := argCount(pos, ""); err != nil {
		return err
	}
	switch format.value {
	case "markdown":
		return timescale.WriteRulesMarkdownIn(e.stdout, e.lang.Tag)
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Regimes []timescale.RegimeInfo `json:"regimes"`
			Rules   []timescale.Rule       `json:"rules"`
			// RestOnAssumption lists the ids of the rules with the basis
			// assumed, for complaints or for representations.
			RestOnAssumption []string `json:"rest_on_assumption"`
		}{timescale.Regimes(), timescale.Rules(), timescale.Assumed()})
	default:
		return timescale.WriteRulesTextIn(e.stdout, e.lang.Tag)
	}
}
