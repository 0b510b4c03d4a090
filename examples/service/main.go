package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	_ "time/tzdata" // today's date is taken in Europe/London on any machine

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/policy"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// maxHeaderBytes bounds the request line and headers of a request.
const maxHeaderBytes = 256 << 10

// timeouts are the limits of an http.Server on slow clients.
type timeouts struct {
	readHeader, read, write, idle time.Duration
}

// serverTimeouts are the service's limits on slow clients. The times to
// read a request and to write an answer allow a body of --max-body bytes
// to arrive, and its answer to leave, over a slow link.
var serverTimeouts = timeouts{
	readHeader: 10 * time.Second,
	read:       2 * time.Minute,
	write:      2 * time.Minute,
	idle:       2 * time.Minute,
}

// newHTTPServer returns the http.Server that serves h with the limits t,
// logging what net/http reports at level Warn.
func newHTTPServer(h http.Handler, log *slog.Logger, t timeouts) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.readHeader,
		ReadTimeout:       t.read,
		WriteTimeout:      t.write,
		IdleTimeout:       t.idle,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

// run runs the service with the command-line arguments args (without the
// program name), logging to stderr, until SIGINT or SIGTERM, and returns
// the exit status.
func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("service", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on, host:port")
	maxBody := fs.Int64("max-body", defaultMaxBody, "largest request body accepted, in `bytes`")
	grace := fs.Duration("shutdown-timeout", 30*time.Second, "how long requests in flight may take to finish once a signal stops the server")
	holidays := fs.String("holidays", "", "`file` of holiday data to apply on top of the embedded record (GOV.UK's bank-holidays.json, or a CSV file with the header date,title)")
	policyFile := fs.String("policy", "", "a council's policy `file` (docs/policy.md): the local targets every answer applies")
	var level slog.Level
	fs.TextVar(&level, "log-level", slog.LevelInfo, "least `level` logged: debug (every request), info, warn or error")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "service: want no arguments but flags, got %q\n", fs.Arg(0))
		return 2
	}
	if *maxBody <= 0 {
		fmt.Fprintf(stderr, "service: --max-body must be at least 1 byte, got %d\n", *maxBody)
		return 2
	}
	cal, err := holidayCalendar(*holidays)
	if err != nil {
		fmt.Fprintf(stderr, "service: --holidays: %s\n", err)
		return 1
	}
	pol, err := readPolicy(*policyFile)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	h := newServer(config{MaxBody: *maxBody, Logger: log, Calendar: cal, Policy: pol})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Error("cannot listen", "error", err)
		return 1
	}
	if err := serve(ctx, ln, h, log, *grace); err != nil {
		log.Error("stopped", "error", err)
		return 1
	}
	return 0
}

// serve serves h on ln until ctx is done, then shuts the server down: it
// closes ln, lets the requests in flight finish, for at most grace, and
// returns nil once they have; an error when it could not serve or the
// requests did not finish in time.
func serve(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger, grace time.Duration) error {
	srv := newHTTPServer(h, log, serverTimeouts)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("listening", "addr", ln.Addr().String())

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing the requests in flight", "grace", grace)
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("requests still in flight after %v: %w", grace, err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}

// holidayCalendar returns the statutory calendar of Wales with the holiday
// data of the file at path applied (calendar.WalesWith), or the embedded
// calendar when path is empty. The error is a message for people naming
// what is wrong with the file.
func holidayCalendar(path string) (*calendar.Calendar, error) {
	if path == "" {
		return calendar.Wales(), nil
	}
	hf, err := calendar.LoadHolidayFile(path)
	if err != nil {
		if pe := (*os.PathError)(nil); errors.As(err, &pe) {
			return nil, fmt.Errorf("cannot open %s: %v", path, pe.Err)
		}
		return nil, errors.New(problem.Message(err))
	}
	cal, err := calendar.WalesWith(hf)
	if err != nil {
		return nil, errors.New(problem.Message(err))
	}
	return cal, nil
}

// readPolicy returns the policy of the council's policy file at path
// (policy.ReadFile), or no policy when path is empty. The error is for
// people: each problem of the file on a line of its own, as
// FILE:LINE: field: message, or why the file cannot be read.
func readPolicy(path string) (timescale.Policy, error) {
	if path == "" {
		return timescale.Policy{}, nil
	}
	p, err := policy.ReadFile(path, nil)
	var pe *policy.Error
	switch {
	case err == nil:
		return p, nil
	case errors.As(err, &pe):
		return p, pe
	}
	var pathErr *os.PathError
	if errors.As(err, &pathErr) {
		err = pathErr.Err
	}
	return p, fmt.Errorf("service: -policy: cannot read %s: %v", path, err)
}
