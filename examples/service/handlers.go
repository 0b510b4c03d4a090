package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
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
	year := s.today().Year
	switch {
	case !from.IsZero():
		year = from.Year
	case !to.IsZero():
		year = to.Year
	}
	if from.IsZero() {
		from = calendar.NewDate(year, time.January, 1)
	}
	if to.IsZero() {
		to = calendar.NewDate(year, time.December, 31)
	}
	if to.Before(from) {
		return failf(http.StatusBadRequest, codeInvalidParameter, "to", to.String()+" is before from "+from.String())
	}
	rows, err := s.cal.WeekdayHolidays(from, to)
	if err != nil {
		return fail(http.StatusUnprocessableEntity, "", err)
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
	n, err := p.int("n", "working days")
	if err != nil {
		return err
	}
	due, err := s.cal.AddWorkingDays(from, n)
	if err != nil {
		return fail(http.StatusUnprocessableEntity, "n", err)
	}
	return s.writeJSON(w, http.StatusOK, struct {
		Date        calendar.Date `json:"date"`
		Provisional bool          `json:"provisional"`
	}{due, s.cal.IsProvisional(from) || s.cal.IsProvisional(due)})
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
	n, err := s.cal.WorkingDaysBetween(from, to)
	if err != nil {
		return fail(http.StatusUnprocessableEntity, "", err)
	}
	return s.writeJSON(w, http.StatusOK, struct {
		WorkingDays int  `json:"working_days"`
		Provisional bool `json:"provisional"`
	}{n, s.cal.IsProvisional(from) || s.cal.IsProvisional(to)})
}

// deadlines answers POST /v1/deadlines, whose body is a timescale.Query,
// as "complaints deadlines --format json" with the same dates.
func (s *server) deadlines(w http.ResponseWriter, r *http.Request) error {
	if _, err := queryOf(r); err != nil {
		return err
	}
	var q timescale.Query
	if err := s.decodeJSON(w, r, &q); err != nil {
		return err
	}
	if q.AsOf.IsZero() {
		q.AsOf = s.today()
	}
	sched, err := s.engine.Deadlines(q)
	if err != nil {
		return valueError(err)
	}
	return s.writeJSON(w, http.StatusOK, sched)
}

// decodeJSON reads the body of r, one JSON object with no member that v
// does not have, into v.
func (s *server) decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	dec := json.NewDecoder(s.body(w, r))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return s.jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		if err != nil {
			return s.jsonError(err)
		}
		return failf(http.StatusBadRequest, codeMalformedJSON, "", "the body holds more than one JSON value: want one object")
	}
	return nil
}

