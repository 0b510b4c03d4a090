package timescale_test

import (
	"testing"

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
