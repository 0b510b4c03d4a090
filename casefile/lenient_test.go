package casefile

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/problem"
)

func TestRowsOfOnlySeparatorsOrWhiteSpaceAreSkippedSilently(t *testing.T) {
	tests := []struct {
		name string
		file string
		ids  []string
	}{
		{"rows of commas at the end, as spreadsheet programs leave them", "id,kind,received\nC-1,comment,2014-08-01\n,,\n,,\n", []string{"C-1"}},
		{"rows of commas and white space between records", "id,kind,received\nC-1,comment,2014-08-01\n , \t,\nC-2,comment,2014-08-01\n", []string{"C-1", "C-2"}},
		{"rows of empty quoted cells", "id,kind,received\n\"\",\"\",\"\"\nC-1,comment,2014-08-01\n", []string{"C-1"}},
		{"a row of fewer or more empty cells than the header has", "id,kind,received\n,\n,,,,,,\nC-1,comment,2014-08-01\n", []string{"C-1"}},
		{"a row of white space alone", "id,kind,received\n   \nC-1,comment,2014-08-01\n", []string{"C-1"}},
		{"rows of commas before the header", ",,\n , ,\nid,kind,received\nC-1,comment,2014-08-01\n", []string{"C-1"}},
	}
	for _, tt := range tests {
		for _, lenient := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s (Lenient %v)", tt.name, lenient), func(t *testing.T) {
				r := NewReader(strings.NewReader(tt.file), "cases.csv")
				r.Lenient = lenient
				ids, problems := readEverything(t, r)
				if diff := cmp.Diff(tt.ids, ids); diff != "" {
					t.Errorf("ids (-want +got):\n%s", diff)
				}
				if len(problems) != 0 {
					t.Errorf("problems, want none:\n%s", strings.Join(problems, "\n"))
				}
			})
		}
	}
	t.Run("a file of rows of commas alone has no header", func(t *testing.T) {
		_, problems := readEverything(t, NewReader(strings.NewReader(",,\n,,\n"), "cases.csv"))
		want := []string{"cases.csv:1: the file is empty; want a header row naming the columns, at least id,kind,received"}
		if diff := cmp.Diff(want, problems); diff != "" {
			t.Errorf("problems (-want +got):\n%s", diff)
		}
	})
}

