package lang

import (
	"strings"
	"testing"
)

// FuzzParse checks that Parse accepts exactly the three tags, in any case,
// and refuses anything else with a *TagError naming the text.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"en", "cy", "cy+en", "CY", "xx", "", "cy-GB", "en+cy", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tag, err := Parse(s)
		valid := false
		for _, want := range Tags() {
			valid = valid || strings.EqualFold(s, string(want))
		}
		if valid != (err == nil) {
			t.Fatalf("Parse(%q) = %q, %v", s, tag, err)
		}
		if err != nil {
			if te, ok := err.(*TagError); !ok || te.Value != s {
				t.Fatalf("Parse(%q): error %#v", s, err)
			}
			return
		}
		if again, err := Parse(string(tag)); err != nil || again != tag {
			t.Fatalf("Parse(%q) = %q, but Parse(%q) = %q, %v", s, tag, tag, again, err)
		}
	})
}
