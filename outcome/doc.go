// Package outcome turns evaluated case records into the annual report on
// social services complaints that SPEC section 5 describes, table for table
// with the seed report (Monmouthshire, children's services, 2014-15).
//
// It provides:
//
//   - the findings of SPEC section 5 (timescale.Finding, timescale.ParseFinding) and the rule
//     that derives a complaint's own outcome from the findings on its
//     elements (Of);
//   - reporting years, 1 April to 31 March (Year, ParseYear, YearOf);
//   - an Aggregator, fed one evaluated record at a time, whose memory is
//     bounded by the number of reporting years and not by the number of
//     records, and the Report it produces for one year;
//   - renderings of a Report as text laid out like the seed (WriteText),
//     as Markdown (WriteMarkdown), as a long-format CSV (WriteCSV) and as
//     the JSON object of SPEC section 7 (encoding/json and the struct
//     tags).
//
// # Counting rules
//
// Every figure for a year counts the records received in it (by London
// date, SPEC section 5), whenever the later events happened: a complaint
// received on 31 March 2015 and answered on 29 April 2015 is counted, with
// its response time, in 2014-2015. The regime of a complaint is fixed by
// its date of receipt (timescale.RegimeFor) and its response times are
// banded by that regime (timescale.BandFor).
//
// A complaint is classified once, in this order of precedence:
//
//   - taken to stage 2: it has a stage 2 request (whatever else happened,
//     including a later withdrawal);
//   - resolved at stage 1: it has a stage 1 response and no stage 2
//     request (SPEC section 6);
//   - withdrawn: it has neither and was withdrawn;
//   - open: it has neither and was not withdrawn.
//
// The four classes add up to the complaints of the year; the Aggregator
// still checks that they do, on its tallies, and reports a warning if not.
package outcome
