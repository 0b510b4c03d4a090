package due_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/timescale"
)

// sampleList is a list of three owners' deadlines and of one with none, in
// list order.
func sampleList() due.List {
	return due.List{AsOf: d("2015-01-07"), Within: 5, Until: d("2015-01-14"), Items: []due.Item{
		{ID: "C-1", Owner: "Team B", Milestone: timescale.Acknowledgement, RuleID: "W14-ACK", Due: d("2014-12-24"), WorkingDaysLeft: -7, Status: timescale.DeadlineOverdue},
		{ID: "=C-9", Milestone: timescale.Acknowledgement, RuleID: "W14-ACK", Due: d("2015-01-07"), Status: timescale.DeadlineDueToday},
		{ID: "C-2", Owner: "Smith, J", Milestone: timescale.Stage2Response, RuleID: "W14-STAGE2", Due: d("2015-01-12"), WorkingDaysLeft: 3, Status: timescale.DeadlineNotYetDue, Revised: true},
		{ID: "C-3", Owner: "team b", Milestone: timescale.Discussion, RuleID: "W14-DISCUSS", Due: d("2015-01-14"), WorkingDaysLeft: 5, Status: timescale.DeadlineNotYetDue, Provisional: true},
	}}
}

func write(t *testing.T, l due.List, f due.Format) string {
	t.Helper()
	var b bytes.Buffer
	w, err := due.NewWriter(&b, f)
	require.NoError(t, err)
	require.NoError(t, w.Write(&l))
	return b.String()
}

func TestTheTextFormGroupsTheListByOwnerWithACountAndATotal(t *testing.T) {
	want := `Overdue or due within 5 working days (by Wed 14 Jan 2015), as of Wed 7 Jan 2015:

Smith, J: 1 deadline
  DUE                        WORKING DAYS LEFT  STATUS       ID   MILESTONE        RULE
  Mon 12 Jan 2015 (revised)  3                  not-yet-due  C-2  stage2-response  W14-STAGE2

Team B: 2 deadlines
  DUE                WORKING DAYS LEFT  STATUS       ID   MILESTONE        RULE
  Wed 24 Dec 2014    -7                 overdue      C-1  acknowledgement  W14-ACK
  Wed 14 Jan 2015 *  5                  not-yet-due  C-3  discussion       W14-DISCUSS

(no owner): 1 deadline
  DUE             WORKING DAYS LEFT  STATUS     ID    MILESTONE        RULE
  Wed 7 Jan 2015  0                  due-today  =C-9  acknowledgement  W14-ACK

Total: 4 deadlines: 1 overdue, 1 due today, 2 due in the next 5 working days.

* provisional: 1 deadline involves dates in years whose bank holidays are not yet officially published; a bank holiday proclaimed later would move it.
`
	if diff := cmp.Diff(want, write(t, sampleList(), due.Text)); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestTheTextFormOfAnEmptyListSaysNothingIsDue(t *testing.T) {
	tests := []struct {
		name string
		l    due.List
		want string
	}{
		{"an empty list says nothing is due in its window", due.List{AsOf: d("2015-01-07"), Within: 5, Until: d("2015-01-14"), Items: []due.Item{}},
			"Nothing is overdue or due within 5 working days (by Wed 14 Jan 2015) as of Wed 7 Jan 2015.\n"},
		{"an empty list of one owner names the owner", due.List{AsOf: d("2015-01-07"), Within: 1, Until: d("2015-01-08"), Owner: "Team A"},
			"Nothing is overdue or due within 1 working day (by Thu 8 Jan 2015) as of Wed 7 Jan 2015 for Team A.\n"},
		{"an empty list of today says so", due.List{AsOf: d("2015-01-07"), Until: d("2015-01-07")},
			"Nothing is overdue or due today as of Wed 7 Jan 2015.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, write(t, tt.l, due.Text))
		})
	}
}

func TestTheTextFormCountsOnlyWhatItHolds(t *testing.T) {
	l := due.List{AsOf: d("2015-01-07"), Until: d("2015-01-07"), Owner: "Team B", Items: sampleList().Items[:1]}
	got := write(t, l, due.Text)
	require.True(t, strings.HasPrefix(got, "Overdue or due today, as of Wed 7 Jan 2015 for Team B:\n"), got)
	require.True(t, strings.HasSuffix(got, "\nTotal: 1 deadline: 1 overdue.\n"), got)
	require.NotContains(t, got, "provisional")
}

func TestTheTextFormAlignsALongListPageByPage(t *testing.T) {
	l := due.List{AsOf: d("2015-01-07"), Until: d("2015-01-07")}
	for range 2500 {
		l.Items = append(l.Items, due.Item{ID: "C", Owner: "A", Milestone: timescale.Acknowledgement, RuleID: "W14-ACK", Due: d("2015-01-07"), Status: timescale.DeadlineDueToday})
	}
	got := write(t, l, due.Text)
	require.Equal(t, 2500, strings.Count(got, "  Wed 7 Jan 2015  0 "), "every item, aligned")
}

