package ics

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// DefaultRemind is the number of working days before a deadline that the
// command-line tool and the example service put its reminder when they are
// not told.
const DefaultRemind = 2

// Options says what a Writer writes.
type Options struct {
	// Engine explains each deadline (timescale.Engine.Explain) and counts
	// the working days of the reminders with its calendar. It must be the
	// engine the deadlines were computed with.
	Engine timescale.Engine
	// AsOf is the date the file is made for. It stamps every event
	// (DTSTAMP, at midnight UTC) and numbers its revision (SEQUENCE, the
	// days from 1 January 1970), so that the same input gives the same
	// file, and a file made for a later date updates the events of an
	// earlier one.
	AsOf calendar.Date
	// Remind is how many working days before its due date the reminder of
	// an open deadline comes (0: on the due date), at 09:00 on that day. A
	// reminder that would come before the day the period runs from (a
	// period shorter than Remind) comes on that day instead, and the
	// event's description says so.
	Remind int
	// IncludeClosed writes the deadlines that are met, or that will not be
	// (the complaint was withdrawn, or moved past the milestone without
	// recording it), as cancelled events, so that a calendar that imported
	// them when they were open drops them. Without it only open deadlines
	// are written.
	IncludeClosed bool
	// Select, when not nil, chooses the open deadlines written: those for
	// which it returns true (due.Builder.Selects chooses those of a due
	// list). Closed deadlines are not passed to it.
	Select func(*timescale.Deadline) bool
	// Name, when not empty, names the calendar for programs that show it
	// (X-WR-CALNAME); NameFor names a calendar of one owner's deadlines.
	Name string
}

// NameFor returns the name of a calendar file of deadlines called name,
// after the owner whose deadlines it holds when there is one, as the
// reference command-line tool and the example service name it:
// NameFor("Complaints due", "Smith, J") is "Complaints due: Smith, J". The
// owner is trimmed of surrounding white space; with none left, the name is
// name alone.
func NameFor(name, owner string) string {
	if owner = strings.TrimSpace(owner); owner != "" {
		return name + ": " + owner
	}
	return name
}

// prodID identifies the program that made a file (PRODID).
const prodID = "-//cymru-complaints//statutory//EN"

// uidDomain ends every UID, as RFC 5545 section 3.8.4.7 suggests.
const uidDomain = "@statutory"

// A Writer writes one calendar file: the header before the first event,
// the events as they are given, and the end on Close. It is not safe for
// concurrent use.
type Writer struct {
	bw      *bufio.Writer
	opt     Options
	cal     *calendar.Calendar
	stamp   string // DTSTAMP
	seq     string // SEQUENCE
	begun   bool
	clamped int // reminders moved to the day their period runs from

	// Buffers reused from event to event.
	val  esc    // a value, escaped
	sum  esc    // the summary, escaped
	line []byte // a content line before folding

	// explained remembers the explanations of the deadlines written: the
	// deadlines of a case file share a few thousand periods between them,
	// and explaining one takes longer than writing its event.
	explained map[explainKey]explanation
	displayed map[calendar.Date]string
}

// An explainKey is everything of a deadline that Engine.Explain reads,
// the dates packed (packDate).
type explainKey struct {
	rule                  string
	milestone             timescale.Milestone
	citation              string
	basis                 timescale.Basis
	fromEvent             timescale.Event
	from, due, extendedTo uint32
	workingDays, months   int32
	fromIsDue, deemed     bool
}

// packDate returns d as one number, for a map key.
func packDate(d calendar.Date) uint32 {
	return uint32(d.Year)<<9 | uint32(d.Month)<<5 | uint32(d.Day)
}

// An explanation is what an event shows of a timescale.Explanation: the
// rule's title, and the sentence saying how the date was reached, escaped
// once for all the events that show it.
type explanation struct {
	title string
	text  esc
}

func newExplanation(title, text string) explanation {
	return explanation{title: title, text: appendText(nil, text)}
}

// maxExplained bounds the explanations, and the dates written for people,
// that a Writer remembers.
const maxExplained = 1 << 14

