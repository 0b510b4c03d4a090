package timescale

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestParseFinding(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Finding
	}{
		{"the column name upheld is upheld", "upheld", Upheld},
		{"a capital letter is ignored", "Upheld", Upheld},
		{"surrounding white space is ignored", "  upheld\t", Upheld},
		{"the column name partially_upheld is partially upheld", "partially_upheld", PartiallyUpheld},
		{"partially upheld in words is partially upheld", "Partially upheld", PartiallyUpheld},
		{"a hyphen reads as a space", "partially-upheld", PartiallyUpheld},
		{"shouting is accepted", "PARTIALLY UPHELD", PartiallyUpheld},
		{"partly upheld is partially upheld", "partly upheld", PartiallyUpheld},
		{"part upheld is partially upheld", "part upheld", PartiallyUpheld},
		{"a run of spaces and hyphens reads as one space", "part -  upheld", PartiallyUpheld},
		{"not upheld in words is not upheld", "not upheld", NotUpheld},
		{"Not Upheld in title case is not upheld", "Not Upheld", NotUpheld},
		{"the column name not_upheld is not upheld", "not_upheld", NotUpheld},
		{"no finding in words is no finding", "no finding", NoFinding},
		{"no findings in the plural is no finding", "No findings", NoFinding},
		{"the column name no_finding is no finding", "no_finding", NoFinding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseFinding(tt.in)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseFinding(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseFindingRejects(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"none is not a finding, however humane", "none"},
		{"an empty cell is not a finding", ""},
		{"only separators are not a finding", " - _ "},
		{"a word run together is not a finding", "notupheld"},
		{"a misspelling is not guessed", "uphed"},
		{"a finding with extra words is refused", "upheld in part"},
		{"yes is not a finding", "yes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseFinding(tt.in)
			require.Error(t, err)
			if diff := cmp.Diff(Finding(""), got); diff != "" {
				t.Errorf("ParseFinding(%q) value (-want +got):\n%s", tt.in, diff)
			}
			msg := err.Error()
			for _, want := range []string{`"` + tt.in + `"`, "upheld", "partially-upheld", "not-upheld", "no-finding"} {
				if !strings.Contains(msg, want) {
					t.Errorf("ParseFinding(%q) error %q does not mention %q", tt.in, msg, want)
				}
			}
		})
	}
}

func TestFindingUnmarshalText(t *testing.T) {
	var got struct{ F Finding }
	require.NoError(t, json.Unmarshal([]byte(`{"F": "Partly upheld"}`), &got))
	if diff := cmp.Diff(PartiallyUpheld, got.F); diff != "" {
		t.Errorf("unmarshalled finding (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"F": "none"}`), &got); err == nil {
		t.Error("unmarshalling \"none\" succeeded, want an error")
	}
}

func TestFindingTitleAndOrder(t *testing.T) {
	var got []string
	for _, f := range AllFindings() {
		got = append(got, f.Title())
	}
	got = append(got, Finding("odd").Title())
	want := []string{"upheld", "partially upheld", "not upheld", "no finding", "odd"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("titles (-want +got):\n%s", diff)
	}
}

// TestFindingsOutcome checks the rule that gives a complaint its outcome
// from the findings on its elements, with the four stage 2 complaints of
// the 2014-15 annual report the module reproduces (its sections 7.1.1 to
// 7.1.4).
func TestFindingsOutcome(t *testing.T) {
	tests := []struct {
		name    string
		in      Findings // upheld, partially, not upheld, no finding
		want    Finding
		wantHas bool
	}{
		{"a complaint with no element recorded has no outcome", Findings{}, "", false},
		{"every element with no finding gives no finding", Findings{NoFinding: 3}, NoFinding, true},
		{"every element upheld gives upheld", Findings{Upheld: 2}, Upheld, true},
		{"upheld elements beside no-finding elements give upheld", Findings{Upheld: 2, NoFinding: 5}, Upheld, true},
		{"no element upheld or partially upheld gives not upheld", Findings{NotUpheld: 3}, NotUpheld, true},
		{"not-upheld elements beside no-finding elements give not upheld", Findings{NotUpheld: 1, NoFinding: 1}, NotUpheld, true},
		{"one partially upheld element gives partially upheld", Findings{PartiallyUpheld: 1}, PartiallyUpheld, true},
		{"upheld and not upheld elements give partially upheld", Findings{Upheld: 1, NotUpheld: 1}, PartiallyUpheld, true},
		{"upheld and partially upheld elements give partially upheld", Findings{Upheld: 4, PartiallyUpheld: 1}, PartiallyUpheld, true},
		{"2014-15 report 7.1.1: none of the four elements upheld gives not upheld", Findings{NotUpheld: 4}, NotUpheld, true},
		{"2014-15 report 7.1.2: 1 upheld, 7 partially, 6 not upheld gives partially upheld", Findings{Upheld: 1, PartiallyUpheld: 7, NotUpheld: 6}, PartiallyUpheld, true},
		{"2014-15 report 7.1.3: 7 upheld, 4 partially, 2 not upheld gives partially upheld", Findings{Upheld: 7, PartiallyUpheld: 4, NotUpheld: 2}, PartiallyUpheld, true},
		{"2014-15 report 7.1.4: 3 upheld, 1 partially, 2 not upheld, 3 no findings gives partially upheld", Findings{Upheld: 3, PartiallyUpheld: 1, NotUpheld: 2, NoFinding: 3}, PartiallyUpheld, true},
		{"a negative count counts as zero", Findings{Upheld: 2, NotUpheld: -1}, Upheld, true},
		{"only negative counts give no outcome", Findings{Upheld: -1}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, has := tt.in.Outcome()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Outcome of %+v (-want +got):\n%s", tt.in, diff)
			}
			if has != tt.wantHas {
				t.Errorf("Outcome of %+v has an outcome = %v, want %v", tt.in, has, tt.wantHas)
			}
		})
	}
}

func TestFindingCounts(t *testing.T) {
	var c Findings
	c = c.Plus(Findings{Upheld: 3, PartiallyUpheld: 1, NotUpheld: 2, NoFinding: 3})
	c = c.With(Upheld).With(PartiallyUpheld).With(NotUpheld).With(NoFinding).With("odd")
	got := []int{c.Get(Upheld), c.Get(PartiallyUpheld), c.Get(NotUpheld), c.Get(NoFinding), c.Get("odd"), c.Total()}
	if diff := cmp.Diff([]int{4, 2, 3, 4, 0, 13}, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	if diff := cmp.Diff(`{"upheld":4,"partially_upheld":2,"not_upheld":3,"no_finding":4}`, string(b)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

// FuzzParseFinding: no input panics; every accepted input parses to one of
// the four findings, and the finding's own name parses back to itself.
func FuzzParseFinding(f *testing.F) {
	for _, s := range []string{"upheld", "Partially upheld", "partly upheld", "not_upheld", "No findings", "none", "", "UPHELD ", "not-upheld"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseFinding(s)
		if err != nil {
			if !strings.Contains(err.Error(), "upheld") {
				t.Errorf("ParseFinding(%q) error %q does not list the accepted values", s, err)
			}
			return
		}
		if !slices.Contains(AllFindings(), got) {
			t.Fatalf("ParseFinding(%q) = %q, not one of %v", s, got, AllFindings())
		}
		if back, err := ParseFinding(string(got)); err != nil || back != got {
			t.Errorf("ParseFinding(%q) = %q, %v; want %q", got, back, err, got)
		}
	})
}
