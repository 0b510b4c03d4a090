//go:build race

package timescale_test

// raceEnabled reports that the tests run under the race detector, whose
// sync.Pool drops some of what is put back, so that a count of
// allocations means nothing.
const raceEnabled = true
