package timescale

import (
	"github.com/cymru-complaints/statutory/calendar"
)

// A RecordKind says what a record is: a complaint (or children's
// representation), a comment or a compliment.
type RecordKind string

// The kinds of record.
const (
	Complaint  RecordKind = "complaint"
	Comment    RecordKind = "comment"
	Compliment RecordKind = "compliment"
)

// A Procedure is the procedure a complaint is handled under.
type Procedure string

// The procedures.
const (
	// ComplaintProcedure is the social services complaints procedure
	// (SI 2005/3366, SI 2014/1794). A Case with no Procedure is handled
	// under it.
	ComplaintProcedure Procedure = "complaint"
	// RepresentationProcedure is the children's representations procedure
	// (SI 2005/3365, SI 2014/1795), which this package takes to follow the
	// complaints timescales (see RULES.md).
	RepresentationProcedure Procedure = "representation"
	// CorporateProcedure is a council's own complaints procedure for its
	// other services, which section 38 of the Public Services Ombudsman
	// (Wales) Act 2019 requires to comply with the Ombudsman's model
	// complaints-handling procedure (the regime psow-model).
	CorporateProcedure Procedure = "corporate"
)

// A Case is what is known of one record: a complaint (or representation),
// a comment or a compliment. Its fields are described, one by one, by
// Fields, which gives each its JSON key and case-file column. A zero Date
// means the event has not happened or is not known.
type Case struct {
	ID          string     `json:"id"`
	Kind        RecordKind `json:"kind"`
	Procedure   Procedure  `json:"procedure,omitempty"`   // empty means ComplaintProcedure
	Complainant string     `json:"complainant,omitempty"` // one of Complainants, or empty when not known
	// Owner is the officer or team handling the record, as free text; empty
	// when not known. White space around it is not part of it: an owner of
	// white space only is no owner (Assessment.Owner).
	Owner string `json:"owner,omitempty"`

	Received       calendar.Date `json:"received"`
	Acknowledged   calendar.Date `json:"acknowledged,omitzero"`
	Discussed      calendar.Date `json:"discussed,omitzero"`
	Stage1Response calendar.Date `json:"stage1_response,omitzero"`
	// ResolvedLocally says whether the matter was resolved to the
	// complainant's satisfaction at stage 1: "yes", "no", or empty when
	// not known. The written resolution (W14-RESOLUTION) is judged only
	// when it is "yes".
	ResolvedLocally  string        `json:"resolved_locally,omitempty"`
	Stage2Requested  calendar.Date `json:"stage2_requested,omitzero"`
	Stage2ExtendedTo calendar.Date `json:"stage2_extended_to,omitzero"` // the agreed revised date for the stage 2 response
	Stage2Response   calendar.Date `json:"stage2_response,omitzero"`
	Stage3Requested  calendar.Date `json:"stage3_requested,omitzero"` // panel request; wales-2005 only
	Ombudsman        calendar.Date `json:"ombudsman,omitzero"`        // the Ombudsman contacted the council about it
	Withdrawn        calendar.Date `json:"withdrawn,omitzero"`

	// Findings counts the elements of the complaint by the finding
	// recorded for each at its last stage.
	Findings Findings `json:"findings"`
	Themes   []string `json:"themes,omitempty"`

	// Matter is the day the complainant first had notice of the matter
	// complained about; it starts the TIME-LIMIT and PSOW periods.
	Matter calendar.Date `json:"matter,omitzero"`
	// The stage 3 panel steps of the wales-2005 procedure (SI 2005/3366
	// reg 24).
	PanelAcknowledged       calendar.Date `json:"panel_acknowledged,omitzero"`
	PanelStatementRequested calendar.Date `json:"panel_statement_requested,omitzero"`
	PanelStatementReceived  calendar.Date `json:"panel_statement_received,omitzero"`
	PanelConvened           calendar.Date `json:"panel_convened,omitzero"`
}
