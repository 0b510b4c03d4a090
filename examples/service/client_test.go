package main

// Tests of the service as a client outside sees it over a real
// connection, where the transport matters: Expect: 100-continue, bodies
// sent in chunks, HTTP/1.0, and the answers that follow a refused request
// on the same keep-alive connection.

import (
	"bufio"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// An exchange is what a client writes on one connection and what it
// reads back, one answer at a time.
type exchange struct {
	write string // bytes the client sends before it reads the next answer; "" sends nothing
	// The answer wanted: its status, headers it must have with their
	// values, and text its body must hold ("" for any).
	status   int
	header   map[string]string
	bodyHas  string
	noAnswer bool // the connection is closed instead: nothing more comes
}

// post returns a request of HTTP/1.1 with the body given and its
// Content-Length, and the headers given, each ending in CRLF.
func post(target, headers, body string) string {
	return "POST " + target + " HTTP/1.1\r\nHost: service\r\n" + headers +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + body
}

// chunked returns a request of HTTP/1.1 whose body is sent in the chunks
// given (Transfer-Encoding: chunked).
func chunked(target string, chunks ...string) string {
	s := "POST " + target + " HTTP/1.1\r\nHost: service\r\nTransfer-Encoding: chunked\r\n\r\n"
	for _, c := range chunks {
		s += fmt.Sprintf("%x\r\n%s\r\n", len(c), c)
	}
	return s + "0\r\n\r\n"
}

// getHealth asks for /healthz on a keep-alive connection.
const getHealth = "GET /healthz HTTP/1.1\r\nHost: service\r\n\r\n"

// healthy is the answer to getHealth.
var healthy = exchange{write: getHealth, status: 200, bodyHas: `"status": "ok"`}

func TestAClientOverARealConnectionGetsEveryAnswer(t *testing.T) {
	rows := "id,kind,received\n" + strings.Repeat("C-1,complaint,2014-08-01\n", 20000) // 500 kB, more than net/http reads after an answer
	query := `{"received": "2014-08-01"}`
	tests := []struct {
		name      string
		exchanges []exchange
	}{
		{"a client waiting for 100 Continue whose parameter is refused gets the answer at once, is not asked for the body, and the connection closes", []exchange{
			{write: "POST /v1/assess?bogus=1 HTTP/1.1\r\nHost: service\r\nExpect: 100-continue\r\nContent-Length: 500000\r\n\r\n",
				status: 400, header: map[string]string{"Connection": "close"}, bodyHas: "bogus: unknown parameter"},
			{noAnswer: true},
		}},
		{"a client waiting for 100 Continue on no such path gets the 404 without sending the body", []exchange{
			{write: "POST /v1/nothing HTTP/1.1\r\nHost: service\r\nExpect: 100-continue\r\nContent-Length: 500000\r\n\r\n",
				status: 404, header: map[string]string{"Connection": "close"}},
			{noAnswer: true},
		}},
		{"a client waiting for 100 Continue is asked for a body the path reads, and answered", []exchange{
			{write: "POST /v1/deadlines HTTP/1.1\r\nHost: service\r\nExpect: 100-continue\r\nContent-Length: " + fmt.Sprint(len(query)) + "\r\n\r\n",
				status: 100},
			{write: query, status: 200, bodyHas: `"received": "2014-08-01"`},
			healthy,
		}},
		{"a client waiting for 100 Continue whose case file is refused after its header gets the 422 and keeps its connection", []exchange{
			{write: "POST /v1/assess?as_of=2015-12-31 HTTP/1.1\r\nHost: service\r\nExpect: 100-continue\r\nContent-Length: " + fmt.Sprint(len("x;y\n"+rows)) + "\r\n\r\n",
				status: 100},
			{write: "x;y\n" + rows, status: 422, bodyHas: "missing-column"},
			healthy,
		}},
		{"the next request on a keep-alive connection is answered after a parameter refused with the body unread", []exchange{
			{write: post("/v1/assess?bogus=1", "", rows), status: 400, bodyHas: "bogus: unknown parameter"},
			healthy,
		}},
		{"the next request on a keep-alive connection is answered after a case file refused at its header", []exchange{
			{write: post("/v1/due?as_of=2015-12-31", "", "x;y\n"+rows), status: 422},
			healthy,
		}},
		{"the next request on a keep-alive connection is answered after a chunked body refused", []exchange{
			{write: chunked("/v1/assess?bogus=1", rows[:250000], rows[250000:]), status: 400},
			healthy,
		}},
		{"the next request on a keep-alive connection is answered after JSON refused", []exchange{
			{write: post("/v1/deadlines", "", `{"received": "2014-08-01"} and more`), status: 400, bodyHas: "malformed-json"},
			healthy,
		}},
		{"a JSON query sent in chunks is answered", []exchange{
			{write: chunked("/v1/deadlines", `{"received":`, ` "2014-08-01"}`), status: 200, bodyHas: `"received": "2014-08-01"`},
			healthy,
		}},
		{"a body whose chunks cannot be read is a 400 that closes the connection, as what follows cannot be told from the body", []exchange{
			{write: "POST /v1/deadlines HTTP/1.1\r\nHost: service\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n" + getHealth,
				status: 400, header: map[string]string{"Connection": "close"}, bodyHas: "unreadable-body"},
			{noAnswer: true},
		}},
		{"a path whose / is escaped is no such path, as an escaped / separates no segments", []exchange{
			{write: "GET /v1%2Fholidays HTTP/1.1\r\nHost: service\r\n\r\n", status: 404, bodyHas: "no such path: /v1%2Fholidays"},
			{write: "GET /v1/holi%64ays?from=2014-01-01 HTTP/1.1\r\nHost: service\r\n\r\n", status: 200, bodyHas: "2014-01-01"},
		}},
		{"an HTTP/1.0 client is answered and the connection closes", []exchange{
			{write: "POST /v1/deadlines HTTP/1.0\r\nContent-Length: " + fmt.Sprint(len(query)) + "\r\n\r\n" + query, status: 200, bodyHas: `"received": "2014-08-01"`},
			{noAnswer: true},
		}},
		{"an HTTP/1.0 client asking to keep the connection alive gets its next answer on it", []exchange{
			{write: "GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", status: 200, header: map[string]string{"Connection": "keep-alive"}},
			{write: "GET /v1/workdays/add?from=2014-08-01&n=2 HTTP/1.0\r\n\r\n", status: 200, bodyHas: `"date": "2014-08-05"`},
		}},
	}
	srv := httptest.NewServer(testServer(t))
	defer srv.Close()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := net.Dial("tcp", srv.Listener.Addr().String())
			require.NoError(t, err)
			defer c.Close()
			require.NoError(t, c.SetDeadline(time.Now().Add(10*time.Second)))
			br := bufio.NewReader(c)
			for i, ex := range tt.exchanges {
				if ex.write != "" {
					// Written while the answer is read: a client may send
					// the whole of a large body before it reads, and the
					// server answers a refused one before its end.
					go io.WriteString(c, ex.write)
				}
				if ex.noAnswer {
					_, err := br.ReadByte()
					require.ErrorIs(t, err, io.EOF, "answer %d: the server closes the connection", i+1)
					continue
				}
				res, err := http.ReadResponse(br, nil)
				require.NoError(t, err, "answer %d", i+1)
				body, err := io.ReadAll(res.Body)
				require.NoError(t, err, "answer %d", i+1)
				require.Equal(t, ex.status, res.StatusCode, "answer %d: %s", i+1, body)
				for k, v := range ex.header {
					got := res.Header.Get(k)
					if k == "Connection" && res.Close {
						got = "close" // http.ReadResponse takes it into Close
					}
					require.Equal(t, v, got, "answer %d: header %s", i+1, k)
				}
				require.Contains(t, string(body), ex.bodyHas, "answer %d", i+1)
			}
		})
	}
}

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

