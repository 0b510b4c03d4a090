package casefile

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestReadingAFileSizesTheDuplicateCheckFromTheFile: a Reader on a file
// makes its id table once, from the file's size, and still finds every
// duplicate.
func TestReadingAFileSizesTheDuplicateCheckFromTheFile(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,kind,received\n")
	for i := range 5000 {
		b.WriteString("C-" + strings.Repeat("x", i%7) + strconv.Itoa(i) + ",comment,2014-08-01\n")
	}
	b.WriteString("C-0,comment,2014-08-02\n") // line 5002 repeats line 2
	path := filepath.Join(t.TempDir(), "cases.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := NewReader(f, "cases.csv")
	if r.seen.expect == 0 {
		t.Fatalf("a Reader on a %d-byte file expects no ids; want an estimate from its size", len(b.String()))
	}
	var problems []LineProblem
	n := 0
	for {
		_, err := r.Read()
		if err != nil {
			re, ok := err.(*RecordError)
			if !ok {
				break
			}
			problems = append(problems, re.Problems...)
			continue
		}
		n++
	}
	if n != 5000 || len(problems) != 1 || problems[0].Line != 5002 || !strings.Contains(problems[0].Message, "line 2") {
		t.Errorf("read %d records and problems %v; want 5000 records and one duplicate on line 5002 naming line 2", n, problems)
	}
	if slots := len(r.seen.slots); slots/4*3 < r.seen.n {
		t.Errorf("id table of %d slots holds %d ids: over three quarters full", slots, r.seen.n)
	}
}
