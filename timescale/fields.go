package timescale

import (
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
)

// A FieldType says what a field of a Case holds.
type FieldType uint8

// The types of field.
const (
	// TextField holds free text (the id, the owner).
	TextField FieldType = iota + 1
	// ChoiceField holds one of a fixed list of values (Field.Choices).
	ChoiceField
	// DateField holds a calendar.Date; the zero Date means not known.
	DateField
	// CountField holds a count of elements with one finding.
	CountField
	// ListField holds a list of short texts (the themes).
	ListField
)

// A Field describes one field of a Case: its name (the same in JSON and as
// a case-file column), what it holds, the event it records, and the rules
// it is validated by. Fields lists them all; the case-file reader and
// writer, the validator, the engine and the annual report all read this one
// table, so that a new dated column is a new row of it (and a field of
// Case) and nothing else.
type Field struct {
	// Name is the field's JSON key and case-file column, e.g.
	// "stage2_response".
	Name string
	Type FieldType
	// Required: every record must have a value.
	Required bool
	// Noun names the field for people, e.g. "stage 2 response".
	Noun string
	// Choices are the accepted values of a ChoiceField, in lower case.
	Choices []string

	// Event is the event a DateField records, or NoEvent for a date that
	// is not an event of the procedure (an agreed revised date).
	Event Event
	// Stage is the stage of the procedure the event belongs to (1 for
	// receipt and stage 1; 0 for dates outside the stages). A regime with
	// fewer stages rejects it (StageError), and the events with a stage,
	// in table order, are the order in which a complaint moves on.
	Stage int
	// After lists the fields whose dates this one may not precede
	// (OrderError).
	After []string
	// Before names the field whose date this one may not follow, or "".
	Before string
	// Needs names a field that must be recorded when this one is, and Why
	// says why (PrerequisiteError).
	Needs, Why string
	// ComplaintOnly: only a complaint may have it; a comment or compliment
	// with it is a KindError.
	ComplaintOnly bool
	// Planned: a DateField holding a date agreed for the future (an agreed
	// revised date), not the date something happened; it is never set
	// aside as not yet happened.
	Planned bool

	// The accessors of the field in a Case; one pair is set, by Type.
	getText  func(*Case) string
	setText  func(*Case, string)
	date     func(*Case) *calendar.Date
	count    func(*Case) *int
	list     func(*Case) *[]string
	position int // in fieldTable
	// The positions in fieldTable of the fields Needs, After and Before
	// name; -1 for none.
	needsAt, beforeAt int
	afterAt           []int
}

// Text returns the value of a TextField or ChoiceField of c ("" for a field
// of another type).
func (f *Field) Text(c *Case) string {
	if f.getText == nil {
		return ""
	}
	return f.getText(c)
}

// SetText sets the value of a TextField or ChoiceField of c to s; it does
// nothing for a field of another type.
func (f *Field) SetText(c *Case, s string) {
	if f.setText != nil {
		f.setText(c, s)
	}
}

// Date returns the date of a DateField of c (the zero Date for a field of
// another type).
func (f *Field) Date(c *Case) calendar.Date {
	if f.date == nil {
		return calendar.Date{}
	}
	return *f.date(c)
}

// SetDate sets the date of a DateField of c; it does nothing for a field
// of another type.
func (f *Field) SetDate(c *Case, d calendar.Date) {
	if f.date != nil {
		*f.date(c) = d
	}
}

// Count returns the count of a CountField of c (0 for a field of another
// type).
func (f *Field) Count(c *Case) int {
	if f.count == nil {
		return 0
	}
	return *f.count(c)
}

// SetCount sets the count of a CountField of c; it does nothing for a field
// of another type.
func (f *Field) SetCount(c *Case, n int) {
	if f.count != nil {
		*f.count(c) = n
	}
}

// List returns the list of a ListField of c (nil for a field of another
// type).
func (f *Field) List(c *Case) []string {
	if f.list == nil {
		return nil
	}
	return *f.list(c)
}

// SetList sets the list of a ListField of c; it does nothing for a field of
// another type.
func (f *Field) SetList(c *Case, l []string) {
	if f.list != nil {
		*f.list(c) = l
	}
}

