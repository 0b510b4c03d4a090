package main

// Tests of every endpoint through the http.Handler, with no network: the
// answers, and that each equals what the library's encoders write for the
// same input (the command-line tool prints the same; cli_test.go checks
// that against the real binary).

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/timescale"
)

// samplePath is the sample case file of the repository.
var samplePath = filepath.Join("..", "data", "cases.csv")

// testNow is the clock of the test servers: 31 December 2015, 23:30 UTC,
// which is still 31 December in London.
var testNow = time.Date(2015, time.December, 31, 23, 30, 0, 0, time.UTC)

// testServer returns the service with the clock at testNow.
func testServer(t testing.TB) http.Handler {
	t.Helper()
	return newServer(config{Now: func() time.Time { return testNow }})
}

// sample returns the sample case file.
func sample(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(samplePath)
	require.NoError(t, err)
	return string(b)
}

// A req is a request of a test.
type req struct {
	method, target, body string
	accept               string
}

// An answer is what the service answered.
type answer struct {
	Status      int
	ContentType string
	Body        string
	Header      http.Header
}

// do sends r to h and returns the answer.
func do(t testing.TB, h http.Handler, r req) answer {
	t.Helper()
	var body io.Reader
	if r.body != "" {
		body = strings.NewReader(r.body)
	}
	hr := httptest.NewRequest(r.method, r.target, body)
	if r.accept != "" {
		hr.Header.Set("Accept", r.accept)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, hr)
	res := rec.Result()
	return answer{Status: res.StatusCode, ContentType: res.Header.Get("Content-Type"), Body: rec.Body.String(), Header: res.Header}
}

// indented returns v as the command-line tool's JSON output writes it.
func indented(t testing.TB, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(v))
	return b.String()
}

func d(s string) calendar.Date {
	x, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return x
}

// libraryRows returns the rows of a case file as the command-line tool
// writes them: assess.Each, assess.RowOf and the assess writer of format.
func libraryRows(t testing.TB, file string, opt assess.Options, format assess.Format) string {
	t.Helper()
	var b bytes.Buffer
	out, err := assess.NewWriter(&b, format)
	require.NoError(t, err)
	err = assess.Each(strings.NewReader(file), "cases.csv", opt, func(rec *assess.Record) error {
		require.True(t, rec.OK(), "the case file of the test has bad rows: %v", rec.Problems)
		if row, ok := assess.RowOf(&rec.Assessment); ok {
			return out.Write(&row)
		}
		return nil
	})
	require.NoError(t, err)
	require.NoError(t, out.Close())
	return b.String()
}

// libraryReport returns the report of a case file for year (the latest
// when zero) as the command-line tool writes it.
func libraryReport(t testing.TB, file string, year outcome.Year, asOf calendar.Date) string {
	t.Helper()
	agg, sum, err := outcome.ReadCaseFile(strings.NewReader(file), "cases.csv", assess.Options{AsOf: asOf})
	require.NoError(t, err)
	require.Empty(t, sum.Problems)
	if year == (outcome.Year{}) {
		var ok bool
		year, ok = agg.Latest()
		require.True(t, ok)
	}
	r, err := agg.Report(year)
	require.NoError(t, err)
	return indented(t, r)
}

