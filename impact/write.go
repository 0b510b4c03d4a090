package impact

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
)

// causes names the days that moved m, e.g. "Mon 16 Jun 2031 Bank holiday
// for a royal wedding (proclaimed.csv)".
func (m Move) causes() string {
	var parts []string
	for _, h := range m.Added {
		parts = append(parts, h.Date.Display()+" "+h.Name+source(h))
	}
	for _, h := range m.Removed {
		parts = append(parts, "no longer "+h.Date.Display()+" "+h.Name)
	}
	return strings.Join(parts, "; ")
}

func source(h calendar.Holiday) string {
	if h.Source == "" {
		return ""
	}
	return " (" + h.Source + ")"
}

// WriteText writes the result for people: a table of the deadlines that
// move, then a summary line, or one line saying that nothing moves.
func (r Result) WriteText(w io.Writer) error {
	if len(r.Moves) == 0 {
		_, err := fmt.Fprintf(w, "No open deadline moves as of %s: the new holiday data (%s) gives every due date the old (%s) gave.\n", r.AsOf.Display(), r.After, r.Before)
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tMILESTONE\tRULE\tDUE BEFORE\tDUE AFTER\tWORKING DAYS\tBECAUSE OF")
	for _, m := range r.Moves {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%+d\t%s\n", m.ID, m.Milestone, m.RuleID, m.Before.Display(), m.After.Display(), m.WorkingDays, m.causes())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d %s of %d %s %s as of %s; the latest new due date is %s.\n",
		len(r.Moves), plural(len(r.Moves), "deadline", "deadlines"), r.Cases, plural(r.Cases, "case", "cases"),
		plural(len(r.Moves), "moves", "move"), r.AsOf.Display(), r.Latest.Display())
	return err
}

// WriteCSV writes the moves as CSV: a header, then one line per move with
// the columns id, milestone, rule_id, before, after, working_days and
// because_of; text cells are made safe to open in a spreadsheet.
func (r Result) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "milestone", "rule_id", "before", "after", "working_days", "because_of"})
	for _, m := range r.Moves {
		cw.Write([]string{casefile.SafeCell(m.ID), string(m.Milestone), m.RuleID, m.Before.String(), m.After.String(),
			strconv.Itoa(m.WorkingDays), casefile.SafeCell(m.causes())})
	}
	cw.Flush()
	return cw.Error()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