// jsonError returns the *apiError for err, an error decoding a JSON body.
func (s *server) jsonError(err error) error {
	var (
		se *json.SyntaxError
		te *json.UnmarshalTypeError
	)
	switch {
	case errors.Is(err, io.EOF):
		return failf(http.StatusBadRequest, codeMalformedJSON, "", "the body is empty: want a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return failf(http.StatusBadRequest, codeMalformedJSON, "", "the JSON ends before the object does")
	case errors.As(err, &se):
		return failf(http.StatusBadRequest, codeMalformedJSON, "", "not JSON: "+strings.TrimPrefix(se.Error(), "json: ")+
			" (at byte "+strconv.FormatInt(se.Offset, 10)+")")
	case errors.As(err, &te):
		return failf(http.StatusBadRequest, codeMalformedJSON, te.Field, "want a "+jsonKind(te.Type)+", got a JSON "+te.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		return failf(http.StatusBadRequest, codeUnknownField, name, "unknown member; see the JSON form of timescale.Query")
	case problem.CodeOf(err) != "":
		// A value the library refuses as it is decoded: a date that is not
		// YYYY-MM-DD or does not exist.
		return fail(http.StatusBadRequest, "", err)
	}
	return bodyError(err, s.maxBody)
}

// jsonKind names the JSON value a value of type t is read from.
func jsonKind(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "JSON string" // a date
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "JSON object"
	case reflect.Bool:
		return "JSON boolean"
	case reflect.String:
		return "JSON string"
	case reflect.Slice, reflect.Array:
		return "JSON array"
	}
	return "JSON number"
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// valueError returns the *apiError for err, an error of the library about
// the values of a request: 400 when a value required is missing, 422
// otherwise. An error without a code is returned as it is, a bug.
func valueError(err error) error {
	var ve *timescale.ValidationError
	if errors.As(err, &ve) && len(ve.Problems) > 0 {
		status := http.StatusUnprocessableEntity
		for _, p := range ve.Problems {
			if p.Code == problem.Required {
				status = http.StatusBadRequest
			}
		}
		return fieldProblems(status, ve.Problems)
	}
	if problem.CodeOf(err) != "" {
		return fail(http.StatusUnprocessableEntity, "", err)
	}
	return err
}

// assess answers POST /v1/assess, whose body is a case file, as
// "complaints assess - --format json" (or csv) with the same flags.
func (s *server) assess(w http.ResponseWriter, r *http.Request) error {
	p, err := queryOf(r, "as_of", "deem_next_working_day", "partial")
	if err != nil {
		return err
	}
	opt, err := s.options(p)
	if err != nil {
		return err
	}
	if opt.Engine.DeemNextWorkingDay, err = p.bool("deem_next_working_day"); err != nil {
		return err
	}
	partial, err := p.bool("partial")
	if err != nil {
		return err
	}
	format, contentType := assess.JSON, "application/json"
	if wantsCSV(r.Header) {
		format, contentType = assess.CSV, "text/csv; charset=utf-8; header=present"
	}
	w.Header().Add("Vary", "Accept")

	var rows []assess.Row
	var ps problemList
	err = assess.Each(s.body(w, r), "body", opt, func(rec *assess.Record) error {
		if !rec.OK() {
			ps.add(rec.Problems)
			return nil
		}
		if row, ok := assess.RowOf(&rec.Assessment); ok {
			rows = append(rows, row)
		}
		return nil
	})
	if err != nil {
		return s.caseFileError(err, &ps)
	}
	if e := ps.err(); e != nil {
		if partial {
			b, err := encodeRows(rows, assess.JSON)
			if err != nil {
				return err
			}
			e.rows = b
		}
		return e
	}
	b, err := encodeRows(rows, format)
	if err != nil {
		return err
	}
	send(w, http.StatusOK, contentType, b)
	return nil
}

// encodeRows returns the rows as the assess writer of format writes them.
func encodeRows(rows []assess.Row, format assess.Format) ([]byte, error) {
	var b bytes.Buffer
	out, err := assess.NewWriter(&b, format)
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

// options returns the options of a case-file evaluation from the
// parameter as_of (default: today).
func (s *server) options(p params) (assess.Options, error) {
	asOf, err := p.date("as_of", s.cal)
	if err != nil {
		return assess.Options{}, err
	}
	if asOf.IsZero() {
		asOf = s.today()
	}
	return assess.Options{Engine: s.engine, AsOf: asOf}, nil
}

// caseFileError returns the *apiError for err, the error that stopped the
// reading of a case file, with the problems of ps found before it: 422 for
// a header that cannot be used, 413 for a body over the limit, 400 for a
// body that cannot be read.
func (s *server) caseFileError(err error, ps *problemList) error {
	var he *casefile.HeaderError
	if errors.As(err, &he) {
		ps.add(he.Problems)
		return ps.err()
	}
	var ve *timescale.ValidationError
	if errors.As(err, &ve) {
		return valueError(err)
	}
	return bodyError(err, s.maxBody)
}

// report answers POST /v1/report, whose body is a case file, as
// "complaints report - --format json" with the same flags.
func (s *server) report(w http.ResponseWriter, r *http.Request) error {
	p, err := queryOf(r, "year", "as_of", "partial")
	if err != nil {
		return err
	}
	var year outcome.Year
	if p.has("year") {
		if year, err = outcome.ParseYear(p.v.Get("year")); err != nil {
			return fail(http.StatusBadRequest, "year", err)
		}
	}
	opt, err := s.options(p)
	if err != nil {
		return err
	}
	partial, err := p.bool("partial")
	if err != nil {
		return err
	}

	// outcome.ReadCaseFile, but keeping at most maxListed problems, so
	// that a body of bad rows takes bounded memory.
	agg := outcome.NewAggregator()
	agg.Table = opt.Engine.Table
	var ps problemList
	err = assess.Each(s.body(w, r), "body", opt, func(rec *assess.Record) error {
		if !rec.OK() {
			ps.add(rec.Problems)
			return nil
		}
		agg.Add(rec.Case, rec.Assessment)
		return nil
	})
	if err != nil {
		return s.caseFileError(err, &ps)
	}
	if !p.has("year") {
		latest, ok := agg.Latest()
		if !ok {
			return notFound(&ps, "the case file holds no records to report on")
		}
		year = latest
	}
	rep, err := agg.Report(year)
	if err != nil {
		var ny *outcome.NoYearError
		if errors.As(err, &ny) {
			return notFound(&ps, ny.Message())
		}
		return err
	}
	if e := ps.err(); e != nil {
		if partial {
			e.report = &rep
		}
		return e
	}
	return s.writeJSON(w, http.StatusOK, rep)
}

// notFound returns the 404 of a report for a year the case file does not
// hold, listing the problems of its bad rows, which may be the reason.
func notFound(ps *problemList, detail string) error {
	e := &apiError{status: http.StatusNotFound, code: problem.NoRecordsInYear, detail: detail}
	if ps.count > 0 {
		e.lines, e.count = ps.listed, ps.count
	}
	return e
}

// wantsCSV reports whether the Accept header of h prefers text/csv to
// application/json (the default).
func wantsCSV(h http.Header) bool {
	best, csv := 0.0, false
	for _, v := range h.Values("Accept") {
		for part := range strings.SplitSeq(v, ",") {
			mt, params, err := mime.ParseMediaType(part)
			if err != nil || (mt != "text/csv" && mt != "application/json") {
				continue
			}
			q := 1.0
			if qs, ok := params["q"]; ok {
				if q, err = strconv.ParseFloat(qs, 64); err != nil {
					continue
				}
			}
			if q > best {
				best, csv = q, mt == "text/csv"
			}
		}
	}
	return csv
}
