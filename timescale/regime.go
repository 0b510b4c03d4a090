package timescale

import (
	"time"

	"github.com/cymru-complaints/statutory/calendar"
)

// A Regime names a complaints procedure in force from a cutover date, such
// as "wales-2014".
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
	// PSOWModel is a council's corporate complaints procedure under the
	// Public Services Ombudsman for Wales's model complaints-handling
	// procedure (Public Services Ombudsman (Wales) Act 2019 ss.36 to 38),
	// for the procedure CorporateProcedure: stage 1 informal resolution,
	// stage 2 formal investigation, then the Ombudsman. Its timescales rest
	// on guidance, not regulation (see RULES.md).
	PSOWModel Regime = "psow-model"
)

// A RegimeInfo is a row of the regime table: everything that differs from
// one procedure to the next. The rules of the regime are the rows of the
// rule table that name it (Rule.Regimes).
type RegimeInfo struct {
	Name Regime `json:"name"`
	// Procedures are the procedures whose cases the regime governs.
	Procedures []Procedure `json:"procedures"`
	// From is the first date of receipt to which the regime applies; it
	// applies until the day before the From of the next regime of the same
	// procedure in the table.
	From calendar.Date `json:"from"`
	// Title and Citation name the complaints regulations; Representations
	// names the children's representations regulations.
	Title           string `json:"title"`
	Citation        string `json:"citation"`
	Representations string `json:"representations"`
	// Basis says how firmly From rests on Sources (see Bases): regulation
	// for the social services regimes, whose commencement was read;
	// assumed for psow-model, whose start is the earliest day a source
	// read supports. Empty means not stated.
	Basis Basis `json:"basis,omitempty"`
	// Stages is the number of stages of the procedure (3 in wales-2005, 2
	// in wales-2014); an event of a later stage (Field.Stage) is a
	// StageError.
	Stages int `json:"stages"`
	// Bands are the response-time bands of the annual report, used for the
	// response of every stage (the rules with Rule.Response set); the last
	// is open-ended.
	Bands []Band `json:"bands"`
	// Sources are the texts read for the regime itself: when it came into
	// force and its definition of a working day. Note records what they
	// leave open.
	Sources []Source `json:"sources"`
	Note    string   `json:"note,omitempty"`
	// Transitions are the readings of the transition into this regime from
	// the one before it, each with the source it rests on: which rules
	// govern a stage begun on or after From for a case received before it.
	// Engine.Transition chooses one; KeepRegime is the default.
	Transitions []TransitionPolicy `json:"transitions,omitempty"`
}

// A Transition names a reading of the transitional provision by which a
// regime took over from the one before it.
type Transition string

// The readings of the transition.
const (
	// KeepRegime: a case keeps the regime of its date of receipt for every
	// stage, however late a stage begins. It is the default.
	KeepRegime Transition = "keep-regime"
	// Stage2ByRequestDate: a stage 2 requested on or after the cutover, for
	// a complaint received before it, follows the stage 2 rules of the
	// regime in force on the day it was requested (the 2014 stage 2
	// timescale, W14-STAGE2, for a wales-2005 complaint); its other stages
	// keep the regime of receipt.
	Stage2ByRequestDate Transition = "stage2-by-request-date"
)

// A TransitionPolicy is a reading of the transition into a regime (a row of
// RegimeInfo.Transitions), with the source it rests on and how firmly.
type TransitionPolicy struct {
	Name Transition `json:"name"`
	// Title says what the reading does, for people.
	Title string `json:"title"`
	// ByRequestDate lists the stages that follow this regime's rules when
	// they were requested (their first event: see Field.Stage) on or after
	// its From, for a case received under an earlier regime; a stage
	// listed must be one this regime has. Every other stage keeps the
	// regime of receipt, and the list of KeepRegime is empty.
	ByRequestDate []int  `json:"by_request_date,omitempty"`
	Citation      string `json:"citation"`
	Basis         Basis  `json:"basis"`
	// Sources lists what was read for the reading, and Paraphrase says in
	// one sentence what it says; Note records what is not known.
	Sources    []Source `json:"sources,omitempty"`
	Paraphrase string   `json:"paraphrase,omitempty"`
	Note       string   `json:"note,omitempty"`
}

// clone returns p with its own copies of its slices.
func (p TransitionPolicy) clone() TransitionPolicy {
	p.ByRequestDate = append([]int(nil), p.ByRequestDate...)
	p.Sources = append([]Source(nil), p.Sources...)
	return p
}

// moves reports whether the policy has stage s follow the later regime.
func (p *TransitionPolicy) moves(s int) bool {
	for _, x := range p.ByRequestDate {
		if x == s {
			return true
		}
	}
	return false
}

// A Band is a range of working days taken, used to tabulate response times.
type Band struct {
	Label string `json:"label"` // e.g. "0-17"
	Max   int    `json:"max"`   // the largest number of working days in the band; -1 for the open-ended last band
	Title string `json:"title"` // the wording of the annual report, e.g. "Up to 17 working days"
}

