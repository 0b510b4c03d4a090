package main

// Tests of POST /v1/return, the Ombudsman's return, and of the -policy
// flag, which every endpoint applies.

import (
	"bytes"
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

	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/policy"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

// examplePolicy is the example policy file of the repository: a local
// target of 15 working days for the stage 1 response of social services
// complaints.
var examplePolicy = filepath.Join("..", "data", "policy.json")

// q3Cases is the case file of package returns' tests, whose every measure
// is worked out by hand there: complaints of October to December 2024.
var q3Cases = filepath.Join("..", "..", "returns", "testdata", "q3.csv")

// libraryReturn returns the return of a case file as the library makes
// it, returns.ReadCaseFile with an engine that sets later events aside,
// written in format in the language t.
func libraryReturn(t testing.TB, file string, opt returns.Options, pol timescale.Policy, format returns.Format, tag lang.Tag) string {
	t.Helper()
	r, sum, err := returns.ReadCaseFile(strings.NewReader(file), "cases.csv", opt, timescale.Engine{Policy: pol})
	require.NoError(t, err)
	require.Zero(t, sum.ProblemCount, "the case file of the test has bad rows: %v", sum.Problems)
	var b bytes.Buffer
	require.NoError(t, returns.Write(&b, &r, format, tag))
	return b.String()
}

// readFile returns the text of the file at path.
func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func period(t testing.TB, s string) outcome.Period {
	t.Helper()
	p, err := outcome.ParsePeriod(s)
	require.NoError(t, err)
	return p
}

func TestTheReturnIsTheLibrarysReturnOfTheSameFile(t *testing.T) {
	h := testServer(t) // today is 31 December 2015
	file := sample(t)
	q3 := readFile(t, q3Cases)
	later := newServer(config{Now: func() time.Time { return time.Date(2025, time.June, 2, 9, 0, 0, 0, time.UTC) }})
	tests := []struct {
		name        string
		h           http.Handler // nil: h
		target      string
		file        string
		contentType string
		want        string
	}{
		{"the return of quarter 2 of 2014-2015, JSON by default", nil,
			"/v1/return?period=2014-Q2", file, "application/json",
			libraryReturn(t, file, returns.Options{Period: period(t, "2014-Q2")}, timescale.Policy{}, returns.JSON, lang.English)},
		{"the return of the year 2014-2015 as CSV, with the rate per 1,000 residents", nil,
			"/v1/return?period=2014-2015&format=csv&population=120000", file, "text/csv; charset=utf-8; header=present",
			libraryReturn(t, file, returns.Options{Period: period(t, "2014-2015"), Population: 120000}, timescale.Policy{}, returns.CSV, lang.English)},
		{"the return of the representations alone, as text", nil,
			"/v1/return?period=2014-H2&procedures=representation&format=text", file, "text/plain; charset=utf-8",
			libraryReturn(t, file, returns.Options{Period: period(t, "2014-H2"), Procedures: []timescale.Procedure{timescale.RepresentationProcedure}}, timescale.Policy{}, returns.Text, lang.English)},
		{"a half not yet ended is counted up to today, 31 December 2015", nil,
			"/v1/return?period=2015-H2", file, "application/json",
			libraryReturn(t, file, returns.Options{Period: period(t, "2015-H2"), AsOf: d("2015-12-31")}, timescale.Policy{}, returns.JSON, lang.English)},
		{"the worked quarter of package returns, every procedure named", later,
			"/v1/return?period=2024-Q3&procedures=complaint,representation,corporate&population=120000", q3, "application/json",
			libraryReturn(t, q3, returns.Options{Period: period(t, "2024-Q3"), Population: 120000}, timescale.Policy{}, returns.JSON, lang.English)},
		{"the corporate complaints of the worked quarter alone, CSV", later,
			"/v1/return?period=2024-Q3&procedures=corporate&format=csv", q3, "text/csv; charset=utf-8; header=present",
			libraryReturn(t, q3, returns.Options{Period: period(t, "2024-Q3"), Procedures: []timescale.Procedure{timescale.CorporateProcedure}}, timescale.Policy{}, returns.CSV, lang.English)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hh := tt.h
			if hh == nil {
				hh = h
			}
			got := do(t, hh, req{method: "POST", target: tt.target, body: tt.file})
			require.Equal(t, http.StatusOK, got.Status, "body: %s", got.Body)
			require.Equal(t, tt.contentType, got.ContentType)
			if diff := cmp.Diff(tt.want, got.Body); diff != "" {
				t.Errorf("body (-library +service):\n%s", diff)
			}
		})
	}
	t.Run("the worked quarter's figures are those package returns works out by hand", func(t *testing.T) {
		got := do(t, later, req{method: "POST", target: "/v1/return?period=2024-Q3", body: q3})
		require.Equal(t, http.StatusOK, got.Status, got.Body)
		var r returns.Return
		require.NoError(t, json.Unmarshal([]byte(got.Body), &r))
		require.Equal(t, []int{5, 5, 7, 3}, []int{r.Received, r.OpenAtStart, r.Closed, r.OpenAtEnd})
	})
}

