package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/google/go-cmp/cmp"
)

// result is what one run of the command printed and returned.
type result struct {
	Code   int
	Stdout string
	Stderr string
}

// runAt runs the command line args as if today were today, without
// building or starting anything outside the test.
func runAt(today calendar.Date, args ...string) result {
	var stdout, stderr bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, today: today}
	code := e.main(args)
	return result{Code: code, Stdout: stdout.String(), Stderr: stderr.String()}
}

// aDay is the "today" of the tests that do not depend on it.
var aDay = calendar.NewDate(2026, time.November, 25)

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want result
	}{
		// Worked examples of the counting conventions: the 2014 stage 1 and
		// stage 2 timescales and the week of the 2022 State Funeral.
		{
			name: "the 17th working day after Friday 1 August 2014 is Wednesday 27 August, past the summer bank holiday",
			args: []string{"workdays", "add", "2014-08-01", "17"},
			want: result{Stdout: "2014-08-27\n"},
		},
		{
			name: "a stage 2 request on Monday 1 September 2014 is answered by Monday 6 October",
			args: []string{"workdays", "add", "2014-09-01", "25"},
			want: result{Stdout: "2014-10-06\n"},
		},
		{
			name: "a response on the stage 1 deadline has taken exactly 17 working days",
			args: []string{"workdays", "count", "2014-08-01", "2014-08-27"},
			want: result{Stdout: "17\n"},
		},
		{
			name: "a complaint received on Thursday 15 September 2022 is acknowledged by Tuesday 20 September, past the State Funeral",
			args: []string{"workdays", "add", "2022-09-15", "2"},
			want: result{Stdout: "2022-09-20\n"},
		},
		// Counting conventions.
		{
			name: "counting back 17 working days from 27 August 2014 gives 1 August",
			args: []string{"workdays", "add", "2014-08-27", "-17"},
			want: result{Stdout: "2014-08-01\n"},
		},
		{
			name: "adding no working days prints the date itself, even a Saturday",
			args: []string{"workdays", "add", "2014-08-02", "0"},
			want: result{Stdout: "2014-08-02\n"},
		},
		{
			name: "a Saturday receipt is not counted: Monday is day 1",
			args: []string{"workdays", "add", "2014-08-02", "1"},
			want: result{Stdout: "2014-08-04\n"},
		},
		{
			name: "a count from a later date to an earlier one is negative",
			args: []string{"workdays", "count", "2014-08-27", "2014-08-01"},
			want: result{Stdout: "-17\n"},
		},
		{
			name: "a count from a date to itself is zero",
			args: []string{"workdays", "count", "2014-08-01", "2014-08-01"},
			want: result{Stdout: "0\n"},
		},
		{
			name: "dates may be written the British way, DD/MM/YYYY",
			args: []string{"workdays", "add", "01/08/2014", "17"},
			want: result{Stdout: "2014-08-27\n"},
		},
		{
			name: "an answer that depends on a provisional year says so on standard error only",
			args: []string{"workdays", "add", "2030-01-01", "3"},
			want: result{
				Stdout: "2030-01-04\n",
				Stderr: "complaints: workdays add: note: the answer is provisional: holidays after 2028, the last year of the official list, are projected from the standing rules: a one-off bank holiday may still be proclaimed\n",
			},
		},
		// holidays.
		{
			name: "the holidays of autumn 2022 include the State Funeral and the Christmas substitute day, but not Christmas Day on a Sunday",
			args: []string{"holidays", "--from", "2022-09-01", "--to", "2022-12-31", "--format", "csv"},
			want: result{Stdout: "date,name\n" +
				"2022-09-19,State Funeral of Queen Elizabeth II\n" +
				"2022-12-26,Boxing Day\n" +
				"2022-12-27,Christmas Day (substitute day)\n"},
		},
		{
			name: "flags may come in any order and written with an equals sign",
			args: []string{"holidays", "--format=csv", "-to", "2022-12-31", "--from=01/09/2022"},
			want: result{Stdout: "date,name\n" +
				"2022-09-19,State Funeral of Queen Elizabeth II\n" +
				"2022-12-26,Boxing Day\n" +
				"2022-12-27,Christmas Day (substitute day)\n"},
		},
		{
			name: "the text table gives the weekday and the kind of each holiday",
			args: []string{"holidays", "--from", "2022-09-01", "--to", "2022-12-31"},
			want: result{Stdout: "" +
				"2022-09-19  Mon  State Funeral of Queen Elizabeth II  (bank holiday)\n" +
				"2022-12-26  Mon  Boxing Day                           (bank holiday)\n" +
				"2022-12-27  Tue  Christmas Day (substitute day)       (substitute day)\n"},
		},
		{
			name: "the JSON list gives each holiday's date, weekday, name, kind and whether it is provisional",
			args: []string{"holidays", "--from", "2028-12-26", "--to", "2029-01-01", "--format", "json"},
			want: result{Stdout: `[
  {
    "date": "2028-12-26",
    "name": "Boxing Day",
    "kind": "bank-holiday",
    "weekday": "Tuesday",
    "provisional": false
  },
  {
    "date": "2029-01-01",
    "name": "New Year's Day",
    "kind": "bank-holiday",
    "weekday": "Monday",
    "provisional": true
  }
]
`},
		},
		{
			name: "the text table marks provisional holidays and explains them in a trailing note",
			args: []string{"holidays", "--from", "2028-12-26", "--to", "2029-01-01"},
			want: result{Stdout: "" +
				"2028-12-26  Tue  Boxing Day      (bank holiday)\n" +
				"2029-01-01  Mon  New Year's Day  (bank holiday) *\n" +
				"* provisional: holidays after 2028, the last year of the official list, are projected from the standing rules: a one-off bank holiday may still be proclaimed.\n"},
		},
		{
			name: "a range with no holiday on a weekday gives the CSV header alone",
			args: []string{"holidays", "--from", "2022-07-01", "--to", "2022-07-31", "--format", "csv"},
			want: result{Stdout: "date,name\n"},
		},
		{
			name: "a range with no holiday on a weekday gives an empty JSON list",
			args: []string{"holidays", "--from", "2022-07-01", "--to", "2022-07-31", "--format", "json"},
			want: result{Stdout: "[]\n"},
		},
		{
			name: "only --from ends the range at the end of its year",
			args: []string{"holidays", "--from", "2022-12-01", "--format", "csv"},
			want: result{Stdout: "date,name\n2022-12-26,Boxing Day\n2022-12-27,Christmas Day (substitute day)\n"},
		},
		{
			name: "only --to starts the range at the start of its year",
			args: []string{"holidays", "--to", "2022-01-31", "--format", "csv"},
			want: result{Stdout: "date,name\n2022-01-03,New Year's Day (substitute day)\n"},
		},
		// Input that is understood but cannot be answered: exit status 1.
		{
			name: "a date after the supported range is an error that names the range",
			args: []string{"workdays", "add", "2100-01-01", "5"},
			want: result{Code: 1, Stderr: "complaints: workdays add: 2100-01-01 is outside the supported range 1974-01-01 to 2099-12-31\n"},
		},
		{
			name: "a result after the supported range is an error that names the range",
			args: []string{"workdays", "add", "2099-12-30", "5"},
			want: result{Code: 1, Stderr: "complaints: workdays add: 5 working days after 2099-12-30 falls outside the supported range 1974-01-01 to 2099-12-31\n"},
		},
		{
			name: "a count from before the supported range is an error",
			args: []string{"workdays", "count", "1973-12-31", "2014-08-01"},
			want: result{Code: 1, Stderr: "complaints: workdays count: 1973-12-31 is outside the supported range 1974-01-01 to 2099-12-31\n"},
		},
		{
			name: "a holiday range before the supported range is an error",
			args: []string{"holidays", "--from", "1970-01-01"},
			want: result{Code: 1, Stderr: "complaints: holidays: 1970-01-01 is outside the supported range 1974-01-01 to 2099-12-31\n"},
		},
		// Usage errors: exit status 2, one line naming the problem.
		{
			name: "a day that does not exist is a usage error that names it",
			args: []string{"workdays", "add", "2014-02-30", "5"},
			want: result{Code: 2, Stderr: "complaints: workdays add: \"2014-02-30\" is not a date: no such day: February 2014 has 28 days (see complaints workdays -h)\n"},
		},
		{
			name: "a date in neither accepted form is a usage error that says which forms are accepted",
			args: []string{"workdays", "count", "2014-08-01", "27 Aug 2014"},
			want: result{Code: 2, Stderr: "complaints: workdays count: \"27 Aug 2014\" is not a date: want YYYY-MM-DD or DD/MM/YYYY, e.g. 2014-08-01 or 01/08/2014 (see complaints workdays -h)\n"},
		},
		{
			name: "a reporting year of one calendar year is a usage error saying to give both, without the name of a package",
			args: []string{"report", "../data/cases.csv", "--year", "2014"},
			want: result{Code: 2, Stderr: "complaints: report: --year: reporting year \"2014\": give both calendar years it spans, e.g. 2014-2015 (1 April 2014 to 31 March 2015) or 2013-2014 (see complaints report -h)\n"},
		},
		{
			name: "a reporting period that is not one is a usage error in the same words as a reporting year",
			args: []string{"report", "../data/cases.csv", "--period", "2014-Q5"},
			want: result{Code: 2, Stderr: "complaints: report: --period: reporting period \"2014-Q5\": want a quarter from Q1 (April to June) to Q4 (January to March) (see complaints report -h)\n"},
		},
		{
			name: "a number of working days that is not a whole number is a usage error",
			args: []string{"workdays", "add", "2014-08-01", "2.5"},
			want: result{Code: 2, Stderr: "complaints: workdays add: \"2.5\" is not a whole number of working days (see complaints workdays -h)\n"},
		},
		{
			name: "a number of working days too large for the machine is a usage error",
			args: []string{"workdays", "add", "2014-08-01", "99999999999999999999"},
			want: result{Code: 2, Stderr: "complaints: workdays add: \"99999999999999999999\" is too large a number of working days (see complaints workdays -h)\n"},
		},
		{
			name: "a missing argument is a usage error that says what is wanted",
			args: []string{"workdays", "add", "2014-08-01"},
			want: result{Code: 2, Stderr: "complaints: workdays add: want DATE N, got 1 argument (see complaints workdays -h)\n"},
		},
		{
			name: "an extra argument is a usage error",
			args: []string{"workdays", "count", "2014-08-01", "2014-08-27", "2014-09-01"},
			want: result{Code: 2, Stderr: "complaints: workdays count: want FROM TO, got 3 arguments (see complaints workdays -h)\n"},
		},
		{
			name: "workdays without a subcommand is a usage error",
			args: []string{"workdays"},
			want: result{Code: 2, Stderr: "complaints: workdays: want a subcommand: add or count (see complaints workdays -h)\n"},
		},
		{
			name: "an unknown workdays subcommand is a usage error",
			args: []string{"workdays", "subtract", "2014-08-01", "3"},
			want: result{Code: 2, Stderr: "complaints: workdays: unknown subcommand \"subtract\": want add or count (see complaints workdays -h)\n"},
		},
		{
			name: "an unknown command is a usage error that lists the commands",
			args: []string{"deadline"},
			want: result{Code: 2, Stderr: "complaints: unknown command \"deadline\" (commands: holidays, workdays, deadlines, assess, due, report, return, impact, rules, validate; see complaints -h)\n"},
		},
		{
			name: "a flag before the command is a usage error",
			args: []string{"--format", "csv", "holidays"},
			want: result{Code: 2, Stderr: "complaints: unknown flag --format: the command comes first (commands: holidays, workdays, deadlines, assess, due, report, return, impact, rules, validate)\n"},
		},
		{
			name: "an unknown flag is a usage error",
			args: []string{"holidays", "--year", "2022"},
			want: result{Code: 2, Stderr: "complaints: holidays: unknown flag --year (see complaints holidays -h)\n"},
		},
		{
			name: "a flag without its value is a usage error",
			args: []string{"holidays", "--from"},
			want: result{Code: 2, Stderr: "complaints: holidays: a value is needed after --from (see complaints holidays -h)\n"},
		},
		{
			name: "an unknown format is a usage error that lists the formats",
			args: []string{"holidays", "--format", "xml"},
			want: result{Code: 2, Stderr: "complaints: holidays: invalid value \"xml\" for flag --format: want text, csv, json or ics (see complaints holidays -h)\n"},
		},
		{
			name: "a flag date that does not exist is a usage error that names it",
			args: []string{"holidays", "--to", "31/02/2022"},
			want: result{Code: 2, Stderr: "complaints: holidays: invalid value \"31/02/2022\" for flag --to: no such day: February 2022 has 28 days (see complaints holidays -h)\n"},
		},
		{
			name: "a range that ends before it starts is a usage error",
			args: []string{"holidays", "--from", "2022-12-31", "--to", "2022-01-01"},
			want: result{Code: 2, Stderr: "complaints: holidays: --to 2022-01-01 is before --from 2022-12-31 (see complaints holidays -h)\n"},
		},
		{
			name: "holidays takes no positional argument",
			args: []string{"holidays", "2022"},
			want: result{Code: 2, Stderr: "complaints: holidays: want no arguments but flags, got \"2022\" (see complaints holidays -h)\n"},
		},
		{
			name: "help for an unknown command is a usage error",
			args: []string{"help", "deadline"},
			want: result{Code: 2, Stderr: "complaints: help: unknown command \"deadline\" (commands: holidays, workdays, deadlines, assess, due, report, return, impact, rules, validate)\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runAt(aDay, tt.args...)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("complaints %s: (-want +got)\n%s", strings.Join(tt.args, " "), diff)
			}
		})
	}
}

