package timescale_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// tableWithoutTransitions returns the statutory table with no transition
// policy in any regime.
func tableWithoutTransitions(t *testing.T) *timescale.Table {
	t.Helper()
	without := timescale.Regimes()
	for i := range without {
		without[i].Transitions = nil
	}
	bare, err := timescale.NewTable(without, timescale.Rules())
	require.NoError(t, err)
	return bare
}

func TestTransitionsListsKeepRegimeFirstThenEveryOtherReadingOnce(t *testing.T) {
	bare := tableWithoutTransitions(t)
	tests := []struct {
		name  string
		table *timescale.Table
		want  []timescale.Transition
	}{
		{"the statutory table has keep-regime and the reading by the date of the request (RULES.md)", timescale.Statutory(),
			[]timescale.Transition{timescale.KeepRegime, timescale.Stage2ByRequestDate}},
		{"a table without transition policies still has keep-regime", bare,
			[]timescale.Transition{timescale.KeepRegime}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.table.Transitions()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	require.Equal(t, timescale.Statutory().Transitions(), timescale.Transitions(), "the package's Transitions are the statutory table's")
}

func TestParseTransitionReadsEveryReadingBackAndRefusesAnyOtherText(t *testing.T) {
	for _, name := range timescale.Transitions() {
		t.Run(string(name)+" reads back and is accepted by the engine", func(t *testing.T) {
			got, err := timescale.ParseTransition(string(name))
			require.NoError(t, err)
			require.Equal(t, name, got)
			c := timescale.Case{ID: "t", Kind: timescale.Complaint, Received: d("2014-06-02"), Stage2Requested: d("2014-09-01")}
			a, err := timescale.Engine{Transition: got}.Evaluate(c, d("2014-09-01"))
			require.NoError(t, err)
			require.Equal(t, name, a.Transition)
		})
	}
	tests := []struct {
		name, s string
	}{
		{"the empty text is refused: keep-regime is the default of a program, not a spelling", ""},
		{"a reading in capitals is refused", "KEEP-REGIME"},
		{"a reading with underscores is refused", "stage2_by_request_date"},
		{"a reading no regime has is refused", "by-receipt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := timescale.ParseTransition(tt.s)
			require.Empty(t, got)
			var ve *timescale.ValueError
			require.ErrorAs(t, err, &ve)
			require.Equal(t, "transition", ve.Field)
			require.Equal(t, tt.s, ve.Value)
			require.Equal(t, []string{"keep-regime", "stage2-by-request-date"}, ve.Want)
			require.Equal(t, problem.UnknownValue, problem.CodeOf(err))
			// The engine refuses the same text with the same error.
			_, engErr := timescale.Engine{Transition: timescale.Transition(tt.s)}.Evaluate(timescale.Case{ID: "t", Kind: timescale.Complaint, Received: d("2014-06-02")}, d("2014-09-01"))
			if tt.s != "" {
				require.Equal(t, err.Error(), engErr.Error())
			}
		})
	}
}

func TestATableParsesItsOwnReadings(t *testing.T) {
	bare := tableWithoutTransitions(t)
	_, err := bare.ParseTransition(string(timescale.Stage2ByRequestDate))
	var ve *timescale.ValueError
	require.True(t, errors.As(err, &ve), "a table without the reading refuses it: %v", err)
	require.Equal(t, []string{"keep-regime"}, ve.Want)
	got, err := bare.ParseTransition(string(timescale.KeepRegime))
	require.NoError(t, err)
	require.Equal(t, timescale.KeepRegime, got)
}

// FuzzParseTransition checks that ParseTransition accepts exactly the
// readings of Transitions, each as itself, and refuses any other text with
// a ValueError holding the text.
func FuzzParseTransition(f *testing.F) {
	for _, s := range []string{"keep-regime", "stage2-by-request-date", "", "KEEP-REGIME", "keep-regime ", "by-receipt"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := timescale.ParseTransition(s)
		if slices.Contains(timescale.Transitions(), timescale.Transition(s)) {
			if err != nil || string(got) != s {
				t.Fatalf("ParseTransition(%q) = %q, %v", s, got, err)
			}
			return
		}
		var ve *timescale.ValueError
		if !errors.As(err, &ve) || ve.Value != s || got != "" || problem.CodeOf(err) != problem.UnknownValue {
			t.Fatalf("ParseTransition(%q) = %q, %v: want a ValueError", s, got, err)
		}
	})
}
