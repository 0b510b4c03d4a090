package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// indentCases are JSON texts of every shape the service writes, and the
// corners of the syntax.
var indentCases = []string{
	`{}`, `[]`, `null`, `true`, `-1.5e-7`, `"a \"quoted\" \\ word\\"`,
	`{"a":[],"b":{},"c":[{}],"d":[[]],"e":[1,2,{"f":null}]}`,
	`{"k\"ey:":"v,a{l}[u]e","\\":"\\\\"}`,
	`[{"x":"\u003c\u0026\u003e"},"tab\tnewline\n"]`,
}

func TestAppendIndentedIndentsAsJSONIndent(t *testing.T) {
	// The answers of the service, compact, beside the corners above.
	h := testServer(t)
	texts := append([]string(nil), indentCases...)
	for _, r := range mixedRequests(t) {
		got := do(t, h, r)
		if strings.Contains(got.ContentType, "json") {
			var b bytes.Buffer
			if err := json.Compact(&b, []byte(got.Body)); err != nil {
				t.Fatalf("%s %s: %v", r.method, r.target, err)
			}
			texts = append(texts, b.String())
		}
	}
	for _, text := range texts {
		checkIndent(t, text+"\n")
	}
}

// checkIndent checks appendIndented against json.Indent on src.
func checkIndent(t *testing.T, src string) {
	t.Helper()
	var want bytes.Buffer
	if err := json.Indent(&want, []byte(src), "", "  "); err != nil {
		t.Fatalf("json.Indent(%q): %v", src, err)
	}
	got := appendIndented([]byte("prefix"), []byte(src))
	if diff := cmp.Diff("prefix"+want.String(), string(got)); diff != "" {
		t.Errorf("appendIndented(%.200q) (-json.Indent +appendIndented):\n%s", src, diff)
	}
}

func FuzzAppendIndented(f *testing.F) {
	for _, s := range indentCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var compact bytes.Buffer
		if json.Compact(&compact, []byte(s)) != nil {
			return // not JSON
		}
		checkIndent(t, compact.String()+"\n")
	})
}
