package main

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
)

// asOfCases holds a complaint answered on 15 September 2014, one whose
// response is dated 2041 (a mistyped year), and one received in 2041.
const asOfCases = "id,kind,received,stage1_response\n" +
	"A,complaint,2014-08-01,2014-09-15\n" +
	"B,complaint,2014-08-01,2041-08-27\n" +
	"C,complaint,2041-05-01,\n"

func TestAsOfMeansAsKnownOnThatDate(t *testing.T) {
	path := writeCases(t, asOfCases)
	t.Run("assess --as-of 2014-08-10 sets aside the responses dated after it and leaves out the record received after it", func(t *testing.T) {
		res := runAt(aDay, "assess", path, "--as-of", "2014-08-10", "--format", "csv")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		rows := parseCSV(t, res.Stdout)
		require.Len(t, rows, 3, "a header and the two complaints received by then")
		for _, row := range rows[1:] {
			// The acknowledgement, due on 5 August, was not recorded.
			require.Equal(t, []string{"", "overdue"}, []string{row[4], row[15]}, "the response of %s was not yet made on 10 August 2014", row[0])
		}
		require.Contains(t, res.Stderr, "note: 2 events dated after 2014-08-10 were set aside as not yet happened")
		require.Contains(t, res.Stderr, "note: 1 record received after 2014-08-10 was left out")
	})
	t.Run("without --as-of it is today, and an event dated after today is a problem of its row", func(t *testing.T) {
		res := runAt(aDay, "assess", path, "--format", "csv")
		require.Equal(t, exitData, res.Code)
		require.Contains(t, res.Stderr, path+":3: stage1_response: 2041-08-27 is after 2026-11-25")
		require.Contains(t, res.Stderr, path+":4: received: 2041-05-01 is after 2026-11-25")
		require.Len(t, parseCSV(t, res.Stdout), 2, "the header and the good row A")
	})
	t.Run("a response more than 2 years after receipt is a warning with its line, and the exit status stays 0", func(t *testing.T) {
		res := runAt(aDay, "assess", path, "--as-of", "2042-01-01", "--format", "csv")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		require.Contains(t, res.Stderr, path+":3: stage1_response: warning: 2041-08-27 is more than 2 years after the complaint was received on 2014-08-01")
	})
	t.Run("deadlines --acknowledged 2014-08-20 --as-of 2014-08-04 does not call the acknowledgement late", func(t *testing.T) {
		res := runAt(aDay, "deadlines", "--received", "2014-08-01", "--acknowledged", "2014-08-20", "--as-of", "2014-08-04", "--format", "json")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		var s struct {
			SetAside  int `json:"set_aside"`
			Deadlines []struct {
				Deadline struct {
					Status string `json:"status"`
				} `json:"deadline"`
			} `json:"deadlines"`
		}
		require.NoError(t, json.Unmarshal([]byte(res.Stdout), &s))
		require.Equal(t, 1, s.SetAside)
		require.Equal(t, "not-yet-due", s.Deadlines[0].Deadline.Status)
	})
	t.Run("report --as-of 2014-08-10 counts the complaints as they stood on that date", func(t *testing.T) {
		res := runAt(aDay, "report", path, "--as-of", "2014-08-10", "--format", "json")
		require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
		var r struct {
			Complaints     int `json:"complaints"`
			Open           int `json:"open"`
			ResolvedStage1 int `json:"resolved_stage1"`
		}
		require.NoError(t, json.Unmarshal([]byte(res.Stdout), &r))
		require.Equal(t, []int{2, 2, 0}, []int{r.Complaints, r.Open, r.ResolvedStage1}, "complaints, open, resolved at stage 1")
	})
}

