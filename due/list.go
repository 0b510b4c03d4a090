package due

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// DefaultWithin is the number of working days ahead that the command-line
// tool and the example service look when they are not told: a working
// week.
const DefaultWithin = 5

// Options says which deadlines a list holds.
type Options struct {
	// AsOf is the date the list is made for, usually today. A deadline is
	// listed when it is not met by then.
	AsOf calendar.Date
	// Within is how many working days ahead to look, 0 or more: a deadline
	// is listed when it is overdue, due on AsOf, or due on one of the
	// Within working days after AsOf.
	Within int
	// Owner, when it is not empty or white space only, keeps the deadlines
	// of the complaints of that officer or team (assess.OwnerMatches).
	Owner string
	// Calendar counts the working days; nil means calendar.Wales(). It
	// should be the calendar of the engine that made the assessments.
	Calendar *calendar.Calendar
	// AllParties also lists the deadlines whose duty is not the council's
	// (timescale.Rule.OwedBy): those of the Welsh Ministers, before 2011
	// the National Assembly for Wales, and the complainant's periods. A due
	// list is the council's, so by default it holds only the council's
	// own duties.
	AllParties bool
}

func (o *Options) calendar() *calendar.Calendar {
	if o.Calendar != nil {
		return o.Calendar
	}
	return calendar.Wales()
}

// An Item is one deadline on a due list.
type Item struct {
	// ID and Owner are those of the complaint (timescale.Assessment); Owner
	// is "" when it has none.
	ID    string `json:"id"`
	Owner string `json:"owner"`
	// Milestone is what is to be done, and RuleID the rule that sets the
	// deadline (timescale.Deadline).
	Milestone timescale.Milestone `json:"milestone"`
	RuleID    string              `json:"rule_id"`
	// Due is the date the deadline is judged against: the agreed revised
	// date when Revised, the rule's due date otherwise
	// (timescale.Deadline.EffectiveDue).
	Due calendar.Date `json:"due"`
	// WorkingDaysLeft counts the working days d with AsOf < d <= Due: 0
	// when Due is AsOf, and below 0 when the deadline is overdue, by the
	// working days since Due (as timescale.Deadline.LateBy counts them).
	// Only an agreed revised date can fall on a non-working day; Status
	// then tells a deadline due after AsOf from one due on it.
	WorkingDaysLeft int `json:"working_days_left"`
	// Status is timescale.DeadlineOverdue, DeadlineDueToday or
	// DeadlineNotYetDue, as of AsOf.
	Status timescale.DeadlineStatus `json:"status"`
	// Revised reports that an agreed revised date applies: Due is that
	// date, later than the rule's.
	Revised bool `json:"revised"`
	// Provisional reports that a date involved falls in a year whose bank
	// holidays are not yet officially published.
	Provisional bool `json:"provisional"`
	// OwedBy is who owes the duty (timescale.Deadline.OwedBy); it is
	// other than the council only in a list made with
	// Options.AllParties, and absent from the JSON form for the council.
	OwedBy timescale.Party `json:"owed_by,omitzero"`
}

// A List is the deadlines not yet met as of a date that are overdue or fall
// due within a number of working days, sorted by due date, then by id, then
// in the order of the rule table.
type List struct {
	AsOf   calendar.Date `json:"as_of"`
	Within int           `json:"within"`
	// Until is the last day a listed deadline can be due: the Within-th
	// working day after AsOf (AsOf itself when Within is 0).
	Until calendar.Date `json:"until"`
	// Owner is the owner the list was made for, without surrounding white
	// space; "" when it holds every owner's deadlines.
	Owner string `json:"owner,omitempty"`
	// AllParties reports that the list was made with Options.AllParties:
	// it also holds the duties of parties other than the council.
	AllParties bool `json:"all_parties,omitempty"`
	// Items is empty, never nil, when nothing is due.
	Items []Item `json:"items"`
}

// A Builder collects the items of a due list from assessments added one
// at a time. It is not safe for concurrent use.
type Builder struct {
	opt   Options
	cal   *calendar.Calendar
	until calendar.Date
	// The items are held compactly until List, in a fifth of the memory of
	// Items, since a long case file can have hundreds of thousands of them:
	// dates packed, and owners and rules as positions in small tables.
	entries []entry
	owners  []string
	ownerAt map[string]uint32
	rules   []ruleRef
	ruleAt  map[string]uint16
}

