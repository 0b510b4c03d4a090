package calendar

import (
	"sync"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/gb"
)

// WalesVersion identifies the holiday data of the statutory Wales calendar
// (see Wales): the revision of its standing rules, the years of the
// official record it reads and the first 12 hex digits of the SHA-256 of
// that record, e.g. "wales-statutory-2+govuk-2012-2028+3f2a0c9d41b7". It
// changes whenever a holiday is added or corrected. It is computed from the
// embedded record when the package is initialised; do not assign to it.
var WalesVersion = embedded.version()

// The range of the statutory Wales calendar. New Year's Day became a bank
// holiday in England and Wales in 1974.
var (
	walesFirst = Date{1974, time.January, 1}
	walesLast  = Date{2099, time.December, 31}
)

// walesLastOfficialYear is the last year of the official record: the last
// year of GOV.UK's published england-and-wales list as the embedded data
// holds it.
var walesLastOfficialYear = embedded.last

// A definition is one holiday rule with the kind of day it gives.
type definition struct {
	h    *cal.Holiday
	kind Kind
	// onWeekend keeps the actual date when it falls at a weekend, as well as
	// its substitute: SI 2014/1794 reg 2 names Christmas Day and Boxing Day
	// themselves, so the day is reported as a holiday even on a Saturday.
	onWeekend bool
}

// oneOff returns a holiday proclaimed for a single day.
func oneOff(name string, year int, month time.Month, day int) *cal.Holiday {
	return &cal.Holiday{
		Name:      name,
		Type:      cal.ObservanceBank,
		Month:     month,
		Day:       day,
		Func:      cal.CalcDayOfMonth,
		StartYear: year,
		EndYear:   year,
	}
}

// walesRules returns the standing holiday rules of the statutory Wales
// calendar: the gb definitions of github.com/rickar/cal/v2, corrected for
// England and Wales where that package is wrong (as of v2.1.13), plus the
// one-off days it lacks. They give the holidays of the years the official
// record does not cover, and the names of the days it lists.
func walesRules() []definition {
	// Substitute days at Christmas (by royal proclamation): Christmas Day
	// on a Saturday gives Monday 27 (Christmas) and Tuesday 28 (Boxing
	// Day); on a Sunday, Boxing Day keeps Monday 26 and Christmas moves to
	// Tuesday 27; Boxing Day on a Saturday moves to Monday 28. gb computes
	// the same dates but names 26 December 2022 "Christmas Day"; these
	// rules give each day its official name.
	christmasAlt := []cal.AltDay{{Day: time.Saturday, Offset: 2}, {Day: time.Sunday, Offset: 2}}
	return []definition{
		// New Year's Day: a bank holiday by proclamation from 1974 (gb has
		// it in every year).
		{h: gb.NewYear.Clone(&cal.Holiday{StartYear: 1974}), kind: BankHoliday},
		{h: gb.GoodFriday, kind: CommonLawHoliday},
		{h: gb.EasterMonday, kind: BankHoliday},
		// Early May: from 1978 (gb has it in every year); moved to VE Day
		// in 1995 and 2020.
		{h: gb.EarlyMay.Clone(&cal.Holiday{Name: "Early May bank holiday", StartYear: 1978, Except: []int{1995, 2020}}), kind: BankHoliday},
		{h: oneOff("Early May bank holiday (VE Day)", 1995, time.May, 8), kind: BankHoliday},
		{h: gb.VEDay.Clone(&cal.Holiday{Name: "Early May bank holiday (VE Day)"}), kind: BankHoliday},
		{h: gb.CoronationDay.Clone(&cal.Holiday{Name: "Bank holiday for the coronation of King Charles III"}), kind: BankHoliday},
		// Spring bank holiday: last Monday in May, moved for the jubilees
		// (gb moves only 2022's).
		{h: gb.SpringHoliday.Clone(&cal.Holiday{Name: "Spring bank holiday", Except: []int{1977, 2002, 2012, 2022}}), kind: BankHoliday},
		{h: oneOff("Spring bank holiday", 1977, time.June, 6), kind: BankHoliday},
		{h: oneOff("Spring bank holiday", 2002, time.June, 4), kind: BankHoliday},
		{h: oneOff("Spring bank holiday", 2012, time.June, 4), kind: BankHoliday},
		{h: gb.SpringHoliday2022.Clone(&cal.Holiday{Name: "Spring bank holiday"}), kind: BankHoliday},
		{h: oneOff("Silver Jubilee of Queen Elizabeth II", 1977, time.June, 7), kind: BankHoliday},
		{h: oneOff("Royal wedding (Prince Charles and Lady Diana Spencer)", 1981, time.July, 29), kind: BankHoliday},
		{h: oneOff("Millennium celebrations", 1999, time.December, 31), kind: BankHoliday},
		{h: oneOff("Golden Jubilee of Queen Elizabeth II", 2002, time.June, 3), kind: BankHoliday},
		{h: oneOff("Royal wedding (Prince William and Catherine Middleton)", 2011, time.April, 29), kind: BankHoliday},
		{h: oneOff("Diamond Jubilee of Queen Elizabeth II", 2012, time.June, 5), kind: BankHoliday},
		{h: gb.PlatinumJubilee.Clone(&cal.Holiday{Name: "Platinum Jubilee bank holiday"}), kind: BankHoliday},
		{h: oneOff("State Funeral of Queen Elizabeth II", 2022, time.September, 19), kind: BankHoliday},
		{h: gb.SummerHoliday.Clone(&cal.Holiday{Name: "Summer bank holiday"}), kind: BankHoliday},
		{h: gb.ChristmasDay.Clone(&cal.Holiday{Observed: christmasAlt}), kind: CommonLawHoliday, onWeekend: true},
		{h: gb.BoxingDay.Clone(&cal.Holiday{Observed: christmasAlt}), kind: BankHoliday, onWeekend: true},
	}
}

