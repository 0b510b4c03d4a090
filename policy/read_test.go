package policy_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/policy"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// examplePath is the example policy file shipped with the module.
var examplePath = filepath.Join("..", "examples", "data", "policy.json")

func TestTheExamplePolicyFileIsReadAndRoundTrips(t *testing.T) {
	p, err := policy.ReadFile(examplePath, nil)
	require.NoError(t, err)
	want := timescale.Policy{
		Name: "An example council's local complaints targets",
		Targets: []timescale.LocalTarget{{
			Procedure: timescale.ComplaintProcedure, Milestone: timescale.Stage1Response, WorkingDays: 15,
			Name:   "stage 1 response",
			Source: "Pembrokeshire County Council, easy-read factsheet on compliments, concerns and complaints: social services complaints, Cam 1",
			URL:    "https://www.sir-benfro.gov.uk/cwynion/hawdd-iw-darllen-taflen-ffeithiau-canmoliaeth-pryderon-a-chwynion",
		}},
	}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("policy (-want +got):\n%s", diff)
	}
	var b bytes.Buffer
	require.NoError(t, policy.Write(&b, p))
	back, err := policy.Read(&b, "written", nil)
	require.NoError(t, err)
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("Write then Read (-first +second):\n%s", diff)
	}
}

func TestAPolicyWithEveryKeyIsRead(t *testing.T) {
	src := `{
  "name": "Council",
  "comment": "free text",
  "targets": [
    {"procedure": "corporate", "milestone": "stage2-response", "working_days": 18,
     "name": "stage 2", "source": "policy 2024", "url": "https://example.org/p", "from": "2024-04-01", "comment": "x"}
  ],
  "switched_off": ["CORP-ACK"]
}`
	p, err := policy.Read(strings.NewReader(src), "p.json", timescale.Statutory())
	require.NoError(t, err)
	want := timescale.Policy{Name: "Council", SwitchedOff: []string{"CORP-ACK"}, Targets: []timescale.LocalTarget{{
		Procedure: timescale.CorporateProcedure, Milestone: timescale.Stage2Response, WorkingDays: 18,
		Name: "stage 2", Source: "policy 2024", URL: "https://example.org/p", From: calendar.NewDate(2024, 4, 1),
	}}}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("policy (-want +got):\n%s", diff)
	}
}

// target is one target of a policy file, written over several lines as
// people write them; fields are replaced by edit.
func target(lines ...string) string {
	return "    {\n" + strings.Join(lines, ",\n") + "\n    }"
}

const (
	procedure = `      "procedure": "complaint"`
	milestone = `      "milestone": "stage1-response"`
	days      = `      "working_days": 15`
	name      = `      "name": "stage 1 response"`
	source    = `      "source": "Pembrokeshire complaints policy 2023"`
)

// file is a policy file of the given targets: its first target starts on
// line 3, and each target of five keys takes seven lines.
func file(targets ...string) string {
	return "{\n  \"targets\": [\n" + strings.Join(targets, ",\n") + "\n  ]\n}\n"
}

