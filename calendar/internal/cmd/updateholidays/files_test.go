package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteFileIntoAMissingDirectoryFailsAndLeavesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "missing")
	if err := writeFile(filepath.Join(dir, "fixture.json"), []byte("{}\n")); err == nil {
		t.Fatal("writeFile into a directory that does not exist: got nil error")
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("writeFile created %s: %v", dir, err)
	}
}

func TestWriteFileKeepsTheFixturesPermissions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fixture.json")
	if err := os.WriteFile(path, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := writeFile(path, []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600 as before", st.Mode().Perm())
	}
	if got, _ := os.ReadFile(path); string(got) != "new\n" {
		t.Errorf("content = %q, want %q", got, "new\n")
	}
}

// TestRunReportsFilesItCannotRead: a missing input or fixture is an error
// naming the file, with exit status 1, and nothing is written.
func TestRunReportsFilesItCannotRead(t *testing.T) {
	dir := t.TempDir()
	fixture := filepath.Join(dir, "fixture.json")
	if err := os.WriteFile(fixture, mustEncode(t, baseFixture()), 0o644); err != nil {
		t.Fatal(err)
	}
	input := filepath.Join(dir, "bank-holidays.json")
	if err := os.WriteFile(input, govuk(t, year2026()), 0o644); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(dir, "garbage.json")
	if err := os.WriteFile(garbage, []byte("<html>not json</html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a missing input file is named", []string{"-in", filepath.Join(dir, "nope.json"), "-fixture", fixture}, "nope.json"},
		{"a missing fixture is named", []string{"-in", input, "-fixture", filepath.Join(dir, "gone.json")}, "gone.json"},
		{"an input that is not JSON is named", []string{"-in", garbage, "-fixture", fixture}, "garbage.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, &stdout, &stderr, now); code != 1 {
				t.Errorf("exit status = %d, want 1 (stderr %q)", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr = %q, want it to name %q", stderr.String(), tt.want)
			}
		})
	}
}
