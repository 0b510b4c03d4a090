package page

import (
	"io"
	"testing"

	"github.com/cymru-complaints/statutory/lang"
)

// BenchmarkCalculatorPage measures the calculator page of a complaint
// received in the week of the 2022 State Funeral and taken to stage 2:
// its deadlines worked out, and the page written with a calendar of each.
//
//	go test -run '^$' -bench CalculatorPage -benchmem ./page
func BenchmarkCalculatorPage(b *testing.B) {
	for _, t := range []lang.Tag{lang.English, lang.WelshEnglish} {
		b.Run(string(t), func(b *testing.B) {
			c := calculator(t)
			f := Form{Received: "15/09/2022", Acknowledged: "19/09/2022", Stage2Requested: "2022-09-30"}
			b.ReportAllocs()
			for b.Loop() {
				if err := c.Page(f).WriteHTML(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReportPage measures the report page of the sample case file's
// 2014-2015 report, its charts drawn: the writing alone.
//
//	go test -run '^$' -bench ReportPage -benchmem ./page
func BenchmarkReportPage(b *testing.B) {
	r := sampleReport(b)
	for _, t := range []lang.Tag{lang.English, lang.WelshEnglish} {
		b.Run(string(t), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := WriteReport(io.Discard, r, t); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
