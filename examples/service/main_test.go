package main

// Tests of the program: its flags, its start and its shutdown.

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// A syncBuffer is a bytes.Buffer that the server's log and a test may use
// at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestRunRefusesWhatItCannotUse(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"an unknown flag is a usage error", []string{"--port", "80"}, 2, "flag provided but not defined: -port"},
		{"an argument is a usage error", []string{"serve"}, 2, `want no arguments but flags, got "serve"`},
		{"a body limit of 0 is a usage error", []string{"--max-body", "0"}, 2, "--max-body must be at least 1 byte"},
		{"a log level that is not one is a usage error", []string{"--log-level", "loud"}, 2, "invalid value"},
		{"-h prints the flags and succeeds", []string{"-h"}, 0, "-addr address"},
		{"an address it cannot listen on is status 1", []string{"--addr", "127.0.0.1:99999"}, 1, "cannot listen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr syncBuffer
			require.Equal(t, tt.status, run(tt.args, &stderr))
			require.Contains(t, stderr.String(), tt.stderr)
		})
	}
}

// started starts serve on a loopback port with h and returns the address,
// a function that stops it, and the channel serve's result arrives on.
func started(t *testing.T, h http.Handler, grace time.Duration) (string, context.CancelFunc, <-chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, h, slog.New(slog.DiscardHandler), grace) }()
	return ln.Addr().String(), cancel, done
}

func TestShutdownDrainsTheRequestInFlight(t *testing.T) {
	// The handler signals when the request reaches it; the body arrives in
	// two halves, the second after the shutdown has begun.
	inHandler := make(chan struct{})
	inner := testServer(t)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1/assess" {
			close(inHandler)
		}
		inner.ServeHTTP(w, r)
	})
	addr, stop, done := started(t, h, 10*time.Second)

	file := sample(t)
	half := len(file) / 2
	pr, pw := io.Pipe()
	type result struct {
		status int
		body   string
		err    error
	}
	answered := make(chan result, 1)
	go func() {
		res, err := http.Post("http://"+addr+"/v1/assess?as_of=2015-12-31", "text/csv", pr)
		if err != nil {
			answered <- result{err: err}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		answered <- result{status: res.StatusCode, body: string(b), err: err}
	}()
	_, err := io.WriteString(pw, file[:half])
	require.NoError(t, err)
	<-inHandler

	stop() // as SIGTERM does
	// The listener closes: a new connection is refused.
	require.Eventually(t, func() bool {
		c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err == nil {
			c.Close()
		}
		return err != nil
	}, 5*time.Second, 10*time.Millisecond, "the server still accepts connections after the shutdown began")
	select {
	case err := <-done:
		t.Fatalf("serve returned %v before the request in flight was answered", err)
	default:
	}

	_, err = io.WriteString(pw, file[half:])
	require.NoError(t, err)
	require.NoError(t, pw.Close())
	got := <-answered
	require.NoError(t, got.err)
	require.Equal(t, http.StatusOK, got.status)
	require.Equal(t, do(t, testServer(t), req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: file}).Body, got.body,
		"the request in flight is answered in full")
	require.NoError(t, <-done, "serve returns nil once the requests in flight are answered")
}

func TestShutdownGivesUpAfterTheGracePeriod(t *testing.T) {
	inHandler := make(chan struct{})
	inner := testServer(t)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(inHandler)
		inner.ServeHTTP(w, r)
	})
	addr, stop, done := started(t, h, 50*time.Millisecond)
	pr, pw := io.Pipe()
	defer pw.Close()
	go func() {
		res, err := http.Post("http://"+addr+"/v1/assess", "text/csv", pr)
		if err == nil {
			res.Body.Close()
		}
	}()
	_, err := io.WriteString(pw, "id,kind,received\n")
	require.NoError(t, err)
	<-inHandler
	stop()
	err = <-done
	require.ErrorContains(t, err, "requests still in flight after 50ms")
}

func TestServeReturnsTheErrorOfItsListener(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ln.Close()
	err = serve(context.Background(), ln, testServer(t), slog.New(slog.DiscardHandler), time.Second)
	require.ErrorIs(t, err, net.ErrClosed)
}

func TestRunServesUntilSignalled(t *testing.T) {
	if !canSignal {
		t.Skip("sending a signal to the test's own process needs a Unix system")
	}
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- run([]string{"--addr", "127.0.0.1:0", "--log-level", "debug"}, &stderr) }()
	var addr string
	require.Eventually(t, func() bool {
		for line := range strings.Lines(stderr.String()) {
			if _, a, ok := strings.Cut(line, "msg=listening addr="); ok {
				addr = strings.TrimSpace(a)
				return true
			}
		}
		return false
	}, 10*time.Second, 10*time.Millisecond, "run logs the address it listens on")

	res, err := http.Get("http://" + addr + "/healthz")
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)

	interrupt(t)
	select {
	case status := <-done:
		require.Equal(t, 0, status, "stderr:\n%s", stderr.String())
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return after the signal")
	}
	require.Contains(t, stderr.String(), "msg=request method=GET path=/healthz status=200", "--log-level debug logs every request")
	require.Contains(t, stderr.String(), "msg=stopped")
}
