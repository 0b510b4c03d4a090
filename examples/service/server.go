package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
	"github.com/cymru-complaints/statutory/timescale"
)

// A config is what a server is made from.
type config struct {
	// MaxBody is the largest request body accepted, in bytes; 0 means
	// defaultMaxBody.
	MaxBody int64
	// Logger receives the server's log; nil discards it. Requests are
	// logged at level Debug, failures of the server at level Error.
	Logger *slog.Logger
	// Now returns the current time, from which today's date in
	// Europe/London is taken; nil means time.Now.
	Now func() time.Time
	// Calendar is the working-day calendar of every answer; nil means
	// calendar.Wales(). The --holidays flag gives one made with
	// calendar.WalesWith.
	Calendar *calendar.Calendar
	// Policy is the council's policy (its local targets) every answer
	// applies, as timescale.Engine.Policy; the zero Policy has none. The
	// -policy flag gives one read with policy.ReadFile.
	Policy timescale.Policy
	// ReadTimeout is the http.Server's ReadTimeout, the time a request
	// has to arrive with its body, named by the answer to one too slow;
	// 0 means serve's (serverTimeouts).
	ReadTimeout time.Duration
}

// timeoutAnswerTime is the time the answer to a request too slow to arrive
// (408) has to be written.
const timeoutAnswerTime = 10 * time.Second

// defaultMaxBody is the default limit on request bodies: 32 MiB, about
// 300,000 rows of a case file.
const defaultMaxBody = 32 << 20

// A server answers the service's requests. It holds nothing that changes
// after newServer returns, so that it serves any number of requests at
// once.
type server struct {
	maxBody     int64
	readTimeout time.Duration
	log         *slog.Logger
	now         func() time.Time
	cal         *calendar.Calendar
	engine      timescale.Engine
	routes      map[string]*route
}

// A route is one path of the service and the handler of each method it
// takes.
type route struct {
	handlers map[string]handler
	allow    string // the Allow header of a 405 and of OPTIONS
}

// A handler answers one request. It returns nil when it has written the
// answer, an *httpproblem.Error for input it refuses, and any other error
// for a bug.
type handler func(w http.ResponseWriter, r *http.Request) error

