package impact_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/impact"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
)

// naiveDue walks the days after from, one by one, skipping weekends, the
// holidays of cal and the extra day, and returns the nth working day.
func naiveDue(cal *calendar.Calendar, from calendar.Date, n int, extra calendar.Date) calendar.Date {
	d := from
	for n > 0 {
		d = d.AddDays(1)
		wd := d.Weekday()
		_, hol, _ := cal.Holiday(d)
		if wd == time.Saturday || wd == time.Sunday || hol || d == extra {
			continue
		}
		n--
	}
	return d
}

// proclaimed returns the Welsh calendar with a bank holiday called title
// proclaimed for Monday 16 June 2031, a provisional year, read from a
// holiday file as a council would give it.
func proclaimed(t *testing.T, title string) *calendar.Calendar {
	t.Helper()
	hf, err := calendar.ReadHolidayFile("proclaimed.csv", strings.NewReader("date,title\n2031-06-16,"+title+"\n"))
	require.NoError(t, err)
	next, err := calendar.WalesWith(hf)
	require.NoError(t, err)
	return next
}

func TestAOneOffMovesExactlyTheDeadlinesThatSpanIt(t *testing.T) {
	// A bank holiday proclaimed for Monday 16 June 2031, a provisional year.
	monday := calendar.NewDate(2031, time.June, 16)
	next := proclaimed(t, "Bank holiday for a royal wedding")

	// A complaint received on every day from 1 April to 31 July 2031, some
	// acknowledged, none answered.
	var b strings.Builder
	b.WriteString("id,kind,received,acknowledged\n")
	for d := calendar.NewDate(2031, time.April, 1); !d.After(calendar.NewDate(2031, time.July, 31)); d = d.AddDays(1) {
		ack := ""
		if d.Day%3 == 0 {
			ack = d.AddDays(1).String()
		}
		fmt.Fprintf(&b, "C-%s,complaint,%s,%s\n", d, d, ack)
	}
	asOf := calendar.NewDate(2031, time.August, 29)
	res, err := impact.Compare(strings.NewReader(b.String()), "cases.csv", assess.Options{AsOf: asOf}, next)
	require.NoError(t, err)
	require.Empty(t, res.Summary.Problems)

	// The naive model: every open deadline of every case, its due date
	// counted day by day with and without the new holiday.
	wales := calendar.Wales()
	type key struct{ id, rule string }
	want := map[key]calendar.Date{}
	err = assess.Each(strings.NewReader(b.String()), "cases.csv", assess.Options{AsOf: asOf}, func(rec *assess.Record) error {
		// The stage 1 chain of the 2014 procedure, counted day by day on
		// the new calendar: acknowledgement 2 working days after receipt,
		// discussion 10 after the acknowledgement (actual, else due),
		// resolution 5 after the discussion's due date, stage 1 17 after
		// receipt.
		c := rec.Case
		due := map[string]calendar.Date{}
		due["W14-ACK"] = naiveDue(wales, c.Received, 2, monday)
		ack := due["W14-ACK"]
		if !c.Acknowledged.IsZero() {
			ack = c.Acknowledged
		}
		due["W14-DISCUSS"] = naiveDue(wales, ack, 10, monday)
		due["W14-RESOLUTION"] = naiveDue(wales, due["W14-DISCUSS"], 5, monday)
		due["W14-STAGE1"] = naiveDue(wales, c.Received, 17, monday)
		for _, d := range rec.Assessment.Deadlines {
			if d.IsDone() {
				continue
			}
			if before := naiveDue(wales, d.From, d.WorkingDays, calendar.Date{}); before != d.Due {
				t.Fatalf("the naive model gives %s for %s of %s, the engine %s", before, d.RuleID, c.ID, d.Due)
			}
			if after := due[d.RuleID]; after != d.Due {
				want[key{c.ID, d.RuleID}] = after
			}
		}
		return nil
	})
	require.NoError(t, err)
	got := map[key]calendar.Date{}
	for _, m := range res.Moves {
		got[key{m.ID, m.RuleID}] = m.After
		require.Equal(t, 1, m.WorkingDays, "%s %s moves by one working day", m.ID, m.RuleID)
		require.Len(t, m.Added, 1)
		require.Equal(t, monday, m.Added[0].Date)
		require.Equal(t, "proclaimed.csv", m.Added[0].Source)
		require.True(t, m.Before.Before(monday) == false, "%s %s was due before the new holiday, on %s, and moved", m.ID, m.RuleID, m.Before)
	}
	require.NotEmpty(t, want)
	require.Equal(t, want, got, "the deadlines that move, and where to")
	var latest calendar.Date
	for _, d := range want {
		if d.After(latest) {
			latest = d
		}
	}
	require.Equal(t, latest, res.Latest, "the latest new due date")
	cases := map[string]bool{}
	for k := range want {
		cases[k.id] = true
	}
	require.Equal(t, len(cases), res.Cases, "the cases with a deadline that moves")
}

