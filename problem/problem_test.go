package problem_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

var update = flag.Bool("update", false, "rewrite docs/problems.md")

func TestEveryCodeIsListedOnceWithItsMeaning(t *testing.T) {
	seen := map[problem.Code]bool{}
	shape := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	for _, in := range problem.Codes() {
		t.Run(string(in.Code)+" is a lower-case hyphenated word, listed once, with a package and a meaning", func(t *testing.T) {
			require.Regexp(t, shape, string(in.Code))
			require.False(t, seen[in.Code], "listed twice")
			seen[in.Code] = true
			require.NotEmpty(t, in.Package)
			require.True(t, strings.HasSuffix(in.Meaning, "."), "the meaning is a sentence: %q", in.Meaning)
			got, ok := problem.Lookup(in.Code)
			require.True(t, ok)
			require.Equal(t, in, got)
		})
	}
	_, ok := problem.Lookup("no-such-code")
	require.False(t, ok, "Lookup of a code that is not listed")
}

func TestCodesReturnsACopy(t *testing.T) {
	c := problem.Codes()
	c[0].Code = "changed"
	require.NotEqual(t, problem.Code("changed"), problem.Codes()[0].Code)
}

// coded is a typed error of a test, with its own message for people.
type coded struct{ msg string }

func (e *coded) Error() string      { return "test: " + e.msg }
func (e *coded) Code() problem.Code { return problem.Required }
func (e *coded) Message() string    { return e.msg }
func (e *coded) Unwrap() error      { return nil }

func TestCodeOfFindsTheCodeAnywhereInTheChain(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want problem.Code
	}{
		{"a typed error gives its own code", &coded{"x"}, problem.Required},
		{"a wrapped typed error gives its code", fmt.Errorf("context: %w", &coded{"x"}), problem.Required},
		{"one of several joined errors gives its code", errors.Join(errors.New("plain"), &coded{"x"}), problem.Required},
		{"a calendar error gives its code", &calendar.RangeError{Date: calendar.NewDate(2100, 1, 1)}, problem.DateOutOfRange},
		{"a plain error has no code", errors.New("plain"), ""},
		{"no error has no code", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, problem.CodeOf(tt.err))
		})
	}
}

func TestNewMakesAProblemOfAnError(t *testing.T) {
	err := fmt.Errorf("wrapped: %w", &coded{"give the date of receipt"})
	got := problem.New("received", err)
	want := problem.Problem{Code: problem.Required, Field: "received", Message: "give the date of receipt", Err: err}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("New (-want +got):\n%s", diff)
	}
	require.Equal(t, "received: give the date of receipt", got.String())
	require.Equal(t, "give the date of receipt", problem.Problem{Message: "give the date of receipt"}.String(), "a problem with no field is its message")
	require.Equal(t, "plain", problem.Message(errors.New("plain")), "an error with no message for people gives its Error text")
}

func TestDocsProblemsMatchesTheTable(t *testing.T) {
	var b strings.Builder
	require.NoError(t, problem.WriteMarkdown(&b))
	path := filepath.Join("..", "docs", "problems.md")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	committed, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./problem -update to create it")
	if diff := cmp.Diff(string(committed), b.String()); diff != "" {
		t.Errorf("docs/problems.md is out of date (-committed +code); run go test ./problem -update:\n%s", diff)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteMarkdownReturnsTheWriteError(t *testing.T) {
	require.Error(t, problem.WriteMarkdown(failingWriter{}))
}

func TestQuoteRepeatsAtMostEightyCharactersOfAValue(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a short value is quoted whole", "2014-02-30", `"2014-02-30"`},
		{"a value of 80 characters is quoted whole", strings.Repeat("a", 80), `"` + strings.Repeat("a", 80) + `"`},
		{"a value of 81 characters is cut to 80 and an ellipsis", strings.Repeat("a", 81), `"` + strings.Repeat("a", 80) + `…"`},
		{"a value of 100,000 characters is cut to 80 and an ellipsis", strings.Repeat("7", 100000), `"` + strings.Repeat("7", 80) + `…"`},
		{"a long value of Welsh letters is cut between characters, not bytes", strings.Repeat("ŷ", 200), `"` + strings.Repeat("ŷ", 80) + `…"`},
		{"a value already cut to 80 characters and an ellipsis is quoted as it is", strings.Repeat("b", 80) + "…", `"` + strings.Repeat("b", 80) + `…"`},
		{"a control character is escaped as strconv.Quote escapes it", "a\x00b\n", `"a\x00b\n"`},
		{"bytes that are not UTF-8 are escaped, each counted as a character", strings.Repeat("\xff", 90), `"` + strings.Repeat(`\xff`, 80) + `…"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, problem.Quote(tt.in))
		})
	}
}
