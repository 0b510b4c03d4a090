package timescale_test

// Properties that hold for every deadline, checked over every day from
// 1 April 2006 to 31 December 2030 as the day of receipt, with follow-on
// dates drawn from a fixed pseudo-random source (so that every run checks
// the same cases). The checks count working days one day at a time with
// Calendar.IsWorkingDay, not with the constant-time tables the engine uses.

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

var (
	firstReceipt = d("2006-04-01")
	lastReceipt  = d("2030-12-31")
	cutover      = d("2014-08-01")
	// modelStart is the first day of psow-model, the corporate procedure.
	modelStart = d("2020-12-07")
)

// checker stops a property test after a screenful of failures.
type checker struct {
	t     *testing.T
	fails int
}

func (k *checker) errorf(format string, args ...any) {
	k.t.Helper()
	k.t.Errorf(format, args...)
	k.fails++
	if k.fails >= 20 {
		k.t.Fatal("too many failures; stopping")
	}
}

// walk counts, one day at a time, the working days d with from < d <= to
// and lists the non-working days among them.
func walk(cal *calendar.Calendar, from, to calendar.Date) (int, []calendar.Date) {
	n := 0
	var skipped []calendar.Date
	for day := from.AddDays(1); !day.After(to); day = day.AddDays(1) {
		ok, err := cal.IsWorkingDay(day)
		if err != nil {
			panic(err) // every date walked is inside the calendar
		}
		if ok {
			n++
		} else {
			skipped = append(skipped, day)
		}
	}
	return n, skipped
}

// randomCase draws a valid case received on r with follow-on dates in
// order; each step is present or not at random.
func randomCase(rng *rand.Rand, received calendar.Date) timescale.Case {
	c := timescale.Case{ID: "p", Kind: timescale.Complaint, Received: received}
	cur := received
	step := func(p float64, maxDays int) calendar.Date {
		if rng.Float64() >= p {
			return calendar.Date{}
		}
		cur = cur.AddDays(rng.IntN(maxDays + 1))
		return cur
	}
	if !received.Before(modelStart) && rng.IntN(3) == 0 {
		// A corporate complaint: acknowledgement, stage 1, stage 2.
		c.Procedure = timescale.CorporateProcedure
		c.Acknowledged = step(0.6, 8)
		c.Stage1Response = step(0.6, 20)
		c.Stage2Requested = step(0.4, 60)
		if !c.Stage2Requested.IsZero() {
			if rng.IntN(4) == 0 {
				c.Stage2ExtendedTo = c.Stage2Requested.AddDays(30 + rng.IntN(40))
			}
			c.Stage2Response = step(0.7, 45)
		}
		if rng.IntN(20) == 0 {
			c.Withdrawn = cur.AddDays(rng.IntN(10))
		}
		if rng.IntN(2) == 0 {
			c.Matter = received.AddDays(-rng.IntN(300))
		}
		return c
	}
	if !received.Before(cutover) {
		c.Acknowledged = step(0.6, 6)
		c.Discussed = step(0.6, 20)
	}
	c.Stage1Response = step(0.6, 30)
	if !received.Before(cutover) {
		c.ResolvedLocally = [...]string{"", "yes", "no"}[rng.IntN(3)]
	}
	c.Stage2Requested = step(0.4, 60)
	if !c.Stage2Requested.IsZero() {
		if rng.IntN(4) == 0 {
			c.Stage2ExtendedTo = c.Stage2Requested.AddDays(30 + rng.IntN(40))
		}
		c.Stage2Response = step(0.7, 60)
		if received.Before(cutover) {
			c.Stage3Requested = step(0.5, 30)
		}
	}
	if !c.Stage3Requested.IsZero() {
		s3 := c.Stage3Requested
		if rng.IntN(2) == 0 {
			c.PanelAcknowledged = s3.AddDays(rng.IntN(7))
		}
		cur = s3
		c.PanelStatementRequested = step(0.7, 10)
		c.PanelStatementReceived = step(0.7, 40)
		c.PanelConvened = step(0.7, 40)
	}
	if rng.IntN(20) == 0 {
		c.Withdrawn = cur.AddDays(rng.IntN(10))
	}
	if rng.IntN(2) == 0 {
		c.Matter = received.AddDays(-rng.IntN(500))
	}
	return c
}

