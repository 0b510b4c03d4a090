package ics_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	goical "github.com/arran4/golang-ical"
	"github.com/stretchr/testify/require"
)

// This file reads calendar files back two ways that share no code with the
// writer: a strict reader of the raw text written here from RFC 5545, and
// the parser of github.com/arran4/golang-ical.

// A component is a BEGIN:NAME ... END:NAME block of a calendar file, with
// its properties (unfolded, values still escaped) and its components.
type component struct {
	name  string
	props []prop
	subs  []*component
}

type prop struct {
	name   string
	params map[string]string
	value  string // as written: a TEXT value is still escaped
}

// get returns the only property called name, failing the test when there
// is none or more than one.
func (c *component) get(t testing.TB, name string) prop {
	t.Helper()
	var found []prop
	for _, p := range c.props {
		if p.name == name {
			found = append(found, p)
		}
	}
	require.Len(t, found, 1, "%s in %s", name, c.name)
	return found[0]
}

// has reports whether c has a property called name.
func (c *component) has(name string) bool {
	for _, p := range c.props {
		if p.name == name {
			return true
		}
	}
	return false
}

// text returns the only TEXT property called name, unescaped.
func (c *component) text(t testing.TB, name string) string {
	t.Helper()
	return unescape(t, c.get(t, name).value)
}

// readStrict checks the raw text of a calendar file line by line as RFC
// 5545 section 3.1 requires (every line ends in CRLF and is at most 75
// octets long, valid UTF-8 with no control character but a tab; a
// continuation line begins with one space) and returns the calendar,
// checking that every BEGIN has its END.
func readStrict(t testing.TB, text string) *component {
	t.Helper()
	require.True(t, strings.HasSuffix(text, "\r\n"), "the file ends in CRLF")
	require.Equal(t, strings.Count(text, "\n"), strings.Count(text, "\r\n"), "every LF is part of a CRLF")
	require.Equal(t, strings.Count(text, "\r"), strings.Count(text, "\r\n"), "every CR is part of a CRLF")
	var logical []string
	var cur strings.Builder
	for i, l := range strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n") {
		// Plain conditions first: a check a character would make a long
		// file slow to read.
		if len(l) > 75 {
			t.Fatalf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Fatalf("line %d is not valid UTF-8 on its own (a character is split): %q", i+1, l)
		}
		for _, r := range l {
			if r < 0x20 && r != '\t' || r == 0x7f {
				t.Fatalf("line %d holds the control character %U", i+1, r)
			}
		}
		if strings.HasPrefix(l, " ") {
			if i == 0 {
				t.Fatalf("the first line is a continuation")
			}
			cur.WriteString(l[1:])
			continue
		}
		if l == "" || l[0] == '\t' {
			t.Fatalf("line %d is empty or folded with a tab, which this writer never does: %q", i+1, l)
		}
		if i > 0 {
			logical = append(logical, cur.String())
			cur.Reset()
		}
		cur.WriteString(l)
	}
	logical = append(logical, cur.String())
	var stack []*component
	var root *component
	for _, l := range logical {
		p := parseLine(t, l)
		switch p.name {
		case "BEGIN":
			c := &component{name: p.value}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.subs = append(top.subs, c)
			} else {
				require.Nil(t, root, "one calendar a file")
				root = c
			}
			stack = append(stack, c)
		case "END":
			require.NotEmpty(t, stack, "END:%s without BEGIN", p.value)
			require.Equal(t, stack[len(stack)-1].name, p.value, "END matches BEGIN")
			stack = stack[:len(stack)-1]
		default:
			require.NotEmpty(t, stack, "a property outside any component: %q", l)
			top := stack[len(stack)-1]
			top.props = append(top.props, p)
		}
	}
	require.Empty(t, stack, "every component is ended")
	require.NotNil(t, root)
	require.Equal(t, "VCALENDAR", root.name)
	return root
}

// parseLine splits a content line into its name, parameters and value
// (section 3.1: name *(";" param) ":" value, a parameter value quoted when
// it holds ":", ";" or ",").
func parseLine(t testing.TB, l string) prop {
	t.Helper()
	p := prop{params: map[string]string{}}
	i := strings.IndexAny(l, ";:")
	require.Positive(t, i, "a content line has a name: %q", l)
	p.name = l[:i]
	for _, r := range p.name {
		require.True(t, r == '-' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9', "a name is upper-case letters, digits and hyphens: %q", p.name)
	}
	for l[i] == ';' {
		l = l[i+1:]
		eq := strings.IndexByte(l, '=')
		require.Positive(t, eq, "a parameter has a name: %q", l)
		name := l[:eq]
		l = l[eq+1:]
		var v string
		if strings.HasPrefix(l, `"`) {
			end := strings.IndexByte(l[1:], '"')
			require.GreaterOrEqual(t, end, 0, "a quoted parameter value ends")
			v, l = l[1:1+end], l[2+end:]
		} else {
			end := strings.IndexAny(l, ";:")
			require.GreaterOrEqual(t, end, 0)
			v, l = l[:end], l[end:]
		}
		p.params[name] = v
		i = 0
		require.NotEmpty(t, l)
	}
	require.Equal(t, byte(':'), l[i])
	p.value = l[i+1:]
	return p
}

// unescape reads a TEXT value (section 3.3.11), failing on a comma or a
// semicolon that is not escaped and on an unknown escape.
func unescape(t testing.TB, s string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\':
			require.Less(t, i+1, len(s), "a backslash ends the value %q", s)
			i++
			switch s[i] {
			case '\\', ';', ',':
				b.WriteByte(s[i])
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				t.Fatalf("unknown escape \\%c in %q", s[i], s)
			}
		case ',', ';':
			t.Fatalf("an unescaped %c in the TEXT value %q", c, s)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// readLibrary parses text with golang-ical, which must accept it.
func readLibrary(t testing.TB, text string) *goical.Calendar {
	t.Helper()
	cal, err := goical.ParseCalendar(strings.NewReader(text))
	require.NoError(t, err, "golang-ical reads the file")
	return cal
}

// libText returns the value of a property of a golang-ical component.
func libText(t testing.TB, c *goical.ComponentBase, p goical.ComponentProperty) string {
	t.Helper()
	got := c.GetProperty(p)
	require.NotNil(t, got, "golang-ical finds %s", p)
	return got.Value
}
