package calendar

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes the diff for people: what the file adds, what it drops
// from the projected years, which years it makes official, and every date
// of the official record it contradicts, or one line saying it changes
// nothing.
func (d *HolidayDiff) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (SHA-256 %s) against the embedded record:\n", d.File, d.SHA256)
	if len(d.Added)+len(d.Dropped)+len(d.OfficialYears)+len(d.Conflicts) == 0 {
		fmt.Fprintf(&b, "nothing to change: the calendar already has all %d of its days.\n", d.Known)
	}
	for _, h := range d.Added {
		fmt.Fprintf(&b, "  adds      %s  %s\n", h.Date.Display(), h.Name)
	}
	for _, h := range d.Dropped {
		fmt.Fprintf(&b, "  drops     %s  %s (projected, not in the official list)\n", h.Date.Display(), h.Name)
	}
	for _, y := range d.OfficialYears {
		fmt.Fprintf(&b, "  official  %d  (the file is the complete list of the year)\n", y)
	}
	for _, c := range d.Conflicts {
		fmt.Fprintf(&b, "  REFUSED   %s  %s: %s [%s]\n", c.Date.Display(), c.Name, c.Reason, c.Code)
	}
	if d.Known > 0 {
		fmt.Fprintf(&b, "%d of its days the calendar already has.\n", d.Known)
	}
	if len(d.Conflicts) > 0 {
		b.WriteString("The file contradicts the official record: it cannot be applied.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
