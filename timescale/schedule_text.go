package timescale

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/cymru-complaints/statutory/internal/errw"
	"github.com/cymru-complaints/statutory/lang"
)

// WriteText writes the schedule for people: the regime, a table of the
// deadlines (milestone, rule, due date, period, start, status, citation),
// how each date was reached, and a note when a provisional year is
// involved.
func (s Schedule) WriteText(w io.Writer) error { return s.writeText(w, lang.English) }

// WriteTextIn writes the schedule as WriteText does, in the language t
// (see package lang); WriteTextIn(w, lang.English) writes exactly what
// WriteText writes.
//
// In Welsh the opening lines are labels and values (the date received, the
// regime with the Welsh title of its regulations, the date of the status,
// the calendar); the table gives every date in Welsh, the period in the
// Welsh a source gives for its number of working days, and the milestones,
// statuses and column headings a source gives; how each date was reached,
// a sentence no source gives, stays in English, marked. For
// lang.WelshEnglish the Welsh schedule comes first, then the English one.
func (s Schedule) WriteTextIn(w io.Writer, t lang.Tag) error {
	return lang.Write(w, t, func(l lang.Tag) error { return s.writeText(w, l) })
}

// writeText writes the schedule in l, English or Welsh.
func (s Schedule) writeText(w io.Writer, l lang.Tag) error {
	ew := &errw.Writer{W: w}
	if l == lang.English {
		fmt.Fprintf(ew, "Complaint received %s: regime %s (%s, %s)\n", s.Received.Display(), s.Regime.Name, s.Regime.Citation, s.Regime.Title)
		if !s.DeemedReceived.IsZero() {
			fmt.Fprintf(ew, "Deemed received on %s, the next working day.\n", s.DeemedReceived.Display())
		}
		fmt.Fprintf(ew, "Status as of %s. Calendar %s.\n", s.AsOf.Display(), s.CalendarVersion)
	} else {
		fmt.Fprintf(ew, "%s: %s\n", lang.Say(l, "schedule.received", "Complaint received"), lang.WeekdayDate(l, s.Received))
		fmt.Fprintf(ew, "%s: %s (%s, %s)\n", lang.Say(l, "schedule.regime", "Regime"), s.Regime.Name,
			lang.Say(l, "citation", s.Regime.Citation), lang.Title(l, s.Regime.Title))
		if !s.DeemedReceived.IsZero() {
			fmt.Fprintf(ew, "%s: %s\n", lang.Say(l, "schedule.deemed", "Deemed received on the next working day"), lang.WeekdayDate(l, s.DeemedReceived))
		}
		fmt.Fprintf(ew, "%s: %s\n", lang.Say(l, "schedule.as-of", "Status as of"), lang.WeekdayDate(l, s.AsOf))
		fmt.Fprintf(ew, "%s: %s\n", lang.Say(l, "schedule.calendar", "Calendar"), s.CalendarVersion)
	}
	if s.TransitionApplies {
		if l == lang.English {
			s.writeTransition(ew)
		} else {
			var b strings.Builder
			s.writeTransition(&b)
			for _, line := range strings.SplitAfter(strings.TrimSuffix(b.String(), "\n"), "\n") {
				fmt.Fprintln(ew, lang.Say(l, "schedule.transition", strings.TrimSuffix(line, "\n")))
			}
		}
	}
	asOf := lang.WeekdayDate(l, s.AsOf)
	switch {
	case s.SetAside == 1:
		fmt.Fprintln(ew, lang.Sayf(l, "schedule.set-aside-one",
			fmt.Sprintf("1 event dated after %s was set aside as not yet happened.", s.AsOf.Display()), asOf))
	case s.SetAside > 1:
		fmt.Fprintln(ew, lang.Sayf(l, "schedule.set-aside-many",
			fmt.Sprintf("%d events dated after %s were set aside as not yet happened.", s.SetAside, s.AsOf.Display()), strconv.Itoa(s.SetAside), asOf))
	}
	fmt.Fprintln(ew)
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
		lang.Say(l, "column.milestone", "MILESTONE"), lang.Say(l, "column.rule", "RULE"), lang.Say(l, "column.due", "DUE"),
		lang.Say(l, "column.period", "PERIOD"), lang.Say(l, "column.from", "FROM"), lang.Say(l, "column.status", "STATUS"),
		lang.Say(l, "column.citation", "CITATION"))
	for _, v := range s.Deadlines {
		d := v.Deadline
		due := lang.WeekdayDate(l, d.Due)
		if d.Provisional {
			due += " *"
		}
		period := periodIn(l, d.WorkingDays, d.Months, v.Explanation.Period)
		from := lang.WeekdayDate(l, d.From)
		if d.FromIsDue {
			from += " " + lang.Say(l, "schedule.from-due", "(due)")
		}
		status := lang.Say(l, "status."+string(d.Status), string(d.Status))
		if d.IsDone() {
			status += " (" + lang.Say(l, "schedule.done", "done") + " " + lang.WeekdayDate(l, d.Done) + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", lang.Say(l, "milestone."+string(d.Milestone), string(d.Milestone)),
			d.RuleID, due, period, from, status, lang.Say(l, "citation", d.Citation))
	}
	tw.Flush()
	s.writeTargets(ew, l)
	fmt.Fprintf(ew, "\n%s\n", lang.Say(l, "schedule.how", "How each date was reached:"))
	for _, v := range s.Deadlines {
		fmt.Fprintf(ew, "- %s\n", lang.Say(l, "explanation", v.Text))
	}
	if s.Provisional {
		fmt.Fprintf(ew, "\n* %s\n", lang.Say(l, "note.provisional", "provisional: "+ProvisionalNote+"."))
	}
	return ew.Err
}

