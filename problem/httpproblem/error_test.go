package httpproblem_test

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
	"github.com/cymru-complaints/statutory/timescale"
)

// parseError returns the error of calendar.ParseDate for text.
func parseError(t *testing.T, text string) error {
	t.Helper()
	_, err := calendar.ParseDate(text)
	require.Error(t, err)
	return err
}

// validationError returns the error of timescale.Engine.Deadlines for q.
func validationError(t *testing.T, q timescale.Query) *timescale.ValidationError {
	t.Helper()
	_, err := timescale.Engine{}.Deadlines(q)
	var ve *timescale.ValidationError
	require.ErrorAs(t, err, &ve)
	return ve
}

// badRows returns the problems and warnings of a case file, as a reader
// gives them (with their typed errors), and as a document lists them
// (without).
func badRows(t *testing.T, file string) (read, listed []casefile.LineProblem) {
	t.Helper()
	_, ps, err := casefile.ReadAll(strings.NewReader(file), "")
	require.NoError(t, err)
	require.NotEmpty(t, ps)
	for _, p := range ps {
		require.NotNil(t, p.Err)
		p.Err = nil
		listed = append(listed, p)
	}
	return ps, listed
}

func TestFromErrorMakesTheDocumentOfAnErrorOfTheLibrary(t *testing.T) {
	notADate := parseError(t, "2014-02-30")
	outOfRange := &calendar.RangeError{Date: calendar.NewDate(2100, 1, 1)}
	twoProblems := validationError(t, timescale.Query{Received: calendar.NewDate(2005, 6, 1), Acknowledged: calendar.NewDate(2005, 5, 1)})
	missing := validationError(t, timescale.Query{Acknowledged: calendar.NewDate(2014, 8, 1)})
	msg := problem.Message
	tests := []struct {
		name  string
		field string
		err   error
		want  httpproblem.Document
	}{
		{"a date that cannot be read, about a parameter, is a 400 listing it", "from", notADate, httpproblem.Document{
			Type: httpproblem.TypeBase + "not-a-date", Title: meaning(problem.NotADate), Status: 400, Code: problem.NotADate,
			Detail:   "from: " + msg(notADate),
			Problems: []problem.Problem{{Code: problem.NotADate, Field: "from", Message: msg(notADate)}}}},
		{"a wrapped error about the request as a whole lists no problem", "", fmt.Errorf("reading: %w", notADate), httpproblem.Document{
			Type: httpproblem.TypeBase + "not-a-date", Title: meaning(problem.NotADate), Status: 400, Code: problem.NotADate,
			Detail: msg(notADate)}},
		{"a date out of range is a 422", "n", outOfRange, httpproblem.Document{
			Type: httpproblem.TypeBase + "date-out-of-range", Title: meaning(problem.DateOutOfRange), Status: 422, Code: problem.DateOutOfRange,
			Detail:   "n: " + msg(outOfRange),
			Problems: []problem.Problem{{Code: problem.DateOutOfRange, Field: "n", Message: msg(outOfRange)}}}},
		{"a validation error lists every problem by its own field, the field given aside", "ignored", twoProblems, httpproblem.Document{
			Type: httpproblem.TypeBase + "before-first-regime", Title: meaning(problem.BeforeFirstRegime), Status: 422, Code: problem.BeforeFirstRegime,
			Detail:   "2 problems; the first: " + twoProblems.Problems[0].String(),
			Problems: withoutErr(twoProblems.Problems)}},
		{"a validation error with a value missing is a 400", "", missing, httpproblem.Document{
			Type: httpproblem.TypeBase + "required", Title: meaning(problem.Required), Status: 400, Code: missing.Problems[0].Code,
			Detail:   detailOf(missing.Problems),
			Problems: withoutErr(missing.Problems)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := httpproblem.FromError(tt.field, tt.err)
			var e *httpproblem.Error
			require.ErrorAs(t, err, &e)
			if diff := cmp.Diff(tt.want, e.Document); diff != "" {
				t.Errorf("document (-want +got):\n%s", diff)
			}
			require.Equal(t, tt.want.Detail, e.Error())
			require.ErrorIs(t, err, tt.err, "the error made into a problem is reachable")
		})
	}
}

// meaning returns the meaning of code c in the table of package problem.
func meaning(c problem.Code) string {
	in, _ := problem.Lookup(c)
	return in.Meaning
}

// withoutErr returns ps without their typed errors.
func withoutErr(ps []problem.Problem) []problem.Problem {
	out := make([]problem.Problem, len(ps))
	for i, p := range ps {
		p.Err = nil
		out[i] = p
	}
	return out
}

// detailOf returns the detail of a document listing ps.
func detailOf(ps []problem.Problem) string {
	if len(ps) == 1 {
		return ps[0].String()
	}
	return fmt.Sprint(len(ps)) + " problems; the first: " + ps[0].String()
}

