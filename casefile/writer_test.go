package casefile

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

func mustReadFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("precondition: %v", err)
	}
	return data
}

func TestWriterOutputReadsBackToTheSameCases(t *testing.T) {
	want := append([]timescale.Case{
		{ID: "only findings of no finding", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Findings: timescale.Findings{NoFinding: 2}},
		{ID: `quoted "id", with a comma`, Kind: timescale.Complaint, Received: date(2099, time.December, 31), Themes: []string{"two\nlines", "a \"quote\""}},
		{ID: "Ffôn: ŵ ŷ", Kind: timescale.Compliment, Received: date(1974, time.January, 1), Themes: []string{"Cymraeg"}},
		{ID: "resolved locally", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Stage1Response: date(2014, time.August, 27), ResolvedLocally: "yes"},
		{ID: "not resolved locally", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Stage1Response: date(2014, time.August, 27), ResolvedLocally: "no"},
		{ID: "owned", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Owner: `Smith, J; "Team A"`},
		{ID: "owned by a team", Kind: timescale.Comment, Received: date(2014, time.August, 1), Owner: "Tîm Cwynion\nGogledd"},
	}, goodCases...)
	var b strings.Builder
	w := NewWriter(&b)
	for _, c := range want {
		if err := w.Write(c); err != nil {
			t.Fatalf("Write(%q): %v", c.ID, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	got, problems, err := ReadAll(strings.NewReader(b.String()), "written.csv")
	if err != nil || len(problems) != 0 {
		t.Fatalf("ReadAll of the Writer's output: %v\n%s", err, strings.Join(problemStrings(problems), "\n"))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestWriterWritesEveryColumnInOrder(t *testing.T) {
	var b strings.Builder
	w := NewWriter(&b)
	for _, c := range goodCases[:3] {
		if err := w.Write(c); err != nil {
			t.Fatalf("Write: %v", err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	// The counts are written, 0 included, only where a finding is recorded.
	want := `id,kind,received,procedure,complainant,acknowledged,discussed,stage1_response,resolved_locally,stage2_requested,stage2_extended_to,stage2_response,stage3_requested,ombudsman,withdrawn,upheld,partially_upheld,not_upheld,no_finding,themes,matter,panel_acknowledged,panel_statement_requested,panel_statement_received,panel_convened,owner
C-1,complaint,2014-08-01,complaint,parent,2014-08-05,2014-08-19,2014-08-27,,2014-09-01,2014-10-20,2014-10-13,,2014-11-03,,1,2,0,1,Communication;Staff attitude,,,,,,
C-2,complaint,2013-05-01,representation,young-person,2013-05-02,,2013-05-10,,2013-06-03,,2013-07-01,2013-08-01,,,,,,,,,,,,,
M-1,comment,2015-01-05,,,,,,,,,,,,,,,,,Respite,,,,,,
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
}

func TestWriterWithNoCasesWritesTheHeader(t *testing.T) {
	var b strings.Builder
	w := NewWriter(&b)
	if err := w.Flush(); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if diff := cmp.Diff(strings.Join(Columns(), ",")+"\n", b.String()); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
	got, problems, err := ReadAll(strings.NewReader(b.String()), "empty.csv")
	if err != nil || len(problems) != 0 || len(got) != 0 {
		t.Errorf("ReadAll = %d cases, %v, %v; want an empty, valid file", len(got), problems, err)
	}
}

func TestWriterRefusesACaseThatWouldNotReadBack(t *testing.T) {
	ok := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1)}
	with := func(change func(*timescale.Case)) timescale.Case {
		c := ok
		change(&c)
		return c
	}
	tests := []struct {
		name string
		c    timescale.Case
		want string
	}{
		{"an empty id", with(func(c *timescale.Case) { c.ID = "" }),
			`casefile: cannot write case "": id: required: give the record id`},
		{"an id with surrounding space", with(func(c *timescale.Case) { c.ID = " C-1" }),
			`casefile: cannot write case " C-1": id: surrounding white space would be trimmed on reading`},
		{"an id that is not UTF-8", with(func(c *timescale.Case) { c.ID = "\xff" }),
			`casefile: cannot write case "\xff": id: not valid UTF-8`},
		{"an owner with surrounding space", with(func(c *timescale.Case) { c.Owner = "Team A " }),
			`casefile: cannot write case "C-1": owner: surrounding white space would be trimmed on reading`},
		{"an owner of white space only, which reads back as no owner", with(func(c *timescale.Case) { c.Owner = " \t " }),
			`casefile: cannot write case "C-1": owner: surrounding white space would be trimmed on reading`},
		{"an owner that is not UTF-8", with(func(c *timescale.Case) { c.Owner = "\xff" }),
			`casefile: cannot write case "C-1": owner: not valid UTF-8`},
		{"an owner holding an escape character, which the reader refuses", with(func(c *timescale.Case) { c.Owner = "Team \x1b]0;x\x07" }),
			`casefile: cannot write case "C-1": owner: holds a control character (U+001B), which is refused on reading`},
		{"an empty kind", with(func(c *timescale.Case) { c.Kind = "" }),
			`casefile: cannot write case "C-1": kind: required: give the kind of record`},
		{"a kind not in lower case", with(func(c *timescale.Case) { c.Kind = "Complaint" }),
			`casefile: cannot write case "C-1": kind: "Complaint" is not a kind of record: want complaint, comment or compliment`},
		{"an unknown procedure", with(func(c *timescale.Case) { c.Procedure = "appeal" }),
			`casefile: cannot write case "C-1": procedure: "appeal" is not a procedure: want complaint, representation or corporate`},
		{"an unknown complainant", with(func(c *timescale.Case) { c.Complainant = "aunt" }),
			`casefile: cannot write case "C-1": complainant: "aunt" is not a kind of complainant: want parent, carer, foster-carer, relative, child, young-person, advocate or other`},
		{"no date received", with(func(c *timescale.Case) { c.Received = date(0, 0, 0) }),
			`casefile: cannot write case "C-1": received: required: give the date of receipt`},
		{"a date that is not a real day", with(func(c *timescale.Case) { c.Stage2Response = date(2014, time.February, 30) }),
			`casefile: cannot write case "C-1": stage2_response: 2014-02-30 is not a valid date`},
		{"a negative count", with(func(c *timescale.Case) { c.Findings.NotUpheld = -1 }),
			`casefile: cannot write case "C-1": not_upheld: -1 is not a count from 0 to 999999999`},
		{"an empty theme", with(func(c *timescale.Case) { c.Themes = []string{"a", ""} }),
			`casefile: cannot write case "C-1": themes: an empty theme would be dropped on reading`},
		{"a theme with surrounding space", with(func(c *timescale.Case) { c.Themes = []string{"a "} }),
			`casefile: cannot write case "C-1": themes: theme "a ": surrounding white space would be trimmed on reading`},
		{"a theme holding a semicolon", with(func(c *timescale.Case) { c.Themes = []string{"a;b"} }),
			`casefile: cannot write case "C-1": themes: theme "a;b" holds a semicolon, which separates themes`},
		{"a theme that is not UTF-8", with(func(c *timescale.Case) { c.Themes = []string{"\xff"} }),
			`casefile: cannot write case "C-1": themes: theme "\xff" is not valid UTF-8`},
		{"a theme holding a NUL byte", with(func(c *timescale.Case) { c.Themes = []string{"a\x00b"} }),
			`casefile: cannot write case "C-1": themes: theme "a\x00b" holds a control character (U+0000), which is refused on reading`},
		{"a row that could pass the reader's default limit, naming its longest cell", with(func(c *timescale.Case) {
			c.Themes = []string{strings.Repeat(`"`, DefaultMaxLineBytes/2)}
		}),
			// Every cell quoted, its quotes doubled, and a comma or line break
			// each: the themes, C-1, complaint, 2014-08-01 and empty cells.
			fmt.Sprintf(`casefile: cannot write case "C-1": themes: the row could take %d bytes, more than the 1048576 a Reader reads by default`,
				DefaultMaxLineBytes+2+len("C-1")+2+len("complaint")+2+len("2014-08-01")+2+2*(len(Columns())-4)+len(Columns()))},
		{"a long id, quoting 80 characters of it", with(func(c *timescale.Case) { c.ID = strings.Repeat("i", 100) + " " }),
			`casefile: cannot write case "` + strings.Repeat("i", 80) + `…": id: surrounding white space would be trimmed on reading`},
	}
	for _, tt := range tests {
		t.Run("the Writer refuses "+tt.name, func(t *testing.T) {
			var b strings.Builder
			w := NewWriter(&b)
			err := w.Write(tt.c)
			if err == nil {
				t.Fatalf("Write succeeded, want an error")
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
			var we *WriteError
			if !errors.As(err, &we) || problem.CodeOf(err) == "" {
				t.Errorf("Write error %v: want a *WriteError with a code", err)
			}
			if err := w.Flush(); err != nil || b.String() != strings.Join(Columns(), ",")+"\n" {
				t.Errorf("after a refused case the file is %q (%v), want the header alone", b.String(), err)
			}
		})
	}
}

type failingWriter struct{ err error }

func (f failingWriter) Write([]byte) (int, error) { return 0, f.err }

func TestWriterWritesARowOfTheMostBytesTheReaderTakes(t *testing.T) {
	c := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1)}
	var rec []string
	for _, f := range fields {
		rec = append(rec, cell(f, &c))
	}
	slack := DefaultMaxLineBytes - len(rec) // every cell, quoted, and its comma or line break
	for _, s := range rec {
		slack -= len(s) + 2
	}
	c.Themes = []string{strings.Repeat("t", slack-2)} // the themes cell is now empty and counted already
	var b strings.Builder
	w := NewWriter(&b)
	if err := w.Write(c); err != nil {
		t.Fatalf("Write of a row of %d bytes at most: %v", DefaultMaxLineBytes, err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	got, problems, err := ReadAll(strings.NewReader(b.String()), "big.csv")
	if err != nil || len(problems) != 0 || len(got) != 1 || got[0].Themes[0] != c.Themes[0] {
		t.Errorf("reading the row back: %d cases, problems %v, error %v", len(got), problems, err)
	}
}

func TestWriterFlushReturnsTheWriteError(t *testing.T) {
	errFull := errors.New("disk full")
	w := NewWriter(failingWriter{errFull})
	if err := w.Write(goodCases[0]); err != nil {
		t.Fatalf("Write (buffered): %v", err)
	}
	if err := w.Flush(); !errors.Is(err, errFull) {
		t.Errorf("Flush error = %v, want %v", err, errFull)
	}
}
