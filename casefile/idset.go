package casefile

import (
	"encoding/binary"
	"hash/maphash"
)

// An idSet remembers the ids of a file, each with the line it was first
// seen on, in little memory: 15 to 25 bytes per id plus the id's length,
// against about 50 for a map[string]int holding copies of the ids, and
// without a pointer for the garbage collector to follow.
//
// Every entry is written end to end into one byte arena (the id's length,
// the id, the line, the numbers as uvarints), and an open-addressing table
// of 64-bit slots, at most three quarters full, indexes the arena: each
// slot holds the top 24 bits of the id's hash and the entry's offset in the
// arena plus one (0 marks an empty slot). Ids are compared in full, so the
// set is exact whatever the hashes.
type idSet struct {
	seed  maphash.Seed
	arena []byte
	slots []uint64
	n     int // entries in the set
	// expect is the number of ids the set expects to hold (0 when unknown),
	// so that the first table is made large enough and never regrown.
	expect int
}

const (
	offsetBits = 40 // an arena of up to 1 TiB
	offsetMask = 1<<offsetBits - 1
)

// add records id as first seen on line, or, when id is already in the set,
// returns the line it was first seen on and true.
func (s *idSet) add(id string, line int) (first int, dup bool) {
	if s.n >= len(s.slots)/4*3 {
		s.grow()
	}
	h := maphash.String(s.seed, id)
	tag := h &^ offsetMask
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		v := s.slots[i]
		if v == 0 {
			off := len(s.arena)
			s.arena = binary.AppendUvarint(s.arena, uint64(len(id)))
			s.arena = append(s.arena, id...)
			s.arena = binary.AppendUvarint(s.arena, uint64(line))
			s.slots[i] = tag | uint64(off+1)
			s.n++
			return 0, false
		}
		if v&^offsetMask == tag {
			if e, l, _ := s.entry(int(v&offsetMask) - 1); string(e) == id {
				return l, true
			}
		}
	}
}

// entry returns the id and line of the entry at offset off of the arena,
// and the offset of the next entry.
func (s *idSet) entry(off int) (id []byte, line, next int) {
	n, w := binary.Uvarint(s.arena[off:])
	off += w
	id = s.arena[off : off+int(n)]
	off += int(n)
	l, w := binary.Uvarint(s.arena[off:])
	return id, int(l), off + w
}

// grow doubles the table (or makes the first one) and indexes every entry
// again, walking the arena from start to end.
func (s *idSet) grow() {
	if len(s.slots) == 0 {
		s.seed = maphash.MakeSeed()
		size := 1024
		for size/4*3 < s.expect {
			size *= 2
		}
		s.slots = make([]uint64, size)
		s.arena = make([]byte, 0, s.expect*24) // an entry takes about 24 bytes for a typical id
		return
	}
	s.slots = make([]uint64, 2*len(s.slots))
	mask := uint64(len(s.slots) - 1)
	for off := 0; off < len(s.arena); {
		id, _, next := s.entry(off)
		h := maphash.Bytes(s.seed, id)
		i := h & mask
		for s.slots[i] != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = h&^offsetMask | uint64(off+1)
		off = next
	}
}