// writeTargets lists, in l, the local targets of the deadlines that have
// one, each with its due date and status beside the statutory ones. No
// source gives these sentences in Welsh: in Welsh they are English,
// marked.
func (s Schedule) writeTargets(w io.Writer, l lang.Tag) {
	first := true
	var b strings.Builder
	for _, v := range s.Deadlines {
		x := v.Deadline.Target
		if x.IsZero() {
			continue
		}
		if first {
			fmt.Fprintf(w, "\n%s\n", lang.Say(l, "schedule.targets", "Local targets, beside the statutory due dates (which they do not change):"))
			first = false
		}
		b.Reset()
		fmt.Fprintf(&b, "%s: %s, %s (%s): due %s, %s", v.Deadline.Milestone, x.Name, periodWords(x.WorkingDays, 0, ""), x.Source, x.Due.Display(), x.Status)
		if x.LateBy > 0 {
			fmt.Fprintf(&b, " by %s", periodWords(x.LateBy, 0, ""))
		}
		fmt.Fprintf(&b, "; statutory due %s, %s", v.Deadline.Due.Display(), v.Deadline.Status)
		fmt.Fprintf(w, "- %s\n", lang.Say(l, "schedule.target", b.String()))
	}
}

// writeTransition says which reading of the transition between regimes
// decided the rules of a stage requested after a later regime came into
// force, and that it is a choice.
func (s Schedule) writeTransition(w io.Writer) {
	fmt.Fprintln(w, "Transition: a later stage was requested after a later procedure came into force, so a reading of the")
	fmt.Fprintln(w, "transitional provision decides its rules. The provision was not found: the reading is a choice.")
	var others []string
	for _, p := range s.Readings {
		if p.Name == s.Transition {
			fmt.Fprintf(w, "Reading used: %s: %s (%s; basis %s).\n", p.Name, p.Title, p.Citation, p.Basis)
		} else {
			others = append(others, string(p.Name))
		}
	}
	if len(others) > 0 {
		fmt.Fprintf(w, "Other readings: %s.\n", orList(others))
	}
}

// ProvisionalNote says, for people, why a result is marked provisional.
const ProvisionalNote = "it depends on a year after the last one of the official list of bank holidays, projected from the standing rules; a one-off bank holiday may still be proclaimed"
