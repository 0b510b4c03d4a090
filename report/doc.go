// Package report writes the annual report of package outcome in each of its
// formats, from one table: text laid out like a council's report, Markdown,
// a long-format CSV, JSON and a self-contained HTML page with charts.
//
// A program that makes reports, such as the reference command-line tool
// (complaints report) or a web service, reads the format asked for with
// [ParseFormat], asks an [outcome.Aggregator] for the report with
// [outcome.Aggregator.ReportFor] (the latest reporting year when none is
// asked for) and writes it with [Write]; [Format.MediaType] is the media
// type of an HTTP answer in the format. Every program that does so writes
// the same bytes for the same report.
package report
