// Package calendar provides a civil Date and the statutory working-day
// calendar of Wales, on which every timescale of the Welsh social services
// complaints procedures is counted.
//
// # Working days
//
// The Social Services Complaints Procedure (Wales) Regulations 2014
// (SI 2014/1794, reg 2), like the 2005 regulations before them, define a
// working day as any day except a Saturday, a Sunday, Christmas Day, Boxing
// Day, Good Friday or a bank holiday under the Banking and Financial
// Dealings Act 1971. Wales has no bank holidays of its own: the
// England-and-Wales list applies, with its substitute days and one-offs
// (the 2022 State Funeral of Queen Elizabeth II among them).
//
// [Wales] returns that calendar from 1 January 1974 to 31 December 2099.
// GOV.UK's England-and-Wales list is embedded (calendar/data) and decides
// the holidays of the years it covers; earlier years follow the standing
// rules (the gb definitions of github.com/rickar/cal/v2, corrected where
// that package is wrong for England and Wales) and every proclamation since
// 1974, checked against an independent table written from the Banking and
// Financial Dealings Act 1971 and the proclamations; years after
// [Calendar.LastOfficialYear] are projected from the standing rules and are
// provisional ([Calendar.IsProvisional]). A date outside the range is a
// [*RangeError], never a guess. [WalesWith] adds holiday data read at run
// time (a newly proclaimed bank holiday); [Calendar.WelshName] gives
// GOV.UK's Welsh title of a holiday. [Calendar.WeekdayHolidays] lists the
// holidays of a range, and [ListingRange] fills a bound of it not given
// with its calendar year.
//
// # Counting
//
// The regulations say "not later than N working days after the day on
// which X": the day of X is never counted, whatever kind of day it is. Day
// 1 is the first working day after X, the deadline is day N, and an act on
// the deadline is in time. So:
//
//   - AddWorkingDays(d, n) is the nth working day after d (d not counted);
//   - WorkingDaysBetween(a, b) counts the working days d with a < d <= b,
//     the working days taken by something begun on a and done on b;
//   - NonWorkingDaysBetween(a, b) lists, with their reasons, the days that
//     count skips, the raw material of every explanation of a deadline.
//
// These run in constant time from tables built once, without allocating.
// [ParseWorkingDays] reads a number of working days a person wrote.
//
// # Dates and time.Time
//
// A Date is a civil date in Wales, with no time of day and no zone. There
// are two ways to get one from a time.Time, and they answer different
// questions:
//
//   - DateOf(t) is the London date of the instant t, for timestamps: an
//     email sent at 20:00 in UTC-5 on 31 July 2014 arrived at 02:00 BST on
//     1 August, and 1 August is the day the complaint was received.
//   - DateOnly(t) is the year, month and day of t in t's own location, for
//     values that stand for a date: a date picker's or a database driver's
//     midnight in some zone.
//
// The trap is to use DateOf for a date-only value. Midnight on 1 August
// 2014 in UTC-5 is 1 August by DateOnly, and DateOf happens to agree
// (06:00 BST in London); but midnight on 1 August in UTC+2 is 23:00 BST on
// 31 July, so DateOf gives 31 July where DateOnly gives the 1 August that
// was meant. NewDate(t.Date()) is the same as DateOnly(t).
//
// Date implements database/sql.Scanner and database/sql/driver.Valuer: it
// reads NULL as the zero Date, a time.Time through DateOnly and an ISO
// string as itself, and writes the zero Date as NULL and any other as
// "YYYY-MM-DD". Date.Compare orders dates for slices.SortFunc,
// slices.MinFunc and slices.MaxFunc. Date.String is the ISO form and
// Date.Display the English text for people ("Fri 1 Aug 2014").
//
// London returns the Europe/London zone from data embedded in the package,
// so none of this depends on the zone data of the machine.
//
// # Plain values
//
// Date, Kind, Holiday and NonWorkingDay are plain values: they marshal to
// JSON (Kind as lower-case kebab-case, such as "bank-holiday"; JSON keys in
// snake_case) and read back unchanged, and compare with == and with
// go-cmp's cmp.Diff. The error types (*ParseError, *DateError,
// *RangeError, *KindError, *ScanError, *ClosureError) are for errors.As,
// not a JSON format. A *Calendar is a handle on shared tables; compare
// calendars by Version.
//
// A Calendar is immutable and safe for concurrent use. Calendar.WithClosures
// derives a calendar with a council's own closure days; the statutory
// calendar stays the default everywhere in this module.
package calendar
