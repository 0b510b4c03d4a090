package casefile

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"math/bits"
	"strings"
	"unicode/utf8"
)

// A scanner splits CSV text into records, field by field, the way an
// encoding/csv Reader does with its defaults (Comma ',', no Comment,
// LazyQuotes and TrimLeadingSpace false), but with a bound on the memory a
// record may take: a line, or the text of a record whose quoted fields run
// over several lines, of more than max bytes is a *LineTooLongError, after
// which scanning goes on with the next line. The fields of a record are
// pieces of one string, which the scanner makes for a record with quotes in
// it, and for a line without quotes shares with the lines around it (see
// chunk).
//
// What it shares with encoding/csv, so that a case file reads the same
// whichever of the two splits it (within the bound):
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
// FuzzScannerMatchesEncodingCSV holds the scanner to all of that, and
// FuzzReadLongLines to the bound.
//
// It is kept, not encoding/csv, for the bound (encoding/csv holds a line of
// any length) and for BenchmarkScanner (at 1,000,000 records it takes about
// half the time of encoding/csv).
type scanner struct {
	br   *bufio.Reader
	max  int  // the most bytes a line, or the text of a record, may take
	line int  // physical lines read so far, counting from 1
	skip bool // the rest of the current line is to be discarded: it is too long

	long   []byte   // a line longer than br's buffer, gathered from its pieces
	buf    []byte   // the unquoted text of a record that has quotes in it
	ends   []int    // the end of each field in buf
	fields []string // the fields returned
	valid  bool     // every field returned is UTF-8

	// chunk is a copy, in one string, of what br had buffered when it was
	// made, and chunk[off:] the part of it br has not yet given: the bytes
	// br gives next. A line that is there whole, without quotes, is taken
	// from it as a piece of it, so that most records need no string of
	// their own (BenchmarkScanner, allocs/op; BenchmarkRead). Every read
	// from br moves off on, so that the two keep step.
	chunk string
	off   int
}

// newScanner returns a scanner that reads from br, refusing lines and
// records of more than max bytes.
func newScanner(br *bufio.Reader, max int) *scanner { return &scanner{br: br, max: max} }

// scan returns the fields of the next record and the line on which it
// starts, and sets s.valid. The slice is reused by the next call of scan;
// the strings are not, but they may be pieces of a string that holds other
// records too, and so must be copied to be kept without keeping it.
//
// At the end of the input scan returns io.EOF. A syntax error is a
// *csv.ParseError, a line or record too long a *LineTooLongError, and the
// next call goes on after it. Any other error is the underlying reader's.
func (s *scanner) scan() (fields []string, start int, err error) {
	if line, n, ok := s.plainLine(); ok {
		if fields, ok := s.split(line); ok {
			s.take(n)
			return fields, s.line, nil
		}
	}
	line, fields, start, err := s.scanRaw()
	if line != nil {
		fields, _ = s.split(string(line)) // without a '"', as scanRaw gives it
		return fields, start, nil
	}
	s.valid = false // not known: the fields are checked one by one
	return fields, start, err
}

// plainLine returns the next line, without its line break, and the bytes
// it takes with its line break, when it is in s.chunk whole, with its line
// break, and within s.max bytes, making a new chunk of what br has
// buffered when the last is used up; it takes the blank lines before the
// line. Otherwise it reports false, having taken nothing but the blank
// lines: the record is for scanRaw. The caller takes the line with take,
// or leaves it to scanRaw.
func (s *scanner) plainLine() (line string, n int, ok bool) {
	if s.skip {
		return "", 0, false
	}
	for {
		i := strings.IndexByte(s.chunk[s.off:], '\n')
		if i < 0 {
			b, _ := s.br.Peek(s.br.Buffered()) // never an error: no more than is buffered
			s.chunk, s.off = string(b), 0
			if i = strings.IndexByte(s.chunk, '\n'); i < 0 {
				return "", 0, false
			}
		}
		line := s.chunk[s.off : s.off+i]
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		if len(line) > s.max {
			return "", 0, false
		}
		if len(line) > 0 {
			return line, i + 1, true
		}
		s.take(i + 1)
	}
}

// take takes the line of n bytes, its line break included, that
// plainLine returned.
func (s *scanner) take(n int) {
	s.br.Discard(n) // never an error: the line is buffered
	s.off += n
	s.line++
}

// readSlice reads from br up to and including the next '\n', as
// ReadSlice does, keeping s.chunk in step.
func (s *scanner) readSlice() ([]byte, error) {
	line, err := s.br.ReadSlice('\n')
	s.off = min(s.off+len(line), len(s.chunk))
	return line, err
}

// scanRaw is scan for a caller that looks at a record only until the next
// call: the common record, on one line without quotes, whose fields are
// the pieces between its commas, is returned as that line, not split and
// with no string made of it, valid until the next call; any other record
// is returned as scan returns it.
func (s *scanner) scanRaw() (line []byte, fields []string, start int, err error) {
	if s.skip {
		if err := s.skipLine(); err != nil {
			return nil, nil, 0, err
		}
	}
	text, nl, err := s.readLine()
	for err == nil && len(text) == 0 {
		text, nl, err = s.readLine() // a blank line
	}
	switch err.(type) {
	case nil:
		if bytes.IndexByte(text, '"') < 0 {
			return text, nil, s.line, nil
		}
	case *LineTooLongError:
		return nil, nil, s.line, err
	}
	if err == io.EOF {
		return nil, nil, 0, io.EOF
	}
	fields, start, err = s.scanQuoted(text, nl, err)
	return nil, fields, start, err
}

