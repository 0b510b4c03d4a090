package timescale

import (
	"strconv"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
)

// An Explanation says how a due date was reached: which rule, from which
// day, and every non-working day the count skipped, with its reason.
//
// For a working-day rule the steps add up: From plus WorkingDays working
// days plus the Skipped days is Due, that is
// Due.DaysSince(From) == WorkingDays + len(Skipped).
type Explanation struct {
	RuleID    string    `json:"rule_id"`
	Milestone Milestone `json:"milestone"`
	Title     string    `json:"title"`
	Citation  string    `json:"citation"`
	Basis     Basis     `json:"basis"`
	// Transition is the reading of the transition between regimes that
	// decided which rules govern the stage (Deadline.Transition), or empty.
	Transition Transition `json:"transition,omitempty"`

	From      calendar.Date `json:"from"`
	FromEvent Event         `json:"from_event"`
	// FromText describes the start for people, e.g. "receipt of the
	// complaint" or "the due date of the acknowledgement (not yet done)".
	FromText    string `json:"from_text"`
	WorkingDays int    `json:"working_days,omitempty"`
	Months      int    `json:"months,omitempty"`
	// Period says how a calendar period ends (see PeriodEnd).
	Period PeriodKind `json:"period,omitempty"`
	// Skipped lists the non-working days d with From < d <= Due (empty for
	// a calendar-month period).
	Skipped []calendar.NonWorkingDay `json:"skipped"`
	Due     calendar.Date            `json:"due"`
	// ExtendedTo is the agreed revised date, when one is recorded.
	ExtendedTo calendar.Date `json:"extended_to,omitzero"`
}

// Explain returns the explanation of the due date of d, a deadline of a
// case evaluated with this engine's table, recomputed with its calendar.
// Nothing is taken from d but its exported fields, so a Deadline that went
// through JSON or a database explains itself as the original did. When d's
// rule is not in the table, or its due date is not the one the calendar
// gives (d was computed with another calendar or changed since), the
// error is a *MismatchError: an explanation is never silently different.
func (e Engine) Explain(d Deadline) (Explanation, error) {
	var x Explanation
	from, err := e.explain(&d, &x)
	if err != nil {
		return Explanation{}, err
	}
	x.FromText = from.String()
	if x.Months > 0 {
		return x, nil
	}
	if x.Skipped, err = e.calendar().NonWorkingDaysBetween(d.From, d.Due); err != nil {
		return Explanation{}, err
	}
	if x.Skipped == nil {
		x.Skipped = []calendar.NonWorkingDay{}
	}
	return x, nil
}

// explain sets *x to the explanation of d as Explain does, checked
// against the table and the calendar, but with FromText returned apart, in
// parts, and Skipped empty: Engine.Schedule gathers the skipped days of
// every deadline in one list and the sentences in one string, and writes
// each explanation in place (BenchmarkLibraryShare).
func (e Engine) explain(d *Deadline, x *Explanation) (fromText, error) {
	t, cal := e.table(), e.calendar()
	i := t.ruleIndex(d.RuleID)
	if i < 0 {
		return fromText{}, &MismatchError{RuleID: d.RuleID, Reason: "no rule " + d.RuleID + " in the engine's table"}
	}
	r := &t.rules[i]
	*x = Explanation{
		RuleID: d.RuleID, Milestone: d.Milestone, Title: r.Title, Citation: d.Citation, Basis: d.Basis, Transition: d.Transition,
		From: d.From, FromEvent: d.FromEvent, WorkingDays: d.WorkingDays, Months: d.Months,
		Period: r.Period, Due: d.Due, ExtendedTo: d.ExtendedTo, Skipped: []calendar.NonWorkingDay{},
	}
	if d.WorkingDays != r.WorkingDays || d.Months != r.Months || d.FromEvent != r.Start {
		return fromText{}, &MismatchError{RuleID: d.RuleID, Reason: "the deadline's period or start is not that of rule " + r.ID}
	}
	noun := t.plans[i].start.Noun
	var from fromText
	switch {
	case d.FromIsDue:
		from = fromText{"the due date of the ", noun, ", which is not recorded"}
	case d.Deemed:
		from = fromText{r.StartText, ", deemed received on the next working day"}
	case r.StartMayBeDue:
		from = fromText{"the date of the ", noun}
	default:
		from = fromText{r.StartText}
	}
	if r.Months > 0 {
		if due := PeriodEnd(r.Period, d.From, r.Months); due != d.Due {
			return fromText{}, &MismatchError{RuleID: d.RuleID, Reason: "the period from " + d.From.String() + " ends on " + due.String() + ", not " + d.Due.String()}
		}
		return from, nil
	}
	due, err := cal.AddWorkingDays(d.From, r.WorkingDays)
	if err != nil {
		return fromText{}, err
	}
	if due != d.Due {
		return fromText{}, &MismatchError{RuleID: d.RuleID, Reason: "calendar " + cal.Version() + " puts the due date on " + due.String() + ", not " + d.Due.String() + ": the deadline was computed with another calendar"}
	}
	return from, nil
}