func TestEveryEndpointAnswersWhatTheLibraryEncodersWrite(t *testing.T) {
	h := testServer(t)
	cal := calendar.Wales()
	file := sample(t)
	holidays := func(from, to string) string {
		hs, err := cal.WeekdayHolidays(d(from), d(to))
		require.NoError(t, err)
		return indented(t, hs)
	}
	deadlines := func(q timescale.Query) string {
		s, err := timescale.Engine{}.Deadlines(q)
		require.NoError(t, err)
		return indented(t, s)
	}
	rows := func(asOf string, deem bool, f assess.Format) string {
		return libraryRows(t, file, assess.Options{Engine: timescale.Engine{DeemNextWorkingDay: deem}, AsOf: d(asOf)}, f)
	}
	tests := []struct {
		name        string
		req         req
		contentType string
		want        string
	}{
		{"GET /healthz answers ok with the calendar's version",
			req{method: "GET", target: "/healthz"}, "application/json",
			"{\n  \"status\": \"ok\",\n  \"calendar_version\": \"" + cal.Version() + "\"\n}\n"},
		{"the holidays of autumn 2022 include the State Funeral",
			req{method: "GET", target: "/v1/holidays?from=2022-09-01&to=2022-12-31"}, "application/json",
			holidays("2022-09-01", "2022-12-31")},
		{"the holidays without a range are those of this year, as the CLI's",
			req{method: "GET", target: "/v1/holidays"}, "application/json",
			holidays("2015-01-01", "2015-12-31")},
		{"the holidays from a date run to the end of its year",
			req{method: "GET", target: "/v1/holidays?from=2030-06-01"}, "application/json",
			holidays("2030-06-01", "2030-12-31")},
		{"the holidays to a date run from the start of its year",
			req{method: "GET", target: "/v1/holidays?to=2014-05-31"}, "application/json",
			holidays("2014-01-01", "2014-05-31")},
		{"a range without a weekday holiday is an empty list",
			req{method: "GET", target: "/v1/holidays?from=2014-06-01&to=2014-06-30"}, "application/json",
			"[]\n"},
		{"2 working days after Thu 15 Sep 2022 skip the State Funeral: Tue 20 Sep",
			req{method: "GET", target: "/v1/workdays/add?from=2022-09-15&n=2"}, "application/json",
			"{\n  \"date\": \"2022-09-20\",\n  \"provisional\": false\n}\n"},
		{"a negative n counts back",
			req{method: "GET", target: "/v1/workdays/add?from=2022-09-20&n=-2"}, "application/json",
			"{\n  \"date\": \"2022-09-15\",\n  \"provisional\": false\n}\n"},
		{"an answer in a year after the official list is provisional",
			req{method: "GET", target: "/v1/workdays/add?from=2030-12-20&n=5"}, "application/json",
			"{\n  \"date\": \"2030-12-31\",\n  \"provisional\": true\n}\n"},
		{"received 1 Aug 2014, the stage 1 response on 27 Aug has taken 17 working days",
			req{method: "GET", target: "/v1/workdays/count?from=2014-08-01&to=2014-08-27"}, "application/json",
			"{\n  \"working_days\": 17,\n  \"provisional\": false\n}\n"},
		{"a count to an earlier date is negative",
			req{method: "GET", target: "/v1/workdays/count?from=2014-08-27&to=2014-08-01"}, "application/json",
			"{\n  \"working_days\": -17,\n  \"provisional\": false\n}\n"},
		{"the deadlines of a complaint received on 1 Aug 2014, as of 10 Aug",
			req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01", "as_of": "2014-08-10"}`}, "application/json",
			deadlines(timescale.Query{Received: d("2014-08-01"), AsOf: d("2014-08-10")})},
		{"the deadlines as of today when as_of is left out, as the CLI's",
			req{method: "POST", target: "/v1/deadlines", body: `{"received": "2015-12-01"}`}, "application/json",
			deadlines(timescale.Query{Received: d("2015-12-01"), AsOf: d("2015-12-31")})},
		{"every member of the query is read",
			req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-02", "acknowledged": "2014-08-05", "discussed": "2014-08-12",
				"stage2_requested": "2014-09-01", "matter": "2014-06-10", "procedure": "representation", "as_of": "2014-10-01", "deem_next_working_day": true}`},
			"application/json",
			deadlines(timescale.Query{Received: d("2014-08-02"), Acknowledged: d("2014-08-05"), Discussed: d("2014-08-12"),
				Stage2Requested: d("2014-09-01"), Matter: d("2014-06-10"), Procedure: timescale.RepresentationProcedure,
				AsOf: d("2014-10-01"), DeemNextWorkingDay: true})},
		{"a complaint of 2010 falls under the 2005 regulations",
			req{method: "POST", target: "/v1/deadlines", body: `{"received": "2010-05-04", "as_of": "2010-06-01"}`}, "application/json",
			deadlines(timescale.Query{Received: d("2010-05-04"), AsOf: d("2010-06-01")})},
		{"a corporate complaint falls under the Ombudsman's model procedure (psow-model)",
			req{method: "POST", target: "/v1/deadlines", body: `{"received": "2024-09-02", "procedure": "corporate", "as_of": "2024-09-12"}`}, "application/json",
			deadlines(timescale.Query{Received: d("2024-09-02"), Procedure: timescale.CorporateProcedure, AsOf: d("2024-09-12")})},
		{"the sample case file assessed as JSON",
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: file}, "application/json",
			rows("2015-12-31", false, assess.JSON)},
		{"the sample case file assessed as CSV for Accept: text/csv",
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: file, accept: "text/csv"}, "text/csv; charset=utf-8; header=present",
			rows("2015-12-31", false, assess.CSV)},
		{"CSV when text/csv is preferred to application/json",
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: file, accept: "application/json;q=0.5, text/csv"}, "text/csv; charset=utf-8; header=present",
			rows("2015-12-31", false, assess.CSV)},
		{"JSON when application/json is preferred to text/csv",
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: file, accept: "text/csv;q=0.2, application/json;q=0.9, */*"}, "application/json",
			rows("2015-12-31", false, assess.JSON)},
		{"JSON for an Accept header that names neither",
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: file, accept: "text/html, text/csv;q=x, bad/;;"}, "application/json",
			rows("2015-12-31", false, assess.JSON)},
		{"the case file assessed as of today, deeming receipt on a non-working day on the next",
			req{method: "POST", target: "/v1/assess?deem_next_working_day=true", body: file}, "application/json",
			rows("2015-12-31", true, assess.JSON)},
		{"a case file of comments and compliments has no rows",
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: "id,kind,received\nM-1,comment,2014-08-01\n"}, "application/json",
			"[]\n"},
		{"a case file of no records as CSV is the header alone",
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: "id,kind,received\n", accept: "text/csv"}, "text/csv; charset=utf-8; header=present",
			strings.Join(assess.Columns(), ",") + "\n"},
		{"the report of 2014-2015",
			req{method: "POST", target: "/v1/report?year=2014-2015&as_of=2015-12-31", body: file}, "application/json",
			libraryReport(t, file, outcome.Year{Start: 2014}, d("2015-12-31"))},
		{"the report of the year written 2013-14",
			req{method: "POST", target: "/v1/report?year=2013-14&as_of=2015-12-31", body: file}, "application/json",
			libraryReport(t, file, outcome.Year{Start: 2013}, d("2015-12-31"))},
		{"the report of the latest year, as of today, when neither is given",
			req{method: "POST", target: "/v1/report", body: file}, "application/json",
			libraryReport(t, file, outcome.Year{}, d("2015-12-31"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := do(t, h, tt.req)
			require.Equal(t, http.StatusOK, got.Status, "body: %s", got.Body)
			require.Equal(t, tt.contentType, got.ContentType)
			require.Equal(t, "nosniff", got.Header.Get("X-Content-Type-Options"))
			if diff := cmp.Diff(tt.want, got.Body); diff != "" {
				t.Errorf("body (-library +service):\n%s", diff)
			}
		})
	}
}

func TestTodayIsTheLondonDate(t *testing.T) {
	// 23:30 UTC on 31 July 2014 is 00:30 BST on 1 August: the complaint
	// received "today" falls under the 2014 regulations.
	h := newServer(config{Now: func() time.Time { return time.Date(2014, time.July, 31, 23, 30, 0, 0, time.UTC) }})
	got := do(t, h, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01"}`})
	require.Equal(t, http.StatusOK, got.Status, got.Body)
	var s struct {
		AsOf   string `json:"as_of"`
		Regime struct {
			Name string `json:"name"`
		} `json:"regime"`
	}
	require.NoError(t, json.Unmarshal([]byte(got.Body), &s))
	require.Equal(t, "2014-08-01", s.AsOf)
	require.Equal(t, "wales-2014", s.Regime.Name)
}

