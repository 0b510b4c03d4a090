package timescale

import "strconv"

// A Party is who owes the duty a rule sets: who must act by the due date.
// The zero Party is PartyCouncil, so that a rule or a council's policy that
// names no party is the council's own duty.
type Party uint8

// The parties.
const (
	// PartyCouncil: the council, whose procedure it is. The zero Party.
	PartyCouncil Party = iota
	// PartyAssembly: the National Assembly for Wales, whose functions
	// passed to the Welsh Ministers; the 2005 regulations' stage 3 panel is
	// the Assembly's ("the Assembly must ...", SI 2005/3366 reg 24).
	PartyAssembly
	// PartyComplainant: the complainant, whose period it is (the written
	// statement for the panel, SI 2005/3366 reg 24(1)(b)).
	PartyComplainant
)

// parties is the one table of the parties: the text form of each, in the
// order of the constants, and its description for people.
var parties = [...]struct{ text, label string }{
	PartyCouncil:     {"council", "the council"},
	PartyAssembly:    {"assembly", "the National Assembly for Wales (later the Welsh Ministers)"},
	PartyComplainant: {"complainant", "the complainant"},
}

// Parties returns the parties, PartyCouncil first.
func Parties() []Party {
	ps := make([]Party, len(parties))
	for i := range ps {
		ps[i] = Party(i)
	}
	return ps
}

// partyTexts returns the text forms of the parties, for errors.
func partyTexts() []string {
	ts := make([]string, len(parties))
	for i := range parties {
		ts[i] = parties[i].text
	}
	return ts
}

// valid reports whether p is one of Parties.
func (p Party) valid() bool { return int(p) < len(parties) }

// String returns the text form of p, e.g. "assembly"; a value that is not
// a party gives "Party(n)".
func (p Party) String() string {
	if !p.valid() {
		return "Party(" + strconv.Itoa(int(p)) + ")"
	}
	return parties[p].text
}

// Label returns p for people, e.g. "the complainant"; a value that is not
// a party gives its String.
func (p Party) Label() string {
	if !p.valid() {
		return p.String()
	}
	return parties[p].label
}

// IsCouncil reports whether p is PartyCouncil: the duty is the council's
// own, and belongs on the council's due list.
func (p Party) IsCouncil() bool { return p == PartyCouncil }

// ParseParty returns the party whose text form is s ("council",
// "assembly" or "complainant"; exactly, in lower case). Anything else, ""
// included, is a *ValueError listing the accepted values.
func ParseParty(s string) (Party, error) {
	for i := range parties {
		if parties[i].text == s {
			return Party(i), nil
		}
	}
	return PartyCouncil, &ValueError{Field: "owed_by", Value: s, Want: partyTexts()}
}

// MarshalText implements encoding.TextMarshaler with the text form of p.
// A value that is not a party is a *ValueError.
func (p Party) MarshalText() ([]byte, error) {
	if !p.valid() {
		return nil, &ValueError{Field: "owed_by", Value: p.String(), Want: partyTexts()}
	}
	return []byte(parties[p].text), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseParty.
func (p *Party) UnmarshalText(text []byte) error {
	q, err := ParseParty(string(text))
	if err != nil {
		return err
	}
	*p = q
	return nil
}
