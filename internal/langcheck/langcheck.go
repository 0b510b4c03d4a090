// Package langcheck checks that the Welsh output of the module holds no
// Welsh but the catalogue's and no English but what is marked as
// untranslated. The tests of the packages that write Welsh use it; it is
// not part of the module's API.
//
// The check is subtractive. From the text it removes, in this order: every
// span marked as untranslated ("[en: ...]", brackets inside it balanced,
// also as Markdown escapes it, "\[en: ...]"); every Welsh string of the
// catalogue (the pieces between the {n} of a sentence); every Welsh
// holiday name of the embedded calendar; and the data the caller names
// (rule ids, regime names, case ids, themes: words that name things and
// are the same in every language). Longer strings go first, and a string is
// removed only where it stands as whole words. Whatever letters remain are
// words that came from neither a source nor a marked English string, and
// are returned.
package langcheck

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
)

// Leftover returns the words of text that are neither Welsh from the
// catalogue or the calendar, nor inside a marked span, nor in data, each
// once, in order of first appearance; and a description of each marked
// span left open. An empty result means the text passes.
func Leftover(text string, data ...string) []string {
	var out []string
	text, open := stripMarked(strings.ReplaceAll(text, `\[`, "["))
	out = append(out, open...)
	strs := append(append([]string(nil), welsh()...), data...)
	slices.SortStableFunc(strs, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	for _, s := range strs {
		text = removeWords(text, s)
	}
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// stripMarked returns text without its marked spans, and a description of
// each span that is not closed.
func stripMarked(text string) (string, []string) {
	const open = "[en: "
	var b strings.Builder
	var bad []string
	for {
		i := strings.Index(text, open)
		if i < 0 {
			b.WriteString(text)
			return b.String(), bad
		}
		b.WriteString(text[:i])
		b.WriteByte(' ')
		depth, j := 1, i+len(open)
		for ; j < len(text) && depth > 0; j++ {
			switch text[j] {
			case '[':
				depth++
			case ']':
				depth--
			}
		}
		if depth > 0 {
			bad = append(bad, "unclosed "+strings.TrimSpace(text[i:min(len(text), i+40)]))
			return b.String(), bad
		}
		text = text[j:]
	}
}

// removeWords returns text with each occurrence of s that stands as whole
// words (no letter or digit touching either end) replaced by a space.
func removeWords(text, s string) string {
	if s == "" {
		return text
	}
	var b strings.Builder
	done, from := 0, 0 // text[:done] is written; search from from
	for {
		k := strings.Index(text[from:], s)
		if k < 0 {
			b.WriteString(text[done:])
			return b.String()
		}
		i, j := from+k, from+k+len(s)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[j:])
		if i > 0 && wordRune(before) || j < len(text) && wordRune(after) {
			_, size := utf8.DecodeRuneInString(text[i:])
			from = i + size
			continue
		}
		b.WriteString(text[done:i])
		b.WriteByte(' ')
		done, from = j, j
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// welsh returns every Welsh string the module may write: the catalogue's,
// split at the {n} of its sentences, and the Welsh holiday names of the
// embedded calendar.
var welsh = sync.OnceValue(func() []string {
	var out []string
	for _, e := range lang.Catalogue() {
		out = append(out, placeholders(e.Welsh)...)
	}
	c := calendar.Wales()
	first, last := c.Range()
	hols, err := c.Holidays(first, last)
	if err != nil {
		panic(err)
	}
	for _, h := range hols {
		if n, ok := c.WelshName(h.Date); ok {
			out = append(out, n)
		}
	}
	return out
})

// placeholders returns the pieces of s between its {n}.
func placeholders(s string) []string {
	var out []string
	for s != "" {
		i := strings.Index(s, "{")
		j := strings.Index(s, "}")
		if i < 0 || j < i {
			out = append(out, strings.TrimSpace(s))
			break
		}
		out = append(out, strings.TrimSpace(s[:i]))
		s = s[j+1:]
	}
	return slices.DeleteFunc(out, func(x string) bool { return x == "" })
}
