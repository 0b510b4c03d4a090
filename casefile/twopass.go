package casefile

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"hash/maphash"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// readIDsFirst is the first of the two readings of ReadIDsFirst: it reads
// the file from src, a record at a time as the Reader would but looking
// only at each record's id, and keeps in r.repeats the fingerprints that
// two or more of the ids have. It then puts src back where it was and
// makes r read it again, no further than the first reading went.
//
// It does nothing when src cannot tell its position (a pipe), and stops at
// a header the Reader cannot use, which the second reading reports. An
// error of src, or of putting it back, is returned.
func (r *Reader) readIDsFirst(src io.ReadSeeker) error {
	start, err := src.Seek(0, io.SeekCurrent)
	if err != nil {
		return nil // not seekable after all: one reading, every id remembered
	}
	in := &countingReader{r: src}
	first := &Reader{name: r.name, br: bufio.NewReaderSize(in, 64<<10), Lenient: r.Lenient, MaxLineBytes: r.MaxLineBytes}
	var prints fingerprints
	switch err := first.eachID(func(id []byte) { prints.add(r.fingerprintBytes(id)) }); {
	case err == nil:
		r.repeats = prints.repeated()
		if len(r.repeats) > 0 {
			r.repeatTops = make([]uint64, 1<<repeatTopBits/64)
			for _, fp := range r.repeats {
				word, bit := repeatTop(fp)
				r.repeatTops[word] |= bit
			}
		}
		r.twoPass = true
	case isHeaderError(err):
		// The second reading finds the header bad too, and says why.
	default:
		return err
	}
	if _, err := src.Seek(start, io.SeekStart); err != nil {
		return err
	}
	r.br.Reset(&io.LimitedReader{R: src, N: in.n})
	return nil
}

func isHeaderError(err error) bool {
	var he *HeaderError
	return errors.As(err, &he)
}

// eachID reads the header and then every record of the file, calling fn
// with the id of each record whose id the Reader would look up in its set
// of ids read: a record with as many fields as the header allows, and an
// id cell that is not empty and is UTF-8 (see parse). It returns nil at
// the end of the file, a [*HeaderError] for a header that cannot be used,
// or the error of the underlying reader.
func (r *Reader) eachID(fn func(id []byte)) error {
	if err := r.readHeader(); err != nil {
		return err
	}
	at := slices.IndexFunc(r.cols, func(c column) bool { return c != ignored && c.field().Name == "id" })
	for {
		line, rec, start, err := r.sc.scanRaw()
		if err != nil {
			switch {
			case err == io.EOF:
				return nil
			case badRow(err):
				continue // the Reader reads no id from it
			}
			return err
		}
		r.line = start
		if line != nil {
			// Most rows: looked at in place, with nothing made of them, so
			// that the first reading allocates nothing a row
			// (BenchmarkReadIDsFirst, allocs/row).
			if id, ok := r.idOfLine(line, at); ok {
				fn(id)
			}
			continue
		}
		if blank(rec) || r.checkWidth(rec) != nil {
			continue
		}
		if id := strings.TrimSpace(rec[at]); id != "" && utf8.ValidString(id) {
			fn([]byte(id))
		}
	}
}

// idOfLine returns the id of a record on one line without quotes, whose
// fields are the pieces of line between its commas, and whether the
// Reader would look it up in its set of ids read: it does so, as parse
// does, when the row has as many fields as the header allows (checkWidth)
// and an id cell that, trimmed, is not empty (so the row is not blank) and
// is UTF-8. Only the id cell, and in a lenient Reader the fields past the
// header's, are looked at (BenchmarkReadIDsFirst, the first reading).
func (r *Reader) idOfLine(line []byte, at int) ([]byte, bool) {
	n := bytes.Count(line, []byte{','}) + 1
	if n < r.named || !r.Lenient && n != r.named {
		return nil, false // the wrong number of fields
	}
	id := afterFields(line, at)
	if i := bytes.IndexByte(id, ','); i >= 0 {
		id = id[:i]
	}
	if id = bytes.TrimSpace(id); len(id) == 0 || !utf8.Valid(id) {
		return nil, false
	}
	if n > r.named {
		// A lenient Reader takes a row with more fields than the header
		// names columns only when the extra ones are empty.
		for rest, more := afterFields(line, r.named), true; more; {
			var field []byte
			field, rest, more = bytes.Cut(rest, []byte{','})
			if len(bytes.TrimSpace(field)) > 0 {
				return nil, false
			}
		}
	}
	return id, true
}

// afterFields returns line from its field k on (counting from 0), for a
// line with more than k fields.
func afterFields(line []byte, k int) []byte {
	for range k {
		line = line[bytes.IndexByte(line, ',')+1:]
	}
	return line
}

