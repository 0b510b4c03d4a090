package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/casefile"
)

// openCaseFile opens the case file at path ("-" for standard input) and
// returns it with the name problems give it and a function that closes it.
func openCaseFile(e *env, path string) (io.Reader, string, func(), error) {
	if path == "-" {
		return e.stdin, "stdin", func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, nil, problems{fmt.Sprintf("%s: cannot open the case file: %s", path, pathError(err))}
	}
	return f, path, func() { f.Close() }, nil
}

// eachRecord runs assess.Each over the case file at path and calls fn for
// every good record. It collects every problem of the bad rows as a line
// "FILE:LINE: column: message" and returns them, after the whole file was
// read, as a problems value (exit status 1); any other error stops it.
func eachRecord(e *env, path string, opt assess.Options, fn func(*assess.Record) error) error {
	in, name, done, err := openCaseFile(e, path)
	if err != nil {
		return err
	}
	defer done()
	var ps problems
	err = assess.Each(in, name, opt, func(rec *assess.Record) error {
		if !rec.OK() {
			ps = appendProblems(ps, rec.Problems)
			return nil
		}
		return fn(rec)
	})
	var he *casefile.HeaderError
	switch {
	case errors.As(err, &he):
		return appendProblems(ps, he.Problems)
	case err != nil:
		return err
	case len(ps) > 0:
		return ps
	}
	return nil
}

// appendProblems appends the lines of case-file problems to ps.
func appendProblems(ps problems, lps []casefile.LineProblem) problems {
	for _, p := range lps {
		ps = append(ps, p.String())
	}
	return ps
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
