// Package policy reads a council's policy file: its local targets, set
// beside the statutory timescales and never in their place, and the
// optional rules its procedure leaves out. The file is the JSON form of a
// timescale.Policy (docs/policy.md):
//
//	{
//	  "name": "Pembrokeshire County Council",
//	  "targets": [
//	    {
//	      "procedure": "complaint",
//	      "milestone": "stage1-response",
//	      "working_days": 15,
//	      "name": "stage 1 response",
//	      "source": "Pembrokeshire complaints policy 2023"
//	    }
//	  ],
//	  "switched_off": ["CORP-ACK"]
//	}
//
// Read checks the file against a rule table and reports every problem at
// once, each at the line of the file where it is, with a stable code (see
// package problem): a file that is not JSON of that form, an unknown
// procedure or milestone, a number of working days not from 1 to 250, a
// missing name or source, two targets for the same milestone, or a
// statutory rule switched off. The timescale.Policy it returns goes to the
// engine as timescale.Engine.Policy, and Write writes one back in the same
// form.
package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// MaxSize is the largest policy file Read accepts, in bytes.
const MaxSize = 1 << 20

// A Problem is one thing wrong with a policy file, at a line of it.
type Problem struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line"`
	// Field is the key at fault, as a path such as
	// "targets[1].working_days", or "" for the whole file.
	Field   string       `json:"field,omitempty"`
	Code    problem.Code `json:"code"`
	Message string       `json:"message"`
	Err     error        `json:"-"` // the typed error behind it (nil once decoded from JSON)
}

