//go:build !unix

package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// tryLock tries once to take an exclusive lock on the directory dir by
// creating the file .updateholidays.lock in it; unlock removes the file. A
// run that dies leaves the file behind, and it must then be removed by hand.
func tryLock(dir string) (unlock func() error, ok bool, err error) {
	name := filepath.Join(dir, ".updateholidays.lock")
	f, err := os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	f.Close()
	return func() error { return os.Remove(name) }, true, nil
}
