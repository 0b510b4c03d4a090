package httpproblem_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

// documents returns a document of every shape the package makes, by a
// sentence saying what it holds.
func documents(t *testing.T) map[string]httpproblem.Document {
	t.Helper()
	d := calendar.NewDate
	lines, listed := badRows(t, "id,kind,received\nC-1,complaint,2014-02-30\n=C-2,complaint,2014-08-01\nC-3,complaint,2014-08-05\n")
	var problems, warnings []casefile.LineProblem
	for _, p := range lines {
		if p.Warning {
			warnings = append(warnings, p)
		} else {
			problems = append(problems, p)
		}
	}
	require.NotEmpty(t, problems)
	require.NotEmpty(t, warnings)
	require.Len(t, listed, len(problems)+len(warnings))

	partial := func(set func(*httpproblem.Error)) httpproblem.Document {
		e := httpproblem.FromLines(problems, 3)
		e.ListWarnings(warnings, 9)
		set(e)
		return e.In(lang.Welsh)
	}
	f, err := os.Open(filepath.Join("..", "..", "examples", "data", "cases.csv"))
	require.NoError(t, err)
	defer f.Close()
	agg, _, err := outcome.ReadCaseFile(f, "cases.csv", assess.Options{AsOf: d(2015, 12, 31)})
	require.NoError(t, err)
	report, err := agg.Report(outcome.Year{Start: 2014})
	require.NoError(t, err)
	open, err := timescale.Engine{}.Evaluate(timescale.Case{ID: "C-9", Kind: timescale.Complaint, Received: d(2022, 9, 15), Owner: "Tîm Gogledd"}, d(2022, 9, 16))
	require.NoError(t, err)
	dueList, err := due.Of([]timescale.Assessment{open}, due.Options{AsOf: d(2022, 9, 16), Within: 5})
	require.NoError(t, err)
	rf, err := os.Open(filepath.Join("..", "..", "returns", "testdata", "q3.csv"))
	require.NoError(t, err)
	defer rf.Close()
	ret, _, err := returns.ReadCaseFile(rf, "q3.csv", returns.Options{Period: outcome.Period{Year: outcome.Year{Start: 2024}, Kind: outcome.Quarter, N: 3}}, timescale.Engine{})
	require.NoError(t, err)
	row, ok := assess.RowOf(&open)
	require.True(t, ok)
	rows, err := json.Marshal([]assess.Row{row})
	require.NoError(t, err)

	_, verr := timescale.Engine{}.Deadlines(timescale.Query{Received: d(2005, 6, 1), Acknowledged: d(2005, 5, 1)})
	var fields *httpproblem.Error
	require.ErrorAs(t, httpproblem.FromError("", verr), &fields)
	return map[string]httpproblem.Document{
		"the problems of the fields of a request": fields.Document,
		"the same in Welsh and English":           fields.In(lang.WelshEnglish),
		"a problem of the service's own about the request as a whole": httpproblem.FromProblem(http.StatusNotFound,
			problem.Problem{Code: "not-found", Message: "no such path: /x"}).Document,
		"the problems of a case file, counted, with its warnings, in Welsh": partial(func(*httpproblem.Error) {}),
		"the good rows beside them":                                         partial(func(e *httpproblem.Error) { e.Rows = rows }),
		"no good rows beside them":                                          partial(func(e *httpproblem.Error) { e.Rows = json.RawMessage("[]") }),
		"the report of the good rows":                                       partial(func(e *httpproblem.Error) { e.Report = &report }),
		"the due list of the good rows":                                     partial(func(e *httpproblem.Error) { e.Due = &dueList }),
		"the return of the good rows":                                       partial(func(e *httpproblem.Error) { e.Return = &ret }),
		"a failure of the service":                                          httpproblem.New(http.StatusInternalServerError, "internal-error", "internal error; it has been logged").Document,
		"a period with no records, lines":                                   withLines(problems),
	}
}

// withLines returns the 404 of a year with no records, listing the
// problems of the rows that might have been in it.
func withLines(ps []casefile.LineProblem) httpproblem.Document {
	e := httpproblem.New(http.StatusNotFound, problem.NoRecordsInYear, "the case file holds no records to report on")
	e.ListLines(ps, len(ps))
	return e.Document
}

