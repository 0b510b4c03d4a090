package main

// Tests of every error: its status, its problem document (RFC 9457) and the
// problems it lists, with their codes.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
)

// A gotDoc is a problem document as a client reads it.
type gotDoc struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail"`
	Code     string `json:"code"`
	Problems []struct {
		Code    string `json:"code"`
		Field   string `json:"field"`
		Line    int    `json:"line"`
		Column  string `json:"column"`
		Message string `json:"message"`
	} `json:"problems"`
	ProblemCount int `json:"problem_count"`
	Warnings     []struct {
		Line    int    `json:"line"`
		Column  string `json:"column"`
		Code    string `json:"code"`
		Message string `json:"message"`
		Warning bool   `json:"warning"`
	} `json:"warnings"`
	WarningCount int             `json:"warning_count"`
	Rows         json.RawMessage `json:"rows"`
	Report       json.RawMessage `json:"report"`
	Due          json.RawMessage `json:"due"`
	Return       json.RawMessage `json:"return"`
}

// problemDocOf checks that an answer is a well-formed problem document
// of the status and code wanted, and returns it.
func problemDocOf(t testing.TB, got answer, status int, code problem.Code) gotDoc {
	t.Helper()
	require.Equal(t, status, got.Status, "body: %s", got.Body)
	require.Equal(t, "application/problem+json", got.ContentType)
	var doc gotDoc
	dec := json.NewDecoder(strings.NewReader(got.Body))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&doc), "the body is a problem document with no other member: %s", got.Body)
	require.Equal(t, status, doc.Status, "status member")
	require.Equal(t, string(code), doc.Code)
	if _, ok := problem.Lookup(code); ok {
		require.Equal(t, httpproblem.TypeBase+string(code), doc.Type)
	} else {
		require.Equal(t, "about:blank", doc.Type, "a code of the service's own")
		require.Equal(t, http.StatusText(status), doc.Title)
	}
	require.NotEmpty(t, doc.Title)
	require.NotEmpty(t, doc.Detail)
	for _, p := range doc.Problems {
		require.NotEmpty(t, p.Code)
		require.NotEmpty(t, p.Message)
	}
	return doc
}

// where lists the problems of a document as "field=code" or
// "line:column=code".
func (d gotDoc) where() []string {
	var out []string
	for _, p := range d.Problems {
		if p.Line > 0 {
			out = append(out, fmt.Sprintf("%d:%s=%s", p.Line, p.Column, p.Code))
		} else {
			out = append(out, p.Field+"="+p.Code)
		}
	}
	return out
}

// badFile is a case file with one good complaint, one comment and three
// bad rows.
const badFile = "id,kind,received,acknowledged\n" +
	"C-1,complaint,2014-08-01,2014-08-04\n" +
	"C-2,complaint,2014-02-30,\n" +
	"M-1,comment,2014-09-01,\n" +
	"C-3,complaint,2014-08-05,2014-08-01\n" +
	"C-1,complaint,2014-09-01,\n"

