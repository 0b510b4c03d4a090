package timescale

import (
	"github.com/cymru-complaints/statutory/calendar"
)

// A RecordKind says what a record in a case file is.
type RecordKind string

// The kinds of record (SPEC section 6, column kind).
const (
	Complaint  RecordKind = "complaint"
	Comment    RecordKind = "comment"
	Compliment RecordKind = "compliment"
)

// A Procedure is the statutory procedure a complaint is handled under.
type Procedure string

// The procedures (SPEC section 6, column procedure). Children's
// representations (SI 2005/3365, SI 2014/1795) follow the same timescales
// as complaints (SI 2005/3366, SI 2014/1794).
const (
	ComplaintProcedure      Procedure = "complaint"
	RepresentationProcedure Procedure = "representation"
)

// Findings counts the elements of a complaint by the finding recorded for
// each at its last stage (SPEC section 5). Package outcome derives the
// complaint's own outcome from it.
type Findings struct {
	Upheld          int `json:"upheld"`
	PartiallyUpheld int `json:"partially_upheld"`
	NotUpheld       int `json:"not_upheld"`
	NoFinding       int `json:"no_finding"`
}

// Total returns the number of elements with a finding.
func (f Findings) Total() int { return f.Upheld + f.PartiallyUpheld + f.NotUpheld + f.NoFinding }

// A Case is what is known of one record: a complaint (or representation),
// a comment or a compliment. It holds the columns of the case file (SPEC
// section 6). A zero Date means the event has not happened or is not known.
type Case struct {
	ID          string     `json:"id"`
	Kind        RecordKind `json:"kind"`
	Procedure   Procedure  `json:"procedure,omitempty"`   // empty means ComplaintProcedure
	Complainant string     `json:"complainant,omitempty"` // parent, carer, foster-carer, relative, child, young-person, advocate, other

	Received         calendar.Date `json:"received"`
	Acknowledged     calendar.Date `json:"acknowledged,omitzero"`
	Discussed        calendar.Date `json:"discussed,omitzero"`
	Stage1Response   calendar.Date `json:"stage1_response,omitzero"`
	Stage2Requested  calendar.Date `json:"stage2_requested,omitzero"`
	Stage2ExtendedTo calendar.Date `json:"stage2_extended_to,omitzero"` // the agreed revised date for the stage 2 response
	Stage2Response   calendar.Date `json:"stage2_response,omitzero"`
	Stage3Requested  calendar.Date `json:"stage3_requested,omitzero"` // panel request; wales-2005 only
	Ombudsman        calendar.Date `json:"ombudsman,omitzero"`        // the Ombudsman contacted the council about it
	Withdrawn        calendar.Date `json:"withdrawn,omitzero"`

	// Matter is the day the complainant first had notice of the matter
	// complained about; it starts the TIME-LIMIT and PSOW periods. The case
	// file has no column for it.
	Matter calendar.Date `json:"matter,omitzero"`
	// The stage 3 panel steps of the wales-2005 procedure (reg 24). The case
	// file has no columns for them; callers of the package may set them.
	PanelAcknowledged       calendar.Date `json:"panel_acknowledged,omitzero"`
	PanelStatementRequested calendar.Date `json:"panel_statement_requested,omitzero"`
	PanelStatementReceived  calendar.Date `json:"panel_statement_received,omitzero"`
	PanelConvened           calendar.Date `json:"panel_convened,omitzero"`

	Findings Findings `json:"findings"`
	Themes   []string `json:"themes,omitempty"`
}