func TestEveryKindOfErrorIsRefusedWithItsLine(t *testing.T) {
	good := target(procedure, milestone, days, name, source)
	tests := []struct {
		name string
		src  string
		want []string // "LINE: field: message [code]"
	}{
		{
			name: "an unknown procedure is refused on the line of its key",
			src:  file(target(`      "procedure": "housing"`, milestone, days, name, source)),
			want: []string{`4: targets[0].procedure: "housing" is not a procedure any regime governs: want complaint, representation or corporate [policy-unknown-procedure]`},
		},
		{
			name: "an unknown milestone is refused on the line of its key, in the second target",
			src:  file(good, target(procedure, `      "milestone": "stage3-response"`, days, name, source)),
			want: []string{`12: targets[1].milestone: "stage3-response" is not a milestone of that procedure counted in working days: want stage1-response, stage2-response, panel-acknowledgement, panel-statement, panel-convened, acknowledgement, discussion or resolution [policy-unknown-milestone]`},
		},
		{
			name: "0 working days is refused on its line",
			src:  file(target(procedure, milestone, `      "working_days": 0`, name, source)),
			want: []string{"6: targets[0].working_days: 0 working days is not a target: want a whole number from 1 to 250 [policy-days-out-of-range]"},
		},
		{
			name: "a negative number of working days is refused on its line",
			src:  file(target(procedure, milestone, `      "working_days": -5`, name, source)),
			want: []string{"6: targets[0].working_days: -5 working days is not a target: want a whole number from 1 to 250 [policy-days-out-of-range]"},
		},
		{
			name: "251 working days is refused on its line",
			src:  file(target(procedure, milestone, `      "working_days": 251`, name, source)),
			want: []string{"6: targets[0].working_days: 251 working days is not a target: want a whole number from 1 to 250 [policy-days-out-of-range]"},
		},
		{
			name: "a missing source is refused on the line where the target opens",
			src:  file(good, target(`      "procedure": "representation"`, milestone, days, name)),
			want: []string{"10: targets[1].source: required: give the target's source (the policy document it comes from) [policy-missing-value]"},
		},
		{
			name: "a missing name is refused on the line where the target opens",
			src:  file(target(procedure, milestone, days, source)),
			want: []string{"3: targets[0].name: required: give the target's name [policy-missing-value]"},
		},
		{
			name: "an empty source is refused on the line of its key",
			src:  file(target(procedure, milestone, days, name, `      "source": ""`)),
			want: []string{"8: targets[0].source: required: give the target's source (the policy document it comes from) [policy-missing-value]"},
		},
		{
			name: "a second target for the same milestone is refused on the line of its milestone",
			src:  file(good, good),
			want: []string{"12: targets[1].milestone: a second target for the same procedure, milestone and first day as target 1: keep one [policy-duplicate-target]"},
		},
		{
			name: "a working-day count written as text is refused on its line",
			src:  file(target(procedure, milestone, `      "working_days": "15"`, name, source)),
			want: []string{`6: targets[0].working_days: "15" is not a whole number of working days: want a number such as 15 [policy-malformed]`},
		},
		{
			name: "a fractional working-day count is refused on its line",
			src:  file(target(procedure, milestone, `      "working_days": 15.5`, name, source)),
			want: []string{`6: targets[0].working_days: 15.5 is not a whole number of working days: want a number such as 15 [policy-malformed]`},
		},
		{
			name: "an unknown key is refused on its line, naming the keys",
			src:  file(target(procedure, milestone, days, name, source, `      "days": 15`)),
			want: []string{`9: targets[0].days: unknown key "days": want comment, from, milestone, name, procedure, source, url, working_days [policy-malformed]`},
		},
		{
			name: "a key given twice is refused on the second",
			src:  file(target(procedure, milestone, days, name, source, `      "name": "again"`)),
			want: []string{`9: targets[0].name: the key "name" is given twice [policy-malformed]`},
		},
		{
			name: "a first day that is not a date is refused with the calendar's code",
			src:  file(target(procedure, milestone, days, name, source, `      "from": "2024-02-30"`)),
			want: []string{`9: targets[0].from: cannot read "2024-02-30" as a date: no such day: February 2024 has 29 days [not-a-date]`},
		},
		{
			name: "a statutory rule switched off is refused on its line",
			src:  "{\n  \"switched_off\": [\n    \"CORP-ACK\",\n    \"W14-ACK\"\n  ]\n}\n",
			want: []string{`4: switched_off[1]: "W14-ACK" is not an optional rule, and only an optional rule can be switched off: want CORP-ACK [policy-not-optional]`},
		},
		{
			name: "every problem of a file is reported at once, in line order",
			src: file(target(`      "procedure": "housing"`, milestone, `      "working_days": 0`, name),
				target(procedure, `      "milestone": "bogus"`, days, name, source)),
			want: []string{
				"3: targets[0].source: required: give the target's source (the policy document it comes from) [policy-missing-value]",
				`4: targets[0].procedure: "housing" is not a procedure any regime governs: want complaint, representation or corporate [policy-unknown-procedure]`,
				"6: targets[0].working_days: 0 working days is not a target: want a whole number from 1 to 250 [policy-days-out-of-range]",
				`11: targets[1].milestone: "bogus" is not a milestone of that procedure counted in working days: want stage1-response, stage2-response, panel-acknowledgement, panel-statement, panel-convened, acknowledgement, discussion or resolution [policy-unknown-milestone]`,
			},
		},
		{
			name: "a file that is not JSON is refused on the line of the fault",
			src:  "{\n  \"targets\": [\n    {\"procedure\": \"complaint\",}\n  ]\n}\n",
			want: []string{`3: not valid JSON: invalid character '}' looking for beginning of object key string [policy-malformed]`},
		},
		{
			name: "a file cut short is refused on its last line",
			src:  "{\n  \"targets\": [\n",
			want: []string{`2: the file ends before the policy does [policy-malformed]`},
		},
		{
			name: "an empty file is refused",
			src:  "\n",
			want: []string{`1: the file is empty: want a JSON object such as {"targets": [...]} [policy-malformed]`},
		},
		{
			name: "a list where an object is wanted is refused",
			src:  "[]\n",
			want: []string{`1: a list is not an object: want {...} with the keys comment, name, switched_off, targets [policy-malformed]`},
		},
		{
			name: "targets that are not a list are refused",
			src:  "{\n  \"targets\": {\"a\": [1, {\"b\": 2}]}\n}\n",
			want: []string{`2: targets: an object is not a list: want [...] [policy-malformed]`},
		},
		{
			name: "a target that is not an object is refused",
			src:  "{\n  \"targets\": [\n    15\n  ]\n}\n",
			want: []string{`3: targets[0]: 15 is not an object: want {...} with the keys comment, from, milestone, name, procedure, source, url, working_days [policy-malformed]`},
		},
		{
			name: "a name that is not text is refused",
			src:  "{\n  \"name\": true,\n  \"comment\": null\n}\n",
			want: []string{
				`2: name: true is not text: want a string in double quotes [policy-malformed]`,
				`3: comment: null is not text: want a string in double quotes [policy-malformed]`,
			},
		},
		{
			name: "an unknown key whose value is a list is skipped whole, and the rest is read",
			src:  "{\n  \"rules\": [[1], {\"x\": [2]}],\n  \"name\": 3\n}\n",
			want: []string{
				`2: rules: unknown key "rules": want comment, name, switched_off, targets [policy-malformed]`,
				`3: name: 3 is not text: want a string in double quotes [policy-malformed]`,
			},
		},
		{
			name: "two objects in one file are refused",
			src:  "{}\n{}\n",
			want: []string{`2: there is more after the policy's closing brace: a policy file holds one JSON object [policy-malformed]`},
		},
		{
			name: "bytes that are not UTF-8 are refused",
			src:  "{\"name\": \"\xff\"}",
			want: []string{`1: the file is not UTF-8 text [policy-malformed]`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := policy.Read(strings.NewReader(tt.src), "policy.json", nil)
			var pe *policy.Error
			require.ErrorAs(t, err, &pe, "source:\n%s", tt.src)
			var got []string
			for _, p := range pe.Problems {
				require.Equal(t, "policy.json", p.File)
				got = append(got, strings.TrimPrefix(p.String(), "policy.json:")+" ["+string(p.Code)+"]")
				require.NotNil(t, p.Err)
				require.Equal(t, p.Code, problem.CodeOf(p.Err), "the typed error has the problem's code")
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s\nsource:\n%s", diff, tt.src)
			}
			require.Equal(t, pe.Problems[0].Code, pe.Code())
			require.Len(t, pe.Unwrap(), len(pe.Problems))
			require.Equal(t, len(pe.Problems), strings.Count(err.Error(), "\n")+1, "one line per problem")
		})
	}
}

