package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

const assessUsage = `Usage:
  complaints assess FILE [--as-of DATE] [--deem-next-working-day] [--format text|csv|json]

Assesses every complaint in the case file FILE (CSV, SPEC section 6; "-"
reads standard input) as of DATE (default: today): one row per complaint,
giving its regime, the due date of the stage 1 full response (W14-STAGE1 or
W05-STAGE1, from receipt) and of the stage 2 response (W14-STAGE2 or
W05-STAGE2, from the request; an agreed revised date does not replace it),
the working days taken, the response-time band, whether each was in time
(judged against the agreed revised date when there is one) and the status:
open, overdue, resolved-stage1, resolved-stage2, stage3 or withdrawn.
Comments and compliments are not listed. Cells are empty where a stage has
not happened.

Every bad row is reported on standard error as FILE:LINE: column: message;
the good rows are still assessed and printed, and the exit status is 1.

Flags:
  --as-of DATE               date the status is given for (default: today)
  --deem-next-working-day    deem receipt on a non-working day to be on the
                             next working day
  --format FMT               text (a table, default), csv (header
                             id,regime,stage1_due,stage1_working_days,
                             stage1_band,stage1_in_time,stage2_due,
                             stage2_working_days,stage2_band,stage2_in_time,
                             status) or json (a list of objects with the
                             same keys)
`

// assessHeader is the header of assess --format csv (SPEC section 7).
var assessHeader = []string{"id", "regime", "stage1_due", "stage1_working_days", "stage1_band", "stage1_in_time",
	"stage2_due", "stage2_working_days", "stage2_band", "stage2_in_time", "status"}

// An assessRow is one complaint of assess.
type assessRow struct {
	ID     string               `json:"id"`
	Regime timescale.Regime     `json:"regime"`
	Stage1 stageCells           `json:"-"`
	Stage2 stageCells           `json:"-"`
	Status timescale.CaseStatus `json:"status"`
}

// stageCells are the four cells of one stage; Happened is false when the
// stage has not started (no cells at all), Done false when it has no
// response yet (only the due date).
type stageCells struct {
	Happened, Done bool
	Due            calendar.Date
	Taken          int
	Band           string
	InTime         bool
}

func stageOf(a *timescale.Assessment, m timescale.Milestone) stageCells {
	d, ok := a.Deadline(m)
	if !ok {
		return stageCells{}
	}
	s := stageCells{Happened: true, Due: d.Due}
	if d.IsDone() {
		s.Done, s.Taken, s.Band, s.InTime = true, d.Taken, d.Band, d.MetInTime()
	}
	return s
}

