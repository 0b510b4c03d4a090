package lang

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/problem"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Tag
		wantErr string
	}{
		{"en is English", "en", English, ""},
		{"cy is Welsh", "cy", Welsh, ""},
		{"cy+en is Welsh then English", "cy+en", WelshEnglish, ""},
		{"a tag is read in any case", "CY+En", WelshEnglish, ""},
		{"an unknown language is refused with the list of languages", "xx", "", `lang: unknown language "xx": want en, cy or cy+en`},
		{"the empty text is refused", "", "", `lang: unknown language "": want en, cy or cy+en`},
		{"English then Welsh is not offered: bilingual output puts Welsh first", "en+cy", "", `lang: unknown language "en+cy": want en, cy or cy+en`},
		{"a region is not accepted", "cy-GB", "", `lang: unknown language "cy-GB": want en, cy or cy+en`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if tt.wantErr != "" {
				var te *TagError
				if !errors.As(err, &te) || err.Error() != tt.wantErr {
					t.Fatalf("Parse(%q) error = %v, want a *TagError %q", tt.in, err, tt.wantErr)
				}
				if te.Value != tt.in || problem.CodeOf(err) != problem.UnknownLanguage {
					t.Errorf("Parse(%q): TagError %+v, code %q", tt.in, te, problem.CodeOf(err))
				}
				if got != "" {
					t.Errorf("Parse(%q) = %q with an error", tt.in, got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("Parse(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestTagErrorMessageSaysWhatIsAccepted(t *testing.T) {
	err := &TagError{Value: "fr"}
	if got, want := problem.Message(err), `unknown language "fr": want en, cy or cy+en`; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	if _, ok := problem.Lookup(err.Code()); !ok {
		t.Errorf("code %q is not in the table of problem codes", err.Code())
	}
}

func TestLanguages(t *testing.T) {
	tests := []struct {
		name string
		tag  Tag
		want []Tag
	}{
		{"English output is English", English, []Tag{English}},
		{"Welsh output is Welsh", Welsh, []Tag{Welsh}},
		{"bilingual output is Welsh first, then English", WelshEnglish, []Tag{Welsh, English}},
		{"the zero tag is English", "", []Tag{English}},
		{"a tag Parse refuses is English", "xx", []Tag{English}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.tag.Languages()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestTagsListsWhatParseAccepts(t *testing.T) {
	tags := Tags()
	if diff := cmp.Diff([]Tag{English, Welsh, WelshEnglish}, tags); diff != "" {
		t.Fatalf("(-want +got):\n%s", diff)
	}
	for _, tag := range tags {
		if got, err := Parse(string(tag)); err != nil || got != tag {
			t.Errorf("Parse(%q) = %q, %v", tag, got, err)
		}
	}
	tags[0] = "xx"
	if Tags()[0] != English {
		t.Error("Tags returns the package's own slice")
	}
	if got := List(); got != "en, cy or cy+en" {
		t.Errorf("List() = %q", got)
	}
}
