package page

import (
	"html/template"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
)

// words writes the strings of a page in its language as HTML.
type words struct{ t lang.Tag }

// newWords returns the words of a page in t; the zero Tag is English.
func newWords(t lang.Tag) words {
	if t != lang.Welsh && t != lang.WelshEnglish {
		t = lang.English
	}
	return words{t}
}

// htmlLang returns the lang attribute of the document: cy when it holds
// Welsh, en otherwise.
func (w words) htmlLang() string {
	if w.t == lang.English {
		return "en"
	}
	return "cy"
}

// say returns the catalogue string key (lang.Say), english in English
// output, as HTML: in Welsh the Welsh, or english marked and in a span
// lang="en"; in both languages "Welsh / English" with the English in such
// a span, or the English alone in one.
func (w words) say(key, english string) template.HTML {
	if w.t == lang.English {
		return template.HTML(template.HTMLEscapeString(english))
	}
	return w.pair(lang.Say(lang.Welsh, key, english), english)
}

// sayf is say for a sentence with values (lang.Sayf): cyArgs are the
// values written in Welsh, english the whole sentence in English.
func (w words) sayf(key, english string, cyArgs ...string) template.HTML {
	if w.t == lang.English {
		return template.HTML(template.HTMLEscapeString(english))
	}
	return w.pair(lang.Sayf(lang.Welsh, key, english, cyArgs...), english)
}

// pair returns the Welsh cy, which may hold English marked as
// untranslated, and its English english as the page's language writes
// them, as HTML.
func (w words) pair(cy, english string) template.HTML {
	switch w.t {
	case lang.Welsh:
		return marked(cy)
	case lang.WelshEnglish:
		if cy == lang.Mark(english) || cy == english {
			return inEnglish(english)
		}
		return marked(cy) + " / " + inEnglish(english)
	}
	return template.HTML(template.HTMLEscapeString(english))
}

// text returns s, a string a renderer of the module wrote in the page's
// single language (English or Welsh, with English marked), as HTML.
func (w words) text(s string) template.HTML {
	if w.t == lang.English {
		return template.HTML(template.HTMLEscapeString(s))
	}
	return marked(s)
}

// date returns d with its weekday (lang.WeekdayDate).
func (w words) date(d calendar.Date) template.HTML {
	if w.t == lang.English {
		return template.HTML(d.Display())
	}
	return w.pair(lang.WeekdayDate(lang.Welsh, d), lang.WeekdayDate(lang.English, d))
}

// inEnglish returns english as HTML in a span lang="en".
func inEnglish(english string) template.HTML {
	return template.HTML(`<span lang="en">` + template.HTMLEscapeString(english) + `</span>`)
}

// marked returns s as HTML, with each run of English marked as
// untranslated ("[en: ...]", lang.Mark) in a span lang="en".
func marked(s string) template.HTML {
	var b strings.Builder
	for {
		i := strings.Index(s, "[en: ")
		if i < 0 {
			break
		}
		// The mark ends at the bracket that closes it: the English may
		// hold brackets of its own.
		depth, end := 0, -1
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '[':
				depth++
			case ']':
				depth--
			}
			if depth == 0 {
				end = j + 1
				break
			}
		}
		if end < 0 {
			break
		}
		b.WriteString(template.HTMLEscapeString(s[:i]))
		b.WriteString(`<span lang="en">`)
		b.WriteString(template.HTMLEscapeString(s[i:end]))
		b.WriteString(`</span>`)
		s = s[end:]
	}
	b.WriteString(template.HTMLEscapeString(s))
	return template.HTML(b.String())
}
