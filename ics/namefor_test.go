package ics_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/ics"
)

func TestNameForNamesACalendarAfterItsOwner(t *testing.T) {
	tests := []struct {
		name, calendar, owner, want string
	}{
		{"no owner is the name alone", "Complaints due", "", "Complaints due"},
		{"an owner of spaces alone is no owner", "Complaints due", "  \t", "Complaints due"},
		{"an owner follows the name after a colon", "Complaints deadlines", "Smith, J", "Complaints deadlines: Smith, J"},
		{"the owner is trimmed of surrounding spaces", "Complaints due", "  team b ", "Complaints due: team b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, ics.NameFor(tt.calendar, tt.owner))
		})
	}
}
