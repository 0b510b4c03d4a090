package main

import "testing"

// BenchmarkReturn1M runs return over a case file of a million records (the
// case file of BenchmarkAssess1M) for a whole reporting year with a
// population, and reports the records read per second. The target is
// under 2 seconds and 150 MB for the million:
//
//	go test -run '^$' -bench Return1M -benchtime 3x -benchmem ./examples/complaints
func BenchmarkReturn1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million-record case file is not made in -short mode")
	}
	benchmarkReturn(b, 1_000_000)
}

// BenchmarkReturn100k is BenchmarkReturn1M with a tenth of the records.
func BenchmarkReturn100k(b *testing.B) { benchmarkReturn(b, 100_000) }

func benchmarkReturn(b *testing.B, rows int) {
	benchmarkRun(b, rows, func(path string) []string {
		return []string{"return", path, "--period", "2014-2015", "--population", "120000"}
	})
}