func TestEveryErrorIsAProblemDocument(t *testing.T) {
	h := testServer(t)
	small := newServer(config{MaxBody: 64, Now: func() time.Time { return testNow }})
	big := strings.Repeat("x", 65)
	tests := []struct {
		name   string
		h      http.Handler // nil: h
		req    req
		status int
		code   problem.Code
		where  []string // the problems listed, as gotDoc.where gives them
		allow  string
	}{
		// 400: what cannot be read.
		{"a body that is not JSON", nil, req{method: "POST", target: "/v1/deadlines", body: `{received}`},
			400, problem.MalformedJSON, nil, ""},
		{"a JSON body cut short", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01"`},
			400, problem.MalformedJSON, nil, ""},
		{"an empty body", nil, req{method: "POST", target: "/v1/deadlines"},
			400, problem.MalformedJSON, nil, ""},
		{"two JSON objects", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01"} {}`},
			400, problem.MalformedJSON, nil, ""},
		{"an object followed by something not JSON", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01"} ]`},
			400, problem.MalformedJSON, nil, ""},
		{"a member the query does not have", nil, req{method: "POST", target: "/v1/deadlines", body: `{"recieved": "2014-08-01"}`},
			400, problem.UnknownField, []string{"recieved=unknown-field"}, ""},
		{"a date given as a number", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": 20140801}`},
			400, problem.MalformedJSON, []string{"received=malformed-json"}, ""},
		{"a flag given as a string", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01", "deem_next_working_day": "yes"}`},
			400, problem.MalformedJSON, []string{"deem_next_working_day=malformed-json"}, ""},
		{"a list for the query", nil, req{method: "POST", target: "/v1/deadlines", body: `[]`},
			400, problem.MalformedJSON, nil, ""},
		{"a date that does not exist in the body, naming its member", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-02-30"}`},
			400, problem.NotADate, []string{"received=not-a-date"}, ""},
		{"a date written DD/MM/YYYY in the body, naming its member", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "01/08/2014"}`},
			400, problem.NotADate, []string{"received=not-a-date"}, ""},
		{"a query without received", nil, req{method: "POST", target: "/v1/deadlines", body: `{"as_of": "2014-08-01"}`},
			400, problem.Required, []string{"received=required"}, ""},
		{"a query parameter on the deadlines", nil, req{method: "POST", target: "/v1/deadlines?as_of=2014-08-01", body: `{"received": "2014-08-01"}`},
			400, codeUnknownParameter, []string{"as_of=unknown-parameter"}, ""},
		{"a month 13", nil, req{method: "GET", target: "/v1/holidays?from=2014-13-01"},
			400, problem.NotADate, []string{"from=not-a-date"}, ""},
		{"a query date written DD/MM/YYYY", nil, req{method: "GET", target: "/v1/holidays?to=31/12/2014"},
			400, problem.NotADate, []string{"to=not-a-date"}, ""},
		{"an empty date", nil, req{method: "GET", target: "/v1/holidays?from="},
			400, problem.NotADate, []string{"from=not-a-date"}, ""},
		{"a holiday range that ends before it starts", nil, req{method: "GET", target: "/v1/holidays?from=2014-06-01&to=2014-05-01"},
			400, codeInvalidParameter, []string{"to=invalid-parameter"}, ""},
		{"an unknown parameter", nil, req{method: "GET", target: "/v1/holidays?form=2014-06-01"},
			400, codeUnknownParameter, []string{"form=unknown-parameter"}, ""},
		{"a parameter on an endpoint that takes none", nil, req{method: "GET", target: "/healthz?verbose=1"},
			400, codeUnknownParameter, []string{"verbose=unknown-parameter"}, ""},
		{"a parameter given twice", nil, req{method: "GET", target: "/v1/holidays?from=2014-06-01&from=2014-07-01"},
			400, codeInvalidParameter, []string{"from=invalid-parameter"}, ""},
		{"a query that cannot be parsed", nil, req{method: "GET", target: "/v1/holidays?from=%zz"},
			400, codeInvalidParameter, nil, ""},
		{"adding working days without n", nil, req{method: "GET", target: "/v1/workdays/add?from=2014-08-01"},
			400, problem.Required, []string{"n=required"}, ""},
		{"adding working days without from", nil, req{method: "GET", target: "/v1/workdays/add?n=1"},
			400, problem.Required, []string{"from=required"}, ""},
		{"n that is not a whole number", nil, req{method: "GET", target: "/v1/workdays/add?from=2014-08-01&n=two"},
			400, codeInvalidParameter, []string{"n=invalid-parameter"}, ""},
		{"n too large for a number", nil, req{method: "GET", target: "/v1/workdays/add?from=2014-08-01&n=99999999999999999999"},
			400, codeInvalidParameter, []string{"n=invalid-parameter"}, ""},
		{"counting working days without to", nil, req{method: "GET", target: "/v1/workdays/count?from=2014-08-01"},
			400, problem.Required, []string{"to=required"}, ""},
		{"counting working days without from", nil, req{method: "GET", target: "/v1/workdays/count?to=2014-08-01"},
			400, problem.Required, []string{"from=required"}, ""},
		{"counting to a date that does not exist", nil, req{method: "GET", target: "/v1/workdays/count?from=2014-08-01&to=2014-02-29"},
			400, problem.NotADate, []string{"to=not-a-date"}, ""},
		{"partial that is not true or false", nil, req{method: "POST", target: "/v1/assess?partial=maybe", body: badFile},
			400, codeInvalidParameter, []string{"partial=invalid-parameter"}, ""},
		{"deem_next_working_day that is not true or false", nil, req{method: "POST", target: "/v1/assess?deem_next_working_day=y", body: badFile},
			400, codeInvalidParameter, []string{"deem_next_working_day=invalid-parameter"}, ""},
		{"an assessment as of a date that does not exist", nil, req{method: "POST", target: "/v1/assess?as_of=2015-02-29", body: badFile},
			400, problem.NotADate, []string{"as_of=not-a-date"}, ""},
		{"a report of a lone calendar year", nil, req{method: "POST", target: "/v1/report?year=2014", body: badFile},
			400, problem.NotAYear, []string{"year=not-a-year"}, ""},
		{"a report of a year of two years", nil, req{method: "POST", target: "/v1/report?year=2014-2016", body: badFile},
			400, problem.NotAYear, []string{"year=not-a-year"}, ""},
		{"a report of a quarter that is not one", nil, req{method: "POST", target: "/v1/report?period=2014-Q5", body: badFile},
			400, problem.NotAPeriod, []string{"period=not-a-period"}, ""},
		{"a report of both a year and a period", nil, req{method: "POST", target: "/v1/report?year=2014-2015&period=2014-Q2", body: badFile},
			400, codeInvalidParameter, []string{"period=invalid-parameter"}, ""},
		{"a report with partial that is not true or false", nil, req{method: "POST", target: "/v1/report?partial=2", body: badFile},
			400, codeInvalidParameter, []string{"partial=invalid-parameter"}, ""},
		{"a report as of a date that does not exist", nil, req{method: "POST", target: "/v1/report?as_of=2015-02-29", body: badFile},
			400, problem.NotADate, []string{"as_of=not-a-date"}, ""},

		// 404: no such path, or no such year.
		{"an unknown path", nil, req{method: "GET", target: "/v2/holidays"},
			404, codeNotFound, nil, ""},
		{"a path with a trailing slash", nil, req{method: "GET", target: "/v1/holidays/"},
			404, codeNotFound, nil, ""},
		{"a page that is not one", nil, req{method: "GET", target: "/index.html"},
			404, codeNotFound, nil, ""},
		{"a report of a year the file does not hold", nil, req{method: "POST", target: "/v1/report?year=2010-2011&as_of=2015-12-31", body: "id,kind,received\nC-1,complaint,2014-08-01\n"},
			404, problem.NoRecordsInYear, nil, ""},
		{"a report of a quarter the file does not hold", nil, req{method: "POST", target: "/v1/report?period=2014-Q4&as_of=2015-12-31", body: "id,kind,received\nC-1,complaint,2014-08-01\n"},
			404, problem.NoRecordsInPeriod, nil, ""},
		{"a report of a file with no records", nil, req{method: "POST", target: "/v1/report?as_of=2015-12-31", body: "id,kind,received\n"},
			404, problem.NoRecordsInYear, nil, ""},
		{"a report of a file whose every row is bad lists their problems", nil, req{method: "POST", target: "/v1/report?as_of=2015-12-31", body: "id,kind,received\nC-1,complaint,2014-02-30\n"},
			404, problem.NoRecordsInYear, []string{"2:received=not-a-date"}, ""},

		// 405: a method the path does not take, with Allow.
		{"GET of the deadlines", nil, req{method: "GET", target: "/v1/deadlines"},
			405, codeMethodNotAllowed, nil, "OPTIONS, POST"},
		{"POST of the holidays", nil, req{method: "POST", target: "/v1/holidays", body: "{}"},
			405, codeMethodNotAllowed, nil, "GET, HEAD, OPTIONS"},
		{"PUT of an assessment", nil, req{method: "PUT", target: "/v1/assess", body: badFile},
			405, codeMethodNotAllowed, nil, "OPTIONS, POST"},
		{"DELETE of the health check", nil, req{method: "DELETE", target: "/healthz"},
			405, codeMethodNotAllowed, nil, "GET, HEAD, OPTIONS"},

		// 413: a body over the limit.
		{"deadlines over the body limit", small, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01", "matter": "` + big + `"}`},
			413, codeBodyTooLarge, nil, ""},
		{"a case file to assess over the body limit", small, req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: badFile},
			413, codeBodyTooLarge, nil, ""},
		{"a case file to report on over the body limit", small, req{method: "POST", target: "/v1/report?as_of=2015-12-31", body: badFile},
			413, codeBodyTooLarge, nil, ""},

		// 422: understood, but not answerable.
		{"holidays from a date after 2099", nil, req{method: "GET", target: "/v1/holidays?from=2100-01-01"},
			422, problem.DateOutOfRange, []string{"from=date-out-of-range"}, ""},
		{"holidays to a date before 1974", nil, req{method: "GET", target: "/v1/holidays?to=1973-12-31"},
			422, problem.DateOutOfRange, []string{"to=date-out-of-range"}, ""},
		{"working days added past 2099", nil, req{method: "GET", target: "/v1/workdays/add?from=2099-12-30&n=5"},
			422, problem.DateOutOfRange, []string{"n=date-out-of-range"}, ""},
		{"working days added to a date of 1900", nil, req{method: "GET", target: "/v1/workdays/add?from=1900-01-01&n=5"},
			422, problem.DateOutOfRange, []string{"from=date-out-of-range"}, ""},
		{"working days counted to 2100", nil, req{method: "GET", target: "/v1/workdays/count?from=2014-08-01&to=2100-01-01"},
			422, problem.DateOutOfRange, []string{"to=date-out-of-range"}, ""},
		{"a complaint received before 1 April 2006", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2005-06-01"}`},
			422, problem.BeforeFirstRegime, []string{"received=before-first-regime"}, ""},
		{"a complaint received after 2099", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2100-01-04"}`},
			422, problem.DateOutOfRange, []string{"received=date-out-of-range"}, ""},
		{"a complaint whose deadlines fall after 2099", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2099-12-30"}`},
			422, problem.DateOutOfRange, []string{"received=date-out-of-range"}, ""},
		{"an acknowledgement before receipt", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-05", "acknowledged": "2014-08-01"}`},
			422, problem.EventBeforeReceipt, []string{"acknowledged=event-before-receipt"}, ""},
		{"every problem of a query at once", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2005-06-01", "acknowledged": "2005-05-01"}`},
			422, problem.BeforeFirstRegime, []string{"received=before-first-regime", "acknowledged=event-before-receipt"}, ""},
		{"deadlines as of 1900", nil, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01", "as_of": "1900-01-01"}`},
			422, problem.DateOutOfRange, []string{"as_of=date-out-of-range"}, ""},
		{"a case file with bad rows", nil, req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: badFile},
			422, problem.NotADate, []string{"3:received=not-a-date", "5:acknowledged=event-before-receipt", "6:id=duplicate-id"}, ""},
		{"a case file whose header lacks required columns", nil, req{method: "POST", target: "/v1/assess?as_of=2015-12-31&partial=true", body: "idd,kind\nC-1,complaint\n"},
			422, problem.MissingColumn, []string{"1:id=missing-column", "1:received=missing-column"}, ""},
		{"a case file whose header names an unknown column, read strictly", nil, req{method: "POST", target: "/v1/assess?as_of=2015-12-31&strict=true", body: "idd,kind\nC-1,complaint\n"},
			422, problem.UnknownColumn, []string{"1:idd=unknown-column", "1:id=missing-column", "1:received=missing-column"}, ""},
		{"an empty case file", nil, req{method: "POST", target: "/v1/assess?as_of=2015-12-31"},
			422, problem.EmptyFile, []string{"1:=empty-file"}, ""},
		{"a case file in UTF-16", nil, req{method: "POST", target: "/v1/report?as_of=2015-12-31", body: "\xff\xfei\x00d\x00"},
			422, problem.NotUTF8, []string{"1:=not-utf8"}, ""},
		{"an assessment as of 2100", nil, req{method: "POST", target: "/v1/assess?as_of=2100-01-01", body: badFile},
			422, problem.DateOutOfRange, []string{"as_of=date-out-of-range"}, ""},
		{"a report of a case file with bad rows", nil, req{method: "POST", target: "/v1/report?as_of=2015-12-31", body: badFile},
			422, problem.NotADate, []string{"3:received=not-a-date", "5:acknowledged=event-before-receipt", "6:id=duplicate-id"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name+" gets "+fmt.Sprint(tt.status)+" "+string(tt.code), func(t *testing.T) {
			hh := tt.h
			if hh == nil {
				hh = h
			}
			got := do(t, hh, tt.req)
			doc := problemDocOf(t, got, tt.status, tt.code)
			require.Equal(t, tt.where, doc.where())
			require.Equal(t, tt.allow, got.Header.Get("Allow"))
			require.Empty(t, doc.Rows, "rows only with partial=true")
			require.Empty(t, doc.Report, "a report only with partial=true")
			require.Empty(t, doc.Return, "a return only with partial=true")
		})
	}
}

