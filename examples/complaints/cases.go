package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/timescale"
)

// A caseItem is one row of a case file as read: a case, or the problems
// that kept it from being read.
type caseItem struct {
	line     int
	c        timescale.Case
	problems []casefile.LineProblem
}

// batchSize is the number of rows the reading goroutine hands over at once.
const batchSize = 512

// eachCase reads the case file at path ("-" for standard input) and calls
// fn for every record that can be read, with the line on which it starts,
// in file order.
//
// Every bad row is collected as a "FILE:LINE: column: message" line and
// reading goes on, so that one run reports them all: rows the case-file
// reader rejects, and rows for which fn returns a *timescale.ValidationError
// (one line per problem). eachCase then returns the lines as problems. Any
// other error returned by fn stops the reading and is returned as it is.
//
// The file is read and parsed on a second goroutine while fn runs, so that
// a large file uses both cores; fn itself is only ever called from one
// goroutine.
func eachCase(e *env, path string, fn func(line int, c *timescale.Case) error) error {
	var in io.Reader = e.stdin
	name := path
	if path == "-" {
		name = "stdin"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return problems{fmt.Sprintf("%s: cannot open the case file: %s", path, pathError(err))}
		}
		defer f.Close()
		in = f
	}

	// Batches go to fn through batches and come back through free, so that
	// a file of any length uses the same few batches.
	batches := make(chan []caseItem, 4)
	free := make(chan []caseItem, 6)
	done := make(chan struct{})
	defer close(done)
	var fatal error // set by the reading goroutine before it closes batches
	go func() {
		defer close(batches)
		r := casefile.NewReader(in, name)
		batch := make([]caseItem, 0, batchSize)
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
				batch = make([]caseItem, 0, batchSize)
			}
			return true
		}
		for {
			c, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				var re *casefile.RecordError
				var he *casefile.HeaderError
				switch {
				case errors.As(err, &re):
					batch = append(batch, caseItem{line: r.Line(), problems: re.Problems})
				case errors.As(err, &he):
					batch = append(batch, caseItem{line: r.Line(), problems: he.Problems})
					send()
					return
				default:
					fatal = fmt.Errorf("%s:%d: cannot read the case file: %w", name, r.Line(), err)
					send()
					return
				}
			} else {
				batch = append(batch, caseItem{line: r.Line(), c: c})
			}
			if len(batch) == batchSize && !send() {
				return
			}
		}
		if len(batch) > 0 {
			send()
		}
	}()

	var ps problems
	for batch := range batches {
		for i := range batch {
			it := &batch[i]
			if it.problems != nil {
				for _, p := range it.problems {
					ps = append(ps, p.String())
				}
				continue
			}
			err := fn(it.line, &it.c)
			var ve *timescale.ValidationError
			switch {
			case err == nil:
			case errors.As(err, &ve):
				for _, p := range ve.Problems {
					ps = append(ps, casefile.AtLine(name, it.line, p).String())
				}
			default:
				return err
			}
		}
		clear(batch) // drop the cases' strings before the batch is reused
		select {
		case free <- batch:
		default:
		}
	}
	if fatal != nil {
		return append(ps, fatal.Error())
	}
	if len(ps) > 0 {
		return ps
	}
	return nil
}

// pathError returns the reason in an *os.PathError without repeating the
// path.
func pathError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
