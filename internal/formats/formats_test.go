package formats

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/lang"
)

type doc struct {
	Title string `json:"title"`
	N     int    `json:"n"`
}

func table(names ...string) Table[doc] {
	var t Table[doc]
	for _, n := range names {
		t = append(t, Format[doc]{Name: n, MediaType: "type/" + n, Write: func(w io.Writer, d *doc, _ lang.Tag) error {
			_, err := io.WriteString(w, n+":"+d.Title)
			return err
		}})
	}
	return t
}

func TestATableListsItsFormatsInOrderAsAMessageDoes(t *testing.T) {
	tests := []struct {
		name      string
		formats   []string
		wantNames []string
		wantWant  string
	}{
		{"no format", nil, []string{}, ""},
		{"one format is named alone", []string{"json"}, []string{"json"}, "json"},
		{"two formats are joined by or", []string{"csv", "json"}, []string{"csv", "json"}, "csv or json"},
		{"more formats are listed with commas and a last or", []string{"text", "csv", "json"}, []string{"text", "csv", "json"}, "text, csv or json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab := table(tt.formats...)
			if diff := cmp.Diff(tt.wantNames, tab.Names()); diff != "" {
				t.Errorf("Names (-want +got):\n%s", diff)
			}
			if got := tab.Want(); got != tt.wantWant {
				t.Errorf("Want = %q, want %q", got, tt.wantWant)
			}
		})
	}
}

func TestLookupFindsAFormatByItsExactName(t *testing.T) {
	tab := table("text", "csv", "json")
	tests := []struct {
		name   string
		lookup string
		ok     bool
	}{
		{"a name of the table is found", "csv", true},
		{"the last name is found", "json", true},
		{"a name in capitals is not", "CSV", false},
		{"an unknown name is not", "pdf", false},
		{"the empty name is not", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := tab.Lookup(tt.lookup)
			if ok != tt.ok {
				t.Fatalf("Lookup(%q) found %v, want %v", tt.lookup, ok, tt.ok)
			}
			if !ok {
				if f.Name != "" || f.Write != nil {
					t.Errorf("Lookup(%q) of no format = %+v, want the zero Format", tt.lookup, f)
				}
				return
			}
			var b strings.Builder
			if err := f.Write(&b, &doc{Title: "x"}, lang.English); err != nil {
				t.Fatal(err)
			}
			if f.Name != tt.lookup || f.MediaType != "type/"+tt.lookup || b.String() != tt.lookup+":x" {
				t.Errorf("Lookup(%q) = %q, %q, writing %q: not the format named", tt.lookup, f.Name, f.MediaType, b.String())
			}
		})
	}
}

func TestWriteJSONIndentsByTwoSpacesAndEndsWithANewlineInEveryLanguage(t *testing.T) {
	for _, tag := range []lang.Tag{lang.English, lang.Welsh, lang.WelshEnglish} {
		var b strings.Builder
		if err := WriteJSON(&b, &doc{Title: "Cwyn", N: 2}, tag); err != nil {
			t.Fatal(err)
		}
		const want = "{\n  \"title\": \"Cwyn\",\n  \"n\": 2\n}\n"
		if b.String() != want {
			t.Errorf("%s: WriteJSON wrote %q, want %q", tag, b.String(), want)
		}
	}
}

func TestListAndMediaTypeReadTheTable(t *testing.T) {
	type kind string
	tab := table("text", "csv")
	if diff := cmp.Diff([]kind{"text", "csv"}, List[kind](tab)); diff != "" {
		t.Errorf("List (-want +got):\n%s", diff)
	}
	if got := List[kind](table()); len(got) != 0 {
		t.Errorf("List of no format = %v, want none", got)
	}
	for name, want := range map[string]string{"csv": "type/csv", "text": "type/text", "pdf": ""} {
		if got := tab.MediaType(name); got != want {
			t.Errorf("MediaType(%q) = %q, want %q", name, got, want)
		}
	}
}

// badName is the error the tests' unknown function makes.
type badName struct{ name string }

func (e *badName) Error() string { return "no format " + e.name }

func TestParseAndWriteAsAnswerAFormatOfTheTableAndRefuseAnyOther(t *testing.T) {
	type myFormat string
	tab := table("text", "csv")
	unknown := func(s string) error { return &badName{s} }
	tests := []struct {
		name    string
		format  string
		wantOut string // "" when the format is refused
	}{
		{"a format of the table is parsed and written by its writer", "csv", "csv:T"},
		{"the first format is written by its own writer", "text", "text:T"},
		{"a name in another case is not a format", "CSV", ""},
		{"an empty name is not a format", "", ""},
		{"a format of another table is not one of this", "json", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantRefused := tt.wantOut == ""
			f, err := Parse[myFormat](tab, tt.format, unknown)
			var bad *badName
			switch {
			case wantRefused && (!errors.As(err, &bad) || bad.name != tt.format || f != ""):
				t.Fatalf("Parse(%q) = %q, %v; want \"\" and the unknown error of %q", tt.format, f, err, tt.format)
			case !wantRefused && (err != nil || f != myFormat(tt.format)):
				t.Fatalf("Parse(%q) = %q, %v; want %q", tt.format, f, err, tt.format)
			}
			var b strings.Builder
			err = tab.WriteAs(&b, &doc{Title: "T"}, tt.format, lang.English, unknown)
			if wantRefused {
				if !errors.As(err, &bad) || bad.name != tt.format || b.Len() != 0 {
					t.Fatalf("WriteAs(%q) wrote %q, %v; want nothing and the unknown error", tt.format, b.String(), err)
				}
				return
			}
			if err != nil || b.String() != tt.wantOut {
				t.Fatalf("WriteAs(%q) wrote %q, %v; want %q", tt.format, b.String(), err, tt.wantOut)
			}
		})
	}
}
