package main

// Tests of what the service shares with the command-line tool beyond the
// first endpoints: holiday data at run time, today's date and events in
// the future, lenient case files and their warnings, the readings of the
// transition, the due list and the language of the words for people.

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// dueCases holds, as of Wednesday 7 January 2015, an overdue
// acknowledgement (C-1, received Monday 22 December 2014, due Wednesday 24
// December, SI 2014/1794 reg 15(2)) whose discussion is due Monday 12
// January (reg 16(3)); a stage 2 response due Thursday 8 January with a
// revised date agreed for Monday 12 January (C-2); acknowledgements due
// that day (C-3) and the next (C-4); and a comment.
const dueCases = `id,kind,received,acknowledged,discussed,stage1_response,stage2_requested,stage2_extended_to,owner
C-1,complaint,2014-12-22,,,,,,Team B
C-2,complaint,2014-10-01,2014-10-02,2014-10-10,2014-10-20,2014-12-01,2015-01-12,"Smith, J"
C-3,complaint,2015-01-05,,,,,,
C-4,complaint,2015-01-06,,,,,, team b
M-1,comment,2015-01-05,,,,,,Team B
`

// warnedCases is a case file with a column the case file does not have
// (a misspelt "owner") and an id like a spreadsheet formula: two warnings.
const warnedCases = "id,kind,received,ownr\n=C-1,complaint,2014-08-01,Team A\nC-2,complaint,2014-08-04,Team B\n"

// writeFile writes text to a file of the test's temporary directory and
// returns its path.
func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	return path
}

func TestHolidayDataAtRunTime(t *testing.T) {
	// A hypothetical one-off proclaimed for Monday 3 June 2030, a
	// provisional year.
	path := writeFile(t, "proclaimed.csv", "date,title\n2030-06-03,Hypothetical Jubilee\n")
	cal, err := holidayCalendar(path)
	require.NoError(t, err)
	h := newServer(config{Calendar: cal, Now: func() time.Time { return testNow }})

	t.Run("a day from the file names the file as its source; the embedded days name none", func(t *testing.T) {
		got := do(t, h, req{method: "GET", target: "/v1/holidays?from=2030-05-01&to=2030-06-30"})
		require.Equal(t, 200, got.Status, got.Body)
		var days []calendar.ListedHoliday
		require.NoError(t, json.Unmarshal([]byte(got.Body), &days))
		sources := map[string]string{}
		for _, d := range days {
			sources[d.Date.String()+" "+d.Name] = d.Source
		}
		require.Equal(t, map[string]string{
			"2030-05-06 Early May bank holiday": "",
			"2030-05-27 Spring bank holiday":    "",
			"2030-06-03 Hypothetical Jubilee":   path,
		}, sources)
		require.Contains(t, got.Body, `"source": "`+path+`"`)
	})
	t.Run("the deadlines skip the day from the file", func(t *testing.T) {
		got := do(t, h, req{method: "GET", target: "/v1/workdays/add?from=2030-05-31&n=1"})
		require.Equal(t, "{\n  \"date\": \"2030-06-04\",\n  \"provisional\": true\n}\n", got.Body)
	})
	t.Run("the health check names the calendar made with the file", func(t *testing.T) {
		got := do(t, h, req{method: "GET", target: "/healthz"})
		require.Contains(t, got.Body, cal.Version())
		require.NotEqual(t, calendar.Wales().Version(), cal.Version())
	})
}