func TestHeadAnswersAsGetWithoutTheBody(t *testing.T) {
	srv := httptest.NewServer(testServer(t))
	defer srv.Close()
	get, err := http.Get(srv.URL + "/v1/holidays?from=2022-01-01&to=2022-12-31")
	require.NoError(t, err)
	getBody, _ := io.ReadAll(get.Body)
	get.Body.Close()
	head, err := http.Head(srv.URL + "/v1/holidays?from=2022-01-01&to=2022-12-31")
	require.NoError(t, err)
	headBody, _ := io.ReadAll(head.Body)
	head.Body.Close()
	require.Equal(t, http.StatusOK, head.StatusCode)
	require.Empty(t, headBody)
	require.Equal(t, get.Header.Get("Content-Type"), head.Header.Get("Content-Type"))
	require.Equal(t, strconv.Itoa(len(getBody)), head.Header.Get("Content-Length"))
}

func TestNewServerDefaults(t *testing.T) {
	s := newServer(config{}).(*server)
	require.Equal(t, int64(defaultMaxBody), s.maxBody, "32 MiB unless told")
	require.NotNil(t, s.log)
	require.WithinDuration(t, time.Now(), s.now(), time.Minute, "the real clock unless told")
	require.Equal(t, "GET, HEAD, OPTIONS", s.routes["/v1/holidays"].allow)
	require.Equal(t, "OPTIONS, POST", s.routes["/v1/deadlines"].allow)
}