// IsSet reports whether the field has a value in c: a non-empty text or
// list, a non-zero date or count.
func (f *Field) IsSet(c *Case) bool {
	switch f.Type {
	case DateField:
		return !f.Date(c).IsZero()
	case CountField:
		return f.Count(c) != 0
	case ListField:
		return len(f.List(c)) > 0
	}
	return f.Text(c) != ""
}

// complainantTable is the vocabulary of Case.Complainant, in the order the
// docs list it, with the complainants counted as children and young people
// in the annual report.
var complainantTable = [...]struct {
	value string
	child bool
}{
	{"parent", false}, {"carer", false}, {"foster-carer", false}, {"relative", false},
	{"child", true}, {"young-person", true}, {"advocate", false}, {"other", false},
}

// Complainants returns the accepted values of Case.Complainant; the empty
// string is accepted too and means not known.
func Complainants() []string {
	out := make([]string, len(complainantTable))
	for i, x := range complainantTable {
		out[i] = x.value
	}
	return out
}

// IsChildOrYoungPerson reports whether the complainant is a child or a young
// person (counted apart in the annual report).
func IsChildOrYoungPerson(complainant string) bool {
	for _, x := range complainantTable {
		if x.value == complainant {
			return x.child
		}
	}
	return false
}

// fieldTable is the table of the fields of a Case, in the order of the
// case-file columns: the required ones first, then the optional ones, the
// dates in the order in which a complaint moves on.
var fieldTable = func() []Field {
	date := func(name, noun string, ev Event, stage int, p func(*Case) *calendar.Date) Field {
		return Field{Name: name, Type: DateField, Noun: noun, Event: ev, Stage: stage, date: p, ComplaintOnly: true, After: []string{"received"}}
	}
	with := func(f Field, edit func(*Field)) Field { edit(&f); return f }
	fs := []Field{
		{Name: "id", Type: TextField, Required: true, Noun: "record id",
			getText: func(c *Case) string { return c.ID }, setText: func(c *Case, s string) { c.ID = s }},
		{Name: "kind", Type: ChoiceField, Required: true, Noun: "kind of record",
			Choices: []string{string(Complaint), string(Comment), string(Compliment)},
			getText: func(c *Case) string { return string(c.Kind) }, setText: func(c *Case, s string) { c.Kind = RecordKind(s) }},
		with(date("received", "date of receipt", Received, 1, func(c *Case) *calendar.Date { return &c.Received }), func(f *Field) {
			f.Required, f.ComplaintOnly, f.After = true, false, nil
		}),
		{Name: "procedure", Type: ChoiceField, Noun: "procedure",
			Choices: []string{string(ComplaintProcedure), string(RepresentationProcedure), string(CorporateProcedure)},
			getText: func(c *Case) string { return string(c.Procedure) }, setText: func(c *Case, s string) { c.Procedure = Procedure(s) }},
		{Name: "complainant", Type: ChoiceField, Noun: "kind of complainant", Choices: Complainants(),
			getText: func(c *Case) string { return c.Complainant }, setText: func(c *Case, s string) { c.Complainant = s }},
		date("acknowledged", "acknowledgement", Acknowledged, 1, func(c *Case) *calendar.Date { return &c.Acknowledged }),
		with(date("discussed", "discussion", Discussed, 1, func(c *Case) *calendar.Date { return &c.Discussed }), func(f *Field) {
			f.After = []string{"received", "acknowledged"}
		}),
		with(date("stage1_response", "stage 1 response", Stage1Responded, 1, func(c *Case) *calendar.Date { return &c.Stage1Response }), func(f *Field) {
			f.After = []string{"received", "discussed"}
		}),
		{Name: "resolved_locally", Type: ChoiceField, Noun: "yes-or-no answer", Choices: []string{"yes", "no"}, ComplaintOnly: true,
			getText: func(c *Case) string { return c.ResolvedLocally }, setText: func(c *Case, s string) { c.ResolvedLocally = s }},
		date("stage2_requested", "stage 2 request", Stage2Requested, 2, func(c *Case) *calendar.Date { return &c.Stage2Requested }),
		with(date("stage2_extended_to", "agreed revised date", NoEvent, 0, func(c *Case) *calendar.Date { return &c.Stage2ExtendedTo }), func(f *Field) {
			f.After = []string{"received", "stage2_requested"}
			f.Needs, f.Why = "stage2_requested", "an agreed revised date needs the date stage 2 was requested"
			f.Planned = true
		}),
		with(date("stage2_response", "stage 2 response", Stage2Responded, 2, func(c *Case) *calendar.Date { return &c.Stage2Response }), func(f *Field) {
			f.After = []string{"received", "stage2_requested"}
			f.Needs, f.Why = "stage2_requested", "a stage 2 response needs the date stage 2 was requested"
		}),
		with(date("stage3_requested", "stage 3 panel request", Stage3Requested, 3, func(c *Case) *calendar.Date { return &c.Stage3Requested }), func(f *Field) {
			f.After = []string{"received", "stage2_response"}
			f.Needs, f.Why = "stage2_requested", "a stage 3 panel follows a stage 2 formal consideration"
		}),
		date("ombudsman", "Ombudsman's contact", NoEvent, 0, func(c *Case) *calendar.Date { return &c.Ombudsman }),
		date("withdrawn", "withdrawal", NoEvent, 0, func(c *Case) *calendar.Date { return &c.Withdrawn }),
	}
	for _, x := range findingTable {
		noun := "number of elements " + x.title
		if x.f == NoFinding {
			noun = "number of elements with no finding"
		}
		fs = append(fs, Field{Name: x.column, Type: CountField, Noun: noun, ComplaintOnly: true,
			count: func(c *Case) *int { return x.count(&c.Findings) }})
	}
	fs = append(fs,
		Field{Name: "themes", Type: ListField, Noun: "list of themes", list: func(c *Case) *[]string { return &c.Themes }},
		with(date("matter", "notice of the matter", MatterNoticed, 0, func(c *Case) *calendar.Date { return &c.Matter }), func(f *Field) {
			f.ComplaintOnly, f.After, f.Before = false, nil, "received"
		}),
		with(date("panel_acknowledged", "acknowledgement of the panel request", PanelRequestAcknowledged, 3, func(c *Case) *calendar.Date { return &c.PanelAcknowledged }), func(f *Field) {
			f.After = []string{"received", "stage3_requested"}
			f.Needs, f.Why = "stage3_requested", "the panel steps follow a stage 3 request"
		}),
		with(date("panel_statement_requested", "request for the written statement", StatementRequested, 3, func(c *Case) *calendar.Date { return &c.PanelStatementRequested }), func(f *Field) {
			f.After = []string{"received", "stage3_requested"}
			f.Needs, f.Why = "stage3_requested", "the panel steps follow a stage 3 request"
		}),
		with(date("panel_statement_received", "written statement", StatementReceived, 3, func(c *Case) *calendar.Date { return &c.PanelStatementReceived }), func(f *Field) {
			f.After = []string{"received", "stage3_requested", "panel_statement_requested"}
			f.Needs, f.Why = "stage3_requested", "the panel steps follow a stage 3 request"
		}),
		with(date("panel_convened", "panel meeting", PanelHeld, 3, func(c *Case) *calendar.Date { return &c.PanelConvened }), func(f *Field) {
			f.After = []string{"received", "stage3_requested", "panel_statement_received"}
			f.Needs, f.Why = "stage3_requested", "the panel steps follow a stage 3 request"
		}),
	)
	// Who handles the record: free text, not part of the procedure.
	fs = append(fs, Field{Name: "owner", Type: TextField, Noun: "officer or team handling it",
		getText: func(c *Case) string { return c.Owner }, setText: func(c *Case, s string) { c.Owner = s }})
	if len(fs) > maxFields {
		panic("timescale: more than 64 fields; widen the bit sets of check")
	}
	at := make(map[string]int, len(fs))
	for i := range fs {
		fs[i].position = i
		at[fs[i].Name] = i
	}
	// The fields that Needs, After and Before name, by position, so that
	// check does not look them up by name for every case
	// (BenchmarkEvaluateInto). A name that is no field is -1, which
	// TestFieldsNameOnlyFields rules out.
	pos := func(name string) int {
		if i, ok := at[name]; ok {
			return i
		}
		return -1
	}
	for i := range fs {
		f := &fs[i]
		f.needsAt, f.beforeAt = -1, -1
		if f.Needs != "" {
			f.needsAt = pos(f.Needs)
		}
		if f.Before != "" {
			f.beforeAt = pos(f.Before)
		}
		for _, name := range f.After {
			f.afterAt = append(f.afterAt, pos(name))
		}
	}
	return fs
}()

