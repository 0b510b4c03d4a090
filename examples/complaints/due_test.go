package main

import (
	"encoding/json"
	"strings"
	"testing"

	goical "github.com/arran4/golang-ical"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/due"
)

// dueCases holds, as of Wednesday 7 January 2015, an overdue
// acknowledgement (C-1, received Monday 22 December 2014, due Wednesday 24
// December, SI 2014/1794 reg 15(2)) whose discussion is due Monday 12
// January (reg 16(3)); a stage 2 response due Thursday 8 January with a
// revised date agreed for Monday 12 January (C-2); acknowledgements due
// that day (C-3) and the next (C-4); and a comment.
const dueCases = `id,kind,received,acknowledged,discussed,stage1_response,stage2_requested,stage2_extended_to,owner
C-1,complaint,2014-12-22,,,,,,Team B
C-2,complaint,2014-10-01,2014-10-02,2014-10-10,2014-10-20,2014-12-01,2015-01-12,"Smith, J"
C-3,complaint,2015-01-05,,,,,,
C-4,complaint,2015-01-06,,,,,, team b
M-1,comment,2015-01-05,,,,,,Team B
`

func TestDueText(t *testing.T) {
	path := writeCases(t, dueCases)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"the deadlines of the week are grouped by owner, owners that differ in case together, with a count for each and a total",
			[]string{"--as-of", "2015-01-07"},
			`Overdue or due within 5 working days (by Wed 14 Jan 2015), as of Wed 7 Jan 2015:

Smith, J: 1 deadline
  DUE                        WORKING DAYS LEFT  STATUS       ID   MILESTONE        RULE
  Mon 12 Jan 2015 (revised)  3                  not-yet-due  C-2  stage2-response  W14-STAGE2

Team B: 3 deadlines
  DUE              WORKING DAYS LEFT  STATUS       ID   MILESTONE        RULE
  Wed 24 Dec 2014  -7                 overdue      C-1  acknowledgement  W14-ACK
  Thu 8 Jan 2015   1                  not-yet-due  C-4  acknowledgement  W14-ACK
  Mon 12 Jan 2015  3                  not-yet-due  C-1  discussion       W14-DISCUSS

(no owner): 1 deadline
  DUE             WORKING DAYS LEFT  STATUS     ID   MILESTONE        RULE
  Wed 7 Jan 2015  0                  due-today  C-3  acknowledgement  W14-ACK

Total: 5 deadlines: 1 overdue, 1 due today, 3 due in the next 5 working days.
`},
		{"--within 0 and --owner keep what one owner must do today",
			[]string{"--as-of", "2015-01-07", "--within", "0", "--owner", "TEAM B"},
			`Overdue or due today, as of Wed 7 Jan 2015 for TEAM B:

Team B: 1 deadline
  DUE              WORKING DAYS LEFT  STATUS   ID   MILESTONE        RULE
  Wed 24 Dec 2014  -7                 overdue  C-1  acknowledgement  W14-ACK

Total: 1 deadline: 1 overdue.
`},
		{"an empty list says so",
			[]string{"--as-of", "2015-01-07", "--owner", "Team C"},
			"Nothing is overdue or due within 5 working days (by Wed 14 Jan 2015) as of Wed 7 Jan 2015 for Team C.\n"},
		{"an owner of spaces only is no filter",
			[]string{"--as-of", "2015-01-07", "--within", "0", "--owner", "   "},
			`Overdue or due today, as of Wed 7 Jan 2015:

Team B: 1 deadline
  DUE              WORKING DAYS LEFT  STATUS   ID   MILESTONE        RULE
  Wed 24 Dec 2014  -7                 overdue  C-1  acknowledgement  W14-ACK

(no owner): 1 deadline
  DUE             WORKING DAYS LEFT  STATUS     ID   MILESTONE        RULE
  Wed 7 Jan 2015  0                  due-today  C-3  acknowledgement  W14-ACK

Total: 2 deadlines: 1 overdue, 1 due today.
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runCLI(t, "", append([]string{"due", path}, tt.args...)...)
			if diff := cmp.Diff(result{Stdout: tt.want}, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestDueCSVAndJSON(t *testing.T) {
	path := writeCases(t, dueCases)
	csvOut := runCLI(t, "", "due", path, "--as-of", "2015-01-07", "--format", "csv")
	want := `id,owner,milestone,rule_id,due,working_days_left,status,revised,provisional
C-1,Team B,acknowledgement,W14-ACK,2014-12-24,-7,overdue,false,false
C-3,,acknowledgement,W14-ACK,2015-01-07,0,due-today,false,false
C-4,team b,acknowledgement,W14-ACK,2015-01-08,1,not-yet-due,false,false
C-1,Team B,discussion,W14-DISCUSS,2015-01-12,3,not-yet-due,false,false
C-2,"Smith, J",stage2-response,W14-STAGE2,2015-01-12,3,not-yet-due,true,false
`
	t.Run("the CSV form has a line per deadline, sorted by due date then id", func(t *testing.T) {
		if diff := cmp.Diff(result{Stdout: want}, csvOut); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
	t.Run("the JSON form reads back to the list of the CSV form", func(t *testing.T) {
		res := runCLI(t, "", "due", path, "--as-of", "2015-01-07", "--format", "json")
		require.Equal(t, exitOK, res.Code, res.Stderr)
		var l due.List
		require.NoError(t, json.Unmarshal([]byte(res.Stdout), &l))
		require.Equal(t, "2015-01-07", l.AsOf.String())
		require.Equal(t, 5, l.Within)
		require.Equal(t, "2015-01-14", l.Until.String())
		rows := parseCSV(t, csvOut.Stdout)[1:]
		require.Len(t, l.Items, len(rows))
		for i, it := range l.Items {
			require.Equal(t, rows[i][0]+" "+rows[i][2]+" "+rows[i][4], it.ID+" "+string(it.Milestone)+" "+it.Due.String())
		}
	})
	t.Run("standard input is read with -", func(t *testing.T) {
		require.Equal(t, csvOut, runCLI(t, dueCases, "due", "-", "--as-of", "2015-01-07", "--format", "csv"))
	})
}

func TestDueICS(t *testing.T) {
	path := writeCases(t, dueCases)
	res := runCLI(t, "", "due", path, "--as-of", "2015-01-07", "--format", "ics")
	require.Equal(t, exitOK, res.Code, res.Stderr)
	require.Empty(t, res.Stderr)
	cal, err := goical.ParseCalendar(strings.NewReader(res.Stdout))
	require.NoError(t, err)
	var uids []string
	for _, ev := range cal.Events() {
		uids = append(uids, ev.Id())
	}
	t.Run("the calendar has an event for every deadline on the list, by id and milestone", func(t *testing.T) {
		require.ElementsMatch(t, []string{"C-1.acknowledgement@statutory", "C-1.discussion@statutory", "C-2.stage2-response@statutory",
			"C-3.acknowledgement@statutory", "C-4.acknowledgement@statutory"}, uids)
	})
	t.Run("the events of one owner are those of the owner's list", func(t *testing.T) {
		res := runCLI(t, "", "due", path, "--as-of", "2015-01-07", "--format", "ics", "--owner", "smith, j")
		require.Equal(t, 1, strings.Count(res.Stdout, "BEGIN:VEVENT"))
		require.Contains(t, res.Stdout, "X-WR-CALNAME:Complaints due: smith\\, j\r\n")
	})
	t.Run("--include-closed adds the deadlines met as cancelled events", func(t *testing.T) {
		res := runCLI(t, "", "due", path, "--as-of", "2015-01-07", "--format", "ics", "--include-closed")
		require.Equal(t, exitOK, res.Code, res.Stderr)
		// C-2's acknowledgement, discussion and stage 1 response were met;
		// its resolution, like every other, is not judged, since no matter
		// is known to be resolved locally (SI 2014/1794 reg 16(5)).
		require.Equal(t, 5, strings.Count(res.Stdout, "STATUS:CONFIRMED"))
		require.Equal(t, 3, strings.Count(res.Stdout, "STATUS:CANCELLED"))
	})
	t.Run("--remind longer than a period is allowed: the reminder comes at its start, with a note", func(t *testing.T) {
		res := runCLI(t, "", "due", path, "--as-of", "2015-01-07", "--format", "ics", "--remind", "20")
		require.Equal(t, exitOK, res.Code)
		require.Contains(t, res.Stdout, "so the reminder is on that day.")
		require.Equal(t, "complaints: due: note: 4 reminders are on the day their period runs from, since the period has fewer than --remind 20 working days\n", res.Stderr)
	})
}

func TestDueErrors(t *testing.T) {
	path := writeCases(t, dueCases)
	bad := writeCases(t, dueCases+"BAD,complaint,2014-02-30,,,,,,\n")
	t.Run("a bad row is reported and the good rows are still listed, with exit status 1", func(t *testing.T) {
		res := runCLI(t, "", "due", bad, "--as-of", "2015-01-07", "--format", "csv")
		require.Equal(t, exitData, res.Code)
		require.Equal(t, 6, strings.Count(res.Stdout, "\n"), "the header and the five deadlines")
		require.Equal(t, bad+":7: received: \"2014-02-30\" is not a date: no such day: February 2014 has 28 days (accepted forms: YYYY-MM-DD, DD/MM/YYYY)\n", res.Stderr)
	})
	checkErrors(t, []errorCase{
		{name: "a negative --within is a usage error", args: []string{"due", path, "--within", "-1"}, code: exitUsage,
			fragment: []string{`complaints: due: invalid value "-1" for flag --within: want a whole number of working days, 0 or more`}},
		{name: "a --within that is not a number is a usage error", args: []string{"due", path, "--within", "five"}, code: exitUsage,
			fragment: []string{`invalid value "five" for flag --within`}},
		{name: "a negative --remind is a usage error", args: []string{"due", path, "--format", "ics", "--remind", "-2"}, code: exitUsage,
			fragment: []string{`invalid value "-2" for flag --remind`}},
		{name: "--remind without --format ics is a usage error", args: []string{"due", path, "--remind", "3"}, code: exitUsage,
			fragment: []string{"--remind and --include-closed apply to --format ics only"}},
		{name: "--include-closed without --format ics is a usage error", args: []string{"due", path, "--include-closed"}, code: exitUsage,
			fragment: []string{"--remind and --include-closed apply to --format ics only"}},
		{name: "a --within that runs past the calendar cannot be answered (exit 1)", args: []string{"due", path, "--as-of", "2099-12-01", "--within", "100"}, code: exitData,
			fragment: []string{"complaints: due: --within: "}},
		{name: "due without a file is a usage error", args: []string{"due", "--as-of", "2015-01-07"}, code: exitUsage,
			fragment: []string{"complaints: due: want FILE, got no arguments"}},
		{name: "an unknown format is a usage error that lists the formats", args: []string{"due", path, "--format", "xml"}, code: exitUsage,
			fragment: []string{"want text, csv, json or ics"}},
		{name: "a file that does not exist is an error that names it", args: []string{"due", path + ".missing", "--format", "ics"}, code: exitData,
			fragment: []string{path + ".missing", "cannot open the case file"}},
	})
	for _, f := range []string{"text", "csv", "json", "ics"} {
		t.Run("a file that cannot be read prints no "+f+" list", func(t *testing.T) {
			res := runCLI(t, "", "due", path+".missing", "--format", f)
			require.Equal(t, exitData, res.Code)
			require.Empty(t, res.Stdout)
			res = runCLI(t, "", "due", writeCases(t, "id,kind\nC-1,complaint\n"), "--format", f)
			require.Equal(t, exitData, res.Code, "a header without received")
			require.Empty(t, res.Stdout)
		})
	}
}

func TestAssessICS(t *testing.T) {
	path := writeCases(t, dueCases)
	res := runCLI(t, "", "assess", path, "--as-of", "2015-01-07", "--format", "ics")
	require.Equal(t, exitOK, res.Code, res.Stderr)
	cal, err := goical.ParseCalendar(strings.NewReader(res.Stdout))
	require.NoError(t, err)
	var uids []string
	for _, ev := range cal.Events() {
		uids = append(uids, ev.Id())
	}
	t.Run("every open deadline is an event, whenever it is due", func(t *testing.T) {
		// C-1's stage 1 response is due Monday 19 January, after the week a
		// due list shows; C-3's and C-4's later deadlines too. No resolution
		// is written: none is judged, since no matter is known to be
		// resolved locally (SI 2014/1794 reg 16(5)).
		require.Len(t, uids, 10)
		require.Contains(t, uids, "C-1.stage1-response@statutory")
	})
	t.Run("--owner keeps one owner's events", func(t *testing.T) {
		res := runCLI(t, "", "assess", path, "--as-of", "2015-01-07", "--format", "ics", "--owner", "Smith, J")
		require.Equal(t, 1, strings.Count(res.Stdout, "BEGIN:VEVENT"))
		require.Contains(t, res.Stdout, "UID:C-2.stage2-response@statutory\r\n")
	})
	t.Run("--include-closed adds the met deadlines as cancelled events", func(t *testing.T) {
		res := runCLI(t, "", "assess", path, "--as-of", "2015-01-07", "--format", "ics", "--include-closed")
		require.Equal(t, 3, strings.Count(res.Stdout, "STATUS:CANCELLED"), "C-2's acknowledgement, discussion and stage 1 response")
	})
	t.Run("--remind without --format ics is a usage error", func(t *testing.T) {
		res := runCLI(t, "", "assess", path, "--remind", "1")
		require.Equal(t, exitUsage, res.Code)
	})
}

func TestDeadlinesICS(t *testing.T) {
	t.Run("the deadlines of one complaint are events named after its id and owner", func(t *testing.T) {
		res := runCLI(t, "", "deadlines", "--received", "2014-08-01", "--acknowledged", "2014-08-04", "--as-of", "2014-08-05",
			"--resolved-locally", "yes", "--format", "ics", "--id", "C-2014-007", "--owner", "Team A", "--include-closed")
		require.Equal(t, exitOK, res.Code, res.Stderr)
		cal, err := goical.ParseCalendar(strings.NewReader(res.Stdout))
		require.NoError(t, err)
		got := map[string]string{}
		for _, ev := range cal.Events() {
			got[ev.Id()] = ev.GetProperty(goical.ComponentPropertyStatus).Value + " " + ev.GetProperty(goical.ComponentPropertyDtStart).Value
		}
		// Acknowledged Monday 4 August: the discussion is due 10 working
		// days later, Monday 18 August (reg 16(3)), the resolution 5 after
		// that, Tuesday 26 August, past the bank holiday, and the stage 1
		// response Wednesday 27 August.
		want := map[string]string{
			"C-2014-007.acknowledgement@statutory": "CANCELLED 20140805",
			"C-2014-007.discussion@statutory":      "CONFIRMED 20140818",
			"C-2014-007.resolution@statutory":      "CONFIRMED 20140826",
			"C-2014-007.stage1-response@statutory": "CONFIRMED 20140827",
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
		require.Contains(t, res.Stdout, "SUMMARY:C-2014-007 (Team A): local-resolution discussion due\r\n")
	})
	checkErrors(t, []errorCase{
		{name: "--format ics needs --id", args: []string{"deadlines", "--received", "2014-08-01", "--format", "ics"}, code: exitUsage,
			fragment: []string{"--format ics needs --id ID"}},
		{name: "an --id of spaces only is no id", args: []string{"deadlines", "--received", "2014-08-01", "--format", "ics", "--id", "  "}, code: exitUsage,
			fragment: []string{"--format ics needs --id ID"}},
		{name: "--id without --format ics is a usage error", args: []string{"deadlines", "--received", "2014-08-01", "--id", "C-1"}, code: exitUsage,
			fragment: []string{"--id and --owner apply to --format ics only"}},
		{name: "--remind without --format ics is a usage error", args: []string{"deadlines", "--received", "2014-08-01", "--remind", "1"}, code: exitUsage,
			fragment: []string{"--remind and --include-closed apply to --format ics only"}},
	})
	t.Run("--remind longer than the period is noted", func(t *testing.T) {
		res := runCLI(t, "", "deadlines", "--received", "2014-08-01", "--as-of", "2014-08-01", "--format", "ics", "--id", "C-1", "--remind", "3")
		require.Equal(t, exitOK, res.Code)
		require.Equal(t, "complaints: deadlines: note: 1 reminder is on the day its period runs from, since the period has fewer than --remind 3 working days\n", res.Stderr)
	})
}

func TestHolidaysICS(t *testing.T) {
	res := runAt(aDay, "holidays", "--from", "2022-09-01", "--to", "2022-12-31", "--format", "ics")
	require.Equal(t, exitOK, res.Code, res.Stderr)
	cal, err := goical.ParseCalendar(strings.NewReader(res.Stdout))
	require.NoError(t, err)
	var got []string
	for _, ev := range cal.Events() {
		got = append(got, ev.GetProperty(goical.ComponentPropertyDtStart).Value+" "+ev.GetProperty(goical.ComponentPropertySummary).Value)
	}
	want := []string{"20220919 State Funeral of Queen Elizabeth II", "20221226 Boxing Day", "20221227 Christmas Day (substitute day)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the holidays command's days, as events (-want +got)\n%s", diff)
	}
	require.Contains(t, res.Stdout, "DTSTAMP:20261125T000000Z\r\n", "stamped with today")
	t.Run("a provisional year is noted on standard error", func(t *testing.T) {
		res := runAt(aDay, "holidays", "--from", "2030-12-01", "--to", "2030-12-31", "--format", "ics")
		require.Equal(t, exitOK, res.Code)
		require.Contains(t, res.Stderr, "note: some dates are provisional")
		require.Equal(t, 2, strings.Count(res.Stdout, "BEGIN:VEVENT"))
	})
}

func TestTheDefaultReminderIsNotNotedWhenItIsMoved(t *testing.T) {
	// Received on Saturday 2 August 2014: the acknowledgement is due
	// Tuesday 5 August, and 2 working days before it is Friday 1 August,
	// before the receipt; the reminder is on Saturday 2 August.
	res := runCLI(t, "", "deadlines", "--received", "2014-08-02", "--as-of", "2014-08-02", "--format", "ics", "--id", "C-1")
	require.Equal(t, result{Stdout: res.Stdout}, res, "no note on standard error")
	require.Contains(t, strings.ReplaceAll(res.Stdout, "\r\n ", ""), "so the reminder is on that day.", "the description says so")
	res = runCLI(t, "", "deadlines", "--received", "2014-08-02", "--as-of", "2014-08-02", "--format", "ics", "--id", "C-1", "--remind", "2")
	require.Equal(t, "complaints: deadlines: note: 1 reminder is on the day its period runs from, since the period has fewer than --remind 2 working days\n", res.Stderr,
		"asked for, it is noted")
}