func TestTheReturnInWelshIsTheEnglishMarkedAsUntranslated(t *testing.T) {
	h := testServer(t)
	file := sample(t)
	english := libraryReturn(t, file, returns.Options{Period: period(t, "2014-Q3")}, timescale.Policy{}, returns.Text, lang.English)
	tests := []struct {
		name, target, accept string
		want, language       string
	}{
		{"lang=cy marks every line of the English", "/v1/return?period=2014-Q3&format=text&lang=cy", "", lang.MarkLines(english), "cy"},
		{"Accept-Language: cy does the same", "/v1/return?period=2014-Q3&format=text", "cy", lang.MarkLines(english), "cy"},
		{"lang=cy+en gives the marked English, then the English", "/v1/return?period=2014-Q3&format=text&lang=cy%2Ben", "", lang.MarkLines(english) + lang.Separator + english, "cy, en"},
		{"the CSV is data, the same in Welsh", "/v1/return?period=2014-Q3&format=csv&lang=cy", "",
			libraryReturn(t, file, returns.Options{Period: period(t, "2014-Q3")}, timescale.Policy{}, returns.CSV, lang.English), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hr := httptest.NewRequest("POST", tt.target, strings.NewReader(file))
			if tt.accept != "" {
				hr.Header.Set("Accept-Language", tt.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, hr)
			got := answer{Status: rec.Code, Body: rec.Body.String(), Header: rec.Result().Header}
			require.Equal(t, http.StatusOK, got.Status, got.Body)
			require.Equal(t, tt.want, got.Body)
			require.Equal(t, tt.language, got.Header.Get("Content-Language"))
		})
	}
}

func TestTheReturnRefusesWhatTheCommandLineToolRefuses(t *testing.T) {
	h := testServer(t) // today is 31 December 2015
	small := newServer(config{MaxBody: 64, Now: func() time.Time { return testNow }})
	tests := []struct {
		name   string
		h      http.Handler // nil: h
		target string
		body   string
		status int
		code   problem.Code
		where  []string
	}{
		{"a return without a period", nil, "/v1/return", badFile,
			400, problem.Required, []string{"period=required"}},
		{"a period that is not one", nil, "/v1/return?period=2014-Q7", badFile,
			400, problem.NotAPeriod, []string{"period=not-a-period"}},
		{"a procedure that is not one", nil, "/v1/return?period=2014-Q3&procedures=corporate,housing", badFile,
			400, problem.UnknownValue, []string{"procedures=unknown-value"}},
		{"a population of nought", nil, "/v1/return?period=2014-Q3&population=0", badFile,
			400, problem.NotAPopulation, []string{"population=not-a-population"}},
		{"a population that is not a number", nil, "/v1/return?period=2014-Q3&population=many", badFile,
			400, problem.NotAPopulation, []string{"population=not-a-population"}},
		{"a format the return is not written in", nil, "/v1/return?period=2014-Q3&format=html", badFile,
			400, codeInvalidParameter, []string{"format=invalid-parameter"}},
		{"strict that is not true or false", nil, "/v1/return?period=2014-Q3&strict=maybe", badFile,
			400, codeInvalidParameter, []string{"strict=invalid-parameter"}},
		{"partial that is not true or false", nil, "/v1/return?period=2014-Q3&partial=2", badFile,
			400, codeInvalidParameter, []string{"partial=invalid-parameter"}},
		{"warnings=true with CSV, which cannot be wrapped", nil, "/v1/return?period=2014-Q3&format=csv&warnings=true", badFile,
			400, codeInvalidParameter, []string{"warnings=invalid-parameter"}},
		{"as_of, which the return does not take: it is made as of today", nil, "/v1/return?period=2014-Q3&as_of=2015-01-01", badFile,
			400, codeUnknownParameter, []string{"as_of=unknown-parameter"}},
		{"a language that is not one", nil, "/v1/return?period=2014-Q3&lang=fr", badFile,
			400, problem.UnknownLanguage, []string{"lang=unknown-language"}},
		{"a period not yet begun", nil, "/v1/return?period=2015-Q4", badFile,
			422, problem.PeriodNotBegun, []string{"period=period-not-begun"}},
		{"a period before the calendar", nil, "/v1/return?period=1973-Q3", badFile,
			422, problem.DateOutOfRange, []string{"period=date-out-of-range"}},
		{"a case file with bad rows", nil, "/v1/return?period=2014-Q2", badFile,
			422, problem.NotADate, []string{"3:received=not-a-date", "5:acknowledged=event-before-receipt", "6:id=duplicate-id"}},
		{"a case file whose header names an unknown column, read strictly", nil, "/v1/return?period=2014-Q2&strict=true&partial=true", warnedCases,
			422, problem.UnknownColumn, []string{"1:ownr=unknown-column"}},
		{"an empty case file", nil, "/v1/return?period=2014-Q2", "",
			422, problem.EmptyFile, []string{"1:=empty-file"}},
		{"a case file over the body limit", small, "/v1/return?period=2014-Q2", badFile,
			413, codeBodyTooLarge, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name+" gets "+http.StatusText(tt.status)+" "+string(tt.code), func(t *testing.T) {
			hh := tt.h
			if hh == nil {
				hh = h
			}
			doc := problemDocOf(t, do(t, hh, req{method: "POST", target: tt.target, body: tt.body}), tt.status, tt.code)
			require.Equal(t, tt.where, doc.where())
			require.Empty(t, doc.Return, "figures only with partial=true and a good row")
		})
	}
	t.Run("a period not yet begun says when it begins", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/return?period=2015-Q4", body: badFile}), 422, problem.PeriodNotBegun)
		require.Equal(t, "period: 2015-Q4 begins on 2016-01-01, after 2015-12-31: nothing of it is known yet", doc.Detail)
	})
}

