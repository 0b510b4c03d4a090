package timescale_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// referenceSchedule is Schedule without its MarshalJSON: encoding/json
// encodes it by reflection over the tagged fields, the reference that
// Schedule.AppendJSON must equal byte for byte.
type referenceSchedule timescale.Schedule

// checkScheduleJSON checks that AppendJSON, AppendJSONIndent (compact, with
// two spaces, and with a prefix and a tab) and MarshalJSON write exactly
// what encoding/json writes for s by reflection, and that the JSON reads
// back to s.
func checkScheduleJSON(t *testing.T, name string, s timescale.Schedule) {
	t.Helper()
	want, err := json.Marshal(referenceSchedule(s))
	if err != nil {
		t.Fatalf("%s: json.Marshal: %v", name, err)
	}
	got, err := s.AppendJSON([]byte("kept"))
	if err != nil {
		t.Fatalf("%s: AppendJSON: %v", name, err)
	}
	if !strings.HasPrefix(string(got), "kept") {
		t.Fatalf("%s: AppendJSON did not append to the buffer given", name)
	}
	if diff := cmp.Diff(string(want), string(got[len("kept"):])); diff != "" {
		t.Fatalf("%s: AppendJSON differs from json.Marshal (-want +got):\n%s", name, diff)
	}
	viaMarshal, err := json.Marshal(s)
	if err != nil {
		t.Fatalf("%s: json.Marshal through MarshalJSON: %v", name, err)
	}
	if diff := cmp.Diff(string(want), string(viaMarshal)); diff != "" {
		t.Fatalf("%s: json.Marshal through MarshalJSON differs (-want +got):\n%s", name, diff)
	}
	for _, in := range []struct{ prefix, indent string }{{"", "  "}, {">", "\t"}, {"", ""}} {
		want, err := json.MarshalIndent(referenceSchedule(s), in.prefix, in.indent)
		if err != nil {
			t.Fatalf("%s: json.MarshalIndent: %v", name, err)
		}
		got, err := s.AppendJSONIndent(nil, in.prefix, in.indent)
		if err != nil {
			t.Fatalf("%s: AppendJSONIndent: %v", name, err)
		}
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Fatalf("%s: AppendJSONIndent(%q, %q) differs from json.MarshalIndent (-want +got):\n%s", name, in.prefix, in.indent, diff)
		}
	}
}

// checkScheduleRoundTrip checks that the JSON of s, a schedule of the
// engine, reads back to s.
func checkScheduleRoundTrip(t *testing.T, name string, s timescale.Schedule) {
	t.Helper()
	b, err := s.AppendJSON(nil)
	if err != nil {
		t.Fatalf("%s: AppendJSON: %v", name, err)
	}
	var back timescale.Schedule
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%s: reading the JSON back: %v", name, err)
	}
	if diff := cmp.Diff(s, back); diff != "" {
		t.Fatalf("%s: the JSON reads back different (-want +got):\n%s", name, diff)
	}
}

func TestScheduleJSONEqualsEncodingJSONOverGeneratedSchedules(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 3))
	engines := []timescale.Engine{
		{},
		{DeemNextWorkingDay: true},
		{Transition: timescale.Stage2ByRequestDate},
		withTargets(pembrokeshire),
	}
	n := 0
	for received := firstReceipt; !received.After(lastReceipt); received = received.AddDays(1 + rng.IntN(9)) {
		e := engines[n%len(engines)]
		n++
		c := randomCase(rng, received)
		asOf := received.AddDays(rng.IntN(400))
		a, err := e.Evaluate(c, asOf)
		if err != nil {
			t.Fatalf("Evaluate(%+v): %v", c, err)
		}
		s, err := e.Schedule(&a)
		if err != nil {
			t.Fatalf("Schedule of %+v: %v", c, err)
		}
		checkScheduleJSON(t, "case received "+received.String(), s)
		checkScheduleRoundTrip(t, "case received "+received.String(), s)
		// The same complaint asked as a query: the service's path.
		q := timescale.Query{Received: received, Procedure: c.Procedure, Acknowledged: c.Acknowledged, Discussed: c.Discussed,
			Stage2Requested: c.Stage2Requested, Matter: c.Matter, AsOf: asOf, ResolvedLocally: c.ResolvedLocally}
		if s, err = e.Deadlines(q); err != nil {
			t.Fatalf("Deadlines(%+v): %v", q, err)
		}
		checkScheduleJSON(t, "query received "+received.String(), s)
		checkScheduleRoundTrip(t, "query received "+received.String(), s)
	}
	if n < 1000 {
		t.Fatalf("only %d schedules checked", n)
	}
}

