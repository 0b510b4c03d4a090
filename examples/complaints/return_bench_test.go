package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

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
	path := filepath.Join(b.TempDir(), "cases.csv")
	f, err := os.Create(path)
	require.NoError(b, err)
	bw := bufio.NewWriterSize(f, 1<<20)
	require.NoError(b, writeBenchCases(bw, rows), "writing the case file")
	require.NoError(b, bw.Flush())
	require.NoError(b, f.Close())
	info, err := os.Stat(path)
	require.NoError(b, err)
	b.SetBytes(info.Size())

	args := []string{"return", path, "--period", "2014-2015", "--population", "120000"}
	var stderr bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, nil, io.Discard, &stderr); code != exitOK {
			b.Fatalf("complaints %v: exit %d: %.2000s", args, code, stderr.String())
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