// explain returns the explanation of d, from memory when it can.
func (w *Writer) explain(d *timescale.Deadline) (explanation, error) {
	k := explainKey{rule: d.RuleID, milestone: d.Milestone, citation: d.Citation, basis: d.Basis, fromEvent: d.FromEvent,
		from: packDate(d.From), due: packDate(d.Due), extendedTo: packDate(d.ExtendedTo),
		workingDays: int32(d.WorkingDays), months: int32(d.Months), fromIsDue: d.FromIsDue, deemed: d.Deemed}
	if x, ok := w.explained[k]; ok {
		return x, nil
	}
	x, err := w.opt.Engine.Explain(*d)
	if err != nil {
		return explanation{}, err
	}
	if len(w.explained) >= maxExplained {
		clear(w.explained)
	}
	e := newExplanation(x.Title, x.String())
	w.explained[k] = e
	return e, nil
}

// NewWriter returns a Writer of a calendar file to w made with opt. When
// opt.AsOf is not a date the engine's calendar covers, or opt.Remind is
// negative (a *RemindError), the error is a *timescale.ValidationError
// naming the field at fault, "as_of" or "remind".
func NewWriter(w io.Writer, opt Options) (*Writer, error) {
	cal := opt.Engine.Calendar
	if cal == nil {
		cal = calendar.Wales()
	}
	var ps []problem.Problem
	if _, err := cal.IsWorkingDay(opt.AsOf); err != nil {
		ps = append(ps, problem.New("as_of", err))
	}
	if opt.Remind < 0 {
		ps = append(ps, problem.New("remind", &RemindError{N: opt.Remind}))
	}
	if ps != nil {
		return nil, &timescale.ValidationError{Problems: ps}
	}
	return &Writer{
		bw:    bufio.NewWriterSize(w, 64<<10),
		opt:   opt,
		cal:   cal,
		stamp: string(appendDate(nil, opt.AsOf)) + "T000000Z",
		seq:   strconv.Itoa(opt.AsOf.DaysSince(calendar.NewDate(1970, time.January, 1))),

		explained: map[explainKey]explanation{},
		displayed: map[calendar.Date]string{},
	}, nil
}

// begin writes the header of the file once.
func (w *Writer) begin() {
	if w.begun {
		return
	}
	w.begun = true
	w.bw.WriteString("BEGIN:VCALENDAR\r\n")
	w.prop("VERSION", "2.0")
	w.prop("PRODID", prodID)
	w.prop("CALSCALE", "GREGORIAN")
	w.prop("METHOD", "PUBLISH")
	if w.opt.Name != "" {
		w.text("X-WR-CALNAME", w.opt.Name)
	}
	// A program that subscribes to the file is asked to read it again
	// daily (RFC 7986 and the older Microsoft property).
	w.prop("REFRESH-INTERVAL;VALUE=DURATION", "P1D")
	w.prop("X-PUBLISHED-TTL", "P1D")
}

// Close writes the end of the file, after the header when no event was
// written, and flushes it; it returns the first error of writing. It does
// not close the underlying io.Writer.
func (w *Writer) Close() error {
	w.begin()
	w.bw.WriteString("END:VCALENDAR\r\n")
	return w.bw.Flush()
}

// Clamped returns the number of reminders written so far that come on the
// day their period runs from, because the period has fewer working days
// than Options.Remind.
func (w *Writer) Clamped() int { return w.clamped }

// subject is what the events of a case say of it.
type subject struct {
	id, owner string
	themes    []string
	asOf      calendar.Date // the date the statuses are given for
}

// WriteCase writes the events of the deadlines of case c, assessed as a
// (a result of Options.Engine): one for every open deadline that
// Options.Select chooses, and with Options.IncludeClosed one for every
// closed deadline. The periods that nothing in a case file meets (the
// Ombudsman's one-year window), and the deadlines not judged for the case
// (the written resolution of a matter not known to be resolved locally),
// are not written. Its errors are those of Engine.Explain (a deadline
// computed with another calendar or rule table) and of the calendar.
func (w *Writer) WriteCase(c *timescale.Case, a *timescale.Assessment) error {
	s := subject{id: a.ID, owner: a.Owner, themes: c.Themes, asOf: a.AsOf}
	for i := range a.Deadlines {
		d := &a.Deadlines[i]
		if !w.wanted(d) {
			continue
		}
		x, err := w.explain(d)
		if err != nil {
			return err
		}
		if err := w.event(&s, d, x); err != nil {
			return err
		}
	}
	return nil
}

// WriteSchedule writes the events of the deadlines of the schedule s of
// case c (timescale.Engine.Deadlines), as WriteCase does; only c's id,
// owner and themes are used.
func (w *Writer) WriteSchedule(c *timescale.Case, s *timescale.Schedule) error {
	sub := subject{id: c.ID, owner: strings.TrimSpace(c.Owner), themes: c.Themes, asOf: s.AsOf}
	for i := range s.Deadlines {
		v := &s.Deadlines[i]
		if !w.wanted(&v.Deadline) {
			continue
		}
		if err := w.event(&sub, &v.Deadline, newExplanation(v.Explanation.Title, v.Text)); err != nil {
			return err
		}
	}
	return nil
}

