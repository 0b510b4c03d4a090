package due_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/lang"
)

func writeIn(t *testing.T, l due.List, f due.Format, tag lang.Tag) string {
	t.Helper()
	var b bytes.Buffer
	w, err := due.NewWriterIn(&b, f, tag)
	require.NoError(t, err)
	require.NoError(t, w.Write(&l))
	return b.String()
}

func TestTheTextFormInWelshIsTheEnglishMarkedAsUntranslated(t *testing.T) {
	l := sampleList()
	english := write(t, l, due.Text)
	marked := lang.MarkLines(english)
	tests := []struct {
		name string
		tag  lang.Tag
		want string
	}{
		{"in English it is the English", lang.English, english},
		{"with no language given it is the English", "", english},
		{"in Welsh every line that is not blank is marked", lang.Welsh, marked},
		{"in Welsh and English it is the marked lines, the separator, then the English", lang.WelshEnglish, marked + lang.Separator + english},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, writeIn(t, l, due.Text, tt.tag)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	require.True(t, strings.HasPrefix(marked, "[en: Overdue or due within 5 working days"), "the heading is marked: %q", marked)
	require.Contains(t, marked, "\n\n[en: Smith, J: 1 deadline]\n", "a blank line stays blank")
}

func TestTheDataFormsAreTheSameInEveryLanguage(t *testing.T) {
	for _, f := range []due.Format{due.CSV, due.JSON} {
		english := write(t, sampleList(), f)
		for _, tag := range []lang.Tag{lang.Welsh, lang.WelshEnglish} {
			t.Run(string(f)+" in "+string(tag)+" is the English", func(t *testing.T) {
				require.Equal(t, english, writeIn(t, sampleList(), f, tag))
			})
		}
	}
}

func TestWriteFromInWelshWritesWhatWriteWritesOfTheList(t *testing.T) {
	for _, tag := range []lang.Tag{lang.Welsh, lang.WelshEnglish} {
		t.Run(string(tag)+" is the same from the builder as from its list", func(t *testing.T) {
			build := func() *due.Builder {
				b, err := due.NewBuilder(due.Options{AsOf: d("2015-01-07"), Within: 5})
				require.NoError(t, err)
				as := assessed(t, "2015-01-07", complaint("C-1", "2014-12-22"), complaint("C-2", "2015-01-06"))
				for i := range as {
					require.NoError(t, b.Add(&as[i]))
				}
				return b
			}
			l := build().List()
			require.Len(t, l.Items, 3, "the acknowledgements of C-1 and C-2 and the discussion of C-1")
			var fromBuilder bytes.Buffer
			w, err := due.NewWriterIn(&fromBuilder, due.Text, tag)
			require.NoError(t, err)
			require.NoError(t, w.WriteFrom(build()))
			require.Equal(t, writeIn(t, l, due.Text, tag), fromBuilder.String())
		})
	}
}

func TestTheWelshTextReturnsTheWriteError(t *testing.T) {
	for _, tag := range []lang.Tag{lang.Welsh, lang.WelshEnglish} {
		t.Run(string(tag)+" returns the error of the underlying writer", func(t *testing.T) {
			w, err := due.NewWriterIn(failingWriter{}, due.Text, tag)
			require.NoError(t, err)
			l := sampleList()
			require.ErrorContains(t, w.Write(&l), "disk full")
		})
	}
	_, err := due.NewWriterIn(&bytes.Buffer{}, "ics", lang.Welsh)
	require.ErrorContains(t, err, "want text, csv or json")
}
