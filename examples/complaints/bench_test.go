package main

import (
	"bufio"
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/timescale"
	"github.com/stretchr/testify/require"
)

// BenchmarkAssess1M runs assess over a case file of a million records, the
// size of many years of a large council's records many times over, and
// reports the records read per second.
//
//	go test -run '^$' -bench Assess ./examples/complaints
func BenchmarkAssess1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million-record case file is not made in -short mode")
	}
	benchmarkAssess(b, 1_000_000)
}

// BenchmarkAssessJSON1M is BenchmarkAssess1M writing JSON.
//
//	go test -run '^$' -bench AssessJSON1M ./examples/complaints
func BenchmarkAssessJSON1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million-record case file is not made in -short mode")
	}
	benchmarkCommand(b, 1_000_000, "assess", "--format", "json")
}

// BenchmarkAssess100k is BenchmarkAssess1M with a tenth of the records.
func BenchmarkAssess100k(b *testing.B) { benchmarkAssess(b, 100_000) }

// BenchmarkDue1M runs due over the same million records as of the end of
// 2016, when about a quarter of the complaints have an overdue deadline
// (some 260,000 items), and writes the list as CSV.
//
//	go test -run '^$' -bench Due1M ./examples/complaints
func BenchmarkDue1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million-record case file is not made in -short mode")
	}
	benchmarkCommand(b, 1_000_000, "due", "--format", "csv")
}

// BenchmarkAssessICS1M runs assess --format ics over the same million
// records: one calendar event for each of some 260,000 open deadlines.
//
//	go test -run '^$' -bench AssessICS1M ./examples/complaints
func BenchmarkAssessICS1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million-record case file is not made in -short mode")
	}
	benchmarkCommand(b, 1_000_000, "assess", "--format", "ics")
}

// BenchmarkReportHTML1M runs report --format html over the same million
// records: the annual report of 2015-2016 as one page with its charts.
//
//	go test -run '^$' -bench ReportHTML1M ./examples/complaints
func BenchmarkReportHTML1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million-record case file is not made in -short mode")
	}
	benchmarkCommand(b, 1_000_000, "report", "--year", "2015-2016", "--format", "html")
}

func benchmarkAssess(b *testing.B, rows int) { benchmarkCommand(b, rows, "assess", "--format", "csv") }

// BenchmarkReport1M runs report --format json over the same million
// records: the annual report of 2015-2016, every record read and
// evaluated.
//
//	go test -run '^$' -bench Report1M ./examples/complaints
func BenchmarkReport1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million-record case file is not made in -short mode")
	}
	benchmarkCommand(b, 1_000_000, "report", "--year", "2015-2016", "--format", "json")
}

// BenchmarkScanFloor1M is the floor BenchmarkAssess1M is measured against:
// it reads the same million-record file line by line and splits each line
// at its commas, and does nothing else (no quotes, no checks, no output).
// assess reads every byte of the file, so it cannot be faster than this.
//
//	go test -run '^$' -bench 'ScanFloor1M|Assess1M' ./examples/complaints
func BenchmarkScanFloor1M(b *testing.B) {
	if testing.Short() {
		b.Skip("a million-record case file is not made in -short mode")
	}
	benchmarkScanFloor(b, 1_000_000)
}

// BenchmarkScanFloor100k is BenchmarkScanFloor1M with a tenth of the
// records.
func BenchmarkScanFloor100k(b *testing.B) { benchmarkScanFloor(b, 100_000) }

// BenchmarkScanFloorFile is the floor over the case file at the path in
// BENCH_FILE (see TestWriteBenchFile), to set beside the built binary's
// times over the same file; without BENCH_FILE it is skipped:
//
//	go test -c -o /tmp/complaints.test ./examples/complaints
//	BENCH_FILE=/tmp/cases5m.csv /usr/bin/time -v /tmp/complaints.test -test.run '^$' -test.bench ScanFloorFile -test.benchtime 3x
func BenchmarkScanFloorFile(b *testing.B) {
	path := os.Getenv("BENCH_FILE")
	if path == "" {
		b.Skip("BENCH_FILE is not set")
	}
	info, err := os.Stat(path)
	require.NoError(b, err)
	b.SetBytes(info.Size())
	for b.Loop() {
		lines, _, err := scanFloor(path)
		require.NoError(b, err)
		b.ReportMetric(float64(lines), "lines")
	}
}

