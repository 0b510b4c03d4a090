package main

import (
	"errors"
	"strings"

	"github.com/cymru-complaints/statutory/ics"
	"github.com/cymru-complaints/statutory/timescale"
)

const deadlinesUsage = `Usage:
  complaints deadlines --received DATE [--procedure PROCEDURE] [--acknowledged DATE]
                       [--discussed DATE] [--stage2-requested DATE]
                       [--deem-next-working-day] [--resolved-locally yes|no]
                       [--transition keep-regime|stage2-by-request-date]
                       [--matter DATE] [--as-of DATE] [--policy FILE]
                       [--format text|json|ics] [--id ID] [--owner NAME]
                       [--remind N] [--include-closed]

Prints the regime of a complaint received on DATE and every deadline that
applies to it, each with its rule id, citation and an explanation naming
every non-working day skipped. The regime is fixed by the procedure and the
date of receipt: for a social services complaint or representation,
wales-2005 (SI 2005/3366) from 1 April 2006, wales-2014 (SI 2014/1794)
from 1 August 2014; for a corporate complaint, psow-model (the council's
procedure under the Ombudsman's model) from 7 December 2020. Which rules
govern a stage 2 requested on or after 1 August 2014 for a complaint
received before it is a reading of a transitional provision that was not
found: --transition chooses it.

The discussion is due 10 working days after the actual acknowledgement
(--acknowledged), or after its due date when it has not happened; the
written resolution 5 working days after the discussion likewise.

Flags:
  --received DATE            date the complaint was received (required)
  --procedure PROCEDURE      complaint (default: the social services
                             complaints procedure), representation (a
                             child's representation) or corporate (the
                             council's procedure under the Ombudsman's model)
  --acknowledged DATE        date it was acknowledged
  --discussed DATE           date of the local-resolution discussion
  --stage2-requested DATE    date the formal investigation (stage 2) was requested
  --resolved-locally yes|no  whether the matter was resolved to the
                             complainant's satisfaction at the discussion:
                             the written resolution (W14-RESOLUTION) is
                             judged only when yes
  --transition READING       keep-regime (default: a complaint keeps the
                             rules of the procedure it was received under
                             for every stage) or stage2-by-request-date (a
                             stage 2 requested on or after 1 August 2014
                             follows the 2014 timescale)
  --deem-next-working-day    deem a complaint received on a non-working day
                             received on the next working day (by default the
                             day of receipt is simply not counted)
  --matter DATE              the day the complainant first had notice of the
                             matter complained about: adds the time limit for
                             complaining (TIME-LIMIT, 12 months; for a
                             corporate complaint CORP-TIME-LIMIT, 6 months)
                             and the last day to go to the Ombudsman (PSOW)
  --as-of DATE               date the status is given for; events dated
                             after it are set aside as not yet happened
                             (default: today, when an event dated in the
                             future is a problem)
  --policy FILE              a council's policy file (docs/policy.md): its
                             local targets, each beside the statutory due
                             date, and the optional rules it switches off
  --format FMT               text (default), json ({regime, received,
                             as_of, status, provisional, calendar_version,
                             deadlines: [{deadline, explanation,
                             due_weekday, text}]}) or ics (a calendar file:
                             one all-day event per open deadline, to import
                             into Outlook, Google Calendar or Apple Calendar)
  --lang LANG                en (default), cy or cy+en: the text in
                             English, in Welsh or both
  --id ID                    with --format ics, required: the complaint's
                             id, which names its events and makes their
                             UIDs, so that importing a later file for the
                             same complaint updates them
  --owner NAME               with --format ics: the officer or team the
                             events name
  --remind N                 with --format ics: the reminder of each event
                             comes N working days before its due date
                             (default 2; on the day the period runs from
                             when the period is shorter)
  --include-closed           with --format ics: also write the deadlines
                             met (--acknowledged, --discussed) as cancelled
                             events, so that a calendar that imported them
                             drops them
`

