package timescale

import (
	"slices"
	"strconv"
	"sync/atomic"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
)

// AppendJSON appends the JSON form of s to b, byte for byte what
// json.Marshal(s) writes, and returns the extended buffer. It writes the
// schedule without reflection and with no allocation but the growth of b
// (BenchmarkLibraryShare): a service can encode every answer into one
// reused buffer.
//
// The error is that of the first value that has no JSON form, a
// *calendar.DateError for an invalid date or a *calendar.KindError for a
// day of no known kind, and b is then returned unchanged. A schedule from
// Engine.Deadlines or Engine.Schedule always encodes.
func (s Schedule) AppendJSON(b []byte) ([]byte, error) {
	return s.appendJSON(jsonWriter{b: b})
}

// AppendJSONIndent appends the JSON form of s to b indented, byte for byte
// what json.MarshalIndent(s, prefix, indent) writes, and returns the
// extended buffer. Errors are those of AppendJSON.
func (s Schedule) AppendJSONIndent(b []byte, prefix, indent string) ([]byte, error) {
	return s.appendJSON(jsonWriter{b: b, prefix: prefix, indent: indent, pretty: true})
}

func (s *Schedule) appendJSON(w jsonWriter) ([]byte, error) {
	b := w.b
	w.schedule(s)
	if w.err != nil {
		return b, w.err
	}
	return w.b, nil
}

// MarshalJSON implements json.Marshaler with AppendJSON, whose output is
// that of encoding/json's reflection over the fields as tagged: a
// schedule is encoded without reflection even through json.Marshal or a
// json.Encoder. Its strings are escaped for HTML as json.Marshal escapes
// them, so that a json.Encoder with SetEscapeHTML(false) still writes
// \u003c for a < in a schedule.
func (s Schedule) MarshalJSON() ([]byte, error) {
	return s.AppendJSON(make([]byte, 0, 4096))
}

// A jsonWriter appends JSON to b as encoding/json writes it, compact or,
// when pretty, indented as json.MarshalIndent indents it; strings are
// escaped as json.Marshal escapes them (HTML's <, > and & included). The
// first error of a value with no JSON form is kept in err.
type jsonWriter struct {
	b              []byte
	prefix, indent string
	pretty         bool
	depth          int
	// more reports that the innermost open object or array already has
	// a member, so that the next one is preceded by a comma.
	more bool
	err  error
}

// open begins an object or an array.
func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.more = false
}

// close ends the innermost object or array; an empty one stays on its
// line, as "{}" or "[]".
func (w *jsonWriter) close(c byte) {
	w.depth--
	if w.more {
		w.newline()
	}
	w.b = append(w.b, c)
	w.more = true
}

// next begins a member of the innermost object or array.
func (w *jsonWriter) next() {
	if w.more {
		w.b = append(w.b, ',')
	}
	w.newline()
	w.more = true
}

func (w *jsonWriter) newline() {
	if !w.pretty {
		return
	}
	if w.prefix == "" && w.indent == "  " && 2*w.depth < len(twoSpaces) {
		// The usual indentation in one append (BenchmarkLibraryShare).
		w.b = append(w.b, twoSpaces[:1+2*w.depth]...)
		return
	}
	w.b = append(w.b, '\n')
	w.b = append(w.b, w.prefix...)
	for range w.depth {
		w.b = append(w.b, w.indent...)
	}
}

// twoSpaces is a newline and the indentation of 16 levels of two spaces.
const twoSpaces = "\n                                "

// key begins a member of an object with its name, quoted, which needs no
// escaping: the quotes come with the name so that it is written in one
// append (BenchmarkScheduleAppendJSON).
func (w *jsonWriter) key(quoted string) {
	w.next()
	w.b = append(w.b, quoted...)
	if w.pretty {
		w.b = append(w.b, ':', ' ')
	} else {
		w.b = append(w.b, ':')
	}
}

func (w *jsonWriter) str(s string) { w.b = appendJSONString(w.b, s) }

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jsonWriter) bool(v bool) { w.b = strconv.AppendBool(w.b, v) }

func (w *jsonWriter) null() { w.b = append(w.b, "null"...) }

// date writes d as its text (Date.AppendText) in quotes: "" for the zero
// Date.
func (w *jsonWriter) date(d calendar.Date) {
	w.b = append(w.b, '"')
	var err error
	if w.b, err = d.AppendText(w.b); err != nil && w.err == nil {
		w.err = err
	}
	w.b = append(w.b, '"')
}

