package main

// Tests of the service as a client outside sees it over a real
// connection.

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAnAnswerWhoseTypeFollowsAcceptSaysSoInVaryWhetherOrNotTheRequestHadAccept(t *testing.T) {
	file := sample(t)
	tests := []struct {
		name, method, target, body, accept string
		vary                               []string
	}{
		{"the deadlines asked with no Accept, as Go's client asks", "POST", "/v1/deadlines", `{"received": "2014-08-01"}`, "",
			[]string{"Accept-Language", "Accept"}},
		{"the deadlines asked as text", "POST", "/v1/deadlines", `{"received": "2014-08-01"}`, "text/plain",
			[]string{"Accept-Language", "Accept"}},
		{"an assessment asked with no Accept", "POST", "/v1/assess?as_of=2015-12-31", file, "",
			[]string{"Accept-Language", "Accept"}},
		{"a due list asked with no Accept", "POST", "/v1/due?as_of=2015-12-31", file, "",
			[]string{"Accept-Language", "Accept"}},
		{"the holidays, which are JSON whatever Accept says", "GET", "/v1/holidays?from=2014-01-01", "", "",
			[]string{"Accept-Language"}},
	}
	srv := httptest.NewServer(testServer(t))
	defer srv.Close()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := http.NewRequest(tt.method, srv.URL+tt.target, strings.NewReader(tt.body))
			require.NoError(t, err)
			if tt.accept != "" {
				r.Header.Set("Accept", tt.accept)
			}
			res, err := srv.Client().Do(r)
			require.NoError(t, err)
			defer res.Body.Close()
			io.Copy(io.Discard, res.Body)
			require.Equal(t, 200, res.StatusCode)
			require.Equal(t, tt.vary, res.Header.Values("Vary"))
		})
	}
}