// setDone records the event e on date v in c.
func setDone(t *testing.T, c *timescale.Case, e timescale.Event, v calendar.Date) {
	t.Helper()
	switch e {
	case timescale.Acknowledged:
		c.Acknowledged = v
	case timescale.Discussed:
		c.Discussed = v
	case timescale.Stage1Responded:
		c.Stage1Response = v
	case timescale.Stage2Responded:
		c.Stage2Response = v
	case timescale.PanelRequestAcknowledged:
		c.PanelAcknowledged = v
	case timescale.StatementReceived:
		c.PanelStatementReceived = v
	case timescale.PanelHeld:
		c.PanelConvened = v
	default:
		t.Fatalf("no case field for event %q", e)
	}
}

// wantBand is the response-time bands of the social services regimes
// (RULES.md), written out, with the bands of the corporate procedure:
// 0-10, 11-20, 21+.
func wantBand(r timescale.Regime, taken int) string {
	first, second := 17, 25
	switch r {
	case timescale.Wales2005:
		first = 10
	case timescale.PSOWModel:
		first, second = 10, 20
	}
	switch {
	case taken <= first:
		return fmt.Sprintf("0-%d", first)
	case taken <= second:
		return fmt.Sprintf("%d-%d", first+1, second)
	}
	return fmt.Sprintf("%d+", second+1)
}

// lazy formats the description of a failure only when one is reported.
type lazy func() string

func (l lazy) String() string { return l() }

