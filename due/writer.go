package due

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/timescale"
)

// A Format is a way of writing a list.
type Format string

// The formats.
const (
	// Text writes the list for people: a heading, the items grouped by
	// owner (in the order of the owners' names, those of no owner last),
	// each group with its count and a table of its items in list order, and
	// a one-line total of the council's deadlines by status, which counts
	// those owed by other parties (Options.AllParties) apart; an empty list
	// is one line saying that nothing is due.
	Text Format = "text"
	// CSV writes a header of Columns and one line per item: dates
	// YYYY-MM-DD, booleans true or false, and text cells made safe to open
	// in a spreadsheet (casefile.SafeCell).
	CSV Format = "csv"
	// JSON writes the list's JSON form, an object with the list's fields and
	// its items, one a line; it reads back to the same List.
	JSON Format = "json"
)

// Columns returns the names of the CSV columns of an item, in order; they
// are also the keys of its JSON form.
func Columns() []string { return append([]string(nil), columns[:]...) }

var columns = [...]string{"id", "owner", "milestone", "rule_id", "due", "working_days_left", "status", "revised", "provisional"}

// A Writer writes due lists in one format and language.
type Writer struct {
	w io.Writer
	f Format
	t lang.Tag
}

// NewWriter returns a Writer of the format f to w, in English, or an error
// naming the formats for an unknown f.
func NewWriter(w io.Writer, f Format) (*Writer, error) {
	return NewWriterIn(w, f, lang.English)
}

// NewWriterIn returns a Writer of the format f to w whose text is in the
// language t (see package lang), or an error naming the formats for an
// unknown f. The list is not yet written in Welsh: in [lang.Welsh], Text
// writes the English with every line that is not blank marked as
// untranslated ([lang.MarkLines]); in [lang.WelshEnglish], that, then
// [lang.Separator] and the English. CSV and JSON are data and are the same
// in every language. NewWriterIn(w, f, lang.English) is NewWriter(w, f).
func NewWriterIn(w io.Writer, f Format, t lang.Tag) (*Writer, error) {
	switch f {
	case Text, CSV, JSON:
		return &Writer{w: w, f: f, t: t}, nil
	}
	return nil, fmt.Errorf("due: unknown format %q: want text, csv or json", f)
}

// Write writes l, whole, and returns the first error of the underlying
// writer.
func (w *Writer) Write(l *List) error {
	return w.write(&source{
		head:  listHead{AsOf: l.AsOf, Within: l.Within, Until: l.Until, Owner: l.Owner, AllParties: l.AllParties},
		n:     len(l.Items),
		item:  func(i int, it *Item) { *it = l.Items[i] },
		owner: func(i int) string { return l.Items[i].Owner },
	})
}

// WriteFrom writes the list of the deadlines added to b so far, as Write
// writes b.List(), but without making the whole List: each item is made
// from b's compact form as it is written, so that a list of hundreds of
// thousands of deadlines takes a fifth of the memory. b is emptied, as
// List empties it.
func (w *Writer) WriteFrom(b *Builder) error {
	es := b.sorted()
	return w.write(&source{
		head:  listHead{AsOf: b.opt.AsOf, Within: b.opt.Within, Until: b.until, Owner: b.opt.Owner, AllParties: b.opt.AllParties},
		n:     len(es),
		item:  func(i int, it *Item) { b.item(&es[i], it) },
		owner: func(i int) string { return b.owners[es[i].owner] },
	})
}

// A source is the items of a list as the writers read them, from a List or
// from a Builder.
type source struct {
	head  listHead
	n     int
	item  func(i int, it *Item) // sets *it to the i-th item
	owner func(i int) string    // the owner of the i-th item
}

