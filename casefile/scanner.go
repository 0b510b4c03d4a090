package casefile

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"io"
	"math/bits"
	"unsafe"
)

// A scanner splits CSV text into records, field by field, the way an
// encoding/csv Reader does with its defaults (Comma ',', no Comment,
// LazyQuotes and TrimLeadingSpace false), but without allocating for each
// record: the fields it returns are strings that point into its own
// buffers, valid only until the next call of scan.
//
// What it shares with encoding/csv, so that a case file reads the same
// whichever of the two splits it:
//
//   - A line ends at "\n"; a "\r" just before the "\n" is dropped, and so
//     is a "\r" that is the last byte of the input. Any other "\r" is text.
//     Inside a quoted field a line break is kept as a single "\n".
//   - A line with nothing on it (once its line break is taken off) is
//     skipped. A final line without a line break is read as any other.
//   - A field is quoted when its first byte is '"'. A quoted field ends at
//     a '"' followed by ',' or by the end of the line; `""` stands for one
//     '"'; any other byte after a '"' is an error (csv.ErrQuote), and so is
//     the end of the input before the closing quote. A '"' anywhere in an
//     unquoted field is an error (csv.ErrBareQuote).
//   - Errors are *csv.ParseError values with the same StartLine, Line and
//     Column (a 1-based byte offset in the line) as encoding/csv gives, and
//     after one, scanning goes on with the line after the one on which the
//     error was found.
//   - An error from the underlying reader is returned after the record it
//     cut short; a syntax error found in that record takes precedence.
//
// FuzzScannerMatchesEncodingCSV holds the scanner to all of that.
type scanner struct {
	br   *bufio.Reader
	line int // physical lines read so far, counting from 1

	long   []byte   // a line longer than br's buffer, gathered from its pieces
	buf    []byte   // the unquoted text of a record that has quotes in it
	ends   []int    // the end of each field in buf
	fields []string // the fields returned
}

func newScanner(br *bufio.Reader) *scanner { return &scanner{br: br} }

// scan returns the fields of the next record and the line on which it
// starts. The strings in fields refer to the scanner's buffers, or to
// br's, and change with the next call of scan (or any other read from br):
// whoever keeps one must copy it first.
//
// At the end of the input scan returns io.EOF. A syntax error is a
// *csv.ParseError, and the next call goes on after it. Any other error is
// the underlying reader's.
func (s *scanner) scan() (fields []string, start int, err error) {
	text, nl, err := s.readLine()
	for err == nil && len(text) == 0 {
		text, nl, err = s.readLine() // a blank line
	}
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	if err == nil {
		// The common case: a record on one line without quotes, whose
		// fields are the pieces between its commas.
		if fields, ok := s.split(text); ok {
			return fields, s.line, nil
		}
	}
	return s.scanQuoted(text, nl, err)
}

// readLine reads the next physical line and returns its text without the
// line break, and whether there was one. A "\r" before the "\n" is part of
// the line break; at the end of the input, a last line without "\n" loses
// a final "\r" instead. The text is valid until the next read from br.
//
// readLine returns io.EOF only with no text; text cut short by another
// error is returned with that error.
func (s *scanner) readLine() (text []byte, nl bool, err error) {
	line, err := s.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		s.long = append(s.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = s.br.ReadSlice('\n')
			s.long = append(s.long, line...)
		}
		line = s.long
	}
	s.line++
	n := len(line)
	if n == 0 {
		return nil, false, err
	}
	switch {
	case line[n-1] == '\n':
		nl = true
		n--
		if n > 0 && line[n-1] == '\r' {
			n--
		}
	case err == io.EOF:
		if line[n-1] == '\r' {
			n--
		}
	}
	if err == io.EOF {
		err = nil // the last line, without a line break; io.EOF comes with the next call
	}
	return line[:n], nl, err
}

// split returns the comma-separated pieces of text as the fields of a
// record, which refer to text, or false if text holds a '"' (and so needs
// scanQuoted).
//
// It looks at eight bytes at a time, finding the commas and quotes among
// them with bit arithmetic: the lines of a case file are some hundred bytes
// long with twenty fields, mostly short, and a call of bytes.IndexByte for
// each field costs more than the search itself.
func (s *scanner) split(text []byte) ([]string, bool) {
	fields := s.fields[:0]
	from := 0 // the start of the field being read
	var quotes uint64
	i := 0
	for ; i+8 <= len(text); i += 8 {
		w := binary.LittleEndian.Uint64(text[i:])
		quotes |= zeroBytes(w ^ allQuotes)
		for commas := zeroBytes(w ^ allCommas); commas != 0; commas &= commas - 1 {
			j := i + bits.TrailingZeros64(commas)/8
			fields = append(fields, str(text[from:j]))
			from = j + 1
		}
	}
	for ; i < len(text); i++ {
		switch text[i] {
		case ',':
			fields = append(fields, str(text[from:i]))
			from = i + 1
		case '"':
			quotes = 1
		}
	}
	fields = append(fields, str(text[from:]))
	s.fields = fields
	return fields, quotes == 0
}

