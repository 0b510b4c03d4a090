package calendar

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// hotPaths names each hot method with the out-of-line function its fast
// path falls back to. Every other call in the method must be inlined, so
// that a date in range costs no call but the method's own.
var hotPaths = map[string]string{
	"IsWorkingDay":       "check",
	"AddWorkingDays":     "addWorkingDaysSlow",
	"WorkingDaysBetween": "check",
}

// compilerDiagnostics returns the inlining decisions of the compiler for
// the package (go build -gcflags=-m=2), or skips the test without a go
// command.
func compilerDiagnostics(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command: %v", err)
	}
	out, err := exec.Command(gobin, "build", "-gcflags=-m=2", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build -gcflags=-m=2: %v\n%s", err, out)
	}
	return string(out)
}

func TestTheFastPathsCallNothingButTheirSlowPaths(t *testing.T) {
	diag := compilerDiagnostics(t)
	inlined := map[string]bool{} // "line:col" of every call the compiler inlined in calendar.go
	for _, m := range regexp.MustCompile(`(?m)^(?:\S*/)?calendar\.go:(\d+:\d+): inlining call to `).FindAllStringSubmatch(diag, -1) {
		inlined[m[1]] = true
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "calendar.go", nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Recv == nil {
			continue
		}
		slow, hot := hotPaths[fn.Name.Name]
		if !hot {
			continue
		}
		found++
		t.Run(fn.Name.Name+" inlines every call on its fast path and calls only "+slow+" out of line", func(t *testing.T) {
			calls := 0
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				name := calleeName(call)
				switch name {
				case "", "len", "int", "uint", "uint32", "int32": // conversions and built-ins
					return true
				case slow:
					calls++
					return true
				}
				// The compiler reports a call at its opening parenthesis.
				pos := fset.Position(call.Lparen)
				if !inlined[fmt.Sprintf("%d:%d", pos.Line, pos.Column)] {
					t.Errorf("calendar.go:%d: the call to %s is not inlined", pos.Line, name)
				}
				return true
			})
			if calls == 0 {
				t.Errorf("%s never calls %s", fn.Name.Name, slow)
			}
			// The method itself stays over the inliner's budget of 80: the
			// call to its slow path alone is charged 57, and the exact
			// validation of a Date more than the rest.
			if m := regexp.MustCompile(`\(\*Calendar\)\.` + fn.Name.Name + `: function too complex: cost \d+`).FindString(diag); m != "" {
				t.Log(m)
			}
		})
	}
	if found != len(hotPaths) {
		t.Fatalf("found %d of the %d hot methods in calendar.go", found, len(hotPaths))
	}
	if !strings.Contains(diag, "can inline (*Calendar).entry") {
		t.Error("(*Calendar).entry, the validation of every fast path, is no longer inlinable")
	}
}

// calleeName returns the name of the function or method a call calls, or
// "" for a call of an expression.
func calleeName(call *ast.CallExpr) string {
	switch f := call.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}
