package outcome

import (
	"fmt"
	"strings"

	"github.com/cymru-complaints/statutory/timescale"
)

// A Finding is the finding recorded on one element of a complaint at its
// last stage, or the outcome of a whole complaint derived from its elements
// (SPEC section 5). Its values are the case-file column names.
type Finding string

// The findings (SPEC section 5).
const (
	Upheld          Finding = "upheld"
	PartiallyUpheld Finding = "partially_upheld"
	NotUpheld       Finding = "not_upheld"
	NoFinding       Finding = "no_finding"
)

// findings lists the findings in the order the report prints them.
var findings = [...]Finding{Upheld, PartiallyUpheld, NotUpheld, NoFinding}

// Findings returns the four findings in the order the report prints them:
// upheld, partially_upheld, not_upheld, no_finding.
func Findings() []Finding { return append([]Finding(nil), findings[:]...) }

// Title returns the finding in words for a report, e.g. "partially upheld";
// it returns the value itself for a string that is not a finding.
func (f Finding) Title() string {
	switch f {
	case Upheld:
		return "upheld"
	case PartiallyUpheld:
		return "partially upheld"
	case NotUpheld:
		return "not upheld"
	case NoFinding:
		return "no finding"
	}
	return string(f)
}

// wordings maps the normalised forms ParseFinding accepts to findings.
var wordings = map[string]Finding{
	"upheld":           Upheld,
	"partially upheld": PartiallyUpheld,
	"partly upheld":    PartiallyUpheld,
	"part upheld":      PartiallyUpheld,
	"not upheld":       NotUpheld,
	"no finding":       NoFinding,
	"no findings":      NoFinding,
}

// ParseFinding reads a finding as people write it. It ignores case and
// surrounding white space, and treats spaces, hyphens and underscores
// (and runs of them) alike, so that "Partially upheld", "partially-upheld"
// and "PARTIALLY_UPHELD" all give PartiallyUpheld. Besides the four
// values it accepts "partly upheld" and "part upheld" (PartiallyUpheld) and
// "no findings" (NoFinding). Anything else, "none" and "" included, is an
// error that quotes the input and lists the accepted values: a finding is
// never guessed.
func ParseFinding(s string) (Finding, error) {
	if f, ok := wordings[normaliseFinding(s)]; ok {
		return f, nil
	}
	return "", fmt.Errorf("outcome: %q is not a finding: want upheld, partially_upheld (or partly upheld, part upheld), not_upheld or no_finding (or no findings), in any case, with spaces, hyphens or underscores", s)
}

// normaliseFinding lower-cases s and turns every run of spaces, hyphens
// and underscores into one space, trimming them at either end.
func normaliseFinding(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case ' ', '\t', '-', '_':
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte(' ')
		}
		gap = false
		b.WriteRune(r)
	}
	return b.String()
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseFinding.
func (f *Finding) UnmarshalText(text []byte) error {
	p, err := ParseFinding(string(text))
	if err != nil {
		return err
	}
	*f = p
	return nil
}

// Of returns the outcome of a complaint from the findings on its elements,
// by the rule of SPEC section 5, and reports whether it has one:
//
//   - no element recorded: no outcome (false); such a complaint is not
//     counted among the complaint outcomes;
//   - every element no_finding: NoFinding;
//   - otherwise, leaving the no_finding elements aside: Upheld if every
//     element is upheld, NotUpheld if none is upheld or partially upheld,
//     and PartiallyUpheld otherwise (some upheld and some not, or any
//     element partially upheld).
//
// A count below zero, which timescale.Validate rejects, counts as zero.
func Of(f timescale.Findings) (Finding, bool) {
	up, part, not, none := max(f.Upheld, 0), max(f.PartiallyUpheld, 0), max(f.NotUpheld, 0), max(f.NoFinding, 0)
	switch {
	case up+part+not+none == 0:
		return "", false
	case up+part+not == 0:
		return NoFinding, true
	case part == 0 && not == 0:
		return Upheld, true
	case up == 0 && part == 0:
		return NotUpheld, true
	}
	return PartiallyUpheld, true
}

// FindingCounts counts elements, or complaints, by finding. Its JSON keys
// are the finding values (SPEC section 7).
type FindingCounts struct {
	Upheld          int `json:"upheld"`
	PartiallyUpheld int `json:"partially_upheld"`
	NotUpheld       int `json:"not_upheld"`
	NoFinding       int `json:"no_finding"`
}

// CountsOf returns the element counts of f as FindingCounts; counts below
// zero count as zero.
func CountsOf(f timescale.Findings) FindingCounts {
	return FindingCounts{
		Upheld:          max(f.Upheld, 0),
		PartiallyUpheld: max(f.PartiallyUpheld, 0),
		NotUpheld:       max(f.NotUpheld, 0),
		NoFinding:       max(f.NoFinding, 0),
	}
}

// Get returns the count for finding f (0 for a string that is not a
// finding).
func (c FindingCounts) Get(f Finding) int {
	switch f {
	case Upheld:
		return c.Upheld
	case PartiallyUpheld:
		return c.PartiallyUpheld
	case NotUpheld:
		return c.NotUpheld
	case NoFinding:
		return c.NoFinding
	}
	return 0
}

// Total returns the sum of the four counts.
func (c FindingCounts) Total() int { return c.Upheld + c.PartiallyUpheld + c.NotUpheld + c.NoFinding }

// add adds d to c.
func (c *FindingCounts) add(d FindingCounts) {
	c.Upheld += d.Upheld
	c.PartiallyUpheld += d.PartiallyUpheld
	c.NotUpheld += d.NotUpheld
	c.NoFinding += d.NoFinding
}

// inc adds one to the count of finding f.
func (c *FindingCounts) inc(f Finding) {
	switch f {
	case Upheld:
		c.Upheld++
	case PartiallyUpheld:
		c.PartiallyUpheld++
	case NotUpheld:
		c.NotUpheld++
	case NoFinding:
		c.NoFinding++
	}
}