// String returns the problem as "FILE:LINE: field: message", leaving out
// what is empty.
func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File + ":")
	}
	b.WriteString(strconv.Itoa(p.Line) + ": ")
	if p.Field != "" {
		b.WriteString(p.Field + ": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// An Error lists every problem of a policy file, in the order of its lines.
type Error struct {
	Problems []Problem
}

// Error returns the problems, one a line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Code returns the code of the first problem.
func (e *Error) Code() problem.Code {
	if len(e.Problems) == 0 {
		return ""
	}
	return e.Problems[0].Code
}

// Unwrap returns the typed errors of the problems.
func (e *Error) Unwrap() []error {
	var errs []error
	for _, p := range e.Problems {
		if p.Err != nil {
			errs = append(errs, p.Err)
		}
	}
	return errs
}

// A SyntaxError reports a policy file that is not of the documented form:
// not JSON, a value of the wrong type, an unknown or repeated key, or too
// large.
type SyntaxError struct {
	Reason string
}

func (e *SyntaxError) Error() string { return "policy: " + e.Reason }

// Code returns problem.PolicyMalformed.
func (e *SyntaxError) Code() problem.Code { return problem.PolicyMalformed }

// Message returns the error for people.
func (e *SyntaxError) Message() string { return e.Reason }

// ReadFile reads the policy file at path with Read, naming it by its path.
// A file that cannot be opened is an error of package os.
func ReadFile(path string, t *timescale.Table) (timescale.Policy, error) {
	f, err := os.Open(path)
	if err != nil {
		return timescale.Policy{}, err
	}
	defer f.Close()
	return Read(f, path, t)
}

// Read reads a policy file from r, named name in problems, and checks it
// against table t (nil means timescale.Statutory()) with
// timescale.Table.CheckPolicy. It returns the policy, or an *Error listing
// every problem found with its line; an error of r is returned as it is.
func Read(r io.Reader, name string, t *timescale.Table) (timescale.Policy, error) {
	if t == nil {
		t = timescale.Statutory()
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return timescale.Policy{}, err
	}
	d := &decoder{name: name, data: data, lines: lineStarts(data)}
	switch {
	case len(data) > MaxSize:
		d.fail(1, "", "the file is larger than "+strconv.Itoa(MaxSize)+" bytes: a policy file holds a few targets")
	case !utf8.Valid(data):
		d.fail(1, "", "the file is not UTF-8 text")
	default:
		d.file()
	}
	if len(d.problems) > 0 {
		return timescale.Policy{}, d.err()
	}
	if err := t.CheckPolicy(d.policy); err != nil {
		var pe *timescale.PolicyError
		if !errors.As(err, &pe) {
			return timescale.Policy{}, err
		}
		for _, p := range pe.Problems {
			d.problems = append(d.problems, Problem{File: name, Line: d.lineOf(p.Field), Field: p.Field, Code: p.Code, Message: p.Message, Err: p.Err})
		}
		return timescale.Policy{}, d.err()
	}
	return d.policy, nil
}

// Write writes p as a policy file that Read reads back as p: indented JSON
// ending in a newline.
func Write(w io.Writer, p timescale.Policy) error {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// A decoder walks the JSON of a policy file token by token, so that every
// key is known with its line.
type decoder struct {
	name     string
	data     []byte
	lines    []int // the offset at which each line starts
	dec      *json.Decoder
	policy   timescale.Policy
	at       map[string]int // line of each key path read, e.g. "targets[0].name"
	problems []Problem
}

// lineStarts returns the offset at which each line of data starts.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// line returns the line holding the byte before offset off (the end of the
// token the decoder has just read).
func (d *decoder) line(off int64) int {
	if off > 0 {
		off--
	}
	return sort.Search(len(d.lines), func(i int) bool { return int64(d.lines[i]) > off })
}

// lineOf returns the line of the key path field, or of the closest
// enclosing object read, or 1.
func (d *decoder) lineOf(field string) int {
	for f := field; f != ""; {
		if l, ok := d.at[f]; ok {
			return l
		}
		i := strings.LastIndexAny(f, ".[")
		if i < 0 {
			break
		}
		f = f[:i]
	}
	return 1
}

func (d *decoder) fail(line int, field, reason string) {
	d.problems = append(d.problems, Problem{File: d.name, Line: line, Field: field, Code: problem.PolicyMalformed, Message: reason, Err: &SyntaxError{Reason: reason}})
}

func (d *decoder) err() error {
	slices.SortStableFunc(d.problems, func(a, b Problem) int { return a.Line - b.Line })
	return &Error{Problems: d.problems}
}

// stop is panicked with by the decoder when the JSON cannot be read on.
type stop struct{}

// token returns the next token, stopping the walk at a syntax error.
func (d *decoder) token() json.Token {
	tok, err := d.dec.Token()
	if err != nil {
		line, reason := d.line(d.dec.InputOffset()+1), "the file is not valid JSON"
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se):
			line, reason = d.line(se.Offset), "not valid JSON: "+se.Error()
		case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
			reason = "the file ends before the policy does"
		}
		d.fail(line, "", reason)
		panic(stop{})
	}
	return tok
}

// file reads the whole file: one object, and nothing after it.
func (d *decoder) file() {
	d.dec = json.NewDecoder(bytes.NewReader(d.data))
	d.dec.UseNumber()
	d.at = map[string]int{"": 1}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(stop); !ok {
				panic(r)
			}
		}
	}()
	if len(bytes.TrimSpace(d.data)) == 0 {
		d.fail(1, "", `the file is empty: want a JSON object such as {"targets": [...]}`)
		return
	}
	d.object("", 1, map[string]func(string, int){
		"name": func(path string, line int) { d.policy.Name = d.text(path, line) },
		"comment": func(path string, line int) {
			d.text(path, line)
		},
		"targets": func(path string, line int) {
			d.array(path, line, func(i int, path string, line int) {
				d.policy.Targets = append(d.policy.Targets, timescale.LocalTarget{})
				d.target(i, path, line)
			})
		},
		"switched_off": func(path string, line int) {
			d.array(path, line, func(i int, path string, line int) {
				d.policy.SwitchedOff = append(d.policy.SwitchedOff, d.text(path, line))
			})
		},
	})
	if _, err := d.dec.Token(); err != io.EOF {
		d.fail(d.line(d.dec.InputOffset()), "", "there is more after the policy's closing brace: a policy file holds one JSON object")
	}
}

