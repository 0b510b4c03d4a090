package main

// Tests of the bodies a client may send: as they are, gzip-compressed
// (Content-Encoding), or as the file of a form (multipart/form-data), as
// a browser uploads one.

import (
	"bytes"
	"compress/gzip"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/problem"
)

// gzipped returns s compressed with gzip.
func gzipped(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err := zw.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.String()
}

// form returns a multipart/form-data body of the fields and then the file
// named filename holding file (none when filename is ""), and its
// Content-Type.
func form(t testing.TB, fields map[string]string, filename, file string) (body, contentType string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		require.NoError(t, mw.WriteField(k, v))
	}
	if filename != "" {
		fw, err := mw.CreateFormFile("cases", filename)
		require.NoError(t, err)
		_, err = fw.Write([]byte(file))
		require.NoError(t, err)
	}
	require.NoError(t, mw.Close())
	return b.String(), mw.FormDataContentType()
}

func TestBodiesAreReadAsTheyAreSentCompressedOrAsTheFileOfAForm(t *testing.T) {
	file := sample(t)
	h := newServer(config{MaxBody: 1 << 20, Now: func() time.Time { return testNow }})
	send := func(t *testing.T, target, body string, header http.Header) answer {
		t.Helper()
		r := httptest.NewRequest("POST", target, strings.NewReader(body))
		for k, v := range header {
			r.Header[k] = v
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		res := rec.Result()
		return answer{Status: res.StatusCode, ContentType: res.Header.Get("Content-Type"), Body: rec.Body.String(), Header: res.Header}
	}
	plain := send(t, "/v1/assess?as_of=2015-12-31", file, nil)
	require.Equal(t, 200, plain.Status, plain.Body)
	formBody, formType := form(t, nil, "cases.csv", file)
	fieldFirst, fieldFirstType := form(t, map[string]string{"as_of": "2015-12-31"}, "cases.csv", file)
	noFile, noFileType := form(t, nil, "", "")
	bigForm, bigFormType := form(t, nil, "cases.csv", file+strings.Repeat("C-1,complaint,2014-08-01\n", 50000))

	tests := []struct {
		name   string
		target string
		body   string
		header http.Header
		status int
		code   problem.Code // for an error
		field  string       // of the error's problem
	}{
		{name: "a case file compressed with gzip is answered as the same file sent as it is",
			body: gzipped(t, file), header: http.Header{"Content-Encoding": {"gzip"}}, status: 200},
		{name: "a content coding named in capitals, GZIP, is gzip",
			body: gzipped(t, file), header: http.Header{"Content-Encoding": {"GZIP"}}, status: 200},
		{name: "the identity coding is the body as it is",
			body: file, header: http.Header{"Content-Encoding": {"identity"}}, status: 200},
		{name: "a case file uploaded as the file of a form, as a browser sends it, is answered as the file sent as it is",
			body: formBody, header: http.Header{"Content-Type": {formType}}, status: 200},
		{name: "a form compressed with gzip is read too",
			body: gzipped(t, formBody), header: http.Header{"Content-Type": {formType}, "Content-Encoding": {"gzip"}}, status: 200},
		{name: "a body that says gzip but is not is a 400 saying so",
			body: file, header: http.Header{"Content-Encoding": {"gzip"}}, status: 400, code: codeUnreadableBody},
		{name: "a gzip body cut short is a 400",
			body: gzipped(t, file)[:2000], header: http.Header{"Content-Encoding": {"gzip"}}, status: 400, code: codeUnreadableBody},
		{name: "a gzip body that decodes to more than the limit is a 413, however small it is sent",
			body: gzipped(t, "id,kind,received\n"+strings.Repeat("C-1,complaint,2014-08-01\n", 50000)), header: http.Header{"Content-Encoding": {"gzip"}}, status: 413, code: codeBodyTooLarge},
		{name: "a content coding other than gzip is a 415",
			body: file, header: http.Header{"Content-Encoding": {"br"}}, status: 415, code: codeUnsupportedEncoding},
		{name: "a field of a form before its file is a 400 naming it: the parameters go in the query",
			body: fieldFirst, header: http.Header{"Content-Type": {fieldFirstType}}, status: 400, code: codeUnreadableBody, field: "as_of"},
		{name: "a form with no file is a 400",
			body: noFile, header: http.Header{"Content-Type": {noFileType}}, status: 400, code: codeUnreadableBody},
		{name: "a form without a boundary is a 400",
			body: formBody, header: http.Header{"Content-Type": {"multipart/form-data"}}, status: 400, code: codeUnreadableBody},
		{name: "a form whose parts do not end is a 400",
			body: formBody[:len(formBody)/2], header: http.Header{"Content-Type": {formType}}, status: 400, code: codeUnreadableBody},
		{name: "a form whose file is over the limit is a 413",
			body: bigForm, header: http.Header{"Content-Type": {bigFormType}}, status: 413, code: codeBodyTooLarge},
		{name: "a JSON query compressed with gzip is read",
			target: "/v1/deadlines", body: gzipped(t, `{"received": "2014-08-01", "as_of": "2014-08-01"}`), header: http.Header{"Content-Encoding": {"gzip"}}, status: 200},
		{name: "a JSON query after a UTF-8 byte-order mark, as Windows tools write it, is read",
			target: "/v1/deadlines", body: "\uFEFF" + `{"received": "2014-08-01", "as_of": "2014-08-01"}`, status: 200},
		{name: "a JSON query of a byte-order mark alone is an empty body",
			target: "/v1/deadlines", body: "\uFEFF", status: 400, code: problem.MalformedJSON},
		{name: "a case file compressed with gzip is read by /v1/return too",
			target: "/v1/return?period=2014-Q3", body: gzipped(t, file), header: http.Header{"Content-Encoding": {"gzip"}}, status: 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target := tt.target
			if target == "" {
				target = "/v1/assess?as_of=2015-12-31"
			}
			got := send(t, target, tt.body, tt.header)
			if tt.status == 200 {
				require.Equal(t, 200, got.Status, got.Body)
				if tt.target == "" {
					require.Equal(t, plain.Body, got.Body)
				}
				return
			}
			doc := problemDocOf(t, got, tt.status, tt.code)
			if tt.field != "" {
				require.Equal(t, tt.field, doc.Problems[0].Field)
			}
			if tt.status == 415 {
				require.Equal(t, "gzip", got.Header.Get("Accept-Encoding"))
			}
		})
	}
}

