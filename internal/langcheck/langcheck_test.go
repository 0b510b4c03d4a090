package langcheck

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLeftover(t *testing.T) {
	tests := []struct {
		name string
		text string
		data []string
		want []string
	}{
		{"a Welsh date of catalogue names leaves nothing", "Dydd Mawrth 5 Awst 2014\n", nil, nil},
		{"marked English leaves nothing", "[en: 17 working days]  10 diwrnod gwaith", nil, nil},
		{"brackets inside a marked span are balanced", "[en: a [b] c] Statws", nil, nil},
		{"a marked span escaped for Markdown is still marked", `\[en: Consistency checks]`, nil, nil},
		{"a Welsh holiday name of the calendar is Welsh", "Gŵyl banc yr haf", nil, nil},
		{"the data named by the caller is left alone", "W14-ACK  Communication (8)", []string{"W14-ACK", "Communication"}, nil},
		{"English outside a marked span is left over", "Statws not-yet-due", nil, []string{"not", "yet", "due"}},
		{"a Welsh string inside a word is not removed", "Statwsx", nil, []string{"Statwsx"}},
		{"a word is reported once", "late late", nil, []string{"late"}},
		{"an unclosed marked span is reported", "Statws [en: oops", nil, []string{"unclosed [en: oops"}},
		{"Welsh that is not in the catalogue is left over", "Diolch", nil, []string{"Diolch"}},
		{"the pieces of a sentence around its values are Welsh", "Rhowch ddyddiad dilys", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Leftover(tt.text, tt.data...)); diff != "" {
				t.Errorf("Leftover(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestPlaceholders(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a string without values is one piece", "Cam 1", []string{"Cam 1"}},
		{"values split a sentence into its pieces", "{1} a {2} b", []string{"a", "b"}},
		{"an empty string has no pieces", "", nil},
		{"a closing brace before an opening one ends the pieces", "a } {", []string{"a } {"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, placeholders(tt.in)); diff != "" {
				t.Errorf("placeholders(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestRemoveWords(t *testing.T) {
	tests := []struct {
		name, text, s, want string
	}{
		{"a whole word is removed", "a Cam b", "Cam", "a   b"},
		{"a match inside a word stays", "Camu", "Cam", "Camu"},
		{"a match after a rejected one is judged in the whole text", "baaa", "aa", "baaa"},
		{"a match at both ends of the text is removed", "Cam Cam", "Cam", "   "},
		{"a match after a letter with an accent stays", "ŵCam", "Cam", "ŵCam"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := removeWords(tt.text, tt.s); got != tt.want {
				t.Errorf("removeWords(%q, %q) = %q, want %q", tt.text, tt.s, got, tt.want)
			}
		})
	}
}
