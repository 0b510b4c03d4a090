package casefile

import "testing"

func TestSafeCellKeepsASpreadsheetFromRunningText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"text beginning with = gets an apostrophe", "=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
		{"a DDE payload beginning with = gets an apostrophe", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
		{"text beginning with + gets an apostrophe", "+1+1", "'+1+1"},
		{"text beginning with - gets an apostrophe", "-1+1", "'-1+1"},
		{"text beginning with @ gets an apostrophe", "@SUM(1)", "'@SUM(1)"},
		{"text beginning with a tab gets an apostrophe", "\t=1", "'\t=1"},
		{"text beginning with a carriage return gets an apostrophe", "\r=1", "'\r=1"},
		{"a sign alone is text", "-", "'-"},
		{"a telephone number with a space is text", "+44 1234", "'+44 1234"},
		{"a number with an exponent is text", "-1e5", "'-1e5"},
		{"a number with a thousands separator is text", "-1,000", "'-1,000"},
		{"a number with two decimal points is text", "-1.2.3", "'-1.2.3"},
		{"a sign and a point alone are text", "+.", "'+."},
		{"a negative whole number is a number, unchanged", "-1", "-1"},
		{"a positive whole number with its sign is a number, unchanged", "+44", "+44"},
		{"a negative decimal number is a number, unchanged", "-0.5", "-0.5"},
		{"a decimal number without a leading digit is a number, unchanged", "-.5", "-.5"},
		{"a decimal number with a trailing point is a number, unchanged", "+3.", "+3."},
		{"a date is unchanged", "2014-08-01", "2014-08-01"},
		{"a date written for people is unchanged", "Fri 1 Aug 2014", "Fri 1 Aug 2014"},
		{"ordinary text is unchanged", "C-000123", "C-000123"},
		{"a formula character after the first is harmless", "a=b", "a=b"},
		{"a space before = is left alone (the rule looks at the first character)", " =1", " =1"},
		{"an empty cell is unchanged", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SafeCell(tt.in); got != tt.want {
				t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
