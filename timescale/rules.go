package timescale

import (
	"strconv"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
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

// The bases, from the firmest to the weakest.
const (
	// BasisRegulation: the text of the regulation or Act was read, and says so.
	BasisRegulation Basis = "regulation"
	// BasisGuidance: taken from Welsh Government or other secondary guidance.
	BasisGuidance Basis = "guidance"
	// BasisPractice: the measure the annual report itself uses.
	BasisPractice Basis = "practice"
	// BasisAssumed: no source read confirms it; the module assumes it (a
	// council's lawyers should confirm it).
	BasisAssumed Basis = "assumed"
)

// Bases returns the bases from the firmest to the weakest: regulation,
// guidance, practice, assumed.
func Bases() []Basis {
	return []Basis{BasisRegulation, BasisGuidance, BasisPractice, BasisAssumed}
}

// weaker returns the weaker of two bases (see Bases); an unknown basis is
// weaker than any known one.
func weaker(a, b Basis) Basis {
	rank := func(x Basis) int {
		for i, y := range Bases() {
			if x == y {
				return i
			}
		}
		return len(Bases())
	}
	if rank(b) > rank(a) {
		return b
	}
	return a
}

// A Source is a text that was read for a rule: the provision, the address
// of the copy read and the day it was read.
type Source struct {
	// Provision names what was read, e.g. "SI 2014/1794 reg 15(2)" or
	// "Welsh Government, social services complaints page"; "(Welsh text)"
	// when only the Welsh text was read.
	Provision string        `json:"provision"`
	URL       string        `json:"url"`
	Read      calendar.Date `json:"read"`
}

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
	// Optional: the rule is an option of the procedure that a council may
	// leave out (the acknowledgement of a corporate complaint, CORP-ACK).
	// It is a row of the table like any other and applies unless the
	// engine's policy switches it off (Policy.SwitchedOff); a rule that is
	// not optional can never be switched off.
	Optional bool `json:"optional,omitempty"`
	// JudgedWhen limits the judging of the milestone to the cases in
	// which a choice field has a value: in any other case the due date is
	// given but the milestone is never in time, late or overdue
	// (DeadlineNotJudged). The zero Condition judges every case.
	JudgedWhen Condition `json:"judged_when,omitzero"`
	// Citation names the provision the rule rests on for complaints, and
	// Basis how firmly (see Bases).
	Citation string `json:"citation"`
	Basis    Basis  `json:"basis"`
	// RepresentationsCitation and RepresentationsBasis are the same for
	// children's representations (RepresentationProcedure), which have
	// instruments of their own; empty when they are those of complaints.
	RepresentationsCitation string `json:"representations_citation,omitempty"`
	RepresentationsBasis    Basis  `json:"representations_basis,omitempty"`
	// Sources lists what was read for the rule, and Paraphrase says in
	// one sentence, in our words, what the sources say.
	Sources    []Source `json:"sources"`
	Paraphrase string   `json:"paraphrase"`
	// Note records an uncertainty or a choice made where the law is silent.
	Note string `json:"note,omitempty"`
	// OwedBy says who owes the duty (see Parties); the zero value,
	// PartyCouncil, is absent from the JSON form. Due lists leave out the
	// duties of other parties unless asked for them.
	OwedBy Party `json:"owed_by,omitzero"`
}

// clone returns r with its own copies of its slices.
func (r Rule) clone() Rule {
	r.Regimes = append([]Regime(nil), r.Regimes...)
	r.Sources = append([]Source(nil), r.Sources...)
	return r
}

// CitationFor returns the citation and basis of the rule for a case of
// procedure p: for RepresentationProcedure, RepresentationsCitation and
// RepresentationsBasis, each where it is given; Citation and Basis
// otherwise.
func (r Rule) CitationFor(p Procedure) (string, Basis) { return r.citationFor(p) }

