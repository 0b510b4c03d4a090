package outcome_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// hypothetical returns the statutory table with a third regime added as
// data only: "wales-2030", in force from 1 June 2030 for complaints and
// representations, with two stages, its own bands, a 15-working-day stage
// 1 response and a 20-working-day stage 2 response.
func hypothetical(t *testing.T) *timescale.Table {
	regimes := timescale.Regimes()
	regimes = append(regimes, timescale.RegimeInfo{
		Name:       "wales-2030",
		Procedures: []timescale.Procedure{timescale.ComplaintProcedure, timescale.RepresentationProcedure},
		From:       calendar.NewDate(2030, time.June, 1),
		Title:      "A hypothetical procedure of 2030", Citation: "SI 2030/1",
		Stages: 2,
		Bands: []timescale.Band{
			{Label: "0-15", Max: 15, Title: "Up to 15 working days"},
			{Label: "16-30", Max: 30, Title: "16 - 30 working days"},
			{Label: "31+", Max: -1, Title: "31+ working days"},
		},
	})
	rules := timescale.Rules()
	for _, r := range timescale.Rules() {
		if !r.AppliesTo(timescale.Wales2014) || !r.Response {
			continue
		}
		r.ID = strings.Replace(r.ID, "W14", "X30", 1)
		r.Regimes = []timescale.Regime{"wales-2030"}
		r.WorkingDays = map[int]int{1: 15, 2: 20}[r.Stage]
		r.Citation = "SI 2030/1"
		rules = append(rules, r)
	}
	tab, err := timescale.NewTable(regimes, rules)
	require.NoError(t, err)
	return tab
}

func TestAThirdRegimeAddedAsDataIsEvaluatedAndReported(t *testing.T) {
	tab := hypothetical(t)
	eng := timescale.Engine{Table: tab}
	d := calendar.NewDate
	cases := []timescale.Case{
		// Under wales-2014: received in May 2030, answered in 17 working days.
		{ID: "OLD", Kind: timescale.Complaint, Received: d(2030, time.May, 1), Stage1Response: d(2030, time.May, 24)},
		// Under wales-2030: received Monday 3 June 2030, answered on Monday
		// 24 June, 15 working days later, within its 15 days.
		{ID: "NEW", Kind: timescale.Complaint, Received: d(2030, time.June, 3), Stage1Response: d(2030, time.June, 24)},
	}
	agg := &outcome.Aggregator{Table: tab}
	for _, c := range cases {
		a, err := eng.Evaluate(c, d(2030, time.December, 31))
		require.NoError(t, err, "case %s", c.ID)
		agg.Add(c, a)
		if c.ID == "NEW" {
			require.Equal(t, timescale.Regime("wales-2030"), a.Regime)
			s1, _ := a.Deadline(timescale.Stage1Response)
			require.Equal(t, "X30-STAGE1", s1.RuleID)
			require.Equal(t, d(2030, time.June, 24), s1.Due, "15 working days after 3 June 2030")
			require.Equal(t, 15, s1.Taken)
			require.Equal(t, "0-15", s1.Band)
		}
	}
	r, err := agg.Report(outcome.Year{Start: 2030})
	require.NoError(t, err)
	var got []string
	for _, ts := range r.Timescales {
		counts := []string{}
		for _, b := range ts.Bands {
			counts = append(counts, b.Label+"="+strings.Repeat("I", b.Count))
		}
		got = append(got, string(ts.Regime)+" stage "+itoa(ts.Stage)+" "+ts.From.String()+".."+ts.To.String()+" "+strings.Join(counts, " "))
	}
	require.Equal(t, []string{
		"wales-2014 stage 1 2030-04-01..2030-05-31 0-17=I 18-25= 26+=",
		"wales-2014 stage 2 2030-04-01..2030-05-31 0-17= 18-25= 26+=",
		"wales-2030 stage 1 2030-06-01..2031-03-31 0-15=I 16-30= 31+=",
		"wales-2030 stage 2 2030-06-01..2031-03-31 0-15= 16-30= 31+=",
	}, got)
	var text strings.Builder
	require.NoError(t, r.WriteText(&text))
	require.Contains(t, text.String(), "the wales-2030 procedure and its timescales (SI 2030/1) started on 1 June 2030")
	require.Contains(t, text.String(), "Up to 15 working days")
}

func TestAThirdRegimeWithTwoStagesRefusesAStage3(t *testing.T) {
	eng := timescale.Engine{Table: hypothetical(t)}
	d := calendar.NewDate
	c := timescale.Case{ID: "S3", Kind: timescale.Complaint, Received: d(2030, time.June, 3), Stage1Response: d(2030, time.June, 24),
		Stage2Requested: d(2030, time.July, 1), Stage2Response: d(2030, time.July, 29), Stage3Requested: d(2030, time.August, 1)}
	err := eng.Validate(c)
	var se *timescale.StageError
	require.ErrorAs(t, err, &se)
	require.Equal(t, timescale.Regime("wales-2030"), se.Regime.Name)
	require.Equal(t, problem.StageNotInRegime, problem.CodeOf(err))
}

func itoa(n int) string { return string(rune('0' + n)) }
