package casefile

// SafeCell returns s as it should be written to a text cell of a CSV file
// that people may open in a spreadsheet program: with a leading apostrophe
// when s begins with '=', '+', '-', '@', a tab or a carriage return, so
// that the program shows it as text instead of running it as a formula (the
// OWASP rule against CSV injection), and unchanged otherwise.
//
// A number is never changed: text that begins with '+' or '-' is left as it
// is when it is a decimal number, that is a sign, then digits with at most
// one decimal point among them, and nothing else ("-1", "+2", "-0.5",
// "-.5"). Anything more makes it text that gets the apostrophe: "-1+1", a
// space ("+44 1234", a telephone number, which a spreadsheet would read as
// a formula), an exponent ("-1e5") or a thousands separator ("-1,000").
// Dates are not text cells and need no care: neither of the forms this
// module writes (2014-08-01, Fri 1 Aug 2014) begins with one of the
// characters.
//
// The reader does not change the cells it reads: it reports a text cell
// that [SafeCell] would change as a warning (a [*FormulaError]).
func SafeCell(s string) string {
	if formulaLike(s) {
		return "'" + s
	}
	return s
}

// formulaLike reports whether [SafeCell] changes s.
func formulaLike(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '@', '\t', '\r':
		return true
	case '+', '-':
		return !isNumber(s[1:])
	}
	return false
}

// isNumber reports whether s is digits with at most one decimal point among
// them, and at least one digit.
func isNumber(s string) bool {
	digits, points := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.':
			points++
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}
