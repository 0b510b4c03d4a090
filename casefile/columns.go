package casefile

import (
	"slices"
	"strings"

	"github.com/cymru-complaints/statutory/timescale"
)

// A column is one of the case file's columns (SPEC section 6), numbered in
// the order of the specification.
type column uint8

const (
	colID column = iota
	colKind
	colReceived
	colProcedure
	colComplainant
	colAcknowledged
	colDiscussed
	colStage1Response
	colStage2Requested
	colStage2ExtendedTo
	colStage2Response
	colStage3Requested
	colOmbudsman
	colWithdrawn
	colUpheld
	colPartiallyUpheld
	colNotUpheld
	colNoFinding
	colThemes
	numColumns
)

// columnNames holds the header name of every column, in SPEC order.
var columnNames = [numColumns]string{
	colID:               "id",
	colKind:             "kind",
	colReceived:         "received",
	colProcedure:        "procedure",
	colComplainant:      "complainant",
	colAcknowledged:     "acknowledged",
	colDiscussed:        "discussed",
	colStage1Response:   "stage1_response",
	colStage2Requested:  "stage2_requested",
	colStage2ExtendedTo: "stage2_extended_to",
	colStage2Response:   "stage2_response",
	colStage3Requested:  "stage3_requested",
	colOmbudsman:        "ombudsman",
	colWithdrawn:        "withdrawn",
	colUpheld:           "upheld",
	colPartiallyUpheld:  "partially_upheld",
	colNotUpheld:        "not_upheld",
	colNoFinding:        "no_finding",
	colThemes:           "themes",
}

// knownColumns lists the column names for error messages.
var knownColumns = strings.Join(columnNames[:], ", ")

func (c column) String() string { return columnNames[c] }

// required reports whether the column must be in the header and must have a
// value in every record: id, kind and received.
func (c column) required() bool { return c <= colReceived }

// Columns returns the names of the case file's columns in the order of SPEC
// section 6, which is the order in which Writer writes them. The required
// columns, id, kind and received, come first.
func Columns() []string { return slices.Clone(columnNames[:]) }

// lookupColumn returns the column called name, matched without regard to
// case: "Received" and "RECEIVED" name the received column.
func lookupColumn(name string) (column, bool) {
	for c, n := range columnNames {
		if strings.EqualFold(name, n) {
			return column(c), true
		}
	}
	return 0, false
}

// suggestColumn returns the column that name probably means, ignoring case
// and every character other than a letter or a digit ("Stage 1 Response"
// and "stage-1-response" suggest stage1_response), or "" if there is none.
func suggestColumn(name string) string {
	squash := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	key := squash(name)
	if key == "" {
		return ""
	}
	for _, n := range columnNames {
		if squash(n) == key {
			return n
		}
	}
	return ""
}

// The vocabularies of the enumerated columns. Values are matched without
// regard to case and stored in the canonical (lower-case) form given here.
var (
	kinds = [...]timescale.RecordKind{timescale.Complaint, timescale.Comment, timescale.Compliment}

	procedures = [...]timescale.Procedure{timescale.ComplaintProcedure, timescale.RepresentationProcedure}

	// complainants are the people who may make a complaint (SPEC section 6),
	// as the timescale package validates them.
	complainants = timescale.Complainants()
)

func parseKind(s string) (timescale.RecordKind, bool) {
	switch s { // the common case, without a loop
	case "complaint":
		return timescale.Complaint, true
	case "comment":
		return timescale.Comment, true
	case "compliment":
		return timescale.Compliment, true
	}
	for _, k := range kinds {
		if strings.EqualFold(s, string(k)) {
			return k, true
		}
	}
	return "", false
}

func parseProcedure(s string) (timescale.Procedure, bool) {
	switch s {
	case "complaint":
		return timescale.ComplaintProcedure, true
	case "representation":
		return timescale.RepresentationProcedure, true
	}
	for _, p := range procedures {
		if strings.EqualFold(s, string(p)) {
			return p, true
		}
	}
	return "", false
}

func parseComplainant(s string) (string, bool) {
	// Return a constant, never s, which would keep the record's text alive.
	switch s {
	case "parent":
		return "parent", true
	case "carer":
		return "carer", true
	case "foster-carer":
		return "foster-carer", true
	case "relative":
		return "relative", true
	case "child":
		return "child", true
	case "young-person":
		return "young-person", true
	case "advocate":
		return "advocate", true
	case "other":
		return "other", true
	}
	for _, c := range complainants {
		if strings.EqualFold(s, c) {
			return c, true
		}
	}
	return "", false
}