func TestReadRefusesAFileTooLargeAndPassesOnReadErrors(t *testing.T) {
	_, err := policy.Read(strings.NewReader(strings.Repeat(" ", policy.MaxSize+1)), "big.json", nil)
	var pe *policy.Error
	require.ErrorAs(t, err, &pe)
	require.Equal(t, problem.PolicyMalformed, pe.Code())
	require.Contains(t, pe.Problems[0].Message, "larger than")

	boom := errors.New("boom")
	_, err = policy.Read(iotest.ErrReader(boom), "x", nil)
	require.ErrorIs(t, err, boom)

	_, err = policy.ReadFile(filepath.Join(t.TempDir(), "missing.json"), nil)
	require.ErrorIs(t, err, os.ErrNotExist)

	require.Equal(t, problem.Code(""), (&policy.Error{}).Code())
	se := &policy.SyntaxError{Reason: "r"}
	require.Equal(t, "policy: r", se.Error())
	require.Equal(t, "3: m", policy.Problem{Line: 3, Message: "m"}.String())
}

func TestWriteReturnsTheWriteError(t *testing.T) {
	boom := errors.New("boom")
	require.ErrorIs(t, policy.Write(errWriter{boom}, timescale.Policy{}), boom)
}

type errWriter struct{ err error }

func (w errWriter) Write([]byte) (int, error) { return 0, w.err }
