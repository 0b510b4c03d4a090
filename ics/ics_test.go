package ics_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	goical "github.com/arran4/golang-ical"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/ics"
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

// writeCases writes the events of the cases, assessed as of asOf, with opt
// (whose AsOf is asOf).
func writeCases(t testing.TB, opt ics.Options, asOf string, cs ...timescale.Case) string {
	t.Helper()
	opt.AsOf = d(asOf)
	var b bytes.Buffer
	w, err := ics.NewWriter(&b, opt)
	require.NoError(t, err)
	for i := range cs {
		a, err := opt.Engine.Evaluate(cs[i], d(asOf))
		require.NoError(t, err)
		require.NoError(t, w.WriteCase(&cs[i], &a))
	}
	require.NoError(t, w.Close())
	return b.String()
}

// events returns the VEVENTs of a calendar, by UID.
func events(t testing.TB, cal *component) map[string]*component {
	t.Helper()
	out := map[string]*component{}
	for _, c := range cal.subs {
		require.Equal(t, "VEVENT", c.name)
		uid := c.text(t, "UID")
		require.NotContains(t, out, uid, "UIDs are unique in a file")
		out[uid] = c
	}
	return out
}

// received1Aug2014 is a complaint received on Friday 1 August 2014, to be
// resolved locally, and not acknowledged: as of that day its four stage 1
// deadlines are open (SI 2014/1794 regs 15(2), 16(3), 16(5)).
var received1Aug2014 = timescale.Case{ID: "C-2014-007", Kind: timescale.Complaint, Received: d("2014-08-01"), Owner: "Team A", Themes: []string{"Communication"},
	ResolvedLocally: "yes"}

func TestEveryOpenDeadlineIsAnAllDayEventWithAReminder(t *testing.T) {
	text := writeCases(t, ics.Options{Remind: 2}, "2014-08-01", received1Aug2014)
	cal := readStrict(t, text)
	require.Equal(t, "2.0", cal.get(t, "VERSION").value)
	require.NotEmpty(t, cal.get(t, "PRODID").value)
	require.Equal(t, "PUBLISH", cal.get(t, "METHOD").value)
	evs := events(t, cal)
	// The reminder is 2 working days before the due date: for the
	// resolution and the stage 1 response, due Wednesday 27 August, it is
	// Friday 22 August, past the summer bank holiday on Monday 25 August.
	tests := []struct {
		name      string
		milestone string
		title     string
		due       string
		remind    string
	}{
		{"reg 15(2): the acknowledgement is due Tuesday 5 August, with a reminder on Friday 1 August", "acknowledgement", "acknowledgement of the complaint", "20140805", "2014-08-01"},
		{"reg 16(3): the discussion is due Tuesday 19 August, with a reminder on Friday 15 August", "discussion", "local-resolution discussion", "20140819", "2014-08-15"},
		{"reg 16(5): the resolution is due Wednesday 27 August, with a reminder on Friday 22 August", "resolution", "written resolution", "20140827", "2014-08-22"},
		{"the stage 1 response is due Wednesday 27 August, with a reminder on Friday 22 August", "stage1-response", "stage 1 full response", "20140827", "2014-08-22"},
	}
	require.Len(t, evs, len(tests))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := evs["C-2014-007."+tt.milestone+"@statutory"]
			require.NotNil(t, ev, "the UID is the id and the milestone")
			start := ev.get(t, "DTSTART")
			require.Equal(t, map[string]string{"VALUE": "DATE"}, start.params, "an all-day event")
			require.Equal(t, tt.due, start.value)
			end := ev.get(t, "DTEND")
			require.Equal(t, "DATE", end.params["VALUE"])
			require.Equal(t, d(tt.due[:4]+"-"+tt.due[4:6]+"-"+tt.due[6:]).AddDays(1), d(end.value[:4]+"-"+end.value[4:6]+"-"+end.value[6:]), "it ends the next day")
			require.Equal(t, "20140801T000000Z", ev.get(t, "DTSTAMP").value, "stamped with the date the file is made for")
			require.Equal(t, "CONFIRMED", ev.get(t, "STATUS").value)
			require.Equal(t, "TRANSPARENT", ev.get(t, "TRANSP").value, "a deadline does not block time")
			require.Equal(t, "C-2014-007 (Team A): "+tt.title+" due", ev.text(t, "SUMMARY"))
			require.Len(t, ev.subs, 1, "one reminder")
			alarm := ev.subs[0]
			require.Equal(t, "VALARM", alarm.name)
			require.Equal(t, "DISPLAY", alarm.get(t, "ACTION").value)
			require.Equal(t, ev.text(t, "SUMMARY"), alarm.text(t, "DESCRIPTION"))
			require.Equal(t, d(tt.remind).In(time.UTC).Add(9*time.Hour), alarmTime(t, start.value, alarm.get(t, "TRIGGER").value),
				"the reminder is at 09:00 on the working day asked for")
		})
	}
}

