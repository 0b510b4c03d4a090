package main

import (
	"os"
	"os/exec"
	"regexp"
	"testing"
)

// The command is built with profile-guided optimisation: default.pgo, in
// this directory, is the CPU profile of its million-row benchmarks, and the
// go command applies it to every build of the command and of its tests.
// The calendar's hot methods are over the inliner's default budget (the
// exact check of a date and the call to the error path cost more than it
// allows; see calendar/inline_test.go), but with the profile the compiler
// inlines them where the engine calls them for every deadline.
//
// Regenerate the profile after changing the hot paths:
//
//go:generate go test -run NONE -bench Assess1M|AssessJSON1M|Report1M|Due1M -benchtime 2x -cpuprofile default.pgo

// hotCallSites names, for each calendar method, a file of the engine that
// must call it inlined under the profile.
var hotCallSites = []struct{ method, file string }{
	{"IsWorkingDay", "timescale/validate.go"},
	{"AddWorkingDays", "timescale/evaluate.go"},
	{"WorkingDaysBetween", "timescale/evaluate.go"},
}

func TestTheProfileInlinesTheCalendarWhereTheEngineCallsIt(t *testing.T) {
	if testing.Short() {
		t.Skip("building the command with -gcflags=-m is not done in -short mode")
	}
	if _, err := os.Stat("default.pgo"); err != nil {
		t.Fatalf("the profile the command is built with is missing: %v", err)
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command: %v", err)
	}
	out, err := exec.Command(gobin, "build", "-o", os.DevNull,
		"-gcflags=github.com/cymru-complaints/statutory/timescale=-m", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build -gcflags=-m: %v\n%s", err, out)
	}
	for _, site := range hotCallSites {
		t.Run(site.method+" is inlined in "+site.file, func(t *testing.T) {
			re := regexp.MustCompile(`(?m)^(?:\S*/)?` + regexp.QuoteMeta(site.file) + `:\d+:\d+: inlining call to calendar\.\(\*Calendar\)\.` + site.method + `$`)
			if !re.Match(out) {
				t.Errorf("no call to (*Calendar).%s is inlined in %s: regenerate default.pgo (go generate) or find what keeps it out", site.method, site.file)
			}
		})
	}
}