func TestABadHolidayFileStopsTheServiceAtStart(t *testing.T) {
	tests := []struct {
		name, file, text, stderr string
	}{
		{"a file that does not exist", "missing.csv", "", "service: --holidays: cannot open"},
		{"a CSV file with a date that is not one", "bad.csv", "date,title\n2030-02-30,Nothing\n", "service: --holidays: "},
		{"a file that names a day twice", "twice.csv", "date,title\n2030-06-03,A\n2030-06-03,B\n", "service: --holidays: "},
		{"truncated JSON", "bank-holidays.json", `{"england-and-wales": {"events": [`, "service: --holidays: "},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is exit status 1 with one line saying why", func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if tt.text != "" {
				path = writeFile(t, tt.file, tt.text)
			}
			var stderr syncBuffer
			require.Equal(t, 1, run([]string{"--addr", "127.0.0.1:0", "--holidays", path}, &stderr))
			require.True(t, strings.HasPrefix(stderr.String(), tt.stderr), stderr.String())
			require.Equal(t, 1, strings.Count(stderr.String(), "\n"), "one line: %q", stderr.String())
			require.NotContains(t, stderr.String(), "goroutine")
		})
	}
}

func TestWithoutAsOfAnEventInTheFutureIsAProblem(t *testing.T) {
	h := testServer(t) // today is 31 December 2015
	tests := []struct {
		name  string
		req   req
		code  problem.Code
		where []string
	}{
		{"a query acknowledged after today", req{method: "POST", target: "/v1/deadlines", body: `{"received": "2015-12-01", "acknowledged": "2016-01-04"}`},
			problem.EventInTheFuture, []string{"acknowledged=event-in-the-future"}},
		{"a case file with a response after today", req{method: "POST", target: "/v1/assess", body: "id,kind,received,acknowledged\nC-1,complaint,2015-12-01,2016-01-04\n"},
			problem.EventInTheFuture, []string{"2:acknowledged=event-in-the-future"}},
		{"the due list of such a case file", req{method: "POST", target: "/v1/due", body: "id,kind,received,acknowledged\nC-1,complaint,2015-12-01,2016-01-04\n"},
			problem.EventInTheFuture, []string{"2:acknowledged=event-in-the-future"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is a 422", func(t *testing.T) {
			doc := problemDocOf(t, do(t, h, tt.req), 422, tt.code)
			require.Equal(t, tt.where, doc.where())
		})
	}
	t.Run("with as_of, the same event is set aside as not yet happened", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2015-12-01", "acknowledged": "2016-01-04", "as_of": "2015-12-31"}`})
		require.Equal(t, 200, got.Status, got.Body)
		require.Contains(t, got.Body, `"set_aside": 1`)
	})
}

func TestCaseFilesAreReadLenientlyWithTheirWarnings(t *testing.T) {
	h := testServer(t)
	opt := assess.Options{AsOf: d("2015-12-31"), Reader: func(r *casefile.Reader) { r.Lenient = true }}
	t.Run("the answer is the command-line tool's, and a header counts the warnings", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: warnedCases})
		require.Equal(t, 200, got.Status, got.Body)
		require.Equal(t, libraryRows(t, warnedCases, opt, assess.JSON), got.Body)
		require.Equal(t, "2", got.Header.Get("Case-File-Warnings"))
	})
	t.Run("a file without warnings has no such header", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: sample(t)})
		require.Empty(t, got.Header.Values("Case-File-Warnings"))
	})
	t.Run("warnings=true wraps the answer with the warnings", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/assess?as_of=2014-08-02&warnings=true", body: warnedCases + "C-3,complaint,2014-08-01,\n" +
			"C-4,complaint,2014-08-01,Team B\n"})
		require.Equal(t, 200, got.Status, got.Body)
		require.Equal(t, "application/json", got.ContentType)
		var w struct {
			Warnings       []casefile.LineProblem `json:"warnings"`
			SetAside       int                    `json:"set_aside"`
			NotYetReceived int                    `json:"not_yet_received"`
			Result         []map[string]any       `json:"result"`
		}
		dec := json.NewDecoder(strings.NewReader(got.Body))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&w))
		var where []string
		for _, p := range w.Warnings {
			require.True(t, p.Warning)
			where = append(where, p.Column+"="+string(p.Code))
		}
		require.Equal(t, []string{"ownr=unknown-column", "id=formula-like-value"}, where)
		require.Equal(t, 1, w.NotYetReceived, "C-2 was received after 2 August")
		require.Len(t, w.Result, 3)
	})
	t.Run("warnings=true with a file without warnings has an empty list", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/report?as_of=2015-12-31&warnings=true&year=2014-15", body: sample(t)})
		require.Equal(t, 200, got.Status, got.Body)
		require.True(t, strings.HasPrefix(got.Body, "{\n  \"warnings\": [],\n  \"set_aside\": 0,\n  \"not_yet_received\": 0,\n  \"result\": {\n    \"year\": "), got.Body[:200])
	})
	t.Run("strict=true refuses the unknown column", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/assess?as_of=2015-12-31&strict=true", body: warnedCases}), 422, problem.UnknownColumn)
		require.Equal(t, []string{"1:ownr=unknown-column"}, doc.where())
	})
	t.Run("the problems of bad rows come with the warnings of the file", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/due?as_of=2015-12-31", body: warnedCases + "C-3,complaint,2014-02-30,\n"}), 422, problem.NotADate)
		require.Equal(t, []string{"4:received=not-a-date"}, doc.where())
		require.Len(t, doc.Warnings, 2)
	})
	t.Run("a report of a year the file does not hold lists the warnings", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/report?as_of=2015-12-31&year=2010-11", body: warnedCases}), 404, problem.NoRecordsInYear)
		require.Len(t, doc.Warnings, 2)
	})
	for _, target := range []string{"/v1/assess?warnings=true", "/v1/due?warnings=true"} {
		t.Run(target+" with Accept: text/csv is a 400: the wrapper is JSON", func(t *testing.T) {
			problemDocOf(t, do(t, h, req{method: "POST", target: target, body: warnedCases, accept: "text/csv"}), 400, codeInvalidParameter)
		})
	}
	t.Run("/v1/report?format=text&warnings=true is a 400", func(t *testing.T) {
		problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/report?format=text&warnings=true", body: warnedCases}), 400, codeInvalidParameter)
	})
}

