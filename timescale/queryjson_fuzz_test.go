package timescale

import (
	"encoding/json"
	"errors"
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

// FuzzParseQuery checks that ParseQuery never panics, that every refusal
// is a *QueryError with a code, and that a Query it reads is read back the
// same from its own JSON form.
func FuzzParseQuery(f *testing.F) {
	f.Add(`{"received": "2014-08-01", "acknowledged": "2014-08-04", "as_of": "2014-09-01"}`)
	f.Add(`{"received": "2014-08-01", "received": "2014-08-02"}`)
	f.Add(`{"Received": "2014-08-01"}`)
	f.Add("\xff\xfe{\x00}\x00")
	f.Add(`{"received": "2014-02-30", "deem_next_working_day": true, "transition": "keep-regime"}`)
	f.Add(` null `)
	f.Fuzz(func(t *testing.T, data string) {
		q, err := ParseQuery([]byte(data))
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) || qe.Code() == "" || qe.Message() == "" {
				t.Fatalf("ParseQuery(%q): %v, want a *QueryError with a code and a message", data, err)
			}
			return
		}
		b, err := json.Marshal(q)
		if err != nil {
			t.Fatalf("json.Marshal of %+v: %v", q, err)
		}
		back, err := ParseQuery(b)
		if err != nil || back != q {
			t.Fatalf("%q read back from its JSON form %s as %+v, %v; want %+v", data, b, back, err, q)
		}
	})
}