func (w *jsonWriter) kind(k calendar.Kind) {
	w.b = append(w.b, '"')
	var err error
	if w.b, err = k.AppendText(w.b); err != nil && w.err == nil {
		w.err = err
	}
	w.b = append(w.b, '"')
}

// The members of each type, in the order of its fields, with the
// omitempty and omitzero of its tags; a test holds them to encoding/json.

func (w *jsonWriter) schedule(s *Schedule) {
	w.open('{')
	w.key(`"regime"`)
	w.regime(&s.Regime)
	w.key(`"received"`)
	w.date(s.Received)
	if !s.DeemedReceived.IsZero() {
		w.key(`"deemed_received"`)
		w.date(s.DeemedReceived)
	}
	w.key(`"as_of"`)
	w.date(s.AsOf)
	w.key(`"status"`)
	w.str(string(s.Status))
	w.key(`"transition"`)
	w.str(string(s.Transition))
	if s.TransitionApplies {
		w.key(`"transition_applies"`)
		w.bool(true)
	}
	if len(s.Readings) > 0 {
		w.key(`"readings"`)
		w.open('[')
		for i := range s.Readings {
			w.next()
			w.transitionPolicy(&s.Readings[i])
		}
		w.close(']')
	}
	w.key(`"provisional"`)
	w.bool(s.Provisional)
	w.key(`"calendar_version"`)
	w.str(s.CalendarVersion)
	if s.SetAside != 0 {
		w.key(`"set_aside"`)
		w.int(s.SetAside)
	}
	w.key(`"deadlines"`)
	if s.Deadlines == nil {
		w.null()
	} else {
		w.open('[')
		for i := range s.Deadlines {
			w.next()
			w.deadlineView(&s.Deadlines[i])
		}
		w.close(']')
	}
	w.close('}')
}

// regime writes r. A regime of the statutory table is the same in every
// schedule, and about a quarter of its JSON: its JSON is kept from the
// first schedule that has it, and written again for every regime equal to
// it, in the two forms the library's callers use, compact and indented by
// two spaces (BenchmarkScheduleAppendJSON).
func (w *jsonWriter) regime(r *RegimeInfo) {
	slot := -1
	if w.depth == 1 && w.prefix == "" && (!w.pretty || w.indent == "  ") {
		switch r.Name {
		case Wales2005:
			slot = 0
		case Wales2014:
			slot = 2
		case PSOWModel:
			slot = 4
		}
		if slot >= 0 && w.pretty {
			slot++
		}
	}
	if slot < 0 {
		w.regimeMembers(r)
		return
	}
	if k := keptRegimes[slot].Load(); k != nil && equalRegimes(&k.info, r) {
		w.b = append(w.b, k.json...)
		w.more = true
		return
	}
	start := len(w.b)
	w.regimeMembers(r)
	if w.err == nil && keptRegimes[slot].Load() == nil {
		keptRegimes[slot].CompareAndSwap(nil, &keptRegime{info: r.clone(), json: slices.Clone(w.b[start:])})
	}
}

// A keptRegime is a regime and its JSON, as jsonWriter.regime wrote it.
type keptRegime struct {
	info RegimeInfo
	json []byte
}

// keptRegimes holds the kept JSON of wales-2005, wales-2014 and
// psow-model, compact and indented, in that order.
var keptRegimes [6]atomic.Pointer[keptRegime]

// equalRegimes reports whether a and b have the same JSON form: every
// field equal, and the lists that are written even when empty nil in
// both or in neither (null is not []).
func equalRegimes(a, b *RegimeInfo) bool {
	if a.Name != b.Name || a.From != b.From || a.Title != b.Title || a.Citation != b.Citation ||
		a.Representations != b.Representations || a.Basis != b.Basis || a.Stages != b.Stages || a.Note != b.Note ||
		(a.Procedures == nil) != (b.Procedures == nil) || (a.Bands == nil) != (b.Bands == nil) || (a.Sources == nil) != (b.Sources == nil) ||
		!slices.Equal(a.Procedures, b.Procedures) || !slices.Equal(a.Bands, b.Bands) || !slices.Equal(a.Sources, b.Sources) ||
		len(a.Transitions) != len(b.Transitions) {
		return false
	}
	for i := range a.Transitions {
		p, q := &a.Transitions[i], &b.Transitions[i]
		if p.Name != q.Name || p.Title != q.Title || p.Citation != q.Citation || p.Basis != q.Basis ||
			p.Paraphrase != q.Paraphrase || p.Note != q.Note ||
			!slices.Equal(p.ByRequestDate, q.ByRequestDate) || !slices.Equal(p.Sources, q.Sources) {
			return false
		}
	}
	return true
}

