package calendar

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// A Kind says why a day is not a working day. Its text form (String,
// MarshalText, UnmarshalText), used in JSON and CSV, is lower-case
// kebab-case, such as "bank-holiday"; Display gives it in words for people.
// The zero Kind is not a kind and does not marshal.
type Kind uint8

// The kinds of non-working day.
const (
	// Weekend is a Saturday or a Sunday.
	Weekend Kind = iota + 1
	// BankHoliday is a bank holiday under the Banking and Financial
	// Dealings Act 1971, by its Schedule 1 or by royal proclamation.
	BankHoliday
	// CommonLawHoliday is Christmas Day or Good Friday.
	CommonLawHoliday
	// SubstituteDay is a bank holiday given in place of a holiday that
	// falls at a weekend (e.g. Monday 27 December when Christmas Day is a
	// Saturday).
	SubstituteDay
	// LocalClosure is a day a council closes of its own accord; it is never
	// part of the statutory calendar (see Calendar.WithClosures).
	LocalClosure
)

// kindNames holds the name of each Kind, the one spelling used by String,
// MarshalText and UnmarshalText (and so in JSON and CSV).
var kindNames = [...]string{
	Weekend:          "weekend",
	BankHoliday:      "bank-holiday",
	CommonLawHoliday: "common-law-holiday",
	SubstituteDay:    "substitute-day",
	LocalClosure:     "local-closure",
}

// kindWords holds each Kind in words for people, for Display.
var kindWords = [...]string{
	Weekend:          "weekend",
	BankHoliday:      "bank holiday",
	CommonLawHoliday: "common-law holiday",
	SubstituteDay:    "substitute day",
	LocalClosure:     "local closure",
}

func (k Kind) known() bool { return k >= Weekend && int(k) < len(kindNames) }

// String returns the name of the kind in lower-case kebab-case, as it is
// written in JSON and CSV: "weekend", "bank-holiday", "common-law-holiday",
// "substitute-day" or "local-closure". A value that is not one of the
// kinds reads "Kind(N)".
func (k Kind) String() string {
	if k.known() {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Display returns the kind in words for people: "weekend", "bank holiday",
// "common-law holiday", "substitute day" or "local closure" (String for a
// value that is not one of the kinds).
func (k Kind) Display() string {
	if k.known() {
		return kindWords[k]
	}
	return k.String()
}

// MarshalText implements [encoding.TextMarshaler]: the name String returns.
// A value that is not one of the kinds is a *KindError, so that an unknown
// kind never reaches JSON or a file.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.known() {
		return nil, &KindError{Value: k.String()}
	}
	return []byte(kindNames[k]), nil
}