// alarmTime returns the time a relative TRIGGER gives for an all-day event
// starting on the date start (YYYYMMDD), read as RFC 5545 section 3.3.6
// writes a duration, with no code of the writer.
func alarmTime(t testing.TB, start, trigger string) time.Time {
	t.Helper()
	day, err := time.Parse("20060102", start)
	require.NoError(t, err)
	sign := time.Duration(1)
	if strings.HasPrefix(trigger, "-") {
		sign, trigger = -1, trigger[1:]
	}
	require.True(t, strings.HasPrefix(trigger, "P"), trigger)
	trigger = trigger[1:]
	var dur time.Duration
	num := 0
	for _, r := range trigger {
		switch {
		case '0' <= r && r <= '9':
			num = num*10 + int(r-'0')
		case r == 'D':
			dur += time.Duration(num) * 24 * time.Hour
			num = 0
		case r == 'H':
			dur += time.Duration(num) * time.Hour
			num = 0
		case r == 'T':
		default:
			t.Fatalf("unexpected %c in the trigger", r)
		}
	}
	return day.Add(sign * dur)
}

func TestTheDescriptionHoldsTheRuleTheCitationAndTheExplanation(t *testing.T) {
	text := writeCases(t, ics.Options{Remind: 2}, "2014-08-01", received1Aug2014)
	ev := events(t, readStrict(t, text))["C-2014-007.stage1-response@statutory"]
	require.NotNil(t, ev)
	x, err := timescale.Engine{}.Explain(mustDeadline(t, received1Aug2014, "2014-08-01", timescale.Stage1Response))
	require.NoError(t, err)
	want := "Case C-2014-007, owner Team A, themes: Communication.\n" +
		"Milestone: stage 1 full response (stage1-response).\n" +
		"Rule: W14-STAGE1, SI 2014/1794 regs 15(2), 16(3), 16(5) (practice).\n" +
		"Due: Wed 27 Aug 2014.\n" +
		"Status as of Fri 1 Aug 2014: not-yet-due.\n" +
		"How the date was reached: " + x.String()
	if diff := cmp.Diff(want, ev.text(t, "DESCRIPTION")); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	require.Contains(t, want, "skipping", "the explanation names the days skipped")
}

// mustDeadline returns the deadline for milestone m of c assessed as of
// asOf.
func mustDeadline(t testing.TB, c timescale.Case, asOf string, m timescale.Milestone) timescale.Deadline {
	t.Helper()
	a, err := timescale.Evaluate(c, d(asOf))
	require.NoError(t, err)
	dl, ok := a.Deadline(m)
	require.True(t, ok)
	return dl
}

