package httpproblem

import (
	"net/http"

	"github.com/cymru-complaints/statutory/problem"
)

// statuses is the table of the HTTP status of each code of package
// problem, read by StatusOf. A new code is a row here.
var statuses = map[problem.Code]int{
	// What cannot be read as what it should be, or is missing: 400.
	problem.NotADate:        http.StatusBadRequest,
	problem.InvalidDate:     http.StatusBadRequest,
	problem.NotANumber:      http.StatusBadRequest,
	problem.Required:        http.StatusBadRequest,
	problem.NotAYear:        http.StatusBadRequest,
	problem.NotAPeriod:      http.StatusBadRequest,
	problem.YearAndPeriod:   http.StatusBadRequest,
	problem.NotAPopulation:  http.StatusBadRequest,
	problem.UnknownFormat:   http.StatusBadRequest,
	problem.UnknownLanguage: http.StatusBadRequest,
	problem.MalformedJSON:   http.StatusBadRequest,
	problem.UnknownField:    http.StatusBadRequest,

	// A period asked for that holds no records: 404.
	problem.NoRecordsInYear:   http.StatusNotFound,
	problem.NoRecordsInPeriod: http.StatusNotFound,

	// What is read but cannot be answered: 422.
	problem.DateOutOfRange:      http.StatusUnprocessableEntity,
	problem.UnknownValue:        http.StatusUnprocessableEntity,
	problem.NegativeCount:       http.StatusUnprocessableEntity,
	problem.BeforeFirstRegime:   http.StatusUnprocessableEntity,
	problem.EventBeforeReceipt:  http.StatusUnprocessableEntity,
	problem.EventOutOfOrder:     http.StatusUnprocessableEntity,
	problem.MissingPrerequisite: http.StatusUnprocessableEntity,
	problem.StageNotInRegime:    http.StatusUnprocessableEntity,
	problem.NotAComplaint:       http.StatusUnprocessableEntity,
	problem.DeadlineMismatch:    http.StatusUnprocessableEntity,
	problem.EventInTheFuture:    http.StatusUnprocessableEntity,
	problem.PeriodNotBegun:      http.StatusUnprocessableEntity,
	problem.NegativeDays:        http.StatusUnprocessableEntity,

	// Warnings, should one be refused: 422.
	problem.EventYearsAfterReceipt: http.StatusUnprocessableEntity,
	problem.FormulaLikeValue:       http.StatusUnprocessableEntity,

	// Files in a request's body (a case file, a holiday file, a policy),
	// read as a whole and answered with every problem listed: 422.
	problem.HolidayFileMalformed:   http.StatusUnprocessableEntity,
	problem.HolidayOutOfRange:      http.StatusUnprocessableEntity,
	problem.HolidayRemoved:         http.StatusUnprocessableEntity,
	problem.HolidayMoved:           http.StatusUnprocessableEntity,
	problem.PolicyMalformed:        http.StatusUnprocessableEntity,
	problem.PolicyUnknownProcedure: http.StatusUnprocessableEntity,
	problem.PolicyUnknownMilestone: http.StatusUnprocessableEntity,
	problem.PolicyDaysOutOfRange:   http.StatusUnprocessableEntity,
	problem.PolicyMissingValue:     http.StatusUnprocessableEntity,
	problem.PolicyDuplicateTarget:  http.StatusUnprocessableEntity,
	problem.PolicyNotOptional:      http.StatusUnprocessableEntity,
	problem.EmptyFile:              http.StatusUnprocessableEntity,
	problem.NotUTF8:                http.StatusUnprocessableEntity,
	problem.MalformedCSV:           http.StatusUnprocessableEntity,
	problem.UnknownColumn:          http.StatusUnprocessableEntity,
	problem.UnnamedColumn:          http.StatusUnprocessableEntity,
	problem.DuplicateColumn:        http.StatusUnprocessableEntity,
	problem.MissingColumn:          http.StatusUnprocessableEntity,
	problem.WrongFieldCount:        http.StatusUnprocessableEntity,
	problem.DuplicateID:            http.StatusUnprocessableEntity,
	problem.NotACount:              http.StatusUnprocessableEntity,
	problem.Unwritable:             http.StatusUnprocessableEntity,
	problem.LineTooLong:            http.StatusUnprocessableEntity,
}

// StatusOf returns the HTTP status of an answer to a request with a
// problem of code c: 400 Bad Request for a value that cannot be read as
// what it should be (a date, a number, a year, a period, a population, a
// format, a language), a value required and missing, or a year and a
// period of a report given together where one is wanted; 404 Not Found
// for a year or period asked for that holds no records; 422 Unprocessable
// Content for every other code of package problem, a value read that
// cannot be answered, and for a code package problem does not list.
func StatusOf(c problem.Code) int {
	if s, ok := statuses[c]; ok {
		return s
	}
	return http.StatusUnprocessableEntity
}
