package timescale

import (
	"strconv"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
)

// A Regime is a complaints procedure in force from a cutover date. The
// regime of a complaint is fixed by the London date on which it was
// received and stays fixed for every later stage.
type Regime string

// The encoded regimes.
const (
	// Wales2005 is the former procedure: the Social Services Complaints
	// Procedure (Wales) Regulations 2005 (SI 2005/3366), in force from
	// 1 April 2006, with a stage 3 panel.
	Wales2005 Regime = "wales-2005"
	// Wales2014 is the Social Services Complaints Procedure (Wales)
	// Regulations 2014 (SI 2014/1794), in force from 1 August 2014: two
	// stages, then the Ombudsman.
	Wales2014 Regime = "wales-2014"
)

// A RegimeInfo describes a regime: when it starts, what it is called and the
// instruments it rests on.
type RegimeInfo struct {
	Name Regime `json:"name"`
	// From is the first date of receipt to which the regime applies; it
	// applies until the day before the next regime's From.
	From calendar.Date `json:"from"`
	// Title and Citation name the complaints regulations; Representations
	// names the children's representations regulations, which follow the
	// same timescales.
	Title           string `json:"title"`
	Citation        string `json:"citation"`
	Representations string `json:"representations"`
	// Stages is the number of stages in the procedure (3 in wales-2005, 2 in
	// wales-2014).
	Stages int `json:"stages"`
	// Bands are the response-time bands of the annual report (SPEC section 4),
	// used for stage 1 and stage 2 alike.
	Bands []Band `json:"bands"`
}

// A Band is a range of working days taken, used to tabulate response times.
type Band struct {
	Label string `json:"label"` // e.g. "0-17"
	Max   int    `json:"max"`   // the largest number of working days in the band; -1 for the open-ended last band
	Title string `json:"title"` // the wording of the annual report, e.g. "Up to 17 working days"
}

// regimes lists the encoded regimes in order of their cutover. Adding a
// regime is a new row here and its rules in ruleTable.
var regimes = [...]RegimeInfo{
	{
		Name:            Wales2005,
		From:            calendar.NewDate(2006, time.April, 1),
		Title:           "The Social Services Complaints Procedure (Wales) Regulations 2005",
		Citation:        "SI 2005/3366",
		Representations: "The Representations Procedure (Children) (Wales) Regulations 2005 (SI 2005/3365)",
		Stages:          3,
		Bands: []Band{
			{Label: "0-10", Max: 10, Title: "Up to 10 working days"},
			{Label: "11-25", Max: 25, Title: "11 – 25 working days"},
			{Label: "26+", Max: -1, Title: "25+ working days"},
		},
	},
	{
		Name:            Wales2014,
		From:            calendar.NewDate(2014, time.August, 1),
		Title:           "The Social Services Complaints Procedure (Wales) Regulations 2014",
		Citation:        "SI 2014/1794",
		Representations: "The Representations Procedure (Wales) Regulations 2014 (SI 2014/1795)",
		Stages:          2,
		Bands: []Band{
			{Label: "0-17", Max: 17, Title: "Up to 17 working days"},
			{Label: "18-25", Max: 25, Title: "18 - 25 working days"},
			{Label: "26+", Max: -1, Title: "26+ working days"},
		},
	},
}

// Regimes returns the encoded regimes in order of their cutover dates.
func Regimes() []RegimeInfo {
	out := make([]RegimeInfo, len(regimes))
	for i, r := range regimes {
		r.Bands = append([]Band(nil), r.Bands...)
		out[i] = r
	}
	return out
}

// regimeInfo returns the description of a regime (the zero RegimeInfo and
// false for an unknown name).
func regimeInfo(name Regime) (*RegimeInfo, bool) {
	for i := range regimes {
		if regimes[i].Name == name {
			return &regimes[i], true
		}
	}
	return nil, false
}

