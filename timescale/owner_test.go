package timescale_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/timescale"
)

func TestTheAssessmentCarriesTheOwnerWithoutItsSurroundingWhiteSpace(t *testing.T) {
	tests := []struct {
		name  string
		owner string
		want  string
	}{
		{"an owner is carried as it is", "Team A", "Team A"},
		{"surrounding white space is not part of the owner", "  J Smith\t", "J Smith"},
		{"an owner of white space only is no owner", " \t\n ", ""},
		{"no owner stays no owner", "", ""},
		{"white space inside the owner is kept", "Tîm  Gogledd", "Tîm  Gogledd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, kind := range []timescale.RecordKind{timescale.Complaint, timescale.Comment} {
				c := timescale.Case{ID: "C-1", Kind: kind, Received: d("2014-08-01"), Owner: tt.owner}
				a, err := timescale.Evaluate(c, d("2014-08-31"))
				require.NoError(t, err, "an owner never makes a case invalid")
				require.Equal(t, tt.want, a.Owner, "a %s", kind)
			}
		})
	}
}

func TestTheOwnerIsAFieldOfFreeTextAfterTheOthers(t *testing.T) {
	fs := timescale.Fields()
	last := fs[len(fs)-1]
	require.Equal(t, "owner", last.Name, "the owner is appended to the table")
	f, ok := timescale.FieldByName("Owner")
	require.True(t, ok)
	require.Equal(t, timescale.TextField, f.Type)
	require.False(t, f.Required)
	require.False(t, f.ComplaintOnly, "a comment or compliment may have an owner")
	require.Equal(t, timescale.NoEvent, f.Event)

	var c timescale.Case
	require.False(t, f.IsSet(&c))
	f.SetText(&c, "Team A")
	require.Equal(t, "Team A", c.Owner)
	require.Equal(t, "Team A", f.Text(&c))
	require.True(t, f.IsSet(&c))
}

func TestACaseWithAnOwnerReadsBackFromJSON(t *testing.T) {
	c := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Received: d("2014-08-01"), Owner: "Smith, J"}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.Contains(t, string(b), `"owner":"Smith, J"`)
	var back timescale.Case
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(c, back); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	b, err = json.Marshal(timescale.Case{ID: "C-2"})
	require.NoError(t, err)
	require.NotContains(t, string(b), "owner", "no owner, no key")
}