// goodRows returns the rows of the good records of a case file as the
// command-line tool writes them in JSON, decoded.
func goodRows(t *testing.T, file string, opt assess.Options) any {
	t.Helper()
	var b strings.Builder
	out, err := assess.NewWriter(&b, assess.JSON)
	require.NoError(t, err)
	require.NoError(t, assess.Each(strings.NewReader(file), "cases.csv", opt, func(rec *assess.Record) error {
		if row, ok := assess.RowOf(&rec.Assessment); ok && rec.OK() {
			return out.Write(&row)
		}
		return nil
	}))
	require.NoError(t, out.Close())
	var v any
	require.NoError(t, json.Unmarshal([]byte(b.String()), &v))
	return v
}

func TestPartialAnswersCarryTheGoodRowsBesideTheProblems(t *testing.T) {
	h := testServer(t)
	opt := assess.Options{AsOf: d("2015-12-31")}
	for _, accept := range []string{"", "text/csv"} {
		t.Run("assess with partial=true and Accept "+accept+" lists the good rows in JSON", func(t *testing.T) {
			got := do(t, h, req{method: "POST", target: "/v1/assess?as_of=2015-12-31&partial=true", body: badFile, accept: accept})
			doc := problemDocOf(t, got, 422, problem.NotADate)
			require.Equal(t, []string{"3:received=not-a-date", "5:acknowledged=event-before-receipt", "6:id=duplicate-id"}, doc.where())
			var rows any
			require.NoError(t, json.Unmarshal(doc.Rows, &rows))
			if diff := cmp.Diff(goodRows(t, badFile, opt), rows); diff != "" {
				t.Errorf("rows (-library +service):\n%s", diff)
			}
		})
	}
	t.Run("report with partial=true gives the report of the good rows", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/report?as_of=2015-12-31&partial=true", body: badFile})
		doc := problemDocOf(t, got, 422, problem.NotADate)
		agg, ps, err := outcome.ReadCaseFile(strings.NewReader(badFile), "cases.csv", opt)
		require.NoError(t, err)
		require.Len(t, ps.Problems, 3)
		r, err := agg.Report(outcome.Year{Start: 2014})
		require.NoError(t, err)
		var want, gotReport any
		require.NoError(t, json.Unmarshal([]byte(indented(t, r)), &want))
		require.NoError(t, json.Unmarshal(doc.Report, &gotReport))
		if diff := cmp.Diff(want, gotReport); diff != "" {
			t.Errorf("report (-library +service):\n%s", diff)
		}
	})
}