func TestTheReminderComes(t *testing.T) {
	// Received Friday 1 August 2014: the acknowledgement is due Tuesday 5
	// August, 2 working days later (reg 15(2)).
	c := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: d("2014-08-01")}
	// Received Saturday 2 August: Monday 4 is day 1, Tuesday 5 day 2.
	sat := timescale.Case{ID: "C-2", Kind: timescale.Complaint, Received: d("2014-08-02")}
	tests := []struct {
		name    string
		c       timescale.Case
		remind  int
		at      string
		clamped bool
	}{
		{"on the due date when asked for 0 working days before", c, 0, "2014-08-05", false},
		{"1 working day before, on Monday 4 August", c, 1, "2014-08-04", false},
		{"2 working days before, on Friday 1 August, the day the period runs from", c, 2, "2014-08-01", false},
		{"on the day the period runs from when asked for more working days than the period has, with a note", c, 3, "2014-08-01", true},
		{"on the day the period runs from when asked for far more, with a note", c, 400000, "2014-08-01", true},
		{"on the Saturday of receipt, not the Friday before it, when asked for the whole period, with a note", sat, 2, "2014-08-02", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			w, err := ics.NewWriter(&b, ics.Options{AsOf: d("2014-08-01"), Remind: tt.remind})
			require.NoError(t, err)
			a, err := timescale.Evaluate(tt.c, d("2014-08-01"))
			require.NoError(t, err)
			a.Deadlines = a.Deadlines[:1] // the acknowledgement
			require.NoError(t, w.WriteCase(&tt.c, &a))
			require.NoError(t, w.Close())
			text := b.String()
			if tt.clamped {
				require.Equal(t, 1, w.Clamped(), "the writer counts the reminder it moved")
			} else {
				require.Zero(t, w.Clamped())
			}
			ev := events(t, readStrict(t, text))[tt.c.ID+".acknowledgement@statutory"]
			require.NotNil(t, ev)
			got := alarmTime(t, ev.get(t, "DTSTART").value, ev.subs[0].get(t, "TRIGGER").value)
			require.Equal(t, d(tt.at).In(time.UTC).Add(9*time.Hour), got)
			desc := ev.text(t, "DESCRIPTION")
			if tt.clamped {
				require.Contains(t, desc, "\nReminder: ")
				require.Contains(t, desc, "so the reminder is on that day.")
			} else {
				require.NotContains(t, desc, "Reminder:")
			}
		})
	}
}

func TestTextInIDsOwnersAndThemesIsEscapedAndFolded(t *testing.T) {
	c := timescale.Case{
		ID:              "Smith, J; \"urgent\"\\ case\nnumber 7 — ŵ🙂",
		Kind:            timescale.Complaint,
		Received:        d("2014-08-01"),
		Owner:           "Tîm Gogledd; Cwynion, Ŵyr",
		ResolvedLocally: "yes",
		Themes:          []string{"Communication, general", "Staff; attitude", `back\slash`, "two\r\nlines", strings.Repeat("ŵ", 60) + "🙂🙂"},
	}
	text := writeCases(t, ics.Options{Remind: 2, Name: "Cwynion; complaints, Wales"}, "2014-08-01", c)
	t.Run("the raw text is CRLF lines of at most 75 octets, folded without splitting a character", func(t *testing.T) {
		readStrict(t, text) // its checks
		require.Contains(t, text, "\r\n ", "long lines are folded")
	})
	cal := readStrict(t, text)
	t.Run("the calendar's name is escaped", func(t *testing.T) {
		require.Equal(t, `Cwynion\; complaints\, Wales`, cal.get(t, "X-WR-CALNAME").value)
	})
	ev := cal.subs[0]
	summary := ev.get(t, "SUMMARY").value
	t.Run("commas, semicolons, backslashes and line breaks of the id are escaped in the raw text", func(t *testing.T) {
		require.True(t, strings.HasPrefix(summary, `Smith\, J\; "urgent"\\ case\nnumber 7 — ŵ🙂 (Tîm Gogledd\; Cwynion\, Ŵyr): `), summary)
	})
	desc := ev.get(t, "DESCRIPTION").value
	t.Run("commas, semicolons, backslashes and line breaks of the themes are escaped in the raw text", func(t *testing.T) {
		require.Contains(t, desc, `themes: Communication\, general\; Staff\; attitude\; back\\slash\; two\nlines\; ŵŵ`)
	})
	t.Run("the strict reader reads every value back", func(t *testing.T) {
		require.Equal(t, c.ID+" (Tîm Gogledd; Cwynion, Ŵyr): acknowledgement of the complaint due", ev.text(t, "SUMMARY"))
		require.Contains(t, ev.text(t, "DESCRIPTION"), "themes: Communication, general; Staff; attitude; back\\slash; two\nlines; "+c.Themes[4]+".\n")
	})
	t.Run("golang-ical reads every value back", func(t *testing.T) {
		lib := readLibrary(t, text)
		evs := lib.Events()
		require.Len(t, evs, 4)
		for _, e := range evs {
			require.True(t, strings.HasPrefix(libText(t, &e.ComponentBase, goical.ComponentPropertySummary), c.ID+" (Tîm Gogledd; Cwynion, Ŵyr): "))
			require.Contains(t, libText(t, &e.ComponentBase, goical.ComponentPropertyDescription), "themes: Communication, general; Staff; attitude; back\\slash; two\nlines; "+c.Themes[4]+".\n")
		}
	})
	t.Run("the UID holds no character that needs escaping, and names the id", func(t *testing.T) {
		uid := ev.get(t, "UID").value
		require.Equal(t, uid, unescape(t, uid))
		require.True(t, strings.HasPrefix(uid, "Smith%2C%20J%3B%20%22urgent%22%5C%20case%0Anumber%207%20%E2%80%94%20%C5%B5%F0%9F%99%82.acknowledgement@"), uid)
	})
}

