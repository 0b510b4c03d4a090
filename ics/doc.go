// Package ics writes deadlines and non-working days as calendar files
// (iCalendar, RFC 5545) for Outlook, Google Calendar, Apple Calendar and any
// other program that imports them or subscribes to them.
//
// Every deadline becomes one all-day event on its due date (the agreed
// revised date when one applies), named after the case and the milestone,
// with the rule, its citation and how the date was reached in its
// description, and a reminder a chosen number of working days before it.
// The event's UID is made from the case's id and the milestone, and each
// file is stamped and numbered by the date it is made for, so that importing
// tomorrow's file updates today's events instead of adding to them; a
// deadline met or cancelled since can be written as a cancelled event with
// the same UID. Non-working days become all-day events that do not block
// time, for a shared office calendar.
//
// # Why this package writes the format itself
//
// The text is written by this package, not by an iCalendar library such as
// github.com/arran4/golang-ical, because that library cannot meet the
// module's speed target: the events of a case file of a million rows
// (about 260,000 open deadlines) must be written, with reading and
// evaluating the file, in under two seconds. golang-ical builds a map and
// several strings for every property; on the project's two-core machine it
// took 12 to 19 µs of processor time an event, 3 to 5 s for such a file on
// its own, where this package takes 2 to 4 µs (BenchmarkEvents in this
// package measures both side by side, writing the same event). What is
// written is small and fixed: all-day VEVENTs with a VALARM, TEXT values
// escaped as RFC 5545 section 3.3.11 says (backslash, semicolon, comma and
// line break; other control characters, which TEXT cannot hold, and bytes
// that are not UTF-8 become U+FFFD) and lines folded at 75 octets without
// splitting a UTF-8 character (section 3.1). The tests read every file
// back with golang-ical's parser and with a strict reader of their own that
// checks the raw text line by line, and a fuzz target does the same for any
// text in ids, owners and themes.
package ics