func TestDueList(t *testing.T) {
	h := testServer(t)
	list := func(opt due.Options, f due.Format) string {
		opt.Calendar = calendar.Wales()
		b, err := due.NewBuilder(opt)
		require.NoError(t, err)
		require.NoError(t, assess.Each(strings.NewReader(dueCases), "cases.csv", assess.Options{AsOf: opt.AsOf, Owner: opt.Owner}, func(rec *assess.Record) error {
			return b.Add(&rec.Assessment)
		}))
		var out strings.Builder
		w, err := due.NewWriter(&out, f)
		require.NoError(t, err)
		require.NoError(t, w.WriteFrom(b))
		return out.String()
	}
	week := due.Options{AsOf: d("2015-01-07"), Within: 5}
	tests := []struct {
		name, target, accept, contentType, want string
	}{
		{"the week's list as JSON", "/v1/due?as_of=2015-01-07", "", "application/json", list(week, due.JSON)},
		{"the week's list as CSV", "/v1/due?as_of=2015-01-07", "text/csv", "text/csv; charset=utf-8; header=present", list(week, due.CSV)},
		{"the week's list as text grouped by owner", "/v1/due?as_of=2015-01-07", "text/plain", "text/plain; charset=utf-8", list(week, due.Text)},
		{"what one owner must do today", "/v1/due?as_of=2015-01-07&within=0&owner=TEAM+B", "", "application/json",
			list(due.Options{AsOf: d("2015-01-07"), Owner: "TEAM B"}, due.JSON)},
		{"two weeks ahead", "/v1/due?as_of=2015-01-07&within=10", "", "application/json",
			list(due.Options{AsOf: d("2015-01-07"), Within: 10}, due.JSON)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := do(t, h, req{method: "POST", target: tt.target, body: dueCases, accept: tt.accept})
			require.Equal(t, 200, got.Status, got.Body)
			require.Equal(t, tt.contentType, got.ContentType)
			if diff := cmp.Diff(tt.want, got.Body); diff != "" {
				t.Errorf("body (-library +service):\n%s", diff)
			}
		})
	}
	t.Run("a calendar file for Accept: text/calendar", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/due?as_of=2015-01-07&remind=1", body: dueCases, accept: "text/calendar"})
		require.Equal(t, 200, got.Status, got.Body)
		require.Equal(t, "text/calendar; charset=utf-8", got.ContentType)
		require.True(t, strings.HasPrefix(got.Body, "BEGIN:VCALENDAR\r\n"))
		require.Equal(t, 5, strings.Count(got.Body, "BEGIN:VEVENT"), "the 5 deadlines of the list")
		require.Contains(t, got.Body, "X-WR-CALNAME:Complaints due")
		closed := do(t, h, req{method: "POST", target: "/v1/due?as_of=2015-01-07&include_closed=true&owner=Smith,+J", body: dueCases, accept: "text/calendar"})
		require.Equal(t, 200, closed.Status, closed.Body)
		require.Contains(t, closed.Body, "STATUS:CANCELLED", "include_closed writes the deadlines met as cancelled events")
		require.Contains(t, closed.Body, "X-WR-CALNAME:Complaints due: Smith\\, J")
	})
	t.Run("partial=true carries the list of the good rows", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/due?as_of=2015-01-07&partial=true", body: dueCases + "C-9,complaint,2015-02-30,,,,,,\n"}), 422, problem.NotADate)
		var l due.List
		require.NoError(t, json.Unmarshal(doc.Due, &l))
		require.Len(t, l.Items, 5)
	})
	bad := []struct {
		name, target, accept string
		code                 problem.Code
		where                []string
	}{
		{"within below 0", "/v1/due?within=-1", "", codeInvalidParameter, []string{"within=invalid-parameter"}},
		{"within that is not a number", "/v1/due?within=week", "", codeInvalidParameter, []string{"within=invalid-parameter"}},
		{"remind without a calendar file", "/v1/due?remind=1", "", codeInvalidParameter, []string{"remind=invalid-parameter"}},
		{"include_closed without a calendar file", "/v1/due?include_closed=true", "text/csv", codeInvalidParameter, []string{"include_closed=invalid-parameter"}},
		{"remind below 0", "/v1/due?remind=-2", "text/calendar", codeInvalidParameter, []string{"remind=invalid-parameter"}},
		{"a reading of the transition that is not one", "/v1/due?transition=latest", "", codeInvalidParameter, []string{"transition=invalid-parameter"}},
		{"strict that is not true or false", "/v1/due?strict=very", "", codeInvalidParameter, []string{"strict=invalid-parameter"}},
		{"warnings that is not true or false", "/v1/due?warnings=all", "", codeInvalidParameter, []string{"warnings=invalid-parameter"}},
		{"a window that ends after 2099", "/v1/due?as_of=2099-12-30&within=5", "", problem.DateOutOfRange, []string{"within=date-out-of-range"}},
	}
	for _, tt := range bad {
		t.Run(tt.name+" is a 400", func(t *testing.T) {
			got := do(t, h, req{method: "POST", target: tt.target, body: dueCases, accept: tt.accept})
			status := 400
			if tt.code == problem.DateOutOfRange {
				status = 422
			}
			doc := problemDocOf(t, got, status, tt.code)
			require.Equal(t, tt.where, doc.where())
		})
	}
}

