package assess

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/lang"
)

// A Format is a way of writing rows.
type Format string

// The formats.
const (
	// CSV writes a header of Columns and one line per row; a cell that does
	// not apply is empty; dates are YYYY-MM-DD, booleans true or false, and
	// text cells are made safe to open in a spreadsheet
	// (casefile.SafeCell).
	CSV Format = "csv"
	// JSON writes a list of the rows' JSON forms (Row.MarshalJSON), one a
	// line.
	JSON Format = "json"
	// Text writes an aligned table for people, with dates such as
	// "Wed 27 Aug 2014", yes and no, and a footnote on provisional rows.
	Text Format = "text"
)

// A Writer writes rows in one format.
type Writer interface {
	// Write writes one row; the header, if any, comes before the first.
	Write(*Row) error
	// Close writes what ends the output (the header when no row was
	// written, the end of the JSON list, the footnote) and flushes it. It
	// does not close the underlying io.Writer.
	Close() error
}

// NewWriter returns a Writer of the format f to w, or an error naming the
// formats for an unknown f.
func NewWriter(w io.Writer, f Format) (Writer, error) { return NewWriterIn(w, f, lang.English) }

// NewWriterIn returns a Writer of the format f to w whose text is in the
// language t (see package lang), or an error naming the formats for an
// unknown f. The language applies to Text, whose headings, dates and
// statuses are Welsh where a source gives them and English marked as
// untranslated where none does; CSV and JSON are data and are the same in
// every language. NewWriterIn(w, f, lang.English) is NewWriter(w, f).
//
// For lang.WelshEnglish the Welsh table is written as the rows come and
// the English table, after lang.Separator, by Close: the rows are kept
// until then, so that, unlike the other formats and languages, its memory
// grows with the number of rows.
func NewWriterIn(w io.Writer, f Format, t lang.Tag) (Writer, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	switch f {
	case CSV:
		return &csvWriter{w: bw}, nil
	case JSON:
		return &jsonWriter{w: bw}, nil
	case Text:
		if t == lang.WelshEnglish {
			return &bilingualWriter{bw: bw, welsh: newTextWriter(bw, lang.Welsh)}, nil
		}
		return newTextWriter(bw, t.Languages()[0]), nil
	}
	return nil, fmt.Errorf("assess: unknown format %q: want csv, json or text", f)
}

// A cellStyle says how dates and booleans are written: ISO dates and
// true/false for machines, weekday dates and yes/no for people.
type cellStyle struct {
	date      func(calendar.Date) string
	yes, no   string
	notHappen string // the due-date cell of a stage that has not started
}

// peopleCells returns the cell style for people in l: in English dates
// such as "Wed 27 Aug 2014" and yes or no.
func peopleCells(l lang.Tag) cellStyle {
	date := calendar.Date.Display
	if l != lang.English {
		date = func(d calendar.Date) string { return lang.WeekdayDate(l, d) }
	}
	return cellStyle{
		date:      date,
		yes:       lang.Say(l, "answer.yes", "yes"),
		no:        lang.Say(l, "answer.no", "no"),
		notHappen: "-",
	}
}

// appendCells appends the row's cells, in the order of Columns, to dst.
func (r *Row) appendCells(dst []string, st cellStyle) []string {
	dst = append(dst, r.ID, r.Owner, string(r.Regime))
	for _, s := range [...]*Stage{&r.Stage1, &r.Stage2} {
		switch {
		case !s.Started():
			dst = append(dst, st.notHappen, "", "", "")
		case !s.Done:
			dst = append(dst, st.date(s.Due), "", "", "")
		default:
			dst = append(dst, st.date(s.Due), strconv.Itoa(s.Taken), s.Band, pick(s.InTime, st.yes, st.no))
		}
		switch {
		case !s.HasTarget():
			dst = append(dst, "", "")
		case !s.Done:
			dst = append(dst, st.date(s.TargetDue), "")
		default:
			dst = append(dst, st.date(s.TargetDue), pick(s.TargetMet, st.yes, st.no))
		}
	}
	return append(dst, string(r.Status), pick(r.Provisional, st.yes, st.no))
}

