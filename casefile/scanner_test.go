package casefile

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/timescale"
)

// A scanStep is what one call of a CSV reader gave: a record and the line
// it starts on, a syntax error, or (last) the end of the input or another
// error.
type scanStep struct {
	Fields []string
	Line   int
	Syntax *csv.ParseError // nil unless the call gave a syntax error
	Err    error           // io.EOF or the underlying reader's error; ends the steps
}

// csvSteps reads in to the end with encoding/csv, configured as Reader
// configured it before it had a scanner of its own.
func csvSteps(t *testing.T, in io.Reader, limit int) []scanStep {
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var steps []scanStep
	for range limit {
		rec, err := cr.Read()
		var pe *csv.ParseError
		switch {
		case err == nil:
			line, _ := cr.FieldPos(0)
			steps = append(steps, scanStep{Fields: cloneAll(rec), Line: line})
			continue
		case errors.As(err, &pe):
			cp := *pe
			steps = append(steps, scanStep{Syntax: &cp})
			continue
		}
		return append(steps, scanStep{Err: err})
	}
	t.Fatalf("encoding/csv did not come to an end in %d reads", limit)
	return nil
}

// scannerSteps reads in to the end with a scanner over a bufio.Reader of
// the given size.
func scannerSteps(t *testing.T, in io.Reader, size, limit int) []scanStep {
	s := newScanner(bufio.NewReaderSize(in, size), noLimit)
	var steps []scanStep
	for range limit {
		fields, line, err := s.scan()
		var pe *csv.ParseError
		switch {
		case err == nil:
			steps = append(steps, scanStep{Fields: cloneAll(fields), Line: line})
			continue
		case errors.As(err, &pe):
			cp := *pe
			steps = append(steps, scanStep{Syntax: &cp})
			continue
		}
		return append(steps, scanStep{Err: err})
	}
	t.Fatalf("the scanner did not come to an end in %d scans", limit)
	return nil
}

// cloneAll returns a copy of fields that shares no memory with it.
func cloneAll(fields []string) []string {
	cp := make([]string, len(fields))
	for i, f := range fields {
		cp[i] = strings.Clone(f)
	}
	return cp
}

// sameSteps compares scanSteps: syntax errors by value, other errors by
// identity.
var sameSteps = cmp.Comparer(func(a, b error) bool {
	pa, okA := a.(*csv.ParseError)
	pb, okB := b.(*csv.ParseError)
	if okA && okB && pa != nil && pb != nil {
		return *pa == *pb
	}
	return a == b
})

// equalSteps reports whether a and b are the same under sameSteps.
func equalSteps(a, b []scanStep) bool {
	return slices.EqualFunc(a, b, func(x, y scanStep) bool {
		return slices.Equal(x.Fields, y.Fields) && x.Line == y.Line && x.Err == y.Err &&
			(x.Syntax == nil) == (y.Syntax == nil) && (x.Syntax == nil || *x.Syntax == *y.Syntax)
	})
}

var errInput = errors.New("the input failed")

// noLimit is a limit on lines that no test input reaches, for comparing the
// scanner with encoding/csv, which has none.
const noLimit = maxLineBytes

// input returns data as a reader; when 0 <= failAt <= len(data), the reader
// fails with errInput, on every read, after the first failAt bytes.
func input(data []byte, failAt int) io.Reader {
	if failAt < 0 || failAt > len(data) {
		return bytes.NewReader(data)
	}
	return io.MultiReader(bytes.NewReader(data[:failAt]), iotest.ErrReader(errInput))
}

// checkScannerMatchesCSV fails t unless the scanner, over a buffer of size
// bytes, reads data as encoding/csv does.
func checkScannerMatchesCSV(t *testing.T, data []byte, size, failAt int) {
	t.Helper()
	limit := len(data) + 3
	want := csvSteps(t, input(data, failAt), limit)
	got := scannerSteps(t, input(data, failAt), size, limit)
	if equalSteps(want, got) {
		return // quickly, for the fuzzer's sake; cmp.Diff explains a difference
	}
	if diff := cmp.Diff(want, got, sameSteps); diff != "" {
		t.Fatalf("scanner (buffer %d bytes, failing at %d) differs from encoding/csv on %q (-csv +scanner):\n%s", size, failAt, data, diff)
	}
}

