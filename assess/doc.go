// Package assess evaluates a whole case file, record by record, and gives
// one row per complaint: the due date of its stage 1 and stage 2
// responses, the working days each took, their response-time bands,
// whether each was in time, and the complaint's status.
//
// Each reads a case file from any io.Reader, in bounded memory (apart from
// the ids the duplicate check remembers), parsing on one goroutine while
// evaluating on the caller's, and hands every row to a function: a record
// with its assessment, or the line-numbered problems (with their codes)
// that kept it from being read or evaluated. A [Summary] gathers what the
// rows met besides their assessments (problems, warnings, events set aside),
// listing at most [Summary.MaxListed] problems and warnings when a bound
// is set. RowOf turns an assessment
// into a Row, and NewWriter writes rows as CSV, JSON or text: the reference
// command-line tool and the example HTTP service both print what these
// writers write.
package assess