func TestEveryDocumentReadsBackFromItsJSONUnchanged(t *testing.T) {
	for name, d := range documents(t) {
		t.Run(name+" reads back as an equal document", func(t *testing.T) {
			b, err := json.Marshal(d)
			require.NoError(t, err)
			var back httpproblem.Document
			require.NoError(t, json.Unmarshal(b, &back), "%s", b)
			if diff := cmp.Diff(d, back); diff != "" {
				t.Errorf("round trip (-before +after):\n%s\nJSON: %s", diff, b)
			}
			again, err := json.Marshal(back)
			require.NoError(t, err)
			require.Equal(t, string(b), string(again), "the JSON of the document read back")
		})
	}
}

func TestTheJSONFormHasTheMembersInOrder(t *testing.T) {
	tests := []struct {
		name string
		d    httpproblem.Document
		want string
	}{
		{"a document of one problem with a field lists it by field",
			httpproblem.FromProblem(400, problem.Problem{Code: "unknown-parameter", Field: "form", Message: "unknown parameter"}).Document,
			`{"type":"about:blank","title":"Bad Request","status":400,"detail":"form: unknown parameter","code":"unknown-parameter",` +
				`"problems":[{"code":"unknown-parameter","field":"form","message":"unknown parameter"}]}`},
		{"a document of a case file lists by line and column, then counts, warnings and rows",
			httpproblem.Document{Type: "about:blank", Title: "t", Status: 422, Detail: "d", Code: "c",
				Lines:        []casefile.LineProblem{{Line: 3, Column: "received", Code: "c", Message: "m"}},
				ProblemCount: 4,
				Warnings:     []casefile.LineProblem{{Line: 2, Column: "id", Code: "w", Message: "n", Warning: true}},
				WarningCount: 5, Rows: json.RawMessage(`[]`)},
			`{"type":"about:blank","title":"t","status":422,"detail":"d","code":"c",` +
				`"problems":[{"line":3,"column":"received","code":"c","message":"m"}],"problem_count":4,` +
				`"warnings":[{"line":2,"column":"id","code":"w","message":"n","warning":true}],"warning_count":5,"rows":[]}`},
		{"a document with nothing listed has the five members every document has",
			httpproblem.Document{},
			`{"type":"","title":"","status":0,"detail":"","code":""}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.d)
			require.NoError(t, err)
			require.Equal(t, tt.want, string(b))
		})
	}
}

func TestUnmarshalJSONRefusesWhatIsNotADocument(t *testing.T) {
	tests := []struct {
		name, json string
	}{
		{"a list", `[]`},
		{"problems that are not a list", `{"problems": {}}`},
		{"problems whose lines are not numbers", `{"problems": [{"line": "3"}]}`},
		{"problems whose fields are not text", `{"problems": [{"field": 3}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d httpproblem.Document
			require.Error(t, json.Unmarshal([]byte(tt.json), &d))
		})
	}
	var d httpproblem.Document
	require.NoError(t, json.Unmarshal([]byte(`{"status": 400, "problems": null}`), &d))
	require.Equal(t, httpproblem.Document{Status: 400}, d, "null problems list nothing")
}

func TestWriteAnswersWithTheDocument(t *testing.T) {
	d := httpproblem.FromProblem(http.StatusBadRequest, problem.Problem{Code: "unknown-parameter", Field: "form", Message: "<b>"}).Document
	rec := httptest.NewRecorder()
	require.NoError(t, d.Write(rec))
	require.Equal(t, http.StatusBadRequest, rec.Code)
	require.Equal(t, httpproblem.MediaType, rec.Header().Get("Content-Type"))
	want, err := json.MarshalIndent(d, "", "  ")
	require.NoError(t, err)
	require.Equal(t, string(want)+"\n", rec.Body.String(), "indented by two spaces, with a final newline")
	require.Contains(t, rec.Body.String(), `\u003cb\u003e`, "HTML escaped, as encoding/json writes it")
	require.Equal(t, strconv.Itoa(rec.Body.Len()), rec.Header().Get("Content-Length"))
}

func TestWriteWritesNothingOfADocumentThatCannotBeEncoded(t *testing.T) {
	e := httpproblem.New(http.StatusUnprocessableEntity, problem.NotADate, "x")
	e.Rows = json.RawMessage("{not json")
	rec := httptest.NewRecorder()
	require.Error(t, e.Write(rec))
	require.Empty(t, rec.Header())
	require.Empty(t, rec.Body.String())
	require.False(t, rec.Flushed)
}

// brokenWriter is the answer to a client that has gone.
type brokenWriter struct{ httptest.ResponseRecorder }

func (*brokenWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestWriteToAClientThatHasGoneIsNoError(t *testing.T) {
	w := &brokenWriter{*httptest.NewRecorder()}
	require.NoError(t, httpproblem.New(400, "x", "y").Write(w))
	require.Equal(t, 400, w.Code)
}
