package returns_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

func TestParseProcedures(t *testing.T) {
	tests := []struct {
		name, list string
		want       []timescale.Procedure
		bad        string // the name refused, when the list is refused
	}{
		{"an empty list is every procedure", "", nil, ""},
		{"one procedure is that procedure alone", "corporate", []timescale.Procedure{timescale.CorporateProcedure}, ""},
		{"white space around the names is ignored and the order kept", " corporate , complaint", []timescale.Procedure{timescale.CorporateProcedure, timescale.ComplaintProcedure}, ""},
		{"a name that is not a procedure is refused", "corporate,housing", nil, "housing"},
		{"an empty name after a comma is refused", "corporate,", nil, ""},
		{"a procedure is spelled in lower case", "Corporate", nil, "Corporate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := returns.ParseProcedures(tt.list, nil)
			if tt.want != nil || tt.list == "" {
				require.NoError(t, err)
				require.Equal(t, tt.want, got)
				return
			}
			var ve *timescale.ValueError
			require.True(t, errors.As(err, &ve), "%v", err)
			require.Equal(t, problem.UnknownValue, problem.CodeOf(err))
			require.Equal(t, "procedure", ve.Field)
			require.Equal(t, tt.bad, ve.Value)
			require.Equal(t, []string{"complaint", "representation", "corporate"}, ve.Want)
			require.Contains(t, problem.Message(err), "want complaint, representation or corporate (separated by commas)")
			// Every procedure it accepts, NewBuilder accepts.
			for _, p := range ve.Want {
				_, err := returns.NewBuilder(returns.Options{Period: period(t, "2024-Q3"), Procedures: []timescale.Procedure{timescale.Procedure(p)}}, timescale.Engine{})
				require.NoError(t, err, p)
			}
		})
	}
}

func TestParsePopulation(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // 0: refused
	}{
		{"a whole number is the number of residents", "120000", 120000},
		{"one resident is enough", "1", 1},
		{"nought is refused", "0", 0},
		{"a negative number is refused", "-5", 0},
		{"a fraction is refused", "1.5", 0},
		{"digits grouped with commas are refused", "120,000", 0},
		{"empty text is refused", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := returns.ParsePopulation(tt.text)
			if tt.want > 0 {
				require.NoError(t, err)
				require.Equal(t, tt.want, n)
				return
			}
			var pe *returns.PopulationError
			require.True(t, errors.As(err, &pe), "%v", err)
			require.Equal(t, tt.text, pe.Value)
			require.Equal(t, problem.NotAPopulation, problem.CodeOf(err))
			require.Equal(t, "returns: "+pe.Message(), err.Error())
			require.True(t, strings.HasPrefix(pe.Message(), `"`+tt.text+`" is not a number of residents`))
		})
	}
}

func TestOnDate(t *testing.T) {
	q3 := period(t, "2024-Q3")
	tests := []struct {
		name, today string
		asOf        calendar.Date // zero: the period's last day
	}{
		{"a period not yet ended is made as of today", "2024-11-15", date(t, "2024-11-15")},
		{"on the period's last day it is made as of that day", "2024-12-31", calendar.Date{}},
		{"a period that has ended is made as of its last day", "2026-11-25", calendar.Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt, eng := returns.OnDate(returns.Options{Period: q3}, timescale.Engine{RefuseFuture: true}, date(t, tt.today))
			require.Equal(t, tt.asOf, opt.AsOf)
			require.False(t, eng.RefuseFuture, "events after the date are set aside, not refused")
		})
	}
	t.Run("a response dated after the return's date is set aside, not a problem of its row", func(t *testing.T) {
		file := "id,kind,received,procedure,stage1_response\nK-1,complaint,2024-10-01,corporate,2024-12-02\n"
		eng, _ := timescale.Engine{}.OnDate(calendar.Date{}, date(t, "2024-11-15")) // as a tool evaluates on today
		refused, sum, err := returns.ReadCaseFile(strings.NewReader(file), "f", returns.Options{Period: q3, AsOf: date(t, "2024-11-15")}, eng)
		require.NoError(t, err)
		require.Equal(t, 1, sum.ProblemCount, "without OnDate the response is an event in the future")
		require.Equal(t, 0, refused.Received)
		opt, eng := returns.OnDate(returns.Options{Period: q3}, eng, date(t, "2024-11-15"))
		r, sum, err := returns.ReadCaseFile(strings.NewReader(file), "f", opt, eng)
		require.NoError(t, err)
		require.Equal(t, 0, sum.ProblemCount)
		require.Equal(t, []int{1, 0, 1}, []int{r.Received, r.Closed, r.OpenAtEnd}, "received, and open: the response is set aside")
	})
}

// A return is made as of its date by design: what comes after it is left
// out of the figures and is not news, so the Summary of ReadCaseFile,
// which a tool prints the notes of, does not count it.
func TestReadCaseFileDoesNotNoteWhatComesAfterTheReturnsDate(t *testing.T) {
	q3 := period(t, "2024-Q3")
	tests := []struct {
		name, rows string
		want       []int // received, closed and open at the end
	}{
		{"a stage 1 response dated after the return's date is set aside without a note",
			"K-1,complaint,2024-10-01,corporate,2024-12-02\n", []int{1, 0, 1}},
		{"a complaint received after the return's date is left out without a note",
			"K-1,complaint,2024-10-01,corporate,2024-10-30\nK-2,complaint,2024-11-20,corporate,\n", []int{1, 1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eng, _ := timescale.Engine{}.OnDate(calendar.Date{}, date(t, "2024-11-15"))
			opt, eng := returns.OnDate(returns.Options{Period: q3}, eng, date(t, "2024-11-15"))
			r, sum, err := returns.ReadCaseFile(strings.NewReader("id,kind,received,procedure,stage1_response\n"+tt.rows), "f", opt, eng)
			require.NoError(t, err)
			require.Equal(t, tt.want, []int{r.Received, r.Closed, r.OpenAtEnd})
			require.Equal(t, 0, sum.ProblemCount)
			require.Equal(t, []int{0, 0}, []int{sum.SetAside, sum.NotYetReceived})
			require.Empty(t, sum.Notes(r.AsOf))
		})
	}
}