// RegimeFor returns the regime of a complaint received on the given London
// date: wales-2005 for receipt from 1 April 2006 to 31 July 2014,
// wales-2014 from 1 August 2014. A complaint received before 1 April 2006
// falls under no encoded regime: the error is a *NoRegimeError.
func RegimeFor(received calendar.Date) (Regime, error) {
	for i := len(regimes) - 1; i >= 0; i-- {
		if !received.Before(regimes[i].From) {
			return regimes[i].Name, nil
		}
	}
	return "", &NoRegimeError{Received: received, First: regimes[0].From}
}

// BandFor returns the label of the response-time band of the regime that
// holds the given number of working days taken (SPEC section 4): for
// wales-2014 "0-17", "18-25" or "26+"; for wales-2005 "0-10", "11-25" or
// "26+" (25 belongs to 11-25). It returns "" for an unknown regime or a
// negative number of days.
func BandFor(r Regime, workingDays int) string {
	info, ok := regimeInfo(r)
	if !ok || workingDays < 0 {
		return ""
	}
	for _, b := range info.Bands {
		if b.Max < 0 || workingDays <= b.Max {
			return b.Label
		}
	}
	return ""
}

// A Milestone is something the procedure requires to be done by a deadline.
type Milestone string

// The milestones.
const (
	Acknowledgement    Milestone = "acknowledgement"
	Discussion         Milestone = "discussion"
	Resolution         Milestone = "resolution"
	Stage1Response     Milestone = "stage1-response"
	Stage2Response     Milestone = "stage2-response"
	PanelAcknowledged  Milestone = "panel-acknowledgement"
	PanelStatement     Milestone = "panel-statement"
	PanelConvened      Milestone = "panel-convened"
	ComplaintMade      Milestone = "complaint-made"
	OmbudsmanComplaint Milestone = "ombudsman-complaint"
)

// An Event is something that happens to a complaint on a date, recorded in
// a field of Case. Rules start from events and are met by events.
type Event string

// The events.
const (
	Received                 Event = "received"
	Acknowledged             Event = "acknowledged"
	Discussed                Event = "discussed"
	Stage1Responded          Event = "stage1-responded"
	Stage2Requested          Event = "stage2-requested"
	Stage2Responded          Event = "stage2-responded"
	Stage3Requested          Event = "stage3-requested"
	PanelRequestAcknowledged Event = "panel-request-acknowledged"
	StatementRequested       Event = "statement-requested"
	StatementReceived        Event = "statement-received"
	PanelHeld                Event = "panel-convened"
	MatterNoticed            Event = "matter-noticed"
	NoEvent                  Event = ""
)

// noun returns the event as the step that produces it, for explanations:
// "acknowledgement", "discussion", ...
func (e Event) noun() string {
	switch e {
	case Acknowledged:
		return "acknowledgement"
	case Discussed:
		return "discussion"
	case StatementReceived:
		return "written statement"
	}
	return string(e)
}

// column returns the case-file column (or Case field) recording event e.
func (e Event) column() string {
	switch e {
	case Received:
		return "received"
	case Acknowledged:
		return "acknowledged"
	case Discussed:
		return "discussed"
	case Stage1Responded:
		return "stage1_response"
	case Stage2Requested:
		return "stage2_requested"
	case Stage2Responded:
		return "stage2_response"
	case Stage3Requested:
		return "stage3_requested"
	case PanelRequestAcknowledged:
		return "panel_acknowledged"
	case StatementRequested:
		return "panel_statement_requested"
	case StatementReceived:
		return "panel_statement_received"
	case PanelHeld:
		return "panel_convened"
	case MatterNoticed:
		return "matter"
	}
	return string(e)
}