func TestAPartialReturnCarriesTheFiguresOfTheGoodRows(t *testing.T) {
	h := testServer(t)
	opt := returns.Options{Period: period(t, "2014-Q2")}
	t.Run("with partial=true the problem document carries the return of the good rows", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/return?period=2014-Q2&partial=true", body: badFile}), 422, problem.NotADate)
		require.Equal(t, []string{"3:received=not-a-date", "5:acknowledged=event-before-receipt", "6:id=duplicate-id"}, doc.where())
		want, sum, err := returns.ReadCaseFile(strings.NewReader(badFile), "cases.csv", opt, timescale.Engine{})
		require.NoError(t, err)
		require.Equal(t, 3, sum.ProblemCount)
		var got returns.Return
		require.NoError(t, json.Unmarshal(doc.Return, &got))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("return (-library +service):\n%s", diff)
		}
		require.Equal(t, 1, got.Received, "the good complaint of August 2014")
	})
	t.Run("without partial the problem document carries no figures", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/return?period=2014-Q2", body: badFile}), 422, problem.NotADate)
		require.Empty(t, doc.Return)
	})
	t.Run("a file with no good row gives no figures, even with partial=true", func(t *testing.T) {
		doc := problemDocOf(t, do(t, h, req{method: "POST", target: "/v1/return?period=2014-Q2&partial=true", body: "id,kind,received\nC-1,complaint,2014-02-30\n"}), 422, problem.NotADate)
		require.Equal(t, []string{"2:received=not-a-date"}, doc.where())
		require.Empty(t, doc.Return)
	})
	t.Run("a file with warnings answers with them, wrapped for warnings=true", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/return?period=2014-Q2&warnings=true", body: warnedCases})
		require.Equal(t, http.StatusOK, got.Status, got.Body)
		require.Equal(t, "2", got.Header.Get("Case-File-Warnings"))
		var w struct {
			Warnings []struct {
				Code string `json:"code"`
			} `json:"warnings"`
			Result returns.Return `json:"result"`
		}
		require.NoError(t, json.Unmarshal([]byte(got.Body), &w))
		require.Len(t, w.Warnings, 2)
		var want returns.Return
		lenient := opt
		lenient.Reader = func(cr *casefile.Reader) { cr.Lenient = true } // as the service reads, without strict=true
		require.NoError(t, json.Unmarshal([]byte(libraryReturn(t, warnedCases, lenient, timescale.Policy{}, returns.JSON, lang.English)), &want))
		if diff := cmp.Diff(want, w.Result); diff != "" {
			t.Errorf("return (-library +service):\n%s", diff)
		}
	})
	t.Run("what comes after the return's date is not counted as set aside: a return is made as of that date by design", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/return?period=2014-Q2&warnings=true", body: sample(t)})
		require.Equal(t, http.StatusOK, got.Status, got.Body)
		var w struct {
			SetAside       *int `json:"set_aside"`
			NotYetReceived *int `json:"not_yet_received"`
		}
		require.NoError(t, json.Unmarshal([]byte(got.Body), &w))
		require.Equal(t, []int{0, 0}, []int{*w.SetAside, *w.NotYetReceived}, "the sample file has events and records after 30 September 2014")
	})
}

