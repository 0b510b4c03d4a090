package timescale_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

func TestParseQueryReadsTheJSONFormOfAQuery(t *testing.T) {
	d := func(y int, m time.Month, day int) calendar.Date { return calendar.NewDate(y, m, day) }
	full := timescale.Query{
		Received: d(2014, time.August, 1), Procedure: timescale.RepresentationProcedure,
		Acknowledged: d(2014, time.August, 4), Discussed: d(2014, time.August, 11),
		Stage2Requested: d(2014, time.September, 1), Matter: d(2014, time.June, 2), AsOf: d(2014, time.October, 1),
		ResolvedLocally: "no", DeemNextWorkingDay: true, Transition: timescale.Stage2ByRequestDate,
	}
	data, err := json.Marshal(full)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
		want timescale.Query
	}{
		{"a query with every member reads back what its JSON form wrote", string(data), full},
		{"a query with only the date of receipt", `{"received": "2014-08-01"}`, timescale.Query{Received: d(2014, time.August, 1)}},
		{"a query after a UTF-8 byte-order mark, as some Windows tools write one", "\uFEFF" + `{"received": "2014-08-01"}`, timescale.Query{Received: d(2014, time.August, 1)}},
		{"a query with white space around it", " \n{ \"received\" : \"2014-08-01\" }\n", timescale.Query{Received: d(2014, time.August, 1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := timescale.ParseQuery([]byte(tt.data))
			if err != nil {
				t.Fatalf("ParseQuery: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseQuery (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseQueryRefusesWhatEncodingJSONLetsPass(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		code     problem.Code
		member   string
		message  string
		encoding string
	}{
		{"a member given twice is refused, not the last one kept", `{"received": "2014-08-01", "received": "2014-08-02"}`,
			problem.MalformedJSON, "received", "given twice; give it once", ""},
		{"a member given twice, once with escapes in its name, is refused", `{"received": "2014-08-01", "\u0072eceived": "2014-08-02"}`,
			problem.MalformedJSON, "received", "given twice; give it once", ""},
		{"a member in another case is refused, not taken for the member", `{"Received": "2014-08-01"}`,
			problem.UnknownField, "Received", `unknown member; member names are written as "received", in lower case`, ""},
		{"a member the query does not have is refused, naming the members it has", `{"received": "2014-08-01", "owner": "Team A"}`,
			problem.UnknownField, "owner", "unknown member; the members of a query are received, procedure, acknowledged, discussed, stage2_requested, matter, as_of, resolved_locally, deem_next_working_day, transition", ""},
		{"null is refused, not read as an empty object", ` null `,
			problem.MalformedJSON, "", "want a JSON object, got null", ""},
		{"UTF-16 with its byte-order mark is refused as UTF-16", "\xff\xfe{\x00}\x00",
			problem.MalformedJSON, "", "the JSON is UTF-16 text: write it in UTF-8", "UTF-16"},
		{"UTF-16 without a byte-order mark is refused as UTF-16", "{\x00\"\x00",
			problem.MalformedJSON, "", "the JSON is UTF-16 text: write it in UTF-8", "UTF-16"},
		{"Latin-1 text in a member is refused as not UTF-8, not read as U+FFFD", "{\"received\": \"2014-08-01\", \"resolved_locally\": \"n\xe9\"}",
			problem.MalformedJSON, "", "the JSON is not UTF-8 text: write it in UTF-8", "not UTF-8"},
		{"an empty text is refused", ``,
			problem.MalformedJSON, "", "the text is empty: want a JSON object", ""},
		{"a text that ends inside the object is refused", `{"received": "2014-08-01"`,
			problem.MalformedJSON, "", "the JSON ends before the object does", ""},
		{"a case file is refused as not JSON from its first byte", "id,kind,received\nC-1,complaint,2014-08-01\n",
			problem.MalformedJSON, "", `not JSON: invalid character 'i' looking for beginning of value (at byte 1): want a JSON object, such as {"received": "2014-08-01"}`, ""},
		{"a second value after the object is refused", `{"received": "2014-08-01"} {}`,
			problem.MalformedJSON, "", "the text holds more than one JSON value: want one object", ""},
		{"a number where a flag goes is refused, naming the member", `{"received": "2014-08-01", "deem_next_working_day": 1}`,
			problem.MalformedJSON, "deem_next_working_day", "want a JSON boolean, got a JSON number", ""},
		{"a number where a date goes is refused, naming the member", `{"received": 20140801}`,
			problem.MalformedJSON, "received", "want a JSON string, got a JSON number", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := timescale.ParseQuery([]byte(tt.data))
			var qe *timescale.QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("ParseQuery: %v, want a *QueryError", err)
			}
			got := []string{string(problem.CodeOf(err)), qe.Member, qe.Message(), qe.Encoding}
			want := []string{string(tt.code), tt.member, tt.message, tt.encoding}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("code, member, message, encoding (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseQueryNamesTheMemberOfADateItCannotRead(t *testing.T) {
	tests := []struct {
		name, data, member string
		code               problem.Code
	}{
		{"a date that is not one names its member", `{"received": "2014-08-01", "acknowledged": "yesterday"}`, "acknowledged", problem.NotADate},
		{"a date that does not exist names its member", `{"received": "2014-08-01", "stage2_requested": "2014-02-30"}`, "stage2_requested", problem.NotADate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := timescale.ParseQuery([]byte(tt.data))
			var qe *timescale.QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("ParseQuery: %v, want a *QueryError", err)
			}
			if qe.Member != tt.member || problem.CodeOf(err) != tt.code {
				t.Errorf("member %q, code %q; want %q, %q", qe.Member, problem.CodeOf(err), tt.member, tt.code)
			}
			if qe.Err == nil || qe.Message() != problem.Message(qe.Err) {
				t.Errorf("Err %v, message %q: want the calendar's error and its message", qe.Err, qe.Message())
			}
			if want := "timescale: " + tt.member + ": " + qe.Message(); err.Error() != want {
				t.Errorf("Error() = %q, want %q", err.Error(), want)
			}
		})
	}
}
