package casefile

import (
	"bufio"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/problem"
)

// readEverything reads data with r's settings through Read, and returns
// the ids of the cases read and every problem, warnings included, as
// strings.
func readEverything(t *testing.T, r *Reader) (ids, problems []string) {
	t.Helper()
	for calls := 0; ; calls++ {
		if calls > 1_000_000 {
			t.Fatal("Read does not come to an end")
		}
		c, err := r.Read()
		var re *RecordError
		var he *HeaderError
		switch {
		case err == io.EOF:
			return ids, append(problems, problemStrings(r.Warnings())...)
		case err == nil:
			ids = append(ids, c.ID)
		case errors.As(err, &re):
			problems = append(problems, problemStrings(re.Problems)...)
		case errors.As(err, &he):
			return ids, append(problems, problemStrings(he.Problems)...)
		default:
			t.Fatalf("Read: %v", err)
		}
		problems = append(problems, problemStrings(r.Warnings())...)
	}
}

func TestReadSkipsARowLongerThanTheLimitAndGoesOnAtTheNextLine(t *testing.T) {
	const header = "id,kind,received,themes\n" // line 1
	long := strings.Repeat("x", 100)
	tests := []struct {
		name    string
		limit   int
		file    string
		ids     []string
		problem []string
	}{
		{
			name:  "a line of exactly the limit is read, and one byte more is refused",
			limit: 32,
			file: header +
				"C-1,complaint,2014-08-01,abcdefg\n" + // 32 bytes
				"C-2,complaint,2014-08-01,abcdefgh\n" + // 33 bytes
				"C-3,complaint,2014-08-01,\n",
			ids:     []string{"C-1", "C-3"},
			problem: []string{"cases.csv:3: the line is longer than 32 bytes, the most a row may take"},
		},
		{
			name:    "the line break, LF or CRLF, does not count",
			limit:   32,
			file:    header + "C-1,complaint,2014-08-01,abcdefg\r\nC-2,complaint,2014-08-01,abcdefg",
			ids:     []string{"C-1", "C-2"},
			problem: nil,
		},
		{
			name:  "a line longer than the reader's buffer is refused once, however long, and the next line is read",
			limit: 100_000,
			file:  header + "C-1,complaint,2014-08-01," + strings.Repeat("y", 1_000_000) + "\nC-2,complaint,2014-08-01,\n",
			ids:   []string{"C-2"},
			problem: []string{
				"cases.csv:2: the line is longer than 100000 bytes, the most a row may take",
			},
		},
		{
			name:  "a record whose quoted cell runs over several lines is refused when all of it passes the limit",
			limit: 64,
			file: header +
				"C-1,complaint,2014-08-01,\"" + long[:30] + "\n" + // line 2
				long[:30] + "\n" + // line 3: the record passes 64 bytes here
				long[:10] + "\"\n" + // line 4: read as a record of its own, a bad one
				"C-2,complaint,2014-08-01,\"a\nb\"\n", // lines 5-6
			ids: []string{"C-2"},
			problem: []string{
				"cases.csv:2: the row is longer than 64 bytes, the most a row may take (by line 3)",
				`cases.csv:4: malformed CSV: bare " in non-quoted-field (byte 11 of the line)`,
			},
		},
		{
			name:  "a record whose second line is itself too long is refused from its first line",
			limit: 64,
			file:  header + "C-1,complaint,2014-08-01,\"a\n" + long + "\nC-2,complaint,2014-08-01,\n",
			ids:   []string{"C-2"},
			problem: []string{
				"cases.csv:2: the row is longer than 64 bytes, the most a row may take (by line 3)",
			},
		},
		{
			name:  "a last line without a line break is held to the limit too",
			limit: 32,
			file:  header + "C-1,complaint,2014-08-01,\n" + long,
			ids:   []string{"C-1"},
			problem: []string{
				"cases.csv:3: the line is longer than 32 bytes, the most a row may take",
			},
		},
		{
			name:  "a header longer than the limit makes the file unreadable, with one problem",
			limit: 10,
			file:  header + "C-1,complaint,2014-08-01,\n",
			problem: []string{
				"cases.csv:1: the line is longer than 10 bytes, the most a row may take",
			},
		},
		{
			name:  "a header longer than the reader's buffer makes the file unreadable, with one problem",
			limit: 0, // the default, 1 MiB
			file:  strings.Repeat("\x00", 3<<20),
			problem: []string{
				"cases.csv:1: the line is longer than 1048576 bytes, the most a row may take",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.file), "cases.csv")
			r.MaxLineBytes = tt.limit
			ids, problems := readEverything(t, r)
			if diff := cmp.Diff(tt.ids, ids); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.problem, problems); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestALineTooLongIsATypedProblemWithItsCode(t *testing.T) {
	r := NewReader(strings.NewReader("id,kind,received\n"+strings.Repeat("z", 50)+"\n"), "cases.csv")
	r.MaxLineBytes = 20
	_, err := r.Read()
	var tl *LineTooLongError
	if !errors.As(err, &tl) || problem.CodeOf(err) != problem.LineTooLong || *tl != (LineTooLongError{StartLine: 2, Line: 2, Limit: 20}) {
		t.Errorf("Read error = %#v (code %q), want a *LineTooLongError at line 2 with code %q", err, problem.CodeOf(err), problem.LineTooLong)
	}
}

// sparseFile makes a file of size bytes that begins with head, ends with
// tail and is zero bytes in between, without writing the zeros: the file
// system stores them as a hole.
func sparseFile(t *testing.T, head string, size int64, tail string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "zero.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(head); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt([]byte(tail), size-int64(len(tail))); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestReadingAHugeFileOfZeroBytesTakesBoundedMemoryAndReportsOneProblem
// reads files of 64 MiB that are all zero bytes but for a header at the
// start and perhaps a record at the end: one line of 64 MiB, as a file
// made with truncate(1) is. The memory the reading allocates in all stays
// within a few times the limit of 1 MiB, and one problem is reported.
func TestReadingAHugeFileOfZeroBytesTakesBoundedMemoryAndReportsOneProblem(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 192 MiB")
	}
	const size = 64 << 20
	tests := []struct {
		name     string
		head     string
		tail     string
		ids      []string
		problems []string
	}{
		{
			name:     "zero bytes only: the header is too long",
			problems: []string{"zero.csv:1: the line is longer than 1048576 bytes, the most a row may take"},
		},
		{
			name:     "a header and then zero bytes: one row too long",
			head:     "id,kind,received\n",
			problems: []string{"zero.csv:2: the line is longer than 1048576 bytes, the most a row may take"},
		},
		{
			name:     "a header, zero bytes and a record: the reader goes on after the long line",
			head:     "id,kind,received\n",
			tail:     "\nC-1,complaint,2014-08-01\n",
			ids:      []string{"C-1"},
			problems: []string{"zero.csv:2: the line is longer than 1048576 bytes, the most a row may take"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := sparseFile(t, tt.head, size, tt.tail)
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			ids, problems := readEverything(t, NewReader(f, "zero.csv"))
			runtime.ReadMemStats(&after)
			if diff := cmp.Diff(tt.ids, ids); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.problems, problems); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if got := after.TotalAlloc - before.TotalAlloc; got > 8<<20 {
				t.Errorf("reading a %d-byte file allocated %d bytes in all, want at most 8 MiB", size, got)
			}
		})
	}
}

