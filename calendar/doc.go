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
// Wales returns that calendar from 1 January 1974 to 31 December 2099. Its
// holidays are built on the gb definitions of github.com/rickar/cal/v2,
// corrected where that package is wrong for England and Wales, and checked
// by the tests against GOV.UK's published list (testdata). Years after
// Calendar.LastOfficialYear are projected from the standing rules and are
// provisional (Calendar.IsProvisional). A date outside the range is a
// *RangeError, never a guess.
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
//
// Dates are civil dates in Europe/London: DateOf takes the London date of
// an instant (00:30 BST on 1 August 2014 is 1 August, not 31 July).
//
// A Calendar is immutable and safe for concurrent use. Calendar.WithClosures
// derives a calendar with a council's own closure days; the statutory
// calendar stays the default everywhere in this module.
package calendar
