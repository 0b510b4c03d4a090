package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// mixedRequests returns requests of every endpoint, good and bad.
func mixedRequests(t testing.TB) []req {
	file := sample(t)
	return []req{
		{method: "GET", target: "/healthz"},
		{method: "GET", target: "/v1/holidays?from=2022-01-01&to=2022-12-31"},
		{method: "GET", target: "/v1/holidays?from=2100-01-01"},
		{method: "GET", target: "/v1/workdays/add?from=2022-09-15&n=2"},
		{method: "GET", target: "/v1/workdays/add?from=2022-09-15&n=x"},
		{method: "GET", target: "/v1/workdays/count?from=2014-08-01&to=2014-08-27"},
		{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01", "as_of": "2014-08-10"}`},
		{method: "POST", target: "/v1/deadlines", body: `{"received": "2022-09-15", "stage2_requested": "2022-10-20", "as_of": "2022-11-01"}`},
		{method: "POST", target: "/v1/deadlines", body: `{"received": "2005-06-01"}`},
		{method: "POST", target: "/v1/deadlines", body: `{"received": `},
		{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: file},
		{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: file, accept: "text/csv"},
		{method: "POST", target: "/v1/assess?as_of=2015-12-31&partial=true", body: badFile},
		{method: "POST", target: "/v1/report?year=2014-2015&as_of=2015-12-31", body: file},
		{method: "POST", target: "/v1/report?year=2013-2014&as_of=2015-12-31", body: file},
		{method: "POST", target: "/v1/report?as_of=2015-12-31&partial=true", body: badFile},
		{method: "POST", target: "/v1/return?period=2014-2015&population=120000", body: file},
		{method: "POST", target: "/v1/return?period=2014-Q2&partial=true", body: badFile},
		{method: "DELETE", target: "/v1/report"},
		{method: "GET", target: "/nowhere"},
	}
}

// send sends r to the server at base and returns the status and body.
func sendHTTP(c *http.Client, base string, r req) (string, error) {
	hr, err := http.NewRequest(r.method, base+r.target, strings.NewReader(r.body))
	if err != nil {
		return "", err
	}
	if r.accept != "" {
		hr.Header.Set("Accept", r.accept)
	}
	res, err := c.Do(hr)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return fmt.Sprintf("%d %s\n%s", res.StatusCode, res.Header.Get("Content-Type"), b), err
}

func TestThirtyTwoClientsAtOnceGetTheAnswersOfASerialRun(t *testing.T) {
	const clients, rounds = 32, 4
	srv := httptest.NewServer(testServer(t))
	defer srv.Close()
	c := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	defer c.CloseIdleConnections()

	reqs := mixedRequests(t)
	serial := make([]string, len(reqs))
	for i, r := range reqs {
		var err error
		serial[i], err = sendHTTP(c, srv.URL, r)
		require.NoError(t, err)
	}

	type mismatch struct {
		client, req int
		got         string
		err         error
	}
	bad := make(chan mismatch, clients*rounds*len(reqs))
	var wg sync.WaitGroup
	for client := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range rounds {
				for k := range reqs {
					i := (k + client + round) % len(reqs) // every client in its own order
					got, err := sendHTTP(c, srv.URL, reqs[i])
					if err != nil || got != serial[i] {
						bad <- mismatch{client, i, got, err}
					}
				}
			}
		}()
	}
	wg.Wait()
	close(bad)
	n := 0
	for m := range bad {
		if n++; n <= 3 {
			t.Errorf("client %d, %s %s: error %v, answer differs from the serial run's:\n%.500s", m.client, reqs[m.req].method, reqs[m.req].target, m.err, m.got)
		}
	}
	require.Zero(t, n, "answers that differ from the serial run's")
}