func TestHolidaysDefaultsToThisYear(t *testing.T) {
	got := runAt(calendar.NewDate(2022, time.June, 15), "holidays", "--format", "csv")
	want := result{Stdout: "date,name\n" +
		"2022-01-03,New Year's Day (substitute day)\n" +
		"2022-04-15,Good Friday\n" +
		"2022-04-18,Easter Monday\n" +
		"2022-05-02,Early May bank holiday\n" +
		"2022-06-02,Spring bank holiday\n" +
		"2022-06-03,Platinum Jubilee bank holiday\n" +
		"2022-08-29,Summer bank holiday\n" +
		"2022-09-19,State Funeral of Queen Elizabeth II\n" +
		"2022-12-26,Boxing Day\n" +
		"2022-12-27,Christmas Day (substitute day)\n"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("complaints holidays --format csv in 2022: (-want +got)\n%s", diff)
	}
}

func TestRunUsesTodayInLondon(t *testing.T) {
	// run, not runAt: the real entry point, with the real clock.
	var stdout, stderr bytes.Buffer
	code := run([]string{"holidays", "--format", "json"}, strings.NewReader(""), &stdout, &stderr)
	year := calendar.DateOf(time.Now()).Year
	if code != 0 || stderr.Len() != 0 {
		t.Fatalf("complaints holidays --format json: exit %d, stderr %q", code, stderr.String())
	}
	if want := `"date": "` + strconv.Itoa(year) + `-`; !strings.Contains(stdout.String(), want) {
		t.Errorf("complaints holidays --format json: no holiday of this year (%d) in\n%s", year, stdout.String())
	}
}

