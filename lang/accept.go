package lang

import (
	"strconv"
	"strings"
)

// FromAcceptLanguage returns the language of output for people that an
// HTTP Accept-Language header (RFC 9110 section 12.5.4) prefers: Welsh for
// a range whose primary subtag is cy ("cy", "cy-GB", "CY-gb"), English for
// one whose primary subtag is en, taking the range of the highest quality
// value (q) and, between equal ones, the first. Ranges of other languages,
// "*", a quality of 0 and ranges that cannot be read are ignored; a header
// that names neither language gives English. A header never asks for
// WelshEnglish: bilingual output is asked for by name (Parse).
func FromAcceptLanguage(header string) Tag {
	best, bestQ := English, 0
	for part := range strings.SplitSeq(header, ",") {
		rng, params, _ := strings.Cut(part, ";")
		rng = strings.TrimSpace(rng)
		primary, _, _ := strings.Cut(rng, "-")
		var t Tag
		switch {
		case strings.EqualFold(primary, "cy"):
			t = Welsh
		case strings.EqualFold(primary, "en"):
			t = English
		default:
			continue
		}
		q, ok := quality(params)
		if ok && q > bestQ {
			best, bestQ = t, q
		}
	}
	return best
}

// quality returns the quality value of the parameters of a language
// range, in thousandths (1000 when there is none), and whether it could be
// read.
func quality(params string) (int, bool) {
	params = strings.TrimSpace(params)
	if params == "" {
		return 1000, true
	}
	name, value, ok := strings.Cut(params, "=")
	if !ok || !strings.EqualFold(strings.TrimSpace(name), "q") {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
	if err != nil || f < 0 || f > 1 {
		return 0, false
	}
	return int(f*1000 + 0.5), true
}
