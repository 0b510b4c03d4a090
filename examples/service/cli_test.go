package main

// The service against the real command-line tool: the CLI is built with
// the go tool and run, and its standard output must equal the service's
// answer for the same input, byte for byte.

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// buildCLI builds examples/complaints into a temporary directory and
// returns the path of the binary. It skips the test when there is no go
// tool, or in -short mode.
func buildCLI(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("building the command-line tool is skipped in -short mode")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool to build the command-line tool with")
	}
	bin := filepath.Join(t.TempDir(), "complaints")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command(goTool, "build", "-o", bin, "github.com/cymru-complaints/statutory/examples/complaints").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

func TestTheServiceAnswersByteForByteAsTheCommandLineTool(t *testing.T) {
	bin := buildCLI(t)
	h := testServer(t)
	file := sample(t)
	tests := []struct {
		name  string
		args  []string // of the CLI; "-" reads the case file from standard input
		stdin string
		req   req
	}{
		{"holidays of autumn 2022",
			[]string{"holidays", "--from", "2022-09-01", "--to", "2022-12-31", "--format", "json"}, "",
			req{method: "GET", target: "/v1/holidays?from=2022-09-01&to=2022-12-31"}},
		{"holidays of a provisional year, from a date to the end of its year",
			[]string{"holidays", "--from", "2030-03-01", "--format", "json"}, "",
			req{method: "GET", target: "/v1/holidays?from=2030-03-01"}},
		{"holidays of the first months of the calendar",
			[]string{"holidays", "--to", "1974-06-01", "--format", "json"}, "",
			req{method: "GET", target: "/v1/holidays?to=1974-06-01"}},
		{"deadlines of a complaint received on the first day of the 2014 regulations",
			[]string{"deadlines", "--received", "2014-08-01", "--as-of", "2014-08-10", "--format", "json"}, "",
			req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-01", "as_of": "2014-08-10"}`}},
		{"deadlines with every event, the matter and deeming",
			[]string{"deadlines", "--received", "2014-08-02", "--acknowledged", "2014-08-05", "--discussed", "2014-08-12",
				"--stage2-requested", "2014-09-01", "--matter", "2014-06-10", "--as-of", "2014-10-01", "--deem-next-working-day", "--format", "json"}, "",
			req{method: "POST", target: "/v1/deadlines", body: `{"received": "2014-08-02", "acknowledged": "2014-08-05", "discussed": "2014-08-12",
				"stage2_requested": "2014-09-01", "matter": "2014-06-10", "as_of": "2014-10-01", "deem_next_working_day": true}`}},
		{"deadlines under the 2005 regulations",
			[]string{"deadlines", "--received", "2010-05-04", "--stage2-requested", "2010-07-01", "--as-of", "2011-01-01", "--format", "json"}, "",
			req{method: "POST", target: "/v1/deadlines", body: `{"received": "2010-05-04", "stage2_requested": "2010-07-01", "as_of": "2011-01-01"}`}},
		{"deadlines across the State Funeral of 2022",
			[]string{"deadlines", "--received", "2022-09-15", "--as-of", "2022-09-16", "--format", "json"}, "",
			req{method: "POST", target: "/v1/deadlines", body: `{"received": "2022-09-15", "as_of": "2022-09-16"}`}},
		{"provisional deadlines",
			[]string{"deadlines", "--received", "2029-12-20", "--as-of", "2030-01-10", "--format", "json"}, "",
			req{method: "POST", target: "/v1/deadlines", body: `{"received": "2029-12-20", "as_of": "2030-01-10"}`}},
		{"the sample case file assessed, JSON",
			[]string{"assess", "-", "--as-of", "2015-12-31", "--format", "json"}, file,
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: file}},
		{"the sample case file assessed, CSV",
			[]string{"assess", "-", "--as-of", "2015-12-31", "--format", "csv"}, file,
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: file, accept: "text/csv"}},
		{"the sample case file assessed, deeming receipt on the next working day",
			[]string{"assess", "-", "--as-of", "2014-12-31", "--deem-next-working-day", "--format", "json"}, file,
			req{method: "POST", target: "/v1/assess?as_of=2014-12-31&deem_next_working_day=true", body: file}},
		{"the report of 2014-2015",
			[]string{"report", "-", "--year", "2014-2015", "--as-of", "2015-12-31", "--format", "json"}, file,
			req{method: "POST", target: "/v1/report?year=2014-2015&as_of=2015-12-31", body: file}},
		{"the report of 2012-2013",
			[]string{"report", "-", "--year", "2012-2013", "--as-of", "2015-12-31", "--format", "json"}, file,
			req{method: "POST", target: "/v1/report?year=2012-2013&as_of=2015-12-31", body: file}},
		{"the report of quarter 2 of 2014-2015",
			[]string{"report", "-", "--period", "2014-Q2", "--as-of", "2015-12-31", "--format", "json"}, file,
			req{method: "POST", target: "/v1/report?period=2014-Q2&as_of=2015-12-31", body: file}},
		{"the report of quarter 2 of 2014-2015 with an empty year, which is not given",
			[]string{"report", "-", "--year", "", "--period", "2014-Q2", "--as-of", "2015-12-31", "--format", "json"}, file,
			req{method: "POST", target: "/v1/report?year=&period=2014-Q2&as_of=2015-12-31", body: file}},
		{"the report of the second half of 2014-2015 as text in Welsh",
			[]string{"report", "-", "--period", "2014-H2", "--as-of", "2015-12-31", "--format", "text", "--lang", "cy"}, file,
			req{method: "POST", target: "/v1/report?period=2014-H2&as_of=2015-12-31&format=text&lang=cy", body: file}},
		{"the due list of the week, JSON",
			[]string{"due", "-", "--as-of", "2015-01-07", "--format", "json"}, dueCases,
			req{method: "POST", target: "/v1/due?as_of=2015-01-07", body: dueCases}},
		{"the due list of one owner for today, CSV",
			[]string{"due", "-", "--as-of", "2015-01-07", "--within", "0", "--owner", "team b", "--format", "csv"}, dueCases,
			req{method: "POST", target: "/v1/due?as_of=2015-01-07&within=0&owner=team+b", body: dueCases, accept: "text/csv"}},
		{"the due list of two weeks, text grouped by owner",
			[]string{"due", "-", "--as-of", "2015-01-07", "--within", "10", "--format", "text"}, dueCases,
			req{method: "POST", target: "/v1/due?as_of=2015-01-07&within=10", body: dueCases, accept: "text/plain"}},
		{"the due list of all parties as text, the sample file's panel acknowledgement counted apart from the council's",
			[]string{"due", "-", "--as-of", "2015-01-07", "--all-parties", "--format", "text"}, file,
			req{method: "POST", target: "/v1/due?as_of=2015-01-07&all_parties=true", body: file, accept: "text/plain"}},
		{"the due list as text in Welsh, marked as untranslated",
			[]string{"due", "-", "--as-of", "2015-01-07", "--format", "text", "--lang", "cy+en"}, dueCases,
			req{method: "POST", target: "/v1/due?as_of=2015-01-07&lang=cy%2Ben", body: dueCases, accept: "text/plain"}},
		{"the due list as a calendar file, reminders a day before, closed deadlines cancelled",
			[]string{"due", "-", "--as-of", "2015-01-07", "--format", "ics", "--remind", "1", "--include-closed"}, dueCases,
			req{method: "POST", target: "/v1/due?as_of=2015-01-07&remind=1&include_closed=true", body: dueCases, accept: "text/calendar"}},
		{"the due list of the sample file under the other reading of the transition, deeming receipt",
			[]string{"due", "-", "--as-of", "2014-10-01", "--within", "20", "--transition", "stage2-by-request-date", "--deem-next-working-day", "--format", "json"}, file,
			req{method: "POST", target: "/v1/due?as_of=2014-10-01&within=20&transition=stage2-by-request-date&deem_next_working_day=true", body: file}},
		{"a case file with warnings is read leniently, as the CLI reads it",
			[]string{"assess", "-", "--as-of", "2015-12-31", "--format", "json"}, warnedCases,
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31", body: warnedCases}},
		{"the sample case file assessed as text in Welsh",
			[]string{"assess", "-", "--as-of", "2015-12-31", "--format", "text", "--lang", "cy"}, file,
			req{method: "POST", target: "/v1/assess?as_of=2015-12-31&lang=cy", body: file, accept: "text/plain"}},
		{"the sample case file as a calendar file of one owner",
			[]string{"assess", "-", "--as-of", "2015-01-07", "--format", "ics", "--owner", "Smith, J"}, dueCases,
			req{method: "POST", target: "/v1/assess?as_of=2015-01-07&owner=Smith,+J", body: dueCases, accept: "text/calendar"}},
		{"the report of 2014-2015 under the other reading of the transition, as Markdown in both languages",
			[]string{"report", "-", "--year", "2014-2015", "--as-of", "2015-12-31", "--transition", "stage2-by-request-date", "--format", "markdown", "--lang", "cy+en"}, file,
			req{method: "POST", target: "/v1/report?year=2014-2015&as_of=2015-12-31&transition=stage2-by-request-date&format=markdown&lang=cy%2Ben", body: file}},
		{"the report of 2014-2015 as CSV, deeming receipt",
			[]string{"report", "-", "--year", "2014-2015", "--as-of", "2015-12-31", "--deem-next-working-day", "--format", "csv"}, file,
			req{method: "POST", target: "/v1/report?year=2014-2015&as_of=2015-12-31&deem_next_working_day=true&format=csv", body: file}},
		{"the deadlines as text in both languages",
			[]string{"deadlines", "--received", "2022-09-15", "--as-of", "2022-09-16", "--lang", "cy+en"}, "",
			req{method: "POST", target: "/v1/deadlines?lang=cy%2Ben", body: `{"received": "2022-09-15", "as_of": "2022-09-16"}`, accept: "text/plain"}},
		{"the return of quarter 2 of 2014-2015, JSON",
			[]string{"return", "-", "--period", "2014-Q2", "--format", "json"}, file,
			req{method: "POST", target: "/v1/return?period=2014-Q2", body: file}},
		{"the return of the representations of 2014-2015 with the rate per 1,000 residents, CSV",
			[]string{"return", "-", "--period", "2014-2015", "--procedures", "representation", "--population", "120000", "--format", "csv"}, file,
			req{method: "POST", target: "/v1/return?period=2014-2015&procedures=representation&population=120000&format=csv", body: file}},
		{"the return of the second half of 2014-2015 as text in both languages",
			[]string{"return", "-", "--period", "2014-H2", "--format", "text", "--lang", "cy+en"}, file,
			req{method: "POST", target: "/v1/return?period=2014-H2&format=text&lang=cy%2Ben", body: file}},
		{"the report of the latest year",
			[]string{"report", "-", "--as-of", "2015-06-30", "--format", "json"}, file,
			req{method: "POST", target: "/v1/report?as_of=2015-06-30", body: file}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, tt.args...)
			cmd.Stdin = strings.NewReader(tt.stdin)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			require.NoError(t, cmd.Run(), "complaints %s: %s", strings.Join(tt.args, " "), stderr.String())
			got := do(t, h, tt.req)
			require.Equal(t, 200, got.Status, got.Body)
			require.Equal(t, stdout.String(), got.Body, "complaints %s", strings.Join(tt.args, " "))
		})
	}
}
