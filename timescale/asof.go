package timescale

import "github.com/cymru-complaints/statutory/calendar"

// OnDate returns the engine and the date of evaluation that a date of
// evaluation a person gave, or did not give, asks for. When asOf is given
// it is the date, and e is returned as it is: the events dated after it are
// set aside as not yet happened, so that a case is evaluated as it was
// known on that date. When asOf is the zero Date the date is today, and
// the engine has RefuseFuture set: nothing can have happened after today,
// so an event dated after it is a problem of its case. The reference
// command-line tool does so with --as-of, and the example service with
// as_of.
func (e Engine) OnDate(asOf, today calendar.Date) (Engine, calendar.Date) {
	if asOf.IsZero() {
		e.RefuseFuture = true
		return e, today
	}
	return e, asOf
}
