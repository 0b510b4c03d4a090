package casefile

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"math/bits"
)

// An idSet remembers the ids of a file, each with the line it was first
// seen on, and finds a repeated id exactly.
//
// It takes some 19 bytes an id when the ids of successive records share
// most of their text, as numbered ids do (C-000123, C-000124), and that
// plus the rest of each id otherwise, against 60 to 70 bytes an id for a
// map[string]int: it is kept for BenchmarkIDSet (B/id at 1,000,000 and
// 5,000,000 ids).
//
// The ids are kept in a log, in the order they came, in blocks of
// blockLen: the first id of a block in full, each other one as the length
// of the prefix it shares with the id before it and the rest; the lines
// likewise, as the difference from the line before. A hash table indexes
// the log: each 64-bit slot holds the top tagBits bits of the id's 64-bit
// hash (its fingerprint) and the id's position in the log plus one, 0
// marking an empty slot. An id whose fingerprint matches a slot's is
// decoded from the log and compared in full, so that two ids are the same
// only when their text is, whatever the hashes: the hash only finds the
// candidates, and a true repeat is always among them.
//
// The table is split by hash into parts, each grown on its own by half
// again when three quarters full. The parts start at sizes staggered over
// one growth step, so that they do not all grow at once: the table's size
// follows the number of ids smoothly, at some 13 bytes an id, instead of
// doubling at once now and then.
type idSet struct {
	hash  func(string) uint64 // nil means maphash with seed; a test puts in a weak one
	seed  maphash.Seed
	parts [parts]idPart
	n     int // ids in the set

	log     []byte // the entries, block after block
	blocks  []int  // the offset in log of each block
	last    []byte // the last id added, which the next one is coded against
	lastLn  int    // the line of the last id added
	scratch []byte // an id decoded from the log
}

// An idPart is a part of the table: open addressing with linear probing.
type idPart struct {
	slots []uint64
	n     int
}

const (
	parts    = 16
	blockLen = 16
	posBits  = 36 // positions in the log: up to 2^36 ids
	tagBits  = 64 - posBits
	posMask  = 1<<posBits - 1
	minSlots = 64 // the size of the smallest part
)

// add records id as first seen on line, or, when id is already in the set,
// returns the line it was first seen on and true.
func (s *idSet) add(id string, line int) (first int, dup bool) {
	var h uint64
	if s.hash != nil {
		h = s.hash(id)
	} else {
		if s.seed == (maphash.Seed{}) {
			s.seed = maphash.MakeSeed()
		}
		h = maphash.String(s.seed, id)
	}
	p := &s.parts[h%parts]
	if p.n >= len(p.slots)/4*3 {
		s.grow(p, h%parts)
	}
	tag := h >> posBits << posBits
	for i := slot(h, len(p.slots)); ; i = next(i, len(p.slots)) {
		v := p.slots[i]
		if v == 0 {
			if s.n > posMask-1 {
				return 0, false // the log is full: no more ids can be told apart
			}
			p.slots[i] = tag | uint64(s.n+1)
			p.n++
			s.append(id, line)
			return 0, false
		}
		if v&^posMask == tag {
			if e, l := s.entry(int(v&posMask) - 1); string(e) == id {
				return l, true
			}
		}
	}
}

// slot returns the first slot to look at, in a part of n slots, for an id
// whose hash or slot value is v: it is taken from the fingerprint alone, so
// that grow can place an id again without decoding it and hashing it anew.
func slot(v uint64, n int) int {
	hi, _ := bits.Mul64(v&^posMask, uint64(n))
	return int(hi)
}

func next(i, n int) int {
	if i++; i == n {
		return 0
	}
	return i
}

// grow makes part k of the table larger by half (or makes it, at a size
// staggered by k), and puts its ids back in place.
func (s *idSet) grow(p *idPart, k uint64) {
	old := p.slots
	size := len(old) + len(old)/2
	if len(old) == 0 {
		size = int(minSlots * math.Pow(1.5, float64(k)/parts))
	}
	p.slots = make([]uint64, size)
	for _, v := range old {
		if v == 0 {
			continue
		}
		i := slot(v, size)
		for p.slots[i] != 0 {
			i = next(i, size)
		}
		p.slots[i] = v
	}
}

// append adds id, seen on line, to the end of the log.
func (s *idSet) append(id string, line int) {
	if s.n%blockLen == 0 {
		s.blocks = append(s.blocks, len(s.log))
		s.log = binary.AppendUvarint(s.log, uint64(line))
		s.log = binary.AppendUvarint(s.log, uint64(len(id)))
		s.log = append(s.log, id...)
	} else {
		shared := commonPrefix(s.last, id)
		s.log = binary.AppendUvarint(s.log, uint64(line-s.lastLn))
		s.log = binary.AppendUvarint(s.log, uint64(shared))
		s.log = binary.AppendUvarint(s.log, uint64(len(id)-shared))
		s.log = append(s.log, id[shared:]...)
	}
	s.last = append(s.last[:0], id...)
	s.lastLn = line
	s.n++
}

// entry returns the id at position pos of the log, and its line. The id is
// valid until the next call of entry.
func (s *idSet) entry(pos int) (id []byte, line int) {
	off := s.blocks[pos/blockLen]
	uvarint := func() int {
		v, w := binary.Uvarint(s.log[off:])
		off += w
		return int(v)
	}
	line = uvarint()
	n := uvarint()
	id = append(s.scratch[:0], s.log[off:off+n]...)
	off += n
	for range pos % blockLen {
		line += uvarint()
		shared := uvarint()
		n := uvarint()
		id = append(id[:shared], s.log[off:off+n]...)
		off += n
	}
	s.scratch = id
	return id, line
}

// commonPrefix returns the length of the longest prefix a and b share.
func commonPrefix(a []byte, b string) int {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}
