package httpproblem_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
)

func TestStatusOfGivesEachCodeItsStatus(t *testing.T) {
	tests := []struct {
		code problem.Code
		want int
	}{
		{problem.NotADate, http.StatusBadRequest},
		{problem.InvalidDate, http.StatusBadRequest},
		{problem.NotANumber, http.StatusBadRequest},
		{problem.Required, http.StatusBadRequest},
		{problem.NotAYear, http.StatusBadRequest},
		{problem.NotAPeriod, http.StatusBadRequest},
		{problem.YearAndPeriod, http.StatusBadRequest},
		{problem.NotAPopulation, http.StatusBadRequest},
		{problem.UnknownFormat, http.StatusBadRequest},
		{problem.UnknownLanguage, http.StatusBadRequest},
		{problem.MalformedJSON, http.StatusBadRequest},
		{problem.UnknownField, http.StatusBadRequest},

		{problem.NoRecordsInYear, http.StatusNotFound},
		{problem.NoRecordsInPeriod, http.StatusNotFound},

		{problem.DateOutOfRange, http.StatusUnprocessableEntity},
		{problem.UnknownValue, http.StatusUnprocessableEntity},
		{problem.NegativeCount, http.StatusUnprocessableEntity},
		{problem.BeforeFirstRegime, http.StatusUnprocessableEntity},
		{problem.EventBeforeReceipt, http.StatusUnprocessableEntity},
		{problem.EventOutOfOrder, http.StatusUnprocessableEntity},
		{problem.MissingPrerequisite, http.StatusUnprocessableEntity},
		{problem.StageNotInRegime, http.StatusUnprocessableEntity},
		{problem.NotAComplaint, http.StatusUnprocessableEntity},
		{problem.DeadlineMismatch, http.StatusUnprocessableEntity},
		{problem.EventInTheFuture, http.StatusUnprocessableEntity},
		{problem.PeriodNotBegun, http.StatusUnprocessableEntity},
		{problem.NegativeDays, http.StatusUnprocessableEntity},
		{problem.EventYearsAfterReceipt, http.StatusUnprocessableEntity},
		{problem.FormulaLikeValue, http.StatusUnprocessableEntity},
		{problem.HolidayFileMalformed, http.StatusUnprocessableEntity},
		{problem.HolidayOutOfRange, http.StatusUnprocessableEntity},
		{problem.HolidayRemoved, http.StatusUnprocessableEntity},
		{problem.HolidayMoved, http.StatusUnprocessableEntity},
		{problem.PolicyMalformed, http.StatusUnprocessableEntity},
		{problem.PolicyUnknownProcedure, http.StatusUnprocessableEntity},
		{problem.PolicyUnknownMilestone, http.StatusUnprocessableEntity},
		{problem.PolicyDaysOutOfRange, http.StatusUnprocessableEntity},
		{problem.PolicyMissingValue, http.StatusUnprocessableEntity},
		{problem.PolicyDuplicateTarget, http.StatusUnprocessableEntity},
		{problem.PolicyNotOptional, http.StatusUnprocessableEntity},
		{problem.EmptyFile, http.StatusUnprocessableEntity},
		{problem.NotUTF8, http.StatusUnprocessableEntity},
		{problem.MalformedCSV, http.StatusUnprocessableEntity},
		{problem.UnknownColumn, http.StatusUnprocessableEntity},
		{problem.UnnamedColumn, http.StatusUnprocessableEntity},
		{problem.DuplicateColumn, http.StatusUnprocessableEntity},
		{problem.MissingColumn, http.StatusUnprocessableEntity},
		{problem.WrongFieldCount, http.StatusUnprocessableEntity},
		{problem.DuplicateID, http.StatusUnprocessableEntity},
		{problem.NotACount, http.StatusUnprocessableEntity},
		{problem.Unwritable, http.StatusUnprocessableEntity},
		{problem.LineTooLong, http.StatusUnprocessableEntity},

		{"a-code-of-a-service", http.StatusUnprocessableEntity},
	}
	rows := map[problem.Code]bool{}
	for _, tt := range tests {
		rows[tt.code] = true
		t.Run(string(tt.code)+" is answered "+http.StatusText(tt.want), func(t *testing.T) {
			require.Equal(t, tt.want, httpproblem.StatusOf(tt.code))
		})
	}
	for _, in := range problem.Codes() {
		t.Run("the code "+string(in.Code)+" has a row of this test", func(t *testing.T) {
			require.True(t, rows[in.Code], "add a row for %s to this test, and to the table of StatusOf", in.Code)
		})
	}
}
