package policy_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/policy"
)

// FuzzRead: no input panics Read; every problem has a line within the
// file; and a policy it accepts is written by Write in a form it reads back
// the same.
func FuzzRead(f *testing.F) {
	example, err := os.ReadFile(examplePath)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(example))
	f.Add(`{"switched_off": ["CORP-ACK"]}`)
	f.Add(`{"targets": [{"procedure": "corporate", "milestone": "stage2-response", "working_days": 250, "name": "n", "source": "s", "from": "2024-04-01"}]}`)
	f.Add(`{"targets": [{"working_days": 1e3}], "x": [[{}]]}`)
	f.Add("[")
	f.Fuzz(func(t *testing.T, src string) {
		p, err := policy.Read(strings.NewReader(src), "f.json", nil)
		if err != nil {
			if pe, ok := err.(*policy.Error); ok {
				lines := strings.Count(src, "\n") + 1
				for _, pr := range pe.Problems {
					if pr.Line < 1 || pr.Line > lines {
						t.Errorf("problem %q on line %d of a file of %d lines", pr, pr.Line, lines)
					}
				}
			}
			return
		}
		var b bytes.Buffer
		if err := policy.Write(&b, p); err != nil {
			t.Fatalf("writing %+v: %v", p, err)
		}
		back, err := policy.Read(&b, "back.json", nil)
		if err != nil {
			t.Fatalf("reading back %s: %v", b.String(), err)
		}
		if diff := cmp.Diff(p, back); diff != "" {
			t.Errorf("round trip (-first +second):\n%s", diff)
		}
	})
}