// AppendText implements [encoding.TextAppender]: it appends the name
// MarshalText gives to b and returns the extended buffer. A value that is
// not one of the kinds is a *KindError, and b is returned unchanged.
func (k Kind) AppendText(b []byte) ([]byte, error) {
	if !k.known() {
		return b, &KindError{Value: k.String()}
	}
	return append(b, kindNames[k]...), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts exactly
// the names String returns for the kinds ("bank-holiday", ...); any other
// text, including the empty text, is a *KindError naming it, and leaves k
// unchanged.
func (k *Kind) UnmarshalText(text []byte) error {
	for i := Weekend; int(i) < len(kindNames); i++ {
		if string(text) == kindNames[i] {
			*k = i
			return nil
		}
	}
	return &KindError{Value: string(text)}
}

// A Holiday is a day that is not a working day for a reason other than
// being a Saturday or a Sunday.
type Holiday struct {
	Date Date   `json:"date"`
	Name string `json:"name"` // e.g. "Easter Monday", "Christmas Day (substitute day)"
	Kind Kind   `json:"kind"`
	// Source is empty for a day of the calendar's own record and names the
	// holiday file a day was added from (see WalesWith).
	Source string `json:"source,omitempty"`
}

// A NonWorkingDay is a day that a working-day count skips, with the reason.
type NonWorkingDay struct {
	Date Date `json:"date"`
	// Kind is Weekend for every Saturday and Sunday, even one that is also a
	// holiday (Christmas Day on a Saturday); otherwise the holiday's kind.
	Kind Kind `json:"kind"`
	// Reason names the day for people: "Saturday", "Sunday", the holiday's
	// name, or both ("Saturday, Christmas Day").
	Reason string `json:"reason"`
}

// A Calendar tells working days from non-working days over a fixed range
// of dates. It is immutable and safe for concurrent use.
//
// A Calendar is a handle on tables built once, used through a pointer: it
// is not a plain value like the package's other types, it does not marshal,
// and it is not meant for == or cmp.Diff. Two calendars with the same
// Version give the same answers; results record the Version they were
// computed with.
//
// All counting follows the regulations' wording, "not later than N working
// days after the day on which X": the day of X is never counted, whatever
// kind of day it is; day 1 is the first working day after it.
//
// Every method that takes a Date returns a *DateError for an invalid date
// and a *RangeError for a date outside the calendar's range; the
// calendar never guesses outside its range.
type Calendar struct {
	version      string
	first, last  Date
	firstDay     int       // first.days()
	lastOfficial int       // last year of the officially published list
	info         []uint32  // per day: weekendBit | (index into holidays + 1); 0 = working day
	holidays     []Holiday // sorted by date
	workDate     []uint32  // workDate[k]: the packed date (see pack) of working day k+1
	years        uint      // last.Year - first.Year + 1
	// byDate[key(y, m, d)] for a date in the range (y counted from
	// first.Year) is its rank<<1 | 1 if it is a working day, where rank is
	// the number of working days from first to the date, both included; -1
	// for a key that names no date in the range (day 0, 30 February, month
	// 13, a day before first). One load both validates a date and gives
	// everything the hot paths need (BenchmarkWorkingDaysBetweenOneYear).
	byDate []int32
}

// key returns the index in byDate of year y (counted from the range's
// first year), month m and day d, for y < years, m < 16 and d < 32.
func key(y, m, d uint) uint { return y<<9 | m<<5 | d }

// pack and unpack store a valid Date in 32 bits (year, month, day), so that
// AddWorkingDays returns a date without converting a day count
// (BenchmarkAddWorkingDays25).
func pack(d Date) uint32   { return uint32(d.Year)<<9 | uint32(d.Month)<<5 | uint32(d.Day) }
func unpack(p uint32) Date { return Date{int(p >> 9), time.Month(p >> 5 & 15), int(p & 31)} }

const weekendBit = 1 << 31 // above any holiday index: a calendar has at most one holiday entry per day

// build returns a calendar over first..last whose non-working days are the
// weekends and the given holidays (which must lie within the range).
func build(version string, first, last Date, lastOfficial int, hols []Holiday) *Calendar {
	sort.SliceStable(hols, func(i, j int) bool { return hols[i].Date.Before(hols[j].Date) })
	// Merge two holidays on one day into one entry naming both.
	merged := hols[:0:0]
	for _, h := range hols {
		if n := len(merged); n > 0 && merged[n-1].Date == h.Date {
			merged[n-1].Name += " and " + h.Name
			continue
		}
		merged = append(merged, h)
	}
	c := &Calendar{
		version:      version,
		first:        first,
		last:         last,
		firstDay:     first.days(),
		lastOfficial: lastOfficial,
		holidays:     merged,
	}
	n := last.days() - c.firstDay + 1
	c.info = make([]uint32, n)
	for i, h := range merged {
		c.info[h.Date.days()-c.firstDay] = uint32(i + 1)
	}
	c.years = uint(last.Year - first.Year + 1)
	c.byDate = make([]int32, key(c.years, 0, 0))
	for k := range c.byDate {
		c.byDate[k] = -1
	}
	wd, working := int(first.Weekday()), 0
	for i := range n {
		if w := (wd + i) % 7; w == int(time.Saturday) || w == int(time.Sunday) {
			c.info[i] |= weekendBit
		}
		if c.info[i] == 0 {
			working++
		}
	}
	c.workDate = make([]uint32, 0, working)
	var rank int32
	for i := range n {
		d := c.date(i)
		e := rank << 1
		if c.info[i] == 0 {
			rank++
			e = rank<<1 | 1
			c.workDate = append(c.workDate, pack(d))
		}
		c.byDate[key(uint(d.Year-first.Year), uint(d.Month), uint(d.Day))] = e
	}
	return c
}

// entry returns the byDate entry of d, and whether d is a valid date in
// the range. It is the whole validation of every fast path: a range check
// of each field (the year on its own, since shifting a year far out of
// range could wrap round) and one load, small enough to be inlined
// (BenchmarkIsWorkingDay). When it reports false, check gives the error.
func (c *Calendar) entry(d Date) (int32, bool) {
	y, m, day := uint(d.Year-c.first.Year), uint(d.Month), uint(d.Day)
	if y < c.years && m>>4|day>>5 == 0 {
		if e := c.byDate[key(y, m, day)]; e >= 0 {
			return e, true
		}
	}
	return 0, false
}

// check returns the error for a date that entry rejects: a *DateError for
// an invalid date, and a *RangeError for one outside the range.
func (c *Calendar) check(d Date) error {
	if !d.IsValid() {
		return &DateError{Date: d}
	}
	return &RangeError{Date: d, First: c.first, Last: c.last}
}

// index returns the position of d in the range (0 for the first day), or
// the error for a date that is invalid or outside the range. It serves the
// methods that are not hot.
func (c *Calendar) index(d Date) (int, error) {
	if _, ok := c.entry(d); !ok {
		return 0, c.check(d)
	}
	return d.days() - c.firstDay, nil
}

func (c *Calendar) date(i int) Date { return dateFromDays(c.firstDay + i) }

// Version returns a string identifying the holiday data of the calendar,
// to be stamped into every result computed with it. A calendar derived
// with WithClosures has a version naming its closures too.
func (c *Calendar) Version() string { return c.version }

// Range returns the first and last dates the calendar covers, inclusive.
func (c *Calendar) Range() (first, last Date) { return c.first, c.last }

// LastOfficialYear returns the last year for which the holidays come from
// the officially published list; later years are projected from the
// standing rules and are provisional.
func (c *Calendar) LastOfficialYear() int { return c.lastOfficial }

// IsProvisional reports whether d falls after the last officially
// published year, so that a one-off bank holiday may still be proclaimed
// for it and a result that depends on it may change.
func (c *Calendar) IsProvisional(d Date) bool { return d.Year > c.lastOfficial }

// IsWorkingDay reports whether d is a working day: not a Saturday or a
// Sunday, and not a holiday.
func (c *Calendar) IsWorkingDay(d Date) (bool, error) {
	// The fast path has no call in it; errors go out of line
	// (BenchmarkIsWorkingDay).
	if e, ok := c.entry(d); ok {
		return e&1 != 0, nil
	}
	return false, c.check(d)
}

// Holiday returns the holiday on d, and whether there is one. A holiday
// may fall on a weekend (Christmas Day on a Saturday is reported here,
// and its substitute day on the Monday after).
func (c *Calendar) Holiday(d Date) (Holiday, bool, error) {
	i, err := c.index(d)
	if err != nil {
		return Holiday{}, false, err
	}
	if h := c.info[i] &^ weekendBit; h != 0 {
		return c.holidays[h-1], true, nil
	}
	return Holiday{}, false, nil
}

// Holidays returns the holidays from first to last, both included, in date
// order, including those that fall on a weekend. It returns nil when last
// is before first.
func (c *Calendar) Holidays(first, last Date) ([]Holiday, error) {
	if _, err := c.index(first); err != nil {
		return nil, err
	}
	if _, err := c.index(last); err != nil {
		return nil, err
	}
	lo := sort.Search(len(c.holidays), func(i int) bool { return !c.holidays[i].Date.Before(first) })
	hi := sort.Search(len(c.holidays), func(i int) bool { return c.holidays[i].Date.After(last) })
	if hi <= lo {
		return nil, nil
	}
	return append([]Holiday(nil), c.holidays[lo:hi]...), nil
}

// AddWorkingDays returns the nth working day after d; d itself is never
// counted, whatever kind of day it is. AddWorkingDays(d, 1) is the first
// working day after d; when n is negative it returns the |n|th working day
// before d; when n is zero it returns d unchanged.
//
// For n > 0, WorkingDaysBetween(d, AddWorkingDays(d, n)) == n. For n < 0
// the same holds when d is itself a working day.
//
// It runs in constant time. A result outside the calendar's range is a
// *RangeError carrying d and n.
func (c *Calendar) AddWorkingDays(d Date, n int) (Date, error) {
	// The fast path, counting forward to a result in range, has no call in
	// it (BenchmarkAddWorkingDays25). r-1 wraps round to a huge value when
	// rank+n overflows, failing the check.
	if e, ok := c.entry(d); ok && n > 0 {
		if r := int(e>>1) + n; uint(r-1) < uint(len(c.workDate)) {
			return unpack(c.workDate[r-1]), nil
		}
	}
	return c.addWorkingDaysSlow(d, n)
}

func (c *Calendar) addWorkingDaysSlow(d Date, n int) (Date, error) {
	e, ok := c.entry(d)
	if !ok {
		return d, c.check(d)
	}
	if n == 0 {
		return d, nil
	}
	// r is the 1-based rank of the wanted working day: counting forward
	// from the working days up to d, back from those before it.
	r := int(e>>1) + n
	if n < 0 {
		r += 1 - int(e&1)
	}
	if r < 1 || r > len(c.workDate) {
		return Date{}, &RangeError{Date: d, N: n, First: c.first, Last: c.last}
	}
	return unpack(c.workDate[r-1]), nil
}

// WorkingDaysBetween returns the number of working days d with
// a < d <= b: the working days taken by something begun on a and done on
// b, so that a response on its deadline has taken exactly the rule's number
// of days. It is negative when b is before a (minus the working days in
// (b, a]) and zero when they are equal. It runs in constant time.
func (c *Calendar) WorkingDaysBetween(a, b Date) (int, error) {
	// The fast path has no call in it, and nested ifs branch straight to
	// the slow path (BenchmarkWorkingDaysBetweenOneYear).
	if ea, ok := c.entry(a); ok {
		if eb, ok := c.entry(b); ok {
			return int(eb>>1) - int(ea>>1), nil
		}
		return 0, c.check(b)
	}
	return 0, c.check(a)
}

// NextWorkingDay returns the first working day after d (d not counted).
func (c *Calendar) NextWorkingDay(d Date) (Date, error) { return c.AddWorkingDays(d, 1) }

// PreviousWorkingDay returns the last working day before d (d not counted).
func (c *Calendar) PreviousWorkingDay(d Date) (Date, error) { return c.AddWorkingDays(d, -1) }

// NonWorkingDaysBetween returns, in date order, the non-working days d with
// a < d <= b, each with its reason: the days a working-day count from a to
// b skips. It returns nil when b is not after a. For a <= b,
// WorkingDaysBetween(a, b) + len(NonWorkingDaysBetween(a, b)) ==
// b.DaysSince(a).
func (c *Calendar) NonWorkingDaysBetween(a, b Date) ([]NonWorkingDay, error) {
	return c.AppendNonWorkingDays(nil, a, b)
}

// AppendNonWorkingDays appends to dst the days NonWorkingDaysBetween(a, b)
// returns, in date order, and returns the extended slice: the skipped days
// of many counts are gathered in one slice, grown at most once per call.
// It appends nothing when b is not after a; on an error dst is returned
// unchanged.
func (c *Calendar) AppendNonWorkingDays(dst []NonWorkingDay, a, b Date) ([]NonWorkingDay, error) {
	i, err := c.index(a)
	if err != nil {
		return dst, err
	}
	j, err := c.index(b)
	if err != nil {
		return dst, err
	}
	n := 0
	for k := i + 1; k <= j; k++ {
		if c.info[k] != 0 {
			n++
		}
	}
	dst = slices.Grow(dst, n) // counted first: at most one allocation
	// The dates walked a day at a time, not each computed from its index
	// (BenchmarkLibraryShare).
	d := c.date(i)
	for k := i + 1; k <= j; k++ {
		d = d.next()
		if c.info[k] != 0 {
			dst = append(dst, c.nonWorkingDay(k, d))
		}
	}
	return dst, nil
}

// next returns the day after d, a valid Date.
func (d Date) next() Date {
	switch {
	case d.Day < daysIn(d.Month, d.Year):
		d.Day++
	case d.Month < time.December:
		d.Month, d.Day = d.Month+1, 1
	default:
		d.Year, d.Month, d.Day = d.Year+1, time.January, 1
	}
	return d
}

// nonWorkingDay returns the non-working day d, the day of index i.
func (c *Calendar) nonWorkingDay(i int, d Date) NonWorkingDay {
	v := c.info[i]
	h := v &^ weekendBit
	if v&weekendBit != 0 {
		// The weekday from the day's number, as Date.Weekday has it.
		reason := time.Weekday(((c.firstDay+i)%7 + 7 + int(time.Thursday)) % 7).String()
		if h != 0 {
			reason += ", " + c.holidays[h-1].Name
		}
		return NonWorkingDay{Date: d, Kind: Weekend, Reason: reason}
	}
	hol := c.holidays[h-1]
	return NonWorkingDay{Date: d, Kind: hol.Kind, Reason: hol.Name}
}

// WithClosures returns a new calendar, derived from c, in which the given
// days are also non-working: a council's own closures (for example the days
// between Christmas and New Year). c itself is unchanged; the statutory
// calendar stays the default everywhere in this module, and a deadline
// computed on a derived calendar is not a statutory deadline.
//
// name identifies the set of closures and becomes part of the derived
// calendar's Version. Each closure is recorded with Kind LocalClosure and
// its Name (or "Local closure" when the name is empty). A closure on a day
// that is already non-working is ignored, so that the statutory reason is
// kept. A closure date that is invalid or outside c's range is an error;
// every such date is reported in one *ClosureError.
func (c *Calendar) WithClosures(name string, closures ...Holiday) (*Calendar, error) {
	var bad []error
	hols := append([]Holiday(nil), c.holidays...)
	added := 0
	for _, h := range closures {
		i, err := c.index(h.Date)
		if err != nil {
			bad = append(bad, err)
			continue
		}
		if c.info[i] != 0 {
			continue
		}
		if h.Name == "" {
			h.Name = "Local closure"
		}
		h.Kind = LocalClosure
		hols = append(hols, h)
		added++
	}
	if len(bad) > 0 {
		return nil, &ClosureError{Name: name, Errs: bad}
	}
	if name == "" {
		name = "local"
	}
	version := c.version + "+" + strings.ReplaceAll(name, " ", "-") + "(" + strconv.Itoa(added) + " closures)"
	return build(version, c.first, c.last, c.lastOfficial, hols), nil
}

// A ClosureError lists every closure date WithClosures could not accept.
type ClosureError struct {
	Name string  // the name given to WithClosures
	Errs []error // one *DateError or *RangeError per bad date
}

func (e *ClosureError) Error() string {
	msgs := make([]string, len(e.Errs))
	for i, err := range e.Errs {
		msgs[i] = err.Error()
	}
	return "calendar: closures " + strconv.Quote(e.Name) + ": " + strings.Join(msgs, "; ")
}

// Unwrap returns the errors for the individual dates.
func (e *ClosureError) Unwrap() []error { return e.Errs }
