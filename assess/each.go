package assess

import (
	"errors"
	"io"
	"runtime"
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

	skip bool // a good record of another owner than Options.Owner
}

// OK reports whether the record is a row that was read and evaluated.
func (r *Record) OK() bool { return len(r.Problems) == 0 && !r.WarningsOnly }

// batchSize is the number of rows the reading goroutine hands over at once.
// A row in a batch takes some 3 KB with its deadlines, and at most about
// 2×GOMAXPROCS+2 batches are in use at once: small batches keep that small
// beside the duplicate-id set (peak RSS at 5,000,000 rows, BENCHMARKS.md).
const batchSize = 256

// A batch is a run of rows of the file, read in order by the reading
// goroutine, evaluated by one of the workers, and given to fn in order.
type batch struct {
	recs []Record
	// err is an error of the engine other than a *timescale.ValidationError
	// (or of opt.AsOf) at recs[errAt]: fn gets the records before it, and
	// Each returns it.
	err   error
	errAt int
	// evaluated receives a value when a worker has evaluated the batch.
	evaluated chan struct{}
}

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
// The file is read and parsed on one goroutine and its rows are evaluated,
// a batch at a time, on as many more as there are processors
// (runtime.GOMAXPROCS), so that a large file uses every core; fn itself is
// only ever called from the goroutine that called Each, and in file order.
func Each(r io.Reader, name string, opt Options, fn func(*Record) error) error {
	if err := checkAsOf(opt); err != nil {
		return err
	}
	// The reading goroutine sends every batch to ordered, in file order,
	// and to work, from which the workers take it; this goroutine takes
	// them from ordered, waits for each to be evaluated, and hands them
	// back through free, so that a file of any length uses the same few
	// batches (BenchmarkAssess1M, and its peak memory at 5,000,000 rows).
	workers := runtime.GOMAXPROCS(0)
	ordered := make(chan *batch, 2*workers)
	work := make(chan *batch, workers)
	free := make(chan *batch, 2*workers+2)
	done := make(chan struct{})
	defer close(done)
	for range workers {
		go func() {
			for b := range work {
				evaluateBatch(b, name, opt)
				b.evaluated <- struct{}{}
			}
		}()
	}
	var fatal error // set by the reading goroutine before it closes ordered
	go func() {
		defer close(work)
		defer close(ordered)
		fatal = read(r, name, opt, ordered, work, free, done)
	}()

	for b := range ordered {
		<-b.evaluated
		n := len(b.recs)
		if b.err != nil {
			n = b.errAt
		}
		for i := range b.recs[:n] {
			rec := &b.recs[i]
			if rec.skip {
				continue
			}
			if err := fn(rec); err != nil {
				return err
			}
		}
		if b.err != nil {
			return b.err
		}
		select {
		case free <- b:
		default:
		}
	}
	return fatal
}

// read reads the case file from r into batches, and sends each to ordered
// and to work, until the end of the file or until done is closed. It
// returns nil at the end of the file, or the error that stopped it.
func read(r io.Reader, name string, opt Options, ordered, work chan<- *batch, free <-chan *batch, done <-chan struct{}) error {
	cr := casefile.NewReader(r, name)
	if opt.Reader != nil {
		opt.Reader(cr)
	}
	next := func() *batch {
		select {
		case b := <-free:
			b.recs, b.err = b.recs[:0], nil
			return b
		default:
			return &batch{recs: make([]Record, 0, batchSize), evaluated: make(chan struct{}, 1)}
		}
	}
	b := next()
	send := func() bool {
		for _, ch := range [...]chan<- *batch{ordered, work} {
			select {
			case ch <- b:
			case <-done:
				return false
			}
		}
		b = next()
		return true
	}
	// add appends a record to the batch and returns it, zero but for the
	// storage of the deadlines of the record it replaces
	// (BenchmarkAssess1M, allocs/op); the caller fills it in place, not
	// copying a Record of some 800 bytes in (BenchmarkAssess1M).
	add := func() *Record {
		n := len(b.recs)
		if n == cap(b.recs) {
			b.recs = append(b.recs, Record{})
			return &b.recs[n]
		}
		b.recs = b.recs[:n+1]
		rec := &b.recs[n]
		deadlines := rec.Assessment.Deadlines[:0]
		*rec = Record{}
		rec.Assessment.Deadlines = deadlines
		return rec
	}
	var pending []casefile.LineProblem // the reader's warnings not yet handed over
	for {
		// The case is read into its record, not returned and copied in:
		// two copies of 512 bytes a row fewer (BenchmarkAssess1M).
		rec := add()
		err := cr.ReadInto(&rec.Case)
		pending = append(pending, cr.Warnings()...)
		if err == io.EOF {
			if len(pending) > 0 {
				rec.Line, rec.Warnings, rec.WarningsOnly = max(cr.Line(), 1), pending, true
			} else {
				b.recs = b.recs[:len(b.recs)-1]
			}
			break
		}
		if err != nil {
			var re *casefile.RecordError
			if !errors.As(err, &re) {
				var he *casefile.HeaderError
				if !errors.As(err, &he) {
					err = &ReadError{File: name, Line: cr.Line(), Err: err}
				}
				b.recs = b.recs[:len(b.recs)-1]
				send()
				return err
			}
			rec.Line, rec.Problems, rec.Warnings = cr.Line(), re.Problems, pending
		} else {
			rec.Line, rec.Warnings = cr.Line(), pending
		}
		pending = nil
		if len(b.recs) == batchSize && !send() {
			return nil
		}
	}
	if len(b.recs) > 0 {
		send()
	}
	return nil
}

// evaluateBatch evaluates the good records of b with opt.Engine as of
// opt.AsOf, each into its own Assessment, and marks those of other owners
// than opt.Owner to be skipped.
func evaluateBatch(b *batch, name string, opt Options) {
	// The methods are called, not taken as a func value, whose wrapper
	// copies the 512-byte Case once more (BenchmarkAssess1M).
	evaluate := func(dst *timescale.Assessment, c *timescale.Case, asOf calendar.Date) error {
		if opt.WithoutDeadlines {
			return opt.Engine.CheckInto(dst, *c, asOf)
		}
		return opt.Engine.EvaluateInto(dst, *c, asOf)
	}
	for i := range b.recs {
		rec := &b.recs[i]
		if !rec.OK() {
			continue
		}
		if !OwnerMatches(rec.Case.Owner, opt.Owner) {
			rec.skip = true
			continue
		}
		if err := evaluate(&rec.Assessment, &rec.Case, opt.AsOf); err != nil {
			var ve *timescale.ValidationError
			if !errors.As(err, &ve) {
				b.err, b.errAt = err, i
				return
			}
			rec.Problems = make([]casefile.LineProblem, len(ve.Problems))
			for j, p := range ve.Problems {
				rec.Problems[j] = casefile.AtLine(name, rec.Line, p)
			}
			continue
		}
		a := &rec.Assessment
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

// Message returns the error for people; it names the line only when one
// was read.
func (e *ReadError) Message() string {
	if e.Line == 0 {
		return "cannot read the case file " + e.File + ": " + e.Err.Error()
	}
	return "cannot read the case file " + e.File + " after line " + itoa(e.Line) + ": " + e.Err.Error()
}

// Unwrap returns Err.
func (e *ReadError) Unwrap() error { return e.Err }
