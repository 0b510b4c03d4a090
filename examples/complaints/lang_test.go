package main

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/internal/langcheck"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/timescale"
)

var update = flag.Bool("update", false, "rewrite the golden files of the Welsh output in testdata")

// sampleCases is the sample case file of the module.
const sampleCases = "../data/cases.csv"

// TestWelshGoldenFiles pins the Welsh output of the sample report and of
// the deadlines of a complaint received on 1 August 2014 to files in
// testdata, which a Welsh speaker can read as the output a council would
// use. Run with -update after an intended change.
func TestWelshGoldenFiles(t *testing.T) {
	tests := []struct {
		file string
		args []string
	}{
		{"report-2014-2015.cy.txt", []string{"report", sampleCases, "--year", "2014-2015", "--as-of", "2015-12-31", "--lang", "cy"}},
		{"deadlines-2014-08-01.cy.txt", []string{"deadlines", "--received", "2014-08-01", "--as-of", "2014-08-01", "--lang", "cy"}},
	}
	for _, tt := range tests {
		t.Run("complaints "+strings.Join(tt.args, " "), func(t *testing.T) {
			got := runAt(aDay, tt.args...)
			if got.Code != exitOK || got.Stderr != "" {
				t.Fatalf("exit %d, stderr %q", got.Code, got.Stderr)
			}
			name := filepath.Join("testdata", tt.file)
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(name, []byte(got.Stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(name)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got.Stdout); diff != "" {
				t.Errorf("%s (-want +got):\n%s", name, diff)
			}
		})
	}
}

// outputsForPeople are command lines that, between them, print every
// output for people: each is run with --lang cy, cy+en and en.
func outputsForPeople(t *testing.T) [][]string {
	extra := writeCases(t, "date,title\n2031-06-16,Bank holiday for a royal wedding\n")
	open := writeCases(t, "id,kind,received\nA,complaint,2031-06-13\nB,complaint,2031-03-03\n")
	corporate := writeCases(t, corporateCases)
	corporatePolicy := writePolicy(t, `{"targets": [{"procedure": "corporate", "milestone": "stage1-response", "working_days": 8, "name": "stage 1 response", "source": "a council's corporate complaints policy"}]}`)
	return [][]string{
		{"holidays", "--from", "2022-01-01", "--to", "2022-12-31"},
		{"holidays", "--from", "2011-01-01", "--to", "2011-12-31"},
		{"holidays", "--from", "2030-01-01", "--to", "2030-12-31"},
		{"holidays", "--from", "2014-08-02", "--to", "2014-08-03"},
		{"holidays", "--from", "2031-06-01", "--to", "2031-06-30", "--holidays", extra},
		{"holidays", "--diff", extra},
		{"deadlines", "--received", "2014-08-01", "--as-of", "2014-08-01"},
		{"deadlines", "--received", "2014-08-02", "--acknowledged", "2014-08-04", "--discussed", "2014-08-20", "--deem-next-working-day", "--as-of", "2014-08-10"},
		{"deadlines", "--received", "2010-03-01", "--stage2-requested", "2010-03-10", "--matter", "2010-01-04", "--as-of", "2010-03-15"},
		{"deadlines", "--received", "2029-08-24", "--acknowledged", "2029-08-28", "--as-of", "2029-12-01"},
		{"deadlines", "--received", "2014-07-01", "--stage2-requested", "2014-09-01", "--as-of", "2014-09-02"},
		{"assess", sampleCases, "--as-of", "2015-12-31"},
		{"assess", open, "--as-of", "2031-06-13"},
		{"report", sampleCases, "--year", "2014-2015", "--as-of", "2015-12-31"},
		{"report", sampleCases, "--year", "2013-2014", "--as-of", "2015-12-31", "--format", "markdown"},
		{"rules"},
		{"rules", "--format", "markdown"},
		{"impact", open, "--holidays", extra, "--as-of", "2031-06-13"},
		// The corporate procedure, local targets, periods and the
		// Ombudsman's returns.
		{"deadlines", "--procedure", "corporate", "--received", "2024-09-02", "--matter", "2024-03-04", "--as-of", "2024-09-12", "--policy", corporatePolicy},
		{"deadlines", "--received", "2014-08-01", "--as-of", "2014-08-26", "--policy", examplePolicy},
		{"assess", sampleCases, "--as-of", "2015-12-31", "--policy", examplePolicy},
		{"assess", corporate, "--as-of", "2025-03-31", "--policy", corporatePolicy},
		{"report", sampleCases, "--period", "2014-H2", "--as-of", "2015-12-31", "--policy", examplePolicy},
		{"report", sampleCases, "--period", "2014-Q3", "--as-of", "2015-12-31", "--format", "markdown"},
		{"due", corporate, "--as-of", "2024-09-11"},
		{"return", q3Cases, "--period", "2024-Q3", "--population", "120000"},
		{"return", corporate, "--period", "2024-H1", "--policy", corporatePolicy},
	}
}

// sampleData are the words of the sample outputs that name things or are
// the council's own, the same in every language: rule ids, regime names,
// the procedures they govern and the names of the readings of the
// transition, the calendar's version, the ids and themes of the case files,
// and the names of reporting periods (2014-H2), as --period takes them.
func sampleData(t *testing.T) []string {
	data := []string{calendar.Wales().Version(), "A", "B"}
	for _, r := range timescale.Rules() {
		data = append(data, r.ID)
	}
	for _, r := range timescale.Regimes() {
		data = append(data, string(r.Name))
		for _, p := range r.Procedures {
			data = append(data, string(p))
		}
		for _, p := range r.Transitions {
			data = append(data, string(p.Name))
		}
	}
	f, err := os.Open(sampleCases)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, problems, err := casefile.ReadAll(f, sampleCases)
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	corporate, problems, err := casefile.ReadAll(strings.NewReader(corporateCases), "corporate.csv")
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	cases = append(cases, corporate...)
	for _, c := range cases {
		data = append(data, c.ID)
		data = append(data, c.Themes...)
	}
	// The periods of a report's trend table, named as --period takes them.
	for y := 2006; y <= 2030; y++ {
		for _, p := range []string{"H1", "H2", "Q1", "Q2", "Q3", "Q4"} {
			data = append(data, strconv.Itoa(y)+"-"+p)
		}
	}
	return data
}

// TestEveryWelshOutputIsSourcedOrMarked runs every output for people with
// --lang cy and checks, with langcheck, that each word is Welsh from the
// catalogue or GOV.UK's Welsh holiday names, English marked as
// untranslated, or a name that is the same in every language.
func TestEveryWelshOutputIsSourcedOrMarked(t *testing.T) {
	data := sampleData(t)
	for _, args := range outputsForPeople(t) {
		args := append(args, "--lang", "cy")
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			got := runAt(aDay, args...)
			if got.Code != exitOK {
				t.Fatalf("exit %d, stderr %q", got.Code, got.Stderr)
			}
			if left := langcheck.Leftover(got.Stdout, data...); len(left) > 0 {
				t.Errorf("words neither sourced nor marked: %q in\n%s", left, got.Stdout)
			}
		})
	}
}

