package casefile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

func date(y int, m time.Month, d int) calendar.Date { return calendar.NewDate(y, m, d) }

// goodFile has the columns of the case file in the order of Columns (but
// for the panel's), and records of every kind.
const goodFile = `id,kind,received,procedure,complainant,acknowledged,discussed,stage1_response,stage2_requested,stage2_extended_to,stage2_response,stage3_requested,ombudsman,withdrawn,upheld,partially_upheld,not_upheld,no_finding,themes
C-1,complaint,2014-08-01,complaint,parent,2014-08-05,2014-08-19,2014-08-27,2014-09-01,2014-10-20,2014-10-13,,2014-11-03,,1,2,0,1,Communication; Staff attitude
C-2,complaint,2013-05-01,representation,young-person,2013-05-02,,2013-05-10,2013-06-03,,2013-07-01,2013-08-01,,,,,,,
M-1,comment,2015-01-05,,,,,,,,,,,,,,,,Respite
P-1,compliment,2015-02-02,,carer,,,,,,,,,,,,,,
C-3,complaint,2015-03-02,,other,,,,,,,,,2015-03-10,,,,,
`

// goodCases are the cases of goodFile.
var goodCases = []timescale.Case{
	{
		ID: "C-1", Kind: timescale.Complaint, Procedure: timescale.ComplaintProcedure, Complainant: "parent",
		Received:         date(2014, time.August, 1),
		Acknowledged:     date(2014, time.August, 5),
		Discussed:        date(2014, time.August, 19),
		Stage1Response:   date(2014, time.August, 27),
		Stage2Requested:  date(2014, time.September, 1),
		Stage2ExtendedTo: date(2014, time.October, 20),
		Stage2Response:   date(2014, time.October, 13),
		Ombudsman:        date(2014, time.November, 3),
		Findings:         timescale.Findings{Upheld: 1, PartiallyUpheld: 2, NotUpheld: 0, NoFinding: 1},
		Themes:           []string{"Communication", "Staff attitude"},
	},
	{
		ID: "C-2", Kind: timescale.Complaint, Procedure: timescale.RepresentationProcedure, Complainant: "young-person",
		Received:        date(2013, time.May, 1),
		Acknowledged:    date(2013, time.May, 2),
		Stage1Response:  date(2013, time.May, 10),
		Stage2Requested: date(2013, time.June, 3),
		Stage2Response:  date(2013, time.July, 1),
		Stage3Requested: date(2013, time.August, 1),
	},
	{ID: "M-1", Kind: timescale.Comment, Received: date(2015, time.January, 5), Themes: []string{"Respite"}},
	{ID: "P-1", Kind: timescale.Compliment, Received: date(2015, time.February, 2), Complainant: "carer"},
	{ID: "C-3", Kind: timescale.Complaint, Received: date(2015, time.March, 2), Complainant: "other", Withdrawn: date(2015, time.March, 10)},
}