func pick(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

type csvWriter struct {
	w     *bufio.Writer
	begun bool
	buf   []byte // the line being written, reused from row to row
}

func (c *csvWriter) begin() {
	if !c.begun {
		c.begun = true
		c.buf = c.buf[:0]
		for i, s := range columns {
			c.buf = appendCSVCell(c.buf, i, s)
		}
		c.w.Write(append(c.buf, '\n'))
	}
}

// Write writes the cells of Row.appendCells in the machine style, each
// appended to one reused line, with no string made for a date or a number
// (BenchmarkAssess1M, allocs/op).
func (c *csvWriter) Write(r *Row) error {
	c.begin()
	b := appendCSVCell(c.buf[:0], 0, casefile.SafeCell(r.ID)) // the id and the owner are the free text
	b = appendCSVCell(b, 1, casefile.SafeCell(r.Owner))
	b = appendCSVCell(b, 2, string(r.Regime))
	for _, s := range [...]*Stage{&r.Stage1, &r.Stage2} {
		b = append(b, ',')
		if s.Started() {
			b = appendISODate(b, s.Due)
		}
		if s.Done {
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(s.Taken), 10)
			b = appendCSVCell(b, 1, s.Band)
			b = append(b, ',')
			b = strconv.AppendBool(b, s.InTime)
		} else {
			b = append(b, ",,,"...)
		}
		b = append(b, ',')
		if s.HasTarget() {
			b = appendISODate(b, s.TargetDue)
		}
		b = append(b, ',')
		if s.HasTarget() && s.Done {
			b = strconv.AppendBool(b, s.TargetMet)
		}
	}
	b = appendCSVCell(b, 1, string(r.Status))
	b = append(b, ',')
	b = strconv.AppendBool(b, r.Provisional)
	c.buf = append(b, '\n')
	_, err := c.w.Write(c.buf)
	return err
}

func (c *csvWriter) Close() error {
	c.begin()
	return c.w.Flush()
}

// appendCSVCell appends s to b as the cell at position i of a CSV record
// (after a comma unless it is the first), quoting it only when RFC 4180
// needs it.
func appendCSVCell(b []byte, i int, s string) []byte {
	if i > 0 {
		b = append(b, ',')
	}
	if !needsQuotes(s) {
		return append(b, s...)
	}
	b = append(b, '"')
	for {
		j := strings.IndexByte(s, '"')
		if j < 0 {
			break
		}
		b = append(b, s[:j+1]...)
		b = append(b, '"')
		s = s[j+1:]
	}
	b = append(b, s...)
	return append(b, '"')
}

// needsQuotes reports whether the CSV cell s must be quoted: it holds a
// comma, a quote or a line break, or begins or ends with a space. It is a
// loop over the bytes, not strings.ContainsAny, which costs a call for
// every byte of a short cell (BenchmarkAssess1M).
func needsQuotes(s string) bool {
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	return false
}

// appendISODate appends d as Date.String writes it, YYYY-MM-DD, without
// making a string (BenchmarkAssess1M, allocs/op).
func appendISODate(b []byte, d calendar.Date) []byte {
	if d.Year < 0 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 0 || d.Day > 99 {
		return append(b, d.String()...)
	}
	y, m := d.Year, int(d.Month)
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d.Day/10), byte('0'+d.Day%10))
}

type jsonWriter struct {
	w   *bufio.Writer
	n   int
	buf []byte // the row being written, reused from row to row
}

