package main

// Tests of the JSON query of POST /v1/deadlines where encoding/json alone
// would let odd input pass: members given twice or in another case, null,
// and text that is not UTF-8.

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/problem"
)

func TestAJSONQueryIsOneObjectInUTF8WithEachMemberOnce(t *testing.T) {
	h := testServer(t)
	tests := []struct {
		name        string
		body        string
		contentType string
		status      int
		code        problem.Code // "" for an answer
		field       string
		detail      string
	}{
		{name: "a member given twice is refused, as a parameter given twice is",
			body: `{"received": "2014-08-01", "received": "2014-09-01"}`, status: 400, code: problem.MalformedJSON,
			field: "received", detail: "received: given twice; give it once"},
		{name: "a member given twice, once with escapes in its name, is refused",
			body: `{"received": "2014-08-01", "\u0072eceived": "2014-09-01"}`, status: 400, code: problem.MalformedJSON,
			field: "received", detail: "received: given twice; give it once"},
		{name: "a flag given twice is refused",
			body: `{"received": "2014-08-01", "deem_next_working_day": true, "deem_next_working_day": false}`, status: 400, code: problem.MalformedJSON,
			field: "deem_next_working_day", detail: "deem_next_working_day: given twice; give it once"},
		{name: "a member named in another case is refused, naming the member meant",
			body: `{"Received": "2014-08-01"}`, status: 400, code: problem.UnknownField,
			field: "Received", detail: `Received: unknown member; member names are written as "received", in lower case`},
		{name: "a member given in lower case and again in upper case is refused",
			body: `{"received": "2014-08-01", "RECEIVED": "2014-09-01"}`, status: 400, code: problem.UnknownField,
			field: "RECEIVED", detail: `RECEIVED: unknown member; member names are written as "received", in lower case`},
		{name: "null for the query is refused as not an object",
			body: ` null `, status: 400, code: problem.MalformedJSON, detail: "want a JSON object, got null"},
		{name: "UTF-16 with its byte-order mark is refused as UTF-16",
			body: utf16LE("\uFEFF" + `{"received": "2014-08-01"}`), status: 400, code: problem.MalformedJSON,
			detail: "the JSON is UTF-16 text: write it in UTF-8"},
		{name: "UTF-16 without a byte-order mark is refused as UTF-16, naming the charset sent",
			body: utf16LE(`{"received": "2014-08-01"}`), contentType: "application/json; charset=utf-16le", status: 400, code: problem.MalformedJSON,
			detail: `the JSON is UTF-16 text: write it in UTF-8 (sent as charset="utf-16le")`},
		{name: "Latin-1 text in a member is refused as not UTF-8, not read as U+FFFD",
			body: `{"received": "2014-08-01", "resolved_locally": "caf` + "\xe9" + `"}`, status: 400, code: problem.MalformedJSON,
			detail: "the JSON is not UTF-8 text: write it in UTF-8"},
		{name: "Latin-1 text in a date is refused as not UTF-8, naming the charset sent",
			body: `{"received": "2014-08-0` + "\xb9" + `"}`, contentType: "application/json; charset=ISO-8859-1", status: 400, code: problem.MalformedJSON,
			detail: `the JSON is not UTF-8 text: write it in UTF-8 (sent as charset="ISO-8859-1")`},
		{name: "a case file sent as the query is told where case files go",
			body: "id,kind,received\nC-1,complaint,2014-08-01\n", contentType: "text/csv", status: 400, code: problem.MalformedJSON,
			detail: `not JSON: invalid character 'i' looking for beginning of value (at byte 1): want a JSON object, such as {"received": "2014-08-01"}; a case file (CSV) goes to /v1/assess, /v1/due, /v1/report or /v1/return`},
		{name: "null for every member but received is answered, as if left out",
			body: `{"received": "2014-08-01", "acknowledged": null, "discussed": null, "stage2_requested": null, "matter": null, "procedure": null,` +
				` "resolved_locally": null, "transition": null, "as_of": null, "deem_next_working_day": null}`, status: 200},
		{name: "ASCII sent as ISO-8859-1, which it also is, is answered",
			body: `{"received": "2014-08-01"}`, contentType: "application/json; charset=ISO-8859-1", status: 200},
		{name: "a member whose value holds a quote and a brace is read as one value",
			body: `{"received": "2014-08-01", "resolved_locally": "a \"}, \"received\": {"}`, status: 422, code: "unknown-value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("POST", "/v1/deadlines", strings.NewReader(tt.body))
			if tt.contentType != "" {
				r.Header.Set("Content-Type", tt.contentType)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			got := answer{Status: rec.Code, ContentType: rec.Header().Get("Content-Type"), Body: rec.Body.String(), Header: rec.Header()}
			if tt.code == "" {
				require.Equal(t, tt.status, got.Status, got.Body)
				require.Contains(t, got.Body, `"received": "2014-08-01"`)
				return
			}
			doc := problemDocOf(t, got, tt.status, tt.code)
			if tt.detail != "" {
				require.Equal(t, tt.detail, doc.Detail)
			}
			if tt.field != "" {
				require.Equal(t, []string{tt.field + "=" + string(tt.code)}, doc.where())
			}
		})
	}
}

// utf16LE returns s written in UTF-16, little-endian, as Windows writes it.
func utf16LE(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > 0xFFFF {
			panic("utf16LE: only the basic plane")
		}
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	return b.String()
}
