// Package due lists what a complaints officer has to do next: every
// deadline of the assessed complaints that is not yet met on a date, and is
// overdue or falls due within a few working days, with whose complaint it
// is.
//
// A [Builder] collects the items of assessments one at a time, as
// assess.Each gives them, in memory that grows with the list and not with
// the case file; [Of] does the same for assessments held in a slice. The
// [List] is a plain value, sorted by due date and then id, that reads back
// from its JSON form; [NewWriter] writes it as text grouped by owner, CSV or
// JSON, and [NewWriterIn] in a language of package lang (the text is not
// yet in Welsh: in Welsh it is the English, marked as untranslated). The
// reference command-line tool (complaints due) and the example HTTP
// service print what these writers write; package ics writes the same
// deadlines as calendar events, choosing them with [Builder.Selects].
//
// A due list is the council's: a deadline whose duty is another party's
// ([timescale.Rule.OwedBy], such as the 2005 stage 3 panel's, which is the
// National Assembly for Wales's or the complainant's) is left out unless
// [Options.AllParties] asks for it, and then each such [Item] says who
// owes it.
package due