// readLine reads the next physical line and returns its text without the
// line break, and whether there was one. A "\r" before the "\n" is part of
// the line break; at the end of the input, a last line without "\n" loses
// a final "\r" instead. The text is valid until the next read from br.
//
// readLine returns io.EOF only with no text; text cut short by another
// error is returned with that error. A line of more than s.max bytes is a
// *LineTooLongError, with no text; when the error comes before the end of
// the line, s.skip is set and the next scan discards the rest of it, so
// that no more than s.max bytes of a line are ever held.
func (s *scanner) readLine() (text []byte, nl bool, err error) {
	line, err := s.readSlice()
	s.line++
	if err == bufio.ErrBufferFull {
		s.long = s.long[:0]
		for err == bufio.ErrBufferFull {
			// The line has more to come, and so more than len(s.long) +
			// len(line) bytes once its line break ("\r\n" at most) is off.
			if len(s.long)+len(line)-1 > s.max {
				s.skip = true
				return nil, false, s.tooLong(s.line)
			}
			s.long = append(grow(s.long, len(line), s.max+2), line...)
			line, err = s.readSlice()
		}
		// The last piece, after which the line has no more than two bytes
		// of line break to lose.
		if len(s.long)+len(line)-2 > s.max {
			if err != nil && err != io.EOF {
				return nil, false, err // the reader's error cut the line short
			}
			return nil, false, s.tooLong(s.line) // the whole line is read
		}
		s.long = append(grow(s.long, len(line), s.max+2), line...)
		line = s.long
	}
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
	if n > s.max && err == nil {
		return nil, false, s.tooLong(s.line)
	}
	return line[:n], nl, err
}

// skipLine discards the rest of the current line, up to and including its
// line break.
func (s *scanner) skipLine() error {
	s.skip = false
	for {
		_, err := s.readSlice()
		switch err {
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			return nil
		}
		return err
	}
}

func (s *scanner) tooLong(start int) error {
	return &LineTooLongError{StartLine: start, Line: s.line, Limit: s.max}
}

// grow returns dst with room for n more bytes, growing it no further than
// limit bytes when len(dst)+n is within them (append could double it).
func grow(dst []byte, n, limit int) []byte {
	if need := len(dst) + n; need > cap(dst) {
		grown := make([]byte, len(dst), max(need, min(2*cap(dst), limit)))
		copy(grown, dst)
		dst = grown
	}
	return dst
}

// split returns the comma-separated pieces of rec as the fields of a
// record, and sets s.valid; or, when rec holds a '"', reports false.
func (s *scanner) split(rec string) (fields []string, ok bool) {
	// Eight bytes at a time, as a word in which the bytes that are commas,
	// or quotes, are found at once; a call of strings.IndexByte for each
	// field, and a loop over the bytes one by one, cost more
	// (BenchmarkScanner).
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	fields = s.fields[:0]
	start := 0
	var high uint64 // the words of rec ORed: without highs for ASCII
	i := 0
	for ; i+8 <= len(rec); i += 8 {
		w := word(rec[i : i+8])
		high |= w
		if zeroBytes(w^('"'*ones)) != 0 {
			return nil, false
		}
		for m := zeroBytes(w ^ (',' * ones)); m != 0; m &= m - 1 {
			j := i + bits.TrailingZeros64(m)/8
			fields = append(fields, rec[start:j])
			start = j + 1
		}
	}
	for ; i < len(rec); i++ {
		switch c := rec[i]; c {
		case ',':
			fields = append(fields, rec[start:i])
			start = i + 1
		case '"':
			return nil, false
		default:
			high |= uint64(c)
		}
	}
	fields = append(fields, rec[start:])
	s.fields = fields
	// A line of UTF-8 cut at its commas, which no character of more than a
	// byte holds, is cut into UTF-8: the line is checked once for all its
	// fields (BenchmarkRead).
	s.valid = high&highs == 0 || utf8.ValidString(rec)
	return fields, true
}

// word returns the first eight bytes of s, of eight or more, as a
// little-endian word, in one load after one check of the length, not one
// for each byte (BenchmarkScanner).
func word(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeroBytes returns x with the top bit of each of its bytes that is zero
// set, and every other bit clear.
func zeroBytes(x uint64) uint64 {
	const lows = 0x7f7f7f7f7f7f7f7f
	return ^(((x & lows) + lows) | x | lows)
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
	// Every line adds at most its length and a line break to s.buf.
	s.buf = grow(s.buf[:0], len(text)+1, s.max+1)
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
			if tl, ok := readErr.(*LineTooLongError); ok {
				tl.StartLine = start
				return nil, start, tl
			}
			if len(s.buf)+len(text) > s.max {
				return nil, start, s.tooLong(start)
			}
			s.buf = grow(s.buf, len(text)+1, s.max+1)
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

	rec := string(s.buf)
	fields = s.fields[:0]
	from := 0
	for _, end := range s.ends {
		fields = append(fields, rec[from:end])
		from = end
	}
	s.fields = fields
	return fields, start, err
}
