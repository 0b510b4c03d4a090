package returns_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

// TestAComplaintCountsOnceUnderEachOfItsThemes reads case files whose
// complaints name a theme more than once: the figures by theme count
// complaints, each once under each of its themes.
func TestAComplaintCountsOnceUnderEachOfItsThemes(t *testing.T) {
	const head = "id,kind,received,procedure,stage1_response,upheld,not_upheld,themes\n"
	tests := []struct {
		name, rows, want string
	}{
		{"a complaint received that names a theme twice is received once under it",
			"k1,complaint,2024-10-01,corporate,,,,Waste;Waste\n",
			"Waste 1/0/0"},
		{"a complaint closed upheld that names a theme twice is closed and upheld once under it",
			"k1,complaint,2024-10-01,corporate,2024-10-10,1,0,Waste; Waste ;Noise\n",
			"Noise 1/1/1; Waste 1/1/1"},
		{"two complaints that name the same theme count two",
			"k1,complaint,2024-10-01,corporate,,,,Waste;Waste\nk2,complaint,2024-10-02,corporate,,,,Waste\n",
			"Waste 2/0/0"},
		{"themes written in another case are different words, counted apart",
			"k1,complaint,2024-10-01,corporate,,,,Waste;waste\n",
			"Waste 1/0/0; waste 1/0/0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, sum, err := returns.ReadCaseFile(strings.NewReader(head+tt.rows), "themes.csv",
				returns.Options{Period: period(t, "2024-Q3")}, timescale.Engine{})
			if err != nil || len(sum.Problems) > 0 {
				t.Fatalf("reading the case file: %v %v", err, sum.Problems)
			}
			var got []string
			for _, th := range r.Themes {
				got = append(got, fmt.Sprintf("%s %d/%d/%d", th.Theme, th.Received, th.Closed, th.Upheld))
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("themes (received/closed/upheld) %q; want %q", g, tt.want)
			}
		})
	}
}
