package casefile

import (
	"errors"
	"strings"
	"testing"

	"github.com/cymru-complaints/statutory/problem"
)

func TestAFileThatIsNotCSVIsRefusedAsWhatItIs(t *testing.T) {
	tests := []struct {
		name, file, kind, says string
	}{
		{"an Excel workbook (.xlsx) is refused as a workbook, to be saved as CSV", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb2\xa3\xad\x9f", "xlsx", `a spreadsheet workbook (.xlsx or .ods, a zip archive), not CSV text: save the sheet from the spreadsheet program as "CSV UTF-8 (Comma delimited)"`},
		{"an OpenDocument spreadsheet (.ods), also a zip archive, is refused the same way", "PK\x03\x04\x0a\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "xlsx", "a spreadsheet workbook (.xlsx or .ods"},
		{"an Excel 97-2003 workbook (.xls) is refused as one", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00", "xls", "an Excel 97-2003 workbook (.xls), not CSV text: save the sheet"},
		{"a case file compressed with gzip is refused, to be decompressed first", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", "gzip", "compressed with gzip, not CSV text: decompress it first"},
		{"a JSON object is refused as JSON", `{"received": "2014-08-01"}`, "json", "JSON, not CSV text: a case file is comma-separated text whose first line names its columns"},
		{"a JSON array of objects after white space is refused as JSON", "\n  [ {\"id\": \"C-1\"} ]", "json", "JSON, not CSV text"},
		{"a JSON file after a UTF-8 byte-order mark is refused as JSON", "\uFEFF{}", "json", "JSON, not CSV text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewReader(strings.NewReader(tt.file), "cases.csv").Read()
			var nc *NotCSVError
			if !errors.As(err, &nc) {
				t.Fatalf("Read: %v, want a *NotCSVError", err)
			}
			if nc.Kind != tt.kind {
				t.Errorf("Kind %q, want %q", nc.Kind, tt.kind)
			}
			if got := problem.CodeOf(err); got != problem.MalformedCSV {
				t.Errorf("code %q, want %q", got, problem.MalformedCSV)
			}
			var he *HeaderError
			if !errors.As(err, &he) || len(he.Problems) != 1 || he.Problems[0].Line != 1 {
				t.Fatalf("want one problem of line 1 in a *HeaderError, got %v", err)
			}
			if msg := he.Problems[0].Message; !strings.Contains(msg, "the file is "+tt.says) {
				t.Errorf("message %q, want it to say %q", msg, "the file is "+tt.says)
			}
		})
	}
}

func TestAHeaderThatOnlyBeginsLikeJSONIsStillReadAsCSV(t *testing.T) {
	for _, file := range []string{
		"[id],kind,received\nC-1,comment,2014-08-01\n",
		"{id},kind,received\nC-1,comment,2014-08-01\n",
		"PK,kind,received\nC-1,comment,2014-08-01\n",
	} {
		t.Run(strings.SplitN(file, "\n", 2)[0]+" is a header, not another kind of file", func(t *testing.T) {
			_, err := NewReader(strings.NewReader(file), "cases.csv").Read()
			var nc *NotCSVError
			if errors.As(err, &nc) {
				t.Fatalf("Read refused it as %s: %v", nc.Kind, err)
			}
		})
	}
}