func benchmarkScanFloor(b *testing.B, rows int) {
	path := benchPath(b, rows)
	b.ReportAllocs()
	for b.Loop() {
		lines, fields, err := scanFloor(path)
		require.NoError(b, err)
		if lines != rows+1 || fields < lines {
			b.Fatalf("scanned %d lines and %d fields, want %d lines", lines, fields, rows+1)
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// scanFloor reads the file at path line by line and splits each line at
// its commas, and returns the lines and fields it found.
func scanFloor(path string) (lines, fields int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	var cells [][]byte
	for {
		line, err := br.ReadSlice('\n')
		if len(line) > 0 {
			lines++
			cells = cells[:0]
			for {
				i := bytes.IndexByte(line, ',')
				if i < 0 {
					break
				}
				cells = append(cells, line[:i])
				line = line[i+1:]
			}
			cells = append(cells, line)
			fields += len(cells)
		}
		if err == io.EOF {
			return lines, fields, nil
		}
		if err != nil {
			return lines, fields, err
		}
	}
}

// benchPath writes the benchmarks' case file of rows records to a
// temporary file, before the timed loop, sets the bytes the benchmark
// processes to its size and returns its path.
func benchPath(b *testing.B, rows int) string {
	path := filepath.Join(b.TempDir(), "cases.csv")
	writeBenchFile(b, path, rows)
	info, err := os.Stat(path)
	require.NoError(b, err)
	b.SetBytes(info.Size())
	return path
}

// benchmarkCommand runs the command over a case file of rows records as of
// 31 December 2016, with the flags given.
func benchmarkCommand(b *testing.B, rows int, command string, flags ...string) {
	benchmarkRun(b, rows, func(path string) []string {
		return append([]string{command, path, "--as-of", "2016-12-31"}, flags...)
	})
}

// benchmarkRun runs the command line args(path) over a case file of rows
// records written to path.
func benchmarkRun(b *testing.B, rows int, args func(path string) []string) {
	path := benchPath(b, rows)
	cmd := args(path)
	var stderr bytes.Buffer
	b.ReportAllocs()
	for b.Loop() { // the timer starts here
		if code := run(cmd, nil, io.Discard, &stderr); code != exitOK {
			b.Fatalf("complaints %v: exit %d: %.2000s", cmd, code, stderr.String())
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// writeBenchCases writes a valid case file of n records to w: receipts
// spread over 2010 to 2016, so both regimes; about 90% complaints, of which
// half are resolved at stage 1, a fifth go to stage 2 (after a stage 1
// response or straight), a few to a stage 3 panel (wales-2005 only) or are
// withdrawn, and the rest are still open; the other records are comments
// and compliments. Twelve owners share the records, and a few have none.
// The file is the same for the same n.
func writeBenchCases(w io.Writer, n int) error {
	r := rand.New(rand.NewPCG(2014, 1794))
	first := calendar.NewDate(2010, time.January, 1)
	days := calendar.NewDate(2016, time.December, 31).DaysSince(first) + 1
	cutover := calendar.NewDate(2014, time.August, 1)
	between := func(d calendar.Date, lo, hi int) calendar.Date { return d.AddDays(lo + r.IntN(hi-lo+1)) }
	themes := [][]string{{"Communication"}, {"Staff attitude", "Professional standards"}, {"Contact arrangements"}, nil}
	complainants := []string{"parent", "carer", "foster-carer", "relative", "child", "young-person", "advocate", "other", ""}
	// Twelve officers and teams, and no owner for one record in thirteen.
	owners := []string{"A. Jones", "B. Evans", "C. Davies", "D. Williams", "E. Thomas", "F. Roberts",
		"G. Hughes", "Tîm Gogledd", "Tîm De", "Team East", "Team West", "Duty desk", ""}

	cw := casefile.NewWriter(w)
	for i := range n {
		c := timescale.Case{
			ID:          "B-" + strconv.Itoa(i+1),
			Kind:        timescale.Complaint,
			Received:    first.AddDays(r.IntN(days)),
			Complainant: complainants[r.IntN(len(complainants))],
			Themes:      themes[r.IntN(len(themes))],
			Owner:       owners[i%len(owners)],
		}
		switch p := r.IntN(100); {
		case p < 5:
			c.Kind = timescale.Comment
		case p < 10:
			c.Kind = timescale.Compliment
		default:
			c.Acknowledged = between(c.Received, 0, 4)
			c.Discussed = between(c.Acknowledged, 1, 14)
			respond := func() { c.Stage1Response = between(c.Discussed, 1, 30) }
			stage2 := func(from calendar.Date) {
				c.Stage2Requested = between(from, 0, 10)
				c.Stage2Response = between(c.Stage2Requested, 20, 60)
				if r.IntN(3) == 0 {
					c.Stage2ExtendedTo = between(c.Stage2Requested, 35, 50)
				}
				c.Findings = timescale.Findings{Upheld: r.IntN(3), PartiallyUpheld: r.IntN(3), NotUpheld: 1 + r.IntN(3), NoFinding: r.IntN(2)}
			}
			switch q := r.IntN(100); {
			case q < 55: // resolved at stage 1
				respond()
			case q < 70: // stage 1, then stage 2
				respond()
				stage2(c.Stage1Response)
			case q < 75: // straight to stage 2
				c.Discussed = calendar.Date{}
				stage2(c.Acknowledged)
			case q < 78: // stage 3 panel, wales-2005 only
				respond()
				stage2(c.Stage1Response)
				if c.Received.Before(cutover) {
					c.Stage3Requested = between(c.Stage2Response, 5, 20)
				}
			case q < 82:
				c.Withdrawn = between(c.Received, 5, 30)
				c.Discussed = calendar.Date{}
			default: // open: acknowledged and perhaps discussed
				if r.IntN(2) == 0 {
					c.Discussed = calendar.Date{}
				}
			}
		}
		if err := cw.Write(c); err != nil {
			return err
		}
	}
	return cw.Flush()
}

func TestBenchCasesAreValid(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, writeBenchCases(&b, 5000))
	got := runCLI(t, b.String(), "validate", "-")
	require.Equal(t, result{}, got, "the benchmarks' case file is valid")

	res := runCLI(t, b.String(), "assess", "-", "--as-of", "2016-12-31", "--format", "csv")
	require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
	statuses := map[string]int{}
	for _, row := range parseCSV(t, res.Stdout)[1:] {
		statuses[row[len(row)-2]]++ // the last but one column, before provisional
	}
	for _, s := range []string{"open", "overdue", "resolved-stage1", "resolved-stage2", "stage3", "withdrawn"} {
		if statuses[s] == 0 {
			t.Errorf("the benchmarks' case file has no %s complaint: %v", s, statuses)
		}
	}
}

// TestWriteBenchFile writes the benchmarks' case file to the path in
// BENCH_FILE, with BENCH_ROWS records (default 1,000,000), for measuring the
// built binary (time, peak memory) over it; without BENCH_FILE it is
// skipped:
//
//	BENCH_FILE=/tmp/cases5m.csv BENCH_ROWS=5000000 go test -run TestWriteBenchFile ./examples/complaints
func TestWriteBenchFile(t *testing.T) {
	path := os.Getenv("BENCH_FILE")
	if path == "" {
		t.Skip("BENCH_FILE is not set")
	}
	rows := 1_000_000
	if s := os.Getenv("BENCH_ROWS"); s != "" {
		n, err := strconv.Atoi(s)
		require.NoError(t, err, "BENCH_ROWS")
		rows = n
	}
	writeBenchFile(t, path, rows)
}

// writeBenchFile writes the benchmarks' case file of rows records to path.
func writeBenchFile(tb testing.TB, path string, rows int) {
	f, err := os.Create(path)
	require.NoError(tb, err)
	bw := bufio.NewWriterSize(f, 1<<20)
	require.NoError(tb, writeBenchCases(bw, rows), "writing the case file")
	require.NoError(tb, bw.Flush())
	require.NoError(tb, f.Close())
}