func (w *Writer) write(src *source) error {
	if w.f == Text && w.t.Languages()[0] == lang.Welsh {
		return w.writeUntranslated(src)
	}
	bw := bufio.NewWriterSize(w.w, 64<<10)
	var err error
	switch w.f {
	case CSV:
		err = writeCSV(bw, src)
	case JSON:
		err = writeJSON(bw, src)
	default:
		err = writeText(bw, src)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// writeUntranslated writes the text of src in w's language, which has
// Welsh: the English is made once, then written marked as untranslated in
// Welsh, and as it is in English.
func (w *Writer) writeUntranslated(src *source) error {
	var en bytes.Buffer
	bw := bufio.NewWriter(&en)
	if err := writeText(bw, src); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return lang.Write(w.w, w.t, func(t lang.Tag) error {
		text := en.String()
		if t == lang.Welsh {
			text = lang.MarkLines(text)
		}
		_, err := io.WriteString(w.w, text)
		return err
	})
}

func yesNo(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

func writeCSV(w *bufio.Writer, src *source) error {
	cw := csv.NewWriter(w)
	head := columns[:]
	if src.head.AllParties {
		// A list of all parties has one more column, owed_by, so that
		// the council's list keeps its columns.
		head = append(head[:len(head):len(head)], "owed_by")
	}
	cw.Write(head)
	rec := make([]string, len(head))
	var item Item
	for i := range src.n {
		it := &item
		src.item(i, it)
		rec[0], rec[1] = casefile.SafeCell(it.ID), casefile.SafeCell(it.Owner)
		rec[2], rec[3] = string(it.Milestone), it.RuleID
		rec[4], rec[5], rec[6] = it.Due.String(), strconv.Itoa(it.WorkingDaysLeft), string(it.Status)
		rec[7], rec[8] = yesNo(it.Revised, "true", "false"), yesNo(it.Provisional, "true", "false")
		if len(rec) > len(columns) {
			rec[len(columns)] = it.OwedBy.String()
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// listHead is a List without its items: the keys that come before them.
type listHead struct {
	AsOf   calendar.Date `json:"as_of"`
	Within int           `json:"within"`
	Until  calendar.Date `json:"until"`
	Owner  string        `json:"owner,omitempty"`
	// AllParties is List.AllParties.
	AllParties bool `json:"all_parties,omitempty"`
}

func writeJSON(w *bufio.Writer, src *source) error {
	// The items are written one at a time, so that a long list is never
	// held twice in memory.
	head, err := json.Marshal(src.head)
	if err != nil {
		return err
	}
	w.Write(head[:len(head)-1]) // without its closing brace
	w.WriteString(`,"items":[`)
	var it Item
	for i := range src.n {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString("\n  ")
		src.item(i, &it)
		b, err := json.Marshal(&it)
		if err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	if src.n > 0 {
		w.WriteByte('\n')
	}
	_, err = w.WriteString("]}\n")
	return err
}

// noOwner heads the group of the deadlines of complaints with no owner.
const noOwner = "(no owner)"

// textPage is the number of lines the text writer aligns at a time, so
// that its memory does not grow with the list.
const textPage = 1000

func writeText(w *bufio.Writer, src *source) error {
	l := &src.head
	window := "within " + days(l.Within) + " (by " + l.Until.Display() + ")"
	if l.Within == 0 {
		window = "today"
	}
	who := ""
	if l.Owner != "" {
		who = " for " + l.Owner
	}
	if src.n == 0 {
		_, err := fmt.Fprintf(w, "Nothing is overdue or due %s as of %s%s.\n", window, l.AsOf.Display(), who)
		return err
	}
	fmt.Fprintf(w, "Overdue or due %s, as of %s%s:\n", window, l.AsOf.Display(), who)

	// The groups: owners that differ only in case are one, named as the
	// first of its items spells it.
	keys := map[string]string{} // owner as written -> group key
	key := func(owner string) string {
		k, ok := keys[owner]
		if !ok {
			k = strings.ToLower(owner)
			keys[owner] = k
		}
		return k
	}
	order := make([]int, src.n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := key(src.owner(i)), key(src.owner(j))
		switch {
		case a == b:
			return 0
		case a == "":
			return 1
		case b == "":
			return -1
		}
		return strings.Compare(a, b)
	})

	var overdue, today, later, others, provisional int
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for start := 0; start < len(order); {
		end := start + 1
		k := key(src.owner(order[start]))
		for end < len(order) && key(src.owner(order[end])) == k {
			end++
		}
		name := src.owner(order[start])
		if name == "" {
			name = noOwner
		}
		fmt.Fprintf(w, "\n%s: %s\n", name, count(end-start, "deadline"))
		fmt.Fprintln(tw, "  DUE\tWORKING DAYS LEFT\tSTATUS\tID\tMILESTONE\tRULE")
		for n, i := range order[start:end] {
			var it Item
			src.item(i, &it)
			due := it.Due.Display()
			if it.Revised {
				due += " (revised)"
			}
			if it.Provisional {
				due += " *"
				provisional++
			}
			rule := it.RuleID
			switch {
			case !it.OwedBy.IsCouncil():
				others++
				rule += " (owed by " + it.OwedBy.String() + ", not the council)"
			case it.Status == timescale.DeadlineOverdue:
				overdue++
			case it.Status == timescale.DeadlineDueToday:
				today++
			default:
				later++
			}
			fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\t%s\t%s\n", due, it.WorkingDaysLeft, it.Status, it.ID, it.Milestone, rule)
			if (n+1)%textPage == 0 {
				tw.Flush()
			}
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		start = end
	}
	var parts []string
	if overdue > 0 {
		parts = append(parts, strconv.Itoa(overdue)+" overdue")
	}
	if today > 0 {
		parts = append(parts, strconv.Itoa(today)+" due today")
	}
	if later > 0 {
		parts = append(parts, strconv.Itoa(later)+" due in the next "+days(l.Within))
	}
	fmt.Fprintf(w, "\nTotal: %s.\n", total(src.n-others, others, parts))
	if provisional > 0 {
		fmt.Fprintf(w, "\n* provisional: %s in years whose bank holidays are not yet officially published; a bank holiday proclaimed later would move %s.\n",
			yesNo(provisional == 1, "1 deadline involves dates", strconv.Itoa(provisional)+" deadlines involve dates"), yesNo(provisional == 1, "it", "them"))
	}
	return nil // the caller's Flush returns any error of writing
}

// total returns the total line of a text list, after "Total: ", of the
// council's n deadlines, whose counts by status are parts, and of the
// others owed by other parties, counted apart: "2 deadlines: 1 overdue, 1
// due today", or, when others is above 0, "2 deadlines of the council: 1
// overdue, 1 due today; and 1 owed by others", or "no deadline of the
// council; 1 owed by others".
func total(n, others int, parts []string) string {
	if others == 0 {
		return count(n, "deadline") + ": " + strings.Join(parts, ", ")
	}
	if n == 0 {
		return "no deadline of the council; " + strconv.Itoa(others) + " owed by others"
	}
	return count(n, "deadline") + " of the council: " + strings.Join(parts, ", ") + "; and " + strconv.Itoa(others) + " owed by others"
}

// count returns "1 deadline" or "n deadlines".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// days returns "1 working day" or "n working days".
func days(n int) string { return count(n, "working day") }
