package calendar

import "strconv"

// An AddResult is the answer to "the nth working day after a date", as
// [Calendar.Add] gives it.
type AddResult struct {
	// Date is the nth working day after the date (before it when n is
	// negative; the date itself when n is 0).
	Date Date `json:"date"`
	// Provisional reports that the date counted from or Date is in a year
	// after the last one of the official list ([Calendar.IsProvisional]):
	// a bank holiday proclaimed later may still move the answer.
	Provisional bool `json:"provisional"`
}

// Add returns the nth working day after d, as [Calendar.AddWorkingDays]
// does, and whether the answer is provisional. The error is that of
// AddWorkingDays.
func (c *Calendar) Add(d Date, n int) (AddResult, error) {
	due, err := c.AddWorkingDays(d, n)
	if err != nil {
		return AddResult{}, err
	}
	return AddResult{Date: due, Provisional: c.IsProvisional(d) || c.IsProvisional(due)}, nil
}

// A CountResult is the answer to "how many working days from one date to
// another", as [Calendar.Count] gives it.
type CountResult struct {
	// WorkingDays counts the working days d with from < d <= to; it is
	// negative when to is before from.
	WorkingDays int `json:"working_days"`
	// Provisional reports that from or to is in a year after the last one
	// of the official list ([Calendar.IsProvisional]).
	Provisional bool `json:"provisional"`
}

// Count returns the working days from from to to, as
// [Calendar.WorkingDaysBetween] counts them, and whether the answer is
// provisional. The error is that of WorkingDaysBetween.
func (c *Calendar) Count(from, to Date) (CountResult, error) {
	n, err := c.WorkingDaysBetween(from, to)
	if err != nil {
		return CountResult{}, err
	}
	return CountResult{WorkingDays: n, Provisional: c.IsProvisional(from) || c.IsProvisional(to)}, nil
}

// ProvisionalNote returns the remark for people on a result that depends
// on a year after lastOfficialYear, the last year of the official list of
// bank holidays ([Calendar.LastOfficialYear]): "holidays after 2028, the
// last year of the official list, are projected from the standing rules: a
// one-off bank holiday may still be proclaimed".
func ProvisionalNote(lastOfficialYear int) string {
	return "holidays after " + strconv.Itoa(lastOfficialYear) + ", the last year of the official list, are projected from the standing rules: a one-off bank holiday may still be proclaimed"
}
