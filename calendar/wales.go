package calendar

import (
	"sync"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/gb"
)

// WalesVersion identifies the holiday data of the statutory Wales calendar
// (see Wales). It changes whenever a holiday is added or corrected.
const WalesVersion = "wales-statutory-1+govuk-to-2028"

// The range of the statutory Wales calendar. New Year's Day became a bank
// holiday in England and Wales in 1974.
var (
	walesFirst = Date{1974, time.January, 1}
	walesLast  = Date{2099, time.December, 31}
)

// walesLastOfficialYear is the last year of GOV.UK's published
// england-and-wales list that the calendar was checked against
// (bank-holidays.json as read on 2026-11-25 runs through 2028).
const walesLastOfficialYear = 2028

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

// walesDefinitions returns the holiday rules of the statutory Wales
// calendar: the gb definitions of github.com/rickar/cal/v2, corrected for
// England and Wales where that package is wrong (as of v2.1.13), plus the
// one-off days it lacks. See SPEC section 2 and the package documentation.
func walesDefinitions() []definition {
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

// walesHolidays returns every holiday of the definitions from year first to
// year last.
func walesHolidays(defs []definition, first, last int) []Holiday {
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

var wales = sync.OnceValue(func() *Calendar {
	hols := walesHolidays(walesDefinitions(), walesFirst.Year, walesLast.Year)
	return build(WalesVersion, walesFirst, walesLast, walesLastOfficialYear, hols)
})

// Wales returns the statutory working-day calendar of Wales, from
// 1974-01-01 to 2099-12-31.
//
// A working day (SI 2014/1794 reg 2; SI 2005/3366 likewise) is any day
// except a Saturday, a Sunday, Christmas Day, Boxing Day, Good Friday or a
// bank holiday under the Banking and Financial Dealings Act 1971. Wales has
// no bank holidays of its own: the England-and-Wales list applies, with
// every substitute day and one-off (the 2022 State Funeral of Queen
// Elizabeth II among them). Years after LastOfficialYear are projected from
// the standing rules and are provisional.
//
// The calendar is built once, on first use, and shared: it is immutable.
func Wales() *Calendar { return wales() }
