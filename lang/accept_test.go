package lang

import (
	"strings"
	"testing"
)

func TestFromAcceptLanguage(t *testing.T) {
	tests := []struct {
		name, header string
		want         Tag
	}{
		{"no header is English", "", English},
		{"cy is Welsh", "cy", Welsh},
		{"cy-GB is Welsh", "cy-GB", Welsh},
		{"the case of a range does not matter", "CY-gb", Welsh},
		{"en-GB is English", "en-GB", English},
		{"Welsh first, then English, is Welsh", "cy, en;q=0.8", Welsh},
		{"English preferred to Welsh by quality is English", "cy;q=0.5, en-GB;q=0.9", English},
		{"Welsh preferred to English by quality is Welsh", "en;q=0.3, cy-GB;q=0.7", Welsh},
		{"between equal qualities the first wins", "en;q=0.5, cy;q=0.5", English},
		{"other languages are ignored", "fr-FR, de;q=0.9, cy;q=0.1", Welsh},
		{"a header naming neither language is English", "fr, de", English},
		{"the wildcard is English", "*", English},
		{"a quality of 0 refuses the language", "cy;q=0, en;q=0.1", English},
		{"an unreadable quality is ignored", "cy;q=high, en;q=0.1", English},
		{"a quality above 1 is ignored", "cy;q=2", English},
		{"a parameter that is not q is ignored", "cy;level=1", English},
		{"white space around ranges and qualities is allowed", "  en ; q = 0.2 ,  cy ; q = 0.4 ", Welsh},
		{"a bilingual tag is not a language range", "cy+en", English},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromAcceptLanguage(tt.header); got != tt.want {
				t.Errorf("FromAcceptLanguage(%q) = %q, want %q", tt.header, got, tt.want)
			}
		})
	}
}

// FuzzFromAcceptLanguage checks that any header gives English or Welsh,
// and Welsh only when it names cy.
func FuzzFromAcceptLanguage(f *testing.F) {
	for _, s := range []string{"", "cy", "cy-GB;q=0.9, en;q=0.8", "*;q=0", "en;q=1.0000001", ",,;;=="} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		got := FromAcceptLanguage(h)
		if got != English && got != Welsh {
			t.Fatalf("FromAcceptLanguage(%q) = %q", h, got)
		}
		if got == Welsh && !strings.Contains(strings.ToLower(h), "cy") {
			t.Fatalf("FromAcceptLanguage(%q) = Welsh, but the header does not name cy", h)
		}
	})
}

func BenchmarkFromAcceptLanguage(b *testing.B) {
	for b.Loop() {
		FromAcceptLanguage("en-GB,en;q=0.9,cy;q=0.8")
	}
}
