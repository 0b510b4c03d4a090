package returns_test

import (
	"testing"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

// BenchmarkAdd tallies a complaint closed at stage 2 in the period, with
// findings and themes: the work per record of a return, reading apart.
//
//	go test -run '^$' -bench Add ./returns
func BenchmarkAdd(b *testing.B) {
	p := outcome.Period{Year: outcome.Year{Start: 2024}, Kind: outcome.Quarter, N: 3}
	bl, err := returns.NewBuilder(returns.Options{Period: p, Population: 120_000}, timescale.Engine{})
	if err != nil {
		b.Fatal(err)
	}
	c := timescale.Case{ID: "K-2", Kind: timescale.Complaint, Procedure: timescale.CorporateProcedure,
		Received: d("2024-09-02"), Stage1Response: d("2024-09-16"), Stage2Requested: d("2024-10-07"), Stage2Response: d("2024-11-05"),
		Findings: timescale.Findings{Upheld: 1, NotUpheld: 1}, Themes: []string{"Waste and refuse", "Communication"}}
	var a timescale.Assessment
	b.ReportAllocs()
	for b.Loop() {
		bl.Add(&c, &a)
	}
	if r := bl.Return(); r.Closed == 0 {
		b.Fatal("nothing was closed")
	}
}

// d returns the date written YYYY-MM-DD; it panics on a typing error in a
// benchmark.
func d(s string) calendar.Date {
	date, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return date
}
