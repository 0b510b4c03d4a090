package main

import (
	"bytes"
	"errors"
	"net/http"

	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

// returnFormats are the formats of POST /v1/return: json, the default,
// then the others in the order of returns.Formats.
var returnFormats = []returns.Format{returns.JSON, returns.CSV, returns.Text}

// ombudsmanReturn answers POST /v1/return, whose body is a case file, as
// "complaints return - --format json" (or csv, text) with the same flags:
// the figures of one period for the Ombudsman, as known on the period's
// last day, or today if the period has not ended (returns.OnDate).
func (s *server) ombudsmanReturn(w http.ResponseWriter, r *http.Request) error {
	p, err := queryOf(r, "period", "procedures", "population", "format", "strict", "partial", "warnings")
	if err != nil {
		return err
	}
	if err := p.required("period", "the period, a quarter such as 2024-Q3 (October to December 2024), a half such as 2024-H1 or a year such as 2024-2025"); err != nil {
		return err
	}
	var opt returns.Options
	if opt.Period, err = outcome.ParsePeriod(p.v.Get("period")); err != nil {
		return httpproblem.FromError("period", err)
	}
	if opt.Procedures, err = returns.ParseProcedures(p.v.Get("procedures"), s.engine.Table); err != nil {
		// An unknown value, which cannot be read as a list of procedures.
		return httpproblem.FromProblem(http.StatusBadRequest, problem.New("procedures", err))
	}
	if p.has("population") {
		if opt.Population, err = returns.ParsePopulation(p.v.Get("population")); err != nil {
			return httpproblem.FromError("population", err)
		}
	}
	format, err := formatParam(p, "the return", returnFormats, returns.ParseFormat)
	if err != nil {
		return err
	}
	contentType := format.MediaType()
	c, err := s.newCaseRunAnswering(r, p, contentType)
	if err != nil {
		return err
	}
	opt.Reader, opt.MaxListed = c.opt.Reader, maxListed
	opt, eng := returns.OnDate(opt, c.opt.Engine, s.today())
	if _, err := returns.NewBuilder(opt, eng); err != nil {
		// The period is outside the calendar, or has not begun: refused
		// before the body is read.
		return periodError(err)
	}
	body, err := s.body(w, r, true)
	if err != nil {
		return err
	}
	ret, sum, err := returns.ReadCaseFile(body, "body", opt, eng)
	c.sum = sum
	if err != nil {
		return c.with(s.caseFileError(err, &c.sum))
	}
	if e := c.err(); e != nil {
		// Bad rows: a 422 listing them, with partial=true the return of
		// the good rows beside them; when no row was good, no figures
		// rather than a return of zeros.
		if c.partial && c.sum.Records > 0 {
			e.Return = &ret
		}
		return e
	}
	var b bytes.Buffer
	if err := returns.Write(&b, &ret, format, c.lang); err != nil {
		return err
	}
	return c.send(s, w, contentType, b.Bytes())
}

// periodError returns the 422 of err, the error of returns.NewBuilder for
// a period outside the calendar or not yet begun, as a problem of the
// parameter period.
func periodError(err error) error {
	var ve *timescale.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) == 0 {
		return httpproblem.FromError("", err)
	}
	ps := make([]problem.Problem, len(ve.Problems))
	for i, p := range ve.Problems {
		p.Field = "period"
		ps[i] = p
	}
	return httpproblem.FromFields(ps)
}
