package timescale

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzEachMemberFindsTheMembersEncodingJSONFinds holds eachMember, the
// service's own walk over the members of a JSON object, to encoding/json:
// for any valid JSON object, it names the same members, in the same order,
// as the decoder's tokens at the object's top level.
func FuzzEachMemberFindsTheMembersEncodingJSONFinds(f *testing.F) {
	f.Add(`{"received": "2014-08-01", "acknowledged": "2014-08-04"}`)
	f.Add(`{"a": {"b": [1, {"c": "}"}]}, "d\"e": "[", "f": null}`)
	f.Add(`{"received": "2014-08-01", "received": "2014-08-02"}`)
	f.Add(`{"\u0072eceived": "x", "Received": "y"}`)
	f.Add(` { } `)
	f.Fuzz(func(t *testing.T, body string) {
		if !json.Valid([]byte(body)) || !strings.HasPrefix(strings.TrimLeft(body, " \t\r\n"), "{") {
			return
		}
		var want []string
		dec := json.NewDecoder(strings.NewReader(body))
		depth, key := 0, false
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			switch v := tok.(type) {
			case json.Delim:
				if v == '{' || v == '[' {
					depth++
					key = v == '{' && depth == 1
				} else if depth--; depth == 1 {
					key = true // a value at the top level has ended: a name comes next
				}
				continue
			case string:
				if depth == 1 && key {
					want = append(want, v)
					key = false
					continue
				}
			}
			if depth == 1 {
				key = true // a value at the top level: a name comes next
			}
		}
		var got []string
		err := eachMember([]byte(body), func(quoted []byte) error {
			var name string
			if err := json.Unmarshal(quoted, &name); err != nil {
				t.Fatalf("eachMember gave %s, which is not a JSON string: %v", quoted, err)
			}
			got = append(got, name)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Fatalf("eachMember(%q) named %q, encoding/json %q", body, got, want)
		}
	})
}
