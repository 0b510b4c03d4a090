package assess_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/assess"
)

// FuzzRowJSON: no input panics Row.UnmarshalJSON, and a row it accepts
// marshals to a form that reads back to the same row.
func FuzzRowJSON(f *testing.F) {
	f.Add(`{"id":"A","regime":"wales-2014","stage1_due":"2014-08-27","stage1_working_days":17,"stage1_band":"0-17","stage1_in_time":true,"status":"resolved-stage1","provisional":false}`)
	f.Add(`{"id":"B","stage1_working_days":3}`)
	f.Add(`{"id":"T","owner":"Team A","regime":"psow-model","stage1_due":"2024-09-16","stage1_working_days":9,"stage1_band":"0-10","stage1_in_time":true,"stage1_target_due":"2024-09-13","stage1_target_met":true,"stage2_target_due":"2024-10-01","status":"resolved-stage1","provisional":false}`)
	f.Add(`{"owner":"","stage1_target_met":false,"stage1_target_due":"2014-08-22"}`)
	f.Add(`{"stage2_due":"2014-02-30"}`)
	f.Add(`[]`)
	f.Fuzz(func(t *testing.T, s string) {
		var r assess.Row
		if err := json.Unmarshal([]byte(s), &r); err != nil {
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("marshalling %+v read from %q: %v", r, s, err)
		}
		var back assess.Row
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("reading back %s: %v", b, err)
		}
		// A due date is what says a stage started: a row read with working
		// days but no due date is kept as it is, not normalised.
		if back.Stage1.Due == r.Stage1.Due && back.Stage2.Due == r.Stage2.Due {
			if diff := cmp.Diff(r, back); diff != "" {
				t.Errorf("round trip of %q (-first +second):\n%s", s, diff)
			}
		}
	})
}
