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
)

// The server's limits. ReadTimeout and WriteTimeout allow a body of
// --max-body bytes to arrive, and its answer to leave, over a slow link.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 2 * time.Minute
	writeTimeout      = 2 * time.Minute
	idleTimeout       = 2 * time.Minute
	maxHeaderBytes    = 64 << 10
)

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
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	h := newServer(config{MaxBody: *maxBody, Logger: log})
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
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
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
