package problem

import (
	"fmt"
	"io"
	"strings"
)

// The codes. Each is listed, with what it means, by Codes.
const (
	// Dates (package calendar).

	NotADate       Code = "not-a-date"
	InvalidDate    Code = "invalid-date"
	DateOutOfRange Code = "date-out-of-range"
	NotANumber     Code = "not-a-number"

	// Holiday files read at run time (package calendar).

	HolidayFileMalformed Code = "holiday-file-malformed"
	HolidayOutOfRange    Code = "holiday-out-of-range"
	HolidayRemoved       Code = "holiday-removed"
	HolidayMoved         Code = "holiday-moved"

	// Values of a case (package timescale).

	Required            Code = "required"
	UnknownValue        Code = "unknown-value"
	NegativeCount       Code = "negative-count"
	BeforeFirstRegime   Code = "before-first-regime"
	EventBeforeReceipt  Code = "event-before-receipt"
	EventOutOfOrder     Code = "event-out-of-order"
	MissingPrerequisite Code = "missing-prerequisite"
	StageNotInRegime    Code = "stage-not-in-regime"
	NotAComplaint       Code = "not-a-complaint"
	DeadlineMismatch    Code = "deadline-mismatch"
	EventInTheFuture    Code = "event-in-the-future"

	// The JSON form of a query (package timescale).

	MalformedJSON Code = "malformed-json"
	UnknownField  Code = "unknown-field"

	// A council's policy (package timescale, and package policy for its
	// file).

	PolicyMalformed        Code = "policy-malformed"
	PolicyUnknownProcedure Code = "policy-unknown-procedure"
	PolicyUnknownMilestone Code = "policy-unknown-milestone"
	PolicyDaysOutOfRange   Code = "policy-days-out-of-range"
	PolicyMissingValue     Code = "policy-missing-value"
	PolicyDuplicateTarget  Code = "policy-duplicate-target"
	PolicyNotOptional      Code = "policy-not-optional"

	// Warnings about a case (package timescale): reported, never refused.

	EventYearsAfterReceipt Code = "event-years-after-receipt"

	// Case files (package casefile).

	EmptyFile        Code = "empty-file"
	NotUTF8          Code = "not-utf8"
	MalformedCSV     Code = "malformed-csv"
	UnknownColumn    Code = "unknown-column"
	UnnamedColumn    Code = "unnamed-column"
	DuplicateColumn  Code = "duplicate-column"
	MissingColumn    Code = "missing-column"
	WrongFieldCount  Code = "wrong-field-count"
	DuplicateID      Code = "duplicate-id"
	NotACount        Code = "not-a-count"
	Unwritable       Code = "unwritable"
	LineTooLong      Code = "line-too-long"
	FormulaLikeValue Code = "formula-like-value"

	// Reports (package outcome).

	NotAYear          Code = "not-a-year"
	NoRecordsInYear   Code = "no-records-in-year"
	NotAPeriod        Code = "not-a-period"
	NoRecordsInPeriod Code = "no-records-in-period"
	YearAndPeriod     Code = "year-and-period"

	// Formats of output (package report).

	UnknownFormat Code = "unknown-format"

	// The Ombudsman's returns (package returns).

	PeriodNotBegun Code = "period-not-begun"
	NotAPopulation Code = "not-a-population"

	// Languages of output (package lang).

	UnknownLanguage Code = "unknown-language"

	// Due lists and calendar files (packages due and ics).

	NegativeDays Code = "negative-days"
)

// An Info describes a code.
type Info struct {
	Code    Code   `json:"code"`
	Package string `json:"package"` // the package whose errors carry the code
	Meaning string `json:"meaning"`
}

