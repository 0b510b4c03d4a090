package outcome

import (
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// record is a case and its assessment.
type record struct {
	c timescale.Case
	a timescale.Assessment
}

// poolSize is the number of distinct generated records; the scale tests
// and benchmarks cycle through them.
const poolSize = 5000

// generated returns poolSize valid, evaluated records spread over the
// years 2010-2011 to 2016-2017 (both regimes): complaints of every class
// (resolved at stage 1, stage 2 with and without a stage 1 response, some
// with a stage 3 under wales-2005, withdrawn, open), with findings, themes
// and complainants, and comments and compliments.
var generated = sync.OnceValue(func() []record {
	cal := calendar.Wales()
	themes := []string{"Communication", "Staff attitude", "Professional standards", "Contact arrangements", "Respite", "Finance"}
	complainants := []string{"parent", "carer", "foster-carer", "relative", "child", "young-person", "advocate", "other"}
	first := calendar.NewDate(2010, time.April, 1)
	asOf := calendar.NewDate(2018, time.March, 29)
	wd := func(d calendar.Date, n int) calendar.Date {
		out, err := cal.AddWorkingDays(d, n)
		if err != nil {
			panic(err)
		}
		return out
	}
	out := make([]record, 0, poolSize)
	for i := range poolSize {
		c := timescale.Case{
			ID:          "G-" + strconv.Itoa(i),
			Kind:        timescale.Complaint,
			Received:    first.AddDays(i * 2557 / poolSize), // 7 years
			Complainant: complainants[i%len(complainants)],
			Themes:      []string{themes[i%len(themes)], themes[(i/3)%len(themes)]},
		}
		switch i % 10 {
		case 0:
			c.Kind = timescale.Comment
		case 1:
			c.Kind = timescale.Compliment
		case 2: // straight to stage 2
			c.Acknowledged = wd(c.Received, 1)
			c.Stage2Requested = wd(c.Received, 3)
			c.Stage2Response = wd(c.Stage2Requested, 10+i%40)
			c.Findings = timescale.Findings{Upheld: i % 3, PartiallyUpheld: i % 2, NotUpheld: 1 + i%4, NoFinding: i % 2}
		case 3: // stage 1 then stage 2, sometimes a panel
			c.Stage1Response = wd(c.Received, 1+i%30)
			c.Stage2Requested = wd(c.Stage1Response, 5)
			c.Stage2ExtendedTo = wd(c.Stage2Requested, 35)
			c.Stage2Response = wd(c.Stage2Requested, 20+i%25)
			c.Findings = timescale.Findings{Upheld: i % 2, NotUpheld: i % 3}
			if r, _ := timescale.RegimeFor(c.Received); r == timescale.Wales2005 && i%20 == 3 {
				c.Stage3Requested = wd(c.Stage2Response, 10)
			}
		case 4:
			c.Withdrawn = wd(c.Received, 2)
		case 5:
			if i%30 == 5 {
				break // open: nothing recorded
			}
			fallthrough
		default: // resolved at stage 1
			c.Acknowledged = wd(c.Received, 1+i%3)
			c.Discussed = wd(c.Acknowledged, 1+i%10)
			c.Stage1Response = wd(c.Received, 2+i%45)
			if c.Stage1Response.Before(c.Discussed) {
				c.Stage1Response = c.Discussed
			}
		}
		a, err := timescale.Evaluate(c, asOf)
		if err != nil {
			panic(err)
		}
		out = append(out, record{c, a})
	}
	return out
})

// feed adds n records to g, cycling through the generated pool and giving
// each record its own id, so that an Aggregator that kept anything per
// record (ids included) would grow with n.
func feed(g *Aggregator, n int) {
	pool := generated()
	for i := range n {
		r := pool[i%len(pool)]
		id := "R-" + strconv.Itoa(i)
		r.c.ID, r.a.ID = id, id
		g.Add(r.c, r.a)
	}
}

// retained returns the heap bytes still in use after feeding n records to
// a new Aggregator, with the Aggregator alive.
func retained(n int) int64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	g := NewAggregator()
	feed(g, n)
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(g)
	return int64(after.HeapAlloc) - int64(before.HeapAlloc)
}

// TestMemoryDoesNotGrowWithRecords feeds 20,000 and then 200,000 records
// and compares the heap the Aggregator retains: ten times the records must
// not cost more than a small constant more memory.
func TestMemoryDoesNotGrowWithRecords(t *testing.T) {
	if testing.Short() {
		t.Skip("feeds 220,000 records")
	}
	generated() // not counted
	small, large := retained(20_000), retained(200_000)
	t.Logf("heap retained: %d bytes after 20,000 records, %d bytes after 200,000", small, large)
	const slack = 64 << 10
	require.Less(t, large, small+slack, "the Aggregator grows with the number of records")
	require.Less(t, large, int64(2<<20), "the Aggregator holds more than 2 MiB for 7 years")
}

// TestStateIsBounded checks the bounds that make the memory independent of
// the number of records, on the Aggregator's own state after 200,000.
func TestStateIsBounded(t *testing.T) {
	g := NewAggregator()
	feed(g, 200_000)
	require.Len(t, g.Years(), 7)
	require.Len(t, g.quarters, 28, "the tallies are kept by quarter")
	for start, y := range g.quarters {
		require.LessOrEqual(t, len(y.listed), MaxListed, "%d listed", start)
		require.LessOrEqual(t, len(y.themes.counts), MaxThemes, "%d themes", start)
		require.LessOrEqual(t, len(y.stages), 4, "%d tables", start)
		for _, s := range y.checks {
			require.LessOrEqual(t, len(s.ids), MaxIDs, "%d ids", start)
		}
		for k, st := range y.stages {
			// One histogram entry per distinct number of working days, of
			// which the generator makes fewer than 60.
			require.Less(t, len(st.hist), 60, "%d %v histogram", start, k)
		}
		require.Positive(t, y.unlisted, "%d: the list bound was not reached, so the test proves nothing", start)
	}
	r, err := g.Report(Year{2014})
	require.NoError(t, err)
	require.Empty(t, r.Warnings, "generated records should pass every check")
	require.Equal(t, r.Complaints, r.ResolvedStage1+r.Stage2+r.Withdrawn+r.Open)
}

// BenchmarkAggregate measures Add: the cost per record of tallying an
// evaluated record (ns/op and allocs/op are per record).
func BenchmarkAggregate(b *testing.B) {
	pool := generated()
	g := NewAggregator()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		r := &pool[i%len(pool)]
		g.Add(r.c, r.a)
		i++
	}
}

// BenchmarkEvaluateAndAggregate measures the whole pipeline per record
// after reading: timescale.Evaluate, then Add.
func BenchmarkEvaluateAndAggregate(b *testing.B) {
	pool := generated()
	asOf := calendar.NewDate(2018, time.March, 29)
	g := NewAggregator()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c := pool[i%len(pool)].c
		a, err := timescale.Evaluate(c, asOf)
		if err != nil {
			b.Fatal(err)
		}
		g.Add(c, a)
		i++
	}
}

// BenchmarkReport measures building the Report of one year from the
// tallies of 200,000 records.
func BenchmarkReport(b *testing.B) {
	g := NewAggregator()
	feed(g, 200_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := g.Report(Year{2014}); err != nil {
			b.Fatal(err)
		}
	}
}