func TestTheCSVFormHasAHeaderAndALinePerItem(t *testing.T) {
	want := `id,owner,milestone,rule_id,due,working_days_left,status,revised,provisional
C-1,Team B,acknowledgement,W14-ACK,2014-12-24,-7,overdue,false,false
'=C-9,,acknowledgement,W14-ACK,2015-01-07,0,due-today,false,false
C-2,"Smith, J",stage2-response,W14-STAGE2,2015-01-12,3,not-yet-due,true,false
C-3,team b,discussion,W14-DISCUSS,2015-01-14,5,not-yet-due,false,true
`
	got := write(t, sampleList(), due.CSV)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	rows, err := csv.NewReader(strings.NewReader(got)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, due.Columns(), rows[0])
	require.Equal(t, strings.Join(due.Columns(), ",")+"\n", write(t, due.List{}, due.CSV), "an empty list is the header alone")
}

func TestTheJSONFormReadsBackToTheList(t *testing.T) {
	for _, l := range []due.List{sampleList(), {AsOf: d("2015-01-07"), Until: d("2015-01-07"), Owner: "Team A", Items: []due.Item{}}} {
		got := write(t, l, due.JSON)
		var back due.List
		require.NoError(t, json.Unmarshal([]byte(got), &back), got)
		if diff := cmp.Diff(l, back); diff != "" {
			t.Errorf("(-want +got)\n%s\n%s", diff, got)
		}
		want, err := json.Marshal(l)
		require.NoError(t, err)
		require.JSONEq(t, string(want), got, "the same as the List's own JSON form")
	}
	got := write(t, sampleList(), due.JSON)
	require.Equal(t, 6, strings.Count(got, "\n"), "the opening, an item a line, and the closing:\n%s", got)
	var keys map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(got), &keys))
	var item map[string]any
	require.NoError(t, json.Unmarshal(bytes.TrimSuffix([]byte(strings.Split(got, "\n")[1]), []byte(",")), &item))
	var names []string
	for k := range item {
		names = append(names, k)
	}
	require.ElementsMatch(t, due.Columns(), names, "an item's keys are the CSV columns")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestTheWritersReturnTheWriteError(t *testing.T) {
	for _, f := range []due.Format{due.Text, due.CSV, due.JSON} {
		t.Run(string(f)+" returns the error of the underlying writer", func(t *testing.T) {
			w, err := due.NewWriter(failingWriter{}, f)
			require.NoError(t, err)
			l := sampleList()
			require.ErrorContains(t, w.Write(&l), "disk full")
		})
	}
	_, err := due.NewWriter(io.Discard, "ics")
	require.ErrorContains(t, err, "want text, csv or json")
}

func TestWriteFromABuilderWritesWhatWriteWritesOfItsList(t *testing.T) {
	as := assessed(t, "2015-01-07",
		with(complaint("C-1", "2014-12-22"), func(c *timescale.Case) { c.Owner = "Team B" }),
		with(complaint("=C-9", "2015-01-05"), func(c *timescale.Case) {}),
		with(complaint("C-3", "2015-01-06"), func(c *timescale.Case) { c.Owner = "team b" }),
		with(complaint("C-2", "2014-10-01"), func(c *timescale.Case) {
			c.Owner = "Smith, J"
			c.Acknowledged, c.Discussed, c.Stage1Response, c.Stage2Requested, c.Stage2ExtendedTo = d("2014-10-02"), d("2014-10-10"), d("2014-10-20"), d("2014-12-01"), d("2015-01-12")
		}))
	build := func() *due.Builder {
		b, err := due.NewBuilder(due.Options{AsOf: d("2015-01-07"), Within: 5})
		require.NoError(t, err)
		for i := range as {
			require.NoError(t, b.Add(&as[i]))
		}
		return b
	}
	for _, f := range []due.Format{due.Text, due.CSV, due.JSON} {
		t.Run(string(f)+" is the same from the builder as from its list", func(t *testing.T) {
			var fromList, fromBuilder bytes.Buffer
			l := build().List()
			require.Len(t, l.Items, 5, "the acknowledgements of C-1, =C-9 and C-3, the discussion of C-1 and the stage 2 response of C-2")
			w, err := due.NewWriter(&fromList, f)
			require.NoError(t, err)
			require.NoError(t, w.Write(&l))
			b := build()
			w, err = due.NewWriter(&fromBuilder, f)
			require.NoError(t, err)
			require.NoError(t, w.WriteFrom(b))
			if diff := cmp.Diff(fromList.String(), fromBuilder.String()); diff != "" {
				t.Errorf("(-Write +WriteFrom)\n%s", diff)
			}
			require.Empty(t, b.List().Items, "the builder was emptied")
		})
	}
}
