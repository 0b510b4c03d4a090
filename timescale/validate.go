package timescale

import (
	"slices"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// check appends to *ps a problem for everything wrong with c's fields, as
// Engine.Validate describes, in the order of the field table, and returns
// the position of c's regime in t (-1 when c is not a complaint or has no
// regime). It allocates only when there is a problem.
func (t *Table) check(ps *[]problem.Problem, c *Case, cal *calendar.Calendar) int {
	add := func(f *Field, err error) { *ps = append(*ps, problem.New(f.Name, err)) }
	isComplaint := c.Kind == Complaint
	notComplaint := c.Kind == Comment || c.Kind == Compliment
	var usable uint64 // bit i: field i holds a valid date inside the calendar's range

	for i := range fieldTable {
		f := &fieldTable[i]
		switch f.Type {
		case TextField, ChoiceField:
			v := f.getText(c)
			switch {
			case v == "":
				if f.Required {
					add(f, &RequiredError{Field: f.Name, What: "the " + f.Noun})
				}
			case f.Type == ChoiceField && !slices.Contains(f.Choices, v):
				add(f, &ValueError{Field: f.Name, Value: v, Want: f.Choices})
			}
		case DateField:
			d := f.date(c)
			if d.IsZero() {
				if f.Required {
					add(f, &RequiredError{Field: f.Name, What: "the " + f.Noun})
				}
				continue
			}
			if _, err := cal.IsWorkingDay(*d); err != nil {
				add(f, err)
				continue
			}
			usable |= 1 << i
		case CountField:
			if n := *f.count(c); n < 0 {
				add(f, &CountError{Field: f.Name, N: n})
			}
		}
	}

	regime := -1
	if isComplaint && usable&(1<<fieldReceived) != 0 && len(*ps) == 0 {
		var err error
		if regime, err = t.regimeFor(c.Procedure, c.Received); err != nil {
			field := "received"
			if _, ok := err.(*ValueError); ok {
				field = "procedure"
			}
			*ps = append(*ps, problem.New(field, err))
		}
	}

	for i := range fieldTable {
		f := &fieldTable[i]
		if notComplaint && f.ComplaintOnly && f.IsSet(c) {
			add(f, &KindError{Field: f.Name, Kind: c.Kind})
			continue
		}
		if f.Type != DateField || usable&(1<<i) == 0 {
			continue
		}
		date := *f.date(c)
		if regime >= 0 && f.Stage > t.regimes[regime].Stages {
			add(f, &StageError{Field: f.Name, Stage: f.Stage, Regime: t.regimes[regime].clone()})
			continue
		}
		if f.needsAt >= 0 {
			if fieldTable[f.needsAt].date(c).IsZero() {
				add(f, &PrerequisiteError{Field: f.Name, Date: date, Needs: f.Needs, Why: f.Why})
			}
		}
		for j, name := range f.After {
			o := &fieldTable[f.afterAt[j]]
			if usable&(1<<o.position) != 0 && date.Before(*o.date(c)) {
				add(f, &OrderError{Field: f.Name, Date: date, Other: name, OtherDate: *o.date(c)})
			}
		}
		if f.beforeAt >= 0 {
			o := &fieldTable[f.beforeAt]
			if usable&(1<<o.position) != 0 && date.After(*o.date(c)) {
				add(f, &OrderError{Field: f.Name, Date: date, Other: f.Before, OtherDate: *o.date(c), NotAfter: true})
			}
		}
	}
	if *ps != nil {
		// Problems in the order of the fields, whichever check found them.
		slices.SortStableFunc(*ps, func(a, b problem.Problem) int { return fieldPosition(a.Field) - fieldPosition(b.Field) })
		return -1
	}
	if !isComplaint {
		return -1
	}
	return regime
}

// fieldPosition returns the position of the named field in fieldTable, or
// the table's length for a name that is not a field.
func fieldPosition(name string) int {
	if f, ok := fieldNamed(name); ok {
		return f.position
	}
	return len(fieldTable)
}

// fieldReceived is the position of the received field in fieldTable.
var fieldReceived = func() int {
	f, _ := fieldNamed("received")
	return f.position
}()