// checkDeadline checks every property of one deadline of an assessment.
func checkDeadline(k *checker, cal *calendar.Calendar, e timescale.Engine, c timescale.Case, a timescale.Assessment, x timescale.Deadline) {
	k.t.Helper()
	where := lazy(func() string {
		return fmt.Sprintf("%s, case received %s (%+v), as of %s, deem %v", x.RuleID, c.Received, c, a.AsOf, e.DeemNextWorkingDay)
	})

	rule, ok := timescale.RuleByID(x.RuleID)
	if !ok {
		k.errorf("%s: unknown rule", where)
		return
	}
	// The period starts where the rule says: the day of the start event,
	// the next working day after it when deemed, or a due date.
	var start calendar.Date
	switch rule.Start {
	case timescale.Received:
		start = c.Received
	case timescale.Stage2Requested:
		start = c.Stage2Requested
	}
	startWorks := true
	if !start.IsZero() {
		startWorks, _ = cal.IsWorkingDay(start)
	}
	switch {
	case x.FromIsDue:
		if !rule.StartMayBeDue {
			k.errorf("%s: runs from a due date but the rule does not allow it", where)
		}
	case x.Deemed:
		n, _ := walk(cal, start, x.From)
		fromWorks, _ := cal.IsWorkingDay(x.From)
		if start.IsZero() || startWorks || !e.DeemNextWorkingDay || n != 1 || !fromWorks {
			k.errorf("%s: deemed start %s is not the next working day after a start %s on a non-working day", where, x.From, start)
		}
		if rule.Start == timescale.Received && a.DeemedReceived != x.From {
			k.errorf("%s: deemed start %s, but the assessment deems receipt on %s", where, x.From, a.DeemedReceived)
		}
	case !start.IsZero():
		if x.From != start {
			k.errorf("%s: runs from %s, want the day of its start event %s", where, x.From, start)
		}
		if e.DeemNextWorkingDay && !startWorks {
			k.errorf("%s: starts on a non-working day %s but is not deemed", where, start)
		}
	}

	explanation, err := timescale.Engine{}.Explain(x)
	if err != nil {
		k.errorf("%s: Explain: %v", where, err)
		return
	}
	s := explanation.String()
	if !strings.Contains(s, x.RuleID) || !strings.Contains(s, x.Due.Display()) || !strings.Contains(s, x.Citation) {
		k.errorf("%s: explanation %q does not name the rule, its citation and the due date %s", where, s, x.Due.Display())
	}

	if x.Months > 0 {
		checkCalendarPeriod(k, where, x)
		return
	}

	// The due date is a working day, WorkingDays working days after From.
	if ok, err := cal.IsWorkingDay(x.Due); err != nil || !ok {
		k.errorf("%s: due %s is not a working day (%v)", where, x.Due, err)
	}
	if n, err := cal.WorkingDaysBetween(x.From, x.Due); err != nil || n != x.WorkingDays {
		k.errorf("%s: WorkingDaysBetween(%s, %s) = %d, %v; want %d", where, x.From, x.Due, n, err, x.WorkingDays)
	}
	// The explanation adds up: walking from From, the days skipped are
	// exactly Skipped, in order, and the WorkingDays-th working day is Due.
	n, walked := 0, 0
	var skipped []calendar.Date
	day := x.From
	for n < x.WorkingDays {
		day = day.AddDays(1)
		walked++
		if ok, _ := cal.IsWorkingDay(day); ok {
			n++
		} else {
			skipped = append(skipped, day)
		}
		if walked > 400 {
			k.errorf("%s: no %d working days within 400 days of %s", where, x.WorkingDays, x.From)
			return
		}
	}
	if day != x.Due {
		k.errorf("%s: walking %d working days from %s reaches %s, want due %s", where, x.WorkingDays, x.From, day, x.Due)
	}
	var got []calendar.Date
	for _, sk := range explanation.Skipped {
		got = append(got, sk.Date)
		if ok, _ := cal.IsWorkingDay(sk.Date); ok {
			k.errorf("%s: skipped %s is a working day", where, sk.Date)
		}
		weekend := sk.Date.Weekday() == time.Saturday || sk.Date.Weekday() == time.Sunday
		if (sk.Kind == calendar.Weekend) != weekend || sk.Reason == "" {
			k.errorf("%s: skipped %s has kind %s and reason %q", where, sk.Date, sk.Kind, sk.Reason)
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(skipped) {
		k.errorf("%s: explanation skips %v, walking skips %v", where, got, skipped)
	}
	if x.Due.DaysSince(x.From) != x.WorkingDays+len(explanation.Skipped) {
		k.errorf("%s: %d days from %s to %s, want %d working + %d skipped", where, x.Due.DaysSince(x.From), x.From, x.Due, x.WorkingDays, len(explanation.Skipped))
	}
	if explanation.From != x.From || explanation.Due != x.Due || explanation.WorkingDays != x.WorkingDays || explanation.RuleID != x.RuleID {
		k.errorf("%s: explanation %+v does not match the deadline", where, explanation)
	}

	// Done, Taken, Status and LateBy.
	due := x.EffectiveDue()
	if x.IsDone() {
		taken, _ := walk(cal, x.From, x.Done)
		if x.Taken != taken {
			k.errorf("%s: taken %d, walking from %s to %s counts %d", where, x.Taken, x.From, x.Done, taken)
		}
		late, _ := walk(cal, due, x.Done)
		switch {
		case notJudged(c, x):
			if x.Status != timescale.DeadlineNotJudged || x.LateBy != 0 {
				k.errorf("%s: done %s, but the matter is not recorded as resolved: status %s late by %d, want not judged", where, x.Done, x.Status, x.LateBy)
			}
		case x.Done.After(due) && (x.Status != timescale.DeadlineLate || x.LateBy != late):
			k.errorf("%s: done %s after %s: status %s late by %d, want late by %d", where, x.Done, due, x.Status, x.LateBy, late)
		case !x.Done.After(due) && (x.Status != timescale.DeadlineInTime || x.LateBy != 0):
			k.errorf("%s: done %s by %s: status %s late by %d, want in time", where, x.Done, due, x.Status, x.LateBy)
		}
		if x.Status == timescale.DeadlineInTime && x.Taken > x.WorkingDays && x.ExtendedTo.IsZero() {
			k.errorf("%s: in time with %d working days taken, more than %d", where, x.Taken, x.WorkingDays)
		}
		if x.Milestone == timescale.Stage1Response || x.Milestone == timescale.Stage2Response {
			if x.Band != wantBand(a.Regime, x.Taken) {
				k.errorf("%s: band %q for %d days, want %q", where, x.Band, x.Taken, wantBand(a.Regime, x.Taken))
			}
		} else if x.Band != "" {
			k.errorf("%s: band %q on a milestone that is not a response", where, x.Band)
		}
		return
	}
	if x.Taken != 0 || x.Band != "" {
		k.errorf("%s: not done but taken %d, band %q", where, x.Taken, x.Band)
	}
	if notJudged(c, x) != (x.Status == timescale.DeadlineNotJudged) {
		k.errorf("%s: status %s, resolved locally %q", where, x.Status, c.ResolvedLocally)
		return
	}
	switch x.Status {
	case timescale.DeadlineNotJudged:
		if x.LateBy != 0 {
			k.errorf("%s: not judged but late by %d", where, x.LateBy)
		}
	case timescale.DeadlineWithdrawn:
		if c.Withdrawn.IsZero() {
			k.errorf("%s: withdrawn status on a case not withdrawn", where)
		}
	case timescale.DeadlineNotRecorded:
	case timescale.DeadlineNotYetDue, timescale.DeadlineDueToday, timescale.DeadlineOverdue:
		want := map[int]timescale.DeadlineStatus{-1: timescale.DeadlineNotYetDue, 0: timescale.DeadlineDueToday, 1: timescale.DeadlineOverdue}[a.AsOf.Compare(due)]
		wantLate := 0
		if want == timescale.DeadlineOverdue {
			wantLate, _ = walk(cal, due, a.AsOf)
		}
		if x.Status != want || x.LateBy != wantLate {
			k.errorf("%s: due %s, as of %s: status %s late by %d, want %s late by %d", where, due, a.AsOf, x.Status, x.LateBy, want, wantLate)
		}
	default:
		k.errorf("%s: status %q on a milestone not done", where, x.Status)
	}
}

// notJudged reports whether deadline x of case c is never judged: the
// written resolution of reg 16(5) is due only where the matter was
// resolved to the complainant's satisfaction.
func notJudged(c timescale.Case, x timescale.Deadline) bool {
	return x.RuleID == "W14-RESOLUTION" && c.ResolvedLocally != "yes"
}

// checkTransition checks which stage 2 rule a case received before the
// cutover has: under keep-regime the 2005 rule, and under
// stage2-by-request-date the 2014 rule when stage 2 was requested on or
// after the cutover; either way the deadline names the reading when the
// request came on or after the cutover, and only then.
func checkTransition(k *checker, e timescale.Engine, c timescale.Case, a timescale.Assessment) {
	k.t.Helper()
	crossed := c.Received.Before(cutover) && !c.Stage2Requested.IsZero() && !c.Stage2Requested.Before(cutover)
	want := timescale.KeepRegime
	if e.Transition != "" {
		want = e.Transition
	}
	if a.Transition != want {
		k.errorf("received %s: assessment transition %q, want %q", c.Received, a.Transition, want)
	}
	crossed3 := c.Received.Before(cutover) && !c.Stage3Requested.IsZero() && !c.Stage3Requested.Before(cutover)
	if a.TransitionApplies != (crossed || crossed3) {
		k.errorf("received %s, stage 2 requested %s, stage 3 %s: transition applies %v", c.Received, c.Stage2Requested, c.Stage3Requested, a.TransitionApplies)
	}
	x, ok := a.Deadline(timescale.Stage2Response)
	if c.Stage2Requested.IsZero() {
		if ok {
			k.errorf("received %s: a stage 2 deadline with no stage 2 request", c.Received)
		}
		return
	}
	wantRule := "W14-STAGE2"
	switch {
	case c.Procedure == timescale.CorporateProcedure:
		wantRule = "CORP-STAGE2"
	case c.Received.Before(cutover) && !(crossed && want == timescale.Stage2ByRequestDate):
		wantRule = "W05-STAGE2"
	}
	wantTransition := timescale.Transition("")
	if crossed {
		wantTransition = want
	}
	if !ok || x.RuleID != wantRule || x.Transition != wantTransition {
		k.errorf("received %s, stage 2 requested %s, reading %s: stage 2 deadline %s (transition %q), want %s (transition %q)",
			c.Received, c.Stage2Requested, want, x.RuleID, x.Transition, wantRule, wantTransition)
	}
}

// checkCalendarPeriod checks TIME-LIMIT (the same date 12 months later,
// 29 February mapping to 28 February) and PSOW (the day before the
// anniversary).
func checkCalendarPeriod(k *checker, where fmt.Stringer, x timescale.Deadline) {
	f := x.From
	switch x.RuleID {
	case "TIME-LIMIT":
		want := calendar.NewDate(f.Year+1, f.Month, f.Day)
		if !want.IsValid() {
			want = calendar.NewDate(f.Year+1, f.Month, f.Day-1)
		}
		if x.Due != want {
			k.errorf("%s: time limit from %s ends %s, want %s", where, f, x.Due, want)
		}
	case "CORP-TIME-LIMIT":
		// The same date six months later, or the last day of that month.
		y, m := f.Year, f.Month+6
		if m > 12 {
			y, m = y+1, m-12
		}
		want := calendar.NewDate(y, m, f.Day)
		for !want.IsValid() {
			want.Day--
		}
		if x.Due != want {
			k.errorf("%s: time limit from %s ends %s, want %s", where, f, x.Due, want)
		}
	case "PSOW":
		anniversary := calendar.NewDate(f.Year+1, f.Month, f.Day)
		if !anniversary.IsValid() {
			anniversary = calendar.NewDate(f.Year+1, time.March, 1)
		}
		if x.Due.AddDays(1) != anniversary {
			k.errorf("%s: window from %s ends %s, want the day before %s", where, f, x.Due, anniversary)
		}
	default:
		k.errorf("%s: unexpected calendar period", where)
	}
}

// TestPropertiesOfRandomCases evaluates, for every day of receipt, a case
// with random follow-on dates, read literally and with deemed receipt.
func TestPropertiesOfRandomCases(t *testing.T) {
	cal := calendar.Wales()
	rng := rand.New(rand.NewPCG(2014, 1794))
	k := &checker{t: t}
	deadlines := map[string]int{}
	for received := firstReceipt; !received.After(lastReceipt); received = received.AddDays(1) {
		for _, e := range []timescale.Engine{{}, deem, byRequestDate} {
			c := randomCase(rng, received)
			asOf := received.AddDays(rng.IntN(400))
			a, err := e.Evaluate(c, asOf)
			if err != nil {
				k.errorf("Evaluate(%+v): %v", c, err)
				continue
			}
			// The events after asOf are set aside: the checks are of the case
			// as known then.
			c = timescale.KnownOn(c, asOf)
			if err := e.Validate(c); err != nil {
				k.errorf("KnownOn(%+v, %v) is refused: %v", c, asOf, err)
			}
			checkTransition(k, e, c, a)
			for _, x := range a.Deadlines {
				deadlines[x.RuleID]++
				checkDeadline(k, cal, e, c, a, x)
			}
		}
	}
	// Every rule was exercised.
	for _, r := range timescale.Rules() {
		if deadlines[r.ID] == 0 {
			t.Errorf("no generated case exercised %s", r.ID)
		}
	}
	t.Logf("deadlines checked by rule: %v", deadlines)
}

// TestPropertiesActOnTheDueDate does every step of a case on its due date,
// one after the other, for every day of receipt: every working-day
// deadline is then in time with exactly its working days taken. For
// wales-2014 this also proves that 2 + 10 + 5 = 17: a written resolution
// on its due date, after an acknowledgement and a discussion on theirs,
// is on the due date of the 17-day full response.
func TestPropertiesActOnTheDueDate(t *testing.T) {
	cal := calendar.Wales()
	rng := rand.New(rand.NewPCG(2005, 3366))
	k := &checker{t: t}
	for received := firstReceipt; !received.After(lastReceipt); received = received.AddDays(1) {
		for _, e := range []timescale.Engine{{}, deem} {
			c := timescale.Case{ID: "p", Kind: timescale.Complaint, Received: received, ResolvedLocally: "yes"}
			corporate := !received.Before(modelStart) && rng.IntN(2) == 0
			if corporate {
				c = timescale.Case{ID: "p", Kind: timescale.Complaint, Procedure: timescale.CorporateProcedure, Received: received}
			}
			c.Stage2Requested = received.AddDays(60 + rng.IntN(30))
			if received.Before(cutover) {
				c.Stage3Requested = c.Stage2Requested.AddDays(60 + rng.IntN(20))
				c.PanelStatementRequested = c.Stage3Requested.AddDays(10 + rng.IntN(10))
			}
			var a timescale.Assessment
			for range 10 {
				var err error
				a, err = e.Evaluate(c, latestEvent(c))
				if err != nil {
					t.Fatalf("Evaluate(%+v): %v", c, err)
				}
				next := -1
				for i, x := range a.Deadlines {
					if x.WorkingDays > 0 && !x.IsDone() {
						next = i
						break
					}
				}
				if next < 0 {
					break
				}
				x := a.Deadlines[next]
				rule, _ := timescale.RuleByID(x.RuleID)
				setDone(t, &c, rule.MetBy, x.Due)
			}
			for _, x := range a.Deadlines {
				if x.WorkingDays == 0 {
					continue
				}
				if x.Done != x.Due || x.Taken != x.WorkingDays || !x.MetInTime() || x.LateBy != 0 {
					k.errorf("%s, received %s, deem %v: done %s, due %s, taken %d of %d, status %s, late by %d; want done on the due date, in time, all days taken",
						x.RuleID, received, e.DeemNextWorkingDay, x.Done, x.Due, x.Taken, x.WorkingDays, x.Status, x.LateBy)
				}
				checkDeadline(k, cal, e, c, a, x)
			}
			// wales-2014: acknowledgement, discussion, resolution, stage 1 and
			// stage 2; wales-2005: stage 1, stage 2 and the three panel rules;
			// psow-model: acknowledgement, stage 1 and stage 2.
			want := 5
			if corporate {
				want = 3
			}
			if n := len(a.Deadlines); n != want {
				k.errorf("received %s: %d deadlines, want %d: %+v", received, n, want, a.Deadlines)
			}
			wantStatus := timescale.CaseResolvedStage2
			if received.Before(cutover) {
				wantStatus = timescale.CaseStage3
			}
			if a.Status != wantStatus {
				k.errorf("received %s: case status %s, want %s", received, a.Status, wantStatus)
			}
		}
	}
}
