package main

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// writeZip writes a zip file with the given entries and returns its path.
func writeZip(t *testing.T, entries map[string][]byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "zoneinfo.zip")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range entries {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// goroot returns the GOROOT of the go command, or skips the test.
func goroot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Skipf("no go command to find GOROOT: %v", err)
	}
	root := strings.TrimSpace(string(out))
	if _, err := os.Stat(filepath.Join(root, "lib", "time", "zoneinfo.zip")); err != nil {
		t.Skipf("no zone database in the Go distribution: %v", err)
	}
	return root
}

// londonData returns the real Europe/London TZif data of the Go
// distribution.
func londonData(t *testing.T) []byte {
	t.Helper()
	zr, err := zip.OpenReader(filepath.Join(goroot(t), "lib", "time", "zoneinfo.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	f, err := zr.Open("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(f); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRun(t *testing.T) {
	real := londonData(t)
	tests := []struct {
		name     string
		entries  map[string][]byte // nil: no zip file at all
		args     func(zipPath, out string) []string
		goroot   bool // pass the real GOROOT
		status   int
		stderr   string // a fragment of standard error
		wantData []byte // the file written, when status is 0
	}{
		{
			name:     "the zone is written byte for byte as the database holds it",
			entries:  map[string][]byte{"Europe/London": real, "Europe/Paris": []byte("other")},
			args:     func(z, o string) []string { return []string{"-zip", z, "-o", o} },
			wantData: real,
		},
		{
			name:     "without -zip the database is read from GOROOT",
			args:     func(_, o string) []string { return []string{"-o", o} },
			goroot:   true,
			wantData: real,
		},
		{
			name:    "a database without the zone is refused",
			entries: map[string][]byte{"Europe/Paris": real},
			args:    func(z, o string) []string { return []string{"-zip", z, "-o", o} },
			status:  1,
			stderr:  "Europe/London",
		},
		{
			name:    "data that is not TZif is refused",
			entries: map[string][]byte{"Europe/London": []byte("TZif but not really")},
			args:    func(z, o string) []string { return []string{"-zip", z, "-o", o} },
			status:  1,
			stderr:  "not a zone time can read",
		},
		{
			name:   "a missing database is an error",
			args:   func(_, o string) []string { return []string{"-zip", "/nonexistent/zoneinfo.zip", "-o", o} },
			status: 1,
			stderr: "/nonexistent/zoneinfo.zip",
		},
		{
			name:    "an output that cannot be written is an error",
			entries: map[string][]byte{"Europe/London": real},
			args:    func(z, _ string) []string { return []string{"-zip", z, "-o", "/nonexistent/dir/london.tzif"} },
			status:  1,
			stderr:  "/nonexistent/dir/london.tzif",
		},
		{
			name:   "without -zip and without GOROOT it is a usage error",
			args:   func(_, o string) []string { return []string{"-o", o} },
			status: 2,
			stderr: "usage",
		},
		{
			name:    "an extra argument is a usage error",
			entries: map[string][]byte{"Europe/London": real},
			args:    func(z, o string) []string { return []string{"-zip", z, "-o", o, "extra"} },
			status:  2,
			stderr:  "usage",
		},
		{
			name:   "an unknown flag is a usage error",
			args:   func(_, _ string) []string { return []string{"-zone", "Europe/Paris"} },
			status: 2,
			stderr: "-zone",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			zipPath := "/nonexistent/zoneinfo.zip"
			if tc.entries != nil {
				zipPath = writeZip(t, tc.entries)
			}
			out := filepath.Join(t.TempDir(), "london.tzif")
			root := ""
			if tc.goroot {
				root = goroot(t)
			}
			var stderr bytes.Buffer
			status := run(tc.args(zipPath, out), root, &stderr)
			if status != tc.status || !strings.Contains(stderr.String(), tc.stderr) {
				t.Fatalf("status %d, stderr %q; want status %d and stderr containing %q", status, stderr.String(), tc.status, tc.stderr)
			}
			got, err := os.ReadFile(out)
			if tc.status != 0 {
				if err == nil {
					t.Errorf("a failed run wrote %s", out)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tc.wantData) {
				t.Errorf("wrote %d bytes, want the %d bytes of the database entry", len(got), len(tc.wantData))
			}
			loc, err := time.LoadLocationFromTZData("Europe/London", got)
			if err != nil {
				t.Fatal(err)
			}
			summer := time.Date(2014, time.August, 1, 12, 0, 0, 0, time.UTC).In(loc)
			name, offset := summer.Zone()
			if diff := cmp.Diff("BST +3600", name+" +"+strconv.Itoa(offset)); diff != "" {
				t.Errorf("zone on 1 Aug 2014 (-want +got):\n%s", diff)
			}
		})
	}
}
