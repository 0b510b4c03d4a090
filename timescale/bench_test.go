package timescale_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/cymru-complaints/statutory/calendar"

	"github.com/cymru-complaints/statutory/timescale"
)

// typical is a wales-2014 complaint taken to stage 2 with an agreed
// extension, every step recorded.
var typical = timescale.Case{
	ID: "B1", Kind: timescale.Complaint, Complainant: "parent", Matter: d("2014-06-10"),
	Received: d("2014-08-01"), Acknowledged: d("2014-08-05"), Discussed: d("2014-08-19"),
	Stage1Response: d("2014-08-27"), Stage2Requested: d("2014-09-01"),
	Stage2ExtendedTo: d("2014-10-17"), Stage2Response: d("2014-10-15"),
	Findings: timescale.Findings{Upheld: 1, NotUpheld: 2},
}

func BenchmarkEvaluate(b *testing.B) {
	asOf := d("2015-03-31")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := timescale.Evaluate(typical, asOf); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEvaluateInto(b *testing.B) {
	asOf := d("2015-03-31")
	var a timescale.Assessment
	b.ReportAllocs()
	for b.Loop() {
		if err := (timescale.Engine{}).EvaluateInto(&a, typical, asOf); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExplain(b *testing.B) {
	a, err := timescale.Evaluate(typical, d("2015-03-31"))
	if err != nil {
		b.Fatal(err)
	}
	s2, ok := a.Deadline(timescale.Stage2Response)
	if !ok {
		b.Fatal("no stage 2 deadline")
	}
	b.ReportAllocs()
	for b.Loop() {
		x, err := timescale.Engine{}.Explain(s2)
		if err != nil {
			b.Fatal(err)
		}
		_ = x.String()
	}
}

// mixedCases returns n cases like those of the complaints command's
// benchmark file: receipts spread over 2010 to 2016 (both social services
// regimes), about 90% complaints, of which half are resolved at stage 1, a
// fifth go to stage 2 (some with an agreed revised date), a few to a
// stage 3 panel or are withdrawn, and the rest are still open; the others
// are comments and compliments. The cases are the same for the same n.
func mixedCases(n int) []timescale.Case {
	r := rand.New(rand.NewPCG(2014, 1794))
	first := d("2010-01-01")
	days := d("2016-12-31").DaysSince(first) + 1
	between := func(from calendar.Date, lo, hi int) calendar.Date { return from.AddDays(lo + r.IntN(hi-lo+1)) }
	complainants := []string{"parent", "carer", "child", "advocate", ""}
	cases := make([]timescale.Case, n)
	for i := range cases {
		c := timescale.Case{ID: "M" + strconv.Itoa(i+1), Kind: timescale.Complaint,
			Received: first.AddDays(r.IntN(days)), Complainant: complainants[r.IntN(len(complainants))]}
		switch p := r.IntN(100); {
		case p < 5:
			c.Kind = timescale.Comment
		case p < 10:
			c.Kind = timescale.Compliment
		default:
			c.Acknowledged = between(c.Received, 0, 4)
			c.Discussed = between(c.Acknowledged, 1, 14)
			stage2 := func(from calendar.Date) {
				c.Stage2Requested = between(from, 0, 10)
				c.Stage2Response = between(c.Stage2Requested, 20, 60)
				if r.IntN(3) == 0 {
					c.Stage2ExtendedTo = between(c.Stage2Requested, 35, 50)
				}
				c.Findings = timescale.Findings{Upheld: r.IntN(3), NotUpheld: 1 + r.IntN(3)}
			}
			switch q := r.IntN(100); {
			case q < 55: // resolved at stage 1
				c.Stage1Response = between(c.Discussed, 1, 30)
			case q < 70: // stage 1, then stage 2
				c.Stage1Response = between(c.Discussed, 1, 30)
				stage2(c.Stage1Response)
			case q < 75: // straight to stage 2
				c.Discussed = calendar.Date{}
				stage2(c.Acknowledged)
			case q < 78: // a stage 3 panel, wales-2005 only
				c.Stage1Response = between(c.Discussed, 1, 30)
				stage2(c.Stage1Response)
				if c.Received.Before(cutover) {
					c.Stage3Requested = between(c.Stage2Response, 5, 20)
				}
			case q < 82:
				c.Withdrawn = between(c.Received, 5, 30)
				c.Discussed = calendar.Date{}
			default: // open: acknowledged and perhaps discussed
				if r.IntN(2) == 0 {
					c.Discussed = calendar.Date{}
				}
			}
		}
		cases[i] = c
	}
	return cases
}

// BenchmarkEvaluateIntoMixed evaluates 500 varied cases (mixedCases) as of
// 31 December 2016 into one reused Assessment, as a pass over a case file
// does; ns/op and allocs/op are per case.
func BenchmarkEvaluateIntoMixed(b *testing.B) {
	cases := mixedCases(500)
	asOf := d("2016-12-31")
	var a timescale.Assessment
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := (timescale.Engine{}).EvaluateInto(&a, cases[i], asOf); err != nil {
			b.Fatal(err)
		}
		if i++; i == len(cases) {
			i = 0
		}
	}
}
