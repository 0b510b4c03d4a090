package casefile

// SafeCell returns s as it should be written to a text cell of a CSV file
// that people open in a spreadsheet: with a leading apostrophe when s
// begins with '=', '+', '-', '@', a tab or a carriage return, so that the
// spreadsheet shows it as text instead of running it as a formula (the
// OWASP rule against CSV injection). Other text is returned unchanged.
// Numbers and dates are not text cells and must not be passed to it.
func SafeCell(s string) string {
	if s != "" {
		switch s[0] {
		case '=', '+', '-', '@', '\t', '\r':
			return "'" + s
		}
	}
	return s
}
