package casefile

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/timescale"
)

// benchFile returns a case file of n records written by Writer, shaped like
// a council's: mostly complaints answered at stage 1, some taken to stage 2
// with findings, comments and compliments, one or two themes each, and a
// mix of dates over several years.
func benchFile(tb testing.TB, n int) []byte {
	fail := func(err error) {
		if tb == nil {
			panic(err)
		}
		tb.Fatal(err)
	}
	themes := []string{"Communication", "Staff attitude", "Respite", "Transport", "Assessment of needs",
		"Social worker", "Contact arrangements", "Lack of services", "Not following agreed plan", "Finance"}
	who := timescale.Complainants()
	var buf bytes.Buffer
	w := NewWriter(&buf)
	start := date(2010, time.April, 1)
	for i := range n {
		received := start.AddDays(i % 3650)
		c := timescale.Case{
			ID:          fmt.Sprintf("C-%07d", i),
			Received:    received,
			Complainant: who[i%len(who)],
			Themes:      []string{themes[i%len(themes)]},
		}
		switch i % 10 {
		case 0:
			c.Kind = timescale.Comment
		case 1:
			c.Kind = timescale.Compliment
		default:
			c.Kind = timescale.Complaint
			c.Procedure = timescale.ComplaintProcedure
			c.Acknowledged = received.AddDays(1)
			c.Discussed = received.AddDays(9)
			c.Stage1Response = received.AddDays(20)
			c.Themes = append(c.Themes, themes[(i/10)%len(themes)])
			if i%10 == 9 {
				c.Stage2Requested = received.AddDays(30)
				c.Stage2Response = received.AddDays(60)
				c.Findings = timescale.Findings{Upheld: i % 2, PartiallyUpheld: 1, NotUpheld: i % 3}
			}
		}
		if err := w.Write(c); err != nil {
			fail(err)
		}
	}
	if err := w.Flush(); err != nil {
		fail(err)
	}
	return buf.Bytes()
}

// benchRows is the number of records the benchmarks read: the million
// records that the package's choices of speed are justified at.
const benchRows = 1_000_000

// benchData is benchFile(benchRows), made once for all the benchmarks.
var benchData = sync.OnceValue(func() []byte { return benchFile(nil, benchRows) })

// BenchmarkRead reads a file of a million records with Read, with and
// without the duplicate-id check, and reports the time and allocations per
// record.
func BenchmarkRead(b *testing.B) {
	data := benchData()
	for _, allow := range []bool{false, true} {
		b.Run(fmt.Sprintf("AllowDuplicateIDs=%v", allow), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			loops := 0
			for b.Loop() {
				loops++
				r := NewReader(bytes.NewReader(data), "bench.csv")
				r.AllowDuplicateIDs = allow
				readBenchRows(b, r)
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(loops*benchRows), "ns/row")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(loops*benchRows), "allocs/row")
		})
	}
}

// readBenchRows reads every record of benchData with r, failing b on any
// error or on a number of records other than benchRows.
func readBenchRows(b *testing.B, r *Reader) {
	n := 0
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		n++
	}
	if n != benchRows {
		b.Fatalf("read %d rows, want %d", n, benchRows)
	}
}

// BenchmarkReadInto reads the file of BenchmarkRead into the cases of a
// batch of 256, as assess.Each fills its records: with ReadInto, and with
// Read and a copy of each case returned. It reports the time per record.
//
//	go test -run '^$' -bench ReadInto -benchmem ./casefile
func BenchmarkReadInto(b *testing.B) {
	data := benchData()
	batch := make([]timescale.Case, 256)
	for _, into := range []bool{true, false} {
		name := "ReadInto"
		if !into {
			name = "Read and a copy"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				r := NewReader(bytes.NewReader(data), "bench.csv")
				n := 0
				for ; ; n++ {
					dst := &batch[n%len(batch)]
					var err error
					if into {
						err = r.ReadInto(dst)
					} else {
						*dst, err = r.Read()
					}
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
				}
				if n != benchRows {
					b.Fatalf("read %d rows, want %d", n, benchRows)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchRows), "ns/row")
		})
	}
}

// BenchmarkFingerprint takes the fingerprints of the ids of
// BenchmarkRead's file, as both readings of ReadIDsFirst do for every
// record, and reports the time per id.
//
//	go test -run '^$' -bench Fingerprint ./casefile
func BenchmarkFingerprint(b *testing.B) {
	ids := make([]string, 4096)
	idBytes := make([][]byte, len(ids))
	for i := range ids {
		ids[i] = fmt.Sprintf("C-%07d", i*(benchRows/len(ids)))
		idBytes[i] = []byte(ids[i])
	}
	var r Reader
	var sum uint32
	b.Run("string", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sum += r.fingerprint(ids[i%len(ids)])
		}
	})
	b.Run("bytes", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sum += r.fingerprintBytes(idBytes[i%len(idBytes)])
		}
	})
	runtime.KeepAlive(sum)
}

// BenchmarkReadIDsFirst reads the file of BenchmarkRead with
// Reader.ReadIDsFirst, both readings, and the first reading alone, and
// reports the time and allocations per record, and the bytes per record
// of the live heap the first reading keeps at its end (the fingerprints).
//
//	go test -run '^$' -bench ReadIDsFirst -benchmem ./casefile
func BenchmarkReadIDsFirst(b *testing.B) {
	data := benchData()
	b.Run("both readings", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			r := NewReader(bytes.NewReader(data), "bench.csv")
			r.ReadIDsFirst = true
			readBenchRows(b, r)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchRows), "ns/row")
	})
	b.Run("the first reading", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		var perRow float64
		for b.Loop() {
			before := liveHeap()
			r := NewReader(bytes.NewReader(data), "bench.csv")
			var prints fingerprints
			ids := 0
			if err := r.eachID(func(id []byte) { prints.add(r.fingerprintBytes(id)); ids++ }); err != nil {
				b.Fatal(err)
			}
			if ids != benchRows {
				b.Fatalf("read %d ids, want %d", ids, benchRows)
			}
			perRow = float64(liveHeap()-before) / benchRows
			runtime.KeepAlive(&prints)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchRows), "ns/row")
		b.ReportMetric(perRow, "B/row")
	})
	b.Run("the repeats found among the fingerprints", func(b *testing.B) {
		var r Reader
		prints := make([]uint32, benchRows)
		for i := range prints {
			prints[i] = r.fingerprint(fmt.Sprintf("C-%07d", i))
		}
		b.ReportAllocs()
		for b.Loop() {
			var f fingerprints
			for _, fp := range prints {
				f.add(fp)
			}
			f.repeated()
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchRows), "ns/row")
	})
}
