package main

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// A params is the query of a request, read and checked against the
// parameters its endpoint accepts.
type params struct {
	v url.Values
}

// queryOf reads the query of r. It refuses a query that cannot be
// parsed, a parameter not in accepted, and a parameter given twice.
func queryOf(r *http.Request, accepted ...string) (params, error) {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return params{}, failf(http.StatusBadRequest, codeInvalidParameter, "", "the query cannot be read: "+err.Error())
	}
	for name, vals := range v {
		switch {
		case !slices.Contains(accepted, name):
			want := "no parameters"
			if len(accepted) > 0 {
				want = strings.Join(accepted, ", ")
			}
			return params{}, failf(http.StatusBadRequest, codeUnknownParameter, name, "unknown parameter; "+r.URL.Path+" accepts "+want)
		case len(vals) > 1:
			return params{}, failf(http.StatusBadRequest, codeInvalidParameter, name, "given "+strconv.Itoa(len(vals))+" times; give it once")
		}
	}
	return params{v: v}, nil
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
		return calendar.Date{}, fail(http.StatusBadRequest, name, err)
	}
	if _, err := cal.IsWorkingDay(d); err != nil {
		return calendar.Date{}, fail(http.StatusUnprocessableEntity, name, err)
	}
	return d, nil
}

// int returns the whole number of the named parameter, 0 when it is not
// given.
func (p params) int(name, what string) (int, error) {
	if !p.has(name) {
		return 0, nil
	}
	s := p.v.Get(name)
	n, err := strconv.Atoi(s)
	if err != nil {
		msg := strconv.Quote(s) + " is not a whole number of " + what
		if errors.Is(err, strconv.ErrRange) {
			msg = strconv.Quote(s) + " is too large a number of " + what
		}
		return 0, failf(http.StatusBadRequest, codeInvalidParameter, name, msg)
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
		return false, failf(http.StatusBadRequest, codeInvalidParameter, name, strconv.Quote(s)+" is not true or false")
	}
	return b, nil
}