// TestReportAndAssessAgree checks that the report's in-time counts are
// those of assess over the same file with the same options.
func TestReportAndAssessAgree(t *testing.T) {
	// Received on Saturday 2 August 2014, answered on Thursday 28 August:
	// 18 working days read literally, 17 when deemed received on Monday.
	path := writeCases(t, "id,kind,received,stage1_response\nS,complaint,2014-08-02,2014-08-28\nT,complaint,2014-08-01,2014-08-27\n")
	for _, deem := range []bool{false, true} {
		name := "read literally"
		extra := []string{}
		if deem {
			name, extra = "deemed received on the next working day", []string{"--deem-next-working-day"}
		}
		t.Run("the stage 1 in-time count of the report equals that of assess, "+name, func(t *testing.T) {
			a := runAt(aDay, append([]string{"assess", path, "--as-of", "2015-03-31", "--format", "csv"}, extra...)...)
			require.Equal(t, exitOK, a.Code, "stderr %q", a.Stderr)
			inTime := 0
			for _, row := range parseCSV(t, a.Stdout)[1:] {
				if row[6] == "true" { // stage1_in_time, after id, owner, regime, stage1_due, stage1_working_days and stage1_band
					inTime++
				}
			}
			r := runAt(aDay, append([]string{"report", path, "--as-of", "2015-03-31", "--format", "json"}, extra...)...)
			require.Equal(t, exitOK, r.Code, "stderr %q", r.Stderr)
			var rep struct {
				Timescales []struct {
					Regime string `json:"regime"`
					Stage  int    `json:"stage"`
					InTime int    `json:"in_time"`
				} `json:"timescales"`
			}
			require.NoError(t, json.Unmarshal([]byte(r.Stdout), &rep))
			got := 0
			for _, ts := range rep.Timescales {
				if ts.Stage == 1 {
					got += ts.InTime
				}
			}
			require.Equal(t, inTime, got)
			want := map[bool]int{false: 1, true: 2}[deem]
			require.Equal(t, want, got)
		})
	}
}

type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestEveryWriteErrorIsExitStatus1(t *testing.T) {
	path := writeCases(t, asOfCases)
	for _, args := range [][]string{
		{"workdays", "add", "2014-08-01", "1"},
		{"workdays", "count", "2014-08-01", "2014-08-05"},
		{"holidays", "--from", "2022-01-01", "--to", "2022-12-31"},
		{"deadlines", "--received", "2014-08-01", "--as-of", "2014-12-31"},
		{"assess", path, "--as-of", "2014-12-31"},
		{"report", path, "--as-of", "2014-12-31"},
		{"rules"},
	} {
		t.Run("complaints "+strings.Join(args, " ")+" exits 1 when its output cannot be written", func(t *testing.T) {
			var stderr strings.Builder
			e := &env{stdin: strings.NewReader(""), stdout: fullDisk{}, stderr: &stderr, today: calendar.NewDate(2026, 11, 25)}
			require.Equal(t, exitData, e.main(args))
			require.Contains(t, stderr.String(), "cannot write the output: no space left on device")
		})
	}
}

func TestACaseFileAsSpreadsheetsExportIt(t *testing.T) {
	// An extra column, a misspelt one, trailing empty header cells, a row of
	// only commas at the end, and an id that a spreadsheet would run.
	path := writeCases(t, "id,kind,received,Recieved,colour,,\n"+
		"\"=HYPERLINK(\"\"x\"\")\",complaint,2014-08-01,,blue,,\n"+
		",,,,,,\n")
	res := runAt(aDay, "assess", path, "--as-of", "2014-12-31", "--format", "csv")
	require.Equal(t, exitOK, res.Code, "stderr %q", res.Stderr)
	for _, w := range []string{
		path + ":1: Recieved: warning: unknown column", "did you mean received?",
		path + ":1: colour: warning: unknown column",
		path + ":2: id: warning:",
	} {
		require.Contains(t, res.Stderr, w)
	}
	rows := parseCSV(t, res.Stdout)
	require.Len(t, rows, 2, "the header and the one complaint")
	require.Equal(t, `'=HYPERLINK("x")`, rows[1][0], "the id is written so that a spreadsheet shows it as text")
	strict := runAt(aDay, "validate", path, "--strict")
	require.Equal(t, exitData, strict.Code)
}
