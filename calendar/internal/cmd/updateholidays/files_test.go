package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
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

// TestRunReportsFilesItCannotRead: a missing input or record is an error
// naming the file, with exit status 1, and nothing is written.
func TestRunReportsFilesItCannotRead(t *testing.T) {
	w := newWorkspace(t, baseFixture())
	w.inputs(t, govuk(t, year2026()), govukFeed(t, welshDivision, welshOf(year2026())))
	garbage := filepath.Join(w.dir, "garbage.json")
	if err := os.WriteFile(garbage, []byte("<html>not json</html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := func(name string) string { return filepath.Join(w.dir, name) }
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a missing English input is named", []string{"-in", missing("nope.json"), "-cy", w.welshIn, "-fixture", w.english, "-cy-fixture", w.welsh}, "nope.json"},
		{"a missing Welsh input is named", []string{"-in", w.englishIn, "-cy", missing("dim.json"), "-fixture", w.english, "-cy-fixture", w.welsh}, "dim.json"},
		{"a missing English record is named", []string{"-in", w.englishIn, "-cy", w.welshIn, "-fixture", missing("gone.json"), "-cy-fixture", w.welsh}, "gone.json"},
		{"a missing Welsh record is named", []string{"-in", w.englishIn, "-cy", w.welshIn, "-fixture", w.english, "-cy-fixture", missing("wedi-mynd.json")}, "wedi-mynd.json"},
		{"a Welsh input that is not JSON is named", []string{"-in", w.englishIn, "-cy", garbage, "-fixture", w.english, "-cy-fixture", w.welsh}, "garbage.json"},
		{"a record that is not JSON is named", []string{"-in", w.englishIn, "-cy", w.welshIn, "-fixture", garbage, "-cy-fixture", w.welsh}, "garbage.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, &stdout, &stderr, fixedNow); code != 1 {
				t.Errorf("exit status = %d, want 1 (stderr %q)", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr = %q, want it to name %q", stderr.String(), tt.want)
			}
			if !bytes.Equal(readFile(t, w.english), w.englishWas) || !bytes.Equal(readFile(t, w.welsh), w.welshWas) {
				t.Error("a record was written")
			}
		})
	}
}

// TestTwoRunsAtOnceLoseNoAddition: two runs started together, one adding
// the year 2028 and one a one-off proclaimed for 2027, both hold the
// records between reading and writing them (widened here to 100 ms). With
// the lock, the second waits for the first, and the records end with both
// additions whatever the order.
func TestTwoRunsAtOnceLoseNoAddition(t *testing.T) {
	afterRead = func() { time.Sleep(100 * time.Millisecond) }
	defer func() { afterRead = func() {} }()
	extra := Event{"2027-09-06", "Extra bank holiday for testing", "Extra bank holiday"}
	for round := range 3 {
		t.Run(fmt.Sprintf("round %d: both additions are in both records", round+1), func(t *testing.T) {
			w := newWorkspace(t, baseFixture())
			newYear := filepath.Join(w.dir, "new-year")
			oneOff := filepath.Join(w.dir, "one-off")
			for dir, events := range map[string][]Event{newYear: year2028(), oneOff: concat(year2027(), []Event{extra})} {
				if err := os.Mkdir(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, "en.json"), govuk(t, events), 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, "cy.json"), govukFeed(t, welshDivision, welshOf(events)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var wg sync.WaitGroup
			codes := make([]int, 2)
			outs := make([]bytes.Buffer, 2)
			for i, dir := range []string{newYear, oneOff} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					args := []string{"-in", filepath.Join(dir, "en.json"), "-cy", filepath.Join(dir, "cy.json"), "-fixture", w.english, "-cy-fixture", w.welsh}
					codes[i] = run(args, &outs[i], &outs[i], fixedNow)
				}()
			}
			wg.Wait()
			for i := range codes {
				if codes[i] != 0 || !strings.Contains(outs[i].String(), "added") {
					t.Errorf("run %d: exit status %d, output %q", i+1, codes[i], outs[i].String())
				}
			}
			for path, division := range map[string]string{w.english: englishDivision, w.welsh: welshDivision} {
				f, err := ParseFixture(readFile(t, path), division)
				if err != nil {
					t.Fatal(err)
				}
				has := map[string]bool{}
				for _, e := range f.Events {
					has[e.Date] = true
				}
				if !has["2028-01-03"] || !has["2027-09-06"] || len(f.Events) != 16+8+1 {
					t.Errorf("%s record has %d events, 2028: %v, the 2027 one-off: %v; an addition was lost", division, len(f.Events), has["2028-01-03"], has["2027-09-06"])
				}
			}
		})
	}
}

func TestARunThatCannotTakeTheLockStopsWithoutWriting(t *testing.T) {
	lockWait = 50 * time.Millisecond
	defer func() { lockWait = defaultLockWait }()
	w := newWorkspace(t, baseFixture())
	w.inputs(t, govuk(t, year2028()), govukFeed(t, welshDivision, welshOf(year2028())))
	unlock, ok, err := tryLock(w.dir)
	if err != nil || !ok {
		t.Fatalf("tryLock = %v, %v", ok, err)
	}
	defer unlock()
	var stdout, stderr bytes.Buffer
	if code := run(w.args(), &stdout, &stderr, fixedNow); code != 1 {
		t.Fatalf("exit status %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "another updateholidays run has held the lock on "+w.dir) {
		t.Errorf("stderr %q", stderr.String())
	}
	if !bytes.Equal(readFile(t, w.english), w.englishWas) {
		t.Error("the English record was written without the lock")
	}
}

func TestLockingADirectoryThatDoesNotExistFails(t *testing.T) {
	if _, err := lockDirs([]string{filepath.Join(t.TempDir(), "missing")}); err == nil {
		t.Error("lockDirs of a missing directory: nil error")
	}
}

// TestRecordsThatAreSymbolicLinksAreWrittenThroughTheLinks: a record kept
// elsewhere and linked into place stays linked, and its target is updated.
func TestRecordsThatAreSymbolicLinksAreWrittenThroughTheLinks(t *testing.T) {
	w := newWorkspace(t, baseFixture()) // the targets
	links := t.TempDir()
	english, welsh := filepath.Join(links, "english.json"), filepath.Join(links, "welsh.json")
	if err := os.Symlink(w.english, english); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	if err := os.Symlink(w.welsh, welsh); err != nil {
		t.Fatal(err)
	}
	w.inputs(t, govuk(t, year2028()), govukFeed(t, welshDivision, welshOf(year2028())))
	var stdout, stderr bytes.Buffer
	args := []string{"-in", w.englishIn, "-cy", w.welshIn, "-fixture", english, "-cy-fixture", welsh}
	if code := run(args, &stdout, &stderr, fixedNow); code != 0 {
		t.Fatalf("exit status %d: %s", code, &stderr)
	}
	for link, target := range map[string]string{english: w.english, welsh: w.welsh} {
		st, err := os.Lstat(link)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s was replaced by a regular file", link)
		}
		if dest, _ := os.Readlink(link); dest != target {
			t.Errorf("%s now points to %s, want %s", link, dest, target)
		}
		if !strings.Contains(string(readFile(t, target)), "2028-12-26") {
			t.Errorf("the target %s was not updated", target)
		}
	}
	if entries, _ := os.ReadDir(links); len(entries) != 2 {
		t.Errorf("the links' directory holds %d files, want the 2 links", len(entries))
	}
}