func TestFromErrorReturnsAsTheyAreErrorsThatAreNotProblemsOfTheRequest(t *testing.T) {
	made := httpproblem.New(http.StatusTeapot, "teapot", "short and stout")
	tests := []struct {
		name string
		err  error
	}{
		{"an error without a code, a bug", errors.New("a bug")},
		{"a validation error with no problems, which has no code", &timescale.ValidationError{}},
		{"an *Error already made", made},
		{"an *Error already made, wrapped", fmt.Errorf("answering: %w", made)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.err, httpproblem.FromError("field", tt.err))
		})
	}
}

func TestFromProblemListsAProblemWithAField(t *testing.T) {
	tests := []struct {
		name     string
		p        problem.Problem
		wantType string
		title    string
		detail   string
		listed   bool
	}{
		{"a code of the service about a parameter has no type but about:blank and the title of its status",
			problem.Problem{Code: "unknown-parameter", Field: "form", Message: "unknown parameter"},
			"about:blank", "Bad Request", "form: unknown parameter", true},
		{"a problem with the request as a whole is told by the detail alone",
			problem.Problem{Code: "not-found", Message: "no such path: /x"},
			"about:blank", "Bad Request", "no such path: /x", false},
		{"a code of package problem has its type and meaning",
			problem.Problem{Code: problem.UnknownValue, Field: "procedures", Message: `"x" is not a procedure`},
			httpproblem.TypeBase + "unknown-value", meaning(problem.UnknownValue), `procedures: "x" is not a procedure`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.p
			p.Err = errors.New("kept out of the document")
			e := httpproblem.FromProblem(http.StatusBadRequest, p)
			want := httpproblem.Document{Type: tt.wantType, Title: tt.title, Status: 400, Detail: tt.detail, Code: tt.p.Code}
			if tt.listed {
				want.Problems = []problem.Problem{tt.p}
			}
			if diff := cmp.Diff(want, e.Document); diff != "" {
				t.Errorf("document (-want +got):\n%s", diff)
			}
			require.NoError(t, e.Unwrap(), "made from no error")
		})
	}
}

func TestFromFieldsTakesTheLowestStatusOfItsProblems(t *testing.T) {
	unread := problem.Problem{Code: problem.NotADate, Field: "to", Message: "cannot read it"}
	unanswerable := problem.Problem{Code: problem.DateOutOfRange, Field: "from", Message: "too late"}
	missing := problem.Problem{Code: problem.NoRecordsInYear, Field: "year", Message: "none"}
	tests := []struct {
		name   string
		ps     []problem.Problem
		status int
		detail string
	}{
		{"a problem that cannot be answered alone is a 422", []problem.Problem{unanswerable}, 422, "from: too late"},
		{"one that cannot be read after it makes a 400", []problem.Problem{unanswerable, unread}, 400, "2 problems; the first: from: too late"},
		{"a year with no records and one that cannot be answered make a 404", []problem.Problem{unanswerable, missing}, 404, "2 problems; the first: from: too late"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := httpproblem.FromFields(tt.ps)
			require.Equal(t, tt.status, e.Status)
			require.Equal(t, tt.detail, e.Detail)
			require.Equal(t, tt.ps[0].Code, e.Code)
			require.Equal(t, tt.ps, e.Problems)
		})
	}
	require.PanicsWithValue(t, "httpproblem: FromFields of no problem", func() { httpproblem.FromFields(nil) })
}

func TestFromLinesListsAThousandProblemsAndCountsThemAll(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,kind,received\n")
	for i := range 1500 {
		fmt.Fprintf(&b, "C-%d,complaint,2014-02-30\n", i)
	}
	read, listed := badRows(t, b.String())
	tests := []struct {
		name      string
		ps        []casefile.LineProblem
		count     int
		wantLines []casefile.LineProblem
		wantCount int
		detail    string
	}{
		{"one problem is told with its line and column", read[:1], 1, listed[:1], 0,
			"line 2: received: " + listed[0].Message},
		{"three problems, all listed, are counted in the detail alone", read[:3], 3, listed[:3], 0,
			"3 problems in the case file; the first: line 2: received: " + listed[0].Message},
		{"three listed of five found are counted in problem_count", read[:3], 5, listed[:3], 5,
			"5 problems in the case file; the first: line 2: received: " + listed[0].Message},
		{"more than MaxListed are cut to MaxListed", read, len(read), listed[:httpproblem.MaxListed], 1500,
			"1500 problems in the case file; the first: line 2: received: " + listed[0].Message},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := httpproblem.FromLines(tt.ps, tt.count)
			want := httpproblem.Document{Type: httpproblem.TypeBase + "not-a-date", Title: meaning(problem.NotADate),
				Status: 422, Detail: tt.detail, Code: problem.NotADate, Lines: tt.wantLines, ProblemCount: tt.wantCount}
			if diff := cmp.Diff(want, e.Document); diff != "" {
				t.Errorf("document (-want +got):\n%s", diff)
			}
		})
	}
	require.PanicsWithValue(t, "httpproblem: FromLines of no problem", func() { httpproblem.FromLines(nil, 0) })
}

