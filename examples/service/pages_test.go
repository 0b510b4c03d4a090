package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/page"
)

func TestTheCalculatorPage(t *testing.T) {
	h := testServer(t)
	tests := []struct {
		name, target, acceptLanguage string
		status                       int
		contains                     []string
	}{
		{"the form alone", "/", "", 200, []string{`<form method="get" action="/"`, `<html lang="en">`}},
		{"the deadlines of a complaint received on Thursday 15 September 2022, the State Funeral skipped",
			"/?received=2022-09-15&as_of=2022-09-16", "", 200,
			[]string{`data-date="2022-09-19"`, "State Funeral of Queen Elizabeth II", `<td class="counted due" data-date="2022-09-20">`}},
		{"a date written DD/MM/YYYY", "/?received=15%2F09%2F2022&as_of=16%2F09%2F2022", "", 200, []string{`value="15/09/2022"`, "Tue 20 Sep 2022"}},
		{"a bad date is said beside its field", "/?received=2022-02-30", "", 422, []string{`<p class="msg" id="f-received-error">Enter a real date`, `value="2022-02-30"`}},
		{"an event after today, as of today, is said beside its field", "/?received=2015-12-01&acknowledged=2016-01-04", "", 422, []string{`id="f-acknowledged-error"`}},
		{"Welsh for Accept-Language: cy", "/?received=2022-09-15&as_of=2022-09-16", "cy", 200, []string{`<html lang="cy">`, "Angladd Gwladol"}},
		{"both languages for lang=cy+en", "/?received=2022-09-15&as_of=2022-09-16&lang=cy%2Ben", "", 200, []string{`Medi 2022 / <span lang="en">September 2022</span>`}},
		{"both languages for lang=cy+en written with a plus, which a query reads as a space", "/?received=2022-09-15&as_of=2022-09-16&lang=cy+en", "", 200, []string{`Medi 2022 / <span lang="en">September 2022</span>`}},
		{"an unknown lang is English with a note", "/?received=2022-09-15&lang=klingon", "cy", 200, []string{`<html lang="en">`, "(klingon); it is shown in English."}},
		{"parameters the form does not have are ignored", "/?received=2022-09-15&utm_source=mail", "", 200, []string{`data-date="2022-09-19"`}},
		{"a parameter given twice is a 400 page", "/?received=2022-09-15&received=2022-09-16", "", 400, []string{"gives received more than once", `<a href="/">Start again</a>`}},
		{"a query that cannot be read is a 400 page", "/?received=%zz", "", 400, []string{"The address cannot be read."}},
		{"a query too long is a 400 page", "/?received=" + strings.Repeat("9", 5000), "", 400, []string{"at most 4096 characters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hr := httptest.NewRequest("GET", tt.target, nil)
			if tt.acceptLanguage != "" {
				hr.Header.Set("Accept-Language", tt.acceptLanguage)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, hr)
			require.Equal(t, tt.status, rec.Code, rec.Body.String())
			require.Equal(t, "text/html; charset=utf-8", rec.Header().Get("Content-Type"))
			for _, s := range tt.contains {
				require.Contains(t, rec.Body.String(), s)
			}
			require.NotContains(t, rec.Body.String(), "goroutine")
		})
	}
}

func TestAnAbsurdQueryGetsAReadablePageOverTheNetwork(t *testing.T) {
	addr, stop, done := started(t, testServer(t), time.Second)
	defer func() { stop(); <-done }()
	for _, tt := range []struct{ name, query, want string }{
		{"100 KB", "received=" + strings.Repeat("x", 100<<10), "at most 4096 characters"},
		{"a parameter repeated a hundred times", strings.Repeat("as_of=2022-09-16&", 100) + "received=2022-09-15", "gives as_of more than once"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := http.Get("http://" + addr + "/?" + tt.query)
			require.NoError(t, err)
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			require.Equal(t, 400, res.StatusCode)
			require.Equal(t, "text/html; charset=utf-8", res.Header.Get("Content-Type"))
			require.Contains(t, string(b), tt.want)
		})
	}
}

func TestTheReportAsAPage(t *testing.T) {
	h := testServer(t)
	file := sample(t)
	for _, tag := range []lang.Tag{lang.English, lang.Welsh, lang.WelshEnglish} {
		t.Run(string(tag)+": the page of package page", func(t *testing.T) {
			got := do(t, h, req{method: "POST", target: "/v1/report?year=2014-2015&as_of=2015-12-31&format=html&lang=" + strings.ReplaceAll(string(tag), "+", "%2B"), body: file})
			require.Equal(t, 200, got.Status, got.Body)
			require.Equal(t, "text/html; charset=utf-8", got.ContentType)
			var r outcome.Report
			agg, _, err := outcome.ReadCaseFile(strings.NewReader(file), "cases.csv", caseOptions("2015-12-31"))
			require.NoError(t, err)
			r, err = agg.Report(outcome.Year{Start: 2014})
			require.NoError(t, err)
			var want bytes.Buffer
			require.NoError(t, page.WriteReport(&want, &r, tag))
			require.Equal(t, want.String(), got.Body)
		})
	}
	t.Run("an unknown lang is a 400 for the API", func(t *testing.T) {
		problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/report?format=html&lang=xx", body: file}), 400, "unknown-language")
	})
	t.Run("a format that is not one is a 400", func(t *testing.T) {
		problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/report?format=pdf", body: file}), 400, codeInvalidParameter)
	})
}

// caseOptions returns the options the service reads a case file with, as
// of asOf given: leniently.
func caseOptions(asOf string) assess.Options {
	return assess.Options{AsOf: d(asOf), Reader: func(r *casefile.Reader) { r.Lenient = true }}
}
