package calendar

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/problem"
	"github.com/google/go-cmp/cmp"
)

// exportedTypes returns the names of the exported types declared in the
// package's non-test files, read from the source so that a new type cannot
// be forgotten by the tests below.
func exportedTypes(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var names []string
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				if name := spec.(*ast.TypeSpec).Name.Name; ast.IsExported(name) {
					names = append(names, name)
				}
			}
		}
	}
	slices.Sort(names)
	return names
}

// A plainType is an exported type of the package with example values, or
// the reason it is not a plain JSON value.
type plainType struct {
	values []any // values of the type, each marshalled and read back
	// notJSON, when set, says why the type's values are not JSON: they are
	// still plain values that cmp.Diff compares without options.
	notJSON string
	// handle, when set, says why the type is neither JSON nor compared by
	// value.
	handle string
}

func plainTypes() map[string]plainType {
	aug1 := ymd(2014, time.August, 1)
	return map[string]plainType{
		"Date": {values: []any{aug1, ymd(1974, time.January, 1), ymd(2099, time.December, 31), ymd(2016, time.February, 29), Date{}}},
		"Kind": {values: []any{Weekend, BankHoliday, CommonLawHoliday, SubstituteDay, LocalClosure}},
		"Holiday": {values: []any{
			Holiday{Date: ymd(2022, time.September, 19), Name: "State Funeral of Queen Elizabeth II", Kind: BankHoliday},
			Holiday{Date: ymd(2022, time.December, 27), Name: "Christmas Day (substitute day)", Kind: SubstituteDay},
			Holiday{Date: ymd(2014, time.December, 30), Name: "Local closure", Kind: LocalClosure},
		}},
		"ListedHoliday": {values: []any{
			ListedHoliday{Holiday: Holiday{Date: ymd(2029, time.January, 1), Name: "New Year's Day", Kind: BankHoliday}, Weekday: "Monday", Provisional: true},
		}},
		"NonWorkingDay": {values: []any{
			NonWorkingDay{Date: ymd(2022, time.December, 25), Kind: Weekend, Reason: "Sunday, Christmas Day"},
			NonWorkingDay{Date: ymd(2014, time.April, 18), Kind: CommonLawHoliday, Reason: "Good Friday"},
		}},
		"ParseError":    {notJSON: "an error, read with errors.As", values: []any{ParseError{Input: "2014-02-30", Layout: "YYYY-MM-DD", Reason: "no such day"}}},
		"DateError":     {notJSON: "an error, read with errors.As", values: []any{DateError{Date: ymd(2014, time.February, 30)}}},
		"RangeError":    {notJSON: "an error, read with errors.As", values: []any{RangeError{Date: aug1, N: 25, First: walesFirst, Last: walesLast}}},
		"ScanError":     {notJSON: "an error, read with errors.As", values: []any{ScanError{Type: "int64"}}},
		"KindError":     {notJSON: "an error, read with errors.As", values: []any{KindError{Value: "bank holiday"}}},
		"NumberError":   {notJSON: "an error, read with errors.As", values: []any{NumberError{Input: "five"}}},
		"ClosureError":  {notJSON: "an error, read with errors.As; its Errs are interfaces", values: []any{ClosureError{Name: "x", Errs: []error{&DateError{Date: ymd(2014, time.February, 30)}}}}},
		"HolidayFormat": {values: []any{GOVUKJSON, HolidayCSV}},
		"FileDay":       {values: []any{FileDay{Date: ymd(2031, time.June, 16), Title: "Bank holiday for a royal wedding", Notes: "Extra bank holiday", Line: 3}}},
		"HolidayFile": {values: []any{HolidayFile{Name: "extra.csv", Format: HolidayCSV, SHA256: "ab12",
			Days: []FileDay{{Date: ymd(2031, time.June, 16), Title: "Bank holiday for a royal wedding", Line: 2}}}}},
		"HolidayConflict": {values: []any{HolidayConflict{Code: problem.HolidayRemoved, Date: ymd(2025, time.May, 26), Name: "Spring bank holiday", Reason: "missing"}}},
		"HolidayDiff": {values: []any{HolidayDiff{File: "extra.csv", SHA256: "ab12",
			Added:   []Holiday{{Date: ymd(2031, time.June, 16), Name: "Bank holiday for a royal wedding", Kind: BankHoliday, Source: "extra.csv"}},
			Dropped: []Holiday{}, OfficialYears: []int{}}}},
		"HolidayFileError": {notJSON: "an error, read with errors.As", values: []any{HolidayFileError{File: "x.csv", Line: 2, Reason: "bad"}}},
		"AddResult":        {values: []any{AddResult{Date: aug1}, AddResult{Date: ymd(2031, time.June, 17), Provisional: true}}},
		"CountResult":      {values: []any{CountResult{WorkingDays: -17}, CountResult{WorkingDays: 3, Provisional: true}}},
		"Calendar":         {handle: "a handle on shared, immutable tables: compare calendars by Version"},
	}
}

func TestEveryExportedTypeIsAccountedFor(t *testing.T) {
	types := plainTypes()
	for _, name := range exportedTypes(t) {
		pt, ok := types[name]
		what := "a plain value that reads back from its JSON"
		switch {
		case !ok:
			what = "accounted for"
		case pt.handle != "":
			what = "a handle, exempt: " + pt.handle
		case pt.notJSON != "":
			what = "a plain value but not JSON: " + pt.notJSON
		}
		t.Run(name+" is "+what, func(t *testing.T) {
			switch {
			case !ok:
				t.Fatalf("exported type %s is missing from plainTypes: add values that round-trip through JSON, or say why it does not", name)
			case pt.handle == "" && len(pt.values) == 0:
				t.Fatalf("%s has no example values", name)
			}
			for _, v := range pt.values {
				if got := reflect.TypeOf(v).Name(); got != name {
					t.Errorf("example %#v is a %s, not a %s", v, got, name)
				}
			}
		})
	}
}

func TestExportedValuesRoundTripThroughJSONUnchanged(t *testing.T) {
	for name, pt := range plainTypes() {
		if pt.notJSON != "" || pt.handle != "" {
			continue
		}
		for _, v := range pt.values {
			t.Run(name+" "+fmtValue(v)+" reads back from its JSON unchanged", func(t *testing.T) {
				b, err := json.Marshal(v)
				if err != nil {
					t.Fatalf("json.Marshal(%#v): %v", v, err)
				}
				back := reflect.New(reflect.TypeOf(v))
				if err := json.Unmarshal(b, back.Interface()); err != nil {
					t.Fatalf("json.Unmarshal(%s): %v", b, err)
				}
				if diff := cmp.Diff(v, back.Elem().Interface()); diff != "" {
					t.Errorf("%s read back differently (-want +got):\n%s", b, diff)
				}
			})
		}
	}
}

func TestExportedValuesCompareWithCmpDiffWithoutOptions(t *testing.T) {
	// cmp.Diff panics on a struct with unexported fields; every exported
	// type but the Calendar handle must be comparable as it stands.
	for name, pt := range plainTypes() {
		for _, v := range pt.values {
			t.Run(name+" "+fmtValue(v)+" compares with cmp.Diff", func(t *testing.T) {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("cmp.Diff panics: %v", r)
					}
				}()
				cp := reflect.New(reflect.TypeOf(v)).Elem()
				cp.Set(reflect.ValueOf(v))
				if diff := cmp.Diff(v, cp.Interface()); diff != "" {
					t.Errorf("a copy differs:\n%s", diff)
				}
			})
		}
	}
}

func fmtValue(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return reflect.TypeOf(v).String()
	}
	return string(b)
}