func TestReadCaseFileListsAtMostMaxListedProblems(t *testing.T) {
	file := "id,kind,received\nA,complaint,2024-02-30\nB,complaint,2024-02-31\nC,complaint,nonsense\n"
	for _, tt := range []struct {
		name      string
		maxListed int
		listed    int
	}{
		{"0 lists every problem", 0, 3},
		{"1 lists the first and counts the others", 1, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, sum, err := returns.ReadCaseFile(strings.NewReader(file), "f", returns.Options{Period: period(t, "2023-2024"), MaxListed: tt.maxListed}, timescale.Engine{})
			require.NoError(t, err)
			require.Len(t, sum.Problems, tt.listed)
			require.Equal(t, 3, sum.ProblemCount)
		})
	}
}

func TestTheFormatsOfAReturn(t *testing.T) {
	r := read(t, returns.Options{Period: period(t, "2024-Q3"), Population: 120_000}, timescale.Engine{})
	var text, csv bytes.Buffer
	require.NoError(t, r.WriteText(&text))
	require.NoError(t, r.WriteCSV(&csv))
	tests := []struct {
		format    returns.Format
		mediaType string
		want      func(t *testing.T, got []byte)
	}{
		{returns.Text, "text/plain; charset=utf-8", func(t *testing.T, got []byte) { require.Equal(t, text.String(), string(got)) }},
		{returns.CSV, "text/csv; charset=utf-8; header=present", func(t *testing.T, got []byte) { require.Equal(t, csv.String(), string(got)) }},
		{returns.JSON, "application/json", func(t *testing.T, got []byte) {
			var back returns.Return
			require.NoError(t, json.Unmarshal(got, &back))
			if diff := cmp.Diff(r, back); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
			require.True(t, strings.HasPrefix(string(got), "{\n  \"period\""), "indented by two spaces")
			require.True(t, strings.HasSuffix(string(got), "}\n"), "ended by a newline")
		}},
	}
	require.Len(t, returns.Formats(), len(tests))
	for i, tt := range tests {
		t.Run(string(tt.format)+" is written as its media type "+tt.mediaType+" says", func(t *testing.T) {
			require.Equal(t, tt.format, returns.Formats()[i])
			f, err := returns.ParseFormat(string(tt.format))
			require.NoError(t, err)
			require.Equal(t, tt.mediaType, f.MediaType())
			var b bytes.Buffer
			require.NoError(t, returns.Write(&b, &r, f, lang.English))
			tt.want(t, b.Bytes())
		})
	}
	t.Run("a format that is not one is refused, naming the formats, and nothing is written", func(t *testing.T) {
		_, err := returns.ParseFormat("html")
		var fe *returns.FormatError
		require.True(t, errors.As(err, &fe))
		require.Equal(t, problem.UnknownFormat, problem.CodeOf(err))
		require.Equal(t, `returns: "html" is not a format of the return: want text, csv or json`, err.Error())
		require.Empty(t, returns.Format("html").MediaType())
		var b bytes.Buffer
		require.True(t, errors.As(returns.Write(&b, &r, "html", lang.English), &fe))
		require.Zero(t, b.Len())
	})
	t.Run("CSV and JSON are the same in every language", func(t *testing.T) {
		for _, f := range []returns.Format{returns.CSV, returns.JSON} {
			var en, cy bytes.Buffer
			require.NoError(t, returns.Write(&en, &r, f, lang.English))
			require.NoError(t, returns.Write(&cy, &r, f, lang.Welsh))
			require.Equal(t, en.String(), cy.String(), f)
		}
	})
	for _, tt := range []struct {
		name string
		tag  lang.Tag
		want string
	}{
		{"the text in English is WriteText's", lang.English, text.String()},
		{"the text in Welsh is the English marked as untranslated", lang.Welsh, lang.MarkLines(text.String())},
		{"the text in Welsh and English is the Welsh, the separator and the English", lang.WelshEnglish, lang.MarkLines(text.String()) + lang.Separator + text.String()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, returns.Write(&b, &r, returns.Text, tt.tag))
			require.Equal(t, tt.want, b.String())
		})
	}
	t.Run("the Welsh text marks every line that is not blank", func(t *testing.T) {
		var b bytes.Buffer
		require.NoError(t, r.WriteTextIn(&b, lang.Welsh))
		for line := range strings.SplitSeq(b.String(), "\n") {
			if strings.TrimSpace(line) != "" {
				require.True(t, strings.HasPrefix(line, lang.Mark("")[:5]), "%q", line)
			}
		}
	})
	t.Run("the text in every language returns the write error", func(t *testing.T) {
		boom := errors.New("boom")
		for _, tag := range lang.Tags() {
			require.ErrorIs(t, r.WriteTextIn(failing{boom}, tag), boom, tag)
		}
	})
}