func TestADeadlineAlreadyMetNeverMoves(t *testing.T) {
	next := proclaimed(t, "Bank holiday")
	file := "id,kind,received,acknowledged,discussed,stage1_response\nDONE,complaint,2031-06-12,2031-06-13,2031-06-20,2031-06-27\n"
	res, err := impact.Compare(strings.NewReader(file), "cases.csv", assess.Options{AsOf: calendar.NewDate(2031, time.July, 31)}, next)
	require.NoError(t, err)
	require.Empty(t, res.Moves)
	require.Zero(t, res.Cases)
	require.True(t, res.Latest.IsZero())
}

// A stage 2 request dated after the date of evaluation is set aside, and
// the revised date agreed for its response with it: the case is compared
// as known then, not refused.
func TestAStage2RequestNotYetMadeTakesItsRevisedDateWithIt(t *testing.T) {
	next := proclaimed(t, "Bank holiday")
	file := "id,kind,received,acknowledged,stage2_requested,stage2_extended_to\nLATER,complaint,2031-06-12,2031-06-13,2031-07-01,2031-08-29\n"
	res, err := impact.Compare(strings.NewReader(file), "cases.csv", assess.Options{AsOf: calendar.NewDate(2031, time.June, 13)}, next)
	require.NoError(t, err)
	require.Empty(t, res.Summary.Problems)
	require.Equal(t, 1, res.Summary.SetAside, "the stage 2 request")
	require.Equal(t, 1, res.Cases, "the stage 1 deadlines that span 16 June move")
}

func TestCompareReportsTheRowsItCannotRead(t *testing.T) {
	file := "id,kind,received\nBAD,complaint,2031-02-30\nOK,complaint,2031-06-12\n"
	res, err := impact.Compare(strings.NewReader(file), "cases.csv", assess.Options{AsOf: calendar.NewDate(2031, time.July, 31)}, calendar.Wales())
	require.NoError(t, err)
	require.Len(t, res.Summary.Problems, 1)
	require.Equal(t, 1, res.Summary.Records)
	require.Empty(t, res.Moves, "the same calendar moves nothing")
}

func TestTheResultIsWrittenForPeopleAndAsCSV(t *testing.T) {
	next := proclaimed(t, "Bank holiday for a royal wedding")
	file := "id,kind,received\n=A,complaint,2031-06-13\n"
	res, err := impact.Compare(strings.NewReader(file), "cases.csv", assess.Options{AsOf: calendar.NewDate(2031, time.June, 13)}, next)
	require.NoError(t, err)
	var text strings.Builder
	require.NoError(t, res.WriteText(&text))
	require.Contains(t, text.String(), "=A  acknowledgement  W14-ACK")
	require.Contains(t, text.String(), "Tue 17 Jun 2031  Wed 18 Jun 2031  +1            Mon 16 Jun 2031 Bank holiday for a royal wedding (proclaimed.csv)")
	require.Contains(t, text.String(), "4 deadlines of 1 case move as of Fri 13 Jun 2031; the latest new due date is Wed 9 Jul 2031.")
	var c strings.Builder
	require.NoError(t, res.WriteCSV(&c))
	require.Contains(t, c.String(), "'=A,acknowledgement,W14-ACK,2031-06-17,2031-06-18,1,Mon 16 Jun 2031 Bank holiday for a royal wedding (proclaimed.csv)\n")

	none, err := impact.Compare(strings.NewReader(file), "cases.csv", assess.Options{AsOf: calendar.NewDate(2031, time.June, 13)}, calendar.Wales())
	require.NoError(t, err)
	text.Reset()
	require.NoError(t, none.WriteText(&text))
	require.Equal(t, 1, strings.Count(text.String(), "\n"), "one line when nothing moves: %q", text.String())
}