// A countingBody is a request body that counts the bytes read from it.
type countingBody struct {
	r    *strings.Reader
	read int
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.read += n
	return n, err
}

func (b *countingBody) Close() error { return nil }

func TestARefusedBodyIsReadToItsEndBeforeTheAnswerSoThatTheClientGetsIt(t *testing.T) {
	rows := strings.Repeat("C-1;complaint;2014-08-01\n", 20000) // 500 kB, more than net/http reads after an answer
	tests := []struct {
		name     string
		target   string
		body     string
		maxBody  int64
		status   int
		readLeft bool // the answer leaves some of the body unread
	}{
		{name: "a case file whose header is refused is read to its end",
			target: "/v1/assess?as_of=2015-12-31", body: "id;kind;received\n" + rows, status: 422},
		{name: "a case file sent with a parameter that is refused is read to its end",
			target: "/v1/due?within=x", body: "id,kind,received\n" + rows, status: 400},
		{name: "a JSON query that is not JSON is read to its end",
			target: "/v1/deadlines", body: "{" + rows, status: 400},
		{name: "a body sent to a path that takes no POST is read to its end before the 405",
			target: "/healthz", body: rows, status: 405},
		{name: "a body sent to no such path is read to its end before the 404",
			target: "/v1/nothing", body: rows, status: 404},
		{name: "a body over the limit is not read past it",
			target: "/v1/assess?as_of=2015-12-31", body: "id,kind,received\n" + rows, maxBody: 1000, status: 413, readLeft: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newServer(config{MaxBody: tt.maxBody, Now: func() time.Time { return testNow }})
			body := &countingBody{r: strings.NewReader(tt.body)}
			r := httptest.NewRequest("POST", tt.target, nil)
			r.Body = body
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			require.Equal(t, tt.status, rec.Code, rec.Body.String())
			if tt.readLeft {
				require.Less(t, body.read, len(tt.body))
				return
			}
			require.Equal(t, len(tt.body), body.read, "bytes of the body read")
		})
	}
}
