package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/ics"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
	"github.com/cymru-complaints/statutory/report"
	"github.com/cymru-complaints/statutory/timescale"
)

// holidays answers GET /v1/holidays?from=D&to=D, as
// "complaints holidays --from D --to D --format json".
func (s *server) holidays(w http.ResponseWriter, r *http.Request) error {
	p, err := queryOf(r, "from", "to")
	if err != nil {
		return err
	}
	from, err := p.date("from", s.cal)
	if err != nil {
		return err
	}
	to, err := p.date("to", s.cal)
	if err != nil {
		return err
	}
	// The defaults of the command-line tool: the whole year of the date
	// given, or of today.
	from, to = calendar.ListingRange(from, to, s.today())
	if to.Before(from) {
		return failf(http.StatusBadRequest, codeInvalidParameter, "to", to.String()+" is before from "+from.String())
	}
	rows, err := s.cal.WeekdayHolidays(from, to)
	if err != nil {
		return httpproblem.FromError("", err)
	}
	return s.writeJSON(w, http.StatusOK, rows)
}

// workdaysAdd answers GET /v1/workdays/add?from=D&n=N, as
// "complaints workdays add D N".
func (s *server) workdaysAdd(w http.ResponseWriter, r *http.Request) error {
	p, err := queryOf(r, "from", "n")
	if err != nil {
		return err
	}
	if err := p.required("from", "the date to count from, YYYY-MM-DD"); err != nil {
		return err
	}
	if err := p.required("n", "the number of working days to add"); err != nil {
		return err
	}
	from, err := p.date("from", s.cal)
	if err != nil {
		return err
	}
	n, err := p.workingDays("n")
	if err != nil {
		return err
	}
	res, err := s.cal.Add(from, n)
	if err != nil {
		return httpproblem.FromError("n", err)
	}
	return s.writeJSON(w, http.StatusOK, res)
}

// workdaysCount answers GET /v1/workdays/count?from=D&to=D, as
// "complaints workdays count D D".
func (s *server) workdaysCount(w http.ResponseWriter, r *http.Request) error {
	p, err := queryOf(r, "from", "to")
	if err != nil {
		return err
	}
	if err := p.required("from", "the date to count from, YYYY-MM-DD"); err != nil {
		return err
	}
	if err := p.required("to", "the date to count to, YYYY-MM-DD"); err != nil {
		return err
	}
	from, err := p.date("from", s.cal)
	if err != nil {
		return err
	}
	to, err := p.date("to", s.cal)
	if err != nil {
		return err
	}
	res, err := s.cal.Count(from, to)
	if err != nil {
		return httpproblem.FromError("", err)
	}
	return s.writeJSON(w, http.StatusOK, res)
}

// deadlines answers POST /v1/deadlines, whose body is a timescale.Query,
// as "complaints deadlines --format json" with the same dates.
func (s *server) deadlines(w http.ResponseWriter, r *http.Request) error {
	if _, err := queryOf(r); err != nil {
		return err
	}
	q, err := s.readQuery(w, r)
	if err != nil {
		return err
	}
	// As the command-line tool: without as_of, today, when nothing can
	// have happened tomorrow.
	eng, asOf := s.engine.OnDate(q.AsOf, s.today())
	q.AsOf = asOf
	sched, err := eng.Deadlines(q)
	if err != nil {
		return httpproblem.FromError("", err)
	}
	w.Header()["Vary"] = varyLanguageAccept
	if r.Header.Get("Accept") != "" {
		if negotiate(r.Header, typeJSON, typeText) == typeText {
			t := languageOf(r)
			var b bytes.Buffer
			if err := sched.WriteTextIn(&b, t); err != nil {
				return err
			}
			if t != lang.English {
				w.Header().Set("Content-Language", contentLanguage(t))
			}
			send(w, http.StatusOK, typeText, b.Bytes())
			return nil
		}
	}
	return s.writeJSON(w, http.StatusOK, &sched)
}