func TestAnswerListsAThousandProblemsAndCountsThemAll(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,kind,received\n")
	for i := range 1500 {
		fmt.Fprintf(&b, "C-%d,complaint,2014-02-30\n", i)
	}
	for _, target := range []string{"/v1/assess?as_of=2015-12-31", "/v1/report?as_of=2015-12-31&year=2014-2015"} {
		t.Run(target, func(t *testing.T) {
			got := do(t, testServer(t), req{method: "POST", target: target, body: b.String()})
			status := 422
			if strings.Contains(target, "report") {
				status = 404 // every row is bad: the year has no records
			}
			doc := problemDocOf(t, got, status, map[int]problem.Code{422: problem.NotADate, 404: problem.NoRecordsInYear}[status])
			require.Len(t, doc.Problems, maxListed)
			require.Equal(t, 1500, doc.ProblemCount)
			require.Equal(t, 2, doc.Problems[0].Line)
		})
	}
}

// failingReader fails after its text, as a connection that breaks does.
type failingReader struct{ r io.Reader }

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("connection reset by peer")
	}
	return n, err
}

func TestABodyThatCannotBeReadIsA400(t *testing.T) {
	h := testServer(t)
	for _, target := range []string{"/v1/deadlines", "/v1/assess?as_of=2015-12-31", "/v1/report?as_of=2015-12-31"} {
		t.Run(target, func(t *testing.T) {
			body := `{"received": "2014-08-01"`
			if !strings.HasPrefix(target, "/v1/deadlines") {
				body = "id,kind,received\nC-1,complaint,2014-08-01\n"
			}
			hr := httptest.NewRequest("POST", target, &failingReader{strings.NewReader(body)})
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, hr)
			got := answer{Status: rec.Code, ContentType: rec.Header().Get("Content-Type"), Body: rec.Body.String()}
			doc := problemDocOf(t, got, 400, codeUnreadableBody)
			require.Contains(t, doc.Detail, "connection reset by peer")
		})
	}
}

