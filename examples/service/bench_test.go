package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/timescale"
)

// benchQuery is the body of the benchmarks' POST /v1/deadlines: a
// complaint received in the week of the 2022 State Funeral, taken to
// stage 2, every deadline with its explanation.
const benchQuery = `{"received": "2022-09-15", "acknowledged": "2022-09-19", "stage2_requested": "2022-10-20", "as_of": "2022-11-01"}`

// BenchmarkDeadlinesOverLoopback measures the service as a client sees
// it: 32 clients at once, each on its own keep-alive connection over
// loopback, sending POST /v1/deadlines. It reports the requests answered
// per second and the median (p50) and 99th-percentile (p99) latency of a
// request, from the time of each.
//
//	go test -run '^$' -bench Loopback -benchtime 20000x ./examples/service
func BenchmarkDeadlinesOverLoopback(b *testing.B) {
	const clients = 32
	srv := httptest.NewServer(newServer(config{}))
	defer srv.Close()
	c := &http.Client{Transport: &http.Transport{
		MaxIdleConns:        clients,
		MaxIdleConnsPerHost: clients,
		DisableCompression:  true,
	}}
	defer c.CloseIdleConnections()
	url := srv.URL + "/v1/deadlines"
	body := []byte(benchQuery)
	post := func() error {
		req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		res, err := c.Do(req)
		if err != nil {
			return err
		}
		_, err = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			b.Errorf("status %d", res.StatusCode)
		}
		return err
	}
	// One request per client first, so that the connections are open
	// before the clock starts.
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := post(); err != nil {
				b.Error(err)
			}
		}()
	}
	wg.Wait()

	var next atomic.Int64
	times := make([][]time.Duration, clients)
	b.ResetTimer()
	start := time.Now()
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			own := make([]time.Duration, 0, b.N/clients+1)
			for next.Add(1) <= int64(b.N) {
				t0 := time.Now()
				if err := post(); err != nil {
					b.Error(err)
					return
				}
				own = append(own, time.Since(t0))
			}
			times[i] = own
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()

	all := slices.Concat(times...)
	slices.Sort(all)
	if len(all) == 0 {
		return
	}
	pct := func(p float64) float64 {
		return float64(all[min(len(all)-1, int(p*float64(len(all))))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}

// BenchmarkLibraryShare measures the library's part of a POST
// /v1/deadlines, without HTTP: evaluating the query
// (timescale.Engine.Deadlines) and encoding the schedule into a reused
// buffer, compact (timescale.Schedule.AppendJSON) and, as the service
// sends it, indented (AppendJSONIndent). The other sub-benchmarks split
// it, and give for comparison the encoding by reflection the service used
// before (encoding/json, then appendIndented) and json.Indent.
//
//	go test -run '^$' -bench LibraryShare -benchmem ./examples/service
func BenchmarkLibraryShare(b *testing.B) {
	var q timescale.Query
	if err := json.Unmarshal([]byte(benchQuery), &q); err != nil {
		b.Fatal(err)
	}
	var e timescale.Engine
	var out []byte
	encode := func(s *timescale.Schedule) {
		var err error
		if out, err = s.AppendJSON(out[:0]); err != nil {
			b.Fatal(err)
		}
	}
	encodeIndented := func(s *timescale.Schedule) {
		var err error
		if out, err = s.AppendJSONIndent(out[:0], "", "  "); err != nil {
			b.Fatal(err)
		}
	}
	deadlines := func() timescale.Schedule {
		s, err := e.Deadlines(q)
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	s := deadlines()
	b.Run("evaluate+encode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s := deadlines()
			encode(&s)
		}
	})
	b.Run("evaluate+encode-indented", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s := deadlines()
			encodeIndented(&s)
		}
	})
	b.Run("evaluate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			deadlines()
		}
	})
	b.Run("encode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			encode(&s)
		}
	})
	b.Run("encode-indented", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			encodeIndented(&s)
		}
	})
	// The schedule without its MarshalJSON, so that encoding/json
	// reflects over it.
	type reflected timescale.Schedule
	var compact, indented bytes.Buffer
	enc := json.NewEncoder(&compact)
	reflect := func() {
		compact.Reset()
		if err := enc.Encode(reflected(s)); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("encoding-json+appendIndented", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			reflect()
			out = appendIndented(out[:0], compact.Bytes())
		}
	})
	b.Run("appendIndented", func(b *testing.B) {
		reflect()
		b.SetBytes(int64(compact.Len()))
		b.ReportAllocs()
		for b.Loop() {
			out = appendIndented(out[:0], compact.Bytes())
		}
	})
	b.Run("json.Indent", func(b *testing.B) {
		reflect()
		b.SetBytes(int64(compact.Len()))
		b.ReportAllocs()
		for b.Loop() {
			indented.Reset()
			if err := json.Indent(&indented, compact.Bytes(), "", "  "); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPages measures the server time of the pages, through the
// handler without the network: GET / with the deadlines of a complaint
// received on 15 September 2022, and POST /v1/report?format=html of the
// sample case file (reading, evaluating and reporting it, then writing the
// page with its charts).
//
//	go test -run '^$' -bench Pages -benchmem ./examples/service
func BenchmarkPages(b *testing.B) {
	h := newServer(config{Now: func() time.Time { return time.Date(2022, 10, 3, 12, 0, 0, 0, time.UTC) }})
	b.Run("calculator", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", "/?received=15%2F09%2F2022&acknowledged=2022-09-19&stage2_requested=2022-09-30", nil))
			if rec.Code != 200 {
				b.Fatal(rec.Code, rec.Body.String())
			}
		}
	})
	file := sample(b)
	b.Run("report", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/report?year=2014-2015&as_of=2015-12-31&format=html", strings.NewReader(file)))
			if rec.Code != 200 {
				b.Fatal(rec.Code, rec.Body.String())
			}
		}
	})
}