// date returns the date of event e recorded in c (the zero Date when it is
// not recorded).
func (c *Case) date(e Event) calendar.Date {
	switch e {
	case Received:
		return c.Received
	case Acknowledged:
		return c.Acknowledged
	case Discussed:
		return c.Discussed
	case Stage1Responded:
		return c.Stage1Response
	case Stage2Requested:
		return c.Stage2Requested
	case Stage2Responded:
		return c.Stage2Response
	case Stage3Requested:
		return c.Stage3Requested
	case PanelRequestAcknowledged:
		return c.PanelAcknowledged
	case StatementRequested:
		return c.PanelStatementRequested
	case StatementReceived:
		return c.PanelStatementReceived
	case PanelHeld:
		return c.PanelConvened
	case MatterNoticed:
		return c.Matter
	}
	return calendar.Date{}
}

// A Basis says how firmly a rule rests on the law.
type Basis string

// The bases (SPEC section 3).
const (
	// BasisRegulation: the text of the regulation or Act was read.
	BasisRegulation Basis = "regulation"
	// BasisGuidance: taken from Welsh Government or other secondary guidance.
	BasisGuidance Basis = "guidance"
	// BasisPractice: the measure the annual report itself uses.
	BasisPractice Basis = "practice"
)

// A Rule is one statutory timescale: a milestone that must be met within a
// period after an event. Rules are data; the engine in this package holds
// no timescale of its own.
type Rule struct {
	ID        string    `json:"id"`
	Regimes   []Regime  `json:"regimes"`
	Stage     int       `json:"stage"` // 0 for rules outside the stages (time limits)
	Milestone Milestone `json:"milestone"`
	// Title describes the milestone for people, e.g. "stage 1 full response".
	Title string `json:"title"`
	// Start is the event that starts the period; the day of the event is
	// never counted. StartText describes it for people.
	Start     Event  `json:"start"`
	StartText string `json:"start_text"`
	// StartMayBeDue: when the start event has not happened, the period runs
	// from the due date of the rule that the start event meets ("the date
	// of acknowledgement (actual, else its due date)").
	StartMayBeDue bool `json:"start_may_be_due"`
	// MetBy is the event that meets the rule; NoEvent when the case file
	// records none (the Ombudsman's window).
	MetBy Event `json:"met_by"`
	// WorkingDays is the period in working days; Months a period in
	// calendar months instead (WorkingDays is then 0).
	WorkingDays int `json:"working_days,omitempty"`
	Months      int `json:"months,omitempty"`
	// Period says how a calendar period ends; see PeriodEnd.
	Period PeriodKind `json:"period,omitempty"`
	// Extension describes how the period may be extended, and ExtendedBy
	// names the Case field recording an agreed revised date ("" when the
	// case file has none).
	Extension  string `json:"extension,omitempty"`
	ExtendedBy string `json:"extended_by,omitempty"`
	Citation   string `json:"citation"`
	Basis      Basis  `json:"basis"`
	// Note records an uncertainty or a choice made where the law is silent.
	Note string `json:"note,omitempty"`
}

// AppliesTo reports whether the rule belongs to regime r.
func (r Rule) AppliesTo(reg Regime) bool {
	for _, x := range r.Regimes {
		if x == reg {
			return true
		}
	}
	return false
}

// PeriodText describes the period in words, e.g. "2 working days" or
// "12 calendar months".
func (r Rule) PeriodText() string {
	if r.Months > 0 {
		if r.Period == OneYearWindow {
			return "one year starting on that day"
		}
		return strconv.Itoa(r.Months) + " calendar months"
	}
	if r.WorkingDays == 1 {
		return "1 working day"
	}
	return strconv.Itoa(r.WorkingDays) + " working days"
}

// A PeriodKind says how a calendar-month period ends.
type PeriodKind string

// The kinds of calendar period.
const (
	// SameDateLater ends on the same date N months later; a date that does
	// not exist then (29 February) maps to the last day of the month.
	SameDateLater PeriodKind = "same-date"
	// OneYearWindow is a year starting on the day of the event: its last
	// day is the day before the anniversary (for 29 February, 28 February
	// of the next year).
	OneYearWindow PeriodKind = "one-year-window"
)

