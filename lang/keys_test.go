package lang

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEveryKeyTheModuleSaysIsInTheCatalogue reads the module's source and
// checks each key given to Say or Sayf: a key written out is an entry of
// the catalogue, and a key built as "prefix." + a value names a prefix some
// entries have. A key that is not in the catalogue would be written as
// marked English with no entry to say so, and docs/cymraeg.md would not
// list it.
func TestEveryKeyTheModuleSaysIsInTheCatalogue(t *testing.T) {
	fset := token.NewFileSet()
	n := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != ".." || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		inLang := f.Name.Name == "lang"
		ast.Inspect(f, func(node ast.Node) bool {
			call, ok := node.(*ast.CallExpr)
			if !ok || len(call.Args) < 3 || !isSay(call.Fun, inLang) {
				return true
			}
			n++
			checkKey(t, fset.Position(call.Pos()).String(), call.Args[1])
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 40 {
		t.Fatalf("found only %d calls of Say and Sayf: the walk of the source is broken", n)
	}
}

// isSay reports whether fun is lang.Say or lang.Sayf (Say or Sayf inside
// package lang).
func isSay(fun ast.Expr, inLang bool) bool {
	switch f := fun.(type) {
	case *ast.SelectorExpr:
		x, ok := f.X.(*ast.Ident)
		return ok && x.Name == "lang" && (f.Sel.Name == "Say" || f.Sel.Name == "Sayf")
	case *ast.Ident:
		return inLang && (f.Name == "Say" || f.Name == "Sayf")
	}
	return false
}

func checkKey(t *testing.T, pos string, key ast.Expr) {
	t.Helper()
	switch k := key.(type) {
	case *ast.BasicLit:
		s, _ := strconv.Unquote(k.Value)
		if _, ok := Lookup(s); !ok {
			t.Errorf("%s: key %q is not in the catalogue", pos, s)
		}
	case *ast.BinaryExpr:
		lit, ok := k.X.(*ast.BasicLit)
		if !ok {
			return
		}
		prefix, _ := strconv.Unquote(lit.Value)
		for _, e := range catalogue {
			if strings.HasPrefix(e.Key, prefix) {
				return
			}
		}
		t.Errorf("%s: no key of the catalogue starts with %q", pos, prefix)
	}
}
