package outcome

import (
	"strings"
	"testing"

	"github.com/cymru-complaints/statutory/lang"
)

// TestLayoutHoldsWhatTheTextReportPrints checks that the layout has, in
// order, every heading, sentence, list item and table cell the text report
// prints, so that a renderer of it shows the same report.
func TestLayoutHoldsWhatTheTextReportPrints(t *testing.T) {
	r := sampleReport(t, "2014-2015")
	for _, tag := range []lang.Tag{lang.English, lang.Welsh, lang.WelshEnglish, ""} {
		t.Run(string(tag), func(t *testing.T) {
			var text strings.Builder
			single := tag
			if single == lang.WelshEnglish {
				single = lang.Welsh
			}
			if err := r.WriteTextIn(&text, single); err != nil {
				t.Fatal(err)
			}
			rest := text.String()
			seen := map[BlockKind]int{}
			find := func(s string) {
				t.Helper()
				if tag == lang.English || tag == "" {
					s = strings.TrimSpace(s)
				}
				i := strings.Index(strings.ToUpper(rest), strings.ToUpper(s))
				if i < 0 {
					t.Fatalf("%q is not in the text report after the blocks before it", s)
				}
				rest = rest[i+len(s):]
			}
			for _, b := range r.Layout(tag) {
				seen[b.Kind]++
				switch b.Kind {
				case HeadingBlock, ParagraphBlock:
					find(b.Text)
				case ListBlock:
					for _, item := range b.Items {
						find(item)
					}
				case TableBlock:
					for _, row := range append([][]string{b.Header}, b.Rows...) {
						for _, c := range row {
							if c != "" {
								find(c)
							}
						}
					}
				}
			}
			for _, k := range []BlockKind{HeadingBlock, ParagraphBlock, ListBlock, TableBlock} {
				if seen[k] == 0 {
					t.Errorf("no %s block", k)
				}
			}
		})
	}
}
