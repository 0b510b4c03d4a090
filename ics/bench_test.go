package ics

import (
	"io"
	"strings"
	"testing"
	"time"

	goical "github.com/arran4/golang-ical"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// benchCase is a complaint received on Friday 1 August 2014, as of that
// day: four open deadlines, with explanations that skip weekends and a bank
// holiday, as long as a typical one.
var benchCase = timescale.Case{ID: "B-123456", Kind: timescale.Complaint, Received: calendar.NewDate(2014, time.August, 1),
	Owner: "Team East", Themes: []string{"Communication", "Staff attitude"}}

// BenchmarkWriteCase measures the hot path of assess --format ics: the
// events of one assessment (four deadlines), explanations included, both
// explained anew and, as most deadlines of a case file are, with periods
// the Writer has explained before.
//
//	go test -run '^$' -bench WriteCase -benchmem ./ics
func BenchmarkWriteCase(b *testing.B) {
	asOf := benchCase.Received
	a, err := timescale.Evaluate(benchCase, asOf)
	if err != nil {
		b.Fatal(err)
	}
	for _, anew := range []bool{true, false} {
		name := "periods explained before"
		if anew {
			name = "periods explained anew"
		}
		b.Run(name, func(b *testing.B) {
			w, err := NewWriter(io.Discard, Options{AsOf: asOf, Remind: DefaultRemind})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				if anew {
					clear(w.explained)
				}
				if err := w.WriteCase(&benchCase, &a); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu, len(a.Deadlines))
		})
	}
}

// BenchmarkEvents writes the same event, the stage 1 response of
// benchCase, with this package and with github.com/arran4/golang-ical,
// the iCalendar library the module would otherwise use, and so shows why
// this package writes the format itself (see the package documentation).
// The strings of the event are made once, before the loop, for the
// library; this package builds its description in the loop, so the
// comparison favours the library.
//
//	go test -run '^$' -bench Events -benchmem ./ics
func BenchmarkEvents(b *testing.B) {
	asOf := benchCase.Received
	a, err := timescale.Evaluate(benchCase, asOf)
	if err != nil {
		b.Fatal(err)
	}
	d, _ := a.Deadline(timescale.Stage1Response)
	x, err := timescale.Engine{}.Explain(d)
	if err != nil {
		b.Fatal(err)
	}
	text := x.String()

	b.Run("this package", func(b *testing.B) {
		w, err := NewWriter(io.Discard, Options{AsOf: asOf, Remind: DefaultRemind})
		if err != nil {
			b.Fatal(err)
		}
		s := subject{id: a.ID, owner: a.Owner, themes: benchCase.Themes, asOf: asOf}
		b.ReportAllocs()
		cpu := cpuTime()
		for b.Loop() {
			if err := w.event(&s, &d, newExplanation(x.Title, text)); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu, 1)
		w.bw.Flush()
	})

	// The same properties, values and reminder, from the same strings.
	var out strings.Builder
	w, _ := NewWriter(&out, Options{AsOf: asOf, Remind: DefaultRemind})
	s := subject{id: a.ID, owner: a.Owner, themes: benchCase.Themes, asOf: asOf}
	_ = w.event(&s, &d, newExplanation(x.Title, text))
	_ = w.Close()
	ev := readBack(b, out.String())
	cfg := &goical.SerializationConfiguration{MaxLength: maxLine, PropertyMaxLength: maxLine, NewLine: "\r\n"}
	stamp := time.Date(asOf.Year, asOf.Month, asOf.Day, 0, 0, 0, 0, time.UTC)
	start := time.Date(d.Due.Year, d.Due.Month, d.Due.Day, 0, 0, 0, 0, time.UTC)
	b.Run("golang-ical", func(b *testing.B) {
		b.ReportAllocs()
		cpu := cpuTime()
		defer func() { reportCPU(b, cpu, 1) }()
		for b.Loop() {
			e := goical.NewEvent(ev["UID"])
			e.SetDtStampTime(stamp)
			e.SetSequence(16283)
			e.SetAllDayStartAt(start)
			e.SetAllDayEndAt(start.AddDate(0, 0, 1))
			e.SetSummary(ev["SUMMARY"])
			e.SetDescription(ev["DESCRIPTION"])
			e.SetStatus(goical.ObjectStatusConfirmed)
			e.SetTimeTransparency(goical.TransparencyTransparent)
			al := e.AddAlarm()
			al.SetAction(goical.ActionDisplay)
			al.SetProperty(goical.ComponentPropertyDescription, ev["SUMMARY"])
			al.SetTrigger(ev["TRIGGER"])
			if err := e.SerializeTo(io.Discard, cfg); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// reportCPU reports the processor time per event since cpu, a cpuTime,
// for the events written at each iteration, when the system measures it.
func reportCPU(b *testing.B, cpu int64, events int) {
	if used := cpuTime() - cpu; cpu > 0 && used > 0 {
		b.ReportMetric(float64(used)/float64(b.N*events), "cpu-ns/event")
	}
}

// readBack returns the unescaped values of the first event of a calendar
// file, read with golang-ical.
func readBack(b *testing.B, text string) map[string]string {
	cal, err := goical.ParseCalendar(strings.NewReader(text))
	if err != nil {
		b.Fatal(err)
	}
	e := cal.Events()[0]
	out := map[string]string{}
	for _, p := range e.Properties {
		out[p.IANAToken] = p.Value
	}
	out["TRIGGER"] = e.Alarms()[0].GetProperty(goical.ComponentPropertyTrigger).Value
	return out
}
