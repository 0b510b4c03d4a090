// Package jsoncheck holds the test that every exported type of the module
// that marshals to JSON also unmarshals back to an equal value. It has no
// code of its own.
package jsoncheck
