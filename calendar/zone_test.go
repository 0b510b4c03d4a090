package calendar

import (
	"errors"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestEmbeddedLondonZoneAgreesWithTheSystemZoneOnEveryTransitionFrom1974To2099(t *testing.T) {
	system, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skipf("no Europe/London zone data on this system to compare with: %v", err)
	}
	want, got := transitions(t, system), transitions(t, London())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("the embedded zone's transitions differ from the system's (-system +embedded):\n%s", diff)
	}
	// The clocks change twice a year, 1974 to 2099.
	if len(got) < 2*126 {
		t.Errorf("found %d transitions from 1974 to 2099, want at least %d", len(got), 2*126)
	}
	t.Logf("the embedded zone agrees with the system's on all %d transitions from 1974 to 2099", len(got))
}

// A transition is a change of a zone's clocks: from At, the zone is Name,
// Offset seconds east of UTC.
type transition struct {
	At     time.Time
	Name   string
	Offset int
}

// transitions returns the changes of loc's clocks from 1974 to 2099,
// found with time.Time.ZoneBounds. A period's end that changes neither
// name nor offset (a reader may split a rule's periods at a year's end) is
// not a transition.
func transitions(t *testing.T, loc *time.Location) []transition {
	t.Helper()
	end := time.Date(2100, time.January, 1, 0, 0, 0, 0, time.UTC)
	tm := time.Date(1974, time.January, 1, 0, 0, 0, 0, time.UTC).In(loc)
	name, offset := tm.Zone()
	var out []transition
	for {
		_, next := tm.ZoneBounds()
		if next.IsZero() {
			t.Fatalf("%v: the zone period around %v has no end", loc, tm)
		}
		if !next.After(tm) {
			// time (Go 1.24 to 1.26 at least) ends a rule's period at 00:00 on 31 December
			// in a leap year; step over that false end.
			next = tm.Add(time.Hour)
		}
		if !next.Before(end) {
			return out
		}
		tm = next
		if n, o := tm.Zone(); n != name || o != offset {
			name, offset = n, o
			out = append(out, transition{tm.UTC(), n, o})
		}
	}
}

func TestLondonNeedsNoZoneDataAndNeverPanics(t *testing.T) {
	noZoneData := func(string) (*time.Location, error) { return nil, errors.New("no zone data") }
	other := time.FixedZone("other", 123)
	otherZone := func(string) (*time.Location, error) { return other, nil }
	summer := time.Date(2014, time.August, 1, 12, 0, 0, 0, time.UTC)
	winter := time.Date(2014, time.December, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		tzif     []byte
		fallback func(string) (*time.Location, error)
		want     string // the location's name, then the zone in summer and in winter 2014
	}{
		{"the embedded zone is read without any zone data on the machine", londonTZif, noZoneData, "Europe/London BST+3600 GMT+0"},
		{"unreadable data falls back to the machine's zone data", []byte("not TZif"), otherZone, "other other+123 other+123"},
		{"unreadable data and no zone data give GMT all year, not a panic", []byte("not TZif"), noZoneData, "GMT GMT+0 GMT+0"},
		{"no data and no zone data give GMT all year, not a panic", nil, noZoneData, "GMT GMT+0 GMT+0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			loc := loadLondon(tc.tzif, tc.fallback)
			zone := func(tm time.Time) string {
				name, offset := tm.In(loc).Zone()
				return name + "+" + strconv.Itoa(offset)
			}
			got := loc.String() + " " + zone(summer) + " " + zone(winter)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("London() is the embedded Europe/London zone", func(t *testing.T) {
		if diff := cmp.Diff("Europe/London BST", London().String()+" "+func() string { n, _ := summer.In(London()).Zone(); return n }()); diff != "" {
			t.Errorf("mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestThePackageDoesNotImportTimeTzdata(t *testing.T) {
	// Whether to embed the whole zone database is the main package's
	// choice, not a library's.
	t.Run("no file of the package imports it", func(t *testing.T) {
		files, err := filepath.Glob("*.go")
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				if imp.Path.Value == `"time/tzdata"` {
					t.Errorf("%s imports time/tzdata", file)
				}
			}
		}
	})
	t.Run("no dependency of the package imports it", func(t *testing.T) {
		out, err := exec.Command("go", "list", "-deps", ".").Output()
		if err != nil {
			t.Skipf("go list: %v", err)
		}
		for _, dep := range strings.Fields(string(out)) {
			if dep == "time/tzdata" {
				t.Errorf("package calendar depends on time/tzdata")
			}
		}
	})
}
