package timescale_test

// The engine's deadlines against a naive model that shares no code with the
// module: working days come from GOV.UK's england-and-wales bank-holiday
// JSON, read here with encoding/json (not through package calendar), and
// weekends; dates are time.Time values stepped one day at a time; the rules
// are those RULES.md states, written out again by hand. Only the engine's
// inputs and answers cross over, converted with calendar.NewDate.

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// naiveHolidayFile is GOV.UK's list, as the module keeps it.
const naiveHolidayFile = "../calendar/data/bank-holidays-england-and-wales.json"

// naiveCal is the naive calendar: a set of bank holidays (GOV.UK lists
// Christmas Day, Boxing Day and Good Friday among them, and their
// substitutes) and the years the list covers.
type naiveCal struct {
	tb          testing.TB
	holiday     map[time.Time]string
	first, last time.Time // 1 January of the list's first year, 31 December of its last
}

func naiveDay(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func naiveLoad(tb testing.TB) *naiveCal {
	tb.Helper()
	b, err := os.ReadFile(naiveHolidayFile)
	if err != nil {
		tb.Fatal(err)
	}
	var f struct {
		Division string `json:"division"`
		Events   []struct {
			Date  string `json:"date"`
			Title string `json:"title"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		tb.Fatalf("%s: %v", naiveHolidayFile, err)
	}
	if f.Division != "england-and-wales" || len(f.Events) == 0 {
		tb.Fatalf("%s: division %q with %d events, want england-and-wales", naiveHolidayFile, f.Division, len(f.Events))
	}
	c := &naiveCal{tb: tb, holiday: map[time.Time]string{}}
	for _, e := range f.Events {
		t, err := time.Parse(time.DateOnly, e.Date)
		if err != nil {
			tb.Fatalf("%s: %v", naiveHolidayFile, err)
		}
		c.holiday[t] = e.Title
		if c.first.IsZero() || t.Before(c.first) {
			c.first = t
		}
		if t.After(c.last) {
			c.last = t
		}
	}
	// The list runs from 2 January 2012 (New Year's Day substitute) to
	// 26 December 2028 (Boxing Day): it covers the whole of those years.
	c.first = time.Date(c.first.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
	c.last = time.Date(c.last.Year(), time.December, 31, 0, 0, 0, 0, time.UTC)
	return c
}

func (c *naiveCal) working(t time.Time) bool {
	if t.Before(c.first) || t.After(c.last) {
		c.tb.Fatalf("naive model: %s is outside the years of %s", t.Format(time.DateOnly), naiveHolidayFile)
	}
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	_, hol := c.holiday[t]
	return !hol
}

// after returns the day on which n working days after x have passed, x
// never counted.
func (c *naiveCal) after(x time.Time, n int) time.Time {
	for n > 0 {
		x = x.AddDate(0, 0, 1)
		if c.working(x) {
			n--
		}
	}
	return x
}

// count counts the working days d with from < d <= to.
func (c *naiveCal) count(from, to time.Time) int {
	n := 0
	for d := from.AddDate(0, 0, 1); !d.After(to); d = d.AddDate(0, 0, 1) {
		if c.working(d) {
			n++
		}
	}
	return n
}

// nextWorking returns x when it is a working day, else the next one.
func (c *naiveCal) nextWorking(x time.Time) time.Time {
	for !c.working(x) {
		x = x.AddDate(0, 0, 1)
	}
	return x
}

// naiveCase is a complaint as the naive model sees it; a zero time is an
// event not recorded.
type naiveCase struct {
	proc                                    string // complaint, representation, corporate
	received, ack, disc, s1                 time.Time
	resolved                                string
	s2req, s2ext, s2resp                    time.Time
	s3req, panelAck, stmtReq, stmtRec, conv time.Time
	asOf                                    time.Time
	transition                              string // "" (keep-regime) or stage2-by-request-date
	deem                                    bool
}

func (n naiveCase) String() string {
	var b strings.Builder
	f := func(name string, t time.Time) {
		if !t.IsZero() {
			fmt.Fprintf(&b, " %s=%s", name, t.Format(time.DateOnly))
		}
	}
	fmt.Fprintf(&b, "procedure=%s", n.proc)
	f("received", n.received)
	f("acknowledged", n.ack)
	f("discussed", n.disc)
	f("stage1_response", n.s1)
	if n.resolved != "" {
		fmt.Fprintf(&b, " resolved_locally=%s", n.resolved)
	}
	f("stage2_requested", n.s2req)
	f("stage2_extended_to", n.s2ext)
	f("stage2_response", n.s2resp)
	f("stage3_requested", n.s3req)
	f("panel_acknowledged", n.panelAck)
	f("panel_statement_requested", n.stmtReq)
	f("panel_statement_received", n.stmtRec)
	f("panel_convened", n.conv)
	f("as_of", n.asOf)
	if n.transition != "" {
		fmt.Fprintf(&b, " transition=%s", n.transition)
	}
	if n.deem {
		b.WriteString(" deem-next-working-day")
	}
	return b.String()
}

type naiveDeadline struct {
	rule       string
	from, due  time.Time
	done       time.Time
	status     string
	taken      int // when done
	lateBy     int // when late or overdue
	extendedTo time.Time
	// provisional: a date involved lies after the years of the list.
	provisional bool
}

func (d naiveDeadline) String() string {
	s := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.Format(time.DateOnly)
	}
	return fmt.Sprintf("%s from %s due %s (extended to %s) done %s %s taken %d late by %d provisional %v",
		d.rule, s(d.from), s(d.due), s(d.extendedTo), s(d.done), d.status, d.taken, d.lateBy, d.provisional)
}

var (
	naiveCutover2014 = naiveDay("2014-08-01")
	naiveModelStart  = naiveDay("2020-12-07")
)

// evaluate gives the regime and the deadlines of n as RULES.md states them.
func (c *naiveCal) evaluate(n naiveCase) (string, []naiveDeadline) {
	// Events dated after the date of evaluation have not happened yet; an
	// agreed revised date is a plan, not an event.
	for _, p := range []*time.Time{&n.ack, &n.disc, &n.s1, &n.s2req, &n.s2resp, &n.s3req, &n.panelAck, &n.stmtReq, &n.stmtRec, &n.conv} {
		if p.After(n.asOf) {
			*p = time.Time{}
		}
	}
	// The order in which a complaint moves on: a milestone not done is not
	// recorded when a later event is.
	flow := []time.Time{n.received, n.ack, n.disc, n.s1, n.s2req, n.s2resp, n.s3req, n.panelAck, n.stmtReq, n.stmtRec, n.conv}
	movedPast := func(i int) bool {
		for _, t := range flow[i+1:] {
			if !t.IsZero() {
				return true
			}
		}
		return false
	}
	deemed := func(t time.Time) time.Time {
		if n.deem {
			return c.nextWorking(t)
		}
		return t
	}
	var out []naiveDeadline
	add := func(rule string, from time.Time, days int, done time.Time, flowAt int, judged bool, ext time.Time) naiveDeadline {
		d := naiveDeadline{rule: rule, from: from, due: c.after(from, days), done: done, extendedTo: ext}
		// An agreed revised date is judged against in place of the due
		// date, but never shortens the period (Deadline.EffectiveDue).
		eff := d.due
		if ext.After(eff) {
			eff = ext
		}
		if !done.IsZero() {
			d.taken = c.count(from, done)
		}
		for _, x := range []time.Time{from, d.due, done, ext, n.asOf} {
			d.provisional = d.provisional || x.After(c.last)
		}
		switch {
		case !judged:
			d.status = "not-judged"
		case !done.IsZero() && !done.After(eff):
			d.status = "in-time"
		case !done.IsZero():
			d.status, d.lateBy = "late", c.count(eff, done)
		case movedPast(flowAt):
			d.status = "not-recorded"
		case n.asOf.Before(eff):
			d.status = "not-yet-due"
		case n.asOf.Equal(eff):
			d.status = "due-today"
		default:
			d.status, d.lateBy = "overdue", c.count(eff, n.asOf)
		}
		out = append(out, d)
		return d
	}
	either := func(actual, due time.Time) time.Time {
		if actual.IsZero() {
			return due
		}
		return actual
	}
	r := deemed(n.received)
	switch {
	case n.proc == "corporate":
		if n.received.Before(naiveModelStart) {
			return "", nil
		}
		add("CORP-ACK", r, 5, n.ack, 1, true, time.Time{})
		add("CORP-STAGE1", r, 10, n.s1, 3, true, time.Time{})
		if !n.s2req.IsZero() {
			add("CORP-STAGE2", deemed(n.s2req), 20, n.s2resp, 5, true, n.s2ext)
		}
		return "psow-model", out
	case !n.received.Before(naiveCutover2014):
		ack := add("W14-ACK", r, 2, n.ack, 1, true, time.Time{})
		disc := add("W14-DISCUSS", either(n.ack, ack.due), 10, n.disc, 2, true, time.Time{})
		add("W14-RESOLUTION", either(n.disc, disc.due), 5, n.s1, 3, n.resolved == "yes", time.Time{})
		add("W14-STAGE1", r, 17, n.s1, 3, true, time.Time{})
		if !n.s2req.IsZero() {
			add("W14-STAGE2", deemed(n.s2req), 25, n.s2resp, 5, true, n.s2ext)
		}
		return "wales-2014", out
	default:
		add("W05-STAGE1", r, 10, n.s1, 3, true, time.Time{})
		if !n.s2req.IsZero() {
			rule := "W05-STAGE2"
			if n.transition == "stage2-by-request-date" && !n.s2req.Before(naiveCutover2014) {
				rule = "W14-STAGE2"
			}
			add(rule, deemed(n.s2req), 25, n.s2resp, 5, true, n.s2ext)
		}
		if !n.s3req.IsZero() {
			add("W05-PANEL-ACK", n.s3req, 2, n.panelAck, 7, true, time.Time{})
		}
		if !n.stmtReq.IsZero() {
			add("W05-PANEL-STATEMENT", n.stmtReq, 20, n.stmtRec, 9, true, time.Time{})
		}
		if !n.stmtRec.IsZero() {
			add("W05-PANEL-CONVENE", n.stmtRec, 20, n.conv, 10, true, time.Time{})
		}
		return "wales-2005", out
	}
}

// naiveDate converts between the model's days and the engine's.
func naiveDate(t time.Time) calendar.Date {
	if t.IsZero() {
		return calendar.Date{}
	}
	return calendar.NewDate(t.Year(), t.Month(), t.Day())
}

func naiveTime(d calendar.Date) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// engineAnswer evaluates n with the statutory engine and gives its regime
// and deadlines in the model's terms.
func naiveEngineAnswer(n naiveCase) (string, []naiveDeadline, error) {
	e := timescale.Engine{Calendar: calendar.Wales(), Table: timescale.Statutory(),
		Transition: timescale.Transition(n.transition), DeemNextWorkingDay: n.deem}
	c := timescale.Case{
		ID: "naive", Kind: timescale.Complaint, Procedure: timescale.Procedure(n.proc),
		Received: naiveDate(n.received), Acknowledged: naiveDate(n.ack), Discussed: naiveDate(n.disc),
		Stage1Response: naiveDate(n.s1), ResolvedLocally: n.resolved,
		Stage2Requested: naiveDate(n.s2req), Stage2ExtendedTo: naiveDate(n.s2ext), Stage2Response: naiveDate(n.s2resp),
		Stage3Requested: naiveDate(n.s3req), PanelAcknowledged: naiveDate(n.panelAck),
		PanelStatementRequested: naiveDate(n.stmtReq), PanelStatementReceived: naiveDate(n.stmtRec), PanelConvened: naiveDate(n.conv),
	}
	a, err := e.Evaluate(c, naiveDate(n.asOf))
	if err != nil {
		return "", nil, err
	}
	var out []naiveDeadline
	for _, d := range a.Deadlines {
		out = append(out, naiveDeadline{rule: d.RuleID, from: naiveTime(d.From), due: naiveTime(d.Due), done: naiveTime(d.Done),
			status: string(d.Status), taken: d.Taken, lateBy: d.LateBy, extendedTo: naiveTime(d.ExtendedTo), provisional: d.Provisional})
	}
	return string(a.Regime), out, nil
}

// naiveDisagreement returns "" when the engine and the model agree on n,
// else both answers.
func (c *naiveCal) disagreement(n naiveCase) string {
	wantRegime, want := c.evaluate(n)
	gotRegime, got, err := naiveEngineAnswer(n)
	if err != nil {
		return fmt.Sprintf("case %s\n  engine: error %v\n  model: regime %s", n, err, wantRegime)
	}
	same := wantRegime == gotRegime && len(want) == len(got)
	for i := 0; same && i < len(want); i++ {
		w, g := want[i], got[i]
		same = w.rule == g.rule && w.from.Equal(g.from) && w.due.Equal(g.due) && w.done.Equal(g.done) &&
			w.status == g.status && w.extendedTo.Equal(g.extendedTo) && w.provisional == g.provisional
		if same && (w.status == "in-time" || w.status == "late") {
			same = w.taken == g.taken
		}
		if same && (w.status == "late" || w.status == "overdue") {
			same = w.lateBy == g.lateBy
		}
	}
	if same {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "case %s\n  engine (%s):", n, gotRegime)
	for _, d := range got {
		fmt.Fprintf(&b, "\n    %s", d)
	}
	fmt.Fprintf(&b, "\n  model (%s):", wantRegime)
	for _, d := range want {
		fmt.Fprintf(&b, "\n    %s", d)
	}
	return b.String()
}

// naiveHardDays are the days around which deadlines go wrong first: every
// bank holiday in the list (Christmas, New Year, Easter and the one-offs of
// 2020, 2022 and 2023 among them) and the cutover of 1 August 2014.
func (c *naiveCal) hardDays() []time.Time {
	var out []time.Time
	for t := range c.holiday {
		out = append(out, t)
	}
	out = append(out, naiveCutover2014.AddDate(0, 0, -1), naiveCutover2014, naiveModelStart,
		naiveDay("2020-05-08"), naiveDay("2022-06-02"), naiveDay("2022-06-03"), naiveDay("2022-09-19"), naiveDay("2023-05-08"))
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

// naiveDrawer draws cases whose every date lies inside the holiday list.
type naiveDrawer struct {
	c    *naiveCal
	rng  *rand.Rand
	hard []time.Time
}

// receipt draws a day of receipt in [lo, hi]: half of them uniformly, half
// within a few weeks before or a few days after a hard day, so that the
// period runs over it (weekends and holidays themselves included).
func (d *naiveDrawer) receipt(lo, hi time.Time) time.Time {
	for {
		var t time.Time
		if d.rng.IntN(2) == 0 {
			t = lo.AddDate(0, 0, d.rng.IntN(int(hi.Sub(lo).Hours()/24)+1))
		} else {
			t = d.hard[d.rng.IntN(len(d.hard))].AddDate(0, 0, d.rng.IntN(27)-22)
		}
		if !t.Before(lo) && !t.After(hi) {
			return t
		}
	}
}

// event draws the day a milestone due on due, whose period runs from
// from, was met: often on the due day, the day after or the next working
// day after it, otherwise anywhere from the start to well past the due
// day; never before lo.
func (d *naiveDrawer) event(lo, from, due time.Time) time.Time {
	var t time.Time
	switch k := d.rng.IntN(20); {
	case k < 4:
		t = due
	case k < 7:
		t = due.AddDate(0, 0, 1)
	case k < 9:
		t = d.c.after(due, 1)
	case k < 10:
		t = due.AddDate(0, 0, -1)
	default:
		span := int(due.Sub(from).Hours()/24)*2 + 4
		t = from.AddDate(0, 0, d.rng.IntN(span))
	}
	if t.Before(lo) {
		t = lo
	}
	return t
}

func (d *naiveDrawer) maybe(pct int) bool { return d.rng.IntN(100) < pct }

func naiveLatest(ts ...time.Time) time.Time {
	var m time.Time
	for _, t := range ts {
		if t.After(m) {
			m = t
		}
	}
	return m
}

// draw fills in a case received on received under procedure proc, with
// the events of its regime drawn one after another.
func (d *naiveDrawer) draw(proc string, received time.Time, panel bool) naiveCase {
	n := naiveCase{proc: proc, received: received}
	c := d.c
	r := received
	next := func(t time.Time, days int) time.Time { return c.after(t, days) }
	var dues []time.Time
	switch {
	case proc == "corporate":
		ackDue, s1Due := next(r, 5), next(r, 10)
		dues = append(dues, ackDue, s1Due)
		if d.maybe(70) {
			n.ack = d.event(r, r, ackDue)
		}
		if d.maybe(70) {
			n.s1 = d.event(r, r, s1Due)
		}
	case !r.Before(naiveCutover2014):
		ackDue := next(r, 2)
		if d.maybe(75) {
			n.ack = d.event(r, r, ackDue)
		}
		discFrom := n.ack
		if discFrom.IsZero() {
			discFrom = ackDue
		}
		discDue := next(discFrom, 10)
		if d.maybe(65) {
			n.disc = d.event(naiveLatest(r, n.ack), discFrom, discDue)
		}
		resFrom := n.disc
		if resFrom.IsZero() {
			resFrom = discDue
		}
		resDue, s1Due := next(resFrom, 5), next(r, 17)
		dues = append(dues, ackDue, discDue, resDue, s1Due)
		if d.maybe(60) {
			if d.maybe(50) {
				n.s1 = d.event(naiveLatest(r, n.disc), resFrom, resDue)
			} else {
				n.s1 = d.event(naiveLatest(r, n.disc), r, s1Due)
			}
		}
		n.resolved = []string{"", "yes", "no"}[d.rng.IntN(3)]
	default:
		s1Due := next(r, 10)
		dues = append(dues, s1Due)
		if d.maybe(70) {
			n.s1 = d.event(r, r, s1Due)
		}
	}
	if d.maybe(45) {
		n.s2req = naiveLatest(r, n.s1).AddDate(0, 0, d.rng.IntN(45))
		if d.maybe(15) {
			// a request on a hard day, when one falls in the four months
			// after the stage 1 response (or receipt)
			n.s2req = d.hard[d.rng.IntN(len(d.hard))]
			if n.s2req.Before(naiveLatest(r, n.s1)) || n.s2req.After(r.AddDate(0, 4, 0)) {
				n.s2req = naiveLatest(r, n.s1).AddDate(0, 0, 1)
			}
		}
		days := 25
		if proc == "corporate" {
			days = 20
		}
		s2Due := next(n.s2req, days)
		dues = append(dues, s2Due)
		if d.maybe(20) {
			n.s2ext = s2Due.AddDate(0, 0, d.rng.IntN(30)-4) // now and then on or before the due date
			dues = append(dues, n.s2ext)
		}
		if d.maybe(65) {
			n.s2resp = d.event(n.s2req, n.s2req, s2Due)
		}
		if panel && !n.s2resp.IsZero() && d.maybe(50) {
			n.s3req = n.s2resp.AddDate(0, 0, d.rng.IntN(30))
			ackDue := next(n.s3req, 2)
			dues = append(dues, ackDue)
			if d.maybe(70) {
				n.panelAck = d.event(n.s3req, n.s3req, ackDue)
			}
			if d.maybe(75) {
				n.stmtReq = naiveLatest(n.s3req, n.panelAck).AddDate(0, 0, d.rng.IntN(8))
				stmtDue := next(n.stmtReq, 20)
				dues = append(dues, stmtDue)
				if d.maybe(70) {
					n.stmtRec = d.event(n.stmtReq, n.stmtReq, stmtDue)
					convDue := next(n.stmtRec, 20)
					dues = append(dues, convDue)
					if d.maybe(65) {
						n.conv = d.event(n.stmtRec, n.stmtRec, convDue)
					}
				}
			}
		}
	}
	// The date of evaluation: often a due date, the day before or after
	// it; otherwise near the last event, events after it set aside.
	events := []time.Time{n.received, n.ack, n.disc, n.s1, n.s2req, n.s2resp, n.s3req, n.panelAck, n.stmtReq, n.stmtRec, n.conv}
	switch k := d.rng.IntN(10); {
	case k < 5:
		n.asOf = dues[d.rng.IntN(len(dues))].AddDate(0, 0, d.rng.IntN(3)-1)
	default:
		n.asOf = naiveLatest(events...).AddDate(0, 0, d.rng.IntN(70)-30)
	}
	if n.asOf.Before(r) {
		n.asOf = r
	}
	return n
}

// TestNaiveModelAgreesWithTheEngine draws 24,000 cases from a fixed
// pseudo-random source (every run checks the same cases) and compares, rule
// by rule, the engine's regime, start day, due date, revised date, done
// date, status, working days taken, days late and provisional mark with the
// naive model's.
func TestNaiveModelAgreesWithTheEngine(t *testing.T) {
	c := naiveLoad(t)
	lastReceipt := naiveDay("2027-12-31") // the longest chain drawn ends inside 2028
	families := []struct {
		name       string
		procs      []string
		lo, hi     time.Time
		panel      bool
		transition string
		deem       bool
		rules      []string // every rule the draws must reach
	}{
		{name: "a wales-2014 complaint or representation gets the due dates and statuses of SI 2014/1794 as RULES.md states them",
			procs: []string{"complaint", "representation", ""}, lo: naiveCutover2014, hi: lastReceipt,
			rules: []string{"W14-ACK", "W14-DISCUSS", "W14-RESOLUTION", "W14-STAGE1", "W14-STAGE2"}},
		{name: "a wales-2005 complaint or representation gets the due dates and statuses of SI 2005/3366, panel included, and keeps that regime for a stage 2 after 31 July 2014",
			procs: []string{"complaint", "representation"}, lo: c.first, hi: naiveCutover2014.AddDate(0, 0, -1), panel: true,
			rules: []string{"W05-STAGE1", "W05-STAGE2", "W05-PANEL-ACK", "W05-PANEL-STATEMENT", "W05-PANEL-CONVENE"}},
		{name: "a corporate complaint gets the due dates and statuses of the Ombudsman's model procedure from 7 December 2020",
			procs: []string{"corporate"}, lo: naiveModelStart, hi: lastReceipt,
			rules: []string{"CORP-ACK", "CORP-STAGE1", "CORP-STAGE2"}},
		{name: "a wales-2005 complaint whose stage 2 is requested from 1 August 2014 gets W14-STAGE2 under stage2-by-request-date",
			procs: []string{"complaint", "representation"}, lo: naiveDay("2014-04-01"), hi: naiveCutover2014.AddDate(0, 0, -1), transition: "stage2-by-request-date",
			rules: []string{"W05-STAGE1", "W05-STAGE2", "W14-STAGE2"}},
		{name: "a complaint or stage 2 request on a non-working day deemed received on the next working day counts from that day",
			procs: []string{"complaint", "representation", "corporate"}, lo: c.first, hi: lastReceipt, deem: true,
			rules: []string{"W14-ACK", "W14-STAGE2", "W05-STAGE1", "W05-STAGE2", "CORP-ACK", "CORP-STAGE2"}},
	}
	const perFamily = 4800
	for fi, fam := range families {
		t.Run(fam.name, func(t *testing.T) {
			d := &naiveDrawer{c: c, rng: rand.New(rand.NewPCG(20261203, uint64(fi))), hard: c.hardDays()}
			fails, statuses, reached, seen := 0, map[string]int{}, map[string]int{}, map[string]int{}
			for range perFamily {
				proc := fam.procs[d.rng.IntN(len(fam.procs))]
				lo := fam.lo
				if proc == "corporate" && lo.Before(naiveModelStart) {
					lo = naiveModelStart
				}
				n := d.draw(proc, d.receipt(lo, fam.hi), fam.panel)
				n.transition, n.deem = fam.transition, fam.deem
				if fam.transition != "" && d.maybe(70) {
					// a stage 2 requested around the cutover
					n.s2req = naiveCutover2014.AddDate(0, 0, d.rng.IntN(20)-5)
					if n.s2req.Before(naiveLatest(n.received, n.s1)) {
						n.s2req = naiveLatest(n.received, n.s1)
					}
					n.s2resp, n.s2ext = time.Time{}, time.Time{}
					if d.maybe(60) {
						due := c.after(n.s2req, 25)
						n.s2resp = d.event(n.s2req, n.s2req, due)
					}
					if n.asOf.Before(n.s2req) {
						n.asOf = n.s2req.AddDate(0, 0, d.rng.IntN(40))
					}
				}
				if msg := c.disagreement(n); msg != "" {
					t.Error(msg)
					if fails++; fails >= 10 {
						t.Fatal("too many disagreements; stopping")
					}
				}
				if n.proc != "corporate" && n.received.Before(naiveCutover2014) && !n.s2req.IsZero() && !n.s2req.Before(naiveCutover2014) && !n.s2req.After(n.asOf) {
					seen["a wales-2005 stage 2 requested from 1 August 2014"]++
				}
				if !c.working(n.received) {
					seen["received on a non-working day"]++
				}
				_, ds := c.evaluate(n)
				for _, x := range ds {
					statuses[x.status]++
					reached[x.rule]++
					switch {
					case x.done.Equal(x.due):
						seen["done on the due day"]++
					case x.done.Equal(x.due.AddDate(0, 0, 1)):
						seen["done the day after the due day"]++
					}
				}
			}
			for _, r := range fam.rules {
				if reached[r] == 0 {
					t.Errorf("no case drawn reaches %s (%v)", r, reached)
				}
			}
			musts := []string{"received on a non-working day", "done on the due day", "done the day after the due day"}
			if fam.panel || fam.transition != "" {
				musts = append(musts, "a wales-2005 stage 2 requested from 1 August 2014")
			}
			for _, what := range musts {
				if seen[what] == 0 {
					t.Errorf("no case drawn %s", what)
				}
			}
			// The draws must reach every status a judged deadline can
			// have, or the comparison proves less than it says.
			for _, s := range []string{"in-time", "late", "not-yet-due", "due-today", "overdue", "not-recorded"} {
				if statuses[s] == 0 {
					t.Errorf("no deadline drawn with the status %s (%v)", s, statuses)
				}
			}
		})
	}
}

// TestNaiveModelAgreesOnEveryDayOfReceipt takes every day the holiday list
// covers, with room for the periods, as the day of receipt of a complaint
// with nothing else recorded (and, from 7 December 2020, of a corporate
// complaint, and of a stage 2 request 30 days later), read literally and
// deemed, and compares every deadline with the naive model's.
func TestNaiveModelAgreesOnEveryDayOfReceipt(t *testing.T) {
	c := naiveLoad(t)
	fails, days := 0, 0
	for r := c.first; r.Before(naiveDay("2028-10-01")); r = r.AddDate(0, 0, 1) {
		days++
		for _, proc := range []string{"complaint", "corporate"} {
			if proc == "corporate" && r.Before(naiveModelStart) {
				continue
			}
			for _, deem := range []bool{false, true} {
				n := naiveCase{proc: proc, received: r, s2req: r.AddDate(0, 0, 30), asOf: r.AddDate(0, 0, 30), deem: deem}
				if msg := c.disagreement(n); msg != "" {
					t.Error(msg)
					if fails++; fails >= 10 {
						t.Fatal("too many disagreements; stopping")
					}
				}
			}
		}
	}
	if days < 6000 {
		t.Fatalf("only %d days of receipt checked", days)
	}
}

// TestNaiveEdgeDates pins the hardest days by hand: each due date below was
// counted on a printed calendar, and both the engine and the naive model
// must give it.
func TestNaiveEdgeDates(t *testing.T) {
	c := naiveLoad(t)
	day := naiveDay
	rows := []struct {
		name   string
		n      naiveCase
		rule   string // "" when the case falls under no regime
		due    string
		status string
		lateBy int
	}{
		{name: "W14-ACK (SI 2014/1794 reg 15(2)): a complaint received on Thursday 15 September 2022 is acknowledged by Tuesday 20 September, the State Funeral bank holiday of Monday 19 not counted",
			n: naiveCase{received: day("2022-09-15"), asOf: day("2022-09-15")}, rule: "W14-ACK", due: "2022-09-20", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 15(2)): an acknowledgement on the due day, Tuesday 20 September 2022, is in time",
			n: naiveCase{received: day("2022-09-15"), ack: day("2022-09-20"), asOf: day("2022-09-30")}, rule: "W14-ACK", due: "2022-09-20", status: "in-time"},
		{name: "W14-ACK (SI 2014/1794 reg 15(2)): an acknowledgement the day after the due day, Wednesday 21 September 2022, is one working day late",
			n: naiveCase{received: day("2022-09-15"), ack: day("2022-09-21"), asOf: day("2022-09-30")}, rule: "W14-ACK", due: "2022-09-20", status: "late", lateBy: 1},
		{name: "W14-ACK (SI 2014/1794 reg 15(2)): with no acknowledgement, it is due today on Tuesday 20 September 2022",
			n: naiveCase{received: day("2022-09-15"), asOf: day("2022-09-20")}, rule: "W14-ACK", due: "2022-09-20", status: "due-today"},
		{name: "W14-ACK (SI 2014/1794 reg 15(2)): with no acknowledgement, it is one working day overdue on Wednesday 21 September 2022",
			n: naiveCase{received: day("2022-09-15"), asOf: day("2022-09-21")}, rule: "W14-ACK", due: "2022-09-20", status: "overdue", lateBy: 1},
		{name: "W14-DISCUSS (SI 2014/1794 reg 16(3)): with no acknowledgement recorded, the discussion runs 10 working days from the acknowledgement's due date, Tuesday 20 September 2022, to Tuesday 4 October",
			n: naiveCase{received: day("2022-09-15"), asOf: day("2022-09-15")}, rule: "W14-DISCUSS", due: "2022-10-04", status: "not-yet-due"},
		{name: "W14-RESOLUTION (SI 2014/1794 reg 16(5)): the written resolution runs 5 working days from the discussion's due date, Tuesday 4 October 2022, to Tuesday 11 October",
			n: naiveCase{received: day("2022-09-15"), resolved: "yes", asOf: day("2022-09-15")}, rule: "W14-RESOLUTION", due: "2022-10-11", status: "not-yet-due"},
		{name: "W14-STAGE1 (SI 2014/1794 regs 15(2), 16(3), 16(5)): 17 working days from Thursday 15 September 2022 end on Tuesday 11 October, the same day as the chain of 2, 10 and 5",
			n: naiveCase{received: day("2022-09-15"), asOf: day("2022-09-15")}, rule: "W14-STAGE1", due: "2022-10-11", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 2): a complaint received on Wednesday 1 June 2022 is acknowledged by Tuesday 7 June, the Spring and Platinum Jubilee bank holidays of 2 and 3 June not counted",
			n: naiveCase{received: day("2022-06-01"), asOf: day("2022-06-01")}, rule: "W14-ACK", due: "2022-06-07", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 2): a complaint received on Thursday 7 May 2020 is acknowledged by Tuesday 12 May, the early May bank holiday moved to Friday 8 May (VE Day) not counted",
			n: naiveCase{received: day("2020-05-07"), asOf: day("2020-05-07")}, rule: "W14-ACK", due: "2020-05-12", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 2): a complaint received on Friday 5 May 2023 is acknowledged by Wednesday 10 May, the coronation bank holiday of Monday 8 May not counted",
			n: naiveCase{received: day("2023-05-05"), asOf: day("2023-05-05")}, rule: "W14-ACK", due: "2023-05-10", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 2): a complaint received on Wednesday 23 December 2020 is acknowledged by Tuesday 29 December, Christmas Day and Boxing Day's substitute, Monday 28, not counted",
			n: naiveCase{received: day("2020-12-23"), asOf: day("2020-12-23")}, rule: "W14-ACK", due: "2020-12-29", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 15(2)): a complaint received on Christmas Day, Saturday 25 December 2021, is counted from that day, read literally, and acknowledged by Thursday 30 December",
			n: naiveCase{received: day("2021-12-25"), asOf: day("2021-12-25")}, rule: "W14-ACK", due: "2021-12-30", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 15(2), Engine.DeemNextWorkingDay): the same complaint deemed received on Wednesday 29 December 2021 is acknowledged by Friday 31 December",
			n: naiveCase{received: day("2021-12-25"), asOf: day("2021-12-25"), deem: true}, rule: "W14-ACK", due: "2021-12-31", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 2): a complaint received on Maundy Thursday, 28 March 2024, is acknowledged by Wednesday 3 April, Good Friday and Easter Monday not counted",
			n: naiveCase{received: day("2024-03-28"), asOf: day("2024-03-28")}, rule: "W14-ACK", due: "2024-04-03", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 15(2)): a complaint received on Good Friday, 18 April 2025, is acknowledged by Wednesday 23 April, Easter Monday not counted",
			n: naiveCase{received: day("2025-04-18"), asOf: day("2025-04-18")}, rule: "W14-ACK", due: "2025-04-23", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 2): a complaint received on Friday 30 December 2022 is acknowledged by Wednesday 4 January 2023, New Year's Day's substitute, Monday 2 January, not counted",
			n: naiveCase{received: day("2022-12-30"), asOf: day("2022-12-30")}, rule: "W14-ACK", due: "2023-01-04", status: "not-yet-due"},
		{name: "W14-ACK (SI 2014/1794 reg 1): a complaint received on Friday 1 August 2014, the day the 2014 Regulations came into force, is acknowledged by Tuesday 5 August",
			n: naiveCase{received: day("2014-08-01"), asOf: day("2014-08-01")}, rule: "W14-ACK", due: "2014-08-05", status: "not-yet-due"},
		{name: "W05-STAGE1 (SI 2005/3366, practice; SI 2014/1794 reg 1): a complaint received on Thursday 31 July 2014 stays under the 2005 procedure, its stage 1 response due on Thursday 14 August",
			n: naiveCase{received: day("2014-07-31"), asOf: day("2014-07-31")}, rule: "W05-STAGE1", due: "2014-08-14", status: "not-yet-due"},
		{name: "W05-STAGE2 (SI 2005/3366 reg 20(2), keep-regime): a stage 2 requested on Friday 1 August 2014 for a complaint received the day before is due on Monday 8 September, the summer bank holiday of 25 August not counted",
			n: naiveCase{received: day("2014-07-31"), s2req: day("2014-08-01"), asOf: day("2014-08-01")}, rule: "W05-STAGE2", due: "2014-09-08", status: "not-yet-due"},
		{name: "W14-STAGE2 (Welsh Government guidance, stage2-by-request-date): the same stage 2 is due on the same Monday 8 September 2014 under the 2014 rule",
			n: naiveCase{received: day("2014-07-31"), s2req: day("2014-08-01"), asOf: day("2014-08-01"), transition: "stage2-by-request-date"}, rule: "W14-STAGE2", due: "2014-09-08", status: "not-yet-due"},
		{name: "W05-STAGE1 (SI 2005/3366 reg 2, Welsh text): a complaint received on Thursday 31 May 2012 is answered by Monday 18 June, the Spring and Diamond Jubilee bank holidays of 4 and 5 June not counted",
			n: naiveCase{received: day("2012-05-31"), asOf: day("2012-05-31")}, rule: "W05-STAGE1", due: "2012-06-18", status: "not-yet-due"},
		{name: "W05-STAGE1 (SI 2005/3366 reg 2, Welsh text): a complaint received on Friday 21 December 2012 is answered by Wednesday 9 January 2013, Christmas Day, Boxing Day and New Year's Day not counted",
			n: naiveCase{received: day("2012-12-21"), asOf: day("2012-12-21")}, rule: "W05-STAGE1", due: "2013-01-09", status: "not-yet-due"},
		{name: "W14-STAGE2 (Welsh Government guidance): a stage 2 requested on Christmas Eve 2020 is due on Tuesday 2 February 2021",
			n: naiveCase{received: day("2020-11-02"), s2req: day("2020-12-24"), asOf: day("2020-12-24")}, rule: "W14-STAGE2", due: "2021-02-02", status: "not-yet-due"},
		{name: "CORP-STAGE1 (Public Services Ombudsman (Wales) Act 2019 s.38, councils' procedures): a corporate complaint received on Monday 7 December 2020, the first day of psow-model, is answered by Monday 21 December",
			n: naiveCase{proc: "corporate", received: day("2020-12-07"), asOf: day("2020-12-07")}, rule: "CORP-STAGE1", due: "2020-12-21", status: "not-yet-due"},
		{name: "CORP-STAGE2 (Public Services Ombudsman (Wales) Act 2019 s.38, councils' procedures): a stage 2 requested on Friday 22 December 2023 is answered by Wednesday 24 January 2024",
			n: naiveCase{proc: "corporate", received: day("2023-12-01"), s2req: day("2023-12-22"), asOf: day("2023-12-22")}, rule: "CORP-STAGE2", due: "2024-01-24", status: "not-yet-due"},
		{name: "psow-model (Public Services Ombudsman (Wales) Act 2019 s.38): a corporate complaint received on Sunday 6 December 2020, the day before, falls under no encoded regime",
			n: naiveCase{proc: "corporate", received: day("2020-12-06"), asOf: day("2020-12-06")}},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			_, model := c.evaluate(row.n)
			_, engine, err := naiveEngineAnswer(row.n)
			if row.rule == "" {
				if err == nil || len(model) != 0 {
					t.Fatalf("engine error %v, model deadlines %v: want an error and none", err, model)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for who, ds := range map[string][]naiveDeadline{"engine": engine, "model": model} {
				i := slices.IndexFunc(ds, func(d naiveDeadline) bool { return d.rule == row.rule })
				if i < 0 {
					t.Errorf("%s: no %s among %v", who, row.rule, ds)
					continue
				}
				if got := ds[i]; got.due.Format(time.DateOnly) != row.due || got.status != row.status || got.lateBy != row.lateBy {
					t.Errorf("%s: %s, want due %s %s late by %d", who, got, row.due, row.status, row.lateBy)
				}
			}
		})
	}
}

// naiveEaster returns Easter Sunday of year y (the anonymous Gregorian
// algorithm, as in Meeus's Astronomical Algorithms).
func naiveEaster(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// naiveStandingDays returns the bank holidays of England and Wales in year
// y by the usual practice under the Banking and Financial Dealings Act 1971
// (Schedule 1, with the days the annual proclamations give), together with
// Good Friday and Christmas Day, before any one-off or move.
func naiveStandingDays(y int) []time.Time {
	date := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	monday := func(t time.Time, step int) time.Time { // the first Monday from t, going by step days
		for t.Weekday() != time.Monday {
			t = t.AddDate(0, 0, step)
		}
		return t
	}
	easter := naiveEaster(y)
	newYear := date(time.January, 1)
	if wd := newYear.Weekday(); wd == time.Saturday || wd == time.Sunday {
		newYear = monday(newYear, 1)
	}
	out := []time.Time{
		newYear,                           // New Year's Day, or the Monday after it at a weekend
		easter.AddDate(0, 0, -2),          // Good Friday
		easter.AddDate(0, 0, 1),           // Easter Monday
		monday(date(time.May, 1), 1),      // early May: the first Monday
		monday(date(time.May, 31), -1),    // spring: the last Monday of May
		monday(date(time.August, 31), -1), // summer: the last Monday of August
	}
	// Christmas Day and Boxing Day, each at a weekend moved to the next
	// weekday that is not the other.
	switch date(time.December, 25).Weekday() {
	case time.Friday:
		out = append(out, date(time.December, 25), date(time.December, 28))
	case time.Saturday:
		out = append(out, date(time.December, 27), date(time.December, 28))
	case time.Sunday:
		out = append(out, date(time.December, 26), date(time.December, 27))
	default:
		out = append(out, date(time.December, 25), date(time.December, 26))
	}
	return out
}

// TestNaiveHolidayFileFollowsTheStandingRules checks the data the naive
// model (and the engine's calendar) rest on against an independent
// derivation: every year of GOV.UK's list holds exactly the standing days,
// Easter computed, but for the one-offs and moves each named here.
func TestNaiveHolidayFileFollowsTheStandingRules(t *testing.T) {
	c := naiveLoad(t)
	day := naiveDay
	moves := []struct {
		year     int
		from, to string // a standing day moved ("" from: a day added)
		why      string
	}{
		{2012, "2012-05-28", "2012-06-04", "the spring bank holiday moved for the Diamond Jubilee"},
		{2012, "", "2012-06-05", "the Diamond Jubilee bank holiday"},
		{2020, "2020-05-04", "2020-05-08", "the early May bank holiday moved to VE Day"},
		{2022, "2022-05-30", "2022-06-02", "the spring bank holiday moved for the Platinum Jubilee"},
		{2022, "", "2022-06-03", "the Platinum Jubilee bank holiday"},
		{2022, "", "2022-09-19", "the State Funeral of Queen Elizabeth II"},
		{2023, "", "2023-05-08", "the coronation of King Charles III"},
	}
	for y := c.first.Year(); y <= c.last.Year(); y++ {
		t.Run(fmt.Sprintf("the list for %d holds the standing days and the named one-offs, nothing else", y), func(t *testing.T) {
			want := map[time.Time]string{}
			for _, s := range naiveStandingDays(y) {
				want[s] = "standing day"
			}
			for _, m := range moves {
				if m.year != y {
					continue
				}
				if m.from != "" {
					if _, ok := want[day(m.from)]; !ok {
						t.Fatalf("%s is no standing day of %d (%s)", m.from, y, m.why)
					}
					delete(want, day(m.from))
				}
				want[day(m.to)] = m.why
			}
			for h, title := range c.holiday {
				if h.Year() != y {
					continue
				}
				if _, ok := want[h]; !ok {
					t.Errorf("%s %q is in the list but not a standing day or a named one-off", h.Format(time.DateOnly), title)
				}
			}
			for w, why := range want {
				if _, ok := c.holiday[w]; !ok {
					t.Errorf("%s (%s) is missing from the list", w.Format(time.DateOnly), why)
				}
			}
		})
	}
}
