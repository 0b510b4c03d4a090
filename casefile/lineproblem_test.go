package casefile_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
)

func TestProblemIsTheInverseOfAtLine(t *testing.T) {
	cause := errors.New("the typed error")
	tests := []struct {
		name string
		p    problem.Problem
	}{
		{"a problem with a field keeps its field as the column", problem.Problem{Code: problem.NotADate, Field: "received", Message: `"x" is not a date`, Err: cause}},
		{"a problem with a whole row has no column", problem.Problem{Code: problem.WrongFieldCount, Message: "3 fields, want 4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lp := casefile.AtLine("cases.csv", 7, tt.p)
			if diff := cmp.Diff(tt.p, lp.Problem(), cmpopts.EquateErrors()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestInGivesTheMessageOfAProblemInALanguage(t *testing.T) {
	withWelsh := casefile.LineProblem{File: "cases.csv", Line: 3, Column: "received", Code: problem.NotADate, Message: `"2014-02-30" is not a date`}
	withoutWelsh := casefile.LineProblem{File: "cases.csv", Line: 1, Column: "Recieved", Code: problem.UnknownColumn, Message: "unknown column, ignored", Warning: true}
	tests := []struct {
		name    string
		p       casefile.LineProblem
		t       lang.Tag
		message string
	}{
		{"in English the message is as it is", withWelsh, lang.English, `"2014-02-30" is not a date`},
		{"with no language the message is as it is", withWelsh, "", `"2014-02-30" is not a date`},
		{"in Welsh a code with Welsh gives the Welsh, then the English marked", withWelsh, lang.Welsh, `Rhowch ddyddiad dilys [en: "2014-02-30" is not a date]`},
		{"in Welsh and English a code with Welsh gives both", withWelsh, lang.WelshEnglish, `Rhowch ddyddiad dilys / "2014-02-30" is not a date`},
		{"in Welsh a code without Welsh gives the English marked", withoutWelsh, lang.Welsh, "[en: unknown column, ignored]"},
		{"in Welsh and English a code without Welsh gives the English", withoutWelsh, lang.WelshEnglish, "unknown column, ignored"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.p.In(tt.t)
			require.Equal(t, tt.message, got.Message)
			require.Equal(t, lang.Message(tt.t, tt.p.Problem()), got.Message, "the message lang.Message gives")
			got.Message = tt.p.Message
			require.Equal(t, tt.p, got, "every other field is kept")
		})
	}
}