// open reports whether d is not yet met and still can be.
func open(d *timescale.Deadline) bool {
	switch d.Status {
	case timescale.DeadlineNotYetDue, timescale.DeadlineDueToday, timescale.DeadlineOverdue:
		return true
	}
	return false
}

// wanted reports whether d is written: never a window (nothing in a case
// file meets it) or a deadline that is not judged (timescale.Rule.JudgedWhen:
// it is not known to apply).
func (w *Writer) wanted(d *timescale.Deadline) bool {
	switch d.Status {
	case timescale.DeadlineWindowOpen, timescale.DeadlineWindowClosed, timescale.DeadlineNotJudged:
		return false
	}
	if !open(d) {
		return w.opt.IncludeClosed
	}
	return w.opt.Select == nil || w.opt.Select(d)
}

// event writes the event of deadline d of s, explained by x.
func (w *Writer) event(s *subject, d *timescale.Deadline, x explanation) error {
	w.begin()
	due := d.EffectiveDue()
	isOpen := open(d)

	w.bw.WriteString("BEGIN:VEVENT\r\n")
	w.val = append(appendUID(w.val[:0], s.id), '.')
	w.val = append(w.val, d.Milestone...)
	w.val = append(w.val, uidDomain...)
	w.raw("UID", w.val)
	w.prop("DTSTAMP", w.stamp)
	w.prop("SEQUENCE", w.seq)
	w.dateProp("DTSTART", due)
	w.dateProp("DTEND", due.AddDays(1))

	w.sum = w.summary(w.sum[:0], s, d, x.title, isOpen)
	w.raw("SUMMARY", w.sum)

	// The description: who and what, the rule, the dates, the status, how
	// the date was reached, and the notes.
	v := w.val[:0]
	v.add("Case ", s.id)
	if s.owner != "" {
		v.add(", owner ", s.owner)
	}
	if len(s.themes) > 0 {
		v.add(", themes: ")
		for i, t := range s.themes {
			if i > 0 {
				v.add("; ")
			}
			v.add(t)
		}
	}
	v.add(".")
	v.newline()
	v.add("Milestone: ", x.title, " (", string(d.Milestone), ").")
	v.newline()
	v.add("Rule: ", d.RuleID, ", ", d.Citation, " (", string(d.Basis), ").")
	v.newline()
	if !d.OwedBy.IsCouncil() {
		v.add("Owed by: ", d.OwedBy.Label(), ", not the council.")
		v.newline()
	}
	v.add("Due: ", w.display(d.Due))
	if due != d.Due {
		v.add("; agreed revised date ", w.display(due), ", which it is judged against")
	}
	v.add(".")
	v.newline()
	v.add("Status as of ", w.display(s.asOf), ": ", string(d.Status))
	if d.LateBy > 0 {
		v.add(" by ", days(d.LateBy, d.WorkingDays > 0))
	}
	if d.IsDone() {
		v.add(" (done ", w.display(d.Done), ")")
	}
	v.add(".")
	v.newline()
	v.add("How the date was reached: ")
	v = append(v, x.text...)

	var alarm calendar.Date
	if isOpen {
		var clamped bool
		var err error
		if alarm, clamped, err = w.alarm(d, due); err != nil {
			return err
		}
		if clamped {
			w.clamped++
			v.newline()
			v.add("Reminder: ", days(w.opt.Remind, true), " before the due date would come before ", w.display(d.From),
				", the day the period runs from, so the reminder is on that day.")
		}
	}
	if d.Provisional {
		v.newline()
		v.add("Provisional: ", timescale.ProvisionalNote, ".")
	}
	w.val = v
	w.raw("DESCRIPTION", v)

	if isOpen {
		w.prop("STATUS", "CONFIRMED")
	} else {
		w.prop("STATUS", "CANCELLED")
	}
	w.prop("TRANSP", "TRANSPARENT")
	if isOpen {
		w.bw.WriteString("BEGIN:VALARM\r\n")
		w.prop("ACTION", "DISPLAY")
		w.raw("DESCRIPTION", w.sum)
		w.prop("TRIGGER", trigger(due.DaysSince(alarm)))
		w.bw.WriteString("END:VALARM\r\n")
	}
	_, err := w.bw.WriteString("END:VEVENT\r\n")
	return err
}