// An entry is an Item held by a Builder.
type entry struct {
	id    string
	due   uint32 // a packed date (pack)
	left  int32
	owner uint32 // in Builder.owners
	rule  uint16 // in Builder.rules
	pos   uint8  // the deadline's position in its assessment
	bits  uint8  // the status (statusBits, in statuses), revisedBit, provisionalBit
}

type ruleRef struct {
	id        string
	milestone timescale.Milestone
	owedBy    timescale.Party
}

var statuses = [...]timescale.DeadlineStatus{timescale.DeadlineNotYetDue, timescale.DeadlineDueToday, timescale.DeadlineOverdue}

const (
	statusBits     = 3
	revisedBit     = 4
	provisionalBit = 8
)

// pack returns d as a number that orders as the dates do.
func pack(d calendar.Date) uint32 { return uint32(d.Year)<<9 | uint32(d.Month)<<5 | uint32(d.Day) }

func unpack(p uint32) calendar.Date {
	return calendar.NewDate(int(p>>9), time.Month(p>>5&15), int(p&31))
}

// NewBuilder returns a Builder of a list made with opt. When opt.AsOf is
// not a date the calendar covers, opt.Within is negative (a *DaysError),
// or the last day of the window falls outside the calendar, the error is
// a *timescale.ValidationError naming the field at fault, "as_of" or
// "within", with the underlying error reachable by errors.As.
func NewBuilder(opt Options) (*Builder, error) {
	cal := opt.calendar()
	var ps []problem.Problem
	var until calendar.Date
	if _, err := cal.IsWorkingDay(opt.AsOf); err != nil {
		ps = append(ps, problem.New("as_of", err))
	}
	if opt.Within < 0 {
		ps = append(ps, problem.New("within", &DaysError{N: opt.Within}))
	} else if ps == nil {
		var err error
		if until, err = cal.AddWorkingDays(opt.AsOf, opt.Within); err != nil {
			ps = append(ps, problem.New("within", err))
		}
	}
	if ps != nil {
		return nil, &timescale.ValidationError{Problems: ps}
	}
	opt.Owner = strings.TrimSpace(opt.Owner)
	return &Builder{opt: opt, cal: cal, until: until, ownerAt: map[string]uint32{}, ruleAt: map[string]uint16{}}, nil
}

// Add adds the deadlines of a that belong on the list: those not yet met
// (the engine's status not-yet-due, due-today or overdue, whatever the date
// a was assessed as of), when a is of the list's owner, that are overdue or
// due within the window as of the list's date. A comment or compliment has
// none. The only errors are those of the calendar, when a deadline cannot
// be counted against it (a *calendar.RangeError).
func (b *Builder) Add(a *timescale.Assessment) error {
	if !assess.OwnerMatches(a.Owner, b.opt.Owner) {
		return nil
	}
	owner := -1
	for i := range a.Deadlines {
		d := &a.Deadlines[i]
		e, ok, err := b.entry(d)
		if err != nil || !ok {
			if err != nil {
				return err
			}
			continue
		}
		if owner < 0 {
			owner = int(b.owner(a.Owner))
		}
		e.id, e.owner, e.pos = a.ID, uint32(owner), uint8(min(i, 255))
		b.entries = append(b.entries, e)
	}
	return nil
}

// owner returns the position of owner in b.owners, adding it if need be.
func (b *Builder) owner(owner string) uint32 {
	i, ok := b.ownerAt[owner]
	if !ok {
		i = uint32(len(b.owners))
		b.owners = append(b.owners, owner)
		b.ownerAt[owner] = i
	}
	return i
}

// rule returns the position of d's rule in b.rules, adding it if need be.
func (b *Builder) rule(d *timescale.Deadline) uint16 {
	i, ok := b.ruleAt[d.RuleID]
	if !ok {
		i = uint16(len(b.rules))
		b.rules = append(b.rules, ruleRef{d.RuleID, d.Milestone, d.OwedBy})
		b.ruleAt[d.RuleID] = i
	}
	return i
}

