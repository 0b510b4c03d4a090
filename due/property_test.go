package due_test

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/timescale"
)

// randomCase returns a complaint received in the 100 days up to asOf that
// has gone some way through the procedure, with an owner and an agreed
// revised date now and then, on any kind of day.
func randomCase(r *rand.Rand, i int, asOf calendar.Date) timescale.Case {
	between := func(x calendar.Date, lo, hi int) calendar.Date { return x.AddDays(lo + r.IntN(hi-lo+1)) }
	c := timescale.Case{ID: "R-" + strconv.Itoa(i), Kind: timescale.Complaint, Received: between(asOf, -100, 0)}
	if r.IntN(3) == 0 {
		c.Owner = []string{"Team A", "team a", "Team B", " "}[r.IntN(4)]
	}
	step := r.IntN(6)
	if step >= 1 {
		c.Acknowledged = between(c.Received, 0, 5)
	}
	if step >= 2 {
		c.Discussed = between(c.Acknowledged, 1, 15)
	}
	if step >= 3 {
		c.Stage1Response = between(c.Discussed, 1, 20)
	}
	if step >= 4 {
		c.Stage2Requested = between(c.Stage1Response, 0, 10)
		if r.IntN(2) == 0 {
			c.Stage2ExtendedTo = between(c.Stage2Requested, 20, 50)
		}
	}
	if step >= 5 && c.Received.Before(d("2014-08-01")) && r.IntN(2) == 0 {
		c.Stage2Response = between(c.Stage2Requested, 10, 50)
	}
	if r.IntN(20) == 0 {
		c.Withdrawn = between(c.Received, 1, 30)
		if !c.Acknowledged.IsZero() && c.Withdrawn.Before(c.Acknowledged) {
			c.Withdrawn = c.Acknowledged
		}
	}
	return c
}

// naiveLeft counts the working days d with from < d <= to (negative when to
// is before from) one day at a time.
func naiveLeft(t *testing.T, cal *calendar.Calendar, from, to calendar.Date) int {
	n, sign := 0, 1
	if to.Before(from) {
		from, to, sign = to, from, -1
	}
	for x := from.AddDays(1); !x.After(to); x = x.AddDays(1) {
		ok, err := cal.IsWorkingDay(x)
		require.NoError(t, err)
		if ok {
			n++
		}
	}
	return sign * n
}

// TestTheListAgreesWithANaiveModel checks, over many generated complaints
// and dates, that a deadline is listed exactly when it is open and due by
// the window's last working day (counted one day at a time), that the
// working days left are counted as a person counts them, that the list is
// sorted, that Builder.Selects agrees with the list, and that an item is
// provisional exactly when the engine marked its deadline so.
func TestTheListAgreesWithANaiveModel(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 1794))
	cal := calendar.Wales()
	open := map[timescale.DeadlineStatus]bool{timescale.DeadlineNotYetDue: true, timescale.DeadlineDueToday: true, timescale.DeadlineOverdue: true}
	const rounds = 60
	listed := 0
	seen := map[string]bool{}
	for round := range rounds {
		// Both regimes, and some projected years.
		asOf := d("2013-06-01").AddDays(r.IntN(4 * 365))
		if round%4 == 0 {
			asOf = d("2027-06-01").AddDays(r.IntN(3 * 365))
		}
		within := []int{0, 1, 5, 20}[r.IntN(4)]
		owner := []string{"", "TEAM A", "Team B"}[r.IntN(3)]
		var as []timescale.Assessment
		for i := range 200 {
			c := randomCase(r, i, asOf)
			if c.Received.After(asOf) {
				continue
			}
			a, err := timescale.Evaluate(c, asOf)
			if err != nil {
				continue // a generated case the engine refuses
			}
			as = append(as, a)
		}
		until := asOf
		for n := 0; n < within; {
			until = until.AddDays(1)
			if ok, _ := cal.IsWorkingDay(until); ok {
				n++
			}
		}
		b, err := due.NewBuilder(due.Options{AsOf: asOf, Within: within, Owner: owner})
		require.NoError(t, err)
		type key struct {
			id   string
			rule string
		}
		want := map[key]due.Item{}
		for i := range as {
			a := &as[i]
			for j := range a.Deadlines {
				dl := &a.Deadlines[j]
				eff := dl.Due
				if dl.ExtendedTo.After(eff) {
					eff = dl.ExtendedTo
				}
				in := open[dl.Status] && !eff.After(until) && (owner == "" || lower(a.Owner) == lower(owner))
				if open[dl.Status] && !eff.After(until) {
					require.True(t, b.Selects(dl), "%s %s as of %s is selected", a.ID, dl.RuleID, asOf)
				} else {
					require.False(t, b.Selects(dl), "%s %s as of %s is not selected", a.ID, dl.RuleID, asOf)
				}
				if !in {
					continue
				}
				status := timescale.DeadlineNotYetDue
				switch {
				case asOf == eff:
					status = timescale.DeadlineDueToday
				case asOf.After(eff):
					status = timescale.DeadlineOverdue
				}
				want[key{a.ID, dl.RuleID}] = due.Item{ID: a.ID, Owner: a.Owner, Milestone: dl.Milestone, RuleID: dl.RuleID, Due: eff,
					WorkingDaysLeft: naiveLeft(t, cal, asOf, eff), Status: status, Revised: eff != dl.Due, Provisional: dl.Provisional}
			}
			require.NoError(t, b.Add(a))
		}
		l := b.List()
		require.Equal(t, until, l.Until)
		require.Len(t, l.Items, len(want), "as of %s within %d for %q", asOf, within, owner)
		for _, it := range l.Items {
			require.Equal(t, want[key{it.ID, it.RuleID}], it, "as of %s within %d", asOf, within)
			require.Equal(t, it.Status == timescale.DeadlineOverdue, it.WorkingDaysLeft < 0 || (it.WorkingDaysLeft == 0 && asOf.After(it.Due)))
		}
		require.True(t, slices.IsSortedFunc(l.Items, func(x, y due.Item) int {
			if c := x.Due.Compare(y.Due); c != 0 {
				return c
			}
			switch {
			case x.ID < y.ID:
				return -1
			case x.ID > y.ID:
				return 1
			}
			return 0
		}), "sorted by due date, then id")
		listed += len(l.Items)
		for _, it := range l.Items {
			seen[string(it.Status)] = true
			seen["revised"] = seen["revised"] || it.Revised
			seen["provisional"] = seen["provisional"] || it.Provisional
		}
	}
	require.Greater(t, listed, rounds, "the generated complaints put deadlines on the lists")
	for _, k := range []string{"overdue", "due-today", "not-yet-due", "revised", "provisional"} {
		require.True(t, seen[k], "the generated lists have a %s item", k)
	}
}

// lower folds an owner for comparison as a person would: trimmed, in lower
// case.
func lower(s string) string {
	b := []rune{}
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b = append(b, r)
	}
	out := string(b)
	for len(out) > 0 && (out[0] == ' ' || out[0] == '\t') {
		out = out[1:]
	}
	for len(out) > 0 && (out[len(out)-1] == ' ' || out[len(out)-1] == '\t') {
		out = out[:len(out)-1]
	}
	return out
}
