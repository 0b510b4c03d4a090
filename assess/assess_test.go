package assess_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

func d(s string) calendar.Date {
	x, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return x
}

// sample holds a complaint of each kind of row, a comment, and two bad rows.
const sample = `id,kind,received,acknowledged,discussed,stage1_response,stage2_requested,stage2_extended_to,stage2_response,withdrawn
OPEN,complaint,2015-06-01,,,,,,,
R1,complaint,2014-08-01,2014-08-05,2014-08-19,2014-08-27,,,,
BAD-DATE,complaint,2014-02-30,,,,,,,
M-1,comment,2014-09-01,,,,,,,
R2,complaint,2014-08-01,,,2014-08-26,2014-09-01,2014-10-17,2014-10-15,
BEFORE,complaint,2014-08-01,2014-07-31,,,,,,
`

func each(t *testing.T, file string, opt assess.Options) ([]assess.Record, error) {
	t.Helper()
	var got []assess.Record
	err := assess.Each(strings.NewReader(file), "cases.csv", opt, func(r *assess.Record) error {
		c := *r
		c.Assessment.Deadlines = append([]timescale.Deadline(nil), r.Assessment.Deadlines...)
		got = append(got, c)
		return nil
	})
	return got, err
}

func TestEachGivesEveryRowInFileOrderWithItsAssessmentOrItsProblems(t *testing.T) {
	got, err := each(t, sample, assess.Options{AsOf: d("2015-06-30")})
	require.NoError(t, err)
	var lines []int
	var ids []string
	for _, r := range got {
		lines = append(lines, r.Line)
		if r.OK() {
			ids = append(ids, r.Case.ID+" "+string(r.Assessment.Status))
			require.Equal(t, r.Case.ID, r.Assessment.ID, "the assessment is the case's")
		} else {
			for _, p := range r.Problems {
				ids = append(ids, p.String()+" ["+string(p.Code)+"]")
			}
		}
	}
	require.Equal(t, []int{2, 3, 4, 5, 6, 7}, lines)
	want := []string{
		"OPEN overdue",
		"R1 resolved-stage1",
		`cases.csv:4: received: "2014-02-30" is not a date: no such day: February 2014 has 28 days (accepted forms: YYYY-MM-DD, DD/MM/YYYY) [not-a-date]`,
		"M-1 ",
		"R2 resolved-stage2",
		"cases.csv:7: acknowledged: 2014-07-31 is before received 2014-08-01: check both dates [event-before-receipt]",
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

func TestEachRefusesAnAsOfDateOutsideTheCalendar(t *testing.T) {
	called := false
	err := assess.Each(strings.NewReader(sample), "cases.csv", assess.Options{AsOf: d("2100-01-01")}, func(*assess.Record) error {
		called = true
		return nil
	})
	var ve *timescale.ValidationError
	require.ErrorAs(t, err, &ve)
	require.Equal(t, "as_of", ve.Problems[0].Field)
	var re *calendar.RangeError
	require.ErrorAs(t, err, &re, "the calendar's error is reachable")
	require.Equal(t, problem.DateOutOfRange, problem.CodeOf(err))
	require.False(t, called, "no row is read")
}

func TestEachReturnsAHeaderErrorAndGivesNoRow(t *testing.T) {
	got, err := each(t, "id,kind\nC-1,complaint\n", assess.Options{AsOf: d("2015-06-30")})
	var he *casefile.HeaderError
	require.ErrorAs(t, err, &he)
	require.Equal(t, problem.MissingColumn, problem.CodeOf(err))
	require.Empty(t, got)
}

type failingReader struct{ r io.Reader }

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errors.New("the disk went away")
	}
	return n, err
}

func TestEachReturnsTheReadersErrorWithTheFileAndLine(t *testing.T) {
	// The error comes after the last row of the sample: every row is given
	// before it, as without the error, and nothing else.
	want, err := each(t, sample, assess.Options{AsOf: d("2015-06-30")})
	require.NoError(t, err, "precondition")
	var got []int
	err = assess.Each(&failingReader{strings.NewReader(sample)}, "cases.csv", assess.Options{AsOf: d("2015-06-30")}, func(r *assess.Record) error {
		got = append(got, r.Line)
		return nil
	})
	var re *assess.ReadError
	require.ErrorAs(t, err, &re)
	require.Equal(t, "cases.csv", re.File)
	require.Contains(t, err.Error(), "the disk went away")
	var lines []int
	for _, r := range want {
		lines = append(lines, r.Line)
	}
	require.Equal(t, lines, got, "the lines of the rows given before the error")
}

