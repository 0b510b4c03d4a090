package timescale

import (
	"strconv"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// The errors of this package. Each reports one kind of problem with a case
// and has a Code (see package problem) and a Message for people that
// assumes no file format. Engine.Validate and Engine.Evaluate gather them,
// one per problem, in a *ValidationError.

// A RequiredError reports a field that must have a value and has none.
type RequiredError struct {
	Field string // e.g. "received"
	What  string // what is wanted, e.g. "the date the record was received"
}

func (e *RequiredError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.Required.
func (e *RequiredError) Code() problem.Code { return problem.Required }

// Message returns the error for people.
func (e *RequiredError) Message() string { return "required: give " + e.What }

// A ValueError reports a value that is not one of those accepted.
type ValueError struct {
	Field string   // e.g. "kind"
	Value string   // the value given
	Want  []string // the values accepted
	Note  string   // more on what is accepted, or ""
}

func (e *ValueError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.UnknownValue.
func (e *ValueError) Code() problem.Code { return problem.UnknownValue }

// Message returns the error for people.
func (e *ValueError) Message() string {
	what := strings.ReplaceAll(e.Field, "_", " ")
	if f, ok := fieldNamed(e.Field); ok && f.Noun != "" {
		what = f.Noun
	}
	s := problem.Quote(e.Value) + " is not " + article(what) + what + ": want " + orList(e.Want)
	if e.Note != "" {
		s += " (" + e.Note + ")"
	}
	return s
}

// A CountError reports a count of elements below zero.
type CountError struct {
	Field string // e.g. "upheld"
	N     int
}

func (e *CountError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.NegativeCount.
func (e *CountError) Code() problem.Code { return problem.NegativeCount }

// Message returns the error for people.
func (e *CountError) Message() string {
	return strconv.Itoa(e.N) + " is negative: give the number of elements with this finding (0 or more)"
}

// An OrderError reports two events in the wrong order: Field, dated Date,
// is before Other, dated OtherDate, which it must follow; or, when
// NotAfter is set, after Other, which it must precede.
type OrderError struct {
	Field     string
	Date      calendar.Date
	Other     string
	OtherDate calendar.Date
	NotAfter  bool
}

func (e *OrderError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.EventBeforeReceipt when the event is dated before
// receipt, and problem.EventOutOfOrder otherwise.
func (e *OrderError) Code() problem.Code {
	if e.Other == "received" && !e.NotAfter {
		return problem.EventBeforeReceipt
	}
	return problem.EventOutOfOrder
}

// Message returns the error for people.
func (e *OrderError) Message() string {
	if e.NotAfter {
		return e.Date.String() + " is after " + e.Other + " " + e.OtherDate.String() + ": it must come first; check both dates"
	}
	return e.Date.String() + " is before " + e.Other + " " + e.OtherDate.String() + ": check both dates"
}

// A PrerequisiteError reports an event recorded without the earlier event
// it needs.
type PrerequisiteError struct {
	Field string
	Date  calendar.Date
	Needs string // the field that must be recorded too
	Why   string // e.g. "a stage 2 response needs the date stage 2 was requested"
}

func (e *PrerequisiteError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.MissingPrerequisite.
func (e *PrerequisiteError) Code() problem.Code { return problem.MissingPrerequisite }

// Message returns the error for people.
func (e *PrerequisiteError) Message() string {
	return e.Date.String() + " is recorded but " + e.Needs + " is not: " + e.Why
}

// A StageError reports an event of a stage that the complaint's regime does
// not have (a stage 3 panel request under wales-2014).
type StageError struct {
	Field  string
	Stage  int
	Regime RegimeInfo
}

func (e *StageError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.StageNotInRegime.
func (e *StageError) Code() problem.Code { return problem.StageNotInRegime }

// Message returns the error for people.
func (e *StageError) Message() string {
	return "there is no stage " + strconv.Itoa(e.Stage) + " in the " + string(e.Regime.Name) + " procedure (" + e.Regime.Citation +
		", for complaints received from " + longDate(e.Regime.From) + "), which has " + strconv.Itoa(e.Regime.Stages) + " stages: remove this date"
}

// A KindError reports complaint stages or findings recorded on a comment or
// a compliment.
type KindError struct {
	Field string
	Kind  RecordKind
}

func (e *KindError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.NotAComplaint.
func (e *KindError) Code() problem.Code { return problem.NotAComplaint }

// Message returns the error for people.
func (e *KindError) Message() string {
	if f, ok := fieldNamed(e.Field); ok {
		switch f.Type {
		case CountField:
			return "a " + string(e.Kind) + " has no findings: remove them, or record it as a complaint"
		case ChoiceField:
			return "a " + string(e.Kind) + " has no stage 1 to resolve: remove this value, or record it as a complaint"
		}
	}
	return "a " + string(e.Kind) + " has no complaint stages: remove this date, or record it as a complaint"
}

// A NoRegimeError reports a complaint received before the first encoded
// regime of its procedure came into force.
type NoRegimeError struct {
	Received calendar.Date // the date of receipt
	First    RegimeInfo    // the first encoded regime of the complaint's procedure
}

func (e *NoRegimeError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.BeforeFirstRegime.
func (e *NoRegimeError) Code() problem.Code { return problem.BeforeFirstRegime }

// Message returns the error for people.
func (e *NoRegimeError) Message() string {
	return e.Received.String() + " is before " + longDate(e.First.From) + ", when the first encoded procedure (" +
		string(e.First.Name) + ", " + e.First.Citation + ") came into force: no timescales are encoded for it"
}

// A DeadlineError reports a deadline that cannot be computed, because the
// count runs past the calendar's range (received 2099-12-30: the
// acknowledgement would be due in 2100). Err is the calendar's error, a
// *calendar.RangeError.
type DeadlineError struct {
	RuleID string
	Err    error
}

func (e *DeadlineError) Error() string { return "timescale: " + e.Message() }

// Code returns the code of Err.
func (e *DeadlineError) Code() problem.Code { return problem.CodeOf(e.Err) }

// Message returns the error for people.
func (e *DeadlineError) Message() string {
	return problem.Message(e.Err) + ": the " + e.RuleID + " deadline cannot be computed"
}

// Unwrap returns Err.
func (e *DeadlineError) Unwrap() error { return e.Err }

// A FutureError reports an event dated after the date of evaluation, when
// the engine refuses them (Engine.RefuseFuture): it cannot have happened
// yet.
type FutureError struct {
	Field string
	Date  calendar.Date
	AsOf  calendar.Date
}

func (e *FutureError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.EventInTheFuture.
func (e *FutureError) Code() problem.Code { return problem.EventInTheFuture }

// Message returns the error for people.
func (e *FutureError) Message() string {
	return e.Date.String() + " is after " + e.AsOf.String() + ", the date the case is evaluated on: it cannot have happened yet; check the year, or evaluate the case as of a later date"
}

// A YearsAfterError is a warning, not a problem: an event dated more than
// Years years after receipt, more likely a mistyped year than a late step.
type YearsAfterError struct {
	Field    string
	Date     calendar.Date
	Received calendar.Date
	Years    int
}

func (e *YearsAfterError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.EventYearsAfterReceipt.
func (e *YearsAfterError) Code() problem.Code { return problem.EventYearsAfterReceipt }

// Message returns the warning for people.
func (e *YearsAfterError) Message() string {
	return e.Date.String() + " is more than " + strconv.Itoa(e.Years) + " years after the complaint was received on " + e.Received.String() + ": check the year"
}

// A MismatchError reports a Deadline that Engine.Explain cannot explain
// as it stands: its rule is not in the engine's table, or the engine's
// calendar does not give its due date.
type MismatchError struct {
	RuleID string
	Reason string
}

func (e *MismatchError) Error() string { return "timescale: " + e.Message() }

// Code returns problem.DeadlineMismatch.
func (e *MismatchError) Code() problem.Code { return problem.DeadlineMismatch }

// Message returns the error for people.
func (e *MismatchError) Message() string {
	return "cannot explain the " + e.RuleID + " deadline: " + e.Reason
}

// A ValidationError lists every problem found in one case, not just the
// first, in the order of the fields (see Fields). Each problem's Err is one
// of the errors of this package or of package calendar, so that errors.As
// finds, for example, a *calendar.RangeError or a *NoRegimeError.
type ValidationError struct {
	ID       string            // the case's id, possibly empty
	Problems []problem.Problem // at least one
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("timescale: case")
	if e.ID != "" {
		b.WriteString(" " + e.ID)
	}
	b.WriteString(" is not valid: ")
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Code returns the code of the first problem.
func (e *ValidationError) Code() problem.Code {
	if len(e.Problems) == 0 {
		return ""
	}
	return e.Problems[0].Code
}

// Unwrap returns the errors of the problems.
func (e *ValidationError) Unwrap() []error {
	errs := make([]error, 0, len(e.Problems))
	for _, p := range e.Problems {
		if p.Err != nil {
			errs = append(errs, p.Err)
		}
	}
	return errs
}

// article returns "a " or "an " for a noun.
func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an "
	}
	return "a "
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// longDate writes d as prose does: 1 April 2006.
func longDate(d calendar.Date) string {
	return strconv.Itoa(d.Day) + " " + d.Month.String() + " " + strconv.Itoa(d.Year)
}