// A fromText is Explanation.FromText in up to three parts, so that it is
// written into a sentence without being joined first.
type fromText [3]string

func (f fromText) String() string {
	switch {
	case f[1] == "" && f[2] == "":
		return f[0]
	case f[2] == "":
		return f[0] + f[1]
	}
	return f[0] + f[1] + f[2]
}

// String returns the explanation as one sentence for people, e.g.
// "W14-ACK (SI 2014/1794 reg 15(2), regulation): 2 working days after
// Fri 1 Aug 2014 (receipt of the complaint; that day is not counted),
// skipping Sat 2 Aug 2014 (Saturday) and Sun 3 Aug 2014 (Sunday): due Tue 5 Aug 2014."
func (x Explanation) String() string {
	// One buffer, sized for the sentence; every date appended in place.
	b, _, _ := x.appendText(make([]byte, 0, 160+48*len(x.Skipped)), fromText{x.FromText})
	return string(b)
}

// appendText appends the sentence of String to b, with from as FromText,
// and returns the extended buffer and where from lies in it, b[fs:fe].
func (x *Explanation) appendText(b []byte, from fromText) (_ []byte, fs, fe int) {
	b = append(b, x.RuleID...)
	b = append(b, " ("...)
	b = append(b, x.Citation...)
	b = append(b, ", "...)
	b = append(b, x.Basis...)
	b = append(b, "): "...)
	switch {
	case x.Period == OneYearWindow:
		b = append(b, "one year starting on "...)
		b = x.From.AppendDisplay(b)
		b = append(b, " ("...)
		fs = len(b)
		b = append(append(append(b, from[0]...), from[1]...), from[2]...)
		fe = len(b)
		b = append(b, "), ending the day before the anniversary"...)
	case x.Months > 0:
		b = strconv.AppendInt(b, int64(x.Months), 10)
		b = append(b, " calendar months after "...)
		b = x.From.AppendDisplay(b)
		b = append(b, " ("...)
		fs = len(b)
		b = append(append(append(b, from[0]...), from[1]...), from[2]...)
		fe = len(b)
		b = append(b, ')')
	default:
		b = strconv.AppendInt(b, int64(x.WorkingDays), 10)
		if x.WorkingDays == 1 {
			b = append(b, " working day after "...)
		} else {
			b = append(b, " working days after "...)
		}
		b = x.From.AppendDisplay(b)
		b = append(b, " ("...)
		fs = len(b)
		b = append(append(append(b, from[0]...), from[1]...), from[2]...)
		fe = len(b)
		b = append(b, "; that day is not counted)"...)
		if len(x.Skipped) == 0 {
			b = append(b, ", no non-working days skipped"...)
		} else {
			b = append(b, ", skipping "...)
			for i, s := range x.Skipped {
				switch {
				case i == 0:
				case i == len(x.Skipped)-1:
					b = append(b, " and "...)
				default:
					b = append(b, ", "...)
				}
				b = s.Date.AppendDisplay(b)
				b = append(b, " ("...)
				b = append(b, s.Reason...)
				b = append(b, ')')
			}
		}
	}
	if x.Period == OneYearWindow {
		b = append(b, ": last day "...)
	} else {
		b = append(b, ": due "...)
	}
	b = x.Due.AppendDisplay(b)
	if !x.ExtendedTo.IsZero() {
		b = append(b, "; revised date agreed: "...)
		b = x.ExtendedTo.AppendDisplay(b)
	}
	if x.Transition != "" {
		b = append(b, "; the stage was requested after a later procedure came into force, and the "...)
		b = append(b, x.Transition...)
		b = append(b, " reading of the transition decides its rules (a choice)"...)
	}
	b = append(b, '.')
	return b, fs, fe
}

// StringIn returns the explanation in the language t (see package lang).
// No source gives the Welsh of its sentence (its frames "after",
// "skipping", "that day is not counted" and "due"), and a Welsh date or
// holiday name is never put inside an English sentence, so in Welsh it is
// String's sentence, marked as untranslated; in English it is String, and
// in lang.WelshEnglish too, as the bilingual form of a string with no Welsh
// is its English alone.
func (x Explanation) StringIn(t lang.Tag) string { return lang.Say(t, "explanation", x.String()) }