// Fields returns the fields of a Case in the order of the case-file
// columns: id, kind and received (required), then the optional ones.
func Fields() []*Field {
	out := make([]*Field, len(fieldTable))
	for i := range fieldTable {
		f := fieldTable[i] // a copy: the table itself cannot be changed
		f.Choices = append([]string(nil), f.Choices...)
		f.After = append([]string(nil), f.After...)
		out[i] = &f
	}
	return out
}

// FieldByName returns the field called name, matched without regard to case,
// and whether there is one.
func FieldByName(name string) (*Field, bool) {
	f, ok := fieldNamed(strings.ToLower(name))
	if !ok {
		return nil, false
	}
	c := *f
	c.Choices = append([]string(nil), c.Choices...)
	c.After = append([]string(nil), c.After...)
	return &c, true
}

// fieldNamed returns the table's own row for name (exact match).
func fieldNamed(name string) (*Field, bool) {
	for i := range fieldTable {
		if fieldTable[i].Name == name {
			return &fieldTable[i], true
		}
	}
	return nil, false
}

// eventFields maps each event to its field in fieldTable.
var eventFields = func() map[Event]*Field {
	m := make(map[Event]*Field)
	for i := range fieldTable {
		if ev := fieldTable[i].Event; ev != NoEvent {
			m[ev] = &fieldTable[i]
		}
	}
	return m
}()