func TestAControlCharacterInTheTextCannotBreakTheFile(t *testing.T) {
	c := timescale.Case{ID: "C\x00\x1b-1\x7f", Kind: timescale.Complaint, Received: d("2014-08-01"), Themes: []string{"bell\a", "bad \xff byte"}}
	text := writeCases(t, ics.Options{}, "2014-08-01", c)
	ev := readStrict(t, text).subs[0]
	require.True(t, strings.HasPrefix(ev.text(t, "SUMMARY"), "C\uFFFD\uFFFD-1\uFFFD: "))
	require.Contains(t, ev.text(t, "DESCRIPTION"), "themes: bell\uFFFD; bad \uFFFD byte.")
	readLibrary(t, text)
}

func TestReimportingALaterFileUpdatesTheSameEvents(t *testing.T) {
	c := received1Aug2014
	first := events(t, readStrict(t, writeCases(t, ics.Options{Remind: 2}, "2014-08-01", c)))
	c.Acknowledged = d("2014-08-04")
	later := events(t, readStrict(t, writeCases(t, ics.Options{Remind: 2, IncludeClosed: true}, "2014-08-06", c)))
	require.Equal(t, len(first), len(later), "the same events, by UID")
	for uid, ev := range first {
		t.Run(uid+" keeps its UID and has a higher SEQUENCE and a later DTSTAMP", func(t *testing.T) {
			next, ok := later[uid]
			require.True(t, ok)
			require.Greater(t, atoi(t, next.get(t, "SEQUENCE").value), atoi(t, ev.get(t, "SEQUENCE").value))
			require.Greater(t, next.get(t, "DTSTAMP").value, ev.get(t, "DTSTAMP").value)
		})
	}
	ack := later["C-2014-007.acknowledgement@statutory"]
	t.Run("a deadline met since is cancelled, without a reminder, and says so", func(t *testing.T) {
		require.Equal(t, "CANCELLED", ack.get(t, "STATUS").value)
		require.Empty(t, ack.subs)
		require.Equal(t, "C-2014-007 (Team A): acknowledgement of the complaint (in-time)", ack.text(t, "SUMMARY"))
		require.Contains(t, ack.text(t, "DESCRIPTION"), "Status as of Wed 6 Aug 2014: in-time (done Mon 4 Aug 2014).")
	})
	t.Run("the discussion now runs from the acknowledgement made on Monday 4 August, and is due Monday 18 August", func(t *testing.T) {
		ev := later["C-2014-007.discussion@statutory"]
		require.Equal(t, "CONFIRMED", ev.get(t, "STATUS").value)
		require.Equal(t, "20140818", ev.get(t, "DTSTART").value)
	})
	t.Run("without IncludeClosed the met deadline is left out", func(t *testing.T) {
		open := events(t, readStrict(t, writeCases(t, ics.Options{Remind: 2}, "2014-08-06", c)))
		require.NotContains(t, open, "C-2014-007.acknowledgement@statutory")
		require.Len(t, open, 3)
	})
}

func atoi(t testing.TB, s string) int {
	t.Helper()
	n := 0
	for _, r := range s {
		require.True(t, '0' <= r && r <= '9', s)
		n = n*10 + int(r-'0')
	}
	return n
}