var (
	both     = []Regime{Wales2005, Wales2014}
	only2005 = []Regime{Wales2005}
	only2014 = []Regime{Wales2014}
)

// ruleTable is the rule table of SPEC section 3.
var ruleTable = [...]Rule{
	{
		ID: "W14-ACK", Regimes: only2014, Stage: 1, Milestone: Acknowledgement,
		Title: "acknowledgement of the complaint", Start: Received, StartText: "receipt of the complaint",
		MetBy: Acknowledged, WorkingDays: 2,
		Citation: "SI 2014/1794 reg 15(2)", Basis: BasisRegulation,
	},
	{
		ID: "W14-DISCUSS", Regimes: only2014, Stage: 1, Milestone: Discussion,
		Title: "local-resolution discussion", Start: Acknowledged, StartMayBeDue: true,
		StartText: "the date of acknowledgement (actual, else its due date)",
		MetBy:     Discussed, WorkingDays: 10,
		Extension: "may be extended by agreement with the complainant in exceptional circumstances (reg 16(4))",
		Citation:  "SI 2014/1794 reg 16(3)", Basis: BasisRegulation,
	},
	{
		ID: "W14-RESOLUTION", Regimes: only2014, Stage: 1, Milestone: Resolution,
		Title: "written resolution", Start: Discussed, StartMayBeDue: true,
		StartText: "the date of the discussion (actual, else its due date)",
		MetBy:     Stage1Responded, WorkingDays: 5,
		Citation: "SI 2014/1794 reg 16(5)", Basis: BasisRegulation,
		Note: "The case file records the written resolution as stage1_response.",
	},
	{
		ID: "W14-STAGE1", Regimes: only2014, Stage: 1, Milestone: Stage1Response,
		Title: "stage 1 full response", Start: Received, StartText: "receipt of the complaint",
		MetBy: Stage1Responded, WorkingDays: 17,
		Citation: "SI 2014/1794 regs 15(2), 16(3), 16(5)", Basis: BasisPractice,
		Note: "17 = 2 + 10 + 5: the benchmark the annual report measures, not a limit stated in one regulation.",
	},
	{
		ID: "W14-STAGE2", Regimes: only2014, Stage: 2, Milestone: Stage2Response,
		Title: "stage 2 formal investigation response", Start: Stage2Requested,
		StartText: "receipt of the request for formal investigation",
		MetBy:     Stage2Responded, WorkingDays: 25,
		Extension:  "when it cannot be met the complainant is told why and given a revised date (recorded as stage2_extended_to)",
		ExtendedBy: "stage2_extended_to",
		Citation:   "SI 2014/1794 regs 17 to 19", Basis: BasisGuidance,
	},
	{
		ID: "W05-STAGE1", Regimes: only2005, Stage: 1, Milestone: Stage1Response,
		Title: "stage 1 local resolution response", Start: Received, StartText: "receipt of the complaint",
		MetBy: Stage1Responded, WorkingDays: 10,
		Citation: "SI 2005/3366 reg 18", Basis: BasisPractice,
	},
	{
		ID: "W05-STAGE2", Regimes: only2005, Stage: 2, Milestone: Stage2Response,
		Title: "stage 2 formal consideration response", Start: Stage2Requested,
		StartText: "receipt of the request for formal consideration",
		MetBy:     Stage2Responded, WorkingDays: 25,
		Extension:  "an agreed revised date is recorded as stage2_extended_to",
		ExtendedBy: "stage2_extended_to",
		Citation:   "SI 2005/3366 reg 20", Basis: BasisPractice,
	},
	{
		ID: "W05-PANEL-ACK", Regimes: only2005, Stage: 3, Milestone: PanelAcknowledged,
		Title: "stage 3 panel request acknowledged", Start: Stage3Requested,
		StartText: "receipt of the panel request",
		MetBy:     PanelRequestAcknowledged, WorkingDays: 2,
		Citation: "SI 2005/3366 reg 24(1)(a)", Basis: BasisRegulation,
	},
	{
		ID: "W05-PANEL-STATEMENT", Regimes: only2005, Stage: 3, Milestone: PanelStatement,
		Title: "complainant's written statement", Start: StatementRequested,
		StartText: "the request for the written statement",
		MetBy:     StatementReceived, WorkingDays: 20,
		Citation: "SI 2005/3366 reg 24(1)(b)", Basis: BasisRegulation,
	},
	{
		ID: "W05-PANEL-CONVENE", Regimes: only2005, Stage: 3, Milestone: PanelConvened,
		Title: "panel convened", Start: StatementReceived,
		StartText: "receipt of the written statement",
		MetBy:     PanelHeld, WorkingDays: 20,
		Citation: "SI 2005/3366 reg 24(2)", Basis: BasisRegulation,
	},
	{
		ID: "TIME-LIMIT", Regimes: both, Stage: 0, Milestone: ComplaintMade,
		Title: "complaint made in time", Start: MatterNoticed,
		StartText: "the matter complained about, or later the complainant's awareness of it",
		MetBy:     Received, Months: 12, Period: SameDateLater,
		Extension: "a late complaint may be accepted when there is good reason and it can still be investigated fairly",
		Citation:  "SI 2014/1794 reg 14; SI 2005/3366 likewise", Basis: BasisGuidance,
	},
	{
		ID: "PSOW", Regimes: both, Stage: 0, Milestone: OmbudsmanComplaint,
		Title: "complaint to the Public Services Ombudsman for Wales", Start: MatterNoticed,
		StartText: "the day the person first had notice of the matter",
		MetBy:     NoEvent, Months: 12, Period: OneYearWindow,
		Extension: "the Ombudsman may waive the limit",
		Citation:  "Public Services Ombudsman (Wales) Act 2005 s.5-6; Public Services Ombudsman (Wales) Act 2019 s.8-9",
		Basis:     BasisRegulation,
		Note:      "The case file records when the Ombudsman contacted the council, not when the complainant went to the Ombudsman, so this window is reported but never judged.",
	},
}