func TestABugIsA500ThatIsLoggedAndDoesNotStopTheServer(t *testing.T) {
	var logged strings.Builder
	log := slog.New(slog.NewTextHandler(&logged, nil))
	s := newServer(config{Logger: log}).(*server)
	s.routes["/panic"] = &route{handlers: map[string]handler{"GET": func(http.ResponseWriter, *http.Request) error { panic("a bug") }}}
	s.routes["/error"] = &route{handlers: map[string]handler{"GET": func(http.ResponseWriter, *http.Request) error { return errors.New("a bug") }}}
	s.routes["/unencodable"] = &route{handlers: map[string]handler{"GET": func(w http.ResponseWriter, _ *http.Request) error {
		return s.writeJSON(w, 200, func() {})
	}}}
	s.routes["/unencodable-problem"] = &route{handlers: map[string]handler{"GET": func(w http.ResponseWriter, _ *http.Request) error {
		pe := httpproblem.New(422, problem.NotADate, "x")
		pe.Rows = json.RawMessage("{not json")
		return pe
	}}}
	for _, path := range []string{"/panic", "/error", "/unencodable", "/unencodable-problem"} {
		t.Run(path, func(t *testing.T) {
			got := do(t, s, req{method: "GET", target: path})
			problemDocOf(t, got, 500, codeInternal)
			require.Contains(t, logged.String(), "level=ERROR")
		})
	}
	got := do(t, s, req{method: "GET", target: "/healthz"})
	require.Equal(t, 200, got.Status, "the server still answers")
}