func TestThePolicyFileReachesEveryEndpoint(t *testing.T) {
	pol, err := policy.ReadFile(examplePolicy, nil)
	require.NoError(t, err)
	p, err := readPolicy(examplePolicy)
	require.NoError(t, err)
	require.Equal(t, pol, p)
	h := newServer(config{Policy: p, Now: func() time.Time { return testNow }})
	cases := "id,kind,received,acknowledged,discussed,stage1_response\nC-1,complaint,2014-08-01,2014-08-05,2014-08-19,2014-08-27\n"
	t.Run("assess gives the local target's due date and, the statutory due date met, the target missed", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/assess?as_of=2014-12-31", body: cases})
		require.Equal(t, http.StatusOK, got.Status, got.Body)
		var rows []map[string]any
		require.NoError(t, json.Unmarshal([]byte(got.Body), &rows))
		require.Equal(t, "2014-08-22", rows[0]["stage1_target_due"])
		require.Equal(t, false, rows[0]["stage1_target_met"])
		without := do(t, testServer(t), req{method: "POST", target: "/v1/assess?as_of=2014-12-31", body: cases})
		require.NotContains(t, without.Body, "2014-08-22", "no target without the policy")
	})
	t.Run("the return counts the milestones met against the local target", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/return?period=2014-Q2", body: cases})
		require.Equal(t, http.StatusOK, got.Status, got.Body)
		want := libraryReturn(t, cases, returns.Options{Period: period(t, "2014-Q2")}, pol, returns.JSON, lang.English)
		require.Equal(t, want, got.Body)
		var r returns.Return
		require.NoError(t, json.Unmarshal([]byte(got.Body), &r))
		require.Len(t, r.Targets, 1)
		require.Equal(t, []int{1, 0}, []int{r.Targets[0].Met, r.Targets[0].InTime})
	})
	t.Run("the deadlines list the local target beside the statutory one", func(t *testing.T) {
		got := do(t, h, req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01", "as_of": "2014-08-26"}`, accept: "text/plain"})
		require.Equal(t, http.StatusOK, got.Status, got.Body)
		require.Contains(t, got.Body, "stage1-response: stage 1 response, 15 working days")
	})
}

func TestABadPolicyFileStopsTheServiceAtStart(t *testing.T) {
	tests := []struct {
		name, text string
		lines      []string // of stderr, after the file's path
	}{
		{"a target of 0 working days and a statutory rule switched off", `{
  "targets": [
    {"procedure": "complaint", "milestone": "stage1-response", "working_days": 0, "name": "x", "source": "y"}
  ],
  "switched_off": ["W14-ACK"]
}
`, []string{":3: targets[0].working_days: ", ":5: switched_off[0]: "}},
		{"a file that is not JSON", "targets:\n", []string{":1: "}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is exit status 1 with one line per problem, FILE:LINE: field: message", func(t *testing.T) {
			path := writeFile(t, "policy.json", tt.text)
			var stderr syncBuffer
			require.Equal(t, 1, run([]string{"--addr", "127.0.0.1:0", "-policy", path}, &stderr))
			lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
			require.Len(t, lines, len(tt.lines), stderr.String())
			for i, l := range lines {
				require.True(t, strings.HasPrefix(l, path+tt.lines[i]), "%q", l)
			}
			require.NotContains(t, stderr.String(), "listening", "the service did not start")
		})
	}
	t.Run("a file that does not exist is exit status 1 with one line saying why", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "none.json")
		var stderr syncBuffer
		require.Equal(t, 1, run([]string{"--addr", "127.0.0.1:0", "-policy", path}, &stderr))
		require.Equal(t, "service: -policy: cannot read "+path+": no such file or directory\n", stderr.String())
	})
}
