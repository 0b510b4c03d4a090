package casefile

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// FuzzRead checks that Read never panics on arbitrary bytes, always comes
// to an end, places every problem on a positive line of the named file, and
// that every case it reads is written back by Writer and read again as the
// same case.
func FuzzRead(f *testing.F) {
	f.Add([]byte(goodFile))
	f.Add([]byte("\uFEFF" + goodFile))
	f.Add([]byte("id,kind,received,themes\nC-1,complaint,01/08/2014,\"a\nb;c\"\nC-1,comment,bad,\n\"x"))
	f.Add([]byte("id,kind,received,upheld\nC-1,complaint,2014-08-01,-1\n,,,\nC-2,\"comp\"laint\",2014-08-01,1\n"))
	f.Add([]byte("id,colour,id\n"))
	f.Add([]byte("\xff\xfei\x00d\x00"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data), "fuzz.csv")
		var cases []timescale.Case
		checkProblems := func(ps []LineProblem) {
			if len(ps) == 0 {
				t.Fatalf("an error with no problems")
			}
			for _, p := range ps {
				if p.Line <= 0 || p.File != "fuzz.csv" || p.Message == "" {
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
		if err != nil || len(problems) != 0 {
			t.Fatalf("reading the Writer's output: %v %v", err, problems)
		}
		if diff := cmp.Diff(cases, again); diff != "" {
			t.Fatalf("round trip mismatch (-want +got):\n%s", diff)
		}
	})
}

// FuzzQuickISODate checks that the reader's fast path for ISO dates agrees
// with calendar.ParseAnyDate: whatever it accepts, ParseAnyDate accepts as
// the same date, and whatever ISO date it refuses, ParseAnyDate refuses.
func FuzzQuickISODate(f *testing.F) {
	for _, s := range []string{"2014-08-01", "2014-02-29", "2016-02-29", "0000-01-01", "9999-12-31", "2014-13-01",
		"2014-00-10", "2014-01-00", "2014-01-32", "2014/01/01", "01/08/2014", "2014-1-01", "20a4-01-01", "2014-08-01 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		quick, ok := quickISODate(s)
		slow, err := calendar.ParseAnyDate(s)
		switch {
		case ok && (err != nil || slow != quick):
			t.Fatalf("quickISODate(%q) = %v, but ParseAnyDate gives %v, %v", s, quick, slow, err)
		case !ok && err == nil && isoShape(s):
			t.Fatalf("quickISODate(%q) refused a date ParseAnyDate reads as %v", s, slow)
		}
	})
}
