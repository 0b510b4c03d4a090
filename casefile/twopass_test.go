package casefile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// trace reads the whole file with r and returns what each call of Read
// gave, a line each: the line and the case, or the error, then the
// warnings.
func trace(r *Reader) []string {
	var out []string
	for calls := 0; calls < 1_000_000; calls++ {
		c, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			out = append(out, fmt.Sprintf("%d: error %v", r.Line(), err))
		} else {
			out = append(out, fmt.Sprintf("%d: %+v", r.Line(), c))
		}
		for _, w := range r.Warnings() {
			out = append(out, "warning "+w.String())
		}
		var he *HeaderError
		if errors.As(err, &he) || (err != nil && !isRecordError(err)) {
			break
		}
	}
	return out
}

func isRecordError(err error) bool {
	var re *RecordError
	return errors.As(err, &re)
}

// twoPassFiles are case files on which reading the ids first must change
// nothing but the memory: repeats of every kind, among rows the Reader
// takes no id from.
var twoPassFiles = []struct {
	name    string
	file    string
	lenient bool
	limit   int
}{
	{
		name: "numbered ids, one used three times",
		file: "id,kind,received\nC-1,complaint,2014-08-01\nC-2,comment,2014-08-01\nC-1,complaint,2014-08-02\nC-3,compliment,2014-08-03\nC-1,comment,2014-08-04\n",
	},
	{
		name: "lines ending in a carriage return alone, with a repeated id",
		file: "id,kind,received\rC-1,complaint,2014-08-01\rC-2,comment,2014-08-01\rC-1,complaint,2014-08-02\r",
	},
	{
		name: "a repeat on a row that is bad in another cell is still a repeat",
		file: "id,kind,received\nC-1,complaint,2014-08-01\nC-1,complaint,not a date\nC-1,comment,2014-08-01\n",
	},
	{
		name: "ids are compared after their white space is trimmed",
		file: "id,kind,received\n C-1 ,complaint,2014-08-01\nC-1,complaint,2014-08-01\n\"C-1\t\",comment,2014-08-01\n",
	},
	{
		name: "a quoted id over two lines, and its repeat",
		file: "id,kind,received\n\"C\n1\",complaint,2014-08-01\nC-2,complaint,2014-08-01\n\"C\n1\",comment,2014-08-01\n",
	},
	{
		name: "a row with too few fields gives no id to repeat",
		file: "id,kind,received\nC-1,complaint\nC-1,complaint,2014-08-01\nC-1,comment,2014-08-01\n",
	},
	{
		name: "a row with a syntax error gives no id to repeat",
		file: "id,kind,received\nC-1,\"comp\"laint,2014-08-01\nC-1,complaint,2014-08-01\nC-2,x\"y,2014-08-01\nC-2,comment,2014-08-01\n",
	},
	{
		name:  "a row longer than the limit gives no id to repeat",
		file:  "id,kind,received,themes\nC-1,complaint,2014-08-01," + strings.Repeat("t", 200) + "\nC-1,complaint,2014-08-01,\nC-1,comment,2014-08-01,\n",
		limit: 100,
	},
	{
		name: "an id that is not UTF-8 is not remembered",
		file: "id,kind,received\nC-\xff,complaint,2014-08-01\nC-\xff,complaint,2014-08-01\n",
	},
	{
		name: "blank rows and a byte-order mark",
		file: "\uFEFFid,kind,received\n,,\nC-1,complaint,2014-08-01\n \t, ,\nC-1,comment,2014-08-01\n",
	},
	{
		name:    "a lenient reader with an unknown column and trailing empty fields",
		file:    "Ref,id,kind,received,,\nx,C-1,complaint,2014-08-01,,\ny,C-1,comment,2014-08-01\nz,C-2,comment,2014-08-01,,,\n",
		lenient: true,
	},
	{
		name: "a header the reader cannot use",
		file: "id,kind,colour\nC-1,complaint,red\n",
	},
	{
		name: "a header and nothing else",
		file: "id,kind,received\n",
	},
	{
		name: "nothing at all",
	},
	{
		name: "many ids, a tenth of them repeats",
		file: func() string {
			var b strings.Builder
			b.WriteString("id,kind,received\n")
			for _, id := range mixedIDs(3000, 1) {
				fmt.Fprintf(&b, "%q,complaint,2014-08-01\n", id)
			}
			return b.String()
		}(),
	},
}

