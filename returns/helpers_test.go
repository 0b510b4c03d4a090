package returns_test

import (
	"errors"
	"flag"
	"strconv"
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
