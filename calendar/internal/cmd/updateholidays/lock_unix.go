//go:build unix

package main

import (
	"errors"
	"os"
	"syscall"
)

// tryLock tries once to take an exclusive lock on the directory dir, with
// flock(2) on the directory itself, so that no lock file is left behind and
// a run that dies releases its lock. ok reports whether the lock was taken;
// unlock releases it.
func tryLock(dir string) (unlock func() error, ok bool, err error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, false, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return f.Close, true, nil // closing the descriptor releases the lock
}
