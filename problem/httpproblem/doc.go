// Package httpproblem answers an HTTP request that a service of this
// module refuses with an RFC 9457 problem document
// (application/problem+json), made from the library's own errors and
// problems.
//
// An [Error] is a refused request as a handler returns it: the HTTP status,
// the code of the first problem and every problem listed, in English. It is
// made from a typed error of the library ([FromError]: a
// *timescale.ValidationError lists every problem of a case by its field),
// from problems with the fields of a request ([FromFields], [FromProblem]),
// from the problems at the lines of a case file ([FromLines], at most
// [MaxListed] of them, with the count of all), or with a detail of the
// service's own ([New]). The status of a problem is that of its code,
// given by one table ([StatusOf]): 400 Bad Request for a value of the
// request that cannot be read or is missing, 404 Not Found for a period
// that has no records, 422 Unprocessable Content for a value that is read
// but cannot be answered, and for every problem of a file in a request's
// body.
//
// [Error.In] gives the [Document] in a language of package lang: its
// detail and the messages of its problems in Welsh, or in Welsh and
// English, as [lang.Message] gives them; the title stays in English.
// [Document.Write] writes it as an answer.
//
// A Document is a plain value: it marshals to JSON and back unchanged. Its
// members are those of RFC 9457 (type, title, status, detail) and the
// module's own: code, the problems listed (by field, or by line and
// column), problem_count when more problems were found than are listed,
// the warnings of a case file and their warning_count, and, beside the
// problems of a case file, the answer its good rows make: rows, report,
// due or return. The type of a code of package problem is the address of
// its row in the table of codes the module publishes ([TypeBase]); the
// type of any other code, a service's own, is "about:blank" and its title
// the text of its status.
package httpproblem