// awkward holds strings that encoding/json escapes: quotes and
// backslashes, HTML's <, > and &, control characters, U+2028 and U+2029,
// invalid UTF-8, and text that needs nothing.
var awkward = []string{
	``, `plain`, `"quoted" \ back\slash`, `<script>alert("x")</script> & more`,
	"tab\tnew line\ncarriage\rback\bform\f", "\x00\x01\x1f\x7f", "line\u2028para\u2029end",
	"bad \xff\xfe utf-8 \xc3", "Llandaff—Caerdydd, café ✓ 😀", "\xe2\x80", "ends in \\",
}

func TestScheduleJSONEscapesEveryStringAsEncodingJSONDoes(t *testing.T) {
	base, err := timescale.Engine{}.Deadlines(timescale.Query{Received: d("2022-09-15"), Acknowledged: d("2022-09-19"),
		Stage2Requested: d("2022-10-20"), AsOf: d("2022-11-01")})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range awkward {
		s := base
		s.Regime.Title, s.Regime.Note, s.CalendarVersion = text, text, text
		s.Regime.Sources = append([]timescale.Source(nil), s.Regime.Sources...)
		s.Regime.Sources[0].URL = text
		s.Deadlines = append([]timescale.DeadlineView(nil), s.Deadlines...)
		v := &s.Deadlines[0]
		v.Text, v.DueWeekday, v.Deadline.Citation, v.Deadline.Band, v.Explanation.FromText = text, text, text, text, text
		v.Explanation.Skipped = append([]calendar.NonWorkingDay(nil), v.Explanation.Skipped...)
		v.Explanation.Skipped[0].Reason = text
		checkScheduleJSON(t, "strings "+text, s)
	}
}

func TestScheduleJSONEqualsEncodingJSONWithEveryFieldSet(t *testing.T) {
	// Every field of every type in a schedule set by reflection, so that
	// a field added to a type and not to the encoder is found.
	rng := rand.New(rand.NewPCG(8, 4))
	for i := range 200 {
		var s timescale.Schedule
		fill(rng, reflect.ValueOf(&s).Elem(), i%3 == 0)
		checkScheduleJSON(t, "filled", s)
	}
}

// fill sets v, and every field and element within it, to a random value:
// with sparse, about half the values are left zero (and slices nil or
// empty), to reach the members left out when empty.
func fill(rng *rand.Rand, v reflect.Value, sparse bool) {
	// The zero Kind has no JSON form; a struct is filled, sparsely.
	leaf := v.Kind() != reflect.Struct || v.Type() == reflect.TypeFor[calendar.Date]()
	if sparse && leaf && rng.IntN(2) == 0 && v.Type() != reflect.TypeFor[calendar.Kind]() {
		if v.Kind() == reflect.Slice && rng.IntN(2) == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		}
		return
	}
	switch v.Type() {
	case reflect.TypeFor[calendar.Date]():
		v.Set(reflect.ValueOf(calendar.NewDate(1+rng.IntN(9999), time.Month(1+rng.IntN(12)), 1+rng.IntN(28))))
		return
	case reflect.TypeFor[calendar.Kind]():
		v.Set(reflect.ValueOf(calendar.Kind(1 + rng.IntN(int(calendar.LocalClosure)))))
		return
	case reflect.TypeFor[timescale.Party]():
		ps := timescale.Parties()
		v.Set(reflect.ValueOf(ps[rng.IntN(len(ps))]))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(awkward[rng.IntN(len(awkward))])
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Int:
		v.SetInt(int64(rng.IntN(2000) - 1000))
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1+rng.IntN(3), 3)
		for i := range s.Len() {
			fill(rng, s.Index(i), sparse)
		}
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(rng, v.Field(i), sparse)
			}
		}
	default:
		panic("fill: no values for " + v.Type().String())
	}
}

func TestScheduleJSONOfAValueWithNoJSONFormIsTheErrorOfThatValue(t *testing.T) {
	base, err := timescale.Engine{}.Deadlines(timescale.Query{Received: d("2022-09-15"), AsOf: d("2022-09-16")})
	if err != nil {
		t.Fatal(err)
	}
	bad := calendar.NewDate(2022, time.February, 30)
	tests := []struct {
		name   string
		change func(s *timescale.Schedule)
		want   any // a pointer to the type of error
	}{
		{"an invalid date received", func(s *timescale.Schedule) { s.Received = bad }, new(*calendar.DateError)},
		{"an invalid due date", func(s *timescale.Schedule) { s.Deadlines[0].Deadline.Due = bad }, new(*calendar.DateError)},
		{"an invalid skipped day", func(s *timescale.Schedule) { s.Deadlines[0].Explanation.Skipped[0].Date = bad }, new(*calendar.DateError)},
		{"a skipped day of no kind", func(s *timescale.Schedule) { s.Deadlines[0].Explanation.Skipped[0].Kind = 0 }, new(*calendar.KindError)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base
			s.Deadlines = append([]timescale.DeadlineView(nil), s.Deadlines...)
			s.Deadlines[0].Explanation.Skipped = append([]calendar.NonWorkingDay(nil), s.Deadlines[0].Explanation.Skipped...)
			tc.change(&s)
			if _, err := json.Marshal(referenceSchedule(s)); !errors.As(err, tc.want) {
				t.Fatalf("json.Marshal: error %v, want %T", err, tc.want)
			}
			got, err := s.AppendJSON([]byte("kept"))
			if !errors.As(err, tc.want) {
				t.Fatalf("AppendJSON: error %v, want %T", err, tc.want)
			}
			if string(got) != "kept" {
				t.Errorf("AppendJSON returned %q on an error, want the buffer unchanged", got)
			}
			if _, err := json.Marshal(s); !errors.As(err, tc.want) {
				t.Errorf("json.Marshal through MarshalJSON: error %v, want %T", err, tc.want)
			}
		})
	}
}

