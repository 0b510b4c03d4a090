// Command service is an example of the statutory module embedded in a Go
// program: an HTTP JSON service over the working-day calendar of Wales, the
// deadlines of one complaint, the assessment of a case file, the due list,
// the annual report and the Ombudsman's return. Beside the module it uses only the standard library (net/http,
// log/slog), and it answers with the same JSON (and CSV) as the reference
// command-line tool, examples/complaints, because both print what the
// library's encoders write.
//
// Usage:
//
//	go run ./examples/service [--addr 127.0.0.1:8080] [--max-body 33554432]
//	                          [--shutdown-timeout 30s] [--log-level info]
//	                          [--holidays FILE] [--policy FILE]
//
// The calendar and the rule table are built before the server listens.
// --holidays FILE applies holiday data on top of the embedded record, as
// the command-line tool's flag does (calendar.WalesWith): GOV.UK's
// bank-holidays.json as downloaded, or a CSV file with the header
// date,title. A file that cannot be read, or that would remove or move an
// official date, stops the service at start with one line saying why and
// exit status 1.
// --policy FILE reads a council's policy file (docs/policy.md, package
// policy) as the command-line tool's flag does: its local targets, set
// beside the statutory timescales, are applied by every endpoint that
// evaluates complaints (deadlines, assess, due, report and return), and
// the optional rules it switches off are left out. A policy file with
// problems stops the service at start, before it listens, with each
// problem on a line of its own as FILE:LINE: field: message (one line
// saying why for a file that cannot be read) and exit status 1, as a bad
// --holidays file does.
// SIGINT and SIGTERM stop it: it stops accepting connections, lets the
// requests in flight finish (for at most --shutdown-timeout) and exits
// with status 0; it exits with status 1 when it cannot listen or the
// requests do not finish in time, and 2 for a flag it cannot read.
//
// # Endpoints
//
// Dates are written YYYY-MM-DD. A date left out that the command-line tool
// takes as today (as_of, the year of the holiday list) is today's date in
// Europe/London when the request arrives; then, as with the command-line
// tool without --as-of, an event dated after today is a problem
// (event-in-the-future, timescale.Engine.RefuseFuture), where with as_of
// it is set aside as not yet happened.
//
// Every endpoint takes lang (below). A parameter given twice, or one the
// endpoint does not take, is refused (400).
//
//	GET  /?received=D&acknowledged=D&discussed=D&stage2_requested=D&as_of=D&deem=on&lang=L
//	    the calculator, a page for people (package page): a form that
//	    submits to this address with GET, so that it works without
//	    JavaScript and a result has an address to share, and the
//	    deadlines of what it was given, each drawn as a month calendar of
//	    the days counted and skipped. Dates may be written YYYY-MM-DD or
//	    DD/MM/YYYY. What cannot be answered is said beside its field, in
//	    plain words, with status 422; a query longer than 4096 bytes, or
//	    one that gives a parameter twice or cannot be read, is a 400 page.
//	    Parameters the form does not have are ignored. An unknown lang
//	    gives the page in English with a note saying so (where the API
//	    answers 400).
//	GET  /healthz
//	    200 {"status": "ok", "calendar_version": "..."}
//	GET  /v1/holidays?from=D&to=D
//	    the weekdays from D to D that are not working days, as
//	    "complaints holidays --format json" prints them; from defaults to
//	    1 January and to to 31 December of the year of the other, or of
//	    this year. A day added by --holidays has "source", the name of the
//	    file it came from (calendar.Holiday.Source); a day of the embedded
//	    record has no "source" member (the empty source).
//	GET  /v1/workdays/add?from=D&n=N
//	    {"date": "YYYY-MM-DD", "provisional": false}: the Nth working day
//	    after D (D not counted; N < 0 counts back)
//	GET  /v1/workdays/count?from=D&to=D
//	    {"working_days": N, "provisional": false}: the working days d with
//	    from < d <= to (negative when to is before from)
//	POST /v1/deadlines
//	    a JSON object, the form of timescale.Query: received (required),
//	    acknowledged, discussed, stage2_requested, matter, procedure,
//	    resolved_locally, transition, as_of and deem_next_working_day; any
//	    other member is refused, and so is a member given twice or named
//	    in another case ("Received"), and null instead of the object; null
//	    for a member is the member left out. The body is read as JSON
//	    whatever its Content-Type (curl -d calls it a form), in UTF-8 (a
//	    byte-order mark before it is passed over): UTF-16, or bytes that
//	    are not UTF-8 whatever charset the Content-Type names, are
//	    refused (400). The answer is the schedule, as
//	    "complaints deadlines --format json" prints it, or as the text of
//	    "complaints deadlines --lang L" for Accept: text/plain
//	POST /v1/assess?as_of=D&owner=NAME
//	    a case file (CSV) as the body; the rows as
//	    "complaints assess --format json" prints them; as "--format csv"
//	    for Accept: text/csv, "--format text" for text/plain, and
//	    "--format ics" for text/calendar (with remind=N and
//	    include_closed=true as --remind and --include-closed)
//	POST /v1/due?as_of=D&within=N&owner=NAME
//	    a case file as the body; the deadlines overdue or due within N
//	    working days (default 5) as "complaints due --format json" prints
//	    them; csv, text and ics for Accept: text/csv, text/plain and
//	    text/calendar, with remind=N and include_closed=true for ics;
//	    all_parties=true as --all-parties
//	POST /v1/report?year=YYYY-YYYY&period=P&as_of=D&format=F
//	    a case file as the body; the annual report for the year (default:
//	    the latest in the file) as "complaints report --format F" prints
//	    it: json (the default), text, markdown, csv or html (one
//	    self-contained page with charts, package page, as
//	    "complaints report --format html" writes it). period, instead of
//	    year, reports on a half or a quarter of the financial year
//	    (2024-H1, 2024-Q3) or a year (2024-2025), as --period does (an
//	    empty year or period is one not given, as on the command line); a
//	    period the file holds no record of is a 404
//	    (no-records-in-period)
//	POST /v1/return?period=P&procedures=LIST&population=N&format=F
//	    a case file as the body; the complaints figures of one period for
//	    the Ombudsman (package returns) as
//	    "complaints return - --period P --format F" prints them: json
//	    (the default), csv or text (in Welsh, the English marked as
//	    untranslated, as --lang cy writes it). period is required: a
//	    quarter of the financial year such as 2024-Q3 (October to
//	    December 2024), a half such as 2024-H1 or a year such as
//	    2024-2025. procedures lists the procedures counted, separated by
//	    commas, of complaint, representation and corporate (default: all);
//	    population is the number of residents, for the rate per 1,000.
//	    The figures are as known on the period's last day, or today if
//	    the period has not ended (returns.OnDate): events dated after it
//	    are set aside, not refused, and the endpoint takes no as_of,
//	    deem_next_working_day or transition, as the command has none. A
//	    period that has not begun is a 422 (period-not-begun) before the
//	    body is read.
//
// The endpoints that read a case file (but /v1/return) also take
// deem_next_working_day and transition (keep-regime or
// stage2-by-request-date), as the flags of the same names; all take
// strict=true, which refuses a header naming a column the case
// file does not have, where by default the file is read leniently, as the
// command-line tool reads it (casefile.Reader.Lenient), the column
// ignored with a warning; partial=true (below); and warnings=true (below).
// remind and include_closed for an answer that is not a calendar file, or
// warnings=true for one that is not JSON, are refused (400).
//
// A case file is the body as it is, whatever its Content-Type (curl's
// --data-binary calls it a form), or, sent as multipart/form-data as a
// browser's form uploads a file, the file of the form, its first part; the
// parameters go in the query, and a field of the form before the file is
// refused (400). Any body may be compressed with gzip (Content-Encoding:
// gzip).
//
// # Warnings
//
// A case file read with warnings (an unknown column ignored, an id like a
// spreadsheet formula, an event dated years after receipt) is answered as
// the command-line tool prints it on standard output, unchanged, with the
// header Case-File-Warnings: N, the number of warnings (the tool prints
// them on standard error). With warnings=true the JSON answer is wrapped:
//
//	{"warnings": [{"line": 2, "column": "id", "code": "formula-like-value",
//	  "message": "...", "warning": true}, ...],
//	 "set_aside": 0, "not_yet_received": 0,
//	 "result": <the answer without warnings=true>}
//
// where set_aside counts the events dated after as_of, set aside as not
// yet happened, and not_yet_received the records received after it, left
// out (the tool's notes); at most 1000 warnings are listed, and
// warning_count then gives them all. A problem document of a case file
// lists its warnings too, in a member "warnings".
//
// # Languages
//
// The words for people of an answer (the detail and messages of a problem,
// a text, Markdown or HTML answer) are in the language of the lang
// parameter, en, cy or cy+en as --lang takes them, or else of the
// Accept-Language header: Welsh when it prefers cy (cy, cy-GB, q-values
// weighed), English otherwise; a header never asks for both languages.
// Welsh is written only where a source gives it (package lang), other
// English marked [en: ...]; a problem's title stays in English. JSON and
// CSV data are the same in every language. An answer in Welsh has
// Content-Language: cy (cy, en for both), every answer Vary:
// Accept-Language, and an answer whose media type follows Accept
// (deadlines, assess, due) Vary: Accept too, whether or not the request
// had one. A + in a query is read as a space, so lang=cy+en may be
// written so or as lang=cy%2Ben: a space in lang is read as the + it was.
// An unknown lang is a 400 (unknown-language) naming the
// languages, since an API client that sends one has a bug to fix.
//
// A "provisional" member is true when the answer involves a year whose
// bank holidays are not yet officially published.
//
// # Errors
//
// Every error is an RFC 9457 problem document, Content-Type
// application/problem+json, made and written by package
// problem/httpproblem, which a council's own Go service can use the same
// way:
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
//	     a period that is not one (not-a-period), a procedure that is
//	     not one (unknown-value), a population that is not a number of
//	     residents (not-a-population),
//	     a query parameter not accepted (unknown-parameter) or not
//	     readable (invalid-parameter), a value required and missing
//	     (required), a body that cannot be read to its end
//	     (unreadable-body): one that is not gzip data as its
//	     Content-Encoding says, a form with no file or with a field
//	     before it
//	404  no such path (not-found): paths are matched as written, in
//	     lower case, with no slash at the end and none doubled, and an
//	     escaped / (%2F) is part of its segment, not a separator; a
//	     reporting year the case file does
//	     not hold, or no records at all (no-records-in-year); a half or
//	     a quarter it does not hold (no-records-in-period)
//	405  a method the path does not take (method-not-allowed), with Allow
//	     (OPTIONS of a path is answered 204 with the same Allow)
//	408  a body that had not all arrived 2 minutes after the request
//	     began (request-timeout); the connection is closed after it
//	413  a body larger than --max-body (body-too-large), as sent or
//	     once decoded from gzip
//	415  a body of a Content-Encoding other than gzip
//	     (unsupported-content-encoding), with Accept-Encoding: gzip
//	422  a request understood but not answerable: a date outside 1974 to
//	     2099 (date-out-of-range), a complaint received before 1 April 2006
//	     (before-first-regime), a return of a period not yet begun
//	     (period-not-begun), events out of order, or bad rows in a case
//	     file (any code of package problem)
//	500  a bug (internal-error), logged with its cause
//
// # Partial answers
//
// A case file with bad rows gets 422 and the problems of those rows. With
// partial=true the good rows are still assessed and the answer carries
// them beside the problems, as members of the problem document: "rows", the
// list "complaints assess --format json" prints (always JSON here, even
// for Accept: text/csv), "report", the report of the good rows, "due",
// the due list of the good rows, or "return", the return of the good rows
// (none when not a row is good: no figures, rather than a return of
// zeros):
//
//	{"type": ..., "title": ..., "status": 422, "detail": ..., "code": "not-a-date",
//	 "problems": [{"line": 3, "column": "received", "code": "not-a-date", "message": "..."}],
//	 "rows": [{"id": "C-1", ...}, ...]}
//
// The command-line tool prints the same rows (or report, or return) on standard
// output and the same problems on standard error.
//
// # Limits
//
// A request body may hold --max-body bytes (32 MiB, about 300,000 rows of
// a case file); the request line and headers 256 KiB (net/http answers a
// longer one itself, 431), so that a page can refuse a long query with a
// page of its own. The server waits 10 seconds for the
// headers of a request and 2 minutes for the whole request with its body,
// takes at most 2 minutes to write an answer, and closes a keep-alive
// connection idle for 2 minutes. A request whose body has not all arrived
// in time is answered 408 (request-timeout), and its connection closed;
// one whose headers have not is closed without an answer.
// A case file is read as it arrives, in memory bounded by the
// rows it has (the answer is built before it is sent, so that its status
// can reflect every row). A body refused before its end (a header that
// cannot be used, a parameter refused) is still read to its end, up to
// --max-body, before the answer is sent, so that a client still sending it
// gets the answer rather than a reset connection, and the next request on
// a keep-alive connection gets its own. A client that sent Expect:
// 100-continue is asked for the body (100 Continue) only when the
// endpoint reads it: one refused before (a path, a method or a parameter)
// gets the answer instead and the connection is closed, its body never
// sent. A body whose chunks (Transfer-Encoding: chunked) cannot be read
// is a 400 (unreadable-body) that closes the connection.
//
// # Speed
//
// POST /v1/deadlines, for a complaint received in the week of the 2022
// State Funeral and taken to stage 2 (an answer of 13.8 kB), measured with
// 32 clients at once, each on its own keep-alive connection over loopback,
// on a 2-core machine with nothing else running: five runs on 2 December
// 2026 answered 9,000 to 12,600 requests/s, with a median of 10,400
// requests/s, p50 2.8 ms and p99 8.8 ms (p99 7.2 to 9.2 ms over the five).
// Four of the five were above 10,000 requests/s with a p99 under 10 ms.
// Before the library had its own encoder, the service gave 3,100 to 4,100
// requests/s (p99 24 to 30 ms) on the same machine, then shared.
//
//	go test -run '^$' -bench Loopback -benchtime 20000x -count 5 ./examples/service
//
// The library's own share of a request, evaluating the query
// (timescale.Engine.Deadlines, 13 to 15 µs) and encoding the schedule
// (timescale.Schedule.AppendJSON, 13 to 15 µs, no allocation), took 31 to
// 36 µs and 11 allocations in the same quiet run (17 µs once, earlier
// that day, when the host was faster); encoding the same schedule with
// encoding/json took 96 to 117 µs and 106 allocations on its own.
//
//	go test -run '^$' -bench LibraryShare -benchmem -count 3 ./examples/service
package main