func runDeadlines(e *env, args []string) error {
	fs := e.newFlagSet("deadlines")
	e.policyFlag(fs)
	var q timescale.Query
	var received, acknowledged, discussed, stage2, matter, asOf dateFlag
	fs.Var(&received, "received", "date received")
	fs.Var(&acknowledged, "acknowledged", "date acknowledged")
	fs.Var(&discussed, "discussed", "date of the discussion")
	fs.Var(&stage2, "stage2-requested", "date stage 2 was requested")
	fs.Var(&matter, "matter", "day the complainant first had notice of the matter")
	fs.Var(&asOf, "as-of", "date the status is given for")
	fs.BoolVar(&q.DeemNextWorkingDay, "deem-next-working-day", false, "deem receipt on a non-working day to be on the next working day")
	transition := transitionFlag()
	fs.Var(transition, "transition", "reading of the transition between regimes")
	procedure := procedureFlag()
	fs.Var(procedure, "procedure", "the procedure of the complaint")
	resolved := &choiceFlag{choices: []string{"yes", "no"}}
	fs.Var(resolved, "resolved-locally", "whether the matter was resolved to the complainant's satisfaction")
	format := formatFlag("text", "json", "ics")
	fs.Var(format, "format", "output format")
	id := fs.String("id", "", "the complaint's id, for --format ics")
	owner := fs.String("owner", "", "the officer or team, for --format ics")
	var cal calendarFlags
	cal.add(fs)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := argCount(pos, ""); err != nil {
		return err
	}
	if err := cal.check(format.value); err != nil {
		return err
	}
	switch {
	case format.value != "ics" && (*id != "" || *owner != ""):
		return usagef("--id and --owner apply to --format ics only")
	case format.value == "ics" && strings.TrimSpace(*id) == "":
		return usagef("--format ics needs --id ID, the complaint's id: its events' UIDs are made from it")
	}
	if received.IsZero() {
		return usagef("--received DATE is required (the date the complaint was received)")
	}
	eng, err := e.engine(false, &asOf)
	if err != nil {
		return err
	}
	q.Received, q.Acknowledged, q.Discussed, q.Stage2Requested, q.Matter, q.AsOf =
		received.Date, acknowledged.Date, discussed.Date, stage2.Date, matter.Date, asOf.Date
	q.Transition = timescale.Transition(transition.value)
	q.Procedure = timescale.Procedure(procedure.value)
	q.ResolvedLocally = resolved.value
	s, err := eng.Deadlines(q)
	if err != nil {
		return flagProblems(e, err)
	}
	switch format.value {
	case "json":
		// The library's encoder, as the service's POST /v1/deadlines.
		b, err := s.AppendJSONIndent(nil, "", "  ")
		if err != nil {
			return err
		}
		_, err = e.stdout.Write(append(b, '\n'))
		return err
	case "ics":
		c := q.Case()
		c.ID, c.Owner = strings.TrimSpace(*id), *owner
		w, err := ics.NewWriter(e.stdout, cal.options(eng, asOf.Date, "Complaint "+c.ID))
		if err != nil {
			return flagProblems(e, err)
		}
		if err := w.WriteSchedule(&c, &s); err != nil {
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
		cal.noteClamped(e, w)
		return nil
	}
	return s.WriteTextIn(e.stdout, e.lang.Tag)
}

// flagProblems turns a validation error about values given as flags into
// problems naming the flags at fault, one line each (exit status 1: the
// command line was understood, but its dates cannot be answered). Any
// other error is returned as it is.
func flagProblems(e *env, err error) error {
	var ve *timescale.ValidationError
	if !errors.As(err, &ve) {
		return err
	}
	ps := make(problems, len(ve.Problems))
	for i, p := range ve.Problems {
		ps[i] = progName + ": " + e.name + ": --" + strings.ReplaceAll(p.Field, "_", "-") + ": " + e.message(p)
	}
	return ps
}
