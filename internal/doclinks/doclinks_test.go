package doclinks

import (
	"go/ast"
	"go/doc"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// packages are the library packages whose docs are checked.
var packages = []string{"calendar", "timescale", "problem", "problem/httpproblem", "casefile", "assess", "outcome", "impact"}

// unresolved matches what is left of a doc link that names nothing: go/doc
// turns a link that resolves into a DocLink, and leaves the others as
// plain text in brackets.
var unresolved = regexp.MustCompile(`\[\*?[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*\]`)

func TestEveryDocLinkNamesSomethingThatExists(t *testing.T) {
	for _, dir := range packages {
		t.Run("the doc links of package "+dir+" resolve", func(t *testing.T) {
			fset := token.NewFileSet()
			path := filepath.Join("..", "..", dir)
			entries, err := os.ReadDir(path)
			if err != nil {
				t.Fatal(err)
			}
			var files []*ast.File
			for _, e := range entries {
				if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
					continue
				}
				f, err := parser.ParseFile(fset, filepath.Join(path, e.Name()), nil, parser.ParseComments)
				if err != nil {
					t.Fatal(err)
				}
				files = append(files, f)
			}
			p, err := doc.NewFromFiles(fset, files, "github.com/cymru-complaints/statutory/"+dir)
			if err != nil {
				t.Fatal(err)
			}
			check := func(where, text string) {
				d := p.Parser().Parse(text)
				for _, b := range d.Content {
					for _, s := range plain(b) {
						for _, m := range unresolved.FindAllString(s, -1) {
							t.Errorf("%s: the doc link %s names nothing in package %s or its imports", where, m, dir)
						}
					}
				}
			}
			check("package "+dir, p.Doc)
			for _, c := range p.Consts {
				check("consts", c.Doc)
			}
			for _, v := range p.Vars {
				check("vars", v.Doc)
			}
			for _, f := range p.Funcs {
				check(f.Name, f.Doc)
			}
			for _, ty := range p.Types {
				check(ty.Name, ty.Doc)
				for _, f := range ty.Funcs {
					check(f.Name, f.Doc)
				}
				for _, m := range ty.Methods {
					check(ty.Name+"."+m.Name, m.Doc)
				}
				for _, c := range ty.Consts {
					check(ty.Name+" consts", c.Doc)
				}
			}
		})
	}
}

// plain returns the plain text of a block of a parsed doc comment: what is
// not a link, code or heading.
func plain(b comment.Block) []string {
	var out []string
	texts := func(ts []comment.Text) {
		for _, x := range ts {
			switch x := x.(type) {
			case comment.Plain:
				out = append(out, string(x))
			case comment.Italic:
				out = append(out, string(x))
			}
		}
	}
	switch b := b.(type) {
	case *comment.Paragraph:
		texts(b.Text)
	case *comment.List:
		for _, it := range b.Items {
			for _, c := range it.Content {
				out = append(out, plain(c)...)
			}
		}
	}
	return out
}
