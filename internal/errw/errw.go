// Package errw provides a writer that remembers its first error, so that a
// renderer can write many pieces and check for failure once at the end.
package errw

import "io"

// A Writer writes to W until a write fails; Err is then that write's error,
// and every later write fails with it without reaching W.
type Writer struct {
	W   io.Writer
	Err error
}

// Write implements io.Writer.
func (e *Writer) Write(p []byte) (int, error) {
	if e.Err != nil {
		return 0, e.Err
	}
	n, err := e.W.Write(p)
	e.Err = err
	return n, err
}

// Print writes each of s in turn.
func (e *Writer) Print(s ...string) {
	for _, x := range s {
		io.WriteString(e, x)
	}
}
