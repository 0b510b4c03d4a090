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

// The dated fields of a case, in the order of the case-file columns.
const (
	fReceived = iota
	fAcknowledged
	fDiscussed
	fStage1Response
	fStage2Requested
	fStage2ExtendedTo
	fStage2Response
	fStage3Requested
	fOmbudsman
	fWithdrawn
	fMatter
	fPanelAcknowledged
	fPanelStatementRequested
	fPanelStatementReceived
	fPanelConvened
	nFields
)

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

	fields := [nFields]field{
		fReceived:                {"received", c.Received},
		fAcknowledged:            {"acknowledged", c.Acknowledged},
		fDiscussed:               {"discussed", c.Discussed},
		fStage1Response:          {"stage1_response", c.Stage1Response},
		fStage2Requested:         {"stage2_requested", c.Stage2Requested},
		fStage2ExtendedTo:        {"stage2_extended_to", c.Stage2ExtendedTo},
		fStage2Response:          {"stage2_response", c.Stage2Response},
		fStage3Requested:         {"stage3_requested", c.Stage3Requested},
		fOmbudsman:               {"ombudsman", c.Ombudsman},
		fWithdrawn:               {"withdrawn", c.Withdrawn},
		fMatter:                  {"matter", c.Matter},
		fPanelAcknowledged:       {"panel_acknowledged", c.PanelAcknowledged},
		fPanelStatementRequested: {"panel_statement_requested", c.PanelStatementRequested},
		fPanelStatementReceived:  {"panel_statement_received", c.PanelStatementReceived},
		fPanelConvened:           {"panel_convened", c.PanelConvened},
	}
	var usable [nFields]bool // dates that are recorded, valid and in range
	for i, f := range fields {
		if f.date.IsZero() {
			if i == fReceived {
				add("received", "required: the date the record was received, YYYY-MM-DD or DD/MM/YYYY")
			}
			continue
		}
		if _, err := cal.IsWorkingDay(f.date); err != nil {
			add(f.name, dateMessage(err))
			continue
		}
		usable[i] = true
	}

	var regime Regime
	if c.Kind == Complaint && usable[fReceived] {
		r, err := RegimeFor(c.Received)
		if err != nil {
			add("received", c.Received.String()+" is before 1 April 2006, when the first encoded procedure ("+string(regimes[0].Name)+", "+regimes[0].Citation+") came into force: no statutory timescales are encoded for it")
		}
		regime = r
	}

	if c.Kind == Comment || c.Kind == Compliment {
		for i, f := range fields {
			if i != fReceived && i != fMatter && !f.date.IsZero() {
				add(f.name, "a "+string(c.Kind)+" has no complaint stages: leave this column empty, or record it as a complaint")
			}
		}
		if c.Findings != (Findings{}) {
			add("upheld", "a "+string(c.Kind)+" has no findings: leave the finding columns empty, or record it as a complaint")
		}
	}

	// notBefore adds a problem when later is before earlier (both usable).
	notBefore := func(later, earlier int) {
		if usable[later] && usable[earlier] && fields[later].date.Before(fields[earlier].date) {
			add(fields[later].name, fields[later].date.String()+" is before "+fields[earlier].name+" "+fields[earlier].date.String()+": check both dates")
		}
	}
	// needs adds a problem when name is usable but required is not recorded.
	needs := func(name, required int, why string) {
		if usable[name] && fields[required].date.IsZero() {
			add(fields[name].name, fields[name].date.String()+" is recorded but "+fields[required].name+" is empty: "+why)
		}
	}
	for i := range fields {
		if i != fReceived && i != fMatter {
			notBefore(i, fReceived)
		}
	}
	notBefore(fDiscussed, fAcknowledged)
	notBefore(fStage1Response, fDiscussed)
	needs(fStage2Response, fStage2Requested, "a stage 2 response needs the date stage 2 was requested")
	notBefore(fStage2Response, fStage2Requested)
	needs(fStage2ExtendedTo, fStage2Requested, "an agreed revised date needs the date stage 2 was requested")
	notBefore(fStage2ExtendedTo, fStage2Requested)
	if regime == Wales2014 && !c.Stage3Requested.IsZero() {
		add("stage3_requested", "there is no stage 3 in the 2014 procedure (SI 2014/1794): a complaint received on or after 1 August 2014 goes from stage 2 to the Ombudsman; leave this column empty")
	} else {
		needs(fStage3Requested, fStage2Requested, "a stage 3 panel follows a stage 2 formal consideration")
		notBefore(fStage3Requested, fStage2Response)
	}
	for i := fPanelAcknowledged; i < nFields; i++ {
		needs(i, fStage3Requested, "the panel steps follow a stage 3 request")
		notBefore(i, fStage3Requested)
	}
	notBefore(fPanelStatementReceived, fPanelStatementRequested)
	notBefore(fPanelConvened, fPanelStatementReceived)
	if usable[fMatter] && usable[fReceived] && c.Matter.After(c.Received) {
		add("matter", c.Matter.String()+" is after received "+c.Received.String()+": the matter must be noticed before the complaint about it")
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