// regimeMembers writes r member by member.
func (w *jsonWriter) regimeMembers(r *RegimeInfo) {
	w.open('{')
	w.key(`"name"`)
	w.str(string(r.Name))
	w.key(`"procedures"`)
	if r.Procedures == nil {
		w.null()
	} else {
		w.open('[')
		for _, p := range r.Procedures {
			w.next()
			w.str(string(p))
		}
		w.close(']')
	}
	w.key(`"from"`)
	w.date(r.From)
	w.key(`"title"`)
	w.str(r.Title)
	w.key(`"citation"`)
	w.str(r.Citation)
	w.key(`"representations"`)
	w.str(r.Representations)
	if r.Basis != "" {
		w.key(`"basis"`)
		w.str(string(r.Basis))
	}
	w.key(`"stages"`)
	w.int(r.Stages)
	w.key(`"bands"`)
	if r.Bands == nil {
		w.null()
	} else {
		w.open('[')
		for _, x := range r.Bands {
			w.next()
			w.open('{')
			w.key(`"label"`)
			w.str(x.Label)
			w.key(`"max"`)
			w.int(x.Max)
			w.key(`"title"`)
			w.str(x.Title)
			w.close('}')
		}
		w.close(']')
	}
	w.key(`"sources"`)
	w.sources(r.Sources)
	if r.Note != "" {
		w.key(`"note"`)
		w.str(r.Note)
	}
	if len(r.Transitions) > 0 {
		w.key(`"transitions"`)
		w.open('[')
		for i := range r.Transitions {
			w.next()
			w.transitionPolicy(&r.Transitions[i])
		}
		w.close(']')
	}
	w.close('}')
}

// sources writes a list of sources, null when it is nil.
func (w *jsonWriter) sources(ss []Source) {
	if ss == nil {
		w.null()
		return
	}
	w.open('[')
	for _, s := range ss {
		w.next()
		w.open('{')
		w.key(`"provision"`)
		w.str(s.Provision)
		w.key(`"url"`)
		w.str(s.URL)
		w.key(`"read"`)
		w.date(s.Read)
		w.close('}')
	}
	w.close(']')
}

func (w *jsonWriter) transitionPolicy(p *TransitionPolicy) {
	w.open('{')
	w.key(`"name"`)
	w.str(string(p.Name))
	w.key(`"title"`)
	w.str(p.Title)
	if len(p.ByRequestDate) > 0 {
		w.key(`"by_request_date"`)
		w.open('[')
		for _, s := range p.ByRequestDate {
			w.next()
			w.int(s)
		}
		w.close(']')
	}
	w.key(`"citation"`)
	w.str(p.Citation)
	w.key(`"basis"`)
	w.str(string(p.Basis))
	if len(p.Sources) > 0 {
		w.key(`"sources"`)
		w.sources(p.Sources)
	}
	if p.Paraphrase != "" {
		w.key(`"paraphrase"`)
		w.str(p.Paraphrase)
	}
	if p.Note != "" {
		w.key(`"note"`)
		w.str(p.Note)
	}
	w.close('}')
}

func (w *jsonWriter) deadlineView(v *DeadlineView) {
	w.open('{')
	w.key(`"deadline"`)
	w.deadline(&v.Deadline)
	w.key(`"explanation"`)
	w.explanation(&v.Explanation)
	w.key(`"due_weekday"`)
	w.str(v.DueWeekday)
	w.key(`"text"`)
	w.str(v.Text)
	w.close('}')
}

