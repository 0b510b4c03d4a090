package outcome

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/timescale"
)

// TestTheAnnualReportCountsOnlySocialServicesRecords feeds one case file's
// worth of records of three procedures: the annual report on social
// services complaints counts the complaints and representations, leaves the
// corporate records out, says how many it left out, and has no
// response-time table of the corporate procedure; a report of the corporate
// procedure counts only them, under psow-model.
func TestTheAnnualReportCountsOnlySocialServicesRecords(t *testing.T) {
	records := []timescale.Case{
		// A social services complaint and a children's representation,
		// answered at stage 1.
		{ID: "S-1", Kind: timescale.Complaint, Received: day(t, "2024-05-01"), Stage1Response: day(t, "2024-05-20")},
		{ID: "S-2", Kind: timescale.Complaint, Procedure: timescale.RepresentationProcedure, Received: day(t, "2024-06-03"), Stage1Response: day(t, "2024-06-10")},
		// A social services compliment (no procedure: social services).
		{ID: "S-3", Kind: timescale.Compliment, Received: day(t, "2024-07-01")},
		// Two corporate complaints and a corporate compliment.
		{ID: "K-1", Kind: timescale.Complaint, Procedure: timescale.CorporateProcedure, Received: day(t, "2024-05-02"), Stage1Response: day(t, "2024-05-10")},
		{ID: "K-2", Kind: timescale.Complaint, Procedure: timescale.CorporateProcedure, Received: day(t, "2024-09-02"),
			Stage1Response: day(t, "2024-09-16"), Stage2Requested: day(t, "2024-10-07"), Stage2Response: day(t, "2024-11-05"), Findings: timescale.Findings{Upheld: 1}},
		{ID: "K-3", Kind: timescale.Compliment, Procedure: timescale.CorporateProcedure, Received: day(t, "2024-10-01")},
	}
	feed := func(g *Aggregator) {
		for _, c := range records {
			evaluated(t, g, c, "2025-03-31")
		}
	}

	social := NewAggregator()
	feed(social)
	r := report(t, social, 2024)
	t.Run("the social services report counts 2 complaints and 1 compliment, not the corporate records", func(t *testing.T) {
		require.Equal(t, []int{2, 1, 2, 0}, []int{r.Complaints, r.Compliments, r.ResolvedStage1, r.Stage2})
	})
	t.Run("it says that 3 records of the corporate procedure were left out, naming them", func(t *testing.T) {
		want := Notice{Code: "other-procedures", Count: 3, IDs: []string{"K-1", "K-2", "K-3"},
			Message: "3 records of other procedures (corporate) were left out: this report counts the procedures complaint and representation only"}
		var got Notice
		for _, n := range r.Notes {
			if n.Code == "other-procedures" {
				got = n
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("note (-want +got):\n%s", diff)
		}
	})
	t.Run("its response-time tables are those of wales-2014 only, with no psow-model table", func(t *testing.T) {
		var regimes []timescale.Regime
		for _, ts := range r.Timescales {
			regimes = append(regimes, ts.Regime)
		}
		require.Equal(t, []timescale.Regime{timescale.Wales2014, timescale.Wales2014}, regimes)
		require.Equal(t, 2, r.Timescales[0].Total, "both stage 1 responses")
	})

	corporate := &Aggregator{Procedures: []timescale.Procedure{timescale.CorporateProcedure}}
	feed(corporate)
	c := report(t, corporate, 2024)
	t.Run("a report of the corporate procedure counts its 2 complaints and 1 compliment under psow-model", func(t *testing.T) {
		require.Equal(t, []int{2, 1, 1, 1}, []int{c.Complaints, c.Compliments, c.ResolvedStage1, c.Stage2})
		var bands []string
		for _, ts := range c.Timescales {
			require.Equal(t, timescale.PSOWModel, ts.Regime)
			for _, b := range ts.Bands {
				if b.Count > 0 {
					bands = append(bands, b.Label)
				}
			}
		}
		// K-1: 6 working days at stage 1 (0-10); K-2: 10 at stage 1 (0-10)
		// and 21 at stage 2 (21+, a day late).
		require.Equal(t, []string{"0-10", "21+"}, bands)
		require.Equal(t, 1, c.Findings.Complaints.Upheld)
	})
	t.Run("and notes the 3 social services records it left out", func(t *testing.T) {
		require.Contains(t, codes(c.Notes), "other-procedures")
		for _, n := range c.Notes {
			if n.Code == "other-procedures" {
				require.Equal(t, "3 records of other procedures (complaint, representation) were left out: this report counts the procedures corporate only", n.Message)
			}
		}
	})
}