// scannerSeeds are inputs on which the scanner is most likely to part
// from encoding/csv.
var scannerSeeds = []string{
	"",
	"\n",
	"\r",
	"\r\n",
	"\n\n\n",
	"\r\r\n",
	"a",
	"a\r",
	"a\r\r",
	"a\rb\n",
	"a,b\r\nc,d\r\n",
	"a,b\nc,d",
	"a,b\n\nc,d\n\r\n\re,f",
	",\n,,\n",
	"a,\n",
	" a , b \n",
	"a ,b  \r\n",
	"\"\"",
	"\"",
	"\"\n",
	"\"\r",
	"\"\r\n",
	"\"a\"",
	"\"a\"\r",
	"\"a\"\r\r\n",
	"\"a\",\"b\"\n",
	"\"a\"\"b\",c\n",
	"\"a,b\",\"c\nd\"\r\ne,f",
	"\"a\r\nb\",c\r\n",
	"\"a\rb\",c",
	"\"a\n\nb\"\n",
	"\"a\n\r\n\",b\n",
	"\"a\n",
	"\"a\n\r",
	"\"a\nb\r",
	"\"abc",
	"x,\"abc",
	"x,\"a\n\n",
	"a\"b,c\n",
	"a,b\"\nc,d\n",
	"\"a\"b,c\nd,e\n",
	"\"a\nb\"c\nd,e\n",
	"\"a\" ,b\n",
	" \"a\",b\n",
	"\"\"\"\",\"\"\n",
	"\"a\"\"\n\"\"b\"\n",
	"a,\"\n",
	"a,\"b\nc\"\"\"\nd",
	"\uFEFFid,kind\n1,2\n",
	"\uFEFF\"id\",kind\n",
	"é,\"ü\"x\n",
	"\xff,\"\xfe\"\n",
	"id,kind,received\nC-1,complaint,2014-08-01\nC-2,\"comp\"laint\",2014-08-01\nC-3,comment,2014-08-02\n",
	strings.Repeat("x", 40) + ",\"" + strings.Repeat("y\r\n", 20) + "\"\n" + strings.Repeat("z", 50) + "\n",
	"\"" + strings.Repeat("q", 70) + "\r",
}

// FuzzScannerMatchesEncodingCSV checks that the scanner reads any input as
// encoding/csv does, with its defaults and the settings Reader used: the
// same records, each starting on the same line, and the same syntax errors
// (start line, line, column and kind) at the same places, reading going on
// from the same place after each; and that it stops with the same error
// when the input fails part way. The buffer's size varies so that long
// lines take the scanner's other path.
func FuzzScannerMatchesEncodingCSV(f *testing.F) {
	for _, s := range scannerSeeds {
		f.Add([]byte(s), uint8(0), int16(-1))
		f.Add([]byte(s), uint8(200), int16(len(s)/2))
	}
	f.Fuzz(func(t *testing.T, data []byte, size uint8, failAt int16) {
		checkScannerMatchesCSV(t, data, 16+int(size), int(failAt))
	})
}

func TestScannerMatchesEncodingCSVOnEveryCut(t *testing.T) {
	for _, s := range scannerSeeds {
		for _, size := range []int{16, 4096} {
			for failAt := -1; failAt <= len(s); failAt++ {
				checkScannerMatchesCSV(t, []byte(s), size, failAt)
			}
		}
	}
}

