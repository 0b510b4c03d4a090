package casefile_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/timescale"
)

func ExampleReader() {
	const file = `id,kind,received,stage1_response,themes
C-1,complaint,01/08/2014,2014-08-27,Communication;Respite
C-2,complaint,2014-08-32,,
P-1,compliment,2014-08-04,,Social worker
`
	r := casefile.NewReader(strings.NewReader(file), "cases.csv")
	for {
		c, err := r.Read()
		if err == io.EOF {
			break
		}
		var bad *casefile.RecordError
		if errors.As(err, &bad) {
			fmt.Println(bad) // the row is skipped; go on reading
			continue
		}
		if err != nil {
			fmt.Println(err) // a bad header or an I/O error: give up
			return
		}
		fmt.Println(r.Line(), c.ID, c.Kind, c.Received, c.Themes)
	}
	// Output:
	// 2 C-1 complaint 2014-08-01 [Communication Respite]
	// cases.csv:3: received: "2014-08-32" is not a date: no such day: August 2014 has 31 days (accepted forms: YYYY-MM-DD, DD/MM/YYYY)
	// 4 P-1 compliment 2014-08-04 [Social worker]
}

func ExampleReadAll() {
	const file = "id,kind,received,colour\nC-1,complaint,2014-08-01,red\n"
	_, problems, err := casefile.ReadAll(strings.NewReader(file), "cases.csv")
	fmt.Println(err != nil)
	for _, p := range problems {
		fmt.Println(p)
	}
	// Output:
	// true
	// cases.csv:1: colour: unknown column; the known columns are id, kind, received, procedure, complainant, acknowledged, discussed, stage1_response, resolved_locally, stage2_requested, stage2_extended_to, stage2_response, stage3_requested, ombudsman, withdrawn, upheld, partially_upheld, not_upheld, no_finding, themes, matter, panel_acknowledged, panel_statement_requested, panel_statement_received, panel_convened, owner
}

func ExampleWriter() {
	w := casefile.NewWriter(os.Stdout)
	err := w.Write(timescale.Case{
		ID:             "C-1",
		Kind:           timescale.Complaint,
		Received:       calendar.NewDate(2014, time.August, 1),
		Stage1Response: calendar.NewDate(2014, time.August, 27),
		Findings:       timescale.Findings{Upheld: 1},
	})
	if err != nil {
		fmt.Println(err)
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,kind,received,procedure,complainant,acknowledged,discussed,stage1_response,resolved_locally,stage2_requested,stage2_extended_to,stage2_response,stage3_requested,ombudsman,withdrawn,upheld,partially_upheld,not_upheld,no_finding,themes,matter,panel_acknowledged,panel_statement_requested,panel_statement_received,panel_convened,owner
	// C-1,complaint,2014-08-01,,,,,2014-08-27,,,,,,,,1,0,0,0,,,,,,,
}

func ExampleReader_lenient() {
	// An export with a misspelt column, a column the case file does not
	// have, empty header cells at the end and a row of commas below the
	// records.
	const file = `id,kind,received,acknowleged,notes,,
C-1,complaint,2014-08-01,2014-08-04,phoned,,
=2+3,comment,2014-08-05,,,,
,,,,,,
`
	r := casefile.NewReader(strings.NewReader(file), "export.csv")
	r.Lenient = true
	cases, problems, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cases {
		fmt.Println(c.ID, c.Kind, c.Received, c.Acknowledged.IsZero())
	}
	for _, p := range problems {
		fmt.Println(p.Code, p.Warning, p.Line, p.Column)
	}
	// Output:
	// C-1 complaint 2014-08-01 true
	// =2+3 comment 2014-08-05 true
	// unknown-column true 1 acknowleged
	// unknown-column true 1 notes
	// formula-like-value true 3 id
}

func ExampleSafeCell() {
	for _, s := range []string{"=cmd|' /C calc'!A0", "+44 1234", "-1", "C-1"} {
		fmt.Println(casefile.SafeCell(s))
	}
	// Output:
	// '=cmd|' /C calc'!A0
	// '+44 1234
	// -1
	// C-1
}

// A file that can be read twice (an *os.File, here a strings.Reader) can be
// read first for its ids alone, so that finding a repeated id takes next to
// no memory however long the file; the repeats are found as exactly as
// with one reading.
func ExampleReader_readIDsFirst() {
	const file = `id,kind,received
C-1,complaint,2014-08-01
C-2,complaint,2014-08-04
C-1,comment,2014-08-05
`
	r := casefile.NewReader(strings.NewReader(file), "cases.csv")
	r.ReadIDsFirst = true
	for {
		c, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(c.ID)
	}
	// Output:
	// C-1
	// C-2
	// cases.csv:4: id: duplicate id "C-1"; it was first used on line 2
}
