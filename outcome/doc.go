// Package outcome turns evaluated case records into the annual report on
// social services complaints that a Welsh council publishes: counts of
// comments, compliments and complaints, the stage 1 and stage 2 outcomes,
// the stage 2 findings by element and by complaint, the response-time
// tables of each procedure, the year-on-year table and the themes,
// section for section with the 2014-15 report of a council's children's
// services that this module reproduces (a golden test checks every figure).
//
// It provides:
//
//   - reporting years, 1 April to 31 March ([Year], [ParseYear], [YearOf]),
//     and their halves and quarters, in financial-year quarters as the
//     Public Services Ombudsman for Wales counts them ([Period],
//     [ParsePeriod], [PeriodOf]: 2024-Q1 is April to June 2024, 2024-H1
//     April to September 2024), and [ParseYearOrPeriod], which reads the
//     one or the other that a report is asked for;
//   - an [Aggregator], fed one evaluated record at a time, whose memory is
//     bounded by the number of reporting years and not by the number of
//     records, and the [Report] it produces for one year, or for a half or
//     a quarter ([Aggregator.PeriodReport]: the half-yearly report to a
//     council's Governance and Audit Committee);
//     [ReadCaseFile] feeds one from a whole case file, and
//     [Aggregator.ReportFor] gives the report a reader asks for, that of the
//     latest reporting year when none is asked for;
//   - renderings of a Report as text laid out like a council's report
//     ([Report.WriteText]), as Markdown ([Report.WriteMarkdown]), as a
//     long-format CSV ([Report.WriteCSV]) and as JSON (encoding/json and
//     the struct tags). Package report writes a Report in each of these
//     formats, and as a web page, from one table of the formats.
//
// The findings of a complaint and the rule that gives its own outcome
// from the findings on its elements are those of package timescale
// ([timescale.Findings.Outcome]).
//
// # Counting rules
//
// The report counts the records of the social services procedures,
// complaints and children's representations (timescale.SocialServices; a
// record with no procedure is a social services complaint). A council's
// other records in the same case file, such as its corporate complaints,
// are left out, and a note says how many ([Aggregator.Procedures] chooses
// other procedures).
//
// Every figure for a year counts the records received in it (by London
// date), whenever the later events happened: a complaint received on
// 31 March 2015 and answered on 29 April 2015 is counted, with its
// response time, in 2014-2015. The regime of a complaint is fixed by its
// date of receipt ([timescale.Table.RegimeFor]) and its response times are
// banded by that regime ([timescale.RegimeInfo.BandFor]).
//
// A complaint is classified once, in this order of precedence:
//
//   - taken to stage 2: it has a stage 2 request (whatever else happened,
//     including a later withdrawal);
//   - resolved at stage 1: it has a stage 1 response and no stage 2
//     request;
//   - withdrawn: it has neither and was withdrawn;
//   - open: it has neither and was not withdrawn.
//
// The four classes add up to the complaints of the year; the Aggregator
// still checks that they do, on its tallies, and reports a warning if not.
//
// # Glossary
//
//   - finding: what was decided on one element of a complaint at its last
//     stage: upheld, partially-upheld, not-upheld or no-finding.
//   - outcome: the finding of a whole complaint, derived from its elements.
//   - response table: the complaints of one regime that had a response at
//     one stage, banded by working days taken ([ResponseTable]).
//   - notice: a note or warning about the figures, with a stable code and
//     the ids concerned ([Notice]).
package outcome