// target reads the object of target i.
func (d *decoder) target(i int, path string, line int) {
	x := &d.policy.Targets[i]
	d.object(path, line, map[string]func(string, int){
		"procedure": func(p string, l int) { x.Procedure = timescale.Procedure(d.text(p, l)) },
		"milestone": func(p string, l int) { x.Milestone = timescale.Milestone(d.text(p, l)) },
		"working_days": func(p string, l int) {
			tok := d.token()
			n, ok := tok.(json.Number)
			v, err := strconv.Atoi(string(n))
			if !ok || err != nil {
				d.fail(l, p, fmt.Sprintf("%s is not a whole number of working days: want a number such as 15", describe(tok)))
				d.skip(tok)
				return
			}
			x.WorkingDays = v
		},
		"name":    func(p string, l int) { x.Name = d.text(p, l) },
		"source":  func(p string, l int) { x.Source = d.text(p, l) },
		"url":     func(p string, l int) { x.URL = d.text(p, l) },
		"comment": func(p string, l int) { d.text(p, l) },
		"from": func(p string, l int) {
			s := d.text(p, l)
			date, err := calendar.ParseDate(s)
			if err != nil {
				d.problems = append(d.problems, Problem{File: d.name, Line: l, Field: p, Code: problem.CodeOf(err), Message: problem.Message(err), Err: err})
				return
			}
			x.From = date
		},
	})
}

// object reads an object at path, opened on line, calling the function of
// each key with the key's path and line. An unknown or repeated key is a
// problem, and its value is skipped.
func (d *decoder) object(path string, line int, keys map[string]func(string, int)) {
	if tok := d.token(); tok != json.Delim('{') {
		d.fail(line, path, describe(tok)+" is not an object: want {...} with the keys "+keyList(keys))
		d.skip(tok)
		return
	}
	seen := map[string]bool{}
	for d.dec.More() {
		tok := d.token()
		key, _ := tok.(string)
		l := d.line(d.dec.InputOffset())
		p := key
		if path != "" {
			p = path + "." + key
		}
		d.at[p] = l
		fn, known := keys[key]
		switch {
		case !known:
			d.fail(l, p, fmt.Sprintf("unknown key %q: want %s", key, keyList(keys)))
			d.skip(d.token())
			continue
		case seen[key]:
			d.fail(l, p, fmt.Sprintf("the key %q is given twice", key))
			d.skip(d.token())
			continue
		}
		seen[key] = true
		fn(p, l)
	}
	d.token() // the closing brace
}

// array reads an array at path, calling each for every element with its
// index, path and line.
func (d *decoder) array(path string, line int, each func(int, string, int)) {
	tok := d.token()
	if tok != json.Delim('[') {
		d.fail(line, path, describe(tok)+" is not a list: want [...]")
		d.skip(tok)
		return
	}
	for i := 0; d.dec.More(); i++ {
		p := path + "[" + strconv.Itoa(i) + "]"
		// The element starts on the line after the comma or bracket before
		// it, or later: its line is that of its first byte.
		l := d.line(d.dec.InputOffset() + int64(d.leadingSpace(d.dec.InputOffset())) + 1)
		d.at[p] = l
		each(i, p, l)
	}
	d.token() // the closing bracket
}

// leadingSpace returns the number of bytes of white space and commas from
// offset off.
func (d *decoder) leadingSpace(off int64) int {
	n := 0
	for i := int(off); i < len(d.data) && strings.IndexByte(" \t\r\n,:", d.data[i]) >= 0; i++ {
		n++
	}
	return n
}

// text reads a string value.
func (d *decoder) text(path string, line int) string {
	tok := d.token()
	s, ok := tok.(string)
	if !ok {
		d.fail(line, path, describe(tok)+" is not text: want a string in double quotes")
		d.skip(tok)
	}
	return s
}

// skip reads the rest of a value whose first token was tok.
func (d *decoder) skip(tok json.Token) {
	if tok != json.Delim('{') && tok != json.Delim('[') {
		return
	}
	for depth := 1; depth > 0; {
		switch d.token() {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
}

// describe names a JSON token for a message.
func describe(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		switch v {
		case '{':
			return "an object"
		case '[':
			return "a list"
		}
		return string(v)
	case string:
		return strconv.Quote(v)
	case json.Number:
		return string(v)
	case bool:
		return strconv.FormatBool(v)
	}
	return "null"
}

// keyList lists the keys of an object in alphabetical order.
func keyList(keys map[string]func(string, int)) string {
	names := make([]string, 0, len(keys))
	for k := range keys {
		names = append(names, k)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}
