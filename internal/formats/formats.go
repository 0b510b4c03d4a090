// Package formats holds what the packages that write a document in several
// formats (report, returns, holidays, impact) share: the table of the formats, each with its
// media type and its writer, read by name.
package formats

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/cymru-complaints/statutory/lang"
)

// A Table lists the formats a document of type D is written in, in the
// order its package documents them.
type Table[D any] []Format[D]

// A Format is one way of writing a document of type D.
type Format[D any] struct {
	Name      string // as a user writes it: "csv"
	MediaType string // of an HTTP answer in the format
	// Write writes d to w, its words for people in the language t.
	Write func(w io.Writer, d *D, t lang.Tag) error
}

// Names returns the names of the formats of t, in order.
func (t Table[D]) Names() []string {
	names := make([]string, len(t))
	for i, f := range t {
		names[i] = f.Name
	}
	return names
}

// Lookup returns the format of t called name, and whether there is one.
func (t Table[D]) Lookup(name string) (Format[D], bool) {
	for _, f := range t {
		if f.Name == name {
			return f, true
		}
	}
	return Format[D]{}, false
}

// List returns the names of the formats of t, in order, as values of the
// format type F of the package that holds t.
func List[F ~string, D any](t Table[D]) []F {
	fs := make([]F, len(t))
	for i, f := range t {
		fs[i] = F(f.Name)
	}
	return fs
}

// MediaType returns the media type of the format of t called name, and ""
// when t has none of that name.
func (t Table[D]) MediaType(name string) string {
	f, _ := t.Lookup(name)
	return f.MediaType
}

// Want returns the names of the formats of t as a message lists the
// choices: "text, csv or json".
func (t Table[D]) Want() string {
	names := t.Names()
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// WriteJSON writes d to w as JSON indented by two spaces and ended by a
// newline; the language is not looked at, JSON being data.
func WriteJSON[D any](w io.Writer, d *D, _ lang.Tag) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}

// Parse returns s as the format of t of that name, a value of the format
// type F of t's package, or the error unknown makes of s when t has none.
func Parse[F ~string, D any](t Table[D], s string, unknown func(string) error) (F, error) {
	if _, ok := t.Lookup(s); !ok {
		return "", unknown(s)
	}
	return F(s), nil
}

// WriteAs writes d to w in the format of t called name, its words for
// people in the language tag. When t has no such format it writes nothing
// and returns the error unknown makes of name.
func (t Table[D]) WriteAs(w io.Writer, d *D, name string, tag lang.Tag, unknown func(string) error) error {
	f, ok := t.Lookup(name)
	if !ok {
		return unknown(name)
	}
	return f.Write(w, d, tag)
}