func (j *jsonWriter) Write(r *Row) error {
	if j.n == 0 {
		j.w.WriteString("[")
	} else {
		j.w.WriteByte(',')
	}
	j.n++
	j.w.WriteString("\n  ")
	if !r.Stage1.datesValid() || !r.Stage2.datesValid() {
		// Not a row of an assessment: MarshalJSON says what is wrong.
		b, err := json.Marshal(r)
		if err != nil {
			return err
		}
		_, err = j.w.Write(b)
		return err
	}
	j.buf = r.appendJSON(j.buf[:0])
	_, err := j.w.Write(j.buf)
	return err
}

// datesValid reports whether the dates of the stage that its JSON form
// holds are real dates.
func (s *Stage) datesValid() bool {
	return (!s.Started() || s.Due.IsValid()) && (!s.HasTarget() || s.TargetDue.IsValid())
}

// appendJSON appends the JSON form of r, byte for byte what MarshalJSON
// writes, without its reflection and allocations (BenchmarkAssessJSON1M).
func (r *Row) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, r.ID)
	b = append(b, `,"owner":`...)
	b = appendJSONString(b, r.Owner)
	b = append(b, `,"regime":`...)
	b = appendJSONString(b, string(r.Regime))
	for i, s := range [...]*Stage{&r.Stage1, &r.Stage2} {
		key := func(name string) {
			b = append(b, `,"stage`...)
			b = append(b, byte('1'+i))
			b = append(b, '_')
			b = append(b, name...)
			b = append(b, `":`...)
		}
		key("due")
		b = appendJSONDate(b, s.Due, s.Started())
		key("working_days")
		if s.Done {
			b = strconv.AppendInt(b, int64(s.Taken), 10)
		} else {
			b = append(b, "null"...)
		}
		key("band")
		if s.Done {
			b = appendJSONString(b, s.Band)
		} else {
			b = append(b, "null"...)
		}
		key("in_time")
		b = appendJSONBool(b, s.InTime, s.Done)
		key("target_due")
		b = appendJSONDate(b, s.TargetDue, s.HasTarget())
		key("target_met")
		b = appendJSONBool(b, s.TargetMet, s.HasTarget() && s.Done)
	}
	b = append(b, `,"status":`...)
	b = appendJSONString(b, string(r.Status))
	b = append(b, `,"provisional":`...)
	b = strconv.AppendBool(b, r.Provisional)
	return append(b, '}')
}