func TestScannerReportsQuoteErrorsWhereEncodingCSVDoes(t *testing.T) {
	// A few of the seeds, spelled out, so that a change in encoding/csv
	// would show here and not only as a difference.
	tests := []struct {
		in   string
		want []scanStep
	}{
		{
			in: "a,b\n\"c\nd\"x,e\nf\n",
			want: []scanStep{
				{Fields: []string{"a", "b"}, Line: 1},
				{Syntax: &csv.ParseError{StartLine: 2, Line: 3, Column: 2, Err: csv.ErrQuote}},
				{Fields: []string{"f"}, Line: 4},
				{Err: io.EOF},
			},
		},
		{
			in: "a,b\"c\r\n\r\n\"x\r\ny\",z",
			want: []scanStep{
				{Syntax: &csv.ParseError{StartLine: 1, Line: 1, Column: 4, Err: csv.ErrBareQuote}},
				{Fields: []string{"x\ny", "z"}, Line: 3},
				{Err: io.EOF},
			},
		},
		{
			in: "a\n\"b\n\r",
			want: []scanStep{
				{Fields: []string{"a"}, Line: 1},
				{Syntax: &csv.ParseError{StartLine: 2, Line: 2, Column: 4, Err: csv.ErrQuote}},
				{Err: io.EOF},
			},
		},
	}
	for _, tt := range tests {
		got := scannerSteps(t, strings.NewReader(tt.in), 4096, 100)
		if diff := cmp.Diff(tt.want, got, sameSteps); diff != "" {
			t.Errorf("scanning %q (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestScannerMakesOneStringPerQuotedRecordAndNoneForAPlainLine(t *testing.T) {
	tests := []struct {
		name   string
		record func(i int) string // the text of record i
		want   float64            // allocations a record
	}{
		{"a line without quotes is a piece of a string shared with the lines around it",
			func(i int) string { return fmt.Sprintf("C-%d,compliment,2014-08-01,,Communication\n", i) }, 0},
		{"a line ending in CRLF likewise",
			func(i int) string { return fmt.Sprintf("C-%d,compliment,2014-08-01,,Communication\r\n", i) }, 0},
		{"a record with quotes on one line has a string of its own",
			func(i int) string {
				return fmt.Sprintf("C-%d,complaint,2014-08-01,,\"Respite; \"\"Transport\"\"\"\r\n", i)
			}, 1},
		{"a record with a quoted cell over two lines has a string of its own",
			func(i int) string { return fmt.Sprintf("C-%d,comment,2014-08-01,\"multi\nline\",\n", i) }, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			for i := range 20_000 { // many times the buffer
				b.WriteString(tt.record(i))
			}
			s := newScanner(bufio.NewReaderSize(strings.NewReader(b.String()), 64<<10), DefaultMaxLineBytes)
			scan := func() {
				if _, _, err := s.scan(); err != nil {
					t.Fatal(err)
				}
			}
			for range 3 {
				scan() // the buffers grow to size
			}
			// A new chunk of the buffer, a string, every thousand lines or
			// so; AllocsPerRun rounds down.
			if n := testing.AllocsPerRun(10_000, scan); n != tt.want {
				t.Errorf("scan allocates %v times a record, want %v", n, tt.want)
			}
		})
	}
}

// TestReadCasesKeepTheirTextAfterLaterReads checks that no string of a Case
// refers to the buffers the Reader reuses: the cases read first are still
// whole after the Reader has gone through the rest of a file many times
// the size of its buffers, with records taking both of the scanner's paths.
func TestReadCasesKeepTheirTextAfterLaterReads(t *testing.T) {
	const rows = 20_000
	var b strings.Builder
	b.WriteString("id,kind,received,complainant,themes\n")
	for i := range rows {
		if i%2 == 0 {
			fmt.Fprintf(&b, "C-%06d,complaint,2014-08-01,parent,Theme %d;Respite\n", i, i)
		} else {
			fmt.Fprintf(&b, "\"C-%06d\",Comment,2014-08-01,\"Carer\",\"Theme %d;\r\nTransport\"\r\n", i, i)
		}
	}
	r := NewReader(strings.NewReader(b.String()), "cases.csv")
	var cases []timescale.Case
	for {
		c, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
	}
	if len(cases) != rows {
		t.Fatalf("read %d cases, want %d", len(cases), rows)
	}
	for i, c := range cases {
		second := "Respite"
		if i%2 == 1 {
			second = "Transport"
		}
		if want := fmt.Sprintf("C-%06d", i); c.ID != want || len(c.Themes) != 2 ||
			c.Themes[0] != fmt.Sprintf("Theme %d", i) || c.Themes[1] != second {
			t.Fatalf("case %d = %q %q, want %q [Theme %d %s]", i, c.ID, c.Themes, want, i, second)
		}
	}
}

// BenchmarkScanner splits the records of a file of a million cases, as
// Writer writes them, with encoding/csv (configured as Reader once
// configured it) and with the scanner, and reports the time per record.
func BenchmarkScanner(b *testing.B) {
	data := benchData()
	count := func(b *testing.B, n int) {
		if n != benchRows+1 {
			b.Fatalf("read %d records, want %d", n, benchRows+1)
		}
	}
	b.Run("encoding/csv", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			cr := csv.NewReader(bufio.NewReaderSize(bytes.NewReader(data), 64<<10))
			cr.FieldsPerRecord = -1
			cr.ReuseRecord = true
			n := 0
			for {
				_, err := cr.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			count(b, n)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchRows), "ns/row")
	})
	b.Run("scanner", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			s := newScanner(bufio.NewReaderSize(bytes.NewReader(data), 64<<10), DefaultMaxLineBytes)
			n := 0
			for {
				_, _, err := s.scan()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			count(b, n)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchRows), "ns/row")
	})
}

// FuzzTrimIsTrimSpace holds trim, the reader's quick trimming of a cell, to
// strings.TrimSpace.
func FuzzTrimIsTrimSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a ", "\ta\r", "a\u00a0", "\u0085a", "\u3000", "é", "a b", "\x7f", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trim(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trim(%q) = %q, strings.TrimSpace gives %q", s, got, want)
		}
	})
}