// TestBilingualOutputIsWelshThenEnglish checks every output for people
// with --lang cy+en: the Welsh output, lang.Separator, then the English.
// With --lang en it is the output without --lang.
func TestBilingualOutputIsWelshThenEnglish(t *testing.T) {
	for _, args := range outputsForPeople(t) {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			en := runAt(aDay, args...)
			cy := runAt(aDay, append(args, "--lang", "cy")...)
			both := runAt(aDay, append(args, "--lang", "cy+en")...)
			if diff := cmp.Diff(cy.Stdout+lang.Separator+en.Stdout, both.Stdout); diff != "" {
				t.Errorf("--lang cy+en (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(en, runAt(aDay, append(args, "--lang", "en")...)); diff != "" {
				t.Errorf("--lang en differs from no --lang (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDataFormatsAreTheSameInEveryLanguage checks that CSV and JSON, which
// are data for programs, do not change with --lang.
func TestDataFormatsAreTheSameInEveryLanguage(t *testing.T) {
	for _, args := range [][]string{
		{"holidays", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "csv"},
		{"holidays", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "json"},
		{"deadlines", "--received", "2014-08-01", "--as-of", "2014-08-01", "--format", "json"},
		{"assess", sampleCases, "--as-of", "2015-12-31", "--format", "csv"},
		{"report", sampleCases, "--year", "2014-2015", "--as-of", "2015-12-31", "--format", "json"},
		{"rules", "--format", "json"},
		{"workdays", "add", "2014-08-01", "17"},
		{"assess", sampleCases, "--as-of", "2015-12-31", "--policy", examplePolicy, "--format", "csv"},
		{"return", q3Cases, "--period", "2024-Q3", "--format", "csv"},
		{"return", q3Cases, "--period", "2024-Q3", "--format", "json"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			en := runAt(aDay, args...)
			for _, tag := range []string{"cy", "cy+en"} {
				if diff := cmp.Diff(en, runAt(aDay, append(args, "--lang", tag)...)); diff != "" {
					t.Errorf("--lang %s (-want +got):\n%s", tag, diff)
				}
			}
		})
	}
}

// TestAnUnknownLanguageIsAUsageError checks every command: --lang with a
// language the module does not write is exit status 2, with one line that
// lists the languages.
func TestAnUnknownLanguageIsAUsageError(t *testing.T) {
	for _, c := range commands {
		for _, value := range []string{"xx", "", "en+cy"} {
			args := []string{c.name, "--lang", value}
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				got := runAt(aDay, args...)
				want := result{Code: exitUsage, Stderr: "complaints: " + c.name + `: invalid value "` + value + `" for flag --lang: want en, cy or cy+en (see complaints ` + c.name + " -h)\n"}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			})
		}
	}
}

// TestProblemMessagesFollowTheLanguage checks the problems of a case file
// on standard error: a code with a Welsh source is written in Welsh with
// the English detail marked, any other marked; with no --lang, English.
func TestProblemMessagesFollowTheLanguage(t *testing.T) {
	path := writeCases(t, "id,kind,received,acknowledged\nA,complaint,2014-02-30,\nB,complaint,2014-08-01,2014-07-31\n")
	tests := []struct {
		name string
		lang string
		want []string
	}{
		{"in English", "en", []string{
			path + `:2: received: "2014-02-30" is not a date: no such day: February 2014 has 28 days (accepted forms: YYYY-MM-DD, DD/MM/YYYY)`,
			path + ":3: acknowledged: 2014-07-31 is before received 2014-08-01: check both dates",
		}},
		{"in Welsh", "cy", []string{
			path + `:2: received: Rhowch ddyddiad dilys [en: "2014-02-30" is not a date: no such day: February 2014 has 28 days (accepted forms: YYYY-MM-DD, DD/MM/YYYY)]`,
			path + ":3: acknowledged: [en: 2014-07-31 is before received 2014-08-01: check both dates]",
		}},
		{"in Welsh and English", "cy+en", []string{
			path + `:2: received: Rhowch ddyddiad dilys / "2014-02-30" is not a date: no such day: February 2014 has 28 days (accepted forms: YYYY-MM-DD, DD/MM/YYYY)`,
			path + ":3: acknowledged: 2014-07-31 is before received 2014-08-01: check both dates",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runAt(aDay, "validate", path, "--lang", tt.lang)
			if got.Code != exitData {
				t.Fatalf("exit %d, want %d", got.Code, exitData)
			}
			if diff := cmp.Diff(tt.want, lines(got.Stderr)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestFlagProblemsFollowTheLanguage checks the problems of dates given as
// flags.
func TestFlagProblemsFollowTheLanguage(t *testing.T) {
	got := runAt(calendar.NewDate(2014, 8, 10), "deadlines", "--received", "2014-08-01", "--acknowledged", "2014-08-20", "--lang", "cy")
	want := "complaints: deadlines: --acknowledged: Cywirwch y dyddiad, ni allwch ddefnyddio dyddiad yn y dyfodol. [en: "
	if got.Code != exitData || !strings.HasPrefix(got.Stderr, want) {
		t.Errorf("exit %d, stderr %q; want exit 1 and %q...", got.Code, got.Stderr, want)
	}
}