func TestReadIDsFirstReadsEveryFileAsOneReadingDoes(t *testing.T) {
	prints := []struct {
		name string
		fn   func(string) uint32
	}{
		{"with the fingerprints of maphash", nil},
		{"with every id sharing one fingerprint", func(string) uint32 { return 7 }},
		{"with ids of one length sharing a fingerprint", func(s string) uint32 { return uint32(len(s)) }},
	}
	for _, tt := range twoPassFiles {
		t.Run(tt.name, func(t *testing.T) {
			once := NewReader(strings.NewReader(tt.file), "cases.csv")
			once.Lenient, once.MaxLineBytes = tt.lenient, tt.limit
			want := trace(once)
			for _, p := range prints {
				twice := NewReader(strings.NewReader(tt.file), "cases.csv")
				twice.Lenient, twice.MaxLineBytes = tt.lenient, tt.limit
				twice.ReadIDsFirst, twice.weakPrint = true, p.fn
				if diff := cmp.Diff(want, trace(twice)); diff != "" {
					t.Errorf("%s: reading the ids first changed what Read gives (-once +twice):\n%s", p.name, diff)
				}
			}
		})
	}
}

func TestReadIDsFirstRemembersOnlyTheIDsFoundMoreThanOnce(t *testing.T) {
	const n = 100_000
	var b strings.Builder
	b.WriteString("id,kind,received\n")
	for i := range n {
		fmt.Fprintf(&b, "C-%07d,complaint,2014-08-01\n", i)
	}
	b.WriteString("C-0000005,comment,2014-08-01\nC-0099999,comment,2014-08-01\n")
	r := NewReader(strings.NewReader(b.String()), "cases.csv")
	r.ReadIDsFirst = true
	var probs []string
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		var re *RecordError
		if !errors.As(err, &re) && err != nil {
			t.Fatal(err)
		}
		if re != nil {
			probs = append(probs, problemStrings(re.Problems)...)
		}
	}
	want := []string{
		fmt.Sprintf(`cases.csv:%d: id: duplicate id "C-0000005"; it was first used on line 7`, n+2),
		fmt.Sprintf(`cases.csv:%d: id: duplicate id "C-0099999"; it was first used on line %d`, n+3, n+1),
	}
	if diff := cmp.Diff(want, probs); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	// Two ids are repeated; any others remembered merely share a 32-bit
	// fingerprint with another id, some one pair in 860 for 100,000 ids.
	if r.seen.n < 2 || r.seen.n > 20 {
		t.Errorf("the reader remembered %d ids, want the 2 repeated and at most a few more", r.seen.n)
	}
}

// A changingFile is a file that grows by more after it was read to its end
// once, as a file being written to would.
type changingFile struct {
	*strings.Reader
	more  string
	grown bool
}

func (f *changingFile) Read(p []byte) (int, error) {
	n, err := f.Reader.Read(p)
	if err == io.EOF && !f.grown {
		f.grown = true
		at, _ := f.Reader.Seek(0, io.SeekCurrent)
		all := make([]byte, f.Reader.Size())
		f.Reader.ReadAt(all, 0)
		f.Reader = strings.NewReader(string(all) + f.more)
		f.Reader.Seek(at, io.SeekStart)
	}
	return n, err
}