func TestScheduleAppendJSONAllocatesNothingIntoABufferWithRoom(t *testing.T) {
	s, err := timescale.Engine{}.Deadlines(timescale.Query{Received: d("2022-09-15"), Acknowledged: d("2022-09-19"),
		Stage2Requested: d("2022-10-20"), AsOf: d("2022-11-01")})
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 0, 64<<10)
	allocs := testing.AllocsPerRun(50, func() {
		b, _ = s.AppendJSONIndent(b[:0], "", "  ")
	})
	if allocs != 0 {
		t.Errorf("AppendJSONIndent allocated %v times per run, want 0", allocs)
	}
}

func FuzzScheduleAppendJSON(f *testing.F) {
	for i, s := range awkward {
		f.Add(uint16(i*997), s, i%2 == 0)
	}
	f.Fuzz(func(t *testing.T, day uint16, text string, events bool) {
		received := firstReceipt.AddDays(int(day) % 9000)
		q := timescale.Query{Received: received, AsOf: received.AddDays(90)}
		if events {
			q.Acknowledged, q.Stage2Requested = received.AddDays(1), received.AddDays(40)
		}
		s, err := timescale.Engine{}.Deadlines(q)
		if err != nil {
			t.Skip(err)
		}
		s.CalendarVersion, s.Regime.Note = text, text
		for i := range s.Deadlines {
			s.Deadlines[i].Text = text
			s.Deadlines[i].Explanation.FromText = text + s.Deadlines[i].Explanation.FromText
		}
		checkScheduleJSON(t, "fuzz", s)
	})
}

func TestAScheduleExplainsEachDeadlineAsExplainDoes(t *testing.T) {
	// Engine.Schedule shares one list of skipped days and one string
	// between the explanations; each must still equal Explain's.
	rng := rand.New(rand.NewPCG(8, 5))
	engines := []timescale.Engine{{}, {DeemNextWorkingDay: true}, {Transition: timescale.Stage2ByRequestDate}, withTargets(pembrokeshire)}
	n := 0
	for received := firstReceipt; !received.After(lastReceipt); received = received.AddDays(1 + rng.IntN(13)) {
		e := engines[n%len(engines)]
		n++
		c := randomCase(rng, received)
		a, err := e.Evaluate(c, received.AddDays(rng.IntN(400)))
		if err != nil {
			t.Fatal(err)
		}
		s, err := e.Schedule(&a)
		if err != nil {
			t.Fatal(err)
		}
		want := make([]timescale.DeadlineView, len(a.Deadlines))
		for i, d := range a.Deadlines {
			x, err := e.Explain(d)
			if err != nil {
				t.Fatal(err)
			}
			want[i] = timescale.DeadlineView{Deadline: d, Explanation: x, DueWeekday: d.Due.Weekday().String(), Text: x.String()}
		}
		if diff := cmp.Diff(want, s.Deadlines); diff != "" {
			t.Fatalf("case %+v: the schedule's deadlines differ from Explain's (-want +got):\n%s", c, diff)
		}
	}
}

func TestAppendingToOneExplanationsSkippedDaysLeavesTheOthersAlone(t *testing.T) {
	// The State Funeral week: every working-day deadline skips days, and
	// their periods overlap, so their lists are parts of one.
	s, err := timescale.Engine{}.Deadlines(timescale.Query{Received: d("2022-09-15"), Acknowledged: d("2022-09-19"),
		Stage2Requested: d("2022-10-20"), AsOf: d("2022-11-01")})
	if err != nil {
		t.Fatal(err)
	}
	before, err := s.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := func() []timescale.DeadlineView {
		var back timescale.Schedule
		if err := json.Unmarshal(before, &back); err != nil {
			t.Fatal(err)
		}
		return back.Deadlines
	}()
	extra := calendar.NonWorkingDay{Date: d("2099-01-01"), Kind: calendar.LocalClosure, Reason: "appended by a caller"}
	for i := range s.Deadlines {
		x := &s.Deadlines[i].Explanation
		if len(x.Skipped) == 0 {
			t.Fatalf("%s skips no days: the test needs every list to hold some", x.RuleID)
		}
		x.Skipped = append(x.Skipped, extra)
		want[i].Explanation.Skipped = append(want[i].Explanation.Skipped, extra)
	}
	if diff := cmp.Diff(want, s.Deadlines); diff != "" {
		t.Fatalf("an append to one list changed another (-want +got):\n%s", diff)
	}
}

