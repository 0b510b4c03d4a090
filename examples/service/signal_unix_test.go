//go:build unix

package main

import (
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

// canSignal reports whether interrupt works here.
const canSignal = true

// interrupt sends SIGTERM to the test's own process, which run has asked
// to be told of.
func interrupt(t *testing.T) {
	t.Helper()
	require.NoError(t, syscall.Kill(syscall.Getpid(), syscall.SIGTERM))
}
