package calendar

import (
	_ "embed" // for londonTZif
	"sync"
	"time"
)

//go:generate go run ./internal/cmd/londonzone -zip $GOROOT/lib/time/zoneinfo.zip -o london.tzif

// londonTZif is the Europe/London zone in TZif form, extracted from the Go
// distribution's zone database by the go:generate line above. Embedding
// the one zone (a few kilobytes) spares the package any dependence on the
// zone data of the machine, and spares programs that use it the whole
// database of time/tzdata (a choice the standard library leaves to main
// packages).
//
//go:embed london.tzif
var londonTZif []byte

var london = sync.OnceValue(func() *time.Location { return loadLondon(londonTZif, time.LoadLocation) })

// loadLondon returns the Europe/London zone read from tzif. It never fails
// and never panics.
func loadLondon(tzif []byte, fallback func(name string) (*time.Location, error)) *time.Location {
	if loc, err := time.LoadLocationFromTZData("Europe/London", tzif); err == nil {
		return loc
	}
	// Not reached with the embedded data, which the tests read: reading the
	// same bytes cannot fail later. Should it ever, the machine's zone data
	// is the next best, and GMT all year the last resort (an hour out in
	// summer) rather than a panic.
	if loc, err := fallback("Europe/London"); err == nil {
		return loc
	}
	return time.FixedZone("GMT", 0)
}

// London returns the Europe/London time zone, in which every Date of the
// package is a civil date. It is read once from zone data embedded in the
// package, so it needs no zone database on the machine and never fails.
func London() *time.Location { return london() }