func TestWhichDeadlinesAreWritten(t *testing.T) {
	base := received1Aug2014
	tests := []struct {
		name          string
		c             timescale.Case
		asOf          string
		includeClosed bool
		want          map[string]string // UID milestone -> STATUS
	}{
		{"an overdue deadline is open and written", base, "2014-08-06", false,
			map[string]string{"acknowledgement": "CONFIRMED", "discussion": "CONFIRMED", "resolution": "CONFIRMED", "stage1-response": "CONFIRMED"}},
		{"a withdrawn complaint's deadlines are closed: left out", with(base, func(c *timescale.Case) { c.Withdrawn = d("2014-08-04") }), "2014-08-06", false,
			map[string]string{}},
		{"a withdrawn complaint's deadlines are cancelled with IncludeClosed", with(base, func(c *timescale.Case) { c.Withdrawn = d("2014-08-04") }), "2014-08-06", true,
			map[string]string{"acknowledgement": "CANCELLED", "discussion": "CANCELLED", "resolution": "CANCELLED", "stage1-response": "CANCELLED"}},
		{"a milestone the complaint moved past without recording it is cancelled with IncludeClosed", with(base, func(c *timescale.Case) { c.Discussed = d("2014-08-12") }), "2014-08-13", true,
			map[string]string{"acknowledgement": "CANCELLED", "discussion": "CANCELLED", "resolution": "CONFIRMED", "stage1-response": "CONFIRMED"}},
		{"the Ombudsman's one-year window is never an event", with(base, func(c *timescale.Case) { c.Matter = d("2014-07-01") }), "2014-08-01", true,
			map[string]string{"acknowledgement": "CONFIRMED", "discussion": "CONFIRMED", "resolution": "CONFIRMED", "stage1-response": "CONFIRMED", "complaint-made": "CANCELLED"}},
		{"a comment has no event", timescale.Case{ID: "C-2014-007", Kind: timescale.Comment, Received: d("2014-08-01")}, "2014-08-01", true,
			map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := events(t, readStrict(t, writeCases(t, ics.Options{IncludeClosed: tt.includeClosed}, tt.asOf, tt.c)))
			got := map[string]string{}
			for uid, ev := range evs {
				m := strings.TrimSuffix(strings.TrimPrefix(uid, "C-2014-007."), "@statutory")
				got[m] = ev.get(t, "STATUS").value
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func with(c timescale.Case, edit func(*timescale.Case)) timescale.Case {
	edit(&c)
	return c
}

func TestAnAgreedRevisedDateIsTheEventsDate(t *testing.T) {
	// A stage 2 request on Monday 1 December 2014 is due Thursday 8 January
	// 2015 (regs 17 to 19); the revised date agreed is Monday 12 January.
	c := timescale.Case{ID: "C-2", Kind: timescale.Complaint, Received: d("2014-10-01"), Acknowledged: d("2014-10-02"), Discussed: d("2014-10-10"),
		Stage1Response: d("2014-10-20"), Stage2Requested: d("2014-12-01"), Stage2ExtendedTo: d("2015-01-12")}
	ev := events(t, readStrict(t, writeCases(t, ics.Options{Remind: 2}, "2015-01-07", c)))["C-2.stage2-response@statutory"]
	require.NotNil(t, ev)
	require.Equal(t, "20150112", ev.get(t, "DTSTART").value)
	require.Equal(t, "C-2: stage 2 formal investigation response due (revised date)", ev.text(t, "SUMMARY"))
	require.Contains(t, ev.text(t, "DESCRIPTION"), "\nDue: Thu 8 Jan 2015; agreed revised date Mon 12 Jan 2015, which it is judged against.\n")
	require.Equal(t, d("2015-01-08").In(time.UTC).Add(9*time.Hour), alarmTime(t, "20150112", ev.subs[0].get(t, "TRIGGER").value),
		"2 working days before Monday 12 January is Thursday 8 January")
}

func TestAnOverdueDeadlineSaysByHowMuch(t *testing.T) {
	ev := events(t, readStrict(t, writeCases(t, ics.Options{}, "2014-08-12", received1Aug2014)))["C-2014-007.acknowledgement@statutory"]
	require.Contains(t, ev.text(t, "DESCRIPTION"), "\nStatus as of Tue 12 Aug 2014: overdue by 5 working days.\n")
}

func TestAProvisionalDeadlineSaysSo(t *testing.T) {
	c := timescale.Case{ID: "P-1", Kind: timescale.Complaint, Received: d("2030-01-07")}
	ev := events(t, readStrict(t, writeCases(t, ics.Options{}, "2030-01-07", c)))["P-1.acknowledgement@statutory"]
	require.True(t, strings.HasSuffix(ev.text(t, "DESCRIPTION"), "\nProvisional: "+timescale.ProvisionalNote+"."))
}

func TestSelectChoosesTheOpenDeadlinesOfADueList(t *testing.T) {
	// As of Friday 1 August 2014 within 5 working days (by Friday 8
	// August), only the acknowledgement, due Tuesday 5 August, is on the
	// due list.
	b, err := due.NewBuilder(due.Options{AsOf: d("2014-08-01"), Within: 5})
	require.NoError(t, err)
	c := received1Aug2014
	evs := events(t, readStrict(t, writeCases(t, ics.Options{Select: b.Selects}, "2014-08-01", c)))
	require.Len(t, evs, 1)
	require.Contains(t, evs, "C-2014-007.acknowledgement@statutory")

	c.Acknowledged = d("2014-08-01")
	evs = events(t, readStrict(t, writeCases(t, ics.Options{Select: b.Selects, IncludeClosed: true}, "2014-08-01", c)))
	require.Len(t, evs, 1, "a closed deadline is written whatever Select says")
	require.Equal(t, "CANCELLED", evs["C-2014-007.acknowledgement@statutory"].get(t, "STATUS").value)
}

func TestAScheduleIsWrittenAsTheCaseIs(t *testing.T) {
	q := timescale.Query{Received: d("2014-08-01"), AsOf: d("2014-08-01"), ResolvedLocally: "yes"}
	s, err := timescale.Engine{}.Deadlines(q)
	require.NoError(t, err)
	c := q.Case()
	c.ID, c.Owner, c.Themes = "C-2014-007", " Team A ", []string{"Communication"}
	var b bytes.Buffer
	w, err := ics.NewWriter(&b, ics.Options{AsOf: d("2014-08-01"), Remind: 2})
	require.NoError(t, err)
	require.NoError(t, w.WriteSchedule(&c, &s))
	require.NoError(t, w.Close())
	if diff := cmp.Diff(writeCases(t, ics.Options{Remind: 2}, "2014-08-01", received1Aug2014), b.String()); diff != "" {
		t.Errorf("the schedule's events are the case's (-case +schedule)\n%s", diff)
	}
}

func TestHolidaysAreAllDayEventsThatDoNotBlockTime(t *testing.T) {
	hols, err := calendar.Wales().WeekdayHolidays(d("2022-09-01"), d("2022-12-31"))
	require.NoError(t, err)
	later, err := calendar.Wales().WeekdayHolidays(d("2029-12-24"), d("2029-12-31"))
	require.NoError(t, err)
	hols = append(hols, later...)
	var b bytes.Buffer
	w, err := ics.NewWriter(&b, ics.Options{AsOf: d("2022-08-31"), Name: "Non-working days in Wales"})
	require.NoError(t, err)
	for _, h := range hols {
		require.NoError(t, w.WriteHoliday(h))
	}
	require.NoError(t, w.Close())
	cal := readStrict(t, b.String())
	require.Equal(t, "Non-working days in Wales", cal.text(t, "X-WR-CALNAME"))
	var got []string
	welsh := 0
	for _, ev := range cal.subs {
		require.Equal(t, "TRANSPARENT", ev.get(t, "TRANSP").value)
		require.Empty(t, ev.subs, "no reminder")
		require.Equal(t, "holiday-"+ev.get(t, "DTSTART").value+"@statutory", ev.text(t, "UID"))
		desc := ev.text(t, "DESCRIPTION")
		got = append(got, ev.get(t, "DTSTART").value+" "+ev.get(t, "DTEND").value+" "+ev.text(t, "SUMMARY")+" | "+strings.SplitN(desc, "\n", 2)[0])
		require.Equal(t, strings.HasPrefix(ev.get(t, "DTSTART").value, "2029"), strings.Contains(desc, "\nProvisional: "), "only a projected year is provisional")
		if cy, ok := calendar.Wales().WelshName(d(ev.get(t, "DTSTART").value[:4] + "-" + ev.get(t, "DTSTART").value[4:6] + "-" + ev.get(t, "DTSTART").value[6:])); ok {
			require.Contains(t, desc, "\nWelsh name: "+cy+".", "the Welsh name, when the calendar has one")
			welsh++
		}
	}
	want := []string{
		"20220919 20220920 State Funeral of Queen Elizabeth II | Not a working day in Wales (bank holiday, SI 2014/1794 reg 2).",
		"20221226 20221227 Boxing Day | Not a working day in Wales (bank holiday, SI 2014/1794 reg 2).",
		"20221227 20221228 Christmas Day (substitute day) | Not a working day in Wales (substitute day, SI 2014/1794 reg 2).",
		"20291225 20291226 Christmas Day | Not a working day in Wales (common-law holiday, SI 2014/1794 reg 2).",
		"20291226 20291227 Boxing Day | Not a working day in Wales (bank holiday, SI 2014/1794 reg 2).",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	require.GreaterOrEqual(t, welsh, 3, "the days of 2022 have Welsh names")
	lib := readLibrary(t, b.String())
	require.Len(t, lib.Events(), len(want))
}

func TestAnEmptyCalendarIsAValidFile(t *testing.T) {
	var b bytes.Buffer
	w, err := ics.NewWriter(&b, ics.Options{AsOf: d("2014-08-01")})
	require.NoError(t, err)
	require.NoError(t, w.Close())
	cal := readStrict(t, b.String())
	require.Empty(t, cal.subs)
	require.False(t, cal.has("X-WR-CALNAME"), "no name unless one is given")
	require.Empty(t, readLibrary(t, b.String()).Events())
}

func TestTheOptionsAreChecked(t *testing.T) {
	tests := []struct {
		name  string
		opt   ics.Options
		field string
		code  problem.Code
	}{
		{"a negative number of working days before a deadline is refused", ics.Options{AsOf: d("2014-08-01"), Remind: -1}, "remind", problem.NegativeDays},
		{"a date outside the calendar is refused", ics.Options{AsOf: d("2100-01-01")}, "as_of", problem.DateOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ics.NewWriter(&bytes.Buffer{}, tt.opt)
			var ve *timescale.ValidationError
			require.ErrorAs(t, err, &ve)
			require.Len(t, ve.Problems, 1)
			require.Equal(t, tt.field, ve.Problems[0].Field)
			require.Equal(t, tt.code, problem.CodeOf(err))
		})
	}
	var re *ics.RemindError
	_, err := ics.NewWriter(&bytes.Buffer{}, ics.Options{AsOf: d("2014-08-01"), Remind: -3})
	require.ErrorAs(t, err, &re)
	require.Equal(t, "ics: -3 is not a number of working days before a deadline: want 0 or more", re.Error())
}

func TestADeadlineOfAnotherCalendarIsRefused(t *testing.T) {
	a, err := timescale.Evaluate(received1Aug2014, d("2014-08-01"))
	require.NoError(t, err)
	a.Deadlines[0].Due = d("2014-08-06") // not what the calendar gives
	var b bytes.Buffer
	w, err := ics.NewWriter(&b, ics.Options{AsOf: d("2014-08-01")})
	require.NoError(t, err)
	var me *timescale.MismatchError
	require.ErrorAs(t, w.WriteCase(&received1Aug2014, &a), &me)
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestCloseReturnsTheWriteError(t *testing.T) {
	w, err := ics.NewWriter(failingWriter{}, ics.Options{AsOf: d("2014-08-01")})
	require.NoError(t, err)
	a, err := timescale.Evaluate(received1Aug2014, d("2014-08-01"))
	require.NoError(t, err)
	for range 200 { // more than the buffer holds
		_ = w.WriteCase(&received1Aug2014, &a)
	}
	require.ErrorContains(t, w.Close(), "disk full")
}