// BandFor returns the label of the response-time band of the regime that
// holds the given number of working days taken: for wales-2014 "0-17",
// "18-25" or "26+"; for wales-2005 "0-10", "11-25" or "26+" (25 belongs to
// 11-25); for psow-model "0-10", "11-20" or "21+". It returns "" for a
// negative number of days.
func (r RegimeInfo) BandFor(workingDays int) string {
	if workingDays < 0 {
		return ""
	}
	for _, b := range r.Bands {
		if b.Max < 0 || workingDays <= b.Max {
			return b.Label
		}
	}
	return ""
}

// Governs reports whether the regime governs cases of procedure p (the
// empty Procedure meaning ComplaintProcedure).
func (r RegimeInfo) Governs(p Procedure) bool {
	if p == "" {
		p = ComplaintProcedure
	}
	for _, x := range r.Procedures {
		if x == p {
			return true
		}
	}
	return false
}

// clone returns r with its own copies of its slices.
func (r RegimeInfo) clone() RegimeInfo {
	r.Procedures = append([]Procedure(nil), r.Procedures...)
	r.Bands = append([]Band(nil), r.Bands...)
	r.Sources = append([]Source(nil), r.Sources...)
	if r.Transitions != nil {
		ts := make([]TransitionPolicy, len(r.Transitions))
		for i, p := range r.Transitions {
			ts[i] = p.clone()
		}
		r.Transitions = ts
	}
	return r
}

// Transition returns the reading of the transition into the regime called
// name, and whether the regime lists it.
func (r RegimeInfo) Transition(name Transition) (TransitionPolicy, bool) {
	for _, p := range r.Transitions {
		if p.Name == name {
			return p.clone(), true
		}
	}
	return TransitionPolicy{}, false
}

// socialServices are the procedures of the social services regimes:
// complaints and children's representations.
var socialServices = []Procedure{ComplaintProcedure, RepresentationProcedure}

// SocialServices returns the procedures the social services regimes
// govern, complaints and children's representations: the records the
// annual report on social services complaints counts.
func SocialServices() []Procedure { return append([]Procedure(nil), socialServices...) }