func TestAPanicAfterTheAnswerBeganIsNotAnsweredTwice(t *testing.T) {
	s := newServer(config{}).(*server)
	s.routes["/late-panic"] = &route{handlers: map[string]handler{"GET": func(w http.ResponseWriter, _ *http.Request) error {
		w.WriteHeader(http.StatusOK)
		w.Write([]byte("partial"))
		panic("a bug")
	}}}
	got := do(t, s, req{method: "GET", target: "/late-panic"})
	require.Equal(t, 200, got.Status)
	require.Equal(t, "partial", got.Body)
}

func TestAnAbortedHandlerStaysAborted(t *testing.T) {
	s := newServer(config{}).(*server)
	s.routes["/abort"] = &route{handlers: map[string]handler{"GET": func(http.ResponseWriter, *http.Request) error { panic(http.ErrAbortHandler) }}}
	require.PanicsWithValue(t, http.ErrAbortHandler, func() { do(t, s, req{method: "GET", target: "/abort"}) })
}

func TestRequestsAreLoggedAtLevelDebug(t *testing.T) {
	var logged strings.Builder
	h := newServer(config{Logger: slog.New(slog.NewTextHandler(&logged, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	do(t, h, req{method: "GET", target: "/v1/holidays?from=2014-01-01"})
	require.Contains(t, logged.String(), "msg=request method=GET path=/v1/holidays status=200")
}

// TestALongValueIsQuotedShortInTheProblemDocument sends a value of 20,000
// characters to every parameter and member that is quoted back when it
// cannot be read: the answer names it in at most 80 characters, not whole
// in the detail and again in the problem.
func TestALongValueIsQuotedShortInTheProblemDocument(t *testing.T) {
	long := strings.Repeat("1", 20000)
	quoted := `"` + long[:80] + `…"`
	tests := []struct {
		name   string
		r      req
		status int
		code   problem.Code
	}{
		{"a date parameter", req{method: "GET", target: "/v1/workdays/add?n=1&from=" + long}, 400, problem.NotADate},
		{"a number of working days", req{method: "GET", target: "/v1/workdays/add?from=2014-08-01&n=" + long}, 400, codeInvalidParameter},
		{"the language", req{method: "GET", target: "/v1/holidays?lang=" + long}, 400, problem.UnknownLanguage},
		{"the reporting year", req{method: "POST", target: "/v1/report?year=" + long, body: "id,kind,received\n"}, 400, problem.NotAYear},
		{"the reporting period", req{method: "POST", target: "/v1/report?period=" + long, body: "id,kind,received\n"}, 400, problem.NotAPeriod},
		{"the format of the report", req{method: "POST", target: "/v1/report?format=" + long, body: "id,kind,received\n"}, 400, codeInvalidParameter},
		{"the format of the return", req{method: "POST", target: "/v1/return?period=2014-Q1&format=" + long, body: "id,kind,received\n"}, 400, codeInvalidParameter},
		{"the population of the return", req{method: "POST", target: "/v1/return?period=2014-Q1&population=" + long, body: "id,kind,received\n"}, 400, problem.NotAPopulation},
		{"the procedures of the return", req{method: "POST", target: "/v1/return?period=2014-Q1&procedures=" + long, body: "id,kind,received\n"}, 400, problem.UnknownValue},
		{"the reading of the transition", req{method: "POST", target: "/v1/assess?transition=" + long, body: "id,kind,received\n"}, 400, codeInvalidParameter},
		{"a true-or-false parameter", req{method: "POST", target: "/v1/assess?strict=" + long, body: "id,kind,received\n"}, 400, codeInvalidParameter},
		{"the date of receipt in JSON", req{method: "POST", target: "/v1/deadlines", body: `{"received":"` + long + `"}`}, 400, problem.NotADate},
		{"the procedure in JSON", req{method: "POST", target: "/v1/deadlines", body: `{"received":"2014-08-01","procedure":"` + long + `"}`}, 422, problem.UnknownValue},
		{"the reading of the transition in JSON", req{method: "POST", target: "/v1/deadlines", body: `{"received":"2014-08-01","transition":"` + long + `"}`}, 422, problem.UnknownValue},
	}
	for _, tt := range tests {
		t.Run(tt.name+" of 20,000 characters is quoted in its first 80 and an ellipsis", func(t *testing.T) {
			got := do(t, testServer(t), tt.r)
			doc := problemDocOf(t, got, tt.status, tt.code)
			require.Contains(t, doc.Detail, quoted)
			require.Less(t, len(got.Body), 2000, "the answer: %s", got.Body)
			require.NotEmpty(t, doc.Problems, "the problems, each naming its field")
			require.NotEmpty(t, doc.Problems[0].Field, "the field of the problem")
		})
	}
}

func TestADateMemberThatCannotBeReadIsNamed(t *testing.T) {
	tests := []struct {
		name, body, field, detail string
	}{
		{"the date of receipt", `{"received": "2014-02-30"}`, "received",
			`received: cannot read "2014-02-30" as a date: no such day: February 2014 has 28 days`},
		{"a later date among good ones", `{"received": "2014-08-01", "acknowledged": "01/08/2014", "as_of": "2014-09-01"}`, "acknowledged",
			`acknowledged: cannot read "01/08/2014" as a date: want a date written YYYY-MM-DD, e.g. 2014-08-01`},
		{"a member named in another case, which encoding/json reads", `{"Received": "1 Aug 2014"}`, "Received",
			`Received: cannot read "1 Aug 2014" as a date: want a date written YYYY-MM-DD, e.g. 2014-08-01`},
		{"the first of two members with the same bad date, which the decoder came to first", `{"received": "x", "acknowledged": "x"}`, "received",
			`received: cannot read "x" as a date: want a date written YYYY-MM-DD, e.g. 2014-08-01`},
		{"a member after an object", `{"matter": {"a": [1]}, "acknowledged": "x", "received": "2014-08-01"}`, "acknowledged",
			`acknowledged: cannot read "x" as a date: want a date written YYYY-MM-DD, e.g. 2014-08-01`},
	}
	for _, tt := range tests {
		t.Run(tt.name+" that cannot be read as a date is named as the field of the problem", func(t *testing.T) {
			got := do(t, testServer(t), req{method: "POST", target: "/v1/deadlines", body: tt.body})
			doc := problemDocOf(t, got, http.StatusBadRequest, problem.NotADate)
			require.Len(t, doc.Problems, 1)
			require.Equal(t, tt.field, doc.Problems[0].Field)
			require.Equal(t, tt.detail, doc.Detail)
		})
	}
}

func TestOptionsOfAPathAnswersWhatItTakes(t *testing.T) {
	addr, stop, done := started(t, testServer(t), time.Second)
	defer func() { stop(); <-done }()
	for _, tt := range []struct{ path, allow string }{
		{"/", "GET, HEAD, OPTIONS"},
		{"/healthz", "GET, HEAD, OPTIONS"},
		{"/v1/holidays", "GET, HEAD, OPTIONS"},
		{"/v1/workdays/add", "GET, HEAD, OPTIONS"},
		{"/v1/workdays/count", "GET, HEAD, OPTIONS"},
		{"/v1/deadlines", "OPTIONS, POST"},
		{"/v1/assess", "OPTIONS, POST"},
		{"/v1/report", "OPTIONS, POST"},
		{"/v1/due", "OPTIONS, POST"},
		{"/v1/return", "OPTIONS, POST"},
	} {
		t.Run("OPTIONS "+tt.path+" is 204 with Allow: "+tt.allow, func(t *testing.T) {
			r, err := http.NewRequest(http.MethodOptions, "http://"+addr+tt.path, nil)
			require.NoError(t, err)
			res, err := http.DefaultClient.Do(r)
			require.NoError(t, err)
			defer res.Body.Close()
			b, err := io.ReadAll(res.Body)
			require.NoError(t, err)
			require.Equal(t, http.StatusNoContent, res.StatusCode)
			require.Equal(t, tt.allow, res.Header.Get("Allow"))
			require.Empty(t, b)
		})
	}
	t.Run("OPTIONS of no such path is 404", func(t *testing.T) {
		r, err := http.NewRequest(http.MethodOptions, "http://"+addr+"/v2/deadlines", nil)
		require.NoError(t, err)
		res, err := http.DefaultClient.Do(r)
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, http.StatusNotFound, res.StatusCode)
	})
}
