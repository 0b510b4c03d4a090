package errw

import (
	"errors"
	"strings"
	"testing"
)

type failAfter struct {
	n   int
	out strings.Builder
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return f.out.Write(p)
}

func TestAWriterKeepsItsFirstErrorAndWritesNothingAfterIt(t *testing.T) {
	f := &failAfter{n: 2}
	w := &Writer{W: f}
	w.Print("a", "b", "c", "d")
	if w.Err == nil || w.Err.Error() != "disk full" {
		t.Fatalf("Err = %v, want the third write's error", w.Err)
	}
	if got := f.out.String(); got != "ab" {
		t.Errorf("written %q, want %q", got, "ab")
	}
	if _, err := w.Write([]byte("e")); err != w.Err {
		t.Errorf("a later write returned %v, want the first error", err)
	}
}
