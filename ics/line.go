package ics

import (
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
)

// maxLine is the longest a content line may be, in octets, not counting
// its CRLF (RFC 5545 section 3.1).
const maxLine = 75

// prop writes the content line name:value, value written as it is: it must
// need no escaping (a number, a date, a word).
func (w *Writer) prop(name, value string) {
	w.line = append(append(append(w.line[:0], name...), ':'), value...)
	w.fold(w.line)
}

// dateProp writes name;VALUE=DATE:YYYYMMDD.
func (w *Writer) dateProp(name string, d calendar.Date) {
	w.line = append(append(w.line[:0], name...), ";VALUE=DATE:"...)
	w.line = appendDate(w.line, d)
	w.fold(w.line)
}

// text writes the content line name:value with value escaped as TEXT.
func (w *Writer) text(name, value string) {
	w.line = appendText(append(append(w.line[:0], name...), ':'), value)
	w.fold(w.line)
}

// raw writes the content line name:value for a value already escaped (an
// esc) or that needs no escaping.
func (w *Writer) raw(name string, value []byte) {
	w.line = append(append(append(w.line[:0], name...), ':'), value...)
	w.fold(w.line)
}

// An esc is a TEXT value being built, escaped as it grows.
type esc []byte

// add appends s, escaped.
func (e *esc) add(ss ...string) {
	for _, s := range ss {
		*e = appendText(*e, s)
	}
}

// newline appends a line break, escaped.
func (e *esc) newline() { *e = append(*e, '\\', 'n') }

// appendText appends s escaped as an iCalendar TEXT value (RFC 5545
// section 3.3.11): a backslash, a semicolon and a comma are preceded by a
// backslash, and a line break (LF, CRLF or CR) is written \n. The other
// control characters, which TEXT cannot hold, and bytes that are not UTF-8
// become U+FFFD; a tab is kept.
func appendText(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		// The run of bytes written as they are, in one append.
		j := i
		for j < len(s) && plain[s[j]] {
			j++
		}
		b = append(b, s[i:j]...)
		if j == len(s) {
			break
		}
		i = j
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				b = utf8.AppendRune(b, utf8.RuneError)
			} else {
				b = append(b, s[i:i+n]...)
			}
			i += n
			continue
		case c == '\\' || c == ';' || c == ',':
			b = append(b, '\\', c)
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		default: // a control character
			b = utf8.AppendRune(b, utf8.RuneError)
		}
		i++
	}
	return b
}

// plain says which bytes a TEXT value holds as they are: printable ASCII
// but the backslash, the semicolon and the comma, and the tab.
var plain = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '\\' && c != ';' && c != ','
	}
	t['\t'] = true
	return t
}()

// fold writes line, folded into lines of at most maxLine octets, each
// ending in CRLF; a continuation line begins with a space (RFC 5545
// section 3.1). A line is never broken inside a UTF-8 character.
func (w *Writer) fold(line []byte) {
	limit := maxLine
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		w.bw.Write(line[:cut])
		w.bw.WriteString("\r\n ")
		line = line[cut:]
		limit = maxLine - 1 // the space that begins a continuation counts
	}
	w.bw.Write(line)
	w.bw.WriteString("\r\n")
}