// TestNewReaderDoesNotSizeAnythingFromTheFile checks that the memory a
// Reader takes before and while reading its first record does not depend on
// the size of the file.
func TestNewReaderDoesNotSizeAnythingFromTheFile(t *testing.T) {
	const head = "id,kind,received\nC-1,complaint,2014-08-01\n"
	alloc := func(size int64) uint64 {
		f, err := os.Open(sparseFile(t, head, size, "\n"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		r := NewReader(f, "cases.csv")
		if c, err := r.Read(); err != nil || c.ID != "C-1" {
			t.Fatalf("Read = %q, %v; want C-1", c.ID, err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, huge := alloc(1<<10), alloc(1<<40)
	if huge > small+64<<10 {
		t.Errorf("a Reader on a 1 TiB file allocated %d bytes by its first record, on a 1 KiB file %d", huge, small)
	}
}

func TestMessagesQuoteAtMost80CharactersOfAValue(t *testing.T) {
	long := strings.Repeat("ŵ", 79) + "xyz" // 82 characters, 161 bytes
	cut := strings.Repeat("ŵ", 79) + "x…"
	tests := []struct {
		name string
		file string
		want []string
	}{
		{
			name: "an unknown column",
			file: "id,kind,received," + long + "\n",
			want: []string{"cases.csv:1: " + cut + ": unknown column; the known columns are " + knownColumns},
		},
		{
			name: "a value of a choice column",
			file: "id,kind,received\nC-1," + long + ",2014-08-01\n",
			want: []string{`cases.csv:2: kind: "` + cut + `" is not a kind of record: want complaint, comment or compliment`},
		},
		{
			name: "a date",
			file: "id,kind,received\nC-1,comment," + long + "\n",
			want: []string{`cases.csv:2: received: "` + cut + `" is not a date in an accepted form: YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014`},
		},
		{
			name: "a count",
			file: "id,kind,received,upheld\nC-1,complaint,2014-08-01," + long + "\n",
			want: []string{`cases.csv:2: upheld: "` + cut + `" is not a whole number; want a count of elements written in digits, 0 or more`},
		},
		{
			name: "a repeated id",
			file: "id,kind,received\n" + long + ",comment,2014-08-01\n" + long + ",comment,2014-08-01\n",
			want: []string{`cases.csv:3: id: duplicate id "` + cut + `"; it was first used on line 2`},
		},
		{
			name: "text that is not UTF-8, whose bytes count one each",
			file: "id,kind,received\n" + strings.Repeat("\xff", 100) + ",comment,2014-08-01\n",
			want: []string{`cases.csv:2: id: "` + strings.Repeat(`\xff`, 80) + `…" is not valid UTF-8 text; save the file as UTF-8 ("CSV UTF-8" in Excel)`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems := readEverything(t, NewReader(strings.NewReader(tt.file), "cases.csv"))
			if diff := cmp.Diff(tt.want, problems); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClipCutsAtACharacterAndCopies(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"an empty value is empty", "", ""},
		{"80 characters are kept whole", strings.Repeat("a", 80), strings.Repeat("a", 80)},
		{"81 characters are cut to 80 and an ellipsis", strings.Repeat("a", 81), strings.Repeat("a", 80) + "…"},
		{"a multi-byte character counts as one", strings.Repeat("é", 81), strings.Repeat("é", 80) + "…"},
		{"a byte that is not UTF-8 counts as one", strings.Repeat("\xe9", 90), strings.Repeat("\xe9", 80) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clip(tt.in); got != tt.want {
				t.Errorf("clip(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	t.Run("the result shares no memory with the value", func(t *testing.T) {
		for _, s := range []string{"abc", strings.Repeat("a", 200)} {
			if c := clip(s); unsafe.StringData(c) == unsafe.StringData(s) {
				t.Errorf("clip of %d bytes returned the value itself", len(s))
			}
		}
	})
}

func TestAnErrorOfTheUnderlyingReaderInALongLineIsReturned(t *testing.T) {
	errDisk := errors.New("disk on fire")
	tests := []struct {
		name string
		row  string // read in pieces of 16 bytes, then the error
		want []string
	}{
		{"the error comes after the limit was passed: the row is too long, then the error", strings.Repeat("x", 60),
			[]string{"cases.csv:2: the line is longer than 40 bytes, the most a row may take", "disk on fire"}},
		{"the error comes with the piece that passes the limit: the error alone", strings.Repeat("x", 43),
			[]string{"disk on fire"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(nil, "cases.csv")
			r.br = bufio.NewReaderSize(io.MultiReader(strings.NewReader("id,kind,received\n"+tt.row), iotest.ErrReader(errDisk)), 16)
			r.MaxLineBytes = 40
			var got []string
			for range 5 {
				_, err := r.Read()
				var re *RecordError
				if errors.As(err, &re) {
					got = append(got, problemStrings(re.Problems)...)
					continue
				}
				got = append(got, err.Error())
				break
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
