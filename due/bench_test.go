package due_test

import (
	"io"
	"math/rand/v2"
	"testing"

	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/timescale"
)

// benchAssessments returns n assessments of generated complaints received
// in the 100 days up to asOf (randomCase), many with open deadlines.
func benchAssessments(b *testing.B, n int, asOf string) []timescale.Assessment {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]timescale.Assessment, 0, n)
	for i := 0; len(out) < n; i++ {
		a, err := timescale.Evaluate(randomCase(r, i, d(asOf)), d(asOf))
		if err == nil {
			out = append(out, a)
		}
	}
	return out
}

// BenchmarkBuilder measures the work due adds to reading a case file: the
// items of every assessment added, the list sorted and written as CSV.
//
//	go test -run '^$' -bench Builder -benchmem ./due
func BenchmarkBuilder(b *testing.B) {
	as := benchAssessments(b, 10_000, "2015-06-30")
	items := 0
	b.ReportAllocs()
	for b.Loop() {
		bl, err := due.NewBuilder(due.Options{AsOf: d("2015-06-30"), Within: due.DefaultWithin})
		if err != nil {
			b.Fatal(err)
		}
		for i := range as {
			if err := bl.Add(&as[i]); err != nil {
				b.Fatal(err)
			}
		}
		w, _ := due.NewWriter(io.Discard, due.CSV)
		l := bl.List()
		items = len(l.Items)
		if err := w.Write(&l); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(as)), "ns/assessment")
	b.ReportMetric(float64(items), "items")
}