// reverseColumns returns file with the order of its columns reversed.
func reverseColumns(t *testing.T, file string) string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(file)).ReadAll()
	if err != nil {
		t.Fatalf("precondition: the test file is not CSV: %v", err)
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	for _, rec := range recs {
		slices.Reverse(rec)
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	return b.String()
}

// ignoreErr leaves the typed error of a LineProblem out of a comparison;
// the tests of the codes check it.
var ignoreErr = cmpopts.IgnoreFields(LineProblem{}, "Err")

// problemStrings returns the String form of every problem.
func problemStrings(ps []LineProblem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

func TestReadAllReadsEveryKindOfGoodFile(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []timescale.Case
	}{
		{
			name: "a file with the columns in the order of Columns gives every field",
			file: goodFile,
			want: goodCases,
		},
		{
			name: "a file with its columns in reverse order reads the same",
			file: reverseColumns(t, goodFile),
			want: goodCases,
		},
		{
			name: "a leading UTF-8 byte-order mark is ignored",
			file: "\uFEFF" + goodFile,
			want: goodCases,
		},
		{
			name: "CRLF line endings read the same as LF",
			file: strings.ReplaceAll(goodFile, "\n", "\r\n"),
			want: goodCases,
		},
		{
			name: "lines ending in a carriage return alone, as older spreadsheet programs save CSV, read the same as LF",
			file: strings.ReplaceAll(goodFile, "\n", "\r"),
			want: goodCases,
		},
		{
			name: "a quoted cell over two lines of a file of carriage-return lines keeps its line break as LF",
			file: "id,kind,received,themes\rC-1,comment,2014-08-01,\"a\rb;c\"\rC-2,comment,2014-08-02,d\r",
			want: []timescale.Case{
				{ID: "C-1", Kind: timescale.Comment, Received: date(2014, time.August, 1), Themes: []string{"a\nb", "c"}},
				{ID: "C-2", Kind: timescale.Comment, Received: date(2014, time.August, 2), Themes: []string{"d"}},
			},
		},
		{
			name: "a file of carriage-return lines whose header is quoted reads the same as LF",
			file: "\"id\",\"kind\",\"received\"\r\"C-1\",\"comment\",\"2014-08-01\"\r",
			want: []timescale.Case{{ID: "C-1", Kind: timescale.Comment, Received: date(2014, time.August, 1)}},
		},
		{
			name: "a first line sep=, that tells a spreadsheet program the separator is passed over",
			file: "sep=,\nid,kind,received\nC-1,comment,2014-08-01\n",
			want: []timescale.Case{{ID: "C-1", Kind: timescale.Comment, Received: date(2014, time.August, 1)}},
		},
		{
			name: "a header with a byte-order mark and a quoted first name is read",
			file: "\uFEFF\"id\",kind,received\nC-1,complaint,2014-08-01\n",
			want: []timescale.Case{{ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1)}},
		},
		{
			name: "dates written DD/MM/YYYY, with or without leading zeros, are read",
			file: "id,kind,received,stage1_response,withdrawn\nC-1,complaint,01/08/2014,27/08/2014,5/9/2014\n",
			want: []timescale.Case{{
				ID: "C-1", Kind: timescale.Complaint,
				Received: date(2014, time.August, 1), Stage1Response: date(2014, time.August, 27), Withdrawn: date(2014, time.September, 5),
			}},
		},
		{
			name: "header names match after trimming and without regard to case",
			file: " ID ,Kind,RECEIVED,Stage2_Requested\nC-1,complaint,2014-08-01,2014-09-01\n",
			want: []timescale.Case{{ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Stage2Requested: date(2014, time.September, 1)}},
		},
		{
			name: "kind, procedure and complainant match without regard to case and are stored in lower case",
			file: "id,kind,received,procedure,complainant\nC-1,Complaint,2014-08-01,REPRESENTATION,Foster-Carer\nM-1,COMMENT,2014-08-01,,\nP-1,Compliment,2014-08-01,,\n",
			want: []timescale.Case{
				{ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Procedure: timescale.RepresentationProcedure, Complainant: "foster-carer"},
				{ID: "M-1", Kind: timescale.Comment, Received: date(2014, time.August, 1)},
				{ID: "P-1", Kind: timescale.Compliment, Received: date(2014, time.August, 1)},
			},
		},
		{
			name: "surrounding white space of every cell is trimmed and a blank cell is not known",
			file: "id,kind,received,acknowledged,upheld,themes\n  C-1 , complaint ,\t2014-08-01 ,   , 3 ,  a ;; b ;  \n",
			want: []timescale.Case{{
				ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1),
				Findings: timescale.Findings{Upheld: 3}, Themes: []string{"a", "b"},
			}},
		},
		{
			name: "an owner is free text read without its surrounding white space, and an owner of white space only is none",
			file: "id,kind,received,owner\nC-1,complaint,2014-08-01,  Smith; J  \nC-2,complaint,2014-08-01,\" \t \"\nM-1,comment,2014-08-01,\"Tîm, Gogledd\"\n",
			want: []timescale.Case{
				{ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Owner: "Smith; J"},
				{ID: "C-2", Kind: timescale.Complaint, Received: date(2014, time.August, 1)},
				{ID: "M-1", Kind: timescale.Comment, Received: date(2014, time.August, 1), Owner: "Tîm, Gogledd"},
			},
		},
		{
			name: "an owner may hold a tab, and a quoted owner a line break, which are not refused as control characters",
			file: "id,kind,received,owner\nC-1,complaint,2014-08-01,Team\tA\nC-2,complaint,2014-08-01,\"Team\r\nB\"\n",
			want: []timescale.Case{
				{ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Owner: "Team\tA"},
				{ID: "C-2", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Owner: "Team\nB"},
			},
		},
		{
			name: "two records may have the same owner",
			file: "id,kind,received,owner\nC-1,complaint,2014-08-01,Team A\nC-2,complaint,2014-08-01,Team A\n",
			want: []timescale.Case{
				{ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Owner: "Team A"},
				{ID: "C-2", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Owner: "Team A"},
			},
		},
		{
			name: "a themes cell of only semicolons and spaces gives no themes",
			file: "id,kind,received,themes\nC-1,complaint,2014-08-01, ; ;\n",
			want: []timescale.Case{{ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1)}},
		},
		{
			name: "every kind of complainant is accepted",
			file: "id,kind,received,complainant\n1,complaint,2014-08-01,parent\n2,complaint,2014-08-01,carer\n3,complaint,2014-08-01,foster-carer\n" +
				"4,complaint,2014-08-01,relative\n5,complaint,2014-08-01,child\n6,complaint,2014-08-01,young-person\n7,complaint,2014-08-01,advocate\n8,complaint,2014-08-01,other\n",
			want: func() []timescale.Case {
				var cs []timescale.Case
				for i, who := range timescale.Complainants() {
					cs = append(cs, timescale.Case{ID: fmt.Sprint(i + 1), Kind: timescale.Complaint, Received: date(2014, time.August, 1), Complainant: who})
				}
				return cs
			}(),
		},
		{
			name: "counts with leading zeros and the largest count are read",
			file: "id,kind,received,upheld,not_upheld\nC-1,complaint,2014-08-01,007,999999999\n",
			want: []timescale.Case{{ID: "C-1", Kind: timescale.Complaint, Received: date(2014, time.August, 1), Findings: timescale.Findings{Upheld: 7, NotUpheld: 999999999}}},
		},
		{
			name: "a header with no records gives no cases",
			file: "id,kind,received\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, problems, err := ReadAll(strings.NewReader(tt.file), "cases.csv")
			if err != nil {
				t.Fatalf("ReadAll: %v", err)
			}
			if len(problems) != 0 {
				t.Fatalf("ReadAll reported problems in a good file:\n%s", strings.Join(problemStrings(problems), "\n"))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadAll cases mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadAllReportsEveryBadCellAsFileLineColumnMessage(t *testing.T) {
	const header = "id,kind,received,procedure,complainant,stage1_response,upheld,no_finding,themes\n"
	tests := []struct {
		name string
		row  string // the second line of the file
		want []string
	}{
		{
			name: "a date in no accepted form names the value and the accepted forms",
			row:  "C-1,complaint,1 Aug 2014,,,,,,",
			want: []string{`cases.csv:2: received: "1 Aug 2014" is not a date in an accepted form: YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014`},
		},
		{
			name: "an ISO date that does not exist says why and names the accepted forms",
			row:  "C-1,complaint,2014-08-01,,,2014-02-30,,,",
			want: []string{`cases.csv:2: stage1_response: "2014-02-30" is not a date: no such day: February 2014 has 28 days (accepted forms: YYYY-MM-DD, DD/MM/YYYY)`},
		},
		{
			name: "a British date that does not exist says why",
			row:  "C-1,complaint,31/04/2014,,,,,,",
			want: []string{`cases.csv:2: received: "31/04/2014" is not a date: no such day: April 2014 has 30 days (accepted forms: YYYY-MM-DD, DD/MM/YYYY)`},
		},
		{
			name: "an American date is caught by its month",
			row:  "C-1,complaint,08/31/2014,,,,,,",
			want: []string{`cases.csv:2: received: "08/31/2014" is not a date: month must be 01 to 12 (accepted forms: YYYY-MM-DD, DD/MM/YYYY)`},
		},
		{
			name: "a date with a time, as a database exports it, says to write the date alone",
			row:  "C-1,complaint,2014-08-01T00:00:00,,,,,,",
			want: []string{`cases.csv:2: received: "2014-08-01T00:00:00" is a date with a time: write the date alone, YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014`},
		},
		{
			name: "a date with a time after a space, as a spreadsheet saves it, says to write the date alone",
			row:  "C-1,complaint,2014-08-01,,,01/08/2014 09:30,,,",
			want: []string{`cases.csv:2: stage1_response: "01/08/2014 09:30" is a date with a time: write the date alone, YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014`},
		},
		{
			name: "a British date followed by a T is not taken for a date with a time",
			row:  "C-1,complaint,01/08/2014T09:30,,,,,,",
			want: []string{`cases.csv:2: received: "01/08/2014T09:30" is not a date in an accepted form: YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014`},
		},
		{
			name: "a five-digit number, as a spreadsheet keeps a date, says to format the column as dates",
			row:  "C-1,complaint,41852,,,,,,",
			want: []string{`cases.csv:2: received: "41852" is not a date but a number, as a spreadsheet keeps a date in a column not formatted as dates: format the column as dates (YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014) before saving the file`},
		},
		{
			name: "a date with a two-digit year is not in an accepted form",
			row:  "C-1,complaint,01/08/14,,,,,,",
			want: []string{`cases.csv:2: received: "01/08/14" is not a date in an accepted form: YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014`},
		},
		{
			name: "an unknown kind lists the accepted kinds",
			row:  "C-1,complain,2014-08-01,,,,,,",
			want: []string{`cases.csv:2: kind: "complain" is not a kind of record: want complaint, comment or compliment`},
		},
		{
			name: "an unknown procedure lists the accepted procedures",
			row:  "C-1,complaint,2014-08-01,appeal,,,,,",
			want: []string{`cases.csv:2: procedure: "appeal" is not a procedure: want complaint, representation or corporate`},
		},
		{
			name: "an unknown complainant lists the accepted complainants",
			row:  "C-1,complaint,2014-08-01,,grandparent,,,,",
			want: []string{`cases.csv:2: complainant: "grandparent" is not a kind of complainant: want parent, carer, foster-carer, relative, child, young-person, advocate or other`},
		},
		{
			name: "a negative count is refused",
			row:  "C-1,complaint,2014-08-01,,,,-1,,",
			want: []string{`cases.csv:2: upheld: "-1" is negative; want a count of elements written in digits, 0 or more`},
		},
		{
			name: "a count that is not a whole number is refused",
			row:  "C-1,complaint,2014-08-01,,,,,1.5,",
			want: []string{`cases.csv:2: no_finding: "1.5" is not a whole number; want a count of elements written in digits, 0 or more`},
		},
		{
			name: "a count in words is refused",
			row:  "C-1,complaint,2014-08-01,,,,two,,",
			want: []string{`cases.csv:2: upheld: "two" is not a whole number; want a count of elements written in digits, 0 or more`},
		},
		{
			name: "a count too large for a count of elements is refused",
			row:  "C-1,complaint,2014-08-01,,,,1000000000,,",
			want: []string{`cases.csv:2: upheld: "1000000000" is too large for a count of elements; the most is 999999999`},
		},
		{
			name: "an empty required cell is reported for each required column",
			row:  " ,,,,,,,,Respite",
			want: []string{
				`cases.csv:2: id: required: give a value (the cell is empty)`,
				`cases.csv:2: kind: required: give a value (the cell is empty)`,
				`cases.csv:2: received: required: give a value (the cell is empty)`,
			},
		},
		{
			name: "an id that is not UTF-8 is refused",
			row:  "caf\xe9,complaint,2014-08-01,,,,,,",
			want: []string{`cases.csv:2: id: "caf\xe9" is not valid UTF-8 text; save the file as UTF-8 ("CSV UTF-8" in Excel)`},
		},
		{
			name: "themes that are not UTF-8 are refused",
			row:  "C-1,complaint,2014-08-01,,,,,,Caf\xe9",
			want: []string{`cases.csv:2: themes: "Caf\xe9" is not valid UTF-8 text; save the file as UTF-8 ("CSV UTF-8" in Excel)`},
		},
		{
			name: "an id holding a terminal's escape sequence is refused, naming the control character",
			row:  "C-\x1b[31m1,complaint,2014-08-01,,,,,,",
			want: []string{`cases.csv:2: id: "C-\x1b[31m1" holds a control character (U+001B), which is not text: remove it`},
		},
		{
			name: "an id holding a NUL byte is refused",
			row:  "C-\x001,complaint,2014-08-01,,,,,,",
			want: []string{`cases.csv:2: id: "C-\x001" holds a control character (U+0000), which is not text: remove it`},
		},
		{
			name: "themes holding a C1 control character are refused",
			row:  "C-1,complaint,2014-08-01,,,,,,Staff\u009b31m",
			want: []string{`cases.csv:2: themes: "Staff\u009b31m" holds a control character (U+009B), which is not text: remove it`},
		},
		{
			name: "an id holding DEL is refused",
			row:  "C-1\x7f,complaint,2014-08-01,,,,,,",
			want: []string{`cases.csv:2: id: "C-1\x7f" holds a control character (U+007F), which is not text: remove it`},
		},
		{
			name: "a row with several bad cells reports every one, in column order",
			row:  "C-1,grumble,2014-13-01,appeal,aunt,yesterday,-2,x,",
			want: []string{
				`cases.csv:2: kind: "grumble" is not a kind of record: want complaint, comment or compliment`,
				`cases.csv:2: received: "2014-13-01" is not a date: month must be 01 to 12 (accepted forms: YYYY-MM-DD, DD/MM/YYYY)`,
				`cases.csv:2: procedure: "appeal" is not a procedure: want complaint, representation or corporate`,
				`cases.csv:2: complainant: "aunt" is not a kind of complainant: want parent, carer, foster-carer, relative, child, young-person, advocate or other`,
				`cases.csv:2: stage1_response: "yesterday" is not a date in an accepted form: YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014`,
				`cases.csv:2: upheld: "-2" is negative; want a count of elements written in digits, 0 or more`,
				`cases.csv:2: no_finding: "x" is not a whole number; want a count of elements written in digits, 0 or more`,
			},
		},
		{
			name: "a row with too few fields is reported as a whole",
			row:  "C-1,complaint,2014-08-01",
			want: []string{`cases.csv:2: the row has 3 fields but the header has 9`},
		},
		{
			name: "a row with too many fields is reported as a whole",
			row:  "C-1,complaint,2014-08-01,,,,,,,,",
			want: []string{`cases.csv:2: the row has 11 fields but the header has 9`},
		},
		{
			name: "a bare quote in an unquoted cell is malformed CSV",
			row:  `C-1,com"plaint,2014-08-01,,,,,,`,
			want: []string{`cases.csv:2: malformed CSV: bare " in non-quoted-field (byte 8 of the line)`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, problems, err := ReadAll(strings.NewReader(header+tt.row+"\n"), "cases.csv")
			if err != nil {
				t.Fatalf("ReadAll: %v", err)
			}
			if len(got) != 0 {
				t.Errorf("ReadAll returned %d cases from a bad row, want none", len(got))
			}
			if diff := cmp.Diff(tt.want, problemStrings(problems)); diff != "" {
				t.Errorf("problems mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadRefusesABadHeaderWithEveryProblemInIt(t *testing.T) {
	const known = "the known columns are id, kind, received, procedure, complainant, acknowledged, discussed, " +
		"stage1_response, resolved_locally, stage2_requested, stage2_extended_to, stage2_response, stage3_requested, ombudsman, " +
		"withdrawn, upheld, partially_upheld, not_upheld, no_finding, themes, matter, panel_acknowledged, panel_statement_requested, panel_statement_received, panel_convened, owner"
	tests := []struct {
		name string
		file string
		want []string
	}{
		{
			name: "an unknown column is named and the known columns are listed",
			file: "id,kind,received,colour\nC-1,complaint,2014-08-01,red\n",
			want: []string{`cases.csv:1: colour: unknown column; ` + known},
		},
		{
			name: "an unknown column that nearly names a known one gets a suggestion",
			file: "id,kind,received,Stage 2 Response\n",
			want: []string{`cases.csv:1: Stage 2 Response: unknown column; did you mean stage2_response? ` + known},
		},
		{
			name: "an unknown column with a colon in its name is quoted",
			file: "id,kind,received,note: extra\n",
			want: []string{`cases.csv:1: "note: extra": unknown column; ` + known},
		},
		{
			name: "a missing required column is named",
			file: "id,kind,stage1_response\nC-1,complaint,2014-08-01\n",
			want: []string{`cases.csv:1: received: required column missing from the header`},
		},
		{
			name: "every missing required column is named",
			file: "themes\n",
			want: []string{
				`cases.csv:1: id: required column missing from the header`,
				`cases.csv:1: kind: required column missing from the header`,
				`cases.csv:1: received: required column missing from the header`,
			},
		},
		{
			name: "a column named twice, in any case, is a duplicate",
			file: "id,kind,received,Kind\n",
			want: []string{`cases.csv:1: kind: duplicate column: fields 2 and 4 of the header both name it`},
		},
		{
			name: "an unnamed column, such as a trailing comma makes, is refused",
			file: "id,kind,received,\n",
			want: []string{`cases.csv:1: field 4 of the header is empty; every column needs a name (` + known + `)`},
		},
		{
			name: "several header problems are all reported",
			file: "id,colour,id\n",
			want: []string{
				`cases.csv:1: colour: unknown column; ` + known,
				`cases.csv:1: id: duplicate column: fields 1 and 3 of the header both name it`,
				`cases.csv:1: kind: required column missing from the header`,
				`cases.csv:1: received: required column missing from the header`,
			},
		},
		{
			name: "an empty file has no header",
			file: "",
			want: []string{`cases.csv:1: the file is empty; want a header row naming the columns, at least id,kind,received`},
		},
		{
			name: "a file of blank lines has no header",
			file: "\n\r\n\n",
			want: []string{`cases.csv:1: the file is empty; want a header row naming the columns, at least id,kind,received`},
		},
		{
			name: "a UTF-16 file is refused with advice",
			file: "\xff\xfei\x00d\x00",
			want: []string{`cases.csv:1: the file is UTF-16 text; save it as UTF-8 ("CSV UTF-8" in Excel)`},
		},
		{
			name: "a UTF-16 little-endian file without a byte-order mark is refused with advice",
			file: "i\x00d\x00,\x00k\x00i\x00n\x00d\x00",
			want: []string{`cases.csv:1: the file is UTF-16 text; save it as UTF-8 ("CSV UTF-8" in Excel)`},
		},
		{
			name: "a UTF-16 big-endian file without a byte-order mark is refused with advice",
			file: "\x00i\x00d\x00,\x00k",
			want: []string{`cases.csv:1: the file is UTF-16 text; save it as UTF-8 ("CSV UTF-8" in Excel)`},
		},
		{
			name: "a header separated by semicolons is refused, naming the separator and how to save the file",
			file: "id;kind;received\nC-1;complaint;2014-08-01\n",
			want: []string{`cases.csv:1: the columns of the header "id;kind;received" are separated by semicolons, not commas; save the file as comma-separated CSV ("CSV UTF-8 (Comma delimited)" in Excel)`},
		},
		{
			name: "a header separated by tabs is refused, naming the separator and how to save the file",
			file: "ID\tKind\tReceived\t\nC-1\tcomplaint\t2014-08-01\n",
			want: []string{`cases.csv:1: the columns of the header "ID\tKind\tReceived" are separated by tabs, not commas; save the file as comma-separated CSV ("CSV UTF-8 (Comma delimited)" in Excel)`},
		},
		{
			name: "a header after a first line sep=; is refused as separated by semicolons, on its own line",
			file: "SEP=;\nid;kind;received\nC-1;complaint;2014-08-01\n",
			want: []string{`cases.csv:2: the columns of the header "id;kind;received" are separated by semicolons, not commas; save the file as comma-separated CSV ("CSV UTF-8 (Comma delimited)" in Excel)`},
		},
		{
			name: "a file of a first line sep=, alone has no header",
			file: "sep=,\n",
			want: []string{`cases.csv:1: the file is empty; want a header row naming the columns, at least id,kind,received`},
		},
		{
			name: "a one-column header with a semicolon that names no column is an unknown column, not a separator",
			file: "colour;size\n",
			want: []string{
				`cases.csv:1: colour;size: unknown column; ` + known,
				`cases.csv:1: id: required column missing from the header`,
				`cases.csv:1: kind: required column missing from the header`,
				`cases.csv:1: received: required column missing from the header`,
			},
		},
		{
			name: "a header after blank lines is reported on its own line",
			file: "\n\nid,kind\n",
			want: []string{`cases.csv:3: received: required column missing from the header`},
		},
		{
			name: "a header that is malformed CSV is refused",
			file: "id,\"kind,received\n",
			want: []string{`cases.csv:1: malformed CSV: extraneous or missing " in quoted-field (byte 19 of the line)`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.file), "cases.csv")
			_, err := r.Read()
			var he *HeaderError
			if !errors.As(err, &he) {
				t.Fatalf("Read error = %v (%T), want a *HeaderError", err, err)
			}
			if diff := cmp.Diff(tt.want, problemStrings(he.Problems)); diff != "" {
				t.Errorf("problems mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(strings.Join(tt.want, "\n"), err.Error()); diff != "" {
				t.Errorf("Error() mismatch (-want +got):\n%s", diff)
			}
			if _, again := r.Read(); again != err {
				t.Errorf("second Read error = %v, want the same *HeaderError again", again)
			}

			cases, problems, err := ReadAll(strings.NewReader(tt.file), "cases.csv")
			if !errors.As(err, &he) || len(cases) != 0 {
				t.Errorf("ReadAll = %d cases, error %v; want no cases and a *HeaderError", len(cases), err)
			}
			if diff := cmp.Diff(tt.want, problemStrings(problems)); diff != "" {
				t.Errorf("ReadAll problems mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadContinuesAfterABadRowAndLineNamesEachRecord(t *testing.T) {
	// Blank lines are skipped; a quoted cell with line breaks makes its
	// record span several lines, and later line numbers count them.
	const file = "\n" + // line 1
		"id,kind,received,themes\n" + // line 2: the header
		"C-1,complaint,2014-08-01,\"Communication;\nStaff\r\nattitude\"\n" + // lines 3-5
		"\n" + // line 6
		"C-2,complaint,2014-08-3x,\n" + // line 7: bad date
		"C-3,complaint,2014-08-04,\"a\n\nb\"\n" + // lines 8-10
		"C-4,compliment\n" + // line 11: too few fields
		"C-5,comment,2014-08-05,\"unterminated\n" + // line 12: malformed
		"C-6,comment,2014-08-06,\n" // line 13: swallowed by the open quote
	type result struct {
		Line  int
		ID    string
		Error string
	}
	want := []result{
		{Line: 3, ID: "C-1"},
		{Line: 7, Error: `cases.csv:7: received: "2014-08-3x" is not a date in an accepted form: YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014`},
		{Line: 8, ID: "C-3"},
		{Line: 11, Error: `cases.csv:11: the row has 2 fields but the header has 4`},
		{Line: 12, Error: `cases.csv:12: malformed CSV: extraneous or missing " in quoted-field (line 13, byte 25)`},
	}
	r := NewReader(strings.NewReader(file), "cases.csv")
	if r.Line() != 0 {
		t.Errorf("Line() before the first Read = %d, want 0", r.Line())
	}
	var got []result
	var themes [][]string
	for {
		c, err := r.Read()
		if err == io.EOF {
			break
		}
		res := result{Line: r.Line(), ID: c.ID}
		if err != nil {
			var re *RecordError
			if !errors.As(err, &re) {
				t.Fatalf("Read error = %v (%T), want a *RecordError", err, err)
			}
			res.Error = err.Error()
		} else {
			themes = append(themes, c.Themes)
		}
		got = append(got, res)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]string{{"Communication", "Staff\nattitude"}, {"a\n\nb"}}, themes); diff != "" {
		t.Errorf("themes mismatch (-want +got):\n%s", diff)
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("Read after the end = %v, want io.EOF", err)
	}
}

func TestReadAllFindsTheOneBadRowAmongTenThousand(t *testing.T) {
	const rows, badRow = 10_000, 6_543 // badRow counts records from 0
	var b strings.Builder
	b.WriteString("id,kind,received,stage1_response,themes\n")
	for i := range rows {
		received := "2014-08-01"
		if i == badRow {
			received = "2014-02-29" // 2014 is not a leap year
		}
		fmt.Fprintf(&b, "C-%05d,complaint,%s,2014-08-27,Communication;Respite\n", i, received)
	}
	cases, problems, err := ReadAll(strings.NewReader(b.String()), "big.csv")
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	want := []LineProblem{{
		File: "big.csv", Line: badRow + 2, Column: "received", Code: problem.NotADate,
		Message: `"2014-02-29" is not a date: no such day: February 2014 has 28 days (accepted forms: YYYY-MM-DD, DD/MM/YYYY)`,
	}}
	if diff := cmp.Diff(want, problems, ignoreErr); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", diff)
	}
	if len(cases) != rows-1 {
		t.Errorf("ReadAll returned %d cases, want %d", len(cases), rows-1)
	}
	if cases[badRow].ID != fmt.Sprintf("C-%05d", badRow+1) {
		t.Errorf("the case after the bad row is %q, want C-%05d", cases[badRow].ID, badRow+1)
	}
}

func TestReadReportsARepeatedIDOnTheLaterLineNamingTheFirst(t *testing.T) {
	const file = "id,kind,received\nC-1,complaint,2014-08-01\nC-2,complaint,2014-08-01\nC-1,comment,2014-09-01\nC-2,complaint,bad\n"
	tests := []struct {
		name      string
		allow     bool
		wantIDs   []string
		wantProbs []string
	}{
		{
			name:    "by default a repeated id is a problem naming the first line",
			wantIDs: []string{"C-1", "C-2"},
			wantProbs: []string{
				`cases.csv:4: id: duplicate id "C-1"; it was first used on line 2`,
				`cases.csv:5: id: duplicate id "C-2"; it was first used on line 3`,
				`cases.csv:5: received: "bad" is not a date in an accepted form: YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014`,
			},
		},
		{
			name:      "with AllowDuplicateIDs a repeated id is read like any other",
			allow:     true,
			wantIDs:   []string{"C-1", "C-2", "C-1"},
			wantProbs: []string{`cases.csv:5: received: "bad" is not a date in an accepted form: YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(file), "cases.csv")
			r.AllowDuplicateIDs = tt.allow
			var ids, probs []string
			for {
				c, err := r.Read()
				if err == io.EOF {
					break
				}
				var re *RecordError
				switch {
				case err == nil:
					ids = append(ids, c.ID)
				case errors.As(err, &re):
					probs = append(probs, problemStrings(re.Problems)...)
				default:
					t.Fatalf("Read: %v", err)
				}
			}
			if diff := cmp.Diff(tt.wantIDs, ids); diff != "" {
				t.Errorf("ids mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantProbs, probs); diff != "" {
				t.Errorf("problems mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadReturnsAnInputErrorAndKeepsReturningIt(t *testing.T) {
	errDisk := errors.New("disk on fire")
	tests := []struct {
		name      string
		input     io.Reader
		wantCases int
	}{
		{
			name:  "an error before the first byte",
			input: iotest.ErrReader(errDisk),
		},
		{
			name:  "an error in the header",
			input: io.MultiReader(strings.NewReader("id,ki"), iotest.ErrReader(errDisk)),
		},
		{
			name:      "an error after a record",
			input:     io.MultiReader(strings.NewReader("id,kind,received\nC-1,complaint,2014-08-01\nC-2,comp"), iotest.ErrReader(errDisk)),
			wantCases: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(tt.input, "cases.csv")
			var cases int
			var err error
			for {
				_, err = r.Read()
				if err != nil {
					break
				}
				cases++
			}
			if err != errDisk || cases != tt.wantCases {
				t.Errorf("Read gave %d cases then %v; want %d cases then %v", cases, err, tt.wantCases, errDisk)
			}
			if _, again := r.Read(); again != errDisk {
				t.Errorf("Read after the error = %v, want %v again", again, errDisk)
			}
		})
	}

	t.Run("ReadAll returns the cases before the error with it", func(t *testing.T) {
		in := io.MultiReader(strings.NewReader("id,kind,received\nC-1,complaint,2014-08-01\nC-2,bad,2014-08-01\nC-3,comp"), iotest.ErrReader(errDisk))
		cases, problems, err := ReadAll(in, "cases.csv")
		if err != errDisk {
			t.Errorf("ReadAll error = %v, want %v", err, errDisk)
		}
		if len(cases) != 1 || len(problems) != 1 {
			t.Errorf("ReadAll gave %d cases and %d problems, want 1 and 1", len(cases), len(problems))
		}
	})
}

func TestReadIntoFillsTheCaseReadReturns(t *testing.T) {
	// Each file is read by two Readers in step, one with Read and one with
	// ReadInto into the same Case over and over, which holds the last
	// record's values (or, at first, a case with every field set) when
	// ReadInto is called.
	full := goodCases[0]
	full.Owner, full.Matter = "Team A", date(2014, time.July, 1)
	tests := []struct {
		name  string
		input func() io.Reader
	}{
		{"a good file of every kind of record", func() io.Reader { return strings.NewReader(goodFile) }},
		{"bad rows between good ones: a bad date after good cells, too few fields, a repeated id",
			func() io.Reader {
				return strings.NewReader("id,kind,received,themes,acknowledged\n" +
					"C-1,complaint,2014-08-01,Respite;Transport,2014-08-02\n" +
					"C-2,complaint,2014-08-01,Respite,2014-08-3x\n" +
					"C-3,compliment\n" +
					"C-1,comment,2014-08-05,,\n" +
					"C-4,comment,2014-08-06,,\n")
			}},
		{"a header that cannot be used", func() io.Reader { return strings.NewReader("id,kind\nC-1,complaint\n") }},
		{"an input error after a record", func() io.Reader {
			return io.MultiReader(strings.NewReader("id,kind,received\nC-1,complaint,2014-08-01\nC-2,comp"), iotest.ErrReader(errors.New("disk on fire")))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read, into := NewReader(tt.input(), "cases.csv"), NewReader(tt.input(), "cases.csv")
			dst := full
			for calls := 1; calls <= 20; calls++ {
				want, wantErr := read.Read()
				gotErr := into.ReadInto(&dst)
				if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
					t.Fatalf("record %d: ReadInto error = %v, Read's = %v", calls, gotErr, wantErr)
				}
				if diff := cmp.Diff(want, dst); diff != "" {
					t.Fatalf("record %d: ReadInto's case differs from Read's (-Read +ReadInto):\n%s", calls, diff)
				}
				if gotErr != nil && !cmp.Equal(dst, timescale.Case{}) {
					t.Fatalf("record %d: ReadInto left %+v after the error %v, want the zero Case", calls, dst, gotErr)
				}
				if into.Line() != read.Line() {
					t.Fatalf("record %d: Line() after ReadInto = %d, after Read %d", calls, into.Line(), read.Line())
				}
				var re *RecordError
				if wantErr != nil && !errors.As(wantErr, &re) {
					return // the end of the file, or an error that ends reading
				}
			}
			t.Fatalf("no end after 20 records")
		})
	}
}

func TestReadIntoGivesEachCaseThemesOfItsOwn(t *testing.T) {
	const file = "id,kind,received,themes\nC-1,complaint,2014-08-01,Respite;Transport\nC-2,complaint,2014-08-01,Respite\n"
	r := NewReader(strings.NewReader(file), "cases.csv")
	cases := make([]timescale.Case, 2)
	for i := range cases {
		if err := r.ReadInto(&cases[i]); err != nil {
			t.Fatalf("precondition: ReadInto record %d: %v", i+1, err)
		}
	}
	first := append(cases[0].Themes, "Added") // must not overwrite the next case's themes
	first[0] = "Changed"
	if diff := cmp.Diff([]string{"Respite"}, cases[1].Themes); diff != "" {
		t.Errorf("changing one case's themes changed another's (-want +got):\n%s", diff)
	}
}

func TestReadGivesEachCaseThemesOfItsOwn(t *testing.T) {
	const file = "id,kind,received,themes\nC-1,complaint,2014-08-01,Respite;Transport\nC-2,complaint,2014-08-01,Respite\n"
	cases, _, err := ReadAll(strings.NewReader(file), "cases.csv")
	if err != nil || len(cases) != 2 {
		t.Fatalf("precondition: ReadAll = %d cases, %v", len(cases), err)
	}
	first := append(cases[0].Themes, "Added") // must not overwrite the next case's themes
	first[0] = "Changed"
	if diff := cmp.Diff([]string{"Respite"}, cases[1].Themes); diff != "" {
		t.Errorf("changing one case's themes changed another's (-want +got):\n%s", diff)
	}
}

func TestReadReadsTheExampleCaseFile(t *testing.T) {
	data := mustReadFile(t, "../examples/data/cases.csv")
	cases, problems, err := ReadAll(bytes.NewReader(data), "cases.csv")
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	if len(problems) != 0 {
		t.Errorf("the example case file has problems:\n%s", strings.Join(problemStrings(problems), "\n"))
	}
	if len(cases) == 0 {
		t.Errorf("the example case file gave no cases")
	}
}

func TestProblemStringLeavesOutWhatIsEmpty(t *testing.T) {
	tests := []struct {
		name    string
		problem LineProblem
		want    string
	}{
		{"a problem with a cell names file, line and column", LineProblem{File: "a.csv", Line: 7, Column: "received", Message: "bad"}, "a.csv:7: received: bad"},
		{"a problem with a whole row names file and line", LineProblem{File: "a.csv", Line: 7, Message: "bad"}, "a.csv:7: bad"},
		{"a problem with no file name starts with the line", LineProblem{Line: 7, Column: "kind", Message: "bad"}, "7: kind: bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.problem.String()); diff != "" {
				t.Errorf("String mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestColumnsListsEveryFieldOfACaseInOrder(t *testing.T) {
	want := []string{"id", "kind", "received", "procedure", "complainant", "acknowledged", "discussed",
		"stage1_response", "resolved_locally", "stage2_requested", "stage2_extended_to", "stage2_response", "stage3_requested",
		"ombudsman", "withdrawn", "upheld", "partially_upheld", "not_upheld", "no_finding", "themes",
		"matter", "panel_acknowledged", "panel_statement_requested", "panel_statement_received", "panel_convened",
		"owner"}
	got := Columns()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Columns mismatch (-want +got):\n%s", diff)
	}
	got[0] = "changed"
	if Columns()[0] != "id" {
		t.Errorf("changing the slice Columns returned changed the package's columns")
	}
}

func TestReadFindsRepeatedIDsAmongManyOfEveryLength(t *testing.T) {
	// Enough ids to make the id set grow several times, of lengths that need
	// one- and two-byte lengths in its arena, repeated after the growth.
	const n = 5000
	id := func(i int) string { return fmt.Sprintf("%d-%s", i, strings.Repeat("x", i%300)) }
	var b strings.Builder
	b.WriteString("id,kind,received\n")
	for i := range n {
		fmt.Fprintf(&b, "%s,comment,2014-08-01\n", id(i))
	}
	repeats := []int{0, 1, 127, 128, 299, 4999}
	var want []LineProblem
	for k, i := range repeats {
		fmt.Fprintf(&b, "%s,comment,2014-08-01\n", id(i))
		quoted := id(i) // the message quotes at most 80 characters of it
		if len(quoted) > 80 {
			quoted = quoted[:80] + "…"
		}
		want = append(want, LineProblem{File: "ids.csv", Line: n + 2 + k, Column: "id", Code: problem.DuplicateID,
			Message: fmt.Sprintf("duplicate id %q; it was first used on line %d", quoted, i+2)})
	}
	cases, problems, err := ReadAll(strings.NewReader(b.String()), "ids.csv")
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	if diff := cmp.Diff(want, problems, ignoreErr); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", diff)
	}
	if len(cases) != n {
		t.Errorf("ReadAll returned %d cases, want %d", len(cases), n)
	}
}

func TestReadReadsARowOfThreeHundredThemesBetweenShortOnes(t *testing.T) {
	many := make([]string, 300)
	for i := range many {
		many[i] = fmt.Sprintf("t%d", i)
	}
	file := "id,kind,received,themes\n" +
		"C-1,comment,2014-08-01,a;b\n" +
		"C-2,comment,2014-08-01," + strings.Join(many, ";") + "\n" +
		"C-3,comment,2014-08-01,c\n"
	cases, problems, err := ReadAll(strings.NewReader(file), "cases.csv")
	if err != nil || len(problems) != 0 {
		t.Fatalf("ReadAll: %v, %v", err, problems)
	}
	want := [][]string{{"a", "b"}, many, {"c"}}
	var got [][]string
	for _, c := range cases {
		got = append(got, c.Themes)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("themes mismatch (-want +got):\n%s", diff)
	}
}

func TestCRLineBreaksTellsTheFirstLineBreakOutsideQuotes(t *testing.T) {
	tests := []struct {
		name  string
		first string // the first bytes of a file
		want  bool
	}{
		{"a carriage return alone ends the first line", "id,kind\rC-1", true},
		{"a carriage return before a line feed is a CRLF line break", "id,kind\r\nC-1", false},
		{"a line feed alone ends the first line", "id,kind\nC-1\r", false},
		{"a carriage return inside quotes is text, and the line feed after ends the line", "\"a\rb\",kind\nC-1\rx", false},
		{"a carriage return after a quoted cell ends the line", "\"id\",\"kind\"\r\"C-1\"", true},
		{"a carriage return as the last byte read cannot tell: its line feed may follow", "id,kind\r", false},
		{"no line break at all", "id,kind", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := crLineBreaks([]byte(tt.first)); got != tt.want {
				t.Errorf("crLineBreaks(%q) = %v, want %v", tt.first, got, tt.want)
			}
		})
	}
}