const (
	allCommas = 0x2C2C2C2C2C2C2C2C // ',' in every byte
	allQuotes = 0x2222222222222222 // '"' in every byte
	low7      = 0x7F7F7F7F7F7F7F7F
)

// zeroBytes returns a word with the top bit set in each byte that is zero
// in x, and every other bit clear. Adding 0x7F to the low seven bits of a
// byte sets its top bit unless they are all zero, and cannot carry into
// the next byte; or-ing in x adds the byte's own top bit. So a byte's top
// bit ends up clear only when the byte is zero, whatever its neighbours,
// unlike the shorter (x - 0x01...) & ^x & 0x80... test, which can mark a
// 0x01 byte above a zero one.
func zeroBytes(x uint64) uint64 {
	return ^((x&low7 + low7) | x | low7)
}

// scanQuoted reads a record that has a '"' on its first line, or that an
// error from the underlying reader cut short: text is the first line, nl
// whether it ended in a line break, and readErr the error that came with
// it, if any. The record's unquoted text is gathered in s.buf, since a
// quoted field may run over several lines and the text of each line is
// only valid until the next is read.
func (s *scanner) scanQuoted(text []byte, nl bool, readErr error) (fields []string, start int, err error) {
	start = s.line
	pos := s.line // the line of text, as encoding/csv reports an unclosed quote: the last line that had a byte
	col := 1      // the column of text[0] (more only when text is the empty end of the input)
	s.buf = s.buf[:0]
	s.ends = s.ends[:0]
	i := 0 // the offset in text of the next byte to read
	field := func() { s.ends = append(s.ends, len(s.buf)) }

record:
	for {
		if i == len(text) || text[i] != '"' {
			// An unquoted field, which ends at the next comma or the end
			// of the line, and may not hold a '"'.
			end := len(text)
			if j := bytes.IndexByte(text[i:], ','); j >= 0 {
				end = i + j
			}
			if j := bytes.IndexByte(text[i:end], '"'); j >= 0 {
				err = &csv.ParseError{StartLine: start, Line: s.line, Column: col + i + j, Err: csv.ErrBareQuote}
				break record
			}
			s.buf = append(s.buf, text[i:end]...)
			field()
			if end == len(text) {
				break record
			}
			i = end + 1
			continue record
		}

		// A quoted field.
		i++
		for {
			if j := bytes.IndexByte(text[i:], '"'); j >= 0 {
				s.buf = append(s.buf, text[i:i+j]...)
				i += j + 1 // just after the '"'
				switch {
				case i == len(text): // the end of the record
					field()
					break record
				case text[i] == '"': // a doubled quote, standing for one
					s.buf = append(s.buf, '"')
					i++
				case text[i] == ',': // the end of the field
					field()
					i++
					continue record
				default:
					err = &csv.ParseError{StartLine: start, Line: s.line, Column: col + i - 1, Err: csv.ErrQuote}
					break record
				}
				continue
			}
			if i == len(text) && !nl {
				// The end of the input (or of what the reader gave) inside
				// the quotes.
				if readErr == nil {
					err = &csv.ParseError{StartLine: start, Line: pos, Column: col + i, Err: csv.ErrQuote}
					break record
				}
				field()
				break record
			}
			// The field goes on on the next line.
			s.buf = append(s.buf, text[i:]...)
			if nl {
				s.buf = append(s.buf, '\n')
			}
			if readErr != nil {
				break record
			}
			after := col + len(text)
			if nl {
				after++
			}
			text, nl, readErr = s.readLine()
			if readErr == io.EOF {
				readErr = nil // reported as an unclosed quote, above, on the next turn
			}
			i = 0
			if len(text) > 0 || nl {
				pos++
				col = 1
			} else {
				col = after // nothing more: an unclosed quote is reported where the last line ended
			}
		}
	}
	if err == nil {
		err = readErr
	}

	fields = s.fields[:0]
	from := 0
	for _, end := range s.ends {
		fields = append(fields, str(s.buf[from:end]))
		from = end
	}
	s.fields = fields
	return fields, start, err
}

// str returns the bytes of b as a string without copying them: the string
// changes if b's array is written to, so it must not be kept beyond the
// next call of scan.
func str(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