func TestListWarningsCountsThemOnlyWhenMoreThanAreListed(t *testing.T) {
	read, listed := badRows(t, "id,kind,received\n=C-1,complaint,2014-08-01\n@C-2,complaint,2014-08-01\n")
	for _, w := range read {
		require.True(t, w.Warning)
	}
	tests := []struct {
		name      string
		ws        []casefile.LineProblem
		count     int
		want      []casefile.LineProblem
		wantCount int
	}{
		{"no warnings list nothing", nil, 0, nil, 0},
		{"every warning listed has no count", read, 2, listed, 0},
		{"warnings found beyond those listed are counted", read, 7, listed, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d httpproblem.Document
			d.ListWarnings(tt.ws, tt.count)
			require.Equal(t, tt.want, d.Warnings)
			require.Equal(t, tt.wantCount, d.WarningCount)
		})
	}
}

func TestInTellsTheDocumentInALanguage(t *testing.T) {
	notADate := parseError(t, "2014-02-30")
	msg := problem.Message(notADate)
	cy := lang.Message(lang.Welsh, problem.Problem{Code: problem.NotADate, Message: msg})
	require.Contains(t, cy, lang.Mark(msg), "the Welsh message names the value in English, marked")
	read, _ := badRows(t, "id,kind,received\nC-1,complaint,2014-02-30\nC-2,complaint,2014-02-31\n")
	lines := httpproblem.FromLines(read, 2)
	lines.ListWarnings(read[1:], 4)
	withLines := httpproblem.New(http.StatusNotFound, problem.NoRecordsInYear, "the case file holds no records to report on")
	withLines.ListLines(read, 2)
	tests := []struct {
		name   string
		e      *httpproblem.Error
		t      lang.Tag
		detail string
		// messages are the messages of the problems, then the warnings.
		messages []string
	}{
		{"in English it is the document as made", httpproblem.FromProblem(400, problem.New("from", notADate)), lang.English,
			"from: " + msg, []string{msg}},
		{"the zero Tag is English", httpproblem.FromProblem(400, problem.New("from", notADate)), "",
			"from: " + msg, []string{msg}},
		{"in Welsh the detail and messages are Welsh", httpproblem.FromProblem(400, problem.New("from", notADate)), lang.Welsh,
			"from: " + cy, []string{cy}},
		{"in Welsh and English both, Welsh first", httpproblem.FromProblem(400, problem.New("from", notADate)), lang.WelshEnglish,
			"from: " + lang.Message(lang.WelshEnglish, problem.Problem{Code: problem.NotADate, Message: msg}),
			[]string{lang.Message(lang.WelshEnglish, problem.Problem{Code: problem.NotADate, Message: msg})}},
		{"the number of problems of a case file, which no source gives in Welsh, is marked", lines, lang.Welsh,
			lang.Mark("2 problems in the case file; the first:") + " line 2: received: " + read[0].In(lang.Welsh).Message,
			[]string{read[0].In(lang.Welsh).Message, read[1].In(lang.Welsh).Message, read[1].In(lang.Welsh).Message}},
		{"in Welsh and English the number of problems is in English alone", lines, lang.WelshEnglish,
			"2 problems in the case file; the first: line 2: received: " + read[0].In(lang.WelshEnglish).Message,
			[]string{read[0].In(lang.WelshEnglish).Message, read[1].In(lang.WelshEnglish).Message, read[1].In(lang.WelshEnglish).Message}},
		{"a detail of the service's own stays as it is, its problems told in Welsh", withLines, lang.Welsh,
			"the case file holds no records to report on",
			[]string{read[0].In(lang.Welsh).Message, read[1].In(lang.Welsh).Message}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := *tt.e
			d := tt.e.In(tt.t)
			require.Equal(t, tt.detail, d.Detail)
			var got []string
			for _, p := range d.Problems {
				got = append(got, p.Message)
			}
			for _, p := range d.Lines {
				got = append(got, p.Message)
			}
			for _, p := range d.Warnings {
				got = append(got, p.Message)
			}
			require.Equal(t, tt.messages, got)
			require.Equal(t, tt.e.Title, d.Title, "the title stays in English")
			if diff := cmp.Diff(before.Document, tt.e.Document); diff != "" {
				t.Errorf("In changed the English document:\n%s", diff)
			}
		})
	}
}
