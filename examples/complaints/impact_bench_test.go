package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkImpact1M runs impact over the million records of
// BenchmarkAssess1M as of 31 December 2016, with a holiday file that
// proclaims a hypothetical bank holiday on Tuesday 3 January 2017, which
// moves the open deadlines that span it. The target is under 3 seconds:
//
//	go test -run '^$' -bench Impact1M -benchtime 3x -benchmem ./examples/complaints
func BenchmarkImpact1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million-record case file is not made in -short mode")
	}
	benchmarkCommand(b, 1_000_000, "impact", "--holidays", benchHolidayFile(b), "--format", "csv")
}

// BenchmarkImpact100k is BenchmarkImpact1M with a tenth of the records.
func BenchmarkImpact100k(b *testing.B) {
	benchmarkCommand(b, 100_000, "impact", "--holidays", benchHolidayFile(b), "--format", "csv")
}

// benchHolidayFile writes the holiday file of the impact benchmarks and
// returns its path.
func benchHolidayFile(b *testing.B) string {
	path := filepath.Join(b.TempDir(), "holidays.csv")
	require.NoError(b, os.WriteFile(path, []byte("date,title\n2017-01-03,Hypothetical one-off bank holiday\n"), 0o644))
	return path
}