// FieldOf returns the field that records event e, and whether there is one.
func FieldOf(e Event) (*Field, bool) {
	f, ok := eventFields[e]
	if !ok {
		return nil, false
	}
	return FieldByName(f.Name)
}

// events lists the date fields that record something that happened (all
// but the Planned ones), receipt included.
var events = func() []*Field {
	var out []*Field
	for i := range fieldTable {
		if fieldTable[i].Type == DateField && !fieldTable[i].Planned {
			out = append(out, &fieldTable[i])
		}
	}
	return out
}()

// planned lists the Planned date fields that need another: setAside
// removes a planned date with the event it revises.
// (TestEveryPlannedDateNeedsAnEvent keeps Needs set on them.)
var planned = func() []*Field {
	var out []*Field
	for i := range fieldTable {
		if f := &fieldTable[i]; f.Planned && f.needsAt >= 0 {
			out = append(out, f)
		}
	}
	return out
}()

// flow lists the fields of the events with a stage, in the order in which
// a complaint moves on; a milestone whose event is missing is not recorded
// (DeadlineNotRecorded) when a later one is.
var flow = func() []*Field {
	var out []*Field
	for i := range fieldTable {
		if fieldTable[i].Event != NoEvent && fieldTable[i].Stage > 0 {
			out = append(out, &fieldTable[i])
		}
	}
	return out
}()

// movedPast reports whether any event after e in the flow is recorded in c.
func (c *Case) movedPast(e Event) bool {
	after := false
	for _, f := range flow {
		if after && !f.date(c).IsZero() {
			return true
		}
		if f.Event == e {
			after = true
		}
	}
	return false
}

// stageStart returns the field of the first event of stage s in the flow
// (the request that begins the stage, e.g. stage2_requested), or nil.
func stageStart(s int) *Field {
	if s < 0 || s >= len(stageStarts) {
		return nil
	}
	return stageStarts[s]
}

// stageStarts holds stageStart(s) for every stage s of the flow, looked up
// once (BenchmarkEvaluateIntoMixed).
var stageStarts = func() []*Field {
	var out []*Field
	for _, f := range flow {
		for len(out) <= f.Stage {
			out = append(out, nil)
		}
		if out[f.Stage] == nil {
			out[f.Stage] = f
		}
	}
	return out
}()
