package lang

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cymru-complaints/statutory/calendar"
)

var (
	keyPattern         = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$`)
	placeholderPattern = regexp.MustCompile(`\{[0-9]+\}`)
	// lastRead is the latest date an entry may have been read: the day the
	// catalogue was last extended. A later date is a typing mistake.
	lastRead = calendar.NewDate(2026, 12, 2)
)

// TestEveryWelshStringHasASource walks the catalogue: each Welsh string has
// a source, a date read and a quotation of the source that holds it word
// for word, so that no Welsh is made up or changed (not even mutated) from
// the form the source has.
func TestEveryWelshStringHasASource(t *testing.T) {
	for _, e := range catalogue {
		t.Run(e.Key, func(t *testing.T) {
			if e.English == "" {
				t.Error("no English")
			}
			if !e.Translated() {
				if e.Source != "" || e.Read != "" || e.Quote != "" {
					t.Errorf("an entry with no Welsh has a source %q, date %q or quotation %q", e.Source, e.Read, e.Quote)
				}
				return
			}
			if !strings.HasPrefix(e.Source, "https://") && !strings.HasPrefix(e.Source, "http://") {
				t.Errorf("source %q is not an address", e.Source)
			}
			if strings.Contains(e.Source, "github.com/") && !regexp.MustCompile(`/blob/[0-9a-f]{40}/`).MatchString(e.Source) {
				t.Errorf("source %q names a file of a repository without the commit read", e.Source)
			}
			read, err := calendar.ParseDate(e.Read)
			if err != nil || read.After(lastRead) || read.Year < 2026 {
				t.Errorf("date read %q: %v", e.Read, err)
			}
			for _, piece := range strings.Split(placeholderPattern.ReplaceAllString(e.Welsh, "\x00"), "\x00") {
				if !strings.Contains(e.Quote, strings.TrimSpace(piece)) {
					t.Errorf("the quotation %q does not hold the Welsh %q", e.Quote, piece)
				}
			}
			if strings.Contains(e.Welsh, "[en:") {
				t.Errorf("Welsh %q holds the mark of untranslated English", e.Welsh)
			}
			en, cy := placeholderPattern.FindAllString(e.English, -1), placeholderPattern.FindAllString(e.Welsh, -1)
			slices.Sort(en)
			slices.Sort(cy)
			if !slices.Equal(en, cy) {
				t.Errorf("the English has the values %v, the Welsh %v", en, cy)
			}
		})
	}
}

func TestCatalogueKeys(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range catalogue {
		if !keyPattern.MatchString(e.Key) {
			t.Errorf("key %q is not lower-case words joined by dots and hyphens", e.Key)
		}
		if seen[e.Key] {
			t.Errorf("key %q is in the catalogue twice", e.Key)
		}
		seen[e.Key] = true
		if got, ok := Lookup(e.Key); !ok || got != e {
			t.Errorf("Lookup(%q) = %+v, %v", e.Key, got, ok)
		}
	}
	if _, ok := Lookup("no.such-key"); ok {
		t.Error("Lookup found a key that is not in the catalogue")
	}
	c := Catalogue()
	c[0].Welsh = "changed"
	if catalogue[0].Welsh == "changed" {
		t.Error("Catalogue returns the package's own table")
	}
}

// TestEveryTitleIsFoundByItsEnglish checks that Title finds each
// instrument of the catalogue by the English of its entry.
func TestEveryTitleIsFoundByItsEnglish(t *testing.T) {
	for _, e := range catalogue {
		if !strings.HasPrefix(e.Key, "title.") {
			continue
		}
		t.Run(e.Key, func(t *testing.T) {
			want := e.Welsh
			if want == "" {
				want = Mark(e.English)
			}
			if got := Title(Welsh, e.English); got != want {
				t.Errorf("Title(cy, %q) = %q, want %q", e.English, got, want)
			}
		})
	}
}
