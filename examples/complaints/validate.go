package main

import (
	"github.com/cymru-complaints/statutory/assess"
)

const validateUsage = `Usage:
  complaints validate FILE

Checks the case file FILE (CSV, see "complaints -h"; "-" reads standard input)
and prints nothing when every record is valid. Otherwise it prints every
problem, one a line, as FILE:LINE: column: message, and exits with status 1.

Beyond the format of each cell it checks that events follow one another
(nothing before receipt, no stage 2 response without a request), that no
complaint received on or after 1 August 2014 has a stage 3, that no
complaint was received before 1 April 2006 (no encoded regime), that ids are
unique, that finding counts are not negative, and that every deadline can
be computed inside the calendar's range (1974 to 2099).
`

func runValidate(e *env, args []string) error {
	fs := e.newFlagSet("validate")
	e.caseFileFlags(fs)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := argCount(pos, "FILE"); err != nil {
		return err
	}
	// Evaluating, not just validating, also finds the rows whose deadlines
	// would run past the end of the calendar.
	var today dateFlag
	eng, err := e.engine(false, &today)
	if err != nil {
		return err
	}
	return eachRecord(e, pos[0], assess.Options{Engine: eng, AsOf: today.Date, Reader: e.readerOptions()}, func(*assess.Record) error { return nil })
}
