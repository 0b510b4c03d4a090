package timescale

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
)

// ParseQuery returns the Query whose JSON form is data: one JSON object in
// UTF-8, after a UTF-8 byte-order mark if there is one, whose members are
// those of a Query, each given once and written as its JSON form writes it
// (in lower case).
//
// It is stricter than json.Unmarshal, which keeps the last of a member
// given twice, takes "Received" for received, reads null as an empty
// object and bytes that are not UTF-8 as U+FFFD, all without a word. Each
// refusal is a *QueryError naming the member at fault when there is one; a
// date that cannot be read is a *QueryError whose Err is the calendar's
// error, so that its code is not-a-date or invalid-date.
func ParseQuery(data []byte) (Query, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // RFC 8259 allows a byte-order mark to be ignored
	if len(data) >= 2 && (data[0] == 0 || data[1] == 0 || string(data[:2]) == "\xff\xfe" || string(data[:2]) == "\xfe\xff") {
		// UTF-16 (or UTF-32), with or without its byte-order mark: JSON
		// begins with an ASCII character, which UTF-16 writes beside a zero
		// byte.
		return Query{}, &QueryError{Encoding: "UTF-16", code: problem.MalformedJSON, msg: "the JSON is UTF-16 text: write it in UTF-8"}
	}
	var q Query
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&q); err != nil {
		if !utf8.Valid(data) {
			return Query{}, errNotUTF8() // what was refused may have been read from those bytes
		}
		return Query{}, decodeError(err, data)
	}
	if !utf8.Valid(data) {
		return Query{}, errNotUTF8()
	}
	if _, err := dec.Token(); err != io.EOF {
		if err != nil {
			return Query{}, decodeError(err, nil)
		}
		return Query{}, &QueryError{code: problem.MalformedJSON, msg: "the text holds more than one JSON value: want one object"}
	}
	if err := checkMembers(data); err != nil {
		return Query{}, err
	}
	return q, nil
}

// errNotUTF8 returns the *QueryError of a query whose text is not UTF-8.
func errNotUTF8() *QueryError {
	return &QueryError{Encoding: "not UTF-8", code: problem.MalformedJSON, msg: "the JSON is not UTF-8 text: write it in UTF-8"}
}

// A QueryError reports text that [ParseQuery] cannot read as a Query.
type QueryError struct {
	// Member is the member at fault, or "" when the fault is in the text as
	// a whole.
	Member string
	// Encoding is what the text was found to be when it is not UTF-8:
	// "UTF-16" or "not UTF-8"; "" otherwise.
	Encoding string
	// Err is the error beneath, when there is one: a *json.SyntaxError,
	// or the error of a value that cannot be read (a *calendar.ParseError
	// or *calendar.DateError for a date).
	Err error

	code problem.Code // when Err has none
	msg  string       // when Err's message is not the whole story
}

func (e *QueryError) Error() string { return "timescale: " + problem.New(e.Member, e).String() }

// Code returns the code of Err when it has one (a date that cannot be
// read), and otherwise problem.UnknownField for a member the Query does
// not have and problem.MalformedJSON for anything else.
func (e *QueryError) Code() problem.Code {
	if c := problem.CodeOf(e.Err); c != "" && e.msg == "" {
		return c
	}
	return e.code
}

// Message returns the error for people, without the member's name.
func (e *QueryError) Message() string {
	if e.msg == "" && e.Err != nil {
		return problem.Message(e.Err)
	}
	return e.msg
}

// Unwrap returns Err.
func (e *QueryError) Unwrap() error { return e.Err }

// decodeError returns the *QueryError of err, an error of encoding/json
// decoding data into a Query (as much of data as was read, or nil).
func decodeError(err error, data []byte) *QueryError {
	var (
		se *json.SyntaxError
		te *json.UnmarshalTypeError
	)
	switch {
	case errors.Is(err, io.EOF):
		return &QueryError{code: problem.MalformedJSON, msg: "the text is empty: want a JSON object"}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &QueryError{code: problem.MalformedJSON, msg: "the JSON ends before the object does"}
	case errors.As(err, &se):
		msg := "not JSON: " + strings.TrimPrefix(se.Error(), "json: ") + " (at byte " + strconv.FormatInt(se.Offset, 10) + ")"
		if se.Offset <= 1 {
			msg += `: want a JSON object, such as {"received": "2014-08-01"}`
		}
		return &QueryError{Err: se, code: problem.MalformedJSON, msg: msg}
	case errors.As(err, &te):
		return &QueryError{Member: te.Field, code: problem.MalformedJSON, msg: "want a " + jsonKind(te.Type) + ", got a JSON " + te.Value}
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		return &QueryError{Member: name, code: problem.UnknownField, msg: "unknown member; the members of a query are " + strings.Join(queryMembers, ", ")}
	case problem.CodeOf(err) != "":
		// A value refused as it is decoded: a date that is not YYYY-MM-DD
		// or does not exist.
		return &QueryError{Member: memberOf(data, err), Err: err}
	}
	return &QueryError{Err: err, code: problem.MalformedJSON, msg: "not JSON: " + err.Error()}
}

