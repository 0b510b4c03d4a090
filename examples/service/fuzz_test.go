package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// FuzzRequests sends the service requests of every endpoint with any
// query, body and Accept header, and checks that bad input never gets a
// 5xx and that every error is a problem document whose status is the
// answer's.
func FuzzRequests(f *testing.F) {
	paths := []struct{ method, path string }{
		{"GET", "/v1/holidays"},
		{"GET", "/v1/workdays/add"},
		{"GET", "/v1/workdays/count"},
		{"POST", "/v1/deadlines"},
		{"POST", "/v1/assess"},
		{"POST", "/v1/report"},
		{"POST", "/v1/due"},
		{"GET", "/healthz"},
		{"POST", "/v1/return"},
	}
	f.Add(uint8(0), "from=2022-09-01&to=2022-12-31", "", "")
	f.Add(uint8(1), "from=2099-12-30&n=5", "", "")
	f.Add(uint8(2), "from=2014-08-01&to=1974-01-01", "", "")
	f.Add(uint8(3), "", `{"received": "2014-08-01", "acknowledged": "2014-08-04", "as_of": "2014-09-01"}`, "")
	f.Add(uint8(3), "", `{"received": "2099-12-30", "matter": "1900-01-01"}`, "")
	f.Add(uint8(4), "as_of=2015-12-31&partial=true", badFile, "text/csv")
	f.Add(uint8(5), "year=2014-15&partial=1", badFile, "")
	f.Add(uint8(5), "as_of=2015-12-31", "id,kind,received\nC-1,complaint,2014-08-01\n", "")
	f.Add(uint8(6), "x=%zz", "", "application/json;q=0")
	f.Add(uint8(7), "as_of=2015-01-07", "id,kind,received\nC-1,complaint,2015-01-05\n", "text/csv;q=0, */*")
	f.Add(uint8(5), "format=html&lang=cy%2Ben&as_of=2015-12-31", "id,kind,received\nC-1,complaint,2014-08-01\n", "")
	f.Add(uint8(7), "as_of=2015-01-07&within=3", "id,kind,received,owner\nC-1,complaint,2015-01-05,A\n", "text/calendar")
	f.Add(uint8(8), "period=2014-Q2&partial=true&procedures=complaint,corporate&population=1000", badFile, "")
	f.Add(uint8(8), "period=2015-H2&format=text&lang=cy", "id,kind,received\nC-1,complaint,2015-10-01\n", "")
	h := newServer(config{MaxBody: 1 << 16, Now: func() time.Time { return testNow }})
	f.Fuzz(func(t *testing.T, which uint8, query, body, accept string) {
		p := paths[int(which)%len(paths)]
		r := httptest.NewRequest(p.method, p.path, strings.NewReader(body))
		r.URL.RawQuery = query
		r.Header.Set("Accept", accept)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code >= 500 {
			t.Fatalf("%s %s?%s: status %d: %s", p.method, p.path, query, rec.Code, rec.Body)
		}
		switch ct := rec.Header().Get("Content-Type"); ct {
		case "application/problem+json":
			var doc struct {
				Status int    `json:"status"`
				Code   string `json:"code"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil || doc.Status != rec.Code || doc.Code == "" {
				t.Fatalf("%s %s?%s: status %d, a problem document that is not one (%v): %s", p.method, p.path, query, rec.Code, err, rec.Body)
			}
		case "application/json":
			if rec.Code != http.StatusOK || !json.Valid(rec.Body.Bytes()) {
				t.Fatalf("%s %s?%s: status %d with JSON that is not valid: %s", p.method, p.path, query, rec.Code, rec.Body)
			}
		case typeCSV, typeText, typeMarkdown, typeHTML, typeCalendar:
			if rec.Code != http.StatusOK {
				t.Fatalf("%s %s?%s: status %d with %s", p.method, p.path, query, rec.Code, ct)
			}
		default:
			t.Fatalf("%s %s?%s: status %d, Content-Type %q", p.method, p.path, query, rec.Code, ct)
		}
	})
}