func TestEachStopsAtTheFirstErrorOfTheFunction(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := assess.Each(strings.NewReader(sample), "cases.csv", assess.Options{AsOf: d("2015-06-30")}, func(*assess.Record) error {
		n++
		return stop
	})
	require.ErrorIs(t, err, stop)
	require.Equal(t, 1, n)
}

func TestEachReturnsAnErrorOfTheEngineAfterTheRowsBeforeIt(t *testing.T) {
	// The bad rows before the first good one are given; the engine's
	// refusal of its own settings stops Each at the first good row.
	file := "id,kind,received\nB1,complaint,2014-02-30\nB2,complaint,\nG1,complaint,2015-06-01\nG2,complaint,2015-06-02\n"
	var lines []int
	err := assess.Each(strings.NewReader(file), "cases.csv", assess.Options{AsOf: d("2015-06-30"), Engine: timescale.Engine{Transition: "no-such-reading"}},
		func(r *assess.Record) error {
			lines = append(lines, r.Line)
			return nil
		})
	var ve *timescale.ValueError
	require.ErrorAs(t, err, &ve)
	require.Equal(t, "transition", ve.Field)
	require.Equal(t, []int{2, 3}, lines)
}

func TestEachStreamsAFileOfManyBatches(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,kind,received,stage1_response\n")
	const n = 5000
	for i := range n {
		b.WriteString("C-" + strings.Repeat("x", i%7) + itoa(i) + ",complaint,2014-08-01,2014-08-27\n")
	}
	count := 0
	err := assess.Each(strings.NewReader(b.String()), "big.csv", assess.Options{AsOf: d("2015-06-30"),
		Reader: func(r *casefile.Reader) { r.AllowDuplicateIDs = true }}, func(r *assess.Record) error {
		require.True(t, r.OK(), "%v", r.Problems)
		require.Equal(t, count+2, r.Line)
		count++
		return nil
	})
	require.NoError(t, err)
	require.Equal(t, n, count)
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestEachWithoutDeadlinesRefusesTheSameRows(t *testing.T) {
	full, err := each(t, sample, assess.Options{AsOf: d("2015-06-30")})
	require.NoError(t, err)
	light, err := each(t, sample, assess.Options{AsOf: d("2015-06-30"), WithoutDeadlines: true})
	require.NoError(t, err)
	require.Len(t, light, len(full))
	for i := range full {
		require.Equal(t, full[i].OK(), light[i].OK(), "line %d", full[i].Line)
		require.Equal(t, full[i].Problems, light[i].Problems)
		if light[i].OK() {
			require.Empty(t, light[i].Assessment.Deadlines, "no deadlines without them")
			require.Equal(t, full[i].Case, light[i].Case)
		}
	}
}

func TestRowOfGivesTheStage1AndStage2Responses(t *testing.T) {
	got, err := each(t, sample, assess.Options{AsOf: d("2015-06-30")})
	require.NoError(t, err)
	rows := map[string]assess.Row{}
	for _, r := range got {
		if !r.OK() {
			continue
		}
		row, ok := assess.RowOf(&r.Assessment)
		if r.Case.Kind != timescale.Complaint {
			require.False(t, ok, "a comment has no row")
			continue
		}
		require.True(t, ok)
		rows[row.ID] = row
	}
	want := map[string]assess.Row{
		"OPEN": {ID: "OPEN", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2015-06-24")}, Status: timescale.CaseOverdue},
		"R1": {ID: "R1", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2014-08-27"), Done: true, Taken: 17, Band: "0-17", InTime: true},
			Status: timescale.CaseResolvedStage1},
		// The stage 2 response on 15 October 2014 was after its due date of
		// 6 October but before the revised date agreed, 17 October.
		"R2": {ID: "R2", Regime: timescale.Wales2014,
			Stage1: assess.Stage{Due: d("2014-08-27"), Done: true, Taken: 16, Band: "0-17", InTime: true},
			Stage2: assess.Stage{Due: d("2014-10-06"), Done: true, Taken: 32, Band: "26+", InTime: true},
			Status: timescale.CaseResolvedStage2},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

func TestARowGivesTheLocalTargetBesideTheStatutoryDueDate(t *testing.T) {
	// A council's target of 15 working days for the stage 1 response of a
	// social services complaint: R1, received Friday 1 Aug 2014, answered
	// on Wednesday 27 Aug, the statutory due date (17 working days), misses
	// it (due Friday 22 Aug); R2, answered Tuesday 26 Aug (16 working
	// days), misses it too; OPEN, received Monday 1 Jun 2015, has a target
	// due Monday 22 Jun and a statutory due date of Wednesday 24 Jun.
	policy := timescale.Policy{Targets: []timescale.LocalTarget{{Procedure: timescale.ComplaintProcedure, Milestone: timescale.Stage1Response,
		WorkingDays: 15, Name: "stage 1 response", Source: "Pembrokeshire complaints policy"}}}
	got, err := each(t, sample, assess.Options{AsOf: d("2015-06-30"), Engine: timescale.Engine{Policy: policy}})
	require.NoError(t, err)
	stage1 := map[string]assess.Stage{}
	for _, r := range got {
		if row, ok := assess.RowOf(&r.Assessment); r.OK() && ok {
			stage1[row.ID] = row.Stage1
		}
	}
	want := map[string]assess.Stage{
		"OPEN": {Due: d("2015-06-24"), TargetDue: d("2015-06-22")},
		"R1":   {Due: d("2014-08-27"), Done: true, Taken: 17, Band: "0-17", InTime: true, TargetDue: d("2014-08-22")},
		"R2":   {Due: d("2014-08-27"), Done: true, Taken: 16, Band: "0-17", InTime: true, TargetDue: d("2014-08-22")},
	}
	if diff := cmp.Diff(want, stage1); diff != "" {
		t.Errorf("stage 1 (-want +got):\n%s", diff)
	}
}

func TestARowRoundTripsThroughItsJSONForm(t *testing.T) {
	rows := []assess.Row{
		{ID: "A", Regime: timescale.Wales2014, Status: timescale.CaseOpen},
		{ID: "B", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2014-08-27")}, Status: timescale.CaseOpen, Provisional: true},
		{ID: "O", Owner: "Smith, J", Regime: timescale.Wales2014, Status: timescale.CaseOpen},
		{ID: "C", Regime: timescale.Wales2005, Stage1: assess.Stage{Due: d("2013-06-17"), Done: true, Taken: 9, Band: "0-10", InTime: true},
			Stage2: assess.Stage{Due: d("2013-07-29"), Done: true, Taken: 29, Band: "26+"}, Status: timescale.CaseStage3},
		{ID: "D", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2014-08-27"), Done: true, Taken: 17, Band: "0-17", InTime: true, TargetDue: d("2014-08-22")},
			Stage2: assess.Stage{Due: d("2014-10-06"), TargetDue: d("2014-09-29")}, Status: timescale.CaseOpen},
		{ID: "E", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2014-08-27"), Done: true, Taken: 15, Band: "0-17", InTime: true, TargetDue: d("2014-08-22"), TargetMet: true},
			Status: timescale.CaseResolvedStage1},
		{ID: "K", Owner: "Corporate team", Regime: timescale.PSOWModel,
			Stage1: assess.Stage{Due: d("2024-09-16"), Done: true, Taken: 9, Band: "0-10", InTime: true, TargetDue: d("2024-09-13"), TargetMet: true},
			Status: timescale.CaseResolvedStage1},
	}
	for _, r := range rows {
		t.Run("row "+r.ID+" reads back equal", func(t *testing.T) {
			b, err := json.Marshal(r)
			require.NoError(t, err)
			var back assess.Row
			require.NoError(t, json.Unmarshal(b, &back))
			if diff := cmp.Diff(r, back); diff != "" {
				t.Errorf("round trip (-want +got):\n%s\n%s", diff, b)
			}
		})
	}
	b, _ := json.Marshal(rows[1])
	require.JSONEq(t, `{"id":"B","owner":"","regime":"wales-2014","stage1_due":"2014-08-27","stage1_working_days":null,"stage1_band":null,"stage1_in_time":null,
		"stage1_target_due":null,"stage1_target_met":null,
		"stage2_due":null,"stage2_working_days":null,"stage2_band":null,"stage2_in_time":null,"stage2_target_due":null,"stage2_target_met":null,
		"status":"open","provisional":true}`, string(b))
	b, _ = json.Marshal(rows[2])
	require.JSONEq(t, `{"id":"O","owner":"Smith, J","regime":"wales-2014","stage1_due":null,"stage1_working_days":null,"stage1_band":null,"stage1_in_time":null,
		"stage1_target_due":null,"stage1_target_met":null,
		"stage2_due":null,"stage2_working_days":null,"stage2_band":null,"stage2_in_time":null,"stage2_target_due":null,"stage2_target_met":null,
		"status":"open","provisional":false}`, string(b), "the owner is the second key, beside the target keys")
	b, _ = json.Marshal(rows[4])
	require.JSONEq(t, `{"id":"D","owner":"","regime":"wales-2014","stage1_due":"2014-08-27","stage1_working_days":17,"stage1_band":"0-17","stage1_in_time":true,
		"stage1_target_due":"2014-08-22","stage1_target_met":false,
		"stage2_due":"2014-10-06","stage2_working_days":null,"stage2_band":null,"stage2_in_time":null,"stage2_target_due":"2014-09-29","stage2_target_met":null,
		"status":"open","provisional":false}`, string(b), "a local target missed while the statutory due date is met")
	b, _ = json.Marshal(rows[6])
	require.JSONEq(t, `{"id":"K","owner":"Corporate team","regime":"psow-model","stage1_due":"2024-09-16","stage1_working_days":9,"stage1_band":"0-10","stage1_in_time":true,
		"stage1_target_due":"2024-09-13","stage1_target_met":true,
		"stage2_due":null,"stage2_working_days":null,"stage2_band":null,"stage2_in_time":null,"stage2_target_due":null,"stage2_target_met":null,
		"status":"resolved-stage1","provisional":false}`, string(b), "a corporate complaint with its owner and a local target met")
	var odd assess.Row
	require.NoError(t, json.Unmarshal([]byte(`{"stage1_target_met":true,"stage1_working_days":3}`), &odd))
	require.False(t, odd.Stage1.TargetMet, "whether a target was met is not read without the target's due date")
	require.Error(t, json.Unmarshal([]byte(`{"id": 5}`), new(assess.Row)), "a malformed row is an error")
}

func TestTheWritersWriteEveryFormat(t *testing.T) {
	rows := []assess.Row{
		{ID: "=HYPERLINK(1)", Owner: "@team", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2014-08-27"), Done: true, Taken: 17, Band: "0-17", InTime: true}, Status: timescale.CaseResolvedStage1},
		{ID: "a, b", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2030-06-26")}, Status: timescale.CaseOpen, Provisional: true},
		// A local target of 15 working days missed while the statutory 17 is
		// met; a stage 2 with a local target not yet due.
		{ID: "T", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2014-08-27"), Done: true, Taken: 17, Band: "0-17", InTime: true, TargetDue: d("2014-08-22")},
			Stage2: assess.Stage{Due: d("2014-10-06"), TargetDue: d("2014-09-29")}, Status: timescale.CaseOpen},
	}
	tests := []struct {
		format assess.Format
		want   string
	}{
		{assess.CSV, "id,owner,regime,stage1_due,stage1_working_days,stage1_band,stage1_in_time,stage1_target_due,stage1_target_met," +
			"stage2_due,stage2_working_days,stage2_band,stage2_in_time,stage2_target_due,stage2_target_met,status,provisional\n" +
			"'=HYPERLINK(1),'@team,wales-2014,2014-08-27,17,0-17,true,,,,,,,,,resolved-stage1,false\n" +
			"\"a, b\",,wales-2014,2030-06-26,,,,,,,,,,,,open,true\n" +
			"T,,wales-2014,2014-08-27,17,0-17,true,2014-08-22,false,2014-10-06,,,,2014-09-29,,open,false\n"},
		{assess.Text, "ID             OWNER  REGIME      STAGE 1 DUE      TAKEN  BAND  IN TIME  LOCAL TARGET              STAGE 2 DUE     TAKEN  BAND  IN TIME  LOCAL TARGET     STATUS\n" +
			"=HYPERLINK(1)  @team  wales-2014  Wed 27 Aug 2014  17     0-17  yes                                -                                                      resolved-stage1\n" +
			"a, b                  wales-2014  Wed 26 Jun 2030                                                  -                                                      open *\n" +
			"T                     wales-2014  Wed 27 Aug 2014  17     0-17  yes      Fri 22 Aug 2014 (missed)  Mon 6 Oct 2014                        Mon 29 Sep 2014  open\n" +
			"\n* provisional: 1 row involves dates in years whose bank holidays are not yet officially published; a bank holiday proclaimed later would move them.\n"},
	}
	for _, tt := range tests {
		t.Run(string(tt.format)+" writes the rows", func(t *testing.T) {
			var b bytes.Buffer
			w, err := assess.NewWriter(&b, tt.format)
			require.NoError(t, err)
			for i := range rows {
				require.NoError(t, w.Write(&rows[i]))
			}
			require.NoError(t, w.Close())
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	t.Run("json writes a list that reads back to the rows", func(t *testing.T) {
		var b bytes.Buffer
		w, err := assess.NewWriter(&b, assess.JSON)
		require.NoError(t, err)
		for i := range rows {
			require.NoError(t, w.Write(&rows[i]))
		}
		require.NoError(t, w.Close())
		var back []assess.Row
		require.NoError(t, json.Unmarshal(b.Bytes(), &back))
		if diff := cmp.Diff(rows, back); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
	for _, f := range []assess.Format{assess.CSV, assess.JSON, assess.Text} {
		t.Run(string(f)+" with no row writes the empty form", func(t *testing.T) {
			var b bytes.Buffer
			w, _ := assess.NewWriter(&b, f)
			require.NoError(t, w.Close())
			require.NotEmpty(t, b.String())
		})
	}
	_, err := assess.NewWriter(io.Discard, "xml")
	require.ErrorContains(t, err, "csv, json or text")
	require.Equal(t, strings.Join(assess.Columns(), ","), strings.SplitN(tests[0].want, "\n", 2)[0])
}

func TestTheTextWriterAlignsPageByPage(t *testing.T) {
	var b bytes.Buffer
	w, _ := assess.NewWriter(&b, assess.Text)
	for i := range 2500 {
		r := assess.Row{ID: "C-" + itoa(i), Regime: timescale.Wales2014, Status: timescale.CaseOpen}
		require.NoError(t, w.Write(&r))
	}
	require.NoError(t, w.Close())
	require.Equal(t, 2501, strings.Count(b.String(), "\n"), "a header and a line per row")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestTheWritersReturnTheWriteError(t *testing.T) {
	for _, f := range []assess.Format{assess.CSV, assess.JSON, assess.Text} {
		t.Run(string(f)+" returns the error of the underlying writer", func(t *testing.T) {
			w, _ := assess.NewWriter(failingWriter{}, f)
			r := assess.Row{ID: "x", Provisional: true}
			_ = w.Write(&r)
			require.Error(t, w.Close())
		})
	}
}

func TestASummaryCountsProblemsWarningsAndWhatWasSetAside(t *testing.T) {
	file := "id,kind,received,stage1_response\n" +
		"A,complaint,2014-08-01,2014-09-15\n" + // answered after the date: set aside
		"B,complaint,2014-08-01,2017-08-27\n" + // a response three years on: a warning
		"C,complaint,2014-09-01,\n" + // received after the date
		"D,complaint,2014-02-30,\n" // not a date
	var sum assess.Summary
	err := assess.Each(strings.NewReader(file), "cases.csv", assess.Options{AsOf: d("2014-08-10")}, func(r *assess.Record) error {
		sum.Add(r)
		return nil
	})
	require.NoError(t, err)
	require.Equal(t, 3, sum.Records)
	require.Len(t, sum.Problems, 1)
	require.Equal(t, 5, sum.Problems[0].Line)
	require.Len(t, sum.Warnings, 1)
	require.Equal(t, "cases.csv:3: stage1_response: warning: 2017-08-27 is more than 2 years after the complaint was received on 2014-08-01: check the year", sum.Warnings[0].String())
	require.Equal(t, 2, sum.SetAside)
	require.Equal(t, 1, sum.NotYetReceived)
}

func TestAReadErrorUnwrapsToTheReadersError(t *testing.T) {
	cause := errors.New("the disk went away")
	tests := []struct {
		name string
		line int
		want string
	}{
		{"an error after a line names the line", 3, "assess: cannot read the case file x.csv after line 3: the disk went away"},
		{"an error before the first line names no line 0", 0, "assess: cannot read the case file x.csv: the disk went away"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := &assess.ReadError{File: "x.csv", Line: tt.line, Err: cause}
			require.ErrorIs(t, err, cause)
			require.Equal(t, tt.want, err.Error())
		})
	}
}

func TestTheWarningsOfAHeaderWithNoRowsComeAlone(t *testing.T) {
	var got []assess.Record
	err := assess.Each(strings.NewReader("id,kind,received,colour\n"), "cases.csv", assess.Options{AsOf: d("2015-06-30"),
		Reader: func(r *casefile.Reader) { r.Lenient = true }}, func(r *assess.Record) error {
		got = append(got, *r)
		return nil
	})
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.True(t, got[0].WarningsOnly)
	require.False(t, got[0].OK(), "it is no row")
	require.Len(t, got[0].Warnings, 1)
	require.Equal(t, problem.UnknownColumn, got[0].Warnings[0].Code)
}
