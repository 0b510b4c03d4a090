package ics_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/ics"
	"github.com/cymru-complaints/statutory/timescale"
)

// sanitized is what a TEXT value can hold of s, as a person would work it
// out: a line break (CRLF, LF or CR) is one LF, and a control character
// other than a tab, or a byte that is not UTF-8, is U+FFFD.
func sanitized(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			b.WriteRune(utf8.RuneError)
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FuzzWriteCase: whatever the text of a case's id, owner and theme, the
// file is well-formed line by line, golang-ical reads it, and the summary
// and the themes read back as the text the format can hold.
func FuzzWriteCase(f *testing.F) {
	f.Add("C-1", "Team A", "Communication")
	f.Add("a,b;c\\d\ne", "Tîm; Gogledd, Ŵ", "two\r\nlines\r")
	f.Add(strings.Repeat("ŵ", 40), strings.Repeat("🙂", 30), "\x00\x7f\xff\t")
	f.Fuzz(func(t *testing.T, id, owner, theme string) {
		if strings.TrimSpace(owner) != owner {
			owner = strings.TrimSpace(owner) // as a case file gives it
		}
		c := timescale.Case{ID: id, Kind: timescale.Complaint, Received: d("2014-08-01"), Owner: owner, Themes: []string{theme}, ResolvedLocally: "yes"}
		a, err := timescale.Evaluate(c, d("2014-08-01"))
		if err != nil {
			return // an id the engine refuses (empty)
		}
		var b bytes.Buffer
		w, err := ics.NewWriter(&b, ics.Options{AsOf: d("2014-08-01"), Remind: 2})
		require.NoError(t, err)
		require.NoError(t, w.WriteCase(&c, &a))
		require.NoError(t, w.Close())
		cal := readStrict(t, b.String())
		require.Len(t, cal.subs, 4)
		ev := cal.subs[0]
		who := sanitized(id)
		if owner != "" {
			who += " (" + sanitized(owner) + ")"
		}
		require.Equal(t, who+": acknowledgement of the complaint due", ev.text(t, "SUMMARY"))
		require.Contains(t, ev.text(t, "DESCRIPTION"), ", themes: "+sanitized(theme)+".\n")
		require.Len(t, readLibrary(t, b.String()).Events(), 4)
	})
}
