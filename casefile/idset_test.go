package casefile

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// idModel is the naive model of an idSet: a map from each id to the line
// it was first seen on.
type idModel map[string]int

func (m idModel) add(id string, line int) (int, bool) {
	if first, ok := m[id]; ok {
		return first, true
	}
	m[id] = line
	return 0, false
}

// checkIDSet adds ids, the i-th on line 2i+1, to set and to the model, and
// fails t at the first answer on which they differ.
func checkIDSet(t *testing.T, set *idSet, ids []string) {
	t.Helper()
	model := idModel{}
	for i, id := range ids {
		line := 2*i + 1
		gotFirst, gotDup := set.add(id, line)
		wantFirst, wantDup := model.add(id, line)
		if gotFirst != wantFirst || gotDup != wantDup {
			t.Fatalf("add(%q, %d), the %dth id: got (%d, %v), want (%d, %v)", id, line, i, gotFirst, gotDup, wantFirst, wantDup)
		}
	}
}

// mixedIDs returns n ids, about a tenth of them repeats of earlier ones,
// of many shapes: numbered in sequence, random, long, sharing long
// prefixes, empty, multi-byte.
func mixedIDs(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 17))
	ids := make([]string, 0, n)
	for i := range n {
		var id string
		switch k := r.IntN(10); {
		case k == 0 && i > 0:
			id = ids[r.IntN(len(ids))] // a repeat
		case k < 5:
			id = fmt.Sprintf("C-%07d", i)
		case k < 7:
			id = fmt.Sprintf("%x", r.Uint64()>>r.IntN(64))
		case k < 8:
			id = strings.Repeat("x", r.IntN(300)) + fmt.Sprint(r.IntN(50))
		case k < 9:
			id = "Ffôn-ŵ-" + fmt.Sprint(r.IntN(1000))
		default:
			id = ""
		}
		ids = append(ids, id)
	}
	return ids
}

func TestIDSetAgreesWithAMap(t *testing.T) {
	tests := []struct {
		name string
		ids  []string
	}{
		{"a few ids, one repeated straight away", []string{"a", "a", "b"}},
		{"ids that are prefixes of one another are different ids", []string{"C-1", "C-10", "C-1", "C-100", "C-10", "C", ""}},
		{"ids sharing all but their last byte, across several blocks of the log", func() []string {
			var ids []string
			for i := range 100 {
				ids = append(ids, fmt.Sprintf("REF/2014/%03d", i))
			}
			return append(ids, "REF/2014/000", "REF/2014/099", "REF/2014/100", "REF/2014/050")
		}()},
		{"fifty thousand ids of many shapes, a tenth of them repeats, through many growths of the table", mixedIDs(50_000, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDSet(t, &idSet{}, tt.ids)
		})
	}
}

// TestIDSetIsExactWhenFingerprintsCollide injects hashes that give many
// different ids the same fingerprint, so that every id is found among
// candidates that are not it: the set must still report an id as repeated
// exactly when it is.
func TestIDSetIsExactWhenFingerprintsCollide(t *testing.T) {
	ids := mixedIDs(800, 2)
	tests := []struct {
		name string
		hash func(string) uint64
	}{
		{"every id has the same hash", func(string) uint64 { return 0x9E3779B97F4A7C15 }},
		{"the hash is zero, so fingerprint and slot are zero too", func(string) uint64 { return 0 }},
		{"the hash depends only on the length of the id", func(s string) uint64 { return uint64(len(s)) << 40 }},
		{"the hash depends only on the last byte of the id", func(s string) uint64 {
			if s == "" {
				return 1
			}
			return uint64(s[len(s)-1]) * 0x0101010101010101
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDSet(t, &idSet{hash: tt.hash}, ids)
		})
	}
}

// size returns the bytes the set has allocated for its ids.
func (s *idSet) size() int {
	n := cap(s.log) + 8*cap(s.blocks) + cap(s.last) + cap(s.scratch)
	for _, p := range s.parts {
		n += 8 * cap(p.slots)
	}
	return n
}

func TestIDSetTakesAtMost24BytesAnIDNumberedInSequence(t *testing.T) {
	for _, n := range []int{1000, 10_000, 123_457, 300_000} {
		t.Run(fmt.Sprintf("%d ids", n), func(t *testing.T) {
			var s idSet
			for i := range n {
				if _, dup := s.add(fmt.Sprintf("C-%07d", i), i+2); dup {
					t.Fatalf("id %d reported as a duplicate", i)
				}
			}
			if per := float64(s.size()) / float64(n); per > 24 {
				t.Errorf("the set takes %.1f bytes an id, want at most 24", per)
			}
		})
	}
}

// BenchmarkIDSet adds a million, and five million, ids numbered in
// sequence (C-0000000, C-0000001, ...) to an idSet, and for comparison to
// a map[string]int of copies of the ids, and reports the time and the
// memory (the growth of the live heap) per id.
//
//	go test -run '^$' -bench IDSet -benchtime 1x ./casefile
func BenchmarkIDSet(b *testing.B) {
	for _, n := range []int{1_000_000, 5_000_000} {
		ids := make([]string, n)
		for i := range ids {
			ids[i] = fmt.Sprintf("C-%07d", i)
		}
		for _, kind := range []string{"idSet", "map"} {
			b.Run(fmt.Sprintf("%s/%d", kind, n), func(b *testing.B) {
				var perID float64
				for b.Loop() {
					before := liveHeap()
					var s idSet
					m := map[string]int{}
					for i, id := range ids {
						if kind == "idSet" {
							s.add(id, i+2)
						} else if _, ok := m[id]; !ok {
							m[strings.Clone(id)] = i + 2
						}
					}
					perID = float64(liveHeap()-before) / float64(n)
					runtime.KeepAlive(&s)
					runtime.KeepAlive(m)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/id")
				b.ReportMetric(perID, "B/id")
			})
		}
	}
}

// liveHeap returns the bytes of the heap in use after a collection.
func liveHeap() int64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapAlloc)
}