func TestReadIDsFirstReadsTheFileNoFurtherThanTheFirstReading(t *testing.T) {
	f := &changingFile{
		Reader: strings.NewReader("id,kind,received\nC-1,complaint,2014-08-01\nC-2,complaint,2014-08-01\n"),
		more:   "C-1,comment,2014-08-01\n",
	}
	r := NewReader(f, "cases.csv")
	r.ReadIDsFirst = true
	want := []string{
		"2: " + fmt.Sprintf("%+v", mustCase(t, "C-1,complaint,2014-08-01")),
		"3: " + fmt.Sprintf("%+v", mustCase(t, "C-2,complaint,2014-08-01")),
	}
	if diff := cmp.Diff(want, trace(r)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if !f.grown {
		t.Fatal("the file did not grow: the test proves nothing")
	}
}

// mustCase reads one row of a file with the header id,kind,received.
func mustCase(t *testing.T, row string) any {
	t.Helper()
	cases, _, err := ReadAll(strings.NewReader("id,kind,received\n"+row+"\n"), "x.csv")
	if err != nil || len(cases) != 1 {
		t.Fatalf("reading %q: %v", row, err)
	}
	return cases[0]
}

// A seekFailing reader fails the Seek calls from the one numbered failAt on
// (counting from 1); a zero failAt fails none.
type seekFailing struct {
	io.ReadSeeker
	calls, failAt int
}

var errSeek = errors.New("seek refused")

func (s *seekFailing) Seek(off int64, whence int) (int64, error) {
	if s.calls++; s.failAt > 0 && s.calls >= s.failAt {
		return 0, errSeek
	}
	return s.ReadSeeker.Seek(off, whence)
}

func TestReadIDsFirstAndInputsThatCannotBeReadTwice(t *testing.T) {
	const file = "id,kind,received\nC-1,complaint,2014-08-01\nC-1,comment,2014-08-01\n"
	t.Run("an input that cannot seek is read once, its repeats still found", func(t *testing.T) {
		r := NewReader(&seekFailing{ReadSeeker: strings.NewReader(file), failAt: 1}, "cases.csv")
		r.ReadIDsFirst = true
		got := trace(r)
		if r.twoPass || len(got) != 2 || !strings.Contains(got[1], `duplicate id "C-1"`) {
			t.Errorf("two readings: %v; got %q, want C-1 and then its repeat", r.twoPass, got)
		}
	})
	t.Run("an input that cannot go back after the first reading is an error Read keeps returning", func(t *testing.T) {
		r := NewReader(&seekFailing{ReadSeeker: strings.NewReader(file), failAt: 2}, "cases.csv")
		r.ReadIDsFirst = true
		if _, err := r.Read(); err != errSeek {
			t.Fatalf("Read = %v, want %v", err, errSeek)
		}
		if _, err := r.Read(); err != errSeek {
			t.Errorf("Read again = %v, want %v", err, errSeek)
		}
	})
	t.Run("an error of the input in the first reading is returned", func(t *testing.T) {
		errDisk := errors.New("disk on fire")
		in := &seekFailing{ReadSeeker: &failingAfter{Reader: strings.NewReader(file), n: 30, err: errDisk}}
		r := NewReader(in, "cases.csv")
		r.ReadIDsFirst = true
		if _, err := r.Read(); err != errDisk {
			t.Errorf("Read = %v, want %v", err, errDisk)
		}
	})
	t.Run("with AllowDuplicateIDs the file is read once", func(t *testing.T) {
		in := &seekFailing{ReadSeeker: strings.NewReader(file)}
		r := NewReader(in, "cases.csv")
		r.ReadIDsFirst, r.AllowDuplicateIDs = true, true
		if got := trace(r); len(got) != 2 || in.calls != 0 {
			t.Errorf("got %q after %d seeks, want two cases and no seek", got, in.calls)
		}
	})
	t.Run("the reading starts where the input is", func(t *testing.T) {
		in := strings.NewReader("a line before the case file\n" + file)
		in.Seek(int64(len("a line before the case file\n")), io.SeekStart)
		r := NewReader(in, "cases.csv")
		r.ReadIDsFirst = true
		got := trace(r)
		if !r.twoPass || len(got) != 2 || !strings.Contains(got[1], `duplicate id "C-1"; it was first used on line 2`) {
			t.Errorf("two readings: %v; got %q, want C-1 and then its repeat", r.twoPass, got)
		}
	})
}

// A failingAfter reader gives n bytes of Reader and then err.
type failingAfter struct {
	*strings.Reader
	n   int
	err error
}

func (f *failingAfter) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, f.err
	}
	n, err := f.Reader.Read(p[:min(len(p), f.n)])
	f.n -= n
	return n, err
}