func TestTheReadingOfTheTransitionAndDeemingReachEveryCaseFileEndpoint(t *testing.T) {
	// A complaint received under the 2005 regulations whose stage 2 was
	// requested after 1 August 2014, and one received on a Saturday.
	const file = "id,kind,received,stage1_response,stage2_requested,stage2_response\n" +
		"C-1,complaint,2014-06-02,2014-06-20,2014-09-01,2014-10-20\nC-2,complaint,2014-08-02,2014-08-27,,\n"
	h := testServer(t)
	for _, target := range []string{"/v1/assess", "/v1/report", "/v1/due"} {
		t.Run(target+" answers differently for each reading, as the library does", func(t *testing.T) {
			keep := do(t, h, req{method: "POST", target: target + "?as_of=2014-10-01", body: file})
			by := do(t, h, req{method: "POST", target: target + "?as_of=2014-10-01&transition=stage2-by-request-date", body: file})
			deem := do(t, h, req{method: "POST", target: target + "?as_of=2014-10-01&deem_next_working_day=true", body: file})
			require.Equal(t, 200, keep.Status, keep.Body)
			require.Equal(t, 200, by.Status, by.Body)
			require.Equal(t, 200, deem.Status, deem.Body)
			if target != "/v1/due" { // C-2 has no open deadline
				require.NotEqual(t, keep.Body, deem.Body, "deeming moves the due dates of C-2, received on a Saturday")
			}
			if target != "/v1/assess" {
				require.NotEqual(t, keep.Body, by.Body, "the reading changes C-1's stage 2 rule")
			}
			opt := assess.Options{AsOf: d("2014-10-01"), Engine: timescale.Engine{Transition: timescale.Stage2ByRequestDate}}
			if target == "/v1/assess" {
				require.Equal(t, libraryRows(t, file, opt, assess.JSON), by.Body)
				opt.Engine = timescale.Engine{DeemNextWorkingDay: true}
				require.Equal(t, libraryRows(t, file, opt, assess.JSON), deem.Body)
			}
		})
	}
}

