package returns

import (
	"slices"
	"strconv"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// ParseProcedures returns the procedures named in list, separated by
// commas (white space around each name is ignored), for
// Options.Procedures; nil for an empty list, which means every procedure.
// A name that is not a procedure some regime of table t governs (nil
// means timescale.Statutory()) is a *timescale.ValueError of field
// "procedure" whose Want lists those procedures in table order.
func ParseProcedures(list string, t *timescale.Table) ([]timescale.Procedure, error) {
	if list == "" {
		return nil, nil
	}
	governed := governedBy(t)
	var ps []timescale.Procedure
	for name := range strings.SplitSeq(list, ",") {
		p := timescale.Procedure(strings.TrimSpace(name))
		if !slices.Contains(governed, p) {
			return nil, procedureError(p, governed, "separated by commas")
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// governedBy returns the procedures the regimes of t govern (nil means
// timescale.Statutory()), in table order.
func governedBy(t *timescale.Table) []timescale.Procedure {
	if t == nil {
		t = timescale.Statutory()
	}
	var governed []timescale.Procedure
	for _, r := range t.Regimes() {
		for _, p := range r.Procedures {
			if !slices.Contains(governed, p) {
				governed = append(governed, p)
			}
		}
	}
	return governed
}

// procedureError returns the error for p, which is not one of governed,
// with note, if any, on how the procedures are written.
func procedureError(p timescale.Procedure, governed []timescale.Procedure, note string) error {
	want := make([]string, len(governed))
	for i, g := range governed {
		want[i] = string(g)
	}
	return &timescale.ValueError{Field: "procedure", Value: string(p), Want: want, Note: note}
}

// ParsePopulation returns the number of residents written in s, for
// Options.Population: a whole number in digits, 1 or more. Any other text
// is a *PopulationError.
func ParsePopulation(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, &PopulationError{Value: s}
	}
	return n, nil
}

// A PopulationError reports text that is not a number of residents. Its
// code is [problem.NotAPopulation].
type PopulationError struct {
	Value string // the text given
}

func (e *PopulationError) Error() string { return "returns: " + e.Message() }

// Code returns problem.NotAPopulation.
func (e *PopulationError) Code() problem.Code { return problem.NotAPopulation }

// Message returns the error for people.
func (e *PopulationError) Message() string {
	return problem.Quote(e.Value) + " is not a number of residents: want a whole number, 1 or more"
}

// OnDate returns opt and eng as a return made today asks for them: the
// figures as known on the period's last day or, when the period has not
// ended by today, on today (Options.AsOf); and eng with RefuseFuture
// unset, so that an event dated after that day is set aside as not yet
// known, not refused: a case file exported after the period ends holds
// later events, and they are no mistake. The reference command-line tool
// and the example service make their returns so.
func OnDate(opt Options, eng timescale.Engine, today calendar.Date) (Options, timescale.Engine) {
	if today.Before(opt.Period.Last()) {
		opt.AsOf = today
	}
	eng.RefuseFuture = false
	return opt, eng
}