func dateOfTime(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ruleHolidays returns every holiday the definitions give from year first
// to year last.
func ruleHolidays(defs []definition, first, last int) []Holiday {
	var out []Holiday
	for year := first; year <= last; year++ {
		for _, def := range defs {
			actual, observed := def.h.Calc(year)
			if observed.IsZero() {
				continue
			}
			a, o := dateOfTime(actual), dateOfTime(observed)
			if a == o {
				out = append(out, Holiday{Date: a, Name: def.h.Name, Kind: def.kind})
				continue
			}
			out = append(out, Holiday{Date: o, Name: def.h.Name + " (substitute day)", Kind: SubstituteDay})
			if def.onWeekend {
				out = append(out, Holiday{Date: a, Name: def.h.Name, Kind: def.kind})
			}
		}
	}
	return out
}

// walesSource is what the statutory Wales calendar is built from: the
// standing rules and the official record.
type walesSource struct {
	defs []definition
	rec  *record
}

// walesDefinitions returns the rules and the embedded official record.
func walesDefinitions() walesSource { return walesSource{defs: walesRules(), rec: embedded} }

// walesHolidays returns the holidays of the statutory Wales calendar from
// year first to year last:
//
//   - in the years of the official record, exactly its days, each named and
//     classed as the rule that gives the same date names and classes it (so
//     that a name does not change when a year becomes official), or, for a
//     day no rule gives (a newly proclaimed one-off), by GOV.UK's title and
//     notes; and Christmas Day and Boxing Day when they fall at a weekend,
//     since the regulations name those days;
//   - in the other years, the days the rules give.
func walesHolidays(src walesSource, first, last int) []Holiday {
	rules := ruleHolidays(src.defs, first, last)
	rec := src.rec
	out := make([]Holiday, 0, len(rules)+8)
	named := make(map[Date]Holiday)
	for _, h := range rules {
		if y := h.Date.Year; y < rec.first || y > rec.last || isWeekend(h.Date) {
			out = append(out, h)
			continue
		}
		named[h.Date] = h
	}
	for _, e := range rec.events {
		if y := e.Date.Year; y < first || y > last {
			continue
		}
		if h, ok := named[e.Date]; ok {
			out = append(out, h)
			continue
		}
		out = append(out, Holiday{Date: e.Date, Name: displayName(e.Title, e.Notes), Kind: kindOf(e.Title, e.Notes)})
	}
	return out
}

var wales = sync.OnceValue(func() *Calendar {
	return buildWales(walesDefinitions())
})

func buildWales(src walesSource) *Calendar {
	hols := walesHolidays(src, walesFirst.Year, walesLast.Year)
	return build(src.rec.version(), walesFirst, walesLast, src.rec.last, hols)
}

// Wales returns the statutory working-day calendar of Wales, from
// 1974-01-01 to 2099-12-31.
//
// A working day (SI 2014/1794 reg 2; SI 2005/3366 reg 2, Welsh text read)
// is any day
// except a Saturday, a Sunday, Christmas Day, Boxing Day, Good Friday or a
// bank holiday under the Banking and Financial Dealings Act 1971. Wales has
// no bank holidays of its own: the England-and-Wales list applies, with
// every substitute day and one-off (the 2022 State Funeral of Queen
// Elizabeth II among them).
//
// The holidays come from GOV.UK's published england-and-wales list, embedded
// in the package (from 2012, the first year GOV.UK publishes, to
// LastOfficialYear): that list is authoritative for the years it covers.
// Christmas Day and Boxing Day are also holidays when they fall at a
// weekend, as the regulations name those days. Years before the list are
// given by the standing rules of the Banking and Financial Dealings Act 1971
// and the proclamations made under it, with every one-off and move since
// 1974; years after LastOfficialYear are projected from the standing rules
// and are provisional. WalesWith adds holiday data read at run time.
//
// The calendar is built once, on first use, and shared: it is immutable.
func Wales() *Calendar { return wales() }