func TestLanguageOfTheWordsForPeople(t *testing.T) {
	h := testServer(t)
	notADate := req{method: "GET", target: "/v1/holidays?from=2014-02-30"}
	welshDetail := "from: Rhowch ddyddiad dilys [en: "
	tests := []struct {
		name, target, acceptLanguage, wantPrefix, contentLanguage string
	}{
		{"English by default", "/v1/holidays?from=2014-02-30", "", "from: cannot read", ""},
		{"Welsh for Accept-Language: cy", "/v1/holidays?from=2014-02-30", "cy", welshDetail, "cy"},
		{"Welsh for Accept-Language: cy-GB", "/v1/holidays?from=2014-02-30", "cy-GB", welshDetail, "cy"},
		{"English when English is preferred by quality", "/v1/holidays?from=2014-02-30", "cy;q=0.4, en;q=0.9", "from: cannot read", ""},
		{"Welsh for lang=cy", "/v1/holidays?from=2014-02-30&lang=cy", "", welshDetail, "cy"},
		{"lang before Accept-Language", "/v1/holidays?from=2014-02-30&lang=en", "cy", "from: cannot read", ""},
		{"both for lang=cy+en", "/v1/holidays?from=2014-02-30&lang=cy%2Ben", "", "from: Rhowch ddyddiad dilys / cannot read", "cy, en"},
		{"both for lang=cy+en written with a plus, which a query reads as a space", "/v1/holidays?from=2014-02-30&lang=cy+en", "", "from: Rhowch ddyddiad dilys / cannot read", "cy, en"},
	}
	_ = notADate
	for _, tt := range tests {
		t.Run("a problem's detail: "+tt.name, func(t *testing.T) {
			hr := httptest.NewRequest("GET", tt.target, nil)
			if tt.acceptLanguage != "" {
				hr.Header.Set("Accept-Language", tt.acceptLanguage)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, hr)
			got := answer{Status: rec.Code, ContentType: rec.Header().Get("Content-Type"), Body: rec.Body.String(), Header: rec.Header()}
			doc := problemDocOf(t, got, 400, problem.NotADate)
			require.True(t, strings.HasPrefix(doc.Detail, tt.wantPrefix), doc.Detail)
			require.True(t, strings.HasPrefix(tt.wantPrefix, doc.Problems[0].Field+": "+doc.Problems[0].Message[:5]), "the problems follow the language: %+v", doc.Problems)
			require.Equal(t, tt.contentLanguage, got.Header.Get("Content-Language"))
			require.Equal(t, "Accept-Language", got.Header.Get("Vary"))
		})
	}
	t.Run("an unknown lang is a 400 naming the languages", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "GET", target: "/v1/holidays?lang=fr"}), 400, problem.UnknownLanguage)
		require.Equal(t, `lang: unknown language "fr": want en, cy or cy+en`, doc.Detail)
	})
	t.Run("the problems of a case file in Welsh, the count marked as untranslated", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/assess?as_of=2015-12-31&lang=cy", body: badFile}), 422, problem.NotADate)
		require.True(t, strings.HasPrefix(doc.Detail, "[en: 3 problems in the case file; the first:] line 3: received: Rhowch ddyddiad dilys [en: "), doc.Detail)
		require.True(t, strings.HasPrefix(doc.Problems[0].Message, "Rhowch ddyddiad dilys [en: "))
	})
	t.Run("the problems of a request in Welsh", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/deadlines?lang=cy", body: `{"received": "2005-06-01", "acknowledged": "2005-05-01"}`}), 422, problem.BeforeFirstRegime)
		require.True(t, strings.HasPrefix(doc.Detail, "[en: 2 problems; the first:] received: [en: "), doc.Detail)
	})
	t.Run("the deadlines as text in Welsh, as the command-line tool writes them", func(t *testing.T) {
		hr := httptest.NewRequest("POST", "/v1/deadlines", strings.NewReader(`{"received": "2014-08-01", "as_of": "2014-08-01"}`))
		hr.Header.Set("Accept", "text/plain")
		hr.Header.Set("Accept-Language", "cy")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, hr)
		require.Equal(t, 200, rec.Code)
		want, err := os.ReadFile(filepath.Join("..", "complaints", "testdata", "deadlines-2014-08-01.cy.txt"))
		require.NoError(t, err)
		require.Equal(t, string(want), rec.Body.String())
		require.Equal(t, "cy", rec.Header().Get("Content-Language"))
	})
	t.Run("JSON is the same in every language", func(t *testing.T) {
		en := do(t, h, req{method: "POST", target: "/v1/report?as_of=2015-12-31", body: sample(t)})
		cy := do(t, h, req{method: "POST", target: "/v1/report?as_of=2015-12-31&lang=cy", body: sample(t)})
		require.Equal(t, en.Body, cy.Body)
		require.Empty(t, cy.Header.Get("Content-Language"))
	})
	t.Run("the report as text in Welsh", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/report?as_of=2015-12-31&year=2014-2015&format=text&lang=cy", body: sample(t)})
		want, err := os.ReadFile(filepath.Join("..", "complaints", "testdata", "report-2014-2015.cy.txt"))
		require.NoError(t, err)
		require.Equal(t, string(want), got.Body)
	})
	_ = lang.Welsh
}

