package timescale

import (
	"strconv"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
)

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
	PanelHeld                Event = "panel-held"
	MatterNoticed            Event = "matter-noticed"
	NoEvent                  Event = ""
)

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

// A Condition holds when a choice field of a case (see Fields) has a given
// value.
type Condition struct {
	Field string `json:"field"` // the name of a ChoiceField, e.g. "resolved_locally"
	Value string `json:"value"` // one of its choices, e.g. "yes"
	// Text says what the condition means, for people, e.g. "the matter was
	// resolved to the complainant's satisfaction".
	Text string `json:"text"`
}

// IsZero reports whether c is the zero Condition, which always holds.
func (c Condition) IsZero() bool { return c == Condition{} }

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
	// Response: the rule measures the response of its stage, which the
	// annual report bands (RegimeInfo.Bands, OmbudsmanBandFor) and
	// tabulates. Each stage of a regime has at most one such rule.
	Response bool `json:"response,omitempty"`
	// Extension describes how the period may be extended, and ExtendedBy
	// names the date field (see Fields) recording an agreed revised date
	// ("" when there is none).
	Extension  string `json:"extension,omitempty"`
	ExtendedBy string `json:"extended_by,omitempty"`
	// JudgedWhen limits the judging of the milestone to the cases in
	// which a choice field has a value: in any other case the due date is
	// given but the milestone is never in time, late or overdue
	// (DeadlineNotJudged). The zero Condition judges every case.
	JudgedWhen Condition `json:"judged_when,omitzero"`
	Citation   string    `json:"citation"`
	Basis      Basis     `json:"basis"`
	// Note records an uncertainty or a choice made where the law is silent.
	Note string `json:"note,omitempty"`
}

// clone returns r with its own copy of Regimes.
func (r Rule) clone() Rule {
	r.Regimes = append([]Regime(nil), r.Regimes...)
	return r
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

// ruleTable is the rule table of the statutory regimes (see RULES.md).
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
		JudgedWhen: Condition{Field: "resolved_locally", Value: "yes", Text: "the matter was resolved to the complainant's satisfaction"},
		Citation:   "SI 2014/1794 reg 16(5)", Basis: BasisRegulation,
		Note: "The case file records the written resolution as stage1_response.",
	},
	{
		ID: "W14-STAGE1", Regimes: only2014, Stage: 1, Milestone: Stage1Response,
		Title: "stage 1 full response", Start: Received, StartText: "receipt of the complaint",
		MetBy: Stage1Responded, Response: true, WorkingDays: 17,
		Citation: "SI 2014/1794 regs 15(2), 16(3), 16(5)", Basis: BasisPractice,
		Note: "17 = 2 + 10 + 5: the benchmark the annual report measures, not a limit stated in one regulation.",
	},
	{
		ID: "W14-STAGE2", Regimes: only2014, Stage: 2, Milestone: Stage2Response,
		Title: "stage 2 formal investigation response", Start: Stage2Requested,
		StartText: "receipt of the request for formal investigation",
		MetBy:     Stage2Responded, Response: true, WorkingDays: 25,
		Extension:  "when it cannot be met the complainant is told why and given a revised date (recorded as stage2_extended_to)",
		ExtendedBy: "stage2_extended_to",
		Citation:   "SI 2014/1794 regs 17 to 19", Basis: BasisGuidance,
	},
	{
		ID: "W05-STAGE1", Regimes: only2005, Stage: 1, Milestone: Stage1Response,
		Title: "stage 1 local resolution response", Start: Received, StartText: "receipt of the complaint",
		MetBy: Stage1Responded, Response: true, WorkingDays: 10,
		Citation: "SI 2005/3366 reg 18", Basis: BasisPractice,
	},
	{
		ID: "W05-STAGE2", Regimes: only2005, Stage: 2, Milestone: Stage2Response,
		Title: "stage 2 formal consideration response", Start: Stage2Requested,
		StartText: "receipt of the request for formal consideration",
		MetBy:     Stage2Responded, Response: true, WorkingDays: 25,
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

// Rules returns the rules of the statutory table (Statutory), in a fixed
// order: the wales-2014 rules, the wales-2005 rules, then the rules of
// both.
func Rules() []Rule { return Statutory().Rules() }

// RuleByID returns the rule of the statutory table with the given id, and
// whether there is one.
func RuleByID(id string) (Rule, bool) { return Statutory().Rule(id) }

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