func TestHelp(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // the first line of the help text
	}{
		{"-h on its own prints the list of commands", []string{"-h"}, "complaints: the statutory timescales of Welsh social services complaints"},
		{"--help on its own prints the list of commands", []string{"--help"}, "complaints: the statutory timescales of Welsh social services complaints"},
		{"help on its own prints the list of commands", []string{"help"}, "complaints: the statutory timescales of Welsh social services complaints"},
		{"help with a command prints its usage", []string{"help", "workdays"}, "Usage:"},
		{"holidays -h prints its usage", []string{"holidays", "-h"}, "Usage:"},
		{"holidays --help after other flags prints its usage", []string{"holidays", "--format", "csv", "--help"}, "Usage:"},
		{"workdays --help prints its usage", []string{"workdays", "--help"}, "Usage:"},
		{"workdays add -h prints the usage of workdays", []string{"workdays", "add", "-h"}, "Usage:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runAt(aDay, tt.args...)
			if got.Code != 0 || got.Stderr != "" {
				t.Errorf("complaints %s: exit %d, stderr %q; want exit 0 and nothing on stderr", strings.Join(tt.args, " "), got.Code, got.Stderr)
			}
			first, _, _ := strings.Cut(got.Stdout, "\n")
			if first != tt.want {
				t.Errorf("complaints %s: first line %q, want %q", strings.Join(tt.args, " "), first, tt.want)
			}
			// The list of commands explains what they share, once; a command's
			// help points to it.
			if first == "Usage:" {
				if strings.Contains(got.Stdout, "Exit status:") || !strings.Contains(got.Stdout, `Run "complaints -h" for dates`) {
					t.Errorf("complaints %s: the help of a command repeats the shared notes or does not point to them:\n%s", strings.Join(tt.args, " "), got.Stdout)
				}
			} else if !strings.Contains(got.Stdout, "Exit status:") {
				t.Errorf("complaints %s: help does not explain the exit status:\n%s", strings.Join(tt.args, " "), got.Stdout)
			}
		})
	}
}

