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

// suggestColumn returns the column that name probably means, ignoring case
// and every character other than a letter or a digit ("Stage 1 Response"
// and "stage-1-response" suggest stage1_response), or "" if there is none.
func suggestColumn(name string) string {
	squash := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	key := squash(name)
	if key == "" {
		return ""
	}
	for _, f := range fields {
		if squash(f.Name) == key {
			return f.Name
		}
	}
	return ""
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
