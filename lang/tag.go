package lang

import (
	"strings"

	"github.com/cymru-complaints/statutory/problem"
)

// A Tag names the language, or the pair of languages, of output for
// people: "en", "cy" or "cy+en". The zero Tag is English.
type Tag string

// The tags.
const (
	// English is output in English.
	English Tag = "en"
	// Welsh is output in Welsh, with the English of every string no source
	// gives in Welsh marked as untranslated (see Mark).
	Welsh Tag = "cy"
	// WelshEnglish is bilingual output: Welsh first, then English.
	WelshEnglish Tag = "cy+en"
)

var tags = [...]Tag{English, Welsh, WelshEnglish}

// Tags returns the tags Parse accepts, in the order the documentation
// lists them: en, cy, cy+en.
func Tags() []Tag { return append([]Tag(nil), tags[:]...) }

// Parse returns the tag spelled s, in any case ("cy", "CY", "cy+en"). Any
// other text, including the empty text, is a *TagError listing the tags.
func Parse(s string) (Tag, error) {
	for _, t := range tags {
		if strings.EqualFold(s, string(t)) {
			return t, nil
		}
	}
	return "", &TagError{Value: s}
}

// Languages returns the single languages t is written in, in order:
// [Welsh, English] for WelshEnglish, [English] for the zero Tag and for a
// value Parse would refuse.
func (t Tag) Languages() []Tag {
	switch t {
	case Welsh:
		return []Tag{Welsh}
	case WelshEnglish:
		return []Tag{Welsh, English}
	}
	return []Tag{English}
}

// hasWelsh reports whether t writes Welsh.
func (t Tag) hasWelsh() bool { return t == Welsh || t == WelshEnglish }

// A TagError reports text that is not a tag.
type TagError struct {
	Value string // the text given
}

// Error returns the message with the package's prefix.
func (e *TagError) Error() string { return "lang: " + e.Message() }

// Message returns, for people, the text given and the tags accepted:
// `unknown language "xx": want en, cy or cy+en`.
func (e *TagError) Message() string {
	return "unknown language " + problem.Quote(e.Value) + ": want " + List()
}

// Code returns problem.UnknownLanguage.
func (e *TagError) Code() problem.Code { return problem.UnknownLanguage }

// List returns the tags as the messages of the module list them:
// "en, cy or cy+en".
func List() string {
	s := make([]string, len(tags))
	for i, t := range tags {
		s[i] = string(t)
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}