func runAssess(e *env, args []string) error {
	fs := newFlagSet("assess")
	var asOf dateFlag
	fs.Var(&asOf, "as-of", "date the status is given for")
	deem := fs.Bool("deem-next-working-day", false, "deem receipt on a non-working day to be on the next working day")
	format := formatFlag("text", "csv", "json")
	fs.Var(format, "format", "output format")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := argCount(pos, "FILE"); err != nil {
		return err
	}
	if asOf.IsZero() {
		asOf.Date = e.today
	}
	if _, err := calendar.Wales().IsWorkingDay(asOf.Date); err != nil {
		// A date outside the calendar's range is input that cannot be
		// answered (exit status 1), as for every other command.
		return errors.New("--as-of: " + describe(err))
	}
	eng := timescale.Engine{DeemNextWorkingDay: *deem}

	w := bufio.NewWriterSize(e.stdout, 64<<10)
	var out rowWriter
	switch format.value {
	case "csv":
		out = &csvRows{w: w}
	case "json":
		out = &jsonRows{w: w}
	default:
		out = &textRows{tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
	}
	// The header (or the opening of the JSON list) is written with the
	// first complaint, so that a file that cannot be opened, has an
	// unusable header or no good row prints nothing on standard output.
	begun := false
	begin := func() error {
		if begun {
			return nil
		}
		begun = true
		return out.begin()
	}
	var a timescale.Assessment
	readErr := eachCase(e, pos[0], func(_ int, c *timescale.Case) error {
		if err := eng.EvaluateInto(&a, *c, asOf.Date); err != nil {
			return err
		}
		if c.Kind != timescale.Complaint {
			return nil
		}
		if err := begin(); err != nil {
			return err
		}
		return out.row(assessRow{
			ID: a.ID, Regime: a.Regime, Status: a.Status,
			Stage1: stageOf(&a, timescale.Stage1Response),
			Stage2: stageOf(&a, timescale.Stage2Response),
		})
	})
	if readErr == nil {
		// A valid file without complaints: the header alone, or [].
		if err := begin(); err != nil {
			return err
		}
	}
	if begun {
		if err := out.end(); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return readErr
}

// A rowWriter writes the rows of assess in one format.
type rowWriter interface {
	begin() error
	row(assessRow) error
	end() error
}

// A cellStyle says how assess writes dates and booleans: ISO dates and
// true/false for machines, weekday dates and yes/no for people.
type cellStyle struct {
	date      func(calendar.Date) string
	yes, no   string
	notHappen string // the due-date cell of a stage that has not started
}

var (
	machineCells = cellStyle{date: calendar.Date.String, yes: "true", no: "false"}
	peopleCells  = cellStyle{date: calendar.Date.Display, yes: "yes", no: "no", notHappen: "-"}
)

// appendCells appends the row's cells, in the order of assessHeader, to dst.
func (r *assessRow) appendCells(dst []string, st cellStyle) []string {
	dst = append(dst, r.ID, string(r.Regime))
	for _, s := range [...]*stageCells{&r.Stage1, &r.Stage2} {
		switch {
		case !s.Happened:
			dst = append(dst, st.notHappen, "", "", "")
		case !s.Done:
			dst = append(dst, st.date(s.Due), "", "", "")
		default:
			in := st.no
			if s.InTime {
				in = st.yes
			}
			dst = append(dst, st.date(s.Due), strconv.Itoa(s.Taken), s.Band, in)
		}
	}
	return append(dst, string(r.Status))
}

type csvRows struct {
	w     *bufio.Writer
	cells []string
}

func (c *csvRows) begin() error { return c.line(assessHeader) }
func (c *csvRows) end() error   { return nil }

func (c *csvRows) row(r assessRow) error {
	c.cells = r.appendCells(c.cells[:0], machineCells)
	return c.line(c.cells)
}

// line writes one CSV record, quoting a cell only when RFC 4180 needs it.
func (c *csvRows) line(cells []string) error {
	for i, s := range cells {
		if i > 0 {
			c.w.WriteByte(',')
		}
		if strings.ContainsAny(s, ",\"\r\n") || (s != "" && (s[0] == ' ' || s[len(s)-1] == ' ')) {
			c.w.WriteByte('"')
			c.w.WriteString(strings.ReplaceAll(s, `"`, `""`))
			c.w.WriteByte('"')
			continue
		}
		c.w.WriteString(s)
	}
	return c.w.WriteByte('\n')
}

type jsonRows struct {
	w     *bufio.Writer
	n     int
	cells []string
}

func (j *jsonRows) begin() error { _, err := j.w.WriteString("["); return err }

func (j *jsonRows) end() error {
	if j.n > 0 {
		j.w.WriteString("\n")
	}
	_, err := j.w.WriteString("]\n")
	return err
}

func (j *jsonRows) row(r assessRow) error {
	if j.n > 0 {
		j.w.WriteByte(',')
	}
	j.n++
	j.w.WriteString("\n  {")
	j.cells = r.appendCells(j.cells[:0], machineCells)
	for i, name := range assessHeader {
		if i > 0 {
			j.w.WriteString(", ")
		}
		j.w.WriteString(strconv.Quote(name))
		j.w.WriteString(": ")
		v := j.cells[i]
		switch {
		case v == "":
			j.w.WriteString("null")
		case strings.HasSuffix(name, "_working_days") || strings.HasSuffix(name, "_in_time"):
			j.w.WriteString(v) // a number or a boolean
		default:
			b, err := json.Marshal(v)
			if err != nil {
				return err
			}
			j.w.Write(b)
		}
	}
	_, err := j.w.WriteString("}")
	return err
}

type textRows struct {
	tw    *tabwriter.Writer
	cells []string
}

func (t *textRows) begin() error {
	_, err := fmt.Fprintln(t.tw, "ID\tREGIME\tSTAGE 1 DUE\tTAKEN\tBAND\tIN TIME\tSTAGE 2 DUE\tTAKEN\tBAND\tIN TIME\tSTATUS")
	return err
}

func (t *textRows) row(r assessRow) error {
	t.cells = r.appendCells(t.cells[:0], peopleCells)
	_, err := fmt.Fprintln(t.tw, strings.Join(t.cells, "\t"))
	return err
}

func (t *textRows) end() error {
	if err := t.tw.Flush(); err != nil {
		return err
	}
	return nil
}
