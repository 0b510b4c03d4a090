package timescale

import (
	"errors"
	"strconv"

	"github.com/cymru-complaints/statutory/calendar"
)

// Complainants lists the accepted values of Case.Complainant (SPEC section 6);
// the empty string is accepted too and means not known.
var complainants = [...]string{"parent", "carer", "foster-carer", "relative", "child", "young-person", "advocate", "other"}

// Complainants returns the accepted values of Case.Complainant.
func Complainants() []string { return append([]string(nil), complainants[:]...) }

// IsChildOrYoungPerson reports whether the complainant is a child or a young
// person (counted in section 9 of the annual report).
func IsChildOrYoungPerson(complainant string) bool {
	return complainant == "child" || complainant == "young-person"
}

// field pairs a case-file column with its date in a case.
type field struct {
	name string
	date calendar.Date
}

// Validate checks c and returns a *ValidationError listing every problem, or
// nil when c is valid. It checks that required fields are present, that
// every date is a real date inside the calendar's range, that events follow
// one another (nothing before receipt, no stage 2 response without a
// request, no stage 3 on a wales-2014 complaint), that counts are not
// negative, and that comments and compliments have no complaint stages.
func (e Engine) Validate(c Case) error {
	var ps []Problem
	add := func(f, msg string) { ps = append(ps, Problem{Field: f, Message: msg}) }
	cal := e.calendar()

	if c.ID == "" {
		add("id", "required: give each record a unique id")
	}
	switch c.Kind {
	case Complaint, Comment, Compliment:
	case "":
		add("kind", "required: complaint, comment or compliment")
	default:
		add("kind", strconv.Quote(string(c.Kind))+" is not a kind of record: want complaint, comment or compliment")
	}
	switch c.Procedure {
	case "", ComplaintProcedure, RepresentationProcedure:
	default:
		add("procedure", strconv.Quote(string(c.Procedure))+" is not a procedure: want complaint or representation (or leave it empty)")
	}
	if c.Complainant != "" && !isComplainant(c.Complainant) {
		add("complainant", strconv.Quote(c.Complainant)+" is not a kind of complainant: want one of parent, carer, foster-carer, relative, child, young-person, advocate, other (or leave it empty)")
	}

	fields := [...]field{
		{"received", c.Received},
		{"acknowledged", c.Acknowledged},
		{"discussed", c.Discussed},
		{"stage1_response", c.Stage1Response},
		{"stage2_requested", c.Stage2Requested},
		{"stage2_extended_to", c.Stage2ExtendedTo},
		{"stage2_response", c.Stage2Response},
		{"stage3_requested", c.Stage3Requested},
		{"ombudsman", c.Ombudsman},
		{"withdrawn", c.Withdrawn},
		{"matter", c.Matter},
		{"panel_acknowledged", c.PanelAcknowledged},
		{"panel_statement_requested", c.PanelStatementRequested},
		{"panel_statement_received", c.PanelStatementReceived},
		{"panel_convened", c.PanelConvened},
	}
	usable := map[string]bool{} // dates that are valid and in range
	for _, f := range fields {
		if f.date.IsZero() {
			if f.name == "received" {
				add("received", "required: the date the record was received, YYYY-MM-DD or DD/MM/YYYY")
			}
			continue
		}
		if _, err := cal.IsWorkingDay(f.date); err != nil {
			add(f.name, dateMessage(err))
			continue
		}
		usable[f.name] = true
	}
	date := func(name string) (calendar.Date, bool) {
		for _, f := range fields {
			if f.name == name {
				return f.date, usable[name]
			}
		}
		return calendar.Date{}, false
	}

	var regime Regime
	if c.Kind == Complaint && usable["received"] {
		r, err := RegimeFor(c.Received)
		if err != nil {
			add("received", c.Received.String()+" is before 1 April 2006, when the first encoded procedure ("+string(regimes[0].Name)+", "+regimes[0].Citation+") came into force: no statutory timescales are encoded for it")
		}
		regime = r
	}

	if c.Kind == Comment || c.Kind == Compliment {
		for _, f := range fields[1:] {
			if !f.date.IsZero() && f.name != "matter" {
				add(f.name, "a "+string(c.Kind)+" has no complaint stages: leave this column empty, or record it as a complaint")
			}
		}
		if c.Findings != (Findings{}) {
			add("upheld", "a "+string(c.Kind)+" has no findings: leave the finding columns empty, or record it as a complaint")
		}
	}

	// notBefore adds a problem when later is before earlier (both recorded).
	notBefore := func(later, earlier string) {
		l, ok1 := date(later)
		f, ok2 := date(earlier)
		if ok1 && ok2 && l.Before(f) {
			add(later, l.String()+" is before "+earlier+" "+f.String()+": check both dates")
		}
	}
	needs := func(name, required, why string) {
		d, ok := date(name)
		r, _ := date(required)
		if ok && r.IsZero() {
			add(name, d.String()+" is recorded but "+required+" is empty: "+why)
		}
	}
	for _, f := range fields[1:] {
		if f.name != "matter" {
			notBefore(f.name, "received")
		}
	}
	notBefore("discussed", "acknowledged")
	notBefore("stage1_response", "discussed")
	needs("stage2_response", "stage2_requested", "a stage 2 response needs the date stage 2 was requested")
	notBefore("stage2_response", "stage2_requested")
	needs("stage2_extended_to", "stage2_requested", "an agreed revised date needs the date stage 2 was requested")
	notBefore("stage2_extended_to", "stage2_requested")
	if regime == Wales2014 && !c.Stage3Requested.IsZero() {
		add("stage3_requested", "there is no stage 3 in the 2014 procedure (SI 2014/1794): a complaint received on or after 1 August 2014 goes from stage 2 to the Ombudsman; leave this column empty")
	} else {
		needs("stage3_requested", "stage2_requested", "a stage 3 panel follows a stage 2 formal consideration")
		notBefore("stage3_requested", "stage2_response")
	}
	for _, f := range fields[11:] { // the panel steps
		needs(f.name, "stage3_requested", "the panel steps follow a stage 3 request")
		notBefore(f.name, "stage3_requested")
	}
	notBefore("panel_statement_received", "panel_statement_requested")
	notBefore("panel_convened", "panel_statement_received")
	if m, ok := date("matter"); ok && usable["received"] && m.After(c.Received) {
		add("matter", m.String()+" is after received "+c.Received.String()+": the matter must be noticed before the complaint about it")
	}

	counts := [...]struct {
		name string
		n    int
	}{
		{"upheld", c.Findings.Upheld},
		{"partially_upheld", c.Findings.PartiallyUpheld},
		{"not_upheld", c.Findings.NotUpheld},
		{"no_finding", c.Findings.NoFinding},
	}
	for _, k := range counts {
		if k.n < 0 {
			add(k.name, strconv.Itoa(k.n)+" is negative: give the number of elements with this finding (0 or more)")
		}
	}

	if len(ps) == 0 {
		return nil
	}
	return &ValidationError{ID: c.ID, Problems: ps}
}

func isComplainant(s string) bool {
	for _, c := range complainants {
		if c == s {
			return true
		}
	}
	return false
}

// dateMessage turns a calendar error about a date into a problem message.
func dateMessage(err error) string {
	var re *calendar.RangeError
	if errors.As(err, &re) {
		return re.Date.String() + " is outside the supported range " + re.First.String() + " to " + re.Last.String()
	}
	var de *calendar.DateError
	if errors.As(err, &de) {
		return de.Date.String() + " is not a real date"
	}
	return err.Error()
}
