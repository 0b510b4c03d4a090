package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

const deadlinesUsage = `Usage:
  complaints deadlines --received DATE [--acknowledged DATE] [--discussed DATE]
                       [--stage2-requested DATE] [--deem-next-working-day]
                       [--transition keep-regime|stage2-by-request-date]
                       [--matter DATE] [--as-of DATE] [--format text|json]

Prints the regime of a complaint received on DATE and every deadline that
applies to it, each with its rule id, citation and an explanation naming
every non-working day skipped. The regime is fixed by the date of receipt:
wales-2005 (SI 2005/3366) before 1 August 2014, wales-2014 (SI 2014/1794)
from then on. Which rules govern a stage 2 requested on or after 1 August
2014 for a complaint received before it is a reading of a transitional
provision that was not found: --transition chooses it.

The discussion is due 10 working days after the actual acknowledgement
(--acknowledged), or after its due date when it has not happened; the
written resolution 5 working days after the discussion likewise.

Flags:
  --received DATE            date the complaint was received (required)
  --acknowledged DATE        date it was acknowledged
  --discussed DATE           date of the local-resolution discussion
  --stage2-requested DATE    date the formal investigation (stage 2) was requested
  --deem-next-working-day    deem a complaint received on a non-working day
                             received on the next working day (by default the
                             day of receipt is simply not counted)
  --transition READING       keep-regime (default): a complaint received
                             before 1 August 2014 keeps the 2005 procedure
                             for every stage; stage2-by-request-date: a
                             stage 2 requested on or after that date follows
                             the 2014 stage 2 timescale (W14-STAGE2)
  --matter DATE              the day the complainant first had notice of the
                             matter complained about: adds the 12-month time
                             limit for complaining (TIME-LIMIT) and the last
                             day to go to the Ombudsman (PSOW)
  --as-of DATE               date the status is given for (default: today)
  --format FMT               text (default) or json ({regime, received,
                             deadlines: [{milestone, rule, due, working_days,
                             from, citation, provisional, ...}]})
`

// A deadlineJSON is one deadline of deadlines --format json.
type deadlineJSON struct {
	Milestone   timescale.Milestone      `json:"milestone"`
	Rule        string                   `json:"rule"`
	Title       string                   `json:"title"`
	Due         calendar.Date            `json:"due"`
	DueWeekday  string                   `json:"due_weekday"`
	WorkingDays int                      `json:"working_days"`
	Months      int                      `json:"months,omitempty"`
	From        calendar.Date            `json:"from"`
	FromEvent   timescale.Event          `json:"from_event"`
	FromIsDue   bool                     `json:"from_is_due"`
	Citation    string                   `json:"citation"`
	Basis       timescale.Basis          `json:"basis"`
	Transition  timescale.Transition     `json:"transition,omitempty"`
	Provisional bool                     `json:"provisional"`
	Done        calendar.Date            `json:"done,omitzero"`
	Taken       *int                     `json:"taken,omitempty"`
	Status      timescale.DeadlineStatus `json:"status"`
	Skipped     []calendar.NonWorkingDay `json:"skipped"`
	Explanation string                   `json:"explanation"`
}

func runDeadlines(e *env, args []string) error {
	fs := newFlagSet("deadlines")
	var received, acknowledged, discussed, stage2, matter, asOf dateFlag
	fs.Var(&received, "received", "date received")
	fs.Var(&acknowledged, "acknowledged", "date acknowledged")
	fs.Var(&discussed, "discussed", "date of the discussion")
	fs.Var(&stage2, "stage2-requested", "date stage 2 was requested")
	fs.Var(&matter, "matter", "day the complainant first had notice of the matter")
	fs.Var(&asOf, "as-of", "date the status is given for")
	deem := fs.Bool("deem-next-working-day", false, "deem receipt on a non-working day to be on the next working day")
	transition := &choiceFlag{value: string(timescale.KeepRegime), choices: []string{string(timescale.KeepRegime), string(timescale.Stage2ByRequestDate)}}
	fs.Var(transition, "transition", "reading of the transition between regimes")
	format := formatFlag("text", "json")
	fs.Var(format, "format", "output format")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := argCount(pos, ""); err != nil {
		return err
	}
	if received.IsZero() {
		return usagef("--received DATE is required (the date the complaint was received)")
	}
	if asOf.IsZero() {
		asOf.Date = e.today
	}
	c := timescale.Case{
		ID:              "command line",
		Kind:            timescale.Complaint,
		Received:        received.Date,
		Acknowledged:    acknowledged.Date,
		Discussed:       discussed.Date,
		Stage2Requested: stage2.Date,
		Matter:          matter.Date,
	}
	eng := timescale.Engine{DeemNextWorkingDay: *deem, Transition: timescale.Transition(transition.value)}
	a, err := eng.Evaluate(c, asOf.Date)
	if err != nil {
		return flagProblems(err)
	}
	rows := make([]deadlineJSON, 0, len(a.Deadlines))
	for _, d := range a.Deadlines {
		x, err := eng.Explain(d)
		if err != nil {
			return err
		}
		row := deadlineJSON{
			Milestone: d.Milestone, Rule: d.RuleID, Title: x.Title, Due: d.Due, DueWeekday: d.Due.Weekday().String(),
			WorkingDays: d.WorkingDays, Months: d.Months, From: d.From, FromEvent: d.FromEvent, FromIsDue: d.FromIsDue,
			Citation: d.Citation, Basis: d.Basis, Transition: d.Transition, Provisional: d.Provisional, Done: d.Done, Status: d.Status,
			Skipped: x.Skipped, Explanation: x.String(),
		}
		if d.IsDone() {
			row.Taken = &d.Taken
		}
		rows = append(rows, row)
	}
	if format.value == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Regime            timescale.Regime     `json:"regime"`
			Received          calendar.Date        `json:"received"`
			DeemedReceived    calendar.Date        `json:"deemed_received,omitzero"`
			AsOf              calendar.Date        `json:"as_of"`
			Transition        timescale.Transition `json:"transition"`
			TransitionApplies bool                 `json:"transition_applies"`
			CalendarVersion   string               `json:"calendar_version"`
			Deadlines         []deadlineJSON       `json:"deadlines"`
		}{a.Regime, a.Received, a.DeemedReceived, a.AsOf, a.Transition, a.TransitionApplies, a.CalendarVersion, rows})
	}
	return writeDeadlinesText(e, a, rows)
}