func TestNoArgumentsIsAUsageErrorOfOneLine(t *testing.T) {
	got := runAt(aDay)
	want := result{Code: 2, Stderr: "complaints: no command given (commands: holidays, workdays, deadlines, assess, due, report, return, impact, rules, validate; see complaints -h)\n"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("complaints with no arguments (-want +got):\n%s", diff)
	}
}

func TestEveryCommandIsListedAndHasHelp(t *testing.T) {
	top := runAt(aDay, "-h").Stdout
	for _, c := range commands {
		if !strings.Contains(top, "\n  "+c.name+" ") {
			t.Errorf("complaints -h does not list %s:\n%s", c.name, top)
		}
		got := runAt(aDay, c.name, "-h")
		if got.Code != 0 || !strings.Contains(got.Stdout, "complaints "+c.name) {
			t.Errorf("complaints %s -h: exit %d, usage\n%s\nwant exit 0 and a usage that shows the command", c.name, got.Code, got.Stdout)
		}
	}
}

func TestWorkdaysAddAndCountAgree(t *testing.T) {
	// For every start date in 2014 and every n up to 30, counting the
	// working days to the nth working day gives n back.
	c := calendar.Wales()
	for d := calendar.NewDate(2014, time.January, 1); d.Year == 2014; d = d.AddDays(1) {
		for n := 1; n <= 30; n += 7 {
			due := runAt(aDay, "workdays", "add", d.String(), strconv.Itoa(n))
			if due.Code != 0 {
				t.Fatalf("complaints workdays add %s %d: exit %d, stderr %q", d, n, due.Code, due.Stderr)
			}
			count := runAt(aDay, "workdays", "count", d.String(), strings.TrimSpace(due.Stdout))
			if want := strconv.Itoa(n) + "\n"; count.Stdout != want {
				t.Errorf("complaints workdays count %s %s = %q, want %q", d, strings.TrimSpace(due.Stdout), count.Stdout, want)
			}
			if want, _ := c.AddWorkingDays(d, n); due.Stdout != want.String()+"\n" {
				t.Errorf("complaints workdays add %s %d = %q, want %s (calendar.AddWorkingDays)", d, n, due.Stdout, want)
			}
		}
	}
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		pos  []string
		from string
		fmt  string
	}{
		{"flags before positionals are parsed", []string{"--from", "2014-08-01", "a", "b"}, []string{"a", "b"}, "2014-08-01", "text"},
		{"flags after positionals are parsed", []string{"a", "b", "--format", "csv"}, []string{"a", "b"}, "", "csv"},
		{"flags between positionals are parsed", []string{"a", "-format=json", "b", "-from", "01/08/2014"}, []string{"a", "b"}, "2014-08-01", "json"},
		{"a negative number is a positional argument", []string{"2014-08-27", "-17", "--format", "csv"}, []string{"2014-08-27", "-17"}, "", "csv"},
		{"everything after -- is positional", []string{"a", "--", "--format", "csv"}, []string{"a", "--format", "csv"}, "", "text"},
		{"a lone - is positional", []string{"-"}, []string{"-"}, "", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := (&env{}).newFlagSet("test")
			var from dateFlag
			fs.Var(&from, "from", "")
			format := formatFlag("text", "csv", "json")
			fs.Var(format, "format", "")
			pos, err := parseArgs(fs, tt.args)
			if err != nil {
				t.Fatalf("parseArgs(%q): %v", tt.args, err)
			}
			if diff := cmp.Diff(tt.pos, pos); diff != "" {
				t.Errorf("parseArgs(%q) positionals: (-want +got)\n%s", tt.args, diff)
			}
			if from.String() != tt.from || format.value != tt.fmt {
				t.Errorf("parseArgs(%q): --from %q --format %q, want %q and %q", tt.args, from.String(), format.value, tt.from, tt.fmt)
			}
		})
	}
}

