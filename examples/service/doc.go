// Command service is an example of the statutory module embedded in a Go
// program: an HTTP JSON service over the working-day calendar of Wales, the
// deadlines of one complaint, the assessment of a case file and the annual
// report. Beside the module it uses only the standard library (net/http,
// log/slog), and it answers with the same JSON (and CSV) as the reference
// command-line tool, examples/complaints, because both print what the
// library's encoders write.
//
// Usage:
//
//	go run ./examples/service [--addr 127.0.0.1:8080] [--max-body 33554432]
//	                          [--shutdown-timeout 30s] [--log-level info]
//
// The calendar and the rule table are built before the server listens.
// SIGINT and SIGTERM stop it: it stops accepting connections, lets the
// requests in flight finish (for at most --shutdown-timeout) and exits
// with status 0; it exits with status 1 when it cannot listen or the
// requests do not finish in time, and 2 for a flag it cannot read.
//
// # Endpoints
//
// Dates are written YYYY-MM-DD. A date left out that the command-line tool
// takes as today (as_of, the year of the holiday list) is today's date in
// Europe/London when the request arrives.
//
//	GET  /healthz
//	    200 {"status": "ok", "calendar_version": "..."}
//	GET  /v1/holidays?from=D&to=D
//	    the weekdays from D to D that are not working days, as
//	    "complaints holidays --format json" prints them; from defaults to
//	    1 January and to to 31 December of the year of the other, or of
//	    this year
//	GET  /v1/workdays/add?from=D&n=N
//	    {"date": "YYYY-MM-DD", "provisional": false}: the Nth working day
//	    after D (D not counted; N < 0 counts back)
//	GET  /v1/workdays/count?from=D&to=D
//	    {"working_days": N, "provisional": false}: the working days d with
//	    from < d <= to (negative when to is before from)
//	POST /v1/deadlines
//	    a JSON object, the form of timescale.Query: received (required),
//	    acknowledged, discussed, stage2_requested, matter, procedure,
//	    as_of and deem_next_working_day; any other member is refused.
//	    The answer is the schedule, as "complaints deadlines --format json"
//	    prints it.
//	POST /v1/assess?as_of=D&deem_next_working_day=true&partial=true
//	    a case file (CSV) as the body; the rows as
//	    "complaints assess --format json" prints them, or as
//	    "--format csv" prints them when the request has Accept: text/csv
//	POST /v1/report?year=YYYY-YYYY&as_of=D&partial=true
//	    a case file as the body; the annual report for the year (default:
//	    the latest in the file) as "complaints report --format json"
//	    prints it
//
// A "provisional" member is true when the answer involves a year whose
// bank holidays are not yet officially published.
//
// # Errors
//
// Every error is an RFC 9457 problem document, Content-Type
// application/problem+json:
//
//	{
//	  "type": "https://github.com/cymru-complaints/statutory/blob/main/docs/problems.md#date-out-of-range",
//	  "title": "The date, or a deadline counted from it, falls outside ...",
//	  "status": 422,
//	  "detail": "from: 2100-01-05 is outside the supported range 1974-01-01 to 2099-12-31",
//	  "code": "date-out-of-range",
//	  "problems": [{"code": "date-out-of-range", "field": "from", "message": "..."}]
//	}
//
// code is the stable code of the first problem: a code of package problem
// (listed in docs/problems.md, whose address type gives), or one of the
// service's own codes below, whose type is "about:blank" and whose title is
// the HTTP status text. problems lists every problem: with a field (a query
// parameter or a member of the JSON body) for a request, and with a line
// and, unless the whole row is at fault, a column for a case file. When a
// case file has more than 1000 problems, the first 1000 are listed and
// problem_count gives them all.
//
// The statuses:
//
//	400  the request cannot be read: JSON that is not the object wanted
//	     (malformed-json, unknown-field), a date that is not a date
//	     (not-a-date), a year that is not a reporting year (not-a-year),
//	     a query parameter not accepted (unknown-parameter) or not
//	     readable (invalid-parameter), a value required and missing
//	     (required), a body that cannot be read to its end
//	     (unreadable-body)
//	404  no such path (not-found); a reporting year the case file does
//	     not hold, or no records at all (no-records-in-year)
//	405  a method the path does not take (method-not-allowed), with Allow
//	413  a body larger than --max-body (body-too-large)
//	422  a request understood but not answerable: a date outside 1974 to
//	     2099 (date-out-of-range), a complaint received before 1 April 2006
//	     (before-first-regime), events out of order, or bad rows in a case
//	     file (any code of package problem)
//	500  a bug (internal-error), logged with its cause
//
// # Partial answers
//
// A case file with bad rows gets 422 and the problems of those rows. With
// partial=true the good rows are still assessed and the answer carries
// them beside the problems, as members of the problem document: "rows", the
// list "complaints assess --format json" prints (always JSON here, even
// for Accept: text/csv), or "report", the report of the good rows:
//
//	{"type": ..., "title": ..., "status": 422, "detail": ..., "code": "not-a-date",
//	 "problems": [{"line": 3, "column": "received", "code": "not-a-date", "message": "..."}],
//	 "rows": [{"id": "C-1", ...}, ...]}
//
// The command-line tool prints the same rows (or report) on standard
// output and the same problems on standard error.
//
// # Limits
//
// A request body may hold --max-body bytes (32 MiB, about 300,000 rows of
// a case file); the headers 64 KiB. The server waits 10 seconds for the
// headers of a request and 2 minutes for its body, takes at most 2
// minutes to write an answer, and closes a keep-alive connection idle for
// 2 minutes. A case file is read as it arrives, in memory bounded by the
// rows it has (the answer is built before it is sent, so that its status
// can reflect every row).
package main