// memberOf returns the name of the member of data, a JSON object, whose
// value is the text that err, a value refused as it was decoded, could not
// read (a *calendar.ParseError's Input): the first such in data, the one
// the decoder came to first; "" when none is found. encoding/json does not
// say which member it was.
func memberOf(data []byte, err error) string {
	var pe *calendar.ParseError
	if !errors.As(err, &pe) {
		return ""
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return ""
		}
		var value any
		if err := dec.Decode(&value); err != nil {
			return ""
		}
		if s, ok := value.(string); ok && s == pe.Input {
			name, _ := t.(string)
			return name
		}
	}
	return ""
}

// jsonKind names the JSON value a value of type t is read from.
func jsonKind(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		return "JSON string" // a date
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "JSON object"
	case reflect.Bool:
		return "JSON boolean"
	case reflect.String:
		return "JSON string"
	case reflect.Slice, reflect.Array:
		return "JSON array"
	}
	return "JSON number"
}

// queryMembers are the names of the members of a Query's JSON form, in the
// order of its fields, from their json tags.
var queryMembers = func() []string {
	t := reflect.TypeFor[Query]()
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-" || !f.IsExported():
			continue
		case name == "":
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}()

// checkMembers returns the *QueryError of what encoding/json lets pass in
// data, a JSON object it has decoded into a Query: null instead of the
// object, a member given twice, and a member whose name differs from one of
// the Query's only in case ("Received"), which the decoder takes for it.
func checkMembers(data []byte) error {
	if i := bytes.IndexAny(data, "{n"); i >= 0 && data[i] == 'n' {
		return &QueryError{code: problem.MalformedJSON, msg: "want a JSON object, got null"}
	}
	var seen uint64 // by the index of the name in queryMembers
	return eachMember(data, func(quoted []byte) error {
		raw := quoted[1 : len(quoted)-1]
		i := slices.IndexFunc(queryMembers, func(n string) bool { return string(raw) == n }) // compared without a copy
		if i >= 0 && i < 64 && seen&(1<<i) == 0 {
			seen |= 1 << i
			return nil
		}
		// Rare: a name written with escapes, in another case, or given
		// twice.
		var name string
		json.Unmarshal(quoted, &name) // the decoder has read it: it is a JSON string
		switch i = slices.Index(queryMembers, name); {
		case i < 0:
			want := name
			if j := slices.IndexFunc(queryMembers, func(n string) bool { return strings.EqualFold(n, name) }); j >= 0 {
				want = queryMembers[j]
			}
			return &QueryError{Member: name, code: problem.UnknownField, msg: "unknown member; member names are written as " + strconv.Quote(want) + ", in lower case"}
		case i >= 64:
			return nil // more members than seen has bits: a Query has not
		case seen&(1<<i) != 0:
			return &QueryError{Member: name, code: problem.MalformedJSON, msg: "given twice; give it once"}
		}
		seen |= 1 << i
		return nil
	})
}

// eachMember calls fn with the name, quoted as written, of each member of
// the JSON object at the start of data (valid JSON, as far as it goes), in
// order, and stops at the first error fn returns.
func eachMember(data []byte, fn func(quoted []byte) error) error {
	depth, key := 0, false // key: a name comes next, at depth 1
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '{':
			depth++
			key = depth == 1
		case '[':
			depth++
		case '}', ']':
			if depth--; depth == 0 {
				return nil
			}
		case ',':
			key = depth == 1
		case '"':
			j := i + 1
			for ; j < len(data) && data[j] != '"'; j++ {
				if data[j] == '\\' {
					j++
				}
			}
			if j >= len(data) {
				return nil
			}
			if key {
				if err := fn(data[i : j+1]); err != nil {
					return err
				}
				key = false
			}
			i = j
		}
	}
	return nil
}
