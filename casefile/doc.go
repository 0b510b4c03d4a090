// Package casefile reads and writes the case file: a CSV file with one
// record per complaint (or representation), comment or compliment, read
// into [timescale.Case] values.
//
// # The format
//
// The file is CSV as RFC 4180 describes it (fields separated by commas,
// optionally quoted with double quotes, a quoted field may hold commas,
// doubled quotes and line breaks), encoded in UTF-8. A leading UTF-8
// byte-order mark, as spreadsheet programs write, is accepted and ignored; a
// UTF-16 file, with or without its byte-order mark, is refused with a
// message saying so, and so is a header whose names are separated by
// semicolons or tabs ([SeparatorError]). A file that is not text at all
// but a spreadsheet workbook (.xlsx, .ods, .xls), a gzip file or JSON is
// refused as what it is ([NotCSVError]). Lines may end in CRLF, LF, or a
// carriage return alone, as older spreadsheet programs save CSV (told from
// the first line). Blank lines are skipped, and so are rows whose every cell is empty or
// white space, such as the ",,,," that spreadsheet programs leave below the
// last record.
//
// The first row is the header (after a line such as "sep=,", which some
// programs write to tell a spreadsheet program the separator, if there is
// one). It names the columns, in any order:
//
//	id, kind, received                                    required
//	procedure, complainant                                optional
//	acknowledged, discussed, stage1_response              optional dates
//	stage2_requested, stage2_extended_to, stage2_response optional dates
//	stage3_requested, ombudsman, withdrawn                optional dates
//	upheld, partially_upheld, not_upheld, no_finding      optional counts
//	themes                                                optional
//	matter, panel_acknowledged, panel_statement_requested optional dates
//	panel_statement_received, panel_convened              optional dates
//
// Header names are matched after trimming surrounding white space and
// without regard to case, so "Received" and " received " both name the
// received column. A column the header does not name is not known for any
// record.
//
// By default a Reader is strict: the header is refused (a [*HeaderError])
// when it names an unknown column (the message lists the known ones, and
// suggests the one probably meant, "received" for "Recieved"), names a
// column twice, has an unnamed column, or lacks id, kind or received; and
// every row must have as many fields as the header. With [Reader.Lenient] it
// reads files as spreadsheet programs and other systems export them: an
// unknown or unnamed column is ignored with a warning (see
// [Reader.Warnings]), empty cells at the end of the header are dropped
// silently, and a row may have more fields than the header names columns as
// long as the extra ones are empty. A column named twice and a required
// column missing are errors either way.
//
// In every record the surrounding white space of each cell is trimmed, and
// an empty cell means "not known": the zero value of the field in the Case.
// The required columns must have a value in every record. Cells hold:
//
//   - id: any UTF-8 text; ids must be unique within the file (see
//     [Reader.AllowDuplicateIDs]).
//   - kind: complaint, comment or compliment.
//   - procedure: complaint, representation or corporate (a council's own
//     procedure under the Ombudsman's model); empty means complaint, and is
//     kept empty in the Case (the Case documents that empty means
//     [timescale.ComplaintProcedure]).
//   - complainant: parent, carer, foster-carer, relative, child,
//     young-person, advocate or other.
//   - dates: YYYY-MM-DD (2014-08-01) or DD/MM/YYYY (01/08/2014, or 1/8/2014),
//     as [calendar.ParseAnyDate] reads them; the date must exist.
//   - upheld, partially_upheld, not_upheld, no_finding: a count of elements,
//     written in digits, 0 or more.
//   - themes: aspects complained about, separated by semicolons; each is
//     trimmed and empty ones are dropped.
//
// The values of kind, procedure and complainant are matched without regard
// to case ("Complaint" is accepted) and stored in the lower-case form above.
// The package checks each record on its own; whether the dates of a case
// make sense together is for package timescale and the annual report.
//
// # Problems
//
// Every problem is reported as a [LineProblem] whose String form is
// "FILE:LINE: column: message", where LINE is the physical line on which the
// record starts (the header is line 1; a quoted cell holding line breaks
// makes a record span several lines, and the next record's line number
// counts them). A message repeats at most 80 characters of any value from
// the file.
//
// A warning is a problem that keeps nothing from being read: an unknown
// column that a lenient Reader ignores, and an id or theme that begins with
// a character that makes a spreadsheet program run a cell as a formula (see
// [SafeCell]). Warnings are returned apart, by [Reader.Warnings], and marked in
// the problems of [ReadAll].
//
// # Limits
//
// A Reader holds one row of the file at a time. A row may take at most
// [Reader.MaxLineBytes] bytes ([DefaultMaxLineBytes], 1 MiB, unless raised): a
// longer line, or a longer record whose quoted cells run over several lines,
// is a problem of its own ([problem.LineTooLong]), and the Reader goes on at
// the next line without ever holding more of the row than the limit. So a
// file of any size, even one with no line break at all, is read in memory
// bounded by a few times the limit, apart from the ids the Reader keeps to
// find duplicates (about 20 bytes a record, or next to nothing for a file
// it may read twice; see AllowDuplicateIDs and ReadIDsFirst).
package casefile
