package casefile

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// FuzzRead checks that Read never panics on arbitrary bytes, always comes
// to an end, places every problem on a positive line of the named file with
// a short message, that every case it reads is written back by Writer
// and read again as the same case, and that ReadInto gives what Read gives.
func FuzzRead(f *testing.F) {
	f.Add([]byte(goodFile))
	f.Add([]byte("\uFEFF" + goodFile))
	f.Add([]byte("id,kind,received,themes\nC-1,complaint,01/08/2014,\"a\nb;c\"\nC-1,comment,bad,\n\"x"))
	f.Add([]byte("id,kind,received,upheld\nC-1,complaint,2014-08-01,-1\n,,,\nC-2,\"comp\"laint\",2014-08-01,1\n"))
	f.Add([]byte("id,colour,id\n"))
	f.Add([]byte("\xff\xfei\x00d\x00"))
	f.Add([]byte(""))
	f.Add([]byte("id,kind,received,themes\n=1,comment,2014-08-01,+a;-1\n,,,\n"))
	f.Add([]byte("id,kind,received,themes\rC-1,comment,2014-08-01,\"a\rb\"\rC-1,comment,2014-08-01,\r"))
	f.Add([]byte("i\x00d\x00,\x00"))
	f.Add([]byte("id;kind;received\nC-1;complaint;2014-08-01\n"))
	f.Add([]byte("id\tkind\treceived\n"))
	f.Add([]byte("id,kind,received,owner,themes\nC-\x1b[31m,comment,2014-08-01,\"a\tb\",x\u0085y\nC-2,comment,2014-08-01,\x7f,\n"))
	f.Add([]byte("sep=,\r\n\"id\",\"kind\",\"received\"\rC-1,comment,2014-08-01\r"))
	f.Add([]byte("id,kind,received,withdrawn\nC-1,complaint,41852,2014-08-01T00:00:00\nC-2,comment,01/08/2014 09:30,2014-08-01 \n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data), "fuzz.csv")
		// into reads the same data in step with ReadInto, into one Case
		// that holds the last record's values, and must give what Read gives.
		into, dst := NewReader(bytes.NewReader(data), "fuzz.csv"), timescale.Case{ID: "stale", Themes: []string{"stale"}}
		var cases []timescale.Case
		checkProblems := func(ps []LineProblem) {
			if len(ps) == 0 {
				t.Fatalf("an error with no problems")
			}
			for _, p := range ps {
				if p.Line <= 0 || p.File != "fuzz.csv" || p.Message == "" || len(p.Message) > maxMessage || len(p.Column) > maxMessage {
					t.Fatalf("bad problem %#v", p)
				}
			}
		}
	reading:
		for calls := 0; ; calls++ {
			if calls > len(data)+2 {
				t.Fatalf("Read did not come to the end of %d bytes in %d calls", len(data), calls)
			}
			c, err := r.Read()
			intoErr := into.ReadInto(&dst)
			if fmt.Sprint(intoErr) != fmt.Sprint(err) || !cmp.Equal(dst, c) || into.Line() != r.Line() {
				t.Fatalf("ReadInto gave %+v, %v at line %d; Read gave %+v, %v at line %d", dst, intoErr, into.Line(), c, err, r.Line())
			}
			var re *RecordError
			var he *HeaderError
			switch {
			case err == io.EOF:
				break reading
			case err == nil:
				if r.Line() <= 0 {
					t.Fatalf("Line() = %d after a good record", r.Line())
				}
				cases = append(cases, c)
			case errors.As(err, &re):
				checkProblems(re.Problems)
			case errors.As(err, &he):
				checkProblems(he.Problems)
				if _, again := r.Read(); again != err {
					t.Fatalf("Read after a header error = %v, want the same error", again)
				}
				break reading
			default:
				t.Fatalf("Read returned an unexpected error %v (%T)", err, err)
			}
		}

		var buf bytes.Buffer
		w := NewWriter(&buf)
		for _, c := range cases {
			if err := w.Write(c); err != nil {
				t.Fatalf("Write of a case Read returned: %v", err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		again, problems, err := ReadAll(&buf, "again.csv")
		if err != nil || len(errorsOnly(problems)) != 0 {
			t.Fatalf("reading the Writer's output: %v %v", err, problems)
		}
		if diff := cmp.Diff(cases, again); diff != "" {
			t.Fatalf("round trip mismatch (-want +got):\n%s", diff)
		}
	})
}

// maxMessage bounds the length of a message or column name of a problem:
// 80 characters of a value, each escaped in at most 10 bytes, and the list
// of known columns.
const maxMessage = 80*10 + 600

// errorsOnly returns the problems of ps that are not warnings.
func errorsOnly(ps []LineProblem) []LineProblem {
	var out []LineProblem
	for _, p := range ps {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// FuzzReadLongLines feeds the Reader rows longer than its limit (a limit
// of 24 to 123 bytes, so that many rows of the fuzzer's are too long).
//
// With the quotes taken out of the rows, so that every line is a row, the
// Reader must read the file as a Reader without a limit reads it with each
// line that is too long left blank: the same cases and problems, and one
// line-too-long problem on each such line. With the quotes left in, it must
// come to an end, hold no more of a row than the limit allows, and put
// every line-too-long problem on a line of the file.
func FuzzReadLongLines(f *testing.F) {
	f.Add([]byte("C-1,complaint,2014-08-01,"+strings.Repeat("x", 200)+"\nC-2,comment,2014-08-01,a\n"), uint8(0), false)
	f.Add([]byte("C-1,complaint,2014-08-01,a\r\n"+strings.Repeat(",", 300)+"\r\nC-1,comment,2014-08-02,\r"), uint8(10), true)
	f.Add([]byte("\"C-1\",comment,2014-08-01,\"a\n"+strings.Repeat("b\n", 100)+"\"\nC-2,comment,2014-08-01,\n"), uint8(40), false)
	f.Add([]byte(strings.Repeat("y", 5000)), uint8(99), true)
	const header = "id,kind,received,themes\n" // 24 bytes, within every limit
	f.Fuzz(func(t *testing.T, body []byte, limit uint8, lenient bool) {
		max := 24 + int(limit)%100
		read := func(data []byte, max int) ([]timescale.Case, []LineProblem, *Reader) {
			r := NewReader(nil, "long.csv")
			r.br = bufio.NewReaderSize(bytes.NewReader(data), 16) // so that long lines are gathered from pieces
			r.MaxLineBytes, r.Lenient = max, lenient
			var cases []timescale.Case
			var problems []LineProblem
			for calls := 0; ; calls++ {
				if calls > len(data)+2 {
					t.Fatalf("Read did not come to the end of %d bytes in %d calls", len(data), calls)
				}
				c, err := r.Read()
				var re *RecordError
				switch {
				case err == nil:
					cases = append(cases, c)
				case err == io.EOF:
					return cases, append(problems, r.Warnings()...), r
				case errors.As(err, &re):
					problems = append(problems, re.Problems...)
				default:
					t.Fatalf("Read: %v", err)
				}
				problems = append(problems, r.Warnings()...)
				if r.sc.long != nil && cap(r.sc.long) > max+2 || cap(r.sc.buf) > max+1 {
					t.Fatalf("the Reader holds %d and %d bytes of a row, with a limit of %d", cap(r.sc.long), cap(r.sc.buf), max)
				}
			}
		}

		// With quotes: it ends, stays within the limit, and places every
		// long row on a line of the file.
		data := append([]byte(header), body...)
		_, problems, _ := read(data, max)
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, p := range problems {
			if p.Code == problem.LineTooLong && (p.Line < 2 || p.Line > lines) {
				t.Fatalf("a line-too-long problem on line %d of a file of %d lines", p.Line, lines)
			}
		}

		// Without quotes: as the model says.
		plain := bytes.ReplaceAll(data, []byte(`"`), []byte("q"))
		var model []byte
		var long []int // the lines too long
		for i, line := range bytes.SplitAfter(plain, []byte("\n")) {
			text := bytes.TrimSuffix(line, []byte("\n"))
			text = bytes.TrimSuffix(text, []byte("\r")) // one "\r", before "\n" or at the end of the input
			if len(text) > max {
				long = append(long, i+1)
				line = line[len(line)-(len(line)-len(bytes.TrimSuffix(line, []byte("\n")))):] // its line break alone
			}
			model = append(model, line...)
		}
		gotCases, gotProblems, _ := read(plain, max)
		wantCases, wantProblems, _ := read(model, maxLineBytes)
		for _, n := range long {
			wantProblems = append(wantProblems, LineProblem{File: "long.csv", Line: n, Code: problem.LineTooLong,
				Message: (&LineTooLongError{StartLine: n, Line: n, Limit: max}).Message()})
		}
		slices.SortStableFunc(wantProblems, func(a, b LineProblem) int { return a.Line - b.Line })
		sameProblem := func(a, b LineProblem) bool { a.Err, b.Err = nil, nil; return a == b }
		if reflect.DeepEqual(wantCases, gotCases) && slices.EqualFunc(wantProblems, gotProblems, sameProblem) {
			return // quickly, for the fuzzer's sake; cmp.Diff explains a difference
		}
		if diff := cmp.Diff(wantCases, gotCases); diff != "" {
			t.Fatalf("cases (-model +reader):\n%s", diff)
		}
		if diff := cmp.Diff(wantProblems, gotProblems, ignoreErr); diff != "" {
			t.Fatalf("problems (-model +reader):\n%s", diff)
		}
	})
}

// FuzzParseDateIsParseAnyDate holds parseDate, the reader's quick reading
// of a date written YYYY-MM-DD, to calendar.ParseAnyDate: the same date, or
// the same error.
func FuzzParseDateIsParseAnyDate(f *testing.F) {
	for _, s := range []string{"2014-08-01", "2016-02-29", "2015-02-29", "0000-01-01", "0001-01-01", "9999-12-31",
		"2014-13-01", "2014-00-10", "2014-08-00", "2014-08-32", "2014-8-01", "2014/08/01", "01/08/2014", "1/8/2014",
		"2014-08-0a", "+014-08-01", "2014-08-01 ", "", "２０１４-08-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gotErr := parseDate(s)
		want, wantErr := calendar.ParseAnyDate(s)
		if got != want || !reflect.DeepEqual(gotErr, wantErr) {
			t.Fatalf("parseDate(%q) = %v, %v; calendar.ParseAnyDate gives %v, %v", s, got, gotErr, want, wantErr)
		}
	})
}

// FuzzSplitIsStringsSplit holds the scanner's split, which looks at eight
// bytes at a time, to strings.Split at commas, refusing a line with a quote,
// and its check of the fields' UTF-8 to utf8.ValidString of each field.
func FuzzSplitIsStringsSplit(f *testing.F) {
	for _, s := range []string{"", ",", "a", "a,b", ",,,,,,,,", "C-1,complaint,2014-08-01,,parent,,,,,,,Respite;Transport,A. Jones",
		"C-1,\"a\",b", "0123456,\"", "tîm,de", "\xff,a", "a,\xc3", "\xc3,\xa9", "abcdefg,abcdefgh,abcdefghi", "é\"é,,,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, rec string) {
		s := newScanner(nil, DefaultMaxLineBytes)
		got, ok := s.split(rec)
		if quoted := strings.Contains(rec, `"`); ok == quoted {
			t.Fatalf("split(%q) reports %v, want %v", rec, ok, !quoted)
		}
		if !ok {
			return
		}
		if want := strings.Split(rec, ","); !slices.Equal(got, want) {
			t.Fatalf("split(%q) = %q, want %q", rec, got, want)
		}
		valid := !slices.ContainsFunc(got, func(f string) bool { return !utf8.ValidString(f) })
		if s.valid && !valid {
			t.Fatalf("split(%q) marks its fields UTF-8, but they are not all", rec)
		}
		if s.valid != utf8.ValidString(rec) {
			t.Fatalf("split(%q) marks its fields UTF-8: %v, but the line is: %v", rec, s.valid, !s.valid)
		}
	})
}

// FuzzMayBeginFormulaFindsEveryFormulaTheme holds mayBeginFormula to
// formulaLike: a themes cell none of whose themes formulaLike reports is the
// only kind it may pass over.
func FuzzMayBeginFormulaFindsEveryFormulaTheme(f *testing.F) {
	for _, s := range []string{"", "Respite", "a; =b", " +44 1234", "-1", "\t@x", "\r=1;a", "a;;b", "\u00a0=x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, cell string) {
		if mayBeginFormula(cell) {
			return
		}
		for piece := range strings.SplitSeq(cell, ";") {
			if theme := strings.TrimSpace(piece); formulaLike(theme) {
				t.Fatalf("mayBeginFormula(%q) = false, but its theme %q looks like a formula", cell, theme)
			}
		}
	})
}
