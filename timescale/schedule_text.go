package timescale

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteText writes the schedule for people: the regime, a table of the
// deadlines (milestone, rule, due date, period, start, status, citation),
// how each date was reached, and a note when a provisional year is
// involved.
func (s Schedule) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "Complaint received %s: regime %s (%s, %s)\n", s.Received.Display(), s.Regime.Name, s.Regime.Citation, s.Regime.Title)
	if !s.DeemedReceived.IsZero() {
		fmt.Fprintf(ew, "Deemed received on %s, the next working day.\n", s.DeemedReceived.Display())
	}
	fmt.Fprintf(ew, "Status as of %s. Calendar %s.\n", s.AsOf.Display(), s.CalendarVersion)
	if s.TransitionApplies {
		s.writeTransition(ew)
	}
	switch {
	case s.SetAside == 1:
		fmt.Fprintf(ew, "1 event dated after %s was set aside as not yet happened.\n", s.AsOf.Display())
	case s.SetAside > 1:
		fmt.Fprintf(ew, "%d events dated after %s were set aside as not yet happened.\n", s.SetAside, s.AsOf.Display())
	}
	fmt.Fprintln(ew)
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "MILESTONE\tRULE\tDUE\tPERIOD\tFROM\tSTATUS\tCITATION")
	for _, v := range s.Deadlines {
		d := v.Deadline
		due := d.Due.Display()
		if d.Provisional {
			due += " *"
		}
		period := periodWords(d.WorkingDays, d.Months, v.Explanation.Period)
		from := d.From.Display()
		if d.FromIsDue {
			from += " (due)"
		}
		status := string(d.Status)
		if d.IsDone() {
			status += " (done " + d.Done.Display() + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d.Milestone, d.RuleID, due, period, from, status, d.Citation)
	}
	tw.Flush()
	s.writeTargets(ew)
	fmt.Fprintln(ew, "\nHow each date was reached:")
	for _, v := range s.Deadlines {
		fmt.Fprintf(ew, "- %s\n", v.Text)
	}
	if s.Provisional {
		fmt.Fprintf(ew, "\n* provisional: %s.\n", ProvisionalNote)
	}
	return ew.err
}

// writeTargets lists the local targets of the deadlines that have one,
// each with its due date and status beside the statutory ones.
func (s Schedule) writeTargets(w io.Writer) {
	first := true
	for _, v := range s.Deadlines {
		x := v.Deadline.Target
		if x.IsZero() {
			continue
		}
		if first {
			fmt.Fprintln(w, "\nLocal targets, beside the statutory due dates (which they do not change):")
			first = false
		}
		fmt.Fprintf(w, "- %s: %s, %s (%s): due %s, %s", v.Deadline.Milestone, x.Name, periodWords(x.WorkingDays, 0, ""), x.Source, x.Due.Display(), x.Status)
		if x.LateBy > 0 {
			fmt.Fprintf(w, " by %s", periodWords(x.LateBy, 0, ""))
		}
		fmt.Fprintf(w, "; statutory due %s, %s\n", v.Deadline.Due.Display(), v.Deadline.Status)
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

// errWriter remembers the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