// badRow reports whether err, from the scanner, is the error of a row
// that cannot be read, after which reading goes on.
func badRow(err error) bool {
	var pe *csv.ParseError
	var tl *LineTooLongError
	return errors.As(err, &pe) || errors.As(err, &tl)
}

// fingerprint returns the 32-bit fingerprint of id, with maphash.String,
// not a maphash.Hash, which copies the id into a buffer first: 6 to 11 ns
// an id against 15 to 17 (BenchmarkFingerprint), twice a row of assess.
func (r *Reader) fingerprint(id string) uint32 {
	if r.weakPrint != nil {
		return r.weakPrint(id)
	}
	return uint32(maphash.String(r.seed(), id) >> 32)
}

// fingerprintBytes returns fingerprint(string(id)) without making the
// string.
func (r *Reader) fingerprintBytes(id []byte) uint32 {
	if r.weakPrint != nil {
		return r.weakPrint(string(id))
	}
	return uint32(maphash.Bytes(r.seed(), id) >> 32)
}

// seed returns the key of the fingerprints, choosing it on first use.
func (r *Reader) seed() maphash.Seed {
	if r.printSeed == (maphash.Seed{}) {
		r.printSeed = maphash.MakeSeed()
	}
	return r.printSeed
}

// mayRepeat reports whether id is one the Reader must remember to find its
// repeats: any id, unless the first reading of ReadIDsFirst found that no
// other id has its fingerprint, and so that it occurs in one record only.
func (r *Reader) mayRepeat(id string) bool {
	if !r.twoPass {
		return true
	}
	if len(r.repeats) == 0 {
		return false
	}
	fp := r.fingerprint(id)
	if word, bit := repeatTop(fp); r.repeatTops[word]&bit == 0 {
		return false // most ids, told without a search (BenchmarkReadIDsFirst, both readings)
	}
	_, found := slices.BinarySearch(r.repeats, fp)
	return found
}

// repeatTopBits is the number of top bits of a fingerprint that
// Reader.repeatTops marks.
const repeatTopBits = 16

// repeatTop returns the word of Reader.repeatTops, and the bit in it, that
// stand for the top bits of fp.
func repeatTop(fp uint32) (word int, bit uint64) {
	top := fp >> (32 - repeatTopBits)
	return int(top / 64), 1 << (top % 64)
}

// A countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// fingerprints gathers the 32-bit fingerprints of the ids of a file and
// finds those that occur more than once. They are kept in 256 buckets by
// their top byte, each holding the other three bytes of its fingerprints,
// 3 bytes an id (BenchmarkReadIDsFirst, B/row), in a list of chunks of at
// most chunkLen bytes, so that nothing is copied as they grow; each bucket
// is sorted on its own at the end, in a little memory of its own.
type fingerprints struct {
	buckets [256][][]byte
}

const chunkLen = 3 << 12

func (f *fingerprints) add(fp uint32) {
	b := &f.buckets[fp>>24]
	switch n := len(*b); {
	case n == 0:
		*b = append(*b, nil) // grown by append: a small file takes little
	case len((*b)[n-1]) >= chunkLen:
		*b = append(*b, make([]byte, 0, chunkLen))
	}
	c := &(*b)[len(*b)-1]
	*c = append(*c, byte(fp>>16), byte(fp>>8), byte(fp))
}

// repeated returns, in increasing order, each fingerprint added more than
// once, and empties f.
func (f *fingerprints) repeated() []uint32 {
	// Each bucket is sorted by the next byte of its fingerprints first, a
	// counting sort, and then each run of one next byte, of some fifteen
	// fingerprints for a million, by the last two bytes: faster than
	// sorting each bucket whole (BenchmarkReadIDsFirst, the repeats found
	// among the fingerprints).
	var out, low []uint32
	for top := range f.buckets {
		var at [257]int // where the fingerprints of each next byte go in low, and then where they end
		for _, c := range f.buckets[top] {
			for i := 0; i < len(c); i += 3 {
				at[int(c[i])+1]++
			}
		}
		for b := 1; b < len(at); b++ {
			at[b] += at[b-1]
		}
		low = slices.Grow(low[:0], at[256])[:at[256]]
		for _, c := range f.buckets[top] {
			for i := 0; i < len(c); i += 3 {
				low[at[c[i]]] = uint32(c[i+1])<<8 | uint32(c[i+2])
				at[c[i]]++
			}
		}
		f.buckets[top] = nil
		from := 0
		for next, end := range at[:256] {
			run := low[from:end]
			from = end
			slices.Sort(run)
			for j := 1; j < len(run); j++ {
				if run[j] == run[j-1] && (j == 1 || run[j-2] != run[j]) {
					out = append(out, uint32(top)<<24|uint32(next)<<16|run[j])
				}
			}
		}
	}
	return out
}
