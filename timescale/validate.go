package timescale

import (
	"math"
	"math/bits"
	"slices"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// check appends to *ps a problem for everything wrong with c's fields, as
// Engine.Validate describes, in the order of the field table, and returns
// the position of c's regime in t (-1 when c is not a complaint or has no
// regime) and the date of c's latest event (a date field not Planned; the
// zero Date when it has none, and when there is a problem). It allocates
// only when there is a problem.
func (t *Table) check(ps *[]problem.Problem, c *Case, cal *calendar.Calendar) (int, calendar.Date) {
	add := func(f *Field, err error) { *ps = append(*ps, problem.New(f.Name, err)) }
	isComplaint := c.Kind == Complaint
	notComplaint := c.Kind == Comment || c.Kind == Compliment
	// Bit i of usable: field i holds a valid date inside the calendar's
	// range, whose dayKey is keys[i]; of set: field i holds a date. The
	// order of the dates is checked on their keys, each date read once
	// (BenchmarkEvaluateIntoMixed).
	var usable, set uint64
	var keys [maxFields]uint32
	latest := -1 // the position of the latest event

	// Field by field, a loop for each type (BenchmarkEvaluateIntoMixed);
	// the problems are sorted by field below.
	for _, f := range checkedTexts {
		switch v := f.getText(c); {
		case v == "":
			if f.Required {
				add(f, &RequiredError{Field: f.Name, What: "the " + f.Noun})
			}
		case f.Type == ChoiceField && !slices.Contains(f.Choices, v):
			add(f, &ValueError{Field: f.Name, Value: v, Want: f.Choices})
		}
	}
	for _, f := range checkedDates {
		d := *f.date(c)
		if d.IsZero() {
			if f.Required {
				add(f, &RequiredError{Field: f.Name, What: "the " + f.Noun})
			}
			continue
		}
		i := f.position
		set |= 1 << i
		if _, err := cal.IsWorkingDay(d); err != nil {
			add(f, err)
			continue
		}
		usable |= 1 << i
		keys[i] = dayKey(d)
		if !f.Planned && (latest < 0 || keys[i] > keys[latest]) {
			latest = i
		}
	}
	for _, f := range checkedCounts {
		if n := *f.count(c); n < 0 {
			add(f, &CountError{Field: f.Name, N: n})
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

	// A comment or compliment with a field of a complaint: that field is
	// not checked further. Problems are sorted by field below, so that
	// they come in the order of the field table whichever loop found them.
	var wrongKind uint64
	if notComplaint {
		for i := range fieldTable {
			if f := &fieldTable[i]; f.ComplaintOnly && f.IsSet(c) {
				add(f, &KindError{Field: f.Name, Kind: c.Kind})
				wrongKind |= 1 << i
			}
		}
	}
	stages := math.MaxInt // no regime: no stage is checked
	if regime >= 0 {
		stages = t.regimes[regime].Stages
	}
	// The usable dates, the only fields left to check, in table order.
	for rest := usable &^ wrongKind; rest != 0; rest &= rest - 1 {
		i := bits.TrailingZeros64(rest)
		f := &fieldTable[i]
		if f.Stage > stages {
			add(f, &StageError{Field: f.Name, Stage: f.Stage, Regime: t.regimes[regime].clone()})
			continue
		}
		if f.needsAt >= 0 && set&(1<<f.needsAt) == 0 {
			add(f, &PrerequisiteError{Field: f.Name, Date: *f.date(c), Needs: f.Needs, Why: f.Why})
		}
		for j, at := range f.afterAt {
			if usable&(1<<at) != 0 && keys[i] < keys[at] {
				add(f, &OrderError{Field: f.Name, Date: *f.date(c), Other: f.After[j], OtherDate: *fieldTable[at].date(c)})
			}
		}
		if at := f.beforeAt; at >= 0 && usable&(1<<at) != 0 && keys[i] > keys[at] {
			add(f, &OrderError{Field: f.Name, Date: *f.date(c), Other: f.Before, OtherDate: *fieldTable[at].date(c), NotAfter: true})
		}
	}
	if *ps != nil {
		// Problems in the order of the fields, whichever check found them.
		slices.SortStableFunc(*ps, func(a, b problem.Problem) int { return fieldPosition(a.Field) - fieldPosition(b.Field) })
		return -1, calendar.Date{}
	}
	var last calendar.Date
	if latest >= 0 {
		last = *fieldTable[latest].date(c)
	}
	if !isComplaint {
		return -1, last
	}
	return regime, last
}

// checkedTexts, checkedDates and checkedCounts list the fields check
// reads, in table order: the text fields that can be wrong (required ones,
// and those with a vocabulary), the dates and the counts.
var checkedTexts, checkedDates, checkedCounts = func() (texts, dates, counts []*Field) {
	for i := range fieldTable {
		switch f := &fieldTable[i]; f.Type {
		case TextField, ChoiceField:
			if f.Required || f.Type == ChoiceField {
				texts = append(texts, f)
			}
		case DateField:
			dates = append(dates, f)
		case CountField:
			counts = append(counts, f)
		}
	}
	return texts, dates, counts
}()

// maxFields is the largest number of fields the field table may have: the
// bits of the sets of check.
const maxFields = 64

// dayKey returns a number for the valid date d that orders as the dates
// do: its year, month and day in bits of their own.
func dayKey(d calendar.Date) uint32 {
	return uint32(d.Year)<<9 | uint32(d.Month)<<5 | uint32(d.Day)
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
