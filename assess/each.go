package assess

import (
	"errors"
	"io"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// Options says how Each reads and evaluates a case file.
type Options struct {
	// Engine evaluates each case: its calendar, its table of regimes and
	// rules, and its reading of receipt on a non-working day.
	Engine timescale.Engine
	// AsOf is the date the statuses are given for; it must be a date
	// inside the engine calendar's range.
	AsOf calendar.Date
	// Reader, when not nil, is called with the case-file reader before the
	// first row is read, to set its options (casefile.Reader's fields).
	Reader func(*casefile.Reader)
	// WithoutDeadlines checks each case with timescale.Engine.CheckInto
	// instead of evaluating it: the same rows are refused, but the
	// assessments have no deadlines and no status. A pass that needs only
	// the cases (the Ombudsman's returns) is several times faster.
	WithoutDeadlines bool
	// Owner, when it is not empty or white space only, keeps the records of
	// that officer or team (OwnerMatches): the good records of other
	// owners, or of none, are neither evaluated nor given to the function.
	// Bad rows are given whatever their owner, so that every problem of the
	// file is still reported.
	Owner string
}

// OwnerMatches reports whether owner, the owner of a case, is the officer
// or team that name names: the two are compared without their surrounding
// white space and without regard to case ("Team A" is " team a"). A name
// that is empty or white space only stands for no filter and matches every
// owner, none included.
func OwnerMatches(owner, name string) bool {
	name = strings.TrimSpace(name)
	return name == "" || strings.EqualFold(strings.TrimSpace(owner), name)
}

// A Record is one row of a case file as Each gives it: a case that could be
// read and evaluated, with its assessment, or the problems that kept it
// from being read or evaluated.
type Record struct {
	// Line is the line of the file on which the row starts.
	Line int
	// Case and Assessment are set when Problems is empty. Case is the
	// record as known on the date of evaluation: its events dated after it
	// are set aside (timescale.KnownOn), as the assessment counts them.
	Case       timescale.Case
	Assessment timescale.Assessment
	// Problems lists what is wrong with the row, in the order of its
	// columns: a cell that cannot be read, or a case the engine refuses.
	Problems []casefile.LineProblem
	// Warnings lists what looks wrong but was read: from the reader (an
	// unknown column ignored, a value that looks like a spreadsheet
	// formula) and from the engine (an event dated years after receipt).
	// The header's warnings come with the first row.
	Warnings []casefile.LineProblem
	// WarningsOnly marks a record that is no row: it carries the warnings
	// of a file with no row after them (a header alone).
	WarningsOnly bool
}

// OK reports whether the record is a row that was read and evaluated.
func (r *Record) OK() bool { return len(r.Problems) == 0 && !r.WarningsOnly }

// batchSize is the number of rows the reading goroutine hands over at once.
const batchSize = 512

// Each reads the case file from r, named name in problems, evaluates every
// record with opt.Engine as of opt.AsOf, and calls fn for every row in file
// order: a good record (of opt.Owner, when one is given), or a bad row with
// its problems. The *Record and what it holds are valid only until fn
// returns.
//
// Reading goes on after a bad row, so that one run finds every problem.
// Each stops at the first error fn returns, and returns it. Otherwise it
// returns nil when the file was read to its end, whatever its bad rows; a
// *casefile.HeaderError when the header cannot be used (no row is given to
// fn); an error of the underlying reader, wrapped with the file's name and
// line; or a *timescale.ValidationError when opt.AsOf is not a date the
// calendar covers (with the field "as_of").
//
// The file is read and parsed on a second goroutine while fn runs, so that
// a large file uses two cores; fn itself is only ever called from the
// goroutine that called Each.
func Each(r io.Reader, name string, opt Options, fn func(*Record) error) error {
	if err := checkAsOf(opt); err != nil {
		return err
	}
	// Batches go to the caller through batches and come back through free,
	// so that a file of any length uses the same few batches.
	batches := make(chan []Record, 4)
	free := make(chan []Record, 6)
	done := make(chan struct{})
	defer close(done)
	var fatal error // set by the reading goroutine before it closes batches
	go func() {
		defer close(batches)
		cr := casefile.NewReader(r, name)
		if opt.Reader != nil {
			opt.Reader(cr)
		}
		batch := make([]Record, 0, batchSize)
		send := func() bool {
			select {
			case batches <- batch:
			case <-done:
				return false
			}
			select {
			case batch = <-free:
				batch = batch[:0]
			default:
				batch = make([]Record, 0, batchSize)
			}
			return true
		}
		var pending []casefile.LineProblem // the reader's warnings not yet handed over
		for {
			c, err := cr.Read()
			pending = append(pending, cr.Warnings()...)
			if err == io.EOF {
				if len(pending) > 0 {
					batch = append(batch, Record{Line: max(cr.Line(), 1), Warnings: pending, WarningsOnly: true})
				}
				break
			}
			if err != nil {
				var re *casefile.RecordError
				if errors.As(err, &re) {
					batch = append(batch, Record{Line: cr.Line(), Problems: re.Problems, Warnings: pending})
					pending = nil
				} else {
					var he *casefile.HeaderError
					if !errors.As(err, &he) {
						err = &ReadError{File: name, Line: cr.Line(), Err: err}
					}
					fatal = err
					send()
					return
				}
			} else {
				batch = append(batch, Record{Line: cr.Line(), Case: c, Warnings: pending})
				pending = nil
			}
			if len(batch) == batchSize && !send() {
				return
			}
		}
		if len(batch) > 0 {
			send()
		}
	}()

	var a timescale.Assessment // its Deadlines are reused from row to row
	for batch := range batches {
		for i := range batch {
			rec := &batch[i]
			if rec.OK() && !OwnerMatches(rec.Case.Owner, opt.Owner) {
				continue
			}
			if rec.OK() {
				evaluate := opt.Engine.EvaluateInto
				if opt.WithoutDeadlines {
					evaluate = opt.Engine.CheckInto
				}
				if err := evaluate(&a, rec.Case, opt.AsOf); err != nil {
					var ve *timescale.ValidationError
					if !errors.As(err, &ve) {
						return err
					}
					rec.Problems = make([]casefile.LineProblem, len(ve.Problems))
					for j, p := range ve.Problems {
						rec.Problems[j] = casefile.AtLine(name, rec.Line, p)
					}
				} else {
					rec.Assessment = a
					if a.SetAside > 0 {
						rec.Case = timescale.KnownOn(rec.Case, opt.AsOf)
					}
					for _, w := range a.Warnings {
						lp := casefile.AtLine(name, rec.Line, w)
						lp.Warning = true
						rec.Warnings = append(rec.Warnings, lp)
					}
				}
			}
			if err := fn(rec); err != nil {
				return err
			}
		}
		clear(batch) // drop the cases' strings before the batch is reused
		select {
		case free <- batch:
		default:
		}
	}
	return fatal
}

// checkAsOf returns a *timescale.ValidationError when opt.AsOf is not a date
// the engine's calendar covers.
func checkAsOf(opt Options) error {
	cal := opt.Engine.Calendar
	if cal == nil {
		cal = calendar.Wales()
	}
	if _, err := cal.IsWorkingDay(opt.AsOf); err != nil {
		return &timescale.ValidationError{Problems: []problem.Problem{problem.New("as_of", err)}}
	}
	return nil
}

// A ReadError reports an error of the underlying reader while reading a
// case file, at a line of it.
type ReadError struct {
	File string
	Line int
	Err  error
}

func (e *ReadError) Error() string { return "assess: " + e.Message() }

// Message returns the error for people.
func (e *ReadError) Message() string {
	return "cannot read the case file " + e.File + " after line " + itoa(e.Line) + ": " + e.Err.Error()
}

// Unwrap returns Err.
func (e *ReadError) Unwrap() error { return e.Err }
