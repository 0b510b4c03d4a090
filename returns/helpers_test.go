package returns_test

import (
	"errors"
	"flag"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

var update = flag.Bool("update", false, "rewrite docs/returns.md from the definitions")

func itoa(n int) string { return strconv.Itoa(n) }

func TestTheWritersReturnTheWriteError(t *testing.T) {
	boom := errors.New("boom")
	r := returns.Return{Period: period(t, "2024-Q3"), From: date(t, "2024-10-01"), To: date(t, "2024-12-31"), AsOf: date(t, "2024-12-31"),
		Bands: []returns.Band{{Label: "0-20wd"}}, Procedures: []timescale.Procedure{timescale.CorporateProcedure}}
	require.ErrorIs(t, r.WriteText(failing{boom}), boom)
	require.ErrorIs(t, r.WriteCSV(failing{boom}), boom)
	require.ErrorIs(t, returns.WriteMarkdown(failing{boom}), boom)
}

type failing struct{ err error }

func (f failing) Write([]byte) (int, error) { return 0, f.err }

func TestTheCSVWritesAThemeThatLooksLikeAFormulaAsText(t *testing.T) {
	tests := []struct {
		name, theme, want string
	}{
		{"a theme that begins with '=' gets an apostrophe", `=HYPERLINK("x")`, `2024-Q3,theme,"'=HYPERLINK(""x"")",received,1`},
		{"a theme that begins with '@' gets an apostrophe", "@SUM", "2024-Q3,theme,'@SUM,received,1"},
		{"a theme that is a number is written as it is", "-1", "2024-Q3,theme,-1,received,1"},
		{"a theme of words is written as it is", "Waste and refuse", "2024-Q3,theme,Waste and refuse,received,1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := returns.Return{Period: period(t, "2024-Q3"), From: date(t, "2024-10-01"), To: date(t, "2024-12-31"), AsOf: date(t, "2024-12-31"),
				Themes: []returns.ThemeCount{{Theme: tt.theme, Received: 1}}}
			var b strings.Builder
			require.NoError(t, r.WriteCSV(&b))
			require.Contains(t, b.String(), tt.want+"\n")
		})
	}
}
