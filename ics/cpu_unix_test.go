//go:build unix

package ics

import "syscall"

// cpuTime returns the processor time, user and system, the process has
// used so far, in nanoseconds: on a shared machine it measures the work of
// a benchmark better than the time on the clock, which includes the time
// other processes had the processors.
func cpuTime() int64 {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return u.Utime.Nano() + u.Stime.Nano()
}
