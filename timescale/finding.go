package timescale

import (
	"strings"
)

// A Finding is the finding recorded on one element of a complaint at its
// last stage, or the outcome of a whole complaint derived from the findings
// on its elements (Findings.Outcome).
type Finding string

// The findings.
const (
	Upheld          Finding = "upheld"
	PartiallyUpheld Finding = "partially-upheld"
	NotUpheld       Finding = "not-upheld"
	NoFinding       Finding = "no-finding"
)

// findingTable lists the findings in the order reports print them, each
// with its title and the case-file column that counts it.
var findingTable = [...]struct {
	f      Finding
	title  string
	column string
	count  func(*Findings) *int
}{
	{Upheld, "upheld", "upheld", func(f *Findings) *int { return &f.Upheld }},
	{PartiallyUpheld, "partially upheld", "partially_upheld", func(f *Findings) *int { return &f.PartiallyUpheld }},
	{NotUpheld, "not upheld", "not_upheld", func(f *Findings) *int { return &f.NotUpheld }},
	{NoFinding, "no finding", "no_finding", func(f *Findings) *int { return &f.NoFinding }},
}

// AllFindings returns the four findings in the order reports print them:
// upheld, partially-upheld, not-upheld, no-finding.
func AllFindings() []Finding {
	out := make([]Finding, len(findingTable))
	for i, x := range findingTable {
		out[i] = x.f
	}
	return out
}

// findingIndex returns the position of f in findingTable, or -1.
func findingIndex(f Finding) int {
	for i, x := range findingTable {
		if x.f == f {
			return i
		}
	}
	return -1
}

// Title returns the finding in words for a report, e.g. "partially upheld";
// it returns the value itself for a string that is not a finding.
func (f Finding) Title() string {
	if i := findingIndex(f); i >= 0 {
		return findingTable[i].title
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
// "no findings" (NoFinding). Anything else, "none" and "" included, is a
// *ValueError that quotes the input and lists the accepted values: a
// finding is never guessed.
func ParseFinding(s string) (Finding, error) {
	if f, ok := wordings[normaliseFinding(s)]; ok {
		return f, nil
	}
	return "", &ValueError{Field: "finding", Value: s, Want: []string{
		"upheld", "partially-upheld (or partly upheld, part upheld)", "not-upheld", "no-finding (or no findings)",
	}, Note: "in any case, with spaces, hyphens or underscores"}
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

// MarshalText implements encoding.TextMarshaler. The empty Finding (no
// outcome) marshals as empty text; a string that is not a finding is an
// error.
func (f Finding) MarshalText() ([]byte, error) {
	if f != "" && findingIndex(f) < 0 {
		return nil, &ValueError{Field: "finding", Value: string(f), Want: []string{"upheld", "partially-upheld", "not-upheld", "no-finding"}}
	}
	return []byte(f), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseFinding;
// empty text gives the empty Finding.
func (f *Finding) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*f = ""
		return nil
	}
	p, err := ParseFinding(string(text))
	if err != nil {
		return err
	}
	*f = p
	return nil
}

// Findings counts elements of a complaint, or complaints, by finding. For
// one complaint it holds the number of elements with each finding at the
// complaint's last stage.
type Findings struct {
	Upheld          int `json:"upheld"`
	PartiallyUpheld int `json:"partially_upheld"`
	NotUpheld       int `json:"not_upheld"`
	NoFinding       int `json:"no_finding"`
}

// Get returns the count for finding x (0 for a string that is not a
// finding).
func (f Findings) Get(x Finding) int {
	if i := findingIndex(x); i >= 0 {
		return *findingTable[i].count(&f)
	}
	return 0
}

// Total returns the number of elements with a finding.
func (f Findings) Total() int { return f.Upheld + f.PartiallyUpheld + f.NotUpheld + f.NoFinding }

// Plus returns the sum of f and g, finding by finding.
func (f Findings) Plus(g Findings) Findings {
	return Findings{f.Upheld + g.Upheld, f.PartiallyUpheld + g.PartiallyUpheld, f.NotUpheld + g.NotUpheld, f.NoFinding + g.NoFinding}
}

// With returns f with one more for finding x (f itself for a string that
// is not a finding).
func (f Findings) With(x Finding) Findings {
	if i := findingIndex(x); i >= 0 {
		*findingTable[i].count(&f)++
	}
	return f
}

// Outcome returns the outcome of a complaint from the findings on its
// elements, and reports whether it has one:
//
//   - no element recorded: no outcome (false); such a complaint is not
//     counted among the complaint outcomes;
//   - every element no-finding: NoFinding;
//   - otherwise, leaving the no-finding elements aside: Upheld if every
//     element is upheld, NotUpheld if none is upheld or partially upheld,
//     and PartiallyUpheld otherwise (some upheld and some not, or any
//     element partially upheld).
//
// A count below zero, which Engine.Validate rejects, counts as zero.
func (f Findings) Outcome() (Finding, bool) {
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