func TestASlowClientGetsAnAnswerOrAClosedConnectionNeverAHang(t *testing.T) {
	const read = 400 * time.Millisecond
	limits := timeouts{readHeader: 200 * time.Millisecond, read: read, write: read, idle: time.Second}
	tests := []struct {
		name    string
		write   string // sent at once; the rest of the request never comes
		status  int    // 0: the connection is closed with no answer
		bodyHas string
	}{
		{"a JSON query whose body stops arriving gets a 408 naming the time, and the connection closes",
			"POST /v1/deadlines HTTP/1.1\r\nHost: service\r\nContent-Length: 100\r\n\r\n{\"received\": ",
			408, `"detail": "the body had not all arrived 400ms after the request began: send it again over a faster link, or compressed with gzip"`},
		{"a case file whose body stops arriving after some rows gets a 408",
			"POST /v1/assess?as_of=2015-12-31 HTTP/1.1\r\nHost: service\r\nContent-Length: 100000\r\n\r\nid,kind,received\nC-1,complaint,2014-08-01\n",
			408, `"code": "request-timeout"`},
		{"a case file sent in chunks that stop arriving gets a 408",
			"POST /v1/due?as_of=2015-12-31 HTTP/1.1\r\nHost: service\r\nTransfer-Encoding: chunked\r\n\r\n11\r\nid,kind,received\n\r\n",
			408, `"code": "request-timeout"`},
		{"a gzip body that stops arriving in its header gets a 408",
			"POST /v1/deadlines HTTP/1.1\r\nHost: service\r\nContent-Encoding: gzip\r\nContent-Length: 100\r\n\r\n\x1f\x8b",
			408, `"code": "request-timeout"`},
		{"a client whose headers stop arriving has its connection closed",
			"GET /healthz HTTP/1.1\r\nHost: serv", 0, ""},
	}
	srv := httptest.NewUnstartedServer(nil)
	srv.Config = newHTTPServer(newServer(config{Now: func() time.Time { return testNow }, ReadTimeout: read}), slog.New(slog.DiscardHandler), limits)
	srv.Start()
	defer srv.Close()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := net.Dial("tcp", srv.Listener.Addr().String())
			require.NoError(t, err)
			defer c.Close()
			require.NoError(t, c.SetDeadline(time.Now().Add(10*time.Second)))
			_, err = io.WriteString(c, tt.write)
			require.NoError(t, err)
			br := bufio.NewReader(c)
			if tt.status == 0 {
				_, err := br.ReadByte()
				require.ErrorIs(t, err, io.EOF, "the server closes the connection")
				return
			}
			res, err := http.ReadResponse(br, nil)
			require.NoError(t, err, "an answer")
			body, err := io.ReadAll(res.Body)
			require.NoError(t, err)
			require.Equal(t, tt.status, res.StatusCode, "%s", body)
			require.Equal(t, "application/problem+json", res.Header.Get("Content-Type"))
			require.True(t, res.Close, "Connection: close")
			require.Contains(t, string(body), tt.bodyHas)
		})
	}
}