// deadline writes d as Deadline.MarshalJSON does: taken comes last, and
// only when the milestone is done.
func (w *jsonWriter) deadline(d *Deadline) {
	w.open('{')
	w.key(`"rule_id"`)
	w.str(d.RuleID)
	w.key(`"stage"`)
	w.int(d.Stage)
	if d.Response {
		w.key(`"response"`)
		w.bool(true)
	}
	w.key(`"milestone"`)
	w.str(string(d.Milestone))
	w.key(`"citation"`)
	w.str(d.Citation)
	w.key(`"basis"`)
	w.str(string(d.Basis))
	if d.Transition != "" {
		w.key(`"transition"`)
		w.str(string(d.Transition))
	}
	if d.OwedBy != PartyCouncil {
		w.key(`"owed_by"`)
		w.str(d.OwedBy.String())
	}
	w.key(`"from"`)
	w.date(d.From)
	w.key(`"from_event"`)
	w.str(string(d.FromEvent))
	if d.FromIsDue {
		w.key(`"from_is_due"`)
		w.bool(true)
	}
	if d.Deemed {
		w.key(`"deemed"`)
		w.bool(true)
	}
	w.key(`"working_days"`)
	w.int(d.WorkingDays)
	if d.Months != 0 {
		w.key(`"months"`)
		w.int(d.Months)
	}
	w.key(`"due"`)
	w.date(d.Due)
	if !d.ExtendedTo.IsZero() {
		w.key(`"extended_to"`)
		w.date(d.ExtendedTo)
	}
	if !d.Done.IsZero() {
		w.key(`"done"`)
		w.date(d.Done)
	}
	if d.Band != "" {
		w.key(`"band"`)
		w.str(d.Band)
	}
	if d.OmbudsmanBand != "" {
		w.key(`"ombudsman_band"`)
		w.str(d.OmbudsmanBand)
	}
	w.key(`"status"`)
	w.str(string(d.Status))
	if d.LateBy != 0 {
		w.key(`"late_by"`)
		w.int(d.LateBy)
	}
	w.key(`"provisional"`)
	w.bool(d.Provisional)
	if !d.Target.IsZero() {
		x := &d.Target
		w.key(`"target"`)
		w.open('{')
		w.key(`"name"`)
		w.str(x.Name)
		w.key(`"source"`)
		w.str(x.Source)
		w.key(`"working_days"`)
		w.int(x.WorkingDays)
		w.key(`"due"`)
		w.date(x.Due)
		w.key(`"status"`)
		w.str(string(x.Status))
		if x.LateBy != 0 {
			w.key(`"late_by"`)
			w.int(x.LateBy)
		}
		w.close('}')
	}
	if d.IsDone() {
		w.key(`"taken"`)
		w.int(d.Taken)
	}
	w.close('}')
}

func (w *jsonWriter) explanation(x *Explanation) {
	w.open('{')
	w.key(`"rule_id"`)
	w.str(x.RuleID)
	w.key(`"milestone"`)
	w.str(string(x.Milestone))
	w.key(`"title"`)
	w.str(x.Title)
	w.key(`"citation"`)
	w.str(x.Citation)
	w.key(`"basis"`)
	w.str(string(x.Basis))
	if x.Transition != "" {
		w.key(`"transition"`)
		w.str(string(x.Transition))
	}
	w.key(`"from"`)
	w.date(x.From)
	w.key(`"from_event"`)
	w.str(string(x.FromEvent))
	w.key(`"from_text"`)
	w.str(x.FromText)
	if x.WorkingDays != 0 {
		w.key(`"working_days"`)
		w.int(x.WorkingDays)
	}
	if x.Months != 0 {
		w.key(`"months"`)
		w.int(x.Months)
	}
	if x.Period != "" {
		w.key(`"period"`)
		w.str(string(x.Period))
	}
	w.key(`"skipped"`)
	if x.Skipped == nil {
		w.null()
	} else {
		w.open('[')
		for i := range x.Skipped {
			s := &x.Skipped[i]
			w.next()
			w.open('{')
			w.key(`"date"`)
			w.date(s.Date)
			w.key(`"kind"`)
			w.kind(s.Kind)
			w.key(`"reason"`)
			w.str(s.Reason)
			w.close('}')
		}
		w.close(']')
	}
	w.key(`"due"`)
	w.date(x.Due)
	if !x.ExtendedTo.IsZero() {
		w.key(`"extended_to"`)
		w.date(x.ExtendedTo)
	}
	w.close('}')
}

// appendJSONString appends s to b as a JSON string, escaped as
// json.Marshal escapes it: the quote, the backslash and the control
// characters (\b, \f, \n, \r and \t by name, the others as \u00XX); <, >
// and & as \u003c, \u003e and \u0026, so that the JSON is safe inside
// HTML; U+2028 and U+2029, which end a line in JavaScript, as \u2028 and
// \u2029; and each byte of invalid UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	plain := 0 // s[plain:i] is yet to be copied
	for i := 0; i < len(s); {
		// A run of bytes that need nothing, in a tight loop
		// (BenchmarkScheduleAppendJSON).
		for i < len(s) && jsonPlain[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[plain:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			plain = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[plain:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[plain:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		plain = i
	}
	b = append(b, s[plain:]...)
	return append(b, '"')
}

// jsonPlain reports, for each byte, whether appendJSONString copies it
// as it is without a look: not a byte json.Marshal escapes, nor one of a
// multi-byte UTF-8 sequence, which is decoded.
var jsonPlain = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()
