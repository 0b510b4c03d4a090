package main

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
	"github.com/cymru-complaints/statutory/timescale"
)

// A params is the query of a request, read and checked against the
// parameters its endpoint accepts.
type params struct {
	v url.Values
}

// queryOf reads the query of r. It refuses a query that cannot be
// parsed, a parameter not in accepted, and a parameter given twice. Every
// endpoint also accepts lang, the language of its words for people
// (en, cy or cy+en), and refuses any other language.
func queryOf(r *http.Request, accepted ...string) (params, error) {
	if r.URL.RawQuery == "" {
		return params{}, nil // no map to make (BenchmarkDeadlinesOverLoopback)
	}
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return params{}, failf(http.StatusBadRequest, codeInvalidParameter, "", "the query cannot be read: "+err.Error())
	}
	for name, vals := range v {
		switch {
		case name != "lang" && !slices.Contains(accepted, name):
			want := "lang"
			if len(accepted) > 0 {
				want = strings.Join(accepted, ", ") + " and lang"
			}
			return params{}, failf(http.StatusBadRequest, codeUnknownParameter, name, "unknown parameter; "+r.URL.Path+" accepts "+want)
		case len(vals) > 1:
			return params{}, failf(http.StatusBadRequest, codeInvalidParameter, name, "given "+strconv.Itoa(len(vals))+" times; give it once")
		case name == "lang":
			if _, err := lang.Parse(langParam(v)); err != nil {
				return params{}, httpproblem.FromError("lang", err)
			}
		}
	}
	return params{v: v}, nil
}

// languageOf returns the language of the words for people of the answer
// to r: the lang parameter when it names one (en, cy or cy+en), else the
// language Accept-Language prefers (lang.FromAcceptLanguage), else
// English.
func languageOf(r *http.Request) lang.Tag {
	if strings.Contains(r.URL.RawQuery, "lang=") {
		if v, err := url.ParseQuery(r.URL.RawQuery); err == nil {
			if t, err := lang.Parse(langParam(v)); err == nil {
				return t
			}
		}
	}
	if h := r.Header.Get("Accept-Language"); h != "" {
		return lang.FromAcceptLanguage(h)
	}
	return lang.English
}

// langParam returns the value of the parameter lang of the query v. A +
// in a query is read as a space (url.ParseQuery), so that cy+en written
// as it is in an address, as the documentation writes it, arrives as
// "cy en"; no language has a space in its name, and the space is read
// back as the + it was.
func langParam(v url.Values) string { return strings.ReplaceAll(v.Get("lang"), " ", "+") }

// contentLanguage returns the Content-Language header of an answer in t.
func contentLanguage(t lang.Tag) string {
	switch t {
	case lang.Welsh:
		return "cy"
	case lang.WelshEnglish:
		return "cy, en"
	}
	return "en"
}

// transition returns the reading of the transition between regimes named
// by the parameter transition: keep-regime (the default) or a reading of
// the regime table (timescale.ParseTransition).
func (p params) transition() (timescale.Transition, error) {
	if !p.has("transition") {
		return "", nil
	}
	s := p.v.Get("transition")
	t, err := timescale.ParseTransition(s)
	var ve *timescale.ValueError
	if errors.As(err, &ve) {
		return "", failf(http.StatusBadRequest, codeInvalidParameter, "transition", problem.Quote(s)+" is not a reading of the transition: want "+strings.Join(ve.Want, " or "))
	}
	return t, err
}

// days returns the number of working days of the named parameter, 0 or
// more, and def when it is not given.
func (p params) days(name string, def int) (int, error) {
	if !p.has(name) {
		return def, nil
	}
	n, err := p.workingDays(name)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, failf(http.StatusBadRequest, codeInvalidParameter, name, strconv.Itoa(n)+" is negative: want a whole number of working days, 0 or more")
	}
	return n, nil
}

// has reports whether the parameter was given.
func (p params) has(name string) bool {
	_, ok := p.v[name]
	return ok
}

// required returns a 400 for a parameter that is not given.
func (p params) required(name, what string) error {
	if p.has(name) {
		return nil
	}
	return failf(http.StatusBadRequest, problem.Required, name, "required: give "+what)
}

// date returns the date of the named parameter, written YYYY-MM-DD, and
// the zero Date when it is not given. A value that is not a date is a 400;
// a date outside the calendar's range is a 422.
func (p params) date(name string, cal *calendar.Calendar) (calendar.Date, error) {
	if !p.has(name) {
		return calendar.Date{}, nil
	}
	d, err := calendar.ParseDate(p.v.Get(name))
	if err != nil {
		return calendar.Date{}, httpproblem.FromError(name, err)
	}
	if _, err := cal.IsWorkingDay(d); err != nil {
		return calendar.Date{}, httpproblem.FromError(name, err)
	}
	return d, nil
}

// workingDays returns the number of working days of the named parameter
// (calendar.ParseWorkingDays), 0 when it is not given.
func (p params) workingDays(name string) (int, error) {
	if !p.has(name) {
		return 0, nil
	}
	n, err := calendar.ParseWorkingDays(p.v.Get(name))
	if err != nil {
		return 0, failf(http.StatusBadRequest, codeInvalidParameter, name, problem.Message(err))
	}
	return n, nil
}

// bool returns the value of the named parameter, true or false (1 and 0
// too); false when it is not given.
func (p params) bool(name string) (bool, error) {
	if !p.has(name) {
		return false, nil
	}
	s := p.v.Get(name)
	b, err := strconv.ParseBool(s)
	if err != nil {
		return false, failf(http.StatusBadRequest, codeInvalidParameter, name, problem.Quote(s)+" is not true or false")
	}
	return b, nil
}
