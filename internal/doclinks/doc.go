// Package doclinks holds the test that every doc link of the module's
// packages ([Engine.Evaluate], [calendar.Date]) names something that
// exists. It has no code of its own.
package doclinks
