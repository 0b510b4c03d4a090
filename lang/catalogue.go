package lang

import "strings"

// An Entry is one string of the catalogue: its English, and its Welsh with
// where the Welsh was read. An entry with no Welsh records an English
// string no source was found for; its English is written marked as
// untranslated (see Mark).
//
// In a sentence with values, {1}, {2}, ... stand for the values, in the
// English and the Welsh alike (see Sayf).
type Entry struct {
	// Key names the entry, as lower-case words joined by dots and hyphens:
	// "day.monday", "status.in-time", "report.comments".
	Key string `json:"key"`
	// English is the English the Welsh stands for: the source's own English
	// where it has one, else the English the module writes.
	English string `json:"english"`
	// Welsh is the Welsh exactly as the source writes it, or "" when no
	// source gives it.
	Welsh string `json:"welsh,omitempty"`
	// Source is where the Welsh was read: the address of the page, or of
	// the file of a repository at the commit read, with its line.
	Source string `json:"source,omitempty"`
	// Read is the date the source was read, written YYYY-MM-DD.
	Read string `json:"read,omitempty"`
	// Quote is the Welsh in its context in the source, which holds Welsh
	// word for word.
	Quote string `json:"quote,omitempty"`
	// Note says what a reader of the entry should know: which of several
	// forms the sources give was chosen, or what was found when no Welsh
	// was.
	Note string `json:"note,omitempty"`
}

// Translated reports whether the entry has Welsh.
func (e Entry) Translated() bool { return e.Welsh != "" }

// Catalogue returns every entry of the catalogue, in the order of its
// table: dates, periods, the words of the deadlines, the instruments, the
// labels and sentences of each output, and the problem messages.
func Catalogue() []Entry { return append([]Entry(nil), catalogue...) }

// Lookup returns the entry called key, and whether there is one.
func Lookup(key string) (Entry, bool) {
	i, ok := byKey[key]
	if !ok {
		return Entry{}, false
	}
	return catalogue[i], true
}

// byKey indexes the catalogue by key.
var byKey = func() map[string]int {
	m := make(map[string]int, len(catalogue))
	for i, e := range catalogue {
		m[e.Key] = i
	}
	return m
}()

// welshOf returns the Welsh of the entry called key, and whether it has
// one.
func welshOf(key string) (string, bool) {
	if i, ok := byKey[key]; ok && catalogue[i].Welsh != "" {
		return catalogue[i].Welsh, true
	}
	return "", false
}

// titleKey returns the key of the instrument titled english, or "".
func titleKey(english string) string {
	for _, e := range catalogue {
		if strings.HasPrefix(e.Key, "title.") && e.English == english {
			return e.Key
		}
	}
	return ""
}
