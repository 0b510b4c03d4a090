package timescale

import (
	"github.com/cymru-complaints/statutory/calendar"
)

// ombudsmanBands are the complaint-handling bands of the Public Services
// Ombudsman for Wales (reported beside the regime's own bands), the
// same for every regime and stage. Max is the largest number of working
// days in the first band; the others are measured in calendar months.
var ombudsmanBands = [...]Band{
	{Label: "0-20wd", Max: 20, Title: "Within 20 working days"},
	{Label: "21wd-3m", Max: -1, Title: "21 working days to 3 months"},
	{Label: "3m-6m", Max: -1, Title: "3 to 6 months"},
	{Label: "6m+", Max: -1, Title: "Over 6 months"},
}

// OmbudsmanBands returns the complaint-handling bands of the Public
// Services Ombudsman for Wales, in order: within 20 working days, 21
// working days to 3 months, 3 to 6 months, over 6 months.
func OmbudsmanBands() []Band { return append([]Band(nil), ombudsmanBands[:]...) }

// OmbudsmanBandFor returns the label of the Ombudsman's complaint-handling
// band of a response begun on from (never counted) and made on done, which
// took workingDays working days: "0-20wd" for at most 20 working days;
// otherwise "21wd-3m" when done is no later than the same date three
// months after from, "3m-6m" when no later than six months after it, and
// "6m+" beyond. Months end on the same date (31 August plus three months is
// 30 November), as for the TIME-LIMIT rule. It returns "" when done is
// before from or workingDays is negative.
func OmbudsmanBandFor(from, done calendar.Date, workingDays int) string {
	switch {
	case done.Before(from) || workingDays < 0:
		return ""
	case workingDays <= ombudsmanBands[0].Max:
		return ombudsmanBands[0].Label
	case !done.After(PeriodEnd(SameDateLater, from, 3)):
		return ombudsmanBands[1].Label
	case !done.After(PeriodEnd(SameDateLater, from, 6)):
		return ombudsmanBands[2].Label
	default:
		return ombudsmanBands[3].Label
	}
}
