package main

import (
	"bytes"
	"net/http"
	"net/url"

	"github.com/cymru-complaints/statutory/page"
)

// maxPageQuery is the longest query of a page, in bytes: the calculator's
// form, filled in, takes about 150.
const maxPageQuery = 4096

// calculator answers GET / with the calculator page (package page): the
// form, and the deadlines of what it was given, each drawn day by day. Bad
// input gets a page that says what is wrong, never a problem document: a
// query too long or giving a parameter twice is a 400 page; dates that
// cannot be answered are said beside their fields, with status 422; an
// unknown lang is English, with a note. Parameters the form does not
// have are ignored, so that a link with tracking parameters still works.
func (s *server) calculator(w http.ResponseWriter, r *http.Request) error {
	t, _ := page.Language("", r.Header.Get("Accept-Language"))
	refuse := func(ref page.Refusal) error {
		ref.Home = "/"
		var b bytes.Buffer
		if err := page.WriteRefusal(&b, t, ref); err != nil {
			return err
		}
		send(w, http.StatusBadRequest, typeHTML, b.Bytes())
		return nil
	}
	if len(r.URL.RawQuery) > maxPageQuery {
		return refuse(page.Refusal{TooLong: true, Limit: maxPageQuery})
	}
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return refuse(page.Refusal{Unreadable: true})
	}
	for name, vals := range v {
		if len(vals) > 1 {
			return refuse(page.Refusal{Repeated: name})
		}
	}
	t, unknown := page.Language(langParam(v), r.Header.Get("Accept-Language"))
	c := page.Calculator{Engine: s.engine, Today: s.today(), Lang: t, Action: "/"}
	if unknown {
		c.UnknownLanguage = v.Get("lang")
	}
	p := c.Page(page.FormOf(v))
	var b bytes.Buffer
	if err := p.WriteHTML(&b); err != nil {
		return err
	}
	status := http.StatusOK
	if len(p.Problems()) > 0 {
		status = http.StatusUnprocessableEntity
	}
	w.Header().Set("Content-Language", contentLanguage(t))
	send(w, status, typeHTML, b.Bytes())
	return nil
}