// newServer returns the service as an http.Handler. The calendar and the
// rule table are built before it returns, not on the first request.
func newServer(cfg config) http.Handler {
	s := &server{
		maxBody: cfg.MaxBody,
		log:     cfg.Logger,
		now:     cfg.Now,
		cal:     cfg.Calendar,
	}
	if s.cal == nil {
		s.cal = calendar.Wales()
	}
	if s.maxBody <= 0 {
		s.maxBody = defaultMaxBody
	}
	if s.readTimeout = cfg.ReadTimeout; s.readTimeout <= 0 {
		s.readTimeout = serverTimeouts.read
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	s.engine = timescale.Engine{Calendar: s.cal, Table: timescale.Statutory(), Policy: cfg.Policy}
	s.routes = map[string]*route{}
	for _, e := range []struct {
		method, path string
		h            handler
	}{
		{http.MethodGet, "/", s.calculator},
		{http.MethodGet, "/healthz", s.healthz},
		{http.MethodGet, "/v1/holidays", s.holidays},
		{http.MethodGet, "/v1/workdays/add", s.workdaysAdd},
		{http.MethodGet, "/v1/workdays/count", s.workdaysCount},
		{http.MethodPost, "/v1/deadlines", s.deadlines},
		{http.MethodPost, "/v1/assess", s.assess},
		{http.MethodPost, "/v1/report", s.report},
		{http.MethodPost, "/v1/due", s.due},
		{http.MethodPost, "/v1/return", s.ombudsmanReturn},
	} {
		rt := s.routes[e.path]
		if rt == nil {
			rt = &route{handlers: map[string]handler{}}
			s.routes[e.path] = rt
		}
		rt.handlers[e.method] = e.h
		if e.method == http.MethodGet {
			rt.handlers[http.MethodHead] = e.h
		}
		rt.handlers[http.MethodOptions] = options
		methods := make([]string, 0, len(rt.handlers))
		for m := range rt.handlers {
			methods = append(methods, m)
		}
		slices.Sort(methods)
		rt.allow = strings.Join(methods, ", ")
	}
	return s
}

// ServeHTTP routes a request to its handler and writes the problem
// document of any error it returns.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rw := &statusWriter{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.LogAttrs(r.Context(), slog.LevelError, "panic", slog.String("method", r.Method), slog.String("path", r.URL.Path),
				slog.Any("panic", v), slog.String("stack", string(debug.Stack())))
			if rw.status == 0 {
				s.writeProblem(rw, r, internalError())
			}
		}
		if s.log.Enabled(r.Context(), slog.LevelDebug) {
			s.log.LogAttrs(r.Context(), slog.LevelDebug, "request", slog.String("method", r.Method), slog.String("path", r.URL.Path),
				slog.Int("status", rw.status), slog.Duration("duration", time.Since(start)))
		}
	}()
	h := w.Header()
	h["X-Content-Type-Options"] = nosniff
	h["Vary"] = varyLanguage
	rt := s.routes[r.URL.Path]
	if rt != nil && r.URL.RawPath != "" && strings.Contains(strings.ToUpper(r.URL.RawPath), "%2F") {
		// An escaped / is data within a segment, not a separator between
		// two (RFC 3986 section 2.2): /v1%2Fholidays is not /v1/holidays,
		// though net/url decodes both to the same Path.
		rt = nil
	}
	if rt == nil {
		s.writeProblem(rw, r, failf(http.StatusNotFound, codeNotFound, "", "no such path: "+r.URL.EscapedPath()))
		return
	}
	hf := rt.handlers[r.Method]
	if hf == nil || r.Method == http.MethodOptions {
		w.Header().Set("Allow", rt.allow)
	}
	if hf == nil {
		s.writeProblem(rw, r, failf(http.StatusMethodNotAllowed, codeMethodNotAllowed, "",
			r.Method+" is not allowed on "+r.URL.Path+": use "+rt.allow))
		return
	}
	if err := hf(rw, r); err != nil {
		s.writeProblem(rw, r, err)
	}
}