func TestALenientReaderReadsSpreadsheetExports(t *testing.T) {
	known := "the known columns are " + knownColumns
	tests := []struct {
		name     string
		file     string
		ids      []string
		problems []string
	}{
		{
			name:     "an unknown column is ignored with one warning naming it",
			file:     "id,kind,received,colour\nC-1,complaint,2014-08-01,red\nC-2,comment,2014-08-01,=1+1\n",
			ids:      []string{"C-1", "C-2"},
			problems: []string{"cases.csv:1: colour: warning: unknown column, ignored; " + known},
		},
		{
			name: "a misspelt column gets a warning naming the column probably meant",
			file: "id,kind,received,stage1_responce,Stage 2 Requested\nC-1,complaint,2014-08-01,2014-08-27,\n",
			ids:  []string{"C-1"},
			problems: []string{
				"cases.csv:1: stage1_responce: warning: unknown column, ignored; did you mean stage1_response? " + known,
				"cases.csv:1: Stage 2 Requested: warning: unknown column, ignored; did you mean stage2_requested? " + known,
			},
		},
		{
			name: "empty cells at the end of the header are dropped silently, and the rows' cells under them ignored when empty",
			file: "id,kind,received,,,\nC-1,complaint,2014-08-01,,,\nC-2,complaint,2014-08-01\n",
			ids:  []string{"C-1", "C-2"},
		},
		{
			name: "a row may have more fields than the header when the extra ones are empty",
			file: "id,kind,received\nC-1,complaint,2014-08-01,, \n",
			ids:  []string{"C-1"},
		},
		{
			name:     "a value beyond the columns the header names is a problem of its row",
			file:     "id,kind,received,,\nC-1,complaint,2014-08-01,,note\nC-2,complaint,2014-08-01,,\n",
			ids:      []string{"C-2"},
			problems: []string{"cases.csv:2: the row has a value in field 5 but the header names only 3 columns"},
		},
		{
			name:     "a row with fewer fields than the header names columns is still a problem",
			file:     "id,kind,received,themes\nC-1,complaint,2014-08-01\n",
			problems: []string{"cases.csv:2: the row has 3 fields but the header has 4"},
		},
		{
			name:     "an unnamed column among named ones is ignored with a warning",
			file:     "id,,kind,received\nC-1,x,complaint,2014-08-01\n",
			ids:      []string{"C-1"},
			problems: []string{"cases.csv:1: warning: field 2 of the header is empty; the column is ignored"},
		},
		{
			name: "a required column missing is still an error, with the warning that explains it",
			file: "id,kind,Recieved\nC-1,complaint,2014-08-01\n",
			problems: []string{
				"cases.csv:1: Recieved: warning: unknown column, ignored; did you mean received? " + known,
				"cases.csv:1: received: required column missing from the header",
			},
		},
		{
			name:     "a column named twice is still an error",
			file:     "id,kind,received,kind\nC-1,complaint,2014-08-01,comment\n",
			problems: []string{"cases.csv:1: kind: duplicate column: fields 2 and 4 of the header both name it"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.file), "cases.csv")
			r.Lenient = true
			ids, problems := readEverything(t, r)
			if diff := cmp.Diff(tt.ids, ids); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.problems, problems); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAStrictReaderRefusesWhatALenientOneIgnores(t *testing.T) {
	known := "the known columns are " + knownColumns
	tests := []struct {
		name string
		file string
		want []string
	}{
		{
			name: "an unknown column is an error, with the column probably meant",
			file: "id,kind,received,Acknowleged\n",
			want: []string{"cases.csv:1: Acknowleged: unknown column; did you mean acknowledged? " + known},
		},
		{
			name: "empty cells at the end of the header are errors",
			file: "id,kind,received,\n",
			want: []string{"cases.csv:1: field 4 of the header is empty; every column needs a name (" + known + ")"},
		},
		{
			name: "a row with more fields than the header is an error even when they are empty",
			file: "id,kind,received\nC-1,comment,2014-08-01,\n",
			want: []string{"cases.csv:2: the row has 4 fields but the header has 3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems := readEverything(t, NewReader(strings.NewReader(tt.file), "cases.csv"))
			if diff := cmp.Diff(tt.want, problems); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAHeaderWithManyBadColumnsIsReportedInAFewProblems(t *testing.T) {
	var names []string
	for i := range 250 {
		names = append(names, fmt.Sprintf("extra%d", i))
	}
	file := "id,kind,received," + strings.Join(names, ",") + "\nC-1,comment,2014-08-01" + strings.Repeat(",", 250) + "\n"
	for _, lenient := range []bool{false, true} {
		t.Run(fmt.Sprintf("the first 100 are listed and the other 150 counted in one more (Lenient %v)", lenient), func(t *testing.T) {
			r := NewReader(strings.NewReader(file), "cases.csv")
			r.Lenient = lenient
			ids, problems := readEverything(t, r)
			if len(problems) != maxColumnProblems+1 {
				t.Fatalf("%d problems, want %d", len(problems), maxColumnProblems+1)
			}
			want := "cases.csv:1: 150 more fields of the header are unknown, unnamed or repeated columns; only the first 100 are listed"
			if lenient {
				want = "cases.csv:1: warning: 150 more fields of the header are unknown, unnamed or repeated columns; only the first 100 are listed"
			}
			if got := problems[len(problems)-1]; got != want {
				t.Errorf("last problem = %q, want %q", got, want)
			}
			if wantIDs := map[bool]int{false: 0, true: 1}[lenient]; len(ids) != wantIDs {
				t.Errorf("read %d cases, want %d", len(ids), wantIDs)
			}
		})
	}
}

func TestWarningsAreTypedProblemsThatKeepNothingFromBeingRead(t *testing.T) {
	r := NewReader(strings.NewReader("id,kind,received,colour\n=1+1,comment,2014-08-01,x\n"), "cases.csv")
	r.Lenient = true
	c, err := r.Read()
	if err != nil || c.ID != "=1+1" {
		t.Fatalf("Read = %q, %v; want the case =1+1", c.ID, err)
	}
	ws := r.Warnings()
	if len(ws) != 2 {
		t.Fatalf("Warnings returned %d warnings, want 2: %v", len(ws), ws)
	}
	var ce *ColumnError
	var fw *FormulaError
	if !ws[0].Warning || ws[0].Code != problem.UnknownColumn || !errors.As(ws[0].Err, &ce) || !ce.Ignored || ce.Name != "colour" {
		t.Errorf("first warning = %#v, want an ignored unknown column colour", ws[0])
	}
	if !ws[1].Warning || ws[1].Code != problem.FormulaLikeValue || ws[1].Line != 2 || ws[1].Column != "id" || !errors.As(ws[1].Err, &fw) || fw.Value != "=1+1" {
		t.Errorf("second warning = %#v, want a formula-like id on line 2", ws[1])
	}
	if again := r.Warnings(); again != nil {
		t.Errorf("a second call of Warnings returned %v, want nothing: they were returned already", again)
	}
}

func TestAHeaderErrorTakesItsCodeFromItsFirstErrorNotAWarning(t *testing.T) {
	r := NewReader(strings.NewReader("id,kind,colour\n"), "cases.csv")
	r.Lenient = true
	_, err := r.Read()
	var he *HeaderError
	if !errors.As(err, &he) || he.Code() != problem.MissingColumn || !he.Problems[0].Warning {
		t.Errorf("Read error = %v; want a *HeaderError with code %s after its warning", err, problem.MissingColumn)
	}
}

func TestReadWarnsOfTextCellsThatLookLikeFormulas(t *testing.T) {
	const header = "id,kind,received,themes\n"
	tests := []struct {
		name string
		row  string
		want []string
	}{
		{"an id beginning with = is a warning", `"=HYPERLINK(""http://x"")",comment,2014-08-01,`,
			[]string{`cases.csv:2: id: warning: "=HYPERLINK(\"http://x\")" begins with '=': a spreadsheet program opening a CSV file holding it may run it as a formula`}},
		{"an id beginning with + that is a sum is a warning", "+1+1,comment,2014-08-01,",
			[]string{`cases.csv:2: id: warning: "+1+1" begins with '+': a spreadsheet program opening a CSV file holding it may run it as a formula`}},
		{"an id beginning with - that is a sum is a warning", "-1+1,comment,2014-08-01,",
			[]string{`cases.csv:2: id: warning: "-1+1" begins with '-': a spreadsheet program opening a CSV file holding it may run it as a formula`}},
		{"an id beginning with @ is a warning", "@SUM(1),comment,2014-08-01,",
			[]string{`cases.csv:2: id: warning: "@SUM(1)" begins with '@': a spreadsheet program opening a CSV file holding it may run it as a formula`}},
		{"an id that is a negative number is not", "-1,comment,2014-08-01,", nil},
		{"a theme beginning with = is a warning", `C-1,complaint,2014-08-01,Respite;=cmd|' /C calc'!A0`,
			[]string{`cases.csv:2: themes: warning: "=cmd|' /C calc'!A0" begins with '=': a spreadsheet program opening a CSV file holding it may run it as a formula`}},
		{"several such themes in one cell make one warning, for the first", "C-1,complaint,2014-08-01,+44 1234; @x",
			[]string{`cases.csv:2: themes: warning: "+44 1234" begins with '+': a spreadsheet program opening a CSV file holding it may run it as a formula`}},
		{"a tab before = is trimmed, and what is left warned of", "\"\t=1\",comment,2014-08-01,",
			[]string{`cases.csv:2: id: warning: "=1" begins with '=': a spreadsheet program opening a CSV file holding it may run it as a formula`}},
		{"a row with errors keeps its warnings", "=1,grumble,2014-08-01,",
			[]string{
				`cases.csv:2: kind: "grumble" is not a kind of record: want complaint, comment or compliment`,
				`cases.csv:2: id: warning: "=1" begins with '=': a spreadsheet program opening a CSV file holding it may run it as a formula`,
			}},
		{"a value that begins with a formula character elsewhere than first is not", "C=1,complaint,2014-08-01,a-b;c+d", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cases, problems, err := ReadAll(strings.NewReader(header+tt.row+"\n"), "cases.csv")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, problemStrings(problems)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			errs := 0
			for _, p := range problems {
				if !p.Warning {
					errs++
				}
			}
			if errs == 0 && len(cases) != 1 {
				t.Errorf("read %d cases, want the row read in spite of its warnings", len(cases))
			}
		})
	}
}

func TestSuggestColumnFindsTheColumnProbablyMeant(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"two letters swapped", "recieved", "received"},
		{"spaces for underscores and capitals", "Stage 2 Response", "stage2_response"},
		{"hyphens for underscores", "stage-1-response", "stage1_response"},
		{"a letter left out", "acknowleged", "acknowledged"},
		{"a letter doubled", "idd", "id"},
		{"a letter too many in a long name", "complainantt", "complainant"},
		{"two edits in a long name", "panel convend", "panel_convened"},
		{"a number in words, three edits from its digit", "stage one response", "stage1_response"},
		{"half a name is too far", "response", ""},
		{"a name unlike any column", "colour", ""},
		{"one letter is too short to mean anything", "x", ""},
		{"a name of no letters or digits", "--", ""},
		{"a long word near no column", "notes about the complaint", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := suggestColumn(tt.in); got != tt.want {
				t.Errorf("suggestColumn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// naiveDistance is the optimal string alignment distance written from its
// recursive definition, for short strings.
func naiveDistance(a, b string) int {
	switch {
	case a == "":
		return len(b)
	case b == "":
		return len(a)
	}
	cost := 1
	if a[len(a)-1] == b[len(b)-1] {
		cost = 0
	}
	d := min(naiveDistance(a[:len(a)-1], b)+1, naiveDistance(a, b[:len(b)-1])+1, naiveDistance(a[:len(a)-1], b[:len(b)-1])+cost)
	if len(a) > 1 && len(b) > 1 && a[len(a)-1] == b[len(b)-2] && a[len(a)-2] == b[len(b)-1] {
		d = min(d, naiveDistance(a[:len(a)-2], b[:len(b)-2])+1)
	}
	return d
}

func TestDistanceCountsEditsAndSwapsLikeItsDefinition(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"", "abc", 3}, {"recieved", "received", 1},
		{"kitten", "sitting", 3}, {"ca", "abc", 3}, {"abcd", "badc", 2}, {"id", "di", 1},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q and %q are %d apart", tt.a, tt.b, tt.want), func(t *testing.T) {
			if got := distance(tt.a, tt.b); got != tt.want {
				t.Errorf("distance = %d, want %d", got, tt.want)
			}
			if got := naiveDistance(tt.a, tt.b); got != tt.want {
				t.Errorf("the naive model gives %d, want %d", got, tt.want)
			}
		})
	}
	t.Run("every pair of short strings over a small alphabet agrees with the naive model", func(t *testing.T) {
		var words []string
		var gen func(prefix string)
		gen = func(prefix string) {
			words = append(words, prefix)
			if len(prefix) < 4 {
				for _, c := range "abc" {
					gen(prefix + string(c))
				}
			}
		}
		gen("")
		for _, a := range words {
			for _, b := range words {
				if got, want := distance(a, b), naiveDistance(a, b); got != want {
					t.Fatalf("distance(%q, %q) = %d, want %d", a, b, got, want)
				}
			}
		}
	})
}