// BenchmarkScheduleAppendJSON measures the encoding of the schedule of a
// complaint received in the week of the 2022 State Funeral and taken to
// stage 2, compact and indented as the example service sends it, into a
// reused buffer.
//
//	go test -run '^$' -bench ScheduleAppendJSON -benchmem ./timescale
func BenchmarkScheduleAppendJSON(b *testing.B) {
	s, err := timescale.Engine{}.Deadlines(timescale.Query{Received: d("2022-09-15"), Acknowledged: d("2022-09-19"),
		Stage2Requested: d("2022-10-20"), AsOf: d("2022-11-01")})
	if err != nil {
		b.Fatal(err)
	}
	var out []byte
	b.Run("compact", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			out, _ = s.AppendJSON(out[:0])
		}
		b.SetBytes(int64(len(out)))
	})
	b.Run("indented", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			out, _ = s.AppendJSONIndent(out[:0], "", "  ")
		}
		b.SetBytes(int64(len(out)))
	})
}

func TestScheduleJSONEscapesEveryByteAtEveryPlace(t *testing.T) {
	// The encoder looks at eight bytes at a time: each byte value, and
	// U+2028, is tried at every place of a string longer than two words.
	specials := []string{"\u2028", "\u2029", "é", "😀"}
	for c := range 256 {
		specials = append(specials, string([]byte{byte(c)}))
	}
	for _, sp := range specials {
		for at := range 18 {
			text := strings.Repeat("a", at) + sp + strings.Repeat("b", 17-at)
			s := timescale.Schedule{CalendarVersion: text, Status: timescale.CaseStatus(text[1:])}
			want, err := json.Marshal(referenceSchedule(s))
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.AppendJSON(nil)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Fatalf("%q: AppendJSON wrote\n%s\nwant\n%s", text, got, want)
			}
		}
	}
}

func TestAStatutoryRegimeChangedInAnyFieldIsEncodedAsChanged(t *testing.T) {
	// The encoder keeps the JSON of the statutory regimes and writes it
	// again for a regime equal to one of them: a regime that differs in
	// any field, however deep, must be written as it is.
	rng := rand.New(rand.NewPCG(8, 7))
	for _, r := range timescale.Statutory().Regimes() {
		s := timescale.Schedule{Regime: r, Deadlines: []timescale.DeadlineView{}}
		checkScheduleJSON(t, "regime "+string(r.Name), s) // kept now
		for range 2000 {
			var c timescale.RegimeInfo
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &c); err != nil { // a deep copy
				t.Fatal(err)
			}
			path := mutate(rng, reflect.ValueOf(&c).Elem())
			c.Name = r.Name
			checkScheduleJSON(t, "regime "+string(r.Name)+" changed at "+path, timescale.Schedule{Regime: c})
		}
	}
}

// mutate changes one value within v, reached by a random path, and
// returns the path: a leaf gets another value, a list is cut to nil or
// to empty, or grows by an element, or has one of its elements mutated.
func mutate(rng *rand.Rand, v reflect.Value) string {
	switch v.Type() {
	case reflect.TypeFor[calendar.Date]():
		v.Set(reflect.ValueOf(v.Interface().(calendar.Date).AddDays(1 + rng.IntN(400))))
		return ""
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + awkward[1+rng.IntN(len(awkward)-1)])
	case reflect.Int:
		v.SetInt(v.Int() + 1 + int64(rng.IntN(5)))
	case reflect.Slice:
		switch n := rng.IntN(8); {
		case n == 0:
			v.Set(reflect.Zero(v.Type()))
			return " (nil)"
		case n == 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
			return " (empty)"
		case n == 2 || v.Len() == 0:
			e := reflect.New(v.Type().Elem()).Elem()
			fill(rng, e, false)
			v.Set(reflect.Append(v, e))
			return " (grown)"
		default:
			i := rng.IntN(v.Len())
			return "[" + strconv.Itoa(i) + "]" + mutate(rng, v.Index(i))
		}
	case reflect.Struct:
		i := rng.IntN(v.NumField())
		return "." + v.Type().Field(i).Name + mutate(rng, v.Field(i))
	default:
		panic("mutate: " + v.Type().String())
	}
	return ""
}