// entry returns the entry of d without its id and owner, and whether d
// belongs on the list.
func (b *Builder) entry(d *timescale.Deadline) (entry, bool, error) {
	switch d.Status {
	case timescale.DeadlineNotYetDue, timescale.DeadlineDueToday, timescale.DeadlineOverdue:
	default:
		return entry{}, false, nil
	}
	if !b.opt.AllParties && !d.OwedBy.IsCouncil() {
		return entry{}, false, nil
	}
	due := d.EffectiveDue()
	if due.After(b.until) {
		return entry{}, false, nil
	}
	left, err := b.cal.WorkingDaysBetween(b.opt.AsOf, due)
	if err != nil {
		return entry{}, false, err
	}
	e := entry{due: pack(due), left: int32(left), rule: b.rule(d)}
	switch b.opt.AsOf.Compare(due) {
	case 0:
		e.bits = 1 // statuses[1], due today
	case 1:
		e.bits = 2 // statuses[2], overdue
	}
	if due != d.Due {
		e.bits |= revisedBit
	}
	for _, t := range [...]calendar.Date{d.From, d.Due, d.ExtendedTo} {
		if !t.IsZero() && b.cal.IsProvisional(t) {
			e.bits |= provisionalBit
		}
	}
	if e.bits&statusBits == 2 && b.cal.IsProvisional(b.opt.AsOf) {
		e.bits |= provisionalBit // the count of days overdue runs into such a year
	}
	return e, true, nil
}

// Selects reports whether deadline d would be on the list: it is not yet
// met, it is overdue or due by the list's last day (List.Until), and it is
// the council's duty unless the list is of all parties
// (Options.AllParties). The
// owner is not looked at, since it belongs to the complaint; a deadline
// that cannot be counted against the calendar is not selected. Package ics
// uses it to write the events of a due list (ics.Options.Select).
func (b *Builder) Selects(d *timescale.Deadline) bool {
	_, ok, err := b.entry(d)
	return ok && err == nil
}

// List returns the list of the deadlines added so far, sorted by due date,
// then by id, then in the order of the rule table (that of the deadlines
// of an assessment). The Builder is emptied and can be used again.
func (b *Builder) List() List {
	es := b.sorted()
	items := make([]Item, len(es))
	for i := range es {
		b.item(&es[i], &items[i])
	}
	return List{AsOf: b.opt.AsOf, Within: b.opt.Within, Until: b.until, Owner: b.opt.Owner, AllParties: b.opt.AllParties, Items: items}
}

// sorted returns the entries of b in the order of the list, and empties b.
// Entries that compare equal are the same deadline of two records with the
// same id and owner (a file read with casefile.Reader.AllowDuplicateIDs),
// which read the same.
func (b *Builder) sorted() []entry {
	es := b.entries
	b.entries = nil
	slices.SortFunc(es, func(x, y entry) int {
		if x.due != y.due {
			return cmp.Compare(x.due, y.due)
		}
		if c := strings.Compare(x.id, y.id); c != 0 {
			return c
		}
		if x.pos != y.pos {
			return cmp.Compare(x.pos, y.pos)
		}
		return cmp.Compare(x.owner, y.owner)
	})
	return es
}

// item sets *it to the item of e.
func (b *Builder) item(e *entry, it *Item) {
	r := &b.rules[e.rule]
	*it = Item{ID: e.id, Owner: b.owners[e.owner], Milestone: r.milestone, RuleID: r.id,
		Due: unpack(e.due), WorkingDaysLeft: int(e.left), Status: statuses[e.bits&statusBits],
		Revised: e.bits&revisedBit != 0, Provisional: e.bits&provisionalBit != 0, OwedBy: r.owedBy}
}

// Of returns the due list of the assessments as, made with opt. Its errors
// are those of NewBuilder and Builder.Add.
func Of(as []timescale.Assessment, opt Options) (List, error) {
	b, err := NewBuilder(opt)
	if err != nil {
		return List{}, err
	}
	for i := range as {
		if err := b.Add(&as[i]); err != nil {
			return List{}, err
		}
	}
	return b.List(), nil
}
