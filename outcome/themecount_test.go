package outcome_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/outcome"
)

// TestAThemeCountsTheComplaintsThatRaisedIt reads case files whose
// complaints name a theme more than once: a ThemeCount is the number of
// complaints that raised the theme, so such a complaint counts once.
func TestAThemeCountsTheComplaintsThatRaisedIt(t *testing.T) {
	const head = "id,kind,received,complainant,themes\n"
	tests := []struct {
		name           string
		rows           string
		themes         string
		childrenThemes string
	}{
		{"a complaint that names a theme twice is counted once for it",
			"c1,complaint,2021-05-03,parent,Delay;Delay\n",
			"Delay=1", ""},
		{"a theme named again with spaces around it is the same theme, counted once",
			"c1,complaint,2021-05-03,parent,Delay; Delay ;Respite\n",
			"Delay=1 Respite=1", ""},
		{"two complaints that name the same theme count two",
			"c1,complaint,2021-05-03,parent,Delay;Delay\nc2,complaint,2021-05-04,parent,Delay\n",
			"Delay=2", ""},
		{"a child's complaint that names a theme twice counts once among the children's themes",
			"c1,complaint,2021-05-03,child,Respite;Contact;Respite\n",
			"Contact=1 Respite=1", "Contact=1 Respite=1"},
		{"themes written in another case are different words, counted apart",
			"c1,complaint,2021-05-03,parent,Delay;delay\n",
			"Delay=1 delay=1", ""},
	}
	join := func(ts []outcome.ThemeCount) string {
		var parts []string
		for _, th := range ts {
			parts = append(parts, th.Theme+"="+strconv.Itoa(th.Count))
		}
		return strings.Join(parts, " ")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, sum, err := outcome.ReadCaseFile(strings.NewReader(head+tt.rows), "themes.csv", assess.Options{AsOf: calendar.NewDate(2022, 1, 1)})
			if err != nil || len(sum.Problems) > 0 {
				t.Fatalf("reading the case file: %v %v", err, sum.Problems)
			}
			r, err := g.Report(outcome.Year{Start: 2021})
			if err != nil {
				t.Fatal(err)
			}
			if got := join(r.Themes); got != tt.themes {
				t.Errorf("themes %q; want %q", got, tt.themes)
			}
			if got := join(r.ChildrenThemes); got != tt.childrenThemes {
				t.Errorf("children's themes %q; want %q", got, tt.childrenThemes)
			}
		})
	}
}