// summary appends the event's title, escaped: the case, its owner, the
// milestone and what it is now.
func (w *Writer) summary(b esc, s *subject, d *timescale.Deadline, title string, isOpen bool) esc {
	b.add(s.id)
	if s.owner != "" {
		b.add(" (", s.owner, ")")
	}
	b.add(": ", title)
	switch {
	case !isOpen:
		b.add(" (", string(d.Status), ")")
	case d.ExtendedTo.After(d.Due):
		b.add(" due (revised date)")
	default:
		b.add(" due")
	}
	return b
}

// display returns d.Display(), from memory when it can: formatting a date
// for people takes longer than writing most of an event.
func (w *Writer) display(d calendar.Date) string {
	if s, ok := w.displayed[d]; ok {
		return s
	}
	if len(w.displayed) >= maxExplained {
		clear(w.displayed)
	}
	s := d.Display()
	w.displayed[d] = s
	return s
}

// alarm returns the day of the reminder of d, due on due: the Remind-th
// working day before due, or d.From when that is earlier (clamped).
func (w *Writer) alarm(d *timescale.Deadline, due calendar.Date) (day calendar.Date, clamped bool, err error) {
	if d.From.IsZero() || d.From.After(due) {
		return due, false, nil // no start to clamp to; a deadline always has one
	}
	span, err := w.cal.WorkingDaysBetween(d.From, due)
	if err != nil {
		return calendar.Date{}, false, err
	}
	if w.opt.Remind > span {
		return d.From, true, nil
	}
	day, err = w.cal.AddWorkingDays(due, -w.opt.Remind)
	if err != nil {
		return calendar.Date{}, false, err
	}
	if day.Before(d.From) { // a start on a non-working day
		return d.From, true, nil
	}
	return day, false, nil
}

// trigger returns the TRIGGER of a reminder at 09:00 on the day that is
// days before the start of an all-day event (RFC 5545 section 3.8.6.3: a
// duration relative to DTSTART, midnight at the start of the due date).
func trigger(days int) string {
	switch days {
	case 0:
		return "PT9H"
	case 1:
		return "-PT15H"
	}
	return "-P" + strconv.Itoa(days-1) + "DT15H"
}

// days returns "1 working day", "n working days" or, for a calendar
// period, "n days".
func days(n int, working bool) string {
	s := strconv.Itoa(n)
	if working {
		s += " working"
	}
	if n == 1 {
		return s + " day"
	}
	return s + " days"
}

// WriteHoliday writes a non-working day as an all-day event that does not
// block time: its name as the title, and its kind, its Welsh name when the
// calendar has one, and whether it is provisional in the description.
func (w *Writer) WriteHoliday(h calendar.ListedHoliday) error {
	w.begin()
	w.bw.WriteString("BEGIN:VEVENT\r\n")
	w.val = append(appendDate(append(w.val[:0], "holiday-"...), h.Date), uidDomain...)
	w.raw("UID", w.val)
	w.prop("DTSTAMP", w.stamp)
	w.prop("SEQUENCE", w.seq)
	w.dateProp("DTSTART", h.Date)
	w.dateProp("DTEND", h.Date.AddDays(1))
	w.text("SUMMARY", h.Name)
	v := w.val[:0]
	v.add("Not a working day in Wales (", h.Kind.Display(), ", SI 2014/1794 reg 2).")
	if cy, ok := w.cal.WelshName(h.Date); ok {
		v.newline()
		v.add("Welsh name: ", cy, ".")
	}
	if h.Provisional {
		v.newline()
		v.add("Provisional: ", timescale.ProvisionalNote, ".")
	}
	w.val = v
	w.raw("DESCRIPTION", v)
	w.prop("TRANSP", "TRANSPARENT")
	_, err := w.bw.WriteString("END:VEVENT\r\n")
	return err
}

// appendDate appends d as an iCalendar DATE, YYYYMMDD.
func appendDate(b []byte, d calendar.Date) []byte {
	y := d.Year
	b = append(b, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	b = append(b, byte('0'+d.Month/10), byte('0'+d.Month%10))
	return append(b, byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// appendUID appends id with every byte other than an ASCII letter, digit,
// hyphen or underscore written %XX: a UID that needs no escaping, from
// which the id can be read back, and that no two ids share.
func appendUID(b []byte, id string) []byte {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_':
			b = append(b, c)
		default:
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
	}
	return b
}