// regimeTable is the regime table, in order of cutover.
var regimeTable = []RegimeInfo{
	{
		Name:            Wales2005,
		Procedures:      socialServices,
		From:            calendar.NewDate(2006, time.April, 1),
		Title:           "The Social Services Complaints Procedure (Wales) Regulations 2005",
		Citation:        "SI 2005/3366",
		Representations: "The Representations Procedure (Children) (Wales) Regulations 2005 (SI 2005/3365)",
		Basis:           BasisRegulation,
		Stages:          3,
		Bands: []Band{
			{Label: "0-10", Max: 10, Title: "Up to 10 working days"},
			{Label: "11-25", Max: 25, Title: "11 – 25 working days"},
			{Label: "26+", Max: -1, Title: "25+ working days"},
		},
		Sources: []Source{
			src("SI 2005/3366 reg 1, in force 1 April 2006", urlSI2005Opening),
			src("SI 2005/3366 reg 2, working day (Welsh text)", urlSI2005Reg2Welsh),
			src("SI 2005/3365 reg 1, in force 1 April 2006", urlSI2005RepsPartI),
		},
		Note: "A working day is any day but a Saturday, a Sunday, Christmas Day, Boxing Day, Good Friday or a bank holiday under the Banking and Financial Dealings Act 1971 (SI 2005/3366 reg 2, Welsh text; the English text was not read). SI 2005/3365 was cut off before any definition of a working day: representations are assumed to count the same days.",
	},
	{
		Name:            Wales2014,
		Procedures:      socialServices,
		From:            calendar.NewDate(2014, time.August, 1),
		Title:           "The Social Services Complaints Procedure (Wales) Regulations 2014",
		Citation:        "SI 2014/1794",
		Representations: "The Representations Procedure (Wales) Regulations 2014 (SI 2014/1795)",
		Basis:           BasisRegulation,
		Stages:          2,
		Bands: []Band{
			{Label: "0-17", Max: 17, Title: "Up to 17 working days"},
			{Label: "18-25", Max: 25, Title: "18 - 25 working days"},
			{Label: "26+", Max: -1, Title: "26+ working days"},
		},
		Sources: []Source{
			src("SI 2014/1794 reg 1, in force 1 August 2014", urlSI2014Reg1),
			src("SI 2014/1794 reg 2, working day", urlSI2014Reg2),
			src("SI 2014/1795 reg 1, in force 1 August 2014", urlSI2014Reps),
		},
		Note: "A working day is any day but a Saturday, a Sunday, Christmas Day, Boxing Day, Good Friday or a bank holiday under the Banking and Financial Dealings Act 1971 (SI 2014/1794 reg 2). SI 2014/1795 reg 2 was cut off before any definition of a working day: representations are assumed to count the same days.",
		Transitions: []TransitionPolicy{
			{
				Name:     KeepRegime,
				Title:    "a complaint received before 1 August 2014 keeps the 2005 procedure for every stage, including a stage 2 or a panel requested on or after that date",
				Citation: "Citizens Advice Wales; SI 2014/1794 reg 2 (the transitional provision was not found)",
				Basis:    BasisGuidance,
				Sources: []Source{
					src("Citizens Advice Wales, using the complaints procedure", urlCitizensAdviceUsing),
					src("SI 2014/1794 reg 2", urlSI2014Reg2),
				},
				Paraphrase: "Citizens Advice says a complaint made before 1 August 2014 can also have a stage 3, the independent panel of the 2005 procedure; SI 2014/1794 reg 2 defines the \"former complaints procedure\" as the procedure under the 2005 Regulations, which suggests a transitional provision.",
				Note:       "The transitional provision of SI 2014/1794 was not found: its number, its wording and whether it turns on a complaint made or received before 1 August 2014 are not known. A council may read it differently.",
			},
			{
				Name:          Stage2ByRequestDate,
				Title:         "a stage 2 requested on or after 1 August 2014, for a complaint received before it, follows the 2014 stage 2 timescale (W14-STAGE2); the complaint's other stages keep the 2005 procedure",
				ByRequestDate: []int{2},
				Citation:      "a council's reading of the transitional provision of SI 2014/1794 (not found)",
				Basis:         BasisAssumed,
				Note:          "For a council whose lawyers read the transitional provision so. The annual report still counts the complaint, and bands its stage 2 response, under the regime of its receipt.",
			},
		},
	},
	{
		Name:       PSOWModel,
		Procedures: []Procedure{CorporateProcedure},
		From:       calendar.NewDate(2020, time.December, 7),
		Title:      "A council's complaints procedure under the Public Services Ombudsman for Wales's model complaints-handling procedure",
		Citation:   "Public Services Ombudsman (Wales) Act 2019 ss.36, 38",
		Basis:      BasisAssumed,
		Stages:     2,
		// The bands follow the procedure's two targets, 10 working days at
		// stage 1 and 20 at stage 2, as those of wales-2005 follow its 10
		// and 25.
		Bands: []Band{
			{Label: "0-10", Max: 10, Title: "Up to 10 working days"},
			{Label: "11-20", Max: 20, Title: "11 - 20 working days"},
			{Label: "21+", Max: -1, Title: "21+ working days"},
		},
		Sources: []Source{
			src("Public Services Ombudsman (Wales) Act 2019 s.36", urlPSOW2019Part4),
			src("Public Services Ombudsman (Wales) Act 2019, explanatory notes to s.36", urlPSOW2019NotesS36),
			src("Public Services Ombudsman (Wales) Act 2019, explanatory notes to s.38", urlPSOW2019NotesS38),
			src("Public Services Ombudsman for Wales, news of the new Complaints Standards Authority, 7 December 2020", urlPSOWBlog2020),
		},
		Note: "Section 36 requires a council to have a complaints-handling procedure that complies with the Ombudsman's statement of principles; under s.38 (its explanatory notes were read, not the section) a council the Ombudsman specifies must have a procedure that complies with the model and submit it within 6 months of being specified. On 7 December 2020 the Ombudsman announced that councils must now submit their procedure within six months and their complaints figures every quarter. The day councils were specified was not read, so the regime starts on 7 December 2020, the earliest day the sources read support (assumed); a corporate complaint received before it falls under no encoded regime. The model's own text was not read: its timescales are those councils that adopted it publish. No definition of a working day was read: the calendar of the social services regulations (every day but weekends, Christmas Day, Boxing Day, Good Friday and the bank holidays of England and Wales) is assumed. The response-time bands (0-10, 11-20, 21+) follow the procedure's targets of 10 working days at stage 1 and 20 at stage 2, the module's choice.",
	},
}

// Regimes returns the encoded regimes in order of their cutover dates.
func Regimes() []RegimeInfo { return Statutory().Regimes() }

// RegimeByName returns the encoded regime called name, and whether there
// is one.
func RegimeByName(name Regime) (RegimeInfo, bool) { return Statutory().Regime(name) }

// Transitions returns the readings of the transition between the encoded
// regimes, [KeepRegime] first ([Table.Transitions] of the [Statutory]
// table).
func Transitions() []Transition { return Statutory().Transitions() }

// ParseTransition returns the reading of the transition between the
// encoded regimes named s, or a *ValueError listing them
// ([Table.ParseTransition] of the [Statutory] table).
func ParseTransition(s string) (Transition, error) { return Statutory().ParseTransition(s) }

// RegimeFor returns the regime of a social services complaint
// (ComplaintProcedure) received on the given London date: wales-2005 for
// receipt from 1 April 2006 to 31 July 2014, wales-2014 from 1 August 2014.
// A complaint received before 1 April 2006 falls under no encoded regime:
// the error is a *NoRegimeError. Table.RegimeFor answers for any
// procedure.
func RegimeFor(received calendar.Date) (Regime, error) {
	r, err := Statutory().RegimeFor(ComplaintProcedure, received)
	return r.Name, err
}

// BandFor returns the label of the response-time band of regime r that
// holds the given number of working days taken (see RegimeInfo.BandFor),
// or "" for an unknown regime or a negative number of days.
func BandFor(r Regime, workingDays int) string {
	info, ok := RegimeByName(r)
	if !ok {
		return ""
	}
	return info.BandFor(workingDays)
}
