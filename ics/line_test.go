package ics

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

func TestAppendTextEscapesWhatRFC5545Section3311Says(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text is kept", "Team A", "Team A"},
		{"a comma is escaped", "Smith, J", `Smith\, J`},
		{"a semicolon is escaped", "a;b", `a\;b`},
		{"a backslash is escaped", `a\b`, `a\\b`},
		{"a line feed is written \\n", "a\nb", `a\nb`},
		{"a CRLF is one line break", "a\r\nb", `a\nb`},
		{"a lone CR is a line break", "a\rb", `a\nb`},
		{"a colon and a double quote need no escape in TEXT", `a:"b"`, `a:"b"`},
		{"a tab is kept", "a\tb", "a\tb"},
		{"another control character becomes U+FFFD", "a\x00b\x1bc\x7f", "a\uFFFDb\uFFFDc\uFFFD"},
		{"Welsh letters are kept", "Tîm Gŵyl", "Tîm Gŵyl"},
		{"a byte that is not UTF-8 becomes U+FFFD", "a\xffb", "a\uFFFDb"},
		{"a truncated character becomes U+FFFD", "a\xc5", "a\uFFFD"},
		{"everything at once", "x,;\\\n\r\n\ty", `x\,\;\\\n\n` + "\ty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, string(appendText(nil, tt.in)))
		})
	}
}

func folded(line string) string {
	var b bytes.Buffer
	w := &Writer{bw: bufio.NewWriter(&b)}
	w.fold([]byte(line))
	w.bw.Flush()
	return b.String()
}

func TestFoldBreaksLinesAt75Octets(t *testing.T) {
	a74, a75 := strings.Repeat("a", 74), strings.Repeat("a", 75)
	tests := []struct {
		name, in, want string
	}{
		{"a short line is one line", "X:1", "X:1\r\n"},
		{"a line of 75 octets is not folded", a75, a75 + "\r\n"},
		{"a line of 76 octets is folded after 75", a75 + "b", a75 + "\r\n b\r\n"},
		{"a continuation holds 74 octets after its space", a75 + a74 + "c", a75 + "\r\n " + a74 + "\r\n c\r\n"},
		{"a two-octet character across the 75th octet goes to the next line whole", a74 + "ŵ", a74 + "\r\n ŵ\r\n"},
		{"a four-octet character across the 75th octet goes to the next line whole", strings.Repeat("a", 73) + "🙂", strings.Repeat("a", 73) + "\r\n 🙂\r\n"},
		{"a character ending on the 75th octet stays", strings.Repeat("a", 73) + "ŵ" + "b", strings.Repeat("a", 73) + "ŵ\r\n b\r\n"},
		{"an empty line is a line", "", "\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := folded(tt.in)
			require.Equal(t, tt.want, got)
			for _, l := range strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n") {
				require.LessOrEqual(t, len(l), maxLine)
			}
			require.Equal(t, tt.in, strings.ReplaceAll(strings.TrimSuffix(got, "\r\n"), "\r\n ", ""), "unfolding gives the line back")
		})
	}
}

func TestAppendUIDKeepsIDsApart(t *testing.T) {
	tests := []struct {
		name, id, want string
	}{
		{"letters, digits, hyphens and underscores are kept", "C-2014_007", "C-2014_007"},
		{"a space is encoded", "C 1", "C%201"},
		{"a per cent sign is encoded, so an encoded id is not another id", "C%201", "C%25201"},
		{"a dot is encoded, so the id never runs into the milestone", "C.1", "C%2E1"},
		{"characters that need escaping in TEXT are encoded", `a,b;c\d`, "a%2Cb%3Bc%5Cd"},
		{"a line break is encoded", "a\nb", "a%0Ab"},
		{"Welsh letters are encoded byte by byte", "ŵ", "%C5%B5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, string(appendUID(nil, tt.id)))
		})
	}
}

func TestTriggerPutsTheReminderAt9OnTheDay(t *testing.T) {
	tests := []struct {
		name string
		days int
		want string
	}{
		{"on the due date: 9 hours after the start of the day", 0, "PT9H"},
		{"the day before: 15 hours before the start of the due date", 1, "-PT15H"},
		{"two days before: 1 day and 15 hours before", 2, "-P1DT15H"},
		{"five days before: 4 days and 15 hours before", 5, "-P4DT15H"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, trigger(tt.days))
		})
	}
}

func TestTheWriterForgetsItsExplanationsWhenItHasTooMany(t *testing.T) {
	c := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: calendar.NewDate(2014, time.August, 1), ResolvedLocally: "yes"}
	a, err := timescale.Evaluate(c, c.Received)
	require.NoError(t, err)
	write := func(fill bool) string {
		var b bytes.Buffer
		w, err := NewWriter(&b, Options{AsOf: c.Received})
		require.NoError(t, err)
		if fill {
			for i := range maxExplained {
				w.explained[explainKey{rule: "X", workingDays: int32(i)}] = explanation{}
			}
		}
		require.NoError(t, w.WriteCase(&c, &a))
		require.LessOrEqual(t, len(w.explained), maxExplained)
		if fill {
			require.Len(t, w.explained, len(a.Deadlines), "the full memory was cleared, then the case's explanations kept")
		}
		require.NoError(t, w.WriteCase(&c, &a))
		require.NoError(t, w.Close())
		return b.String()
	}
	plain := write(false)
	require.Equal(t, plain, write(true), "remembering explanations never changes a file")
	require.Equal(t, 2*len(a.Deadlines), strings.Count(plain, "BEGIN:VEVENT"))
	body := strings.TrimSuffix(plain[strings.Index(plain, "BEGIN:VEVENT"):], "END:VCALENDAR\r\n")
	require.Equal(t, body[:len(body)/2], body[len(body)/2:], "a deadline written again from memory is written the same")
}