func TestFingerprintsFindEveryValueAddedMoreThanOnceInOrder(t *testing.T) {
	tests := []struct {
		name string
		add  []uint32
		want []uint32
	}{
		{"none added", nil, nil},
		{"all different", []uint32{5, 1 << 31, 3}, nil},
		{"one twice", []uint32{9, 4, 9}, []uint32{9}},
		{"one three times, listed once", []uint32{9, 9, 9}, []uint32{9}},
		{"in different buckets, given in order", []uint32{0xFF000001, 2, 0xFF000001, 2, 0x80000000, 0x80000000}, []uint32{2, 0x80000000, 0xFF000001}},
		{"more than a chunk in one bucket", append(seq(0, 3*chunkLen), 17, 2*chunkLen+1), []uint32{17, 2*chunkLen + 1}},
		{"every byte of a fingerprint counts", []uint32{0x01020304, 0x01020305, 0x01020404, 0x01030304, 0x02020304, 0x01020304}, []uint32{0x01020304}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f fingerprints
			for _, v := range tt.add {
				f.add(v)
			}
			if diff := cmp.Diff(tt.want, f.repeated()); diff != "" {
				t.Errorf("repeated (-want +got):\n%s", diff)
			}
		})
	}
}

func seq(from, to uint32) []uint32 {
	var out []uint32
	for v := from; v < to; v++ {
		out = append(out, v)
	}
	return out
}

// FuzzReadIDsFirst checks that reading the ids first changes nothing that
// Read gives, whatever the file, with the Reader's fingerprints and with
// fingerprints weak enough that many ids share one.
func FuzzReadIDsFirst(f *testing.F) {
	for _, tt := range twoPassFiles {
		if len(tt.file) < 1000 {
			f.Add([]byte(tt.file), tt.lenient, uint8(tt.limit))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, lenient bool, limit uint8) {
		read := func(twice bool, print func(string) uint32) []string {
			r := NewReader(bytes.NewReader(data), "fuzz.csv")
			r.Lenient, r.ReadIDsFirst = lenient, twice
			if limit > 0 {
				r.MaxLineBytes = 16 + int(limit)
			}
			r.weakPrint = print
			return trace(r)
		}
		once := read(false, nil)
		if diff := cmp.Diff(once, read(true, nil)); diff != "" {
			t.Fatalf("reading the ids first changed what Read gives (-once +twice):\n%s", diff)
		}
		weak := func(s string) uint32 { return uint32(len(s) % 3) }
		if diff := cmp.Diff(once, read(true, weak)); diff != "" {
			t.Fatalf("with weak fingerprints, reading the ids first changed what Read gives (-once +twice):\n%s", diff)
		}
	})
}

func TestTheFingerprintOfAnIDIsTheSameFromBytesOrString(t *testing.T) {
	r := NewReader(strings.NewReader(""), "x.csv")
	for _, id := range []string{"", "C-1", "Ffôn-ŵ-7", strings.Repeat("x", 300)} {
		if a, b := r.fingerprint(id), r.fingerprintBytes([]byte(id)); a != b {
			t.Errorf("fingerprint(%q) = %#x from the string, %#x from its bytes", id, a, b)
		}
	}
}