// appendJSONString appends s as encoding/json writes a string: as it is
// between quotes when it needs no escape, and otherwise as json.Marshal
// gives it. Text that needs none is printable ASCII but '"', '\\', '<',
// '>' and '&', and UTF-8 but U+2028 and U+2029: a name such as "Tîm De" is
// written without a call of json.Marshal, which would allocate
// (BenchmarkAssessJSON1M, allocs/op).
func appendJSONString(b []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&':
			return appendMarshalled(b, s)
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	if !ascii && (!utf8.ValidString(s) || strings.Contains(s, "\u2028") || strings.Contains(s, "\u2029")) {
		return appendMarshalled(b, s)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendMarshalled appends s as json.Marshal gives it.
func appendMarshalled(b []byte, s string) []byte {
	q, _ := json.Marshal(s) // a string always marshals
	return append(b, q...)
}

// appendJSONDate appends d, a valid date, as a JSON string when ok, and
// null otherwise.
func appendJSONDate(b []byte, d calendar.Date, ok bool) []byte {
	if !ok {
		return append(b, "null"...)
	}
	b = append(b, '"')
	b = appendISODate(b, d)
	return append(b, '"')
}

// appendJSONBool appends v when ok, and null otherwise.
func appendJSONBool(b []byte, v, ok bool) []byte {
	if !ok {
		return append(b, "null"...)
	}
	return strconv.AppendBool(b, v)
}

func (j *jsonWriter) Close() error {
	if j.n == 0 {
		j.w.WriteString("[]\n")
	} else {
		j.w.WriteString("\n]\n")
	}
	return j.w.Flush()
}

// textPage is the number of rows the text writer aligns at a time, so that
// its memory does not grow with the file; each page is aligned on its own.
const textPage = 1000

type textWriter struct {
	bw          *bufio.Writer
	tw          *tabwriter.Writer
	l           lang.Tag // English or Welsh
	style       cellStyle
	begun       bool
	n           int
	provisional int
	cells       []string
}

func newTextWriter(bw *bufio.Writer, l lang.Tag) *textWriter {
	return &textWriter{bw: bw, tw: tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0), l: l, style: peopleCells(l)}
}

func (t *textWriter) begin() {
	if !t.begun {
		t.begun = true
		say := func(key, en string) string { return lang.Say(t.l, key, en) }
		taken, band, inTime := say("column.taken", "TAKEN"), say("column.band", "BAND"), say("status.in-time", "IN TIME")
		target := say("column.local-target", "LOCAL TARGET")
		fmt.Fprintln(t.tw, strings.Join([]string{say("column.id", "ID"), say("column.owner", "OWNER"), say("column.regime", "REGIME"),
			say("column.stage1-due", "STAGE 1 DUE"), taken, band, inTime, target,
			say("column.stage2-due", "STAGE 2 DUE"), taken, band, inTime, target, say("column.status", "STATUS")}, "\t"))
	}
}

func (t *textWriter) Write(r *Row) error {
	t.begin()
	t.cells = r.appendCells(t.cells[:0], t.style)
	t.cells = t.cells[:len(t.cells)-1] // the provisional mark goes on the status
	// Each stage's local target is one column for people: the due date,
	// and once the response was made whether it was met.
	for _, at := range [...]int{13, 7} { // the target cells of stage 2, then of stage 1
		due, met := t.cells[at], t.cells[at+1]
		switch met {
		case t.style.yes:
			due += " " + lang.Say(t.l, "assess.target-met", "(met)")
		case t.style.no:
			due += " " + lang.Say(t.l, "assess.target-missed", "(missed)")
		}
		t.cells[at] = due
		t.cells = append(t.cells[:at+1], t.cells[at+2:]...)
	}
	status := &t.cells[len(t.cells)-1]
	if t.l != lang.English {
		*status = lang.Say(t.l, "case-status."+*status, *status)
	}
	if r.Provisional {
		*status += " *"
		t.provisional++
	}
	if _, err := io.WriteString(t.tw, strings.Join(t.cells, "\t")+"\n"); err != nil {
		return err
	}
	t.n++
	if t.n%textPage == 0 {
		return t.tw.Flush()
	}
	return nil
}

func (t *textWriter) Close() error {
	t.begin()
	if err := t.tw.Flush(); err != nil {
		return err
	}
	if t.provisional > 0 {
		n := strconv.Itoa(t.provisional)
		en := fmt.Sprintf("provisional: %d %s dates in years whose bank holidays are not yet officially published; a bank holiday proclaimed later would move them.",
			t.provisional, pick(t.provisional == 1, "row involves", "rows involve"))
		fmt.Fprintf(t.bw, "\n* %s\n", lang.Sayf(t.l, "assess.provisional", en, n))
	}
	return t.bw.Flush()
}

// A bilingualWriter writes the Welsh table as the rows come, and keeps the
// rows to write the English table when it is closed.
type bilingualWriter struct {
	bw    *bufio.Writer
	welsh *textWriter
	rows  []Row
}

func (b *bilingualWriter) Write(r *Row) error {
	b.rows = append(b.rows, *r)
	return b.welsh.Write(r)
}

func (b *bilingualWriter) Close() error {
	if err := b.welsh.Close(); err != nil {
		return err
	}
	b.bw.WriteString(lang.Separator)
	en := newTextWriter(b.bw, lang.English)
	for i := range b.rows {
		if err := en.Write(&b.rows[i]); err != nil {
			return err
		}
	}
	return en.Close()
}