func (r *Rule) citationFor(p Procedure) (string, Basis) {
	cite, basis := r.Citation, r.Basis
	if p == RepresentationProcedure {
		if r.RepresentationsCitation != "" {
			cite = r.RepresentationsCitation
		}
		if r.RepresentationsBasis != "" {
			basis = r.RepresentationsBasis
		}
	}
	return cite, basis
}

// RestsOnAssumption reports whether the rule, for complaints or for
// representations, has the basis BasisAssumed.
func (r Rule) RestsOnAssumption() bool {
	return r.Basis == BasisAssumed || r.RepresentationsBasis == BasisAssumed
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
func (r Rule) PeriodText() string { return periodWords(r.WorkingDays, r.Months, r.Period) }

// PeriodTextIn describes the period in words in the language t (see
// package lang): in Welsh "2 ddiwrnod gwaith", or the English marked as
// untranslated for a period no source gives in Welsh.
func (r Rule) PeriodTextIn(t lang.Tag) string { return periodIn(t, r.WorkingDays, r.Months, r.Period) }

// periodWords describes a period of working days or calendar months in
// words.
func periodWords(workingDays, months int, kind PeriodKind) string {
	return periodIn(lang.English, workingDays, months, kind)
}

// periodIn describes a period of working days or calendar months in words
// in t.
func periodIn(t lang.Tag, workingDays, months int, kind PeriodKind) string {
	if months > 0 {
		if kind == OneYearWindow {
			return lang.Say(t, "period.one-year", "one year starting on that day")
		}
		m := strconv.Itoa(months)
		return lang.Sayf(t, "period.calendar-months", m+" calendar months", m)
	}
	return lang.WorkingDays(t, workingDays)
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
	both      = []Regime{Wales2005, Wales2014}
	only2005  = []Regime{Wales2005}
	only2014  = []Regime{Wales2014}
	corporate = []Regime{PSOWModel}
	every     = []Regime{Wales2005, Wales2014, PSOWModel}
)

// readOn is the day the stored copies of the sources were read.
var readOn = calendar.NewDate(2026, time.December, 2)

// src returns a Source read on readOn.
func src(provision, url string) Source { return Source{Provision: provision, URL: url, Read: readOn} }

// The addresses of the texts read (LAW.md lists each with what it settles
// and what it leaves open).
const (
	urlSI2014Reg1          = "http://www.legislation.gov.uk/wsi/2014/1794/made/data.xht?view=snippet&wrap=true"
	urlSI2014Reg2          = "https://legislation.gov.uk/wsi/2014/1794/regulation/2/made?view=plain"
	urlSI2014Part4         = "https://legislation.gov.uk/wsi/2014/1794/part/4/made/data.xht?view=snippet&wrap=true"
	urlSI2014Reps          = "https://legislation.gov.uk/wsi/2014/1795/made"
	urlSI2005Opening       = "http://www.legislation.gov.uk/wsi/2005/3366/made?view=plain"
	urlSI2005Reg2Welsh     = "http://www.legislation.gov.uk/wsi/2005/3366/regulation/2/made/welsh"
	urlSI2005Reg20Welsh    = "http://www.legislation.gov.uk/wsi/2005/3366/regulation/20/made/welsh"
	urlSI2005Reg24         = "http://www.legislation.gov.uk/wsi/2005/3366/regulation/24/made?view=plain"
	urlSI2005Reg29Welsh    = "http://www.legislation.gov.uk/wsi/2005/3366/part/VII/made/welsh/data.xht?view=snippet&wrap=true"
	urlSI2005Note          = "https://legislation.gov.uk/wsi/2005/3366/note/made"
	urlSI2005RepsPartI     = "https://legislation.gov.uk/wsi/2005/3365/part/I/made/data.xht?view=snippet&wrap=true"
	urlSI2005RepsReg19     = "http://www.legislation.gov.uk/wsi/2005/3365/part/V/made?view=plain"
	urlSI2005RepsNote      = "https://legislation.gov.uk/cy/wsi/2005/3365/note/made"
	urlWelshGovernment     = "https://gweddill.gov.wales/topics/health/socialcare/complaints/?lang=en"
	urlCitizensAdviceWhen  = "https://www.citizensadvice.org.uk/wales/family/looking-after-people/social-services-complaints-w/social-services-complaints-when-can-you-use-the-complaints-procedure-w/"
	urlCitizensAdviceUsing = "https://www.citizensadvice.org.uk/wales/family/looking-after-people/social-services-complaints-w/social-services-complaints-using-the-complaints-procedure-w"
	urlAutism              = "http://www.autism.org.uk/about/benefits-care/letters-and-complaints/adults-wales.aspx"
	urlPSOW2005Body        = "https://legislation.gov.uk/ukpga/2005/10/body/data.html"
	urlPSOW2005S6          = "https://legislation.gov.uk/ukpga/2005/10/section/6/data.html"
	urlPSOW2019S8          = "https://www.legislation.gov.uk/anaw/2019/3/section/8/enacted?view=plain"
	urlPSOW2019S9          = "http://www.legislation.gov.uk./anaw/2019/3/section/9?view=plain"
	urlPSOW2019Notes       = "https://www.legislation.gov.uk/anaw/2019/3/notes/division/1/3/6"

	// The corporate procedure (psow-model).
	urlPSOW2019Part4          = "https://www.legislation.gov.uk/anaw/2019/3/part/4"
	urlPSOW2019NotesS36       = "https://www.legislation.gov.uk/anaw/2019/3/notes/division/1/4/1"
	urlPSOW2019NotesS38       = "https://www.legislation.gov.uk/anaw/2019/3/notes/division/1/4/3/data.xht?view=snippet&wrap=true"
	urlPSOWBlog2020           = "https://www.ombudsman.wales/blog/2020/12/07/new-complaints-authority-for-wales/?emergency=1"
	urlPSOWBlog2021           = "https://www.ombudsman.wales/blog/2021/09/15/thousands-of-complaints-made-to-local-authorities-in-wales-in-3-month-period/"
	urlSwanseaProcedure       = "https://www.swansea.gov.uk/complaintsprocedure"
	urlNPTStage2              = "https://www.npt.gov.uk/30224"
	urlNPTDealing             = "https://www.npt.gov.uk/30226"
	urlPembrokeshireEasyRead  = "https://www.sir-benfro.gov.uk/cwynion/hawdd-iw-darllen-taflen-ffeithiau-canmoliaeth-pryderon-a-chwynion"
	urlPembrokeshireCorporate = "https://www.sir-benfro.gov.uk/canmoliaeth-pryderon-a-chwynion/cwynion-corfforaethol-sut-ydw-in-cwyno"
)

// modelCitation is the citation of the rules of the corporate procedure:
// councils' procedures under the Ombudsman's model, whose own text was not
// read.
const modelCitation = "council procedures under the Ombudsman's model (Public Services Ombudsman (Wales) Act 2019 s.38; the model itself not read)"

// notRead2014Reps is the representations citation of every 2014 rule: no
// timescale of SI 2014/1795 was read.
const notRead2014Reps = "SI 2014/1795 (provision not read)"

// panelReps is the representations note of the 2005 panel rules.
const panelReps = "For a children's representation: SI 2005/3365 has no panel stage of its own; its explanatory note, and that of SI 2005/3366 (made under section 26ZB of the Children Act 1989), say such representations may be further considered by the panel of SI 2005/3366, so these rules apply to them on the basis of guidance. The provision of SI 2005/3366 that admits them was not read."

// ruleTable is the rule table of the statutory regimes (see RULES.md and
// LAW.md).
var ruleTable = [...]Rule{
	{
		ID: "W14-ACK", Regimes: only2014, Stage: 1, Milestone: Acknowledgement,
		Title: "acknowledgement of the complaint", Start: Received, StartText: "receipt of the complaint",
		MetBy: Acknowledged, WorkingDays: 2,
		Citation: "SI 2014/1794 reg 15(2)", Basis: BasisRegulation,
		RepresentationsCitation: notRead2014Reps, RepresentationsBasis: BasisAssumed,
		Sources:    []Source{src("SI 2014/1794 reg 15(2)", urlSI2014Part4)},
		Paraphrase: "The council must acknowledge a complaint no later than the second working day after the day on which it receives it.",
		Note:       "The text leaves out the day of receipt (\"after the day on which it receives it\"). Nothing read deems a complaint received on a non-working day to be received on the next working day; doing so is an option.",
	},
	{
		ID: "W14-DISCUSS", Regimes: only2014, Stage: 1, Milestone: Discussion,
		Title: "local-resolution discussion", Start: Acknowledged, StartMayBeDue: true,
		StartText: "the date of acknowledgement (actual, else its due date)",
		MetBy:     Discussed, WorkingDays: 10,
		Extension: "may be extended by agreement with the complainant in exceptional circumstances (reg 16(4))",
		Citation:  "SI 2014/1794 reg 16(3)", Basis: BasisRegulation,
		RepresentationsCitation: notRead2014Reps, RepresentationsBasis: BasisAssumed,
		Sources:    []Source{src("SI 2014/1794 reg 16(2) to (4)", urlSI2014Part4)},
		Paraphrase: "Any discussion the council offers under reg 16(2) must be held within 10 working days of the date on which it acknowledged the complaint; reg 16(4) allows a longer period by agreement in exceptional circumstances.",
		Note:       "The period runs from the actual date of acknowledgement; when none is recorded the module counts from the acknowledgement's due date, which is its own choice, not the text's. The duty is to offer a discussion: none is due if the complainant declines. Whether \"within 10 working days of the date\" leaves that date out is not stated; the module leaves it out.",
	},
	{
		ID: "W14-RESOLUTION", Regimes: only2014, Stage: 1, Milestone: Resolution,
		Title: "written resolution", Start: Discussed, StartMayBeDue: true,
		StartText: "the date of the discussion (actual, else its due date)",
		MetBy:     Stage1Responded, WorkingDays: 5,
		JudgedWhen: Condition{Field: "resolved_locally", Value: "yes", Text: "the matter was resolved to the complainant's satisfaction"},
		Citation:   "SI 2014/1794 reg 16(5)", Basis: BasisAssumed,
		RepresentationsCitation: notRead2014Reps, RepresentationsBasis: BasisAssumed,
		Sources:    []Source{src("SI 2014/1794 reg 16(5), first part (the copy read stops at \"within 5 working days of the date u…\")", urlSI2014Part4)},
		Paraphrase: "Where the council resolves the matter to the complainant's satisfaction, it must give the complainant written details of the terms of the resolution within 5 working days of a date whose wording was cut off in the copy read.",
		Note:       "The condition and the 5 working days were read; the date they run from was not, and the due date depends on it. The module counts from the discussion (actual, else its due date); the missing words may instead name the date on which the matter was resolved. The case file records the written resolution as stage1_response.",
	},
	{
		ID: "W14-STAGE1", Regimes: only2014, Stage: 1, Milestone: Stage1Response,
		Title: "stage 1 full response", Start: Received, StartText: "receipt of the complaint",
		MetBy: Stage1Responded, Response: true, WorkingDays: 17,
		Citation: "SI 2014/1794 regs 15(2), 16(3), 16(5)", Basis: BasisPractice,
		RepresentationsCitation: "SI 2014/1795 (provisions not read)", RepresentationsBasis: BasisAssumed,
		Sources:    []Source{src("SI 2014/1794 regs 15(2), 16(3), 16(5)", urlSI2014Part4)},
		Paraphrase: "The annual report measures stage 1 against 17 working days from receipt: 2 to acknowledge, 10 to discuss, 5 to confirm a resolution.",
		Note:       "17 = 2 + 10 + 5: the benchmark the annual report measures, not a limit stated in one regulation; the 5 come from reg 16(5), whose start date was not read.",
	},
	{
		ID: "W14-STAGE2", Regimes: only2014, Stage: 2, Milestone: Stage2Response,
		Title: "stage 2 formal investigation response", Start: Stage2Requested,
		StartText: "receipt of the request for formal investigation",
		MetBy:     Stage2Responded, Response: true, WorkingDays: 25,
		Extension:  "a revised date may be recorded as stage2_extended_to; no source read says when or how the 2014 period may be extended",
		ExtendedBy: "stage2_extended_to",
		Citation:   "Welsh Government guidance; SI 2014/1794 reg 17 (not read)", Basis: BasisGuidance,
		RepresentationsCitation: notRead2014Reps, RepresentationsBasis: BasisAssumed,
		Sources: []Source{
			src("Welsh Government, social services complaints page", urlWelshGovernment),
			src("SI 2014/1794 reg 15(4)(c)", urlSI2014Part4),
		},
		Paraphrase: "Welsh Government says the authority must respond within 25 working days of the request to move to stage 2, the formal investigation that reg 15(4)(c) places under reg 17.",
		Note:       "Regs 17 to 19 were not read: whether the period runs from receipt of the request or from a later event (such as agreeing the statement of complaint), and whether and how it may be extended, are not known. Telling the complainant why and giving a revised date is a duty of the 2005 procedure (SI 2005/3366 reg 20(3)); no 2014 source read has one.",
	},
	{
		ID: "W05-STAGE1", Regimes: only2005, Stage: 1, Milestone: Stage1Response,
		Title: "stage 1 local resolution response", Start: Received, StartText: "receipt of the complaint",
		MetBy: Stage1Responded, Response: true, WorkingDays: 10,
		Citation: "SI 2005/3366 reg 18 (not read)", Basis: BasisPractice,
		RepresentationsCitation: "SI 2005/3365 reg 15 (not read)", RepresentationsBasis: BasisAssumed,
		Sources: []Source{
			src("SI 2005/3366 reg 29 (Welsh text)", urlSI2005Reg29Welsh),
			src("SI 2005/3366 explanatory note", urlSI2005Note),
			src("SI 2005/3365 reg 19", urlSI2005RepsReg19),
		},
		Paraphrase: "Reg 18 requires the council to attempt local resolution within a time limit that was not read (reg 29 names regs 18 and 20 as the time limits); the annual report measures stage 1 against 10 working days from receipt.",
		Note:       "The 10 working days and their start (receipt) are the annual report's measure, not the text's. For representations SI 2005/3365 reg 19 names regs 15 and 18 as the time limits; neither was read.",
	},
	{
		ID: "W05-STAGE2", Regimes: only2005, Stage: 2, Milestone: Stage2Response,
		Title: "stage 2 formal consideration response", Start: Stage2Requested,
		StartText: "receipt of the request for formal consideration",
		MetBy:     Stage2Responded, Response: true, WorkingDays: 25,
		Extension:  "where reg 20(3) applies, the council tells the complainant why and when it now expects to respond (recorded as stage2_extended_to)",
		ExtendedBy: "stage2_extended_to",
		Citation:   "SI 2005/3366 reg 20(2), (3)", Basis: BasisRegulation,
		RepresentationsCitation: "SI 2005/3365 reg 18 (not read)", RepresentationsBasis: BasisAssumed,
		Sources: []Source{
			src("SI 2005/3366 reg 20 (Welsh text)", urlSI2005Reg20Welsh),
			src("SI 2005/3365 reg 19", urlSI2005RepsReg19),
		},
		Paraphrase: "The council must send its written response within 25 working days beginning on the date it received the request for formal consideration; where it cannot (the nature of the complaint was hard to establish, more than one body is involved, there is concurrent consideration under reg 12, or the complainant agreed to a later response) it must tell the complainant why and when it expects to respond, and respond as soon as reasonably practicable.",
		Note:       "A counting question for a lawyer: the Welsh text runs the period \"beginning on\" the date the request was received; on the usual reading of such words that date is day 1, so the due date may be one working day earlier than the module's, which never counts the start day. The English text was not read, and the module keeps its reading until it is. Reg 20(4): the response must tell the complainant of the right to ask for a panel (reg 22), how, and the time allowed.",
	},
	{
		ID: "W05-PANEL-ACK", Regimes: only2005, Stage: 3, Milestone: PanelAcknowledged,
		Title: "stage 3 panel request acknowledged", Start: Stage3Requested,
		StartText: "receipt of the panel request",
		MetBy:     PanelRequestAcknowledged, WorkingDays: 2,
		Citation: "SI 2005/3366 reg 24(1)(a)", Basis: BasisRegulation,
		RepresentationsCitation: "SI 2005/3366 reg 24(1)(a) (SI 2005/3365 has no panel)", RepresentationsBasis: BasisGuidance,
		Sources: []Source{
			src("SI 2005/3366 reg 24", urlSI2005Reg24),
			src("SI 2005/3365 explanatory note", urlSI2005RepsNote),
			src("SI 2005/3366 explanatory note", urlSI2005Note),
		},
		Paraphrase: "When the Assembly receives a request for a panel hearing it must acknowledge it in writing within 2 working days.",
		Note:       "A duty of the National Assembly for Wales (later the Welsh Ministers), not of the council. " + panelReps,
		// The Assembly's duty: the text cited, SI 2005/3366 reg 24(1)(a), says "the Assembly must".
		OwedBy: PartyAssembly,
	},
	{
		ID: "W05-PANEL-STATEMENT", Regimes: only2005, Stage: 3, Milestone: PanelStatement,
		Title: "complainant's written statement", Start: StatementRequested,
		StartText: "the request for the written statement",
		MetBy:     StatementReceived, WorkingDays: 20,
		Citation: "SI 2005/3366 reg 24(1)(b)", Basis: BasisRegulation,
		RepresentationsCitation: "SI 2005/3366 reg 24(1)(b) (SI 2005/3365 has no panel)", RepresentationsBasis: BasisGuidance,
		Sources: []Source{
			src("SI 2005/3366 reg 24", urlSI2005Reg24),
			src("SI 2005/3365 explanatory note", urlSI2005RepsNote),
			src("SI 2005/3366 explanatory note", urlSI2005Note),
		},
		Paraphrase: "The Assembly must ask the complainant to provide, within 20 working days, a written statement of the complaint and of why the council's response does not satisfy them, unless one has already been given.",
		Note:       "The complainant's period, not a council duty; that it runs from the Assembly's request is a reading of the text, which ties the 20 working days to the request. " + panelReps,
		// The complainant's period: the text cited, SI 2005/3366 reg 24(1)(b), has the Assembly ask the complainant for the statement within 20 working days.
		OwedBy: PartyComplainant,
	},
	{
		ID: "W05-PANEL-CONVENE", Regimes: only2005, Stage: 3, Milestone: PanelConvened,
		Title: "panel convened", Start: StatementReceived,
		StartText: "receipt of the written statement",
		MetBy:     PanelHeld, WorkingDays: 20,
		Citation: "SI 2005/3366 reg 24(2)", Basis: BasisRegulation,
		RepresentationsCitation: "SI 2005/3366 reg 24(2) (SI 2005/3365 has no panel)", RepresentationsBasis: BasisGuidance,
		Sources: []Source{
			src("SI 2005/3366 reg 24", urlSI2005Reg24),
			src("SI 2005/3365 explanatory note", urlSI2005RepsNote),
			src("SI 2005/3366 explanatory note", urlSI2005Note),
		},
		Paraphrase: "The Assembly must convene a panel within 20 working days of receiving the complainant's written statement.",
		Note:       "A duty of the National Assembly for Wales (later the Welsh Ministers), not of the council. " + panelReps,
		// The Assembly's duty: the text cited, SI 2005/3366 reg 24(2), says "the Assembly must".
		OwedBy: PartyAssembly,
	},
	{
		ID: "CORP-ACK", Regimes: corporate, Stage: 1, Milestone: Acknowledgement,
		Title: "acknowledgement of the complaint", Start: Received, StartText: "receipt of the complaint",
		MetBy: Acknowledged, WorkingDays: 5, Optional: true,
		Citation: modelCitation + ", a council's option", Basis: BasisGuidance,
		Sources: []Source{
			src("Pembrokeshire County Council, easy-read factsheet on compliments, concerns and complaints (Welsh text), Cam 1 and Cam 2", urlPembrokeshireEasyRead),
			src("Neath Port Talbot Council, Stage 2 complaint: formal investigation", urlNPTStage2),
		},
		Paraphrase: "Pembrokeshire tells corporate complainants that it acknowledges a complaint within 5 working days at stage 1 and again at stage 2; Neath Port Talbot acknowledges a stage 2 complaint within 5 working days.",
		Note:       "Not a requirement read in the Ombudsman's model: councils that adopted the model publish it. The count from receipt, the day of receipt not counted, is the module's reading. The stage 2 acknowledgement is not encoded: the case file has no column for it.",
	},
	{
		ID: "CORP-STAGE1", Regimes: corporate, Stage: 1, Milestone: Stage1Response,
		Title: "stage 1 informal resolution response", Start: Received, StartText: "receipt of the complaint",
		MetBy: Stage1Responded, Response: true, WorkingDays: 10,
		Citation: modelCitation, Basis: BasisGuidance,
		Sources: []Source{
			src("Swansea Council, corporate complaints procedure, stage 1", urlSwanseaProcedure),
			src("Pembrokeshire County Council, easy-read factsheet on compliments, concerns and complaints (Welsh text), Cam 1", urlPembrokeshireEasyRead),
			src("Pembrokeshire County Council, corporate complaints: how do I complain? (Welsh text), Cam 1", urlPembrokeshireCorporate),
		},
		Paraphrase: "Swansea's service departments aim to respond to a stage 1 complaint within 10 working days, and Pembrokeshire answers a corporate complaint at stage 1 (informal resolution) within 10 working days.",
		Note:       "A target the councils \"aim\" for, not a limit in law. The sources do not say what the 10 working days run from: the module counts from receipt, the day of receipt not counted.",
	},
	{
		ID: "CORP-STAGE2", Regimes: corporate, Stage: 2, Milestone: Stage2Response,
		Title: "stage 2 formal investigation response", Start: Stage2Requested,
		StartText: "receipt of the request for a formal investigation",
		MetBy:     Stage2Responded, Response: true, WorkingDays: 20,
		Extension:  "where the response cannot be sent in time the council tells the complainant why, before the deadline, and when to expect it (recorded as stage2_extended_to)",
		ExtendedBy: "stage2_extended_to",
		Citation:   modelCitation, Basis: BasisGuidance,
		Sources: []Source{
			src("Neath Port Talbot Council, Stage 2 complaint: formal investigation", urlNPTStage2),
			src("Pembrokeshire County Council, easy-read factsheet on compliments, concerns and complaints (Welsh text), Cam 2", urlPembrokeshireEasyRead),
			src("Public Services Ombudsman for Wales, complaints made to local authorities in a 3-month period, 15 September 2021", urlPSOWBlog2021),
		},
		Paraphrase: "Neath Port Talbot usually responds to a stage 2 complaint within 20 working days and, where it cannot, writes before the deadline with the reason and the date to expect a response; Pembrokeshire responds within 20 working days at stage 2; the Ombudsman measures councils against \"the target of 20 working days\".",
		Note:       "The sources do not say whether the 20 working days run from the request, its acknowledgement or the agreement of the scope of the investigation (Pembrokeshire first appoints an investigator and agrees the scope): the module counts from the request, the day of the request not counted.",
	},
	{
		ID: "CORP-TIME-LIMIT", Regimes: corporate, Stage: 0, Milestone: ComplaintMade,
		Title: "complaint made in time", Start: MatterNoticed,
		StartText: "the matter complained about",
		MetBy:     Received, Months: 6, Period: SameDateLater,
		Extension: "in exceptional circumstances the council may look at a later complaint, if told why it was not made earlier",
		Citation:  modelCitation, Basis: BasisGuidance,
		Sources: []Source{
			src("Neath Port Talbot Council, dealing with your complaint", urlNPTDealing),
		},
		Paraphrase: "Neath Port Talbot will normally look at a complaint only if told about it within 6 months, and in exceptional circumstances may look at a later one if the complainant says why it was not raised earlier.",
		Note:       "\"Within 6 months\" of what is not stated: the module counts from the day the complainant first had notice of the matter (the matter column), as for the social services time limit.",
	},
	{
		ID: "TIME-LIMIT", Regimes: both, Stage: 0, Milestone: ComplaintMade,
		Title: "complaint made in time", Start: MatterNoticed,
		StartText: "the matter complained about, or later the complainant's awareness of it",
		MetBy:     Received, Months: 12, Period: SameDateLater,
		Extension: "a late complaint may be accepted at the council's discretion; the conditions were not read (for 2005, good reason for the delay, per secondary guidance)",
		Citation:  "SI 2014/1794, SI 2005/3366 (provisions not read)", Basis: BasisGuidance,
		RepresentationsCitation: "SI 2014/1795, SI 2005/3365 (provisions not read)", RepresentationsBasis: BasisAssumed,
		Sources: []Source{
			src("Citizens Advice Wales, when you can use the complaints procedure", urlCitizensAdviceWhen),
			src("National Autistic Society, complaints about adult social care in Wales", urlAutism),
		},
		Paraphrase: "Citizens Advice says a complaint from 1 August 2014 must be made within 12 months of the matter or, if later, of the complainant becoming aware of it; for the 2005 procedure the National Autistic Society gives 12 months, later complaints being accepted only with good reason for the delay.",
		Note:       "Neither instrument's time-limit provision was read: its number (reg 14 of SI 2014/1794 is unconfirmed), its wording and the conditions for accepting a late complaint rest on the guidance cited.",
	},
	{
		ID: "PSOW", Regimes: every, Stage: 0, Milestone: OmbudsmanComplaint,
		Title: "complaint to the Public Services Ombudsman for Wales", Start: MatterNoticed,
		StartText: "the day the person first had notice of the matter",
		MetBy:     NoEvent, Months: 12, Period: OneYearWindow,
		Extension: "the Ombudsman may waive the limit",
		Citation:  "Public Services Ombudsman (Wales) Act 2005 s.5(1) (not read) and s.6(1)(b), (d), to 22 July 2019; Public Services Ombudsman (Wales) Act 2019 s.8(1)(c) and s.9(1)(b), (d), from 23 July 2019",
		Basis:     BasisRegulation,
		Sources: []Source{
			src("Public Services Ombudsman (Wales) Act 2019 s.8", urlPSOW2019S8),
			src("Public Services Ombudsman (Wales) Act 2019 s.9", urlPSOW2019S9),
			src("Public Services Ombudsman (Wales) Act 2019, explanatory notes to s.8", urlPSOW2019Notes),
			src("Public Services Ombudsman (Wales) Act 2005 s.6", urlPSOW2005S6),
			src("Public Services Ombudsman (Wales) Act 2005 s.2", urlPSOW2005Body),
		},
		Paraphrase: "A complaint must reach the Ombudsman before the end of one year starting on the day the person aggrieved first had notice of the matter (2019 Act s.8; for a complaint the council refers, 2005 Act s.6 and 2019 Act s.9), and the Ombudsman may waive the limit (2005 Act s.2; 2019 Act s.3(4), per its explanatory notes).",
		Note:       "Which Act applies depends on when the complaint reached the Ombudsman: the 2019 Act from 23 July 2019 (s.9 in force that day, SI 2019/1096 reg 2; the commencement of s.8 was not seen); the transitional provisions were not read. 2005 Act s.5, for a complaint made directly to the Ombudsman before then, was not read: the module assumes the same one-year window. The case file records when the Ombudsman contacted the council, not when the complainant went to the Ombudsman, so this window is reported but never judged.",
	},
}

// Rules returns the rules of the statutory table (Statutory), in a fixed
// order: the wales-2014 rules, the wales-2005 rules, the psow-model rules,
// then the rules of several regimes.
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