// Rules returns the rule table (SPEC section 3), in a fixed order: the
// wales-2014 rules, the wales-2005 rules, then the rules of both.
func Rules() []Rule {
	out := make([]Rule, len(ruleTable))
	for i, r := range ruleTable {
		r.Regimes = append([]Regime(nil), r.Regimes...)
		out[i] = r
	}
	return out
}

// RuleByID returns the rule with the given id, and whether there is one.
func RuleByID(id string) (Rule, bool) {
	for _, r := range ruleTable {
		if r.ID == id {
			r.Regimes = append([]Regime(nil), r.Regimes...)
			return r, true
		}
	}
	return Rule{}, false
}

// PeriodEnd returns the last day of a calendar-month period of months
// starting from the day of an event. For SameDateLater it is the same date
// months later, 29 February mapping to 28 February (TIME-LIMIT: a complaint
// about a matter of 10 March 2014 is in time on 10 March 2015). For
// OneYearWindow it is the day before the anniversary (PSOW: notice on
// 10 March 2014, last day 9 March 2015; notice on 29 February 2016, last
// day 28 February 2017).
func PeriodEnd(kind PeriodKind, start calendar.Date, months int) calendar.Date {
	y := start.Year + (int(start.Month)-1+months)/12
	m := time.Month((int(start.Month)-1+months)%12 + 1)
	switch kind {
	case OneYearWindow:
		// The period is the months starting on start; it ends the day before
		// the same date comes round, a missing date rolling into the next
		// month (so the window from 29 February ends on 28 February).
		end := calendar.NewDate(y, m, start.Day)
		if !end.IsValid() {
			end = calendar.NewDate(y, m+1, 1)
		}
		return end.AddDays(-1)
	default:
		end := calendar.NewDate(y, m, start.Day)
		for !end.IsValid() && end.Day > 28 {
			end.Day--
		}
		return end
	}
}