// FuzzRun checks that no command line makes the program panic, print a
// stack trace, or exit with a status other than 0, 1 or 2, and that a
// failure prints nothing on standard output and something on standard
// error.
func FuzzRun(f *testing.F) {
	for _, seed := range []string{
		"workdays add 2014-08-01 17",
		"workdays count 2014-08-01 2014-08-27",
		"workdays add 2099-12-31 -9223372036854775808",
		"workdays add 1974-01-01 -1",
		"holidays --from 2022-09-01 --to 2022-12-31 --format json",
		"holidays --from 0001-01-01",
		"holidays --to 9999-12-31 --format csv",
		"holidays -- --from",
		"help holidays",
		"- -- -h",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Fields(line)
		got := runAt(aDay, args...)
		switch {
		case got.Code < 0 || got.Code > 2:
			t.Fatalf("complaints %q: exit %d; stderr %q", line, got.Code, got.Stderr)
		case strings.Contains(got.Stderr, "goroutine ") || strings.Contains(got.Stderr, "panic"):
			t.Fatalf("complaints %q: stack trace on stderr %q", line, got.Stderr)
		case got.Code != 0 && (got.Stdout != "" || got.Stderr == ""):
			t.Fatalf("complaints %q: exit %d with stdout %q and stderr %q", line, got.Code, got.Stdout, got.Stderr)
		}
	})
}