// readQuery reads the body of r, the JSON form of a timescale.Query, with
// timescale.ParseQuery, and answers what it refuses with a 400 naming the
// member at fault.
func (s *server) readQuery(w http.ResponseWriter, r *http.Request) (timescale.Query, error) {
	body, err := s.body(w, r, false)
	if err != nil {
		return timescale.Query{}, err
	}
	read := readBodies.Get().(*bytes.Buffer)
	read.Reset()
	defer func() {
		if read.Cap() <= maxPooled {
			readBodies.Put(read)
		}
	}()
	if _, err := read.ReadFrom(body); err != nil {
		return timescale.Query{}, s.bodyError(err)
	}
	q, err := timescale.ParseQuery(read.Bytes())
	var qe *timescale.QueryError
	if !errors.As(err, &qe) {
		return q, err
	}
	p := problem.New(qe.Member, qe)
	if qe.Encoding != "" {
		p.Message += sentAs(r)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset <= 1 {
		// Not JSON from its first byte: perhaps a case file sent here.
		p.Message += "; a case file (CSV) goes to /v1/assess, /v1/due, /v1/report or /v1/return"
	}
	return q, httpproblem.FromProblem(http.StatusBadRequest, p)
}

// sentAs returns " (sent as charset=C)", naming the charset parameter of
// the Content-Type of r, when it gives one other than UTF-8: JSON is UTF-8
// (RFC 8259), and the service reads no other.
func sentAs(r *http.Request) string {
	_, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || params["charset"] == "" || strings.EqualFold(params["charset"], "utf-8") {
		return ""
	}
	return " (sent as charset=" + problem.Quote(params["charset"]) + ")"
}

// readBodies holds the buffers in which readQuery reads a query.
var readBodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// The media types of the answers.
const (
	typeJSON     = "application/json"
	typeCSV      = "text/csv; charset=utf-8; header=present"
	typeText     = "text/plain; charset=utf-8"
	typeCalendar = "text/calendar; charset=utf-8"
	typeMarkdown = "text/markdown; charset=utf-8"
	typeHTML     = "text/html; charset=utf-8"
)

// caseParams are the parameters of every endpoint that reads a case file.
var caseParams = []string{"as_of", "deem_next_working_day", "transition", "strict", "partial", "warnings"}

// A caseRun is one pass over the case file of a request's body, with the
// options its parameters give, gathering the problems of the bad rows
// and the warnings of the good ones.
type caseRun struct {
	opt     assess.Options
	partial bool // partial=true: the good rows beside the problems
	wrap    bool // warnings=true: the answer wrapped with its warnings
	lang    lang.Tag

	// sum lists at most maxListed problems and warnings, and counts them
	// all, so that a body of bad rows takes bounded memory.
	sum assess.Summary
}

// newCaseRun reads the parameters of a case-file endpoint, as the
// command-line tool reads the same flags: as_of (default today, when an
// event dated after it is a problem of its row: timescale.Engine.RefuseFuture),
// deem_next_working_day, transition, strict (refuse a header naming an
// unknown column, instead of ignoring the column with a warning), owner
// when the endpoint takes it, partial and warnings.
func (s *server) newCaseRun(r *http.Request, p params) (*caseRun, error) {
	asOf, err := p.date("as_of", s.cal)
	if err != nil {
		return nil, err
	}
	c := &caseRun{lang: languageOf(r), sum: assess.Summary{MaxListed: maxListed}}
	c.opt.Engine, c.opt.AsOf = s.engine.OnDate(asOf, s.today())
	if c.opt.Engine.DeemNextWorkingDay, err = p.bool("deem_next_working_day"); err != nil {
		return nil, err
	}
	if c.opt.Engine.Transition, err = p.transition(); err != nil {
		return nil, err
	}
	strict, err := p.bool("strict")
	if err != nil {
		return nil, err
	}
	c.opt.Reader = func(cr *casefile.Reader) { cr.Lenient = !strict }
	c.opt.Owner = p.v.Get("owner")
	if c.partial, err = p.bool("partial"); err != nil {
		return nil, err
	}
	if c.wrap, err = p.bool("warnings"); err != nil {
		return nil, err
	}
	return c, nil
}

// each reads the case file of r's body and calls fn for every good record
// (assess.Each), gathering the problems and warnings of every row.
func (c *caseRun) each(s *server, w http.ResponseWriter, r *http.Request, fn func(*assess.Record) error) error {
	body, err := s.body(w, r, true)
	if err != nil {
		return err
	}
	err = assess.Each(body, "body", c.opt, func(rec *assess.Record) error {
		c.sum.Add(rec)
		if !rec.OK() {
			return nil
		}
		return fn(rec)
	})
	if err != nil {
		return c.with(s.caseFileError(err, &c.sum))
	}
	return nil
}

// with returns err with the warnings of the pass when it is an
// *httpproblem.Error.
func (c *caseRun) with(err error) error {
	var e *httpproblem.Error
	if errors.As(err, &e) {
		e.ListWarnings(bodyLines(c.sum.Warnings), c.sum.WarningCount)
	}
	return err
}

// err returns the 422 of the problems of the bad rows, with the warnings
// of the good ones, or nil when every row was good.
func (c *caseRun) err() *httpproblem.Error {
	e := problemsOf(&c.sum)
	if e != nil {
		e.ListWarnings(bodyLines(c.sum.Warnings), c.sum.WarningCount)
	}
	return e
}

// newCaseRunAnswering is newCaseRun for an endpoint whose answer has the
// media type contentType, chosen from its parameters: it refuses
// warnings=true (checkWrap) for an answer that is not JSON.
func (s *server) newCaseRunAnswering(r *http.Request, p params, contentType string) (*caseRun, error) {
	c, err := s.newCaseRun(r, p)
	if err != nil {
		return nil, err
	}
	return c, c.checkWrap(contentType)
}

// checkWrap returns a 400 when warnings=true asks to wrap an answer that
// is not JSON.
func (c *caseRun) checkWrap(contentType string) error {
	if c.wrap && contentType != typeJSON {
		return failf(http.StatusBadRequest, codeInvalidParameter, "warnings",
			"warnings=true wraps a JSON answer with its warnings: ask for application/json, or leave it out and read the Case-File-Warnings header")
	}
	return nil
}

// A wrapped answer is the JSON answer of a case-file endpoint with the
// warnings of its pass, for warnings=true.
type wrapped struct {
	Warnings       []casefile.LineProblem `json:"warnings"`
	WarningCount   int                    `json:"warning_count,omitempty"`
	SetAside       int                    `json:"set_aside"`
	NotYetReceived int                    `json:"not_yet_received"`
	Result         json.RawMessage        `json:"result"`
}

// send writes body, the answer of a case-file endpoint as the command-line
// tool prints it, with the Case-File-Warnings header when the file had
// warnings; for warnings=true, the JSON body wrapped with them.
func (c *caseRun) send(s *server, w http.ResponseWriter, contentType string, body []byte) error {
	if c.sum.WarningCount > 0 {
		w.Header().Set("Case-File-Warnings", strconv.Itoa(c.sum.WarningCount))
	}
	if c.lang != lang.English && contentType != typeJSON && contentType != typeCSV {
		w.Header().Set("Content-Language", contentLanguage(c.lang))
	}
	if !c.wrap {
		send(w, http.StatusOK, contentType, body)
		return nil
	}
	ws := make([]casefile.LineProblem, 0, len(c.sum.Warnings))
	for _, p := range bodyLines(c.sum.Warnings) {
		ws = append(ws, p.In(c.lang))
	}
	v := wrapped{Warnings: ws, SetAside: c.sum.SetAside, NotYetReceived: c.sum.NotYetReceived, Result: body}
	if c.sum.WarningCount > len(c.sum.Warnings) {
		v.WarningCount = c.sum.WarningCount
	}
	return s.writeJSON(w, http.StatusOK, v)
}

// calendarParams reads remind and include_closed, the options of a
// calendar file, which apply to text/calendar answers only.
func calendarParams(p params, contentType string) (remind int, includeClosed bool, err error) {
	if contentType != typeCalendar && (p.has("remind") || p.has("include_closed")) {
		field := "remind"
		if !p.has("remind") {
			field = "include_closed"
		}
		return 0, false, failf(http.StatusBadRequest, codeInvalidParameter, field, "remind and include_closed apply to calendar files only (Accept: text/calendar)")
	}
	if remind, err = p.days("remind", ics.DefaultRemind); err != nil {
		return 0, false, err
	}
	includeClosed, err = p.bool("include_closed")
	return remind, includeClosed, err
}

// assess answers POST /v1/assess, whose body is a case file, as
// "complaints assess - --format json" (or csv, text, ics) with the same
// flags.
func (s *server) assess(w http.ResponseWriter, r *http.Request) error {
	p, err := queryOf(r, append(caseParams, "owner", "remind", "include_closed")...)
	if err != nil {
		return err
	}
	c, err := s.newCaseRun(r, p)
	if err != nil {
		return err
	}
	contentType := negotiate(r.Header, typeJSON, typeCSV, typeText, typeCalendar)
	w.Header().Add("Vary", "Accept")
	if err := c.checkWrap(contentType); err != nil {
		return err
	}
	remind, includeClosed, err := calendarParams(p, contentType)
	if err != nil {
		return err
	}

	var b bytes.Buffer
	var write func(*assess.Record) error
	var finish func() error
	var rows []assess.Row
	if contentType == typeCalendar {
		cw, err := ics.NewWriter(&b, ics.Options{Engine: c.opt.Engine, AsOf: c.opt.AsOf, Remind: remind, IncludeClosed: includeClosed,
			Name: ics.NameFor("Complaints deadlines", c.opt.Owner)})
		if err != nil {
			return err
		}
		write = func(rec *assess.Record) error { return cw.WriteCase(&rec.Case, &rec.Assessment) }
		finish = cw.Close
	} else {
		write = func(rec *assess.Record) error {
			if row, ok := assess.RowOf(&rec.Assessment); ok {
				rows = append(rows, row)
			}
			return nil
		}
		finish = func() error { return nil }
	}
	if err := c.each(s, w, r, write); err != nil {
		return err
	}
	if e := c.err(); e != nil {
		if c.partial {
			b, err := encodeRows(rows, assess.JSON, lang.English)
			if err != nil {
				return err
			}
			e.Rows = b
		}
		return e
	}
	if err := finish(); err != nil {
		return err
	}
	body := b.Bytes()
	if contentType != typeCalendar {
		format := map[string]assess.Format{typeJSON: assess.JSON, typeCSV: assess.CSV, typeText: assess.Text}[contentType]
		if body, err = encodeRows(rows, format, c.lang); err != nil {
			return err
		}
	}
	return c.send(s, w, contentType, body)
}

// encodeRows returns the rows as the assess writer of format writes them
// in the language t.
func encodeRows(rows []assess.Row, format assess.Format, t lang.Tag) ([]byte, error) {
	var b bytes.Buffer
	out, err := assess.NewWriterIn(&b, format, t)
	if err != nil {
		return nil, err
	}
	for i := range rows {
		if err := out.Write(&rows[i]); err != nil {
			return nil, err
		}
	}
	if err := out.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// caseFileError returns the *httpproblem.Error for err, the error that stopped the
// reading of a case file, with the problems of sum found before it: 422
// for a header that cannot be used, 413 for a body over the limit, 400 for
// a body that cannot be read. The problems and warnings of a header (an
// unknown column ignored) are added to sum.
func (s *server) caseFileError(err error, sum *assess.Summary) error {
	var he *casefile.HeaderError
	if errors.As(err, &he) {
		sum.AddLines(he.Problems)
		if e := problemsOf(sum); e != nil {
			return e
		}
	}
	var ve *timescale.ValidationError
	if errors.As(err, &ve) {
		return httpproblem.FromError("", err)
	}
	return s.bodyError(err)
}

// formatParam reads the format parameter of p, which names the format of
// a document (what, "the report") among formats, the first the default,
// with the library's parse. A format it does not know is a 400 of the
// service's own code, listing formats in their order.
func formatParam[F ~string](p params, what string, formats []F, parse func(string) (F, error)) (F, error) {
	if !p.has("format") {
		return formats[0], nil
	}
	f, err := parse(p.v.Get("format"))
	if err != nil {
		names := make([]string, len(formats))
		for i, f := range formats {
			names[i] = string(f)
		}
		return f, failf(http.StatusBadRequest, codeInvalidParameter, "format", problem.Quote(p.v.Get("format"))+" is not a format of "+what+": want "+strings.Join(names, ", "))
	}
	return f, nil
}

// reportFormats are the formats of POST /v1/report: json, the default,
// then the others in the order of report.Formats.
var reportFormats = slices.Concat([]report.Format{report.JSON},
	slices.DeleteFunc(report.Formats(), func(f report.Format) bool { return f == report.JSON }))

// report answers POST /v1/report, whose body is a case file, as
// "complaints report - --format json" (or text, markdown, csv, html) with
// the same flags.
func (s *server) report(w http.ResponseWriter, r *http.Request) error {
	p, err := queryOf(r, append(caseParams, "year", "period", "format")...)
	if err != nil {
		return err
	}
	period, err := outcome.ParseYearOrPeriod(p.v.Get("year"), p.v.Get("period"))
	var pe *outcome.YearOrPeriodError
	if errors.As(err, &pe) {
		if pe.Code() == problem.YearAndPeriod {
			// A parameter too many: the service's own code, as for one
			// given twice.
			return failf(http.StatusBadRequest, codeInvalidParameter, pe.Field, "give year or period, not both")
		}
		return httpproblem.FromError(pe.Field, err)
	}
	format, err := formatParam(p, "the report", reportFormats, report.ParseFormat)
	if err != nil {
		return err
	}
	contentType := format.MediaType()
	c, err := s.newCaseRunAnswering(r, p, contentType)
	if err != nil {
		return err
	}

	// outcome.ReadCaseFile, but keeping at most maxListed problems, so
	// that a body of bad rows takes bounded memory.
	agg := outcome.NewAggregator()
	agg.Table = c.opt.Engine.Table
	if err := c.each(s, w, r, func(rec *assess.Record) error {
		agg.Add(rec.Case, rec.Assessment)
		return nil
	}); err != nil {
		return err
	}
	rep, err := agg.ReportFor(period)
	if err != nil {
		var ny *outcome.NoYearError
		var np *outcome.NoPeriodError
		switch {
		case errors.As(err, &ny):
			detail := ny.Message()
			if period.IsZero() {
				detail = "the case file holds no records to report on"
			}
			return c.with(notFound(&c.sum, problem.NoRecordsInYear, detail))
		case errors.As(err, &np):
			return c.with(notFound(&c.sum, problem.NoRecordsInPeriod, np.Message()))
		}
		return err
	}
	if e := c.err(); e != nil {
		if c.partial {
			e.Report = &rep
		}
		return e
	}
	var b bytes.Buffer
	if err := report.Write(&b, &rep, format, c.lang); err != nil {
		return err
	}
	return c.send(s, w, contentType, b.Bytes())
}

// due answers POST /v1/due, whose body is a case file, as
// "complaints due - --format json" (or csv, text, ics) with the same
// flags.
func (s *server) due(w http.ResponseWriter, r *http.Request) error {
	p, err := queryOf(r, append(caseParams, "within", "owner", "remind", "include_closed", "all_parties")...)
	if err != nil {
		return err
	}
	c, err := s.newCaseRun(r, p)
	if err != nil {
		return err
	}
	within, err := p.days("within", due.DefaultWithin)
	if err != nil {
		return err
	}
	allParties, err := p.bool("all_parties")
	if err != nil {
		return err
	}
	contentType := negotiate(r.Header, typeJSON, typeCSV, typeText, typeCalendar)
	w.Header().Add("Vary", "Accept")
	if err := c.checkWrap(contentType); err != nil {
		return err
	}
	remind, includeClosed, err := calendarParams(p, contentType)
	if err != nil {
		return err
	}
	b, err := due.NewBuilder(due.Options{AsOf: c.opt.AsOf, Within: within, Owner: c.opt.Owner, Calendar: s.cal, AllParties: allParties})
	if err != nil {
		return httpproblem.FromError("", err)
	}
	var out bytes.Buffer
	var cw *ics.Writer
	if contentType == typeCalendar {
		if cw, err = ics.NewWriter(&out, ics.Options{Engine: c.opt.Engine, AsOf: c.opt.AsOf, Remind: remind, IncludeClosed: includeClosed,
			Select: b.Selects, Name: ics.NameFor("Complaints due", c.opt.Owner)}); err != nil {
			return err
		}
	}
	if err := c.each(s, w, r, func(rec *assess.Record) error {
		if err := b.Add(&rec.Assessment); err != nil {
			return err
		}
		if cw != nil {
			return cw.WriteCase(&rec.Case, &rec.Assessment)
		}
		return nil
	}); err != nil {
		return err
	}
	if e := c.err(); e != nil {
		if c.partial {
			l := b.List()
			e.Due = &l
		}
		return e
	}
	switch {
	case cw != nil:
		err = cw.Close()
	default:
		format := map[string]due.Format{typeJSON: due.JSON, typeCSV: due.CSV, typeText: due.Text}[contentType]
		dw, _ := due.NewWriterIn(&out, format, c.lang)
		err = dw.WriteFrom(b)
	}
	if err != nil {
		return err
	}
	return c.send(s, w, contentType, out.Bytes())
}

// notFound returns the 404 of a report for a year or a period the case
// file does not hold (code no-records-in-year or no-records-in-period),
// listing the problems of its bad rows, which may be the reason.
func notFound(sum *assess.Summary, code problem.Code, detail string) error {
	e := httpproblem.New(http.StatusNotFound, code, detail)
	e.ListLines(bodyLines(sum.Problems), sum.ProblemCount)
	return e
}

// negotiate returns the one of offers, media types, that the Accept
// header of h prefers: the offer with the highest quality value, taken
// from the most specific media range that matches it (text/csv, then
// text/*, then */*), an offer named by the header (or by its type) before
// one matched by */* alone, and the first offer between equal ones; the
// first offer when the header prefers none (or there is no header).
func negotiate(h http.Header, offers ...string) string {
	vals := h.Values("Accept")
	if len(vals) == 0 {
		return offers[0]
	}
	best, bestQ := offers[0], 0.0
	for _, offer := range offers {
		ot, _, _ := strings.Cut(offer, ";")
		typ, _, _ := strings.Cut(ot, "/")
		q, specificity := 0.0, -1
		for _, v := range vals {
			for part := range strings.SplitSeq(v, ",") {
				mt, params, err := mime.ParseMediaType(part)
				if err != nil {
					continue
				}
				spec := -1
				switch {
				case mt == ot:
					spec = 2
				case mt == typ+"/*":
					spec = 1
				case mt == "*/*":
					spec = 0
				}
				if spec <= specificity {
					continue
				}
				pq := 1.0
				if qs, ok := params["q"]; ok {
					if pq, err = strconv.ParseFloat(qs, 64); err != nil || pq < 0 || pq > 1 {
						continue
					}
				}
				q, specificity = pq, spec
			}
		}
		// An offer the header names (or whose type it names) wins over one
		// it accepts only through */*: a client that names the types it
		// wants and adds */* for errors wants one of those it named. One it
		// names with a quality of 0 it refuses, and so does not win.
		if specificity > 0 && q > 0 {
			q += 2
		}
		if q > bestQ {
			best, bestQ = offer, q
		}
	}
	return best
}