// infos is the table of codes, in the order Codes returns them. A new code
// is a constant above and a row here.
var infos = [...]Info{
	{NotADate, "calendar", "The text is not a date in an accepted form (YYYY-MM-DD, or DD/MM/YYYY where dates are read from people)."},
	{InvalidDate, "calendar", "The date does not exist, such as 30 February."},
	{DateOutOfRange, "calendar", "The date, or a deadline counted from it, falls outside the years the calendar covers (1974 to 2099)."},
	{NotANumber, "calendar", "The text is not a whole number of working days written in digits, or is too large a number."},
	{HolidayFileMalformed, "calendar", "A holiday file cannot be read as holiday data: not GOV.UK's JSON or a date,title CSV file, a bad date, a date listed twice, an empty title, or too large."},
	{HolidayOutOfRange, "calendar", "A holiday file lists a day outside the years the calendar covers."},
	{HolidayRemoved, "calendar", "A holiday file that is the complete list of a year of the official record leaves out one of its days; a file may only add days."},
	{HolidayMoved, "calendar", "A holiday file moves a day of the official record to another date of the same year; a file may only add days."},

	{Required, "timescale", "A value that must be given is missing."},
	{UnknownValue, "timescale", "The value is not one of those accepted (a kind of record, procedure, complainant, finding or regime)."},
	{NegativeCount, "timescale", "A count of elements is below zero."},
	{BeforeFirstRegime, "timescale", "The complaint was received before the first procedure the module knows for it came into force: 1 April 2006 for a social services complaint or representation, 7 December 2020 for a corporate complaint."},
	{EventBeforeReceipt, "timescale", "An event of the complaint is dated before the complaint was received."},
	{EventOutOfOrder, "timescale", "An event is dated before the event it must follow (a discussion before the acknowledgement, a stage 2 response before its request, the matter noticed after the complaint about it)."},
	{MissingPrerequisite, "timescale", "An event is recorded without the earlier event it needs (a stage 2 response without a stage 2 request)."},
	{StageNotInRegime, "timescale", "The procedure the complaint falls under has no such stage (a stage 3 panel under the 2014 procedure)."},
	{NotAComplaint, "timescale", "A comment or compliment has complaint stages or findings recorded."},
	{EventInTheFuture, "timescale", "An event is dated after the date the case is evaluated on (today, unless a date is given): it cannot have happened yet."},
	{EventYearsAfterReceipt, "timescale", "A warning, not a problem: an event is dated more than 2 years after the complaint was received, more likely a mistyped year than a late step."},
	{DeadlineMismatch, "timescale", "A deadline cannot be explained as it stands: its rule is unknown, or the calendar gives another due date (it was computed with other holiday data)."},

	{MalformedJSON, "timescale", "The text is not the JSON form of a query: not one JSON object in UTF-8, a member of the wrong type, a member given twice, or null."},
	{UnknownField, "timescale", "A member of a JSON query is not one the query has, or is written in another case than its name."},

	{PolicyMalformed, "policy", "A policy file is not a JSON object of the documented form: not JSON, a value of the wrong type, an unknown or repeated key, a date that cannot be read, or too large."},
	{PolicyUnknownProcedure, "timescale", "A local target names a procedure that no regime governs."},
	{PolicyUnknownMilestone, "timescale", "A local target names a milestone that no rule of its procedure has, counted in working days and met by an event of the case file."},
	{PolicyDaysOutOfRange, "timescale", "A local target's number of working days is not from 1 to 250."},
	{PolicyMissingValue, "timescale", "A local target lacks its procedure, milestone, name or source (the policy document it comes from)."},
	{PolicyDuplicateTarget, "timescale", "Two local targets are for the same procedure, milestone and first day."},
	{PolicyNotOptional, "timescale", "A policy switches off a rule that is not an optional rule of the table: a statutory rule cannot be switched off."},

	{EmptyFile, "casefile", "The file is empty: it has no header row."},
	{NotUTF8, "casefile", "The text is not UTF-8 (a UTF-16 file, or bytes that are not text)."},
	{MalformedCSV, "casefile", "The row is not well-formed CSV (a stray or unclosed quote, or a header separated by semicolons or tabs)."},
	{UnknownColumn, "casefile", "The header names a column the case file does not have."},
	{UnnamedColumn, "casefile", "A field of the header is empty."},
	{DuplicateColumn, "casefile", "The header names a column twice."},
	{MissingColumn, "casefile", "The header lacks a required column (id, kind or received)."},
	{WrongFieldCount, "casefile", "The row has more or fewer fields than the header."},
	{DuplicateID, "casefile", "The id was already used by an earlier row of the file."},
	{NotACount, "casefile", "A count of elements is not a whole number written in digits, or is too large."},
	{Unwritable, "casefile", "A case cannot be written to a case file so that it reads back the same (an id with surrounding white space, a theme holding a semicolon)."},
	{LineTooLong, "casefile", "A line, or a row whose quoted cells span several lines, is longer than the reader's limit (1 MiB unless raised); the row is skipped and reading goes on at the next line."},
	{FormulaLikeValue, "casefile", "A warning: a text cell begins with =, +, -, @, a tab or a carriage return (and is not a number), so a spreadsheet program opening a CSV file holding it may run it as a formula."},

	{NotAYear, "outcome", "The text is not a reporting year (1 April to 31 March), such as 2014-2015."},
	{NoRecordsInYear, "outcome", "The case file has no record received in the reporting year asked for."},
	{NotAPeriod, "outcome", "The text is not a reporting period: a reporting year such as 2024-2025, a half such as 2024-H1 (April to September) or a quarter such as 2024-Q3 (October to December), in financial-year quarters."},
	{NoRecordsInPeriod, "outcome", "The case file has no record received in the half or quarter asked for."},
	{YearAndPeriod, "outcome", "A report is asked for both by a reporting year and by a reporting period (a year, a half or a quarter): give one or the other."},

	{UnknownFormat, "report, returns, impact, holidays", "The format asked for is not one the output is written in: text, markdown, csv, json or html for the annual report; text, csv or json for the return, for the deadlines new holiday data moves and for a list of holidays."},

	{PeriodNotBegun, "returns", "A return is asked for as of a date before its period begins: nothing of the period is known yet."},
	{NotAPopulation, "returns", "The number of residents, for the rate of complaints per 1,000, is not a whole number written in digits, 1 or more."},

	{UnknownLanguage, "lang", "The language asked for is not one the output is written in (en, cy, or cy+en for Welsh then English)."},
	{NegativeDays, "due, ics", "A number of working days that must be 0 or more is negative: how far ahead a due list looks, or how long before a deadline a reminder comes."},
}

// Codes returns every code with its meaning, grouped by package.
func Codes() []Info { return append([]Info(nil), infos[:]...) }

// Lookup returns the description of code c, and whether c is a code.
func Lookup(c Code) (Info, bool) {
	for _, in := range infos {
		if in.Code == c {
			return in, true
		}
	}
	return Info{}, false
}

// WriteMarkdown writes the table of codes as a Markdown document, the text
// of docs/problems.md, which a test keeps in step with the code.
func WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# Problem codes\n\n")
	b.WriteString("<!-- Generated from package problem by `go test ./problem -update`; do not edit. -->\n\n")
	b.WriteString("Every problem the module reports about its input carries one of these codes. The codes are stable:\n")
	b.WriteString("an API client can branch on them and a translation can key its messages by them. The messages\n")
	b.WriteString("that go with them are for people and may be reworded.\n\n")
	b.WriteString("| code | package | meaning |\n| --- | --- | --- |\n")
	for _, in := range infos {
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", in.Code, in.Package, in.Meaning)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