func TestNegotiate(t *testing.T) {
	offers := []string{typeJSON, typeCSV, typeText, typeCalendar}
	tests := []struct{ name, accept, want string }{
		{"no header is the first offer", "", typeJSON},
		{"a type named", "text/calendar", typeCalendar},
		{"the highest quality", "text/csv;q=0.5, text/plain;q=0.8", typeText},
		{"a type range", "text/*", typeCSV},
		{"a named type before its range", "text/*;q=0.5, text/plain", typeText},
		{"a named type before */*", "text/csv;q=0.2, application/json;q=0.9, */*", typeJSON},
		{"*/* alone is the first offer", "*/*", typeJSON},
		{"a browser's header is the first offer", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", typeJSON},
		{"a quality of 0 refuses", "text/csv;q=0, text/plain;q=0.1", typeText},
		{"a type named with a quality of 0 is refused even beside */*", "text/csv;q=0, */*", typeJSON},
		{"a range named with a quality of 0 refuses its types even beside */*", "text/*;q=0, */*;q=0.1", typeJSON},
		{"a type refused by quality 0 loses to its range named beside it", "text/*, text/csv;q=0", typeText},
		{"an unreadable quality is ignored", "text/csv;q=x", typeJSON},
		{"a quality above 1 is ignored", "text/csv;q=7", typeJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := http.Header{}
			if tt.accept != "" {
				h.Set("Accept", tt.accept)
			}
			require.Equal(t, tt.want, negotiate(h, offers...))
		})
	}
}
