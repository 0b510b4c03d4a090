package main

import "bytes"

// appendIndented appends src, JSON as encoding/json writes it (compact: no
// white space outside strings but a final newline), to dst, indented as
// json.Indent(dst, src, "", "  ") indents it, and returns the extended
// buffer.
//
// json.Indent runs its JSON scanner over every byte and takes longer than
// encoding the value did; the library's answers are large (a schedule is
// about 10 kB), so the service indents them itself. Knowing the input to
// be valid compact JSON, it copies every string whole, up to its closing
// quote, and looks only at the punctuation between. Tests check it
// against json.Indent.
func appendIndented(dst, src []byte) []byte {
	depth := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end - 1
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1]) // empty: {} or []
				i++
				continue
			}
			depth++
			dst = newline(dst, depth)
		case '}', ']':
			depth--
			dst = newline(dst, depth)
			dst = append(dst, c)
		case ',':
			dst = append(dst, ',')
			dst = newline(dst, depth)
		case ':':
			dst = append(dst, ':', ' ')
		default:
			// A number or a literal, copied whole, or the final newline.
			end := i + 1
			for end < len(src) && !isPunct(src[end]) {
				end++
			}
			dst = append(dst, src[i:end]...)
			i = end - 1
		}
	}
	return dst
}

// stringEnd returns the index just after the closing quote of the JSON
// string that starts at src[start], or len(src) when it is not closed.
func stringEnd(src []byte, start int) int {
	for j := start + 1; ; {
		k := bytes.IndexByte(src[j:], '"')
		if k < 0 {
			return len(src)
		}
		j += k
		backslashes := 0
		for m := j - 1; src[m] == '\\'; m-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return j + 1
		}
		j++
	}
}

func isPunct(c byte) bool {
	switch c {
	case '"', '{', '}', '[', ']', ',', ':':
		return true
	}
	return false
}

// newline appends a newline and depth levels of indentation.
func newline(dst []byte, depth int) []byte {
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, ' ', ' ')
	}
	return dst
}