func TestWriteWritesTheResultInEachFormatAndLanguage(t *testing.T) {
	next := proclaimed(t, "Bank holiday for a royal wedding")
	file := "id,kind,received\nA,complaint,2031-06-13\n"
	res, err := impact.Compare(strings.NewReader(file), "cases.csv", assess.Options{AsOf: calendar.NewDate(2031, time.June, 13)}, next)
	require.NoError(t, err)
	var text, csv strings.Builder
	require.NoError(t, res.WriteText(&text))
	require.NoError(t, res.WriteCSV(&csv))
	marked := lang.MarkLines(text.String())
	tests := []struct {
		name   string
		format impact.Format
		tag    lang.Tag
		want   string
	}{
		{"the text in English is WriteText", impact.Text, lang.English, text.String()},
		{"the text in Welsh is the English marked as untranslated", impact.Text, lang.Welsh, marked},
		{"the text in Welsh and English is the marked English, then the English", impact.Text, lang.WelshEnglish, marked + lang.Separator + text.String()},
		{"CSV is WriteCSV in English", impact.CSV, lang.English, csv.String()},
		{"CSV is the same in Welsh", impact.CSV, lang.Welsh, csv.String()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			require.NoError(t, impact.Write(&b, &res, tt.format, tt.tag))
			require.Equal(t, tt.want, b.String())
		})
	}
	for _, tag := range lang.Tags() {
		t.Run("JSON in "+string(tag)+" reads back to the same result", func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, impact.Write(&b, &res, impact.JSON, tag))
			require.True(t, strings.HasSuffix(b.String(), "\n}\n"), "indented and ended by a newline: %q", b.String())
			var back impact.Result
			require.NoError(t, json.Unmarshal(b.Bytes(), &back))
			if diff := cmp.Diff(res, back); diff != "" {
				t.Errorf("the result read back differs (-written +read):\n%s", diff)
			}
		})
	}
}

func TestAFormatIsOneOfTheFormatsListed(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  impact.Format
		media string
	}{
		{"text is the text for people", "text", impact.Text, "text/plain; charset=utf-8"},
		{"csv is CSV with a header", "csv", impact.CSV, "text/csv; charset=utf-8; header=present"},
		{"json is JSON", "json", impact.JSON, "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := impact.ParseFormat(tt.text)
			require.NoError(t, err)
			require.Equal(t, tt.want, f)
			require.Equal(t, tt.media, f.MediaType())
		})
	}
	require.Equal(t, []impact.Format{impact.Text, impact.CSV, impact.JSON}, impact.Formats())
	for _, bad := range []string{"", "TEXT", "markdown", "html"} {
		t.Run(fmt.Sprintf("%q is refused with the formats listed", bad), func(t *testing.T) {
			_, err := impact.ParseFormat(bad)
			var fe *impact.FormatError
			require.ErrorAs(t, err, &fe)
			require.Equal(t, problem.UnknownFormat, fe.Code())
			require.Equal(t, "impact: "+strconv.Quote(bad)+" is not a format of the impact of new holiday data: want text, csv or json", err.Error())
			var b strings.Builder
			require.ErrorAs(t, impact.Write(&b, &impact.Result{}, impact.Format(bad), lang.English), &fe)
			require.Empty(t, b.String(), "nothing is written in an unknown format")
			require.Empty(t, impact.Format(bad).MediaType())
		})
	}
}