// options answers OPTIONS of a path: 204 with no body, its Allow header
// set by ServeHTTP, so that a client (or a browser's preflight) can ask
// what the path takes without being refused.
func options(w http.ResponseWriter, _ *http.Request) error {
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// drain reads and discards what is left of the body of r, up to
// s.maxBody bytes, before err is answered. A refusal often comes before
// the body is read to its end (a case file whose header is refused is
// answered after its first line), and net/http closes the connection of a
// request whose body is left unread; a client still sending the body then
// can lose the answer to the connection's reset. A body over the limit
// (413) is not read further.
//
// A client that sent Expect: 100-continue waits for the server's leave
// before it sends the body: when the answer comes before the handler
// asked for the body (a path, a method or a parameter refused), the body
// is not asked for only to be thrown away; the client gets the answer
// instead of 100 Continue, and net/http closes the connection after it.
func (s *server) drain(w http.ResponseWriter, r *http.Request, err error) {
	var pe *httpproblem.Error
	if errors.As(err, &pe) && (pe.Status == http.StatusRequestEntityTooLarge || pe.Status == http.StatusRequestTimeout) {
		return
	}
	if sw, ok := w.(*statusWriter); ok && !sw.bodyAsked && expectsContinue(r) {
		return
	}
	io.CopyN(io.Discard, r.Body, s.maxBody)
}

// expectsContinue reports whether the client of r waits for 100 Continue
// before it sends the body.
func expectsContinue(r *http.Request) bool {
	return r.ContentLength != 0 && r.ProtoAtLeast(1, 1) && strings.EqualFold(r.Header.Get("Expect"), "100-continue")
}

// varyLanguage is the Vary header of every answer: its words for people
// (the messages of a problem, a text or a page) follow Accept-Language.
// It and the other constant headers are shared by every answer, not made
// for each (BenchmarkDeadlinesOverLoopback); their length is their
// capacity, so that an Add to one answer's header copies it first.
var varyLanguage = []string{"Accept-Language"}

// varyLanguageAccept is the Vary header of an answer whose media type
// follows Accept too, whether or not the request had one: a cache that
// kept the JSON answer to a request without Accept must not give it to
// one asking for text/plain.
var varyLanguageAccept = []string{"Accept-Language", "Accept"}

// nosniff is the X-Content-Type-Options header of every answer.
var nosniff = []string{"nosniff"}

// jsonType is the Content-Type header of JSON answers.
var jsonType = []string{typeJSON}

// A statusWriter remembers the status written, for the request log and so
// that a panic after the header is not answered twice, and whether the
// handler asked for the request's body (server.body), so that drain
// does not ask a client waiting for 100 Continue for a body no one reads.
type statusWriter struct {
	http.ResponseWriter
	status    int
	bodyAsked bool
}

func (w *statusWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// writeProblem writes err as a problem document in the language of r: an
// *httpproblem.Error as it says, any other error as a 500, logged. It reads
// what is left of the body first (drain).
func (s *server) writeProblem(w http.ResponseWriter, r *http.Request, err error) {
	s.drain(w, r, err)
	var pe *httpproblem.Error
	if !errors.As(err, &pe) {
		s.log.LogAttrs(r.Context(), slog.LevelError, "internal error", slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Any("error", err))
		pe = internalError()
	}
	if pe.Status == http.StatusRequestTimeout {
		// The time for the request ran out, and with it, within
		// milliseconds, the time net/http gives the answer (WriteTimeout,
		// counted from the end of the headers): the answer gets time of
		// its own, and the connection, whose body was not read to its
		// end, is closed after it.
		http.NewResponseController(w).SetWriteDeadline(time.Now().Add(timeoutAnswerTime))
		w.Header().Set("Connection", "close")
	}
	t := languageOf(r)
	if t != lang.English {
		w.Header().Set("Content-Language", contentLanguage(t))
	}
	if err := pe.In(t).Write(w); err != nil {
		// A partial answer's rows or report that cannot be encoded: a bug.
		s.log.LogAttrs(r.Context(), slog.LevelError, "internal error", slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Any("error", err))
		internalError().In(t).Write(w)
	}
}

// An encoder writes answers as the command-line tool's JSON output
// does: indented by two spaces, with a final newline. The answer is
// encoded into a buffer before it is sent, so that it has a
// Content-Length and a failure to encode it is still a clean 500.
type encoder struct {
	compact bytes.Buffer
	enc     *json.Encoder // to compact
	out     []byte        // compact, indented (appendIndented)
}

// encoders holds encoders for reuse, so that an answer costs no new
// buffers once the server is warm.
var encoders = sync.Pool{New: func() any {
	e := new(encoder)
	e.enc = json.NewEncoder(&e.compact)
	return e
}}

// maxPooled is the largest answer whose encoder is kept for reuse.
const maxPooled = 1 << 20

// An indentAppender appends its JSON form indented, byte for byte as
// json.MarshalIndent writes it, as timescale.Schedule.AppendJSONIndent does.
type indentAppender interface {
	AppendJSONIndent(b []byte, prefix, indent string) ([]byte, error)
}

// writeJSON writes v as the command-line tool's JSON output.
func (s *server) writeJSON(w http.ResponseWriter, status int, v any) error {
	return s.write(w, status, "application/json", v)
}

func (s *server) write(w http.ResponseWriter, status int, contentType string, v any) error {
	e := encoders.Get().(*encoder)
	var err error
	if a, ok := v.(indentAppender); ok {
		// The library's own encoder, straight into the answer's buffer,
		// with no reflection and no second pass to indent
		// (BenchmarkDeadlinesOverLoopback).
		if e.out, err = a.AppendJSONIndent(e.out[:0], "", "  "); err == nil {
			e.out = append(e.out, '\n')
		}
	} else {
		e.compact.Reset()
		if err = e.enc.Encode(v); err == nil {
			e.out = appendIndented(e.out[:0], e.compact.Bytes())
		}
	}
	if err == nil {
		send(w, status, contentType, e.out)
	}
	if cap(e.out) <= maxPooled {
		encoders.Put(e)
	}
	if err != nil {
		return fmt.Errorf("encoding the answer: %w", err)
	}
	return nil
}

// send writes an answer whose body is complete. An error writing it means
// the client has gone: there is no one to tell.
func send(w http.ResponseWriter, status int, contentType string, body []byte) {
	h := w.Header()
	if contentType == jsonType[0] {
		h["Content-Type"] = jsonType
	} else {
		h.Set("Content-Type", contentType)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

// today returns today's date in Europe/London.
func (s *server) today() calendar.Date { return calendar.DateOf(s.now()) }

// body returns the request's body, limited to s.maxBody bytes, as it
// arrives and as it is once decoded: a body of Content-Encoding gzip is
// read through gzip, and one of any other coding is a 415 whose
// Accept-Encoding names gzip. With caseFile, a body sent as
// multipart/form-data, as a browser's form uploads a file, is the file of
// the form, its first part; a field of the form there instead is a 400
// (the parameters go in the query), and so is a form with no part.
func (s *server) body(w http.ResponseWriter, r *http.Request, caseFile bool) (io.Reader, error) {
	if sw, ok := w.(*statusWriter); ok {
		sw.bodyAsked = true
	}
	var in io.Reader = http.MaxBytesReader(w, r.Body, s.maxBody)
	switch coding := strings.ToLower(strings.TrimSpace(r.Header.Get("Content-Encoding"))); coding {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(in)
		if err != nil {
			if ofTransport(err) {
				return nil, s.bodyError(err)
			}
			return nil, failf(http.StatusBadRequest, codeUnreadableBody, "", "the body is not gzip data, as its Content-Encoding says: "+err.Error())
		}
		// The decoded body is held to the limit too: a small body may
		// decode to a great deal.
		in = http.MaxBytesReader(w, io.NopCloser(zr), s.maxBody)
	default:
		w.Header().Set("Accept-Encoding", "gzip")
		return nil, failf(http.StatusUnsupportedMediaType, codeUnsupportedEncoding, "",
			"the body's Content-Encoding "+problem.Quote(coding)+" is not one the service reads: send the body as it is, or with gzip")
	}
	if !caseFile {
		return in, nil
	}
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		return in, nil // a case file as the body, whatever the type it is sent as (curl --data-binary says a form)
	}
	if params["boundary"] == "" {
		return nil, failf(http.StatusBadRequest, codeUnreadableBody, "", "the body is multipart/form-data without a boundary: send the case file as the body, or as a file of a form")
	}
	part, err := multipart.NewReader(in, params["boundary"]).NextPart()
	switch {
	case err == io.EOF:
		return nil, failf(http.StatusBadRequest, codeUnreadableBody, "", "the form holds no file: send the case file as a file of the form, or as the body")
	case ofTransport(err):
		return nil, s.bodyError(err)
	case err != nil:
		return nil, failf(http.StatusBadRequest, codeUnreadableBody, "", "the form cannot be read: "+err.Error())
	case part.FileName() == "":
		return nil, failf(http.StatusBadRequest, codeUnreadableBody, part.FormName(),
			"a field of the form, not a file: the parameters of "+r.URL.Path+" go in the query, and the form holds only the case file")
	}
	return part, nil
}

// healthz answers GET /healthz.
func (s *server) healthz(w http.ResponseWriter, r *http.Request) error {
	if _, err := queryOf(r); err != nil {
		return err
	}
	return s.writeJSON(w, http.StatusOK, struct {
		Status          string `json:"status"`
		CalendarVersion string `json:"calendar_version"`
	}{"ok", s.cal.Version()})
}
