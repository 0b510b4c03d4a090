package calendar

import (
	"strings"

	"github.com/cymru-complaints/statutory/problem"
)

// Code returns problem.NotADate.
func (e *ParseError) Code() problem.Code { return problem.NotADate }

// Message returns the error for people, without the package name.
func (e *ParseError) Message() string { return trimPackage(e.Error()) }

// Code returns problem.InvalidDate.
func (e *DateError) Code() problem.Code { return problem.InvalidDate }

// Message returns the error for people, without the package name.
func (e *DateError) Message() string { return trimPackage(e.Error()) }

// Code returns problem.DateOutOfRange.
func (e *RangeError) Code() problem.Code { return problem.DateOutOfRange }

// Message returns the error for people, without the package name.
func (e *RangeError) Message() string { return trimPackage(e.Error()) }

// trimPackage removes the "calendar: " that starts the package's error
// texts.
func trimPackage(s string) string { return strings.TrimPrefix(s, "calendar: ") }

// Code returns problem.UnknownValue.
func (e *KindError) Code() problem.Code { return problem.UnknownValue }

// Message returns the error for people, without the package name.
func (e *KindError) Message() string { return trimPackage(e.Error()) }

// Code returns problem.NotADate.
func (e *ScanError) Code() problem.Code { return problem.NotADate }

// Message returns the error for people, without the package name.
func (e *ScanError) Message() string { return trimPackage(e.Error()) }
