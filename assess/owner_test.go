package assess_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
)

func TestOwnerMatchesComparesOwnersAsPeopleTypeThem(t *testing.T) {
	tests := []struct {
		name          string
		owner, filter string
		want          bool
	}{
		{"the same owner matches", "Team A", "Team A", true},
		{"case does not matter", "Team A", "team a", true},
		{"surrounding white space does not matter", " Team A\t", "  TEAM A ", true},
		{"white space inside the name matters", "Team  A", "Team A", false},
		{"another owner does not match", "Team B", "Team A", false},
		{"a name matches only the whole owner", "Team AB", "Team A", false},
		{"a case with no owner does not match a name", "", "Team A", false},
		{"an empty name matches every owner", "Team A", "", true},
		{"an empty name matches no owner too", "", "", true},
		{"a name of white space only is no name", "Team A", " \t ", true},
		{"Welsh letters match without regard to case", "TÎM GOGLEDD", "tîm gogledd", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, assess.OwnerMatches(tt.owner, tt.filter))
		})
	}
}

// owned has complaints of two owners and of none, and a bad row.
const owned = `id,kind,received,stage1_response,owner
A-1,complaint,2014-08-01,2014-08-27,Team A
B-1,complaint,2014-08-01,,Team B
N-1,complaint,2014-08-01,,
A-2,comment,2014-08-01,, team a
BAD,complaint,2014-02-30,,Team B
`

func TestEachWithAnOwnerGivesTheRecordsOfThatOwnerAndEveryBadRow(t *testing.T) {
	tests := []struct {
		name  string
		owner string
		want  []string
	}{
		{"no owner asked for gives every row", "", []string{"A-1 Team A", "B-1 Team B", "N-1 ", "A-2 team a", "line 6"}},
		{"an owner gives that owner's records, matched without regard to case, and the bad rows", "TEAM A", []string{"A-1 Team A", "A-2 team a", "line 6"}},
		{"an owner with no record gives only the bad rows", "Team C", []string{"line 6"}},
		{"an owner of white space only is no filter", "  ", []string{"A-1 Team A", "B-1 Team B", "N-1 ", "A-2 team a", "line 6"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := assess.Each(strings.NewReader(owned), "cases.csv", assess.Options{AsOf: d("2014-12-31"), Owner: tt.owner}, func(r *assess.Record) error {
				if !r.OK() {
					got = append(got, "line "+itoa(r.Line))
					return nil
				}
				require.Equal(t, r.Case.ID, r.Assessment.ID, "the record was evaluated")
				got = append(got, r.Assessment.ID+" "+r.Assessment.Owner)
				return nil
			})
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestRowOfCarriesTheOwner(t *testing.T) {
	err := assess.Each(strings.NewReader(owned), "cases.csv", assess.Options{AsOf: d("2014-12-31"), Owner: "team b"}, func(r *assess.Record) error {
		if !r.OK() {
			return nil
		}
		row, ok := assess.RowOf(&r.Assessment)
		require.True(t, ok)
		require.Equal(t, "Team B", row.Owner)
		return nil
	})
	require.NoError(t, err)
}
