package casefile

import (
	"strings"

	"github.com/cymru-complaints/statutory/timescale"
)

// The columns of the case file are the fields of a timescale.Case, in the
// order timescale.Fields gives them: the case file has no table of its own.
var fields = timescale.Fields()

// A column is the position of a field in fields.
type column uint8

func (c column) field() *timescale.Field { return fields[c] }

func (c column) String() string { return fields[c].Name }

// knownColumns lists the column names for error messages.
var knownColumns = func() string {
	names := Columns()
	return strings.Join(names, ", ")
}()

// Columns returns the names of the case file's columns in the order in
// which Writer writes them: the names of timescale.Fields. The required
// columns, id, kind and received, come first.
func Columns() []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f.Name
	}
	return out
}

// lookupColumn returns the column called name, matched without regard to
// case: "Received" and "RECEIVED" name the received column.
func lookupColumn(name string) (column, bool) {
	for c, f := range fields {
		if strings.EqualFold(name, f.Name) {
			return column(c), true
		}
	}
	return 0, false
}

// suggestColumn returns the known column that the unknown name probably
// means, or "" if none is close enough. Names are compared in lower case
// and without the characters other than letters and digits ("Stage 1
// Response" and "stage-1-response" both mean stage1_response), then by
// their edit distance (see distance), so that a misspelling is caught too
// ("recieved" means received). A known name is close enough when the
// distance is at most 1 + len/6 (1 for id and kind, 2 for received, 3 for
// stage1_response), less than the length of the name given; among several,
// the closest, and of those the first in the table.
func suggestColumn(name string) string {
	key := squash(name)
	if key == "" {
		return ""
	}
	best, bestDist := "", 0
	for _, f := range fields {
		known := squash(f.Name)
		most := 1 + len(known)/6
		if len(key) > len(known)+most || len(known) > len(key)+most {
			continue // the distance is at least the difference in length
		}
		d := distance(key, known)
		if d > most || d >= len(key) {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = f.Name, d
		}
	}
	return best
}

// squash returns s in lower case without its characters other than ASCII
// letters and digits.
func squash(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') {
			b = append(b, c)
		}
	}
	return string(b)
}

// distance returns the edit distance between a and b, counted in bytes: the
// fewest insertions, deletions, substitutions and swaps of two neighbouring
// bytes that turn a into b, no byte being edited twice (the optimal string
// alignment distance; "recieved" is 1 from "received").
func distance(a, b string) int {
	// Three rows of the table: d[i][j] is the distance between a[:i] and
	// b[:j].
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// parseChoice returns the value of the choice field f that s names,
// matched without regard to case, and whether there is one. The value
// returned is the table's own string, never s, which would keep the
// record's text alive.
func parseChoice(f *timescale.Field, s string) (string, bool) {
	for _, c := range f.Choices {
		if c == s {
			return c, true
		}
	}
	for _, c := range f.Choices {
		if strings.EqualFold(c, s) {
			return c, true
		}
	}
	return "", false
}
