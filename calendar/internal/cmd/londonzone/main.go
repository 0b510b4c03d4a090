// Command londonzone extracts the Europe/London time zone from the Go
// distribution's zone database, $GOROOT/lib/time/zoneinfo.zip, into the
// TZif file that package calendar embeds, so that the package needs no
// zone data on the machine and does not import time/tzdata.
//
// Package calendar runs it through go generate:
//
//	go generate ./calendar
//
// which amounts to, from the calendar directory:
//
//	go run ./internal/cmd/londonzone -zip $GOROOT/lib/time/zoneinfo.zip -o london.tzif
//
// Flags:
//
//	-zip FILE   the zone database (default $GOROOT/lib/time/zoneinfo.zip)
//	-o FILE     the TZif file to write (default london.tzif)
//
// The zone is written exactly as stored in the database, after checking
// that time.LoadLocationFromTZData reads it. Run it after a Go release
// that updates the zone database; the calendar tests compare the embedded
// zone with the machine's on every transition from 1974 to 2099.
//
// Exit status: 0 on success, 1 when a file cannot be read or written or
// holds no valid zone, 2 for bad usage.
package main

import (
	"archive/zip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// zone is the name of the zone extracted, as the database and
// time.LoadLocation spell it.
const zone = "Europe/London"

func main() { os.Exit(run(os.Args[1:], os.Getenv("GOROOT"), os.Stderr)) }

// run does the work of main and returns the exit status. goroot gives the
// default of -zip.
func run(args []string, goroot string, stderr io.Writer) int {
	fs := flag.NewFlagSet("londonzone", flag.ContinueOnError)
	fs.SetOutput(stderr)
	defaultZip := ""
	if goroot != "" {
		defaultZip = filepath.Join(goroot, "lib", "time", "zoneinfo.zip")
	}
	zipPath := fs.String("zip", defaultZip, "the zone database, normally $GOROOT/lib/time/zoneinfo.zip")
	out := fs.String("o", "london.tzif", "the TZif file to write")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *zipPath == "" || *out == "" {
		fmt.Fprintln(stderr, "usage: londonzone [-zip $GOROOT/lib/time/zoneinfo.zip] [-o london.tzif]")
		return 2
	}
	data, err := extract(*zipPath)
	if err == nil {
		err = os.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(stderr, "londonzone:", err)
		return 1
	}
	return 0
}

// extract returns the zone's TZif data from the zip file at path, checked
// by time.LoadLocationFromTZData.
func extract(path string) ([]byte, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	f, err := zr.Open(zone)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", path, zone, err)
	}
	if _, err := time.LoadLocationFromTZData(zone, data); err != nil {
		return nil, fmt.Errorf("%s: %s is not a zone time can read: %w", path, zone, err)
	}
	return data, nil
}
