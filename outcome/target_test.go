package outcome

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/timescale"
)

// TestTheReportShowsTheLocalTargetBesideTheStatutoryFigures reads the
// sample case file with a local target of 15 working days for the stage 1
// response of social services complaints. The 2014-15 stage 1 responses
// (examples/data/README.md) took 7, 31, 9, 6, 4 and 10 working days under
// wales-2005 (5 of 6 within 15, as within the statutory 10 but for 31) and
// 5, 8, 11, 12, 13, 14, 16, 17, 19, 20, 22 and 29 under wales-2014 (6 of
// 12 within 15, where 8 of 12 are within the statutory 17).
func TestTheReportShowsTheLocalTargetBesideTheStatutoryFigures(t *testing.T) {
	f, err := os.Open(samplePath)
	require.NoError(t, err)
	defer f.Close()
	target := timescale.LocalTarget{Procedure: timescale.ComplaintProcedure, Milestone: timescale.Stage1Response, WorkingDays: 15,
		Name: "stage 1 response", Source: "Pembrokeshire complaints policy"}
	opt := assess.Options{AsOf: day(t, "2015-12-31"), Engine: timescale.Engine{Policy: timescale.Policy{Targets: []timescale.LocalTarget{target}}}}
	g, _, err := ReadCaseFile(f, "cases.csv", opt)
	require.NoError(t, err)
	r := report(t, g, 2014)

	type figures struct {
		Regime        timescale.Regime
		Stage         int
		InTime, Total int
		Target        TargetFigures
	}
	var got []figures
	for _, ts := range r.Timescales {
		got = append(got, figures{ts.Regime, ts.Stage, ts.InTime, ts.Total, ts.Target})
	}
	named := TargetFigures{Name: "stage 1 response", Source: "Pembrokeshire complaints policy", WorkingDays: 15}
	with := func(responses, inTime int) TargetFigures {
		x := named
		x.Responses, x.InTime = responses, inTime
		return x
	}
	want := []figures{
		{timescale.Wales2005, 1, 5, 6, with(6, 5)},
		{timescale.Wales2005, 2, 1, 1, TargetFigures{}},
		{timescale.Wales2014, 1, 8, 12, with(12, 6)},
		{timescale.Wales2014, 2, 2, 3, TargetFigures{}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statutory and local figures (-want +got):\n%s", diff)
	}

	var text bytes.Buffer
	require.NoError(t, r.WriteText(&text))
	squashed := strings.Join(strings.Fields(text.String()), " ")
	for _, s := range []string{
		"In time 8 of 12 (67%) 2 of 3 (67%) In time against the local target 6 of 12 (50%) -",
		"Local targets, beside the statutory timescales: stage 1: stage 1 response, 15 working days (Pembrokeshire complaints policy).",
	} {
		require.Contains(t, squashed, s)
	}
	var csv bytes.Buffer
	require.NoError(t, r.WriteCSV(&csv))
	require.Contains(t, csv.String(), "timescale,2014-2015,wales-2014,2014-08-01,2015-03-31,1,target_in_time,6\n")
	var md bytes.Buffer
	require.NoError(t, r.WriteMarkdown(&md))
	require.Contains(t, md.String(), "| In time against the local target | 6 of 12 (50%) | - |")
}
