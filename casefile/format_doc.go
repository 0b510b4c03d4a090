package casefile

import (
	"fmt"
	"io"
	"strings"

	"github.com/cymru-complaints/statutory/timescale"
)

// WriteColumnsMarkdown writes the table of the case file's columns as
// Markdown: for each column, in the order of Columns, whether it is
// required, what it holds and the values it accepts. The table is part of
// docs/casefile.md, which a test keeps in step with the field table.
func WriteColumnsMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("| column | required | holds | accepted values |\n| --- | --- | --- | --- |\n")
	for _, f := range fields {
		req := "no"
		if f.Required {
			req = "**yes**"
		}
		var holds, accepted string
		switch f.Type {
		case timescale.TextField:
			holds, accepted = "text", "any UTF-8 text"
			if f.Name == "id" { // the reader's duplicate check (Reader.AllowDuplicateIDs)
				accepted += "; unique in the file"
			}
		case timescale.ChoiceField:
			holds = "one word"
			quoted := make([]string, len(f.Choices))
			for i, c := range f.Choices {
				quoted[i] = "`" + c + "`"
			}
			accepted = strings.Join(quoted, ", ") + " (in any case)"
		case timescale.DateField:
			holds, accepted = "a date", "`YYYY-MM-DD` or `DD/MM/YYYY`"
		case timescale.CountField:
			holds, accepted = "a count", "a whole number, 0 or more"
		case timescale.ListField:
			holds, accepted = "a list", "texts separated by `;`"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s: the %s | %s |\n", f.Name, req, holds, f.Noun, accepted)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
