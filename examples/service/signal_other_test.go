//go:build !unix

package main

import "testing"

// canSignal reports whether interrupt works here: sending a signal to the
// test's own process needs a Unix system.
const canSignal = false

func interrupt(t *testing.T) { t.Helper() }