func writeDeadlinesText(e *env, a timescale.Assessment, rows []deadlineJSON) error {
	var info timescale.RegimeInfo
	for _, r := range timescale.Regimes() {
		if r.Name == a.Regime {
			info = r
		}
	}
	w := e.stdout
	fmt.Fprintf(w, "Complaint received %s: regime %s (%s, %s)\n", a.Received.Display(), a.Regime, info.Citation, info.Title)
	if !a.DeemedReceived.IsZero() {
		fmt.Fprintf(w, "Deemed received on %s, the next working day.\n", a.DeemedReceived.Display())
	}
	fmt.Fprintf(w, "Status as of %s. Calendar %s.\n", a.AsOf.Display(), a.CalendarVersion)
	if a.TransitionApplies {
		writeTransition(w, a.Transition)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "MILESTONE\tRULE\tDUE\tPERIOD\tFROM\tSTATUS\tCITATION")
	provisional := false
	for _, r := range rows {
		due := r.Due.Display()
		if r.Provisional {
			due += " *"
			provisional = true
		}
		period := fmt.Sprintf("%d working days", r.WorkingDays)
		if r.Months > 0 {
			period = fmt.Sprintf("%d months", r.Months)
		}
		from := r.From.Display()
		if r.FromIsDue {
			from += " (due)"
		}
		status := string(r.Status)
		if !r.Done.IsZero() {
			status += " (done " + r.Done.Display() + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Milestone, r.Rule, due, period, from, status, r.Citation)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nHow each date was reached:")
	for _, r := range rows {
		fmt.Fprintf(w, "- %s\n", r.Explanation)
	}
	if provisional {
		fmt.Fprintf(w, "\n* provisional: %s.\n", provisionalNote(calendar.Wales()))
	}
	return nil
}

// writeTransition says which reading of the transition between regimes
// decided the rules of a stage requested after a later regime came into
// force, and that it is a choice.
func writeTransition(w io.Writer, name timescale.Transition) {
	fmt.Fprintln(w, "Transition: a later stage was requested after a later procedure came into force, so a reading of the")
	fmt.Fprintln(w, "transitional provision decides its rules. The provision was not found: the reading is a choice.")
	var others []string
	for _, r := range timescale.Regimes() {
		for _, p := range r.Transitions {
			if p.Name == name {
				fmt.Fprintf(w, "Reading used: %s: %s (%s; basis %s).\n", p.Name, p.Title, p.Citation, p.Basis)
			} else {
				others = append(others, "--transition "+string(p.Name))
			}
		}
	}
	if len(others) > 0 {
		fmt.Fprintf(w, "Another reading: %s.\n", orList(others))
	}
}

// flagProblems turns a validation error about a case built from flags into
// problems naming the flags at fault, one line each (exit status 1: the
// command line was understood, but its dates cannot be answered).
func flagProblems(err error) error {
	ve, ok := err.(*timescale.ValidationError)
	if !ok {
		return err
	}
	ps := make(problems, len(ve.Problems))
	for i, p := range ve.Problems {
		ps[i] = progName + ": deadlines: --" + strings.ReplaceAll(p.Field, "_", "-") + ": " + p.Message
	}
	return ps
}
