package assess

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/timescale"
)

// awkward are texts that need quoting, escaping or making safe in one
// format or another.
var awkward = []string{"", "B-1", " lead", "trail ", "a,b", `say "hi"`, `""`, "<b>&amp;</b>", "Tîm Gogledd",
	"\u2028", "\x01", "line\nbreak", "cr\r", "\xff\xfe", "=SUM(A1)", "@x", "-12", "+x", "\tTab", "'quoted'"}

// randomRow returns a row with awkward text and any combination of stages.
func randomRow(r *rand.Rand) Row {
	text := func() string { return awkward[r.IntN(len(awkward))] }
	date := func() calendar.Date {
		return calendar.NewDate(1974+r.IntN(126), time.Month(1+r.IntN(12)), 1+r.IntN(28))
	}
	stage := func() Stage {
		var s Stage
		if r.IntN(4) == 0 {
			return s
		}
		s.Due = date()
		if r.IntN(2) == 0 {
			s.TargetDue = date()
		}
		if r.IntN(2) == 0 {
			s.Done, s.Taken, s.Band, s.InTime, s.TargetMet = true, r.IntN(300), text(), r.IntN(2) == 0, r.IntN(2) == 0
		}
		return s
	}
	return Row{ID: text(), Owner: text(), Regime: timescale.Regime(text()), Stage1: stage(), Stage2: stage(),
		Status: timescale.CaseStatus(text()), Provisional: r.IntN(2) == 0}
}

// referenceCSV writes rows as the CSV writer did before it appended its
// cells to one buffer: the cells of appendCells, made safe and quoted one
// by one.
func referenceCSV(rows []Row) string {
	var b strings.Builder
	line := func(cells []string) {
		for i, s := range cells {
			if i > 0 {
				b.WriteByte(',')
			}
			if strings.ContainsAny(s, ",\"\r\n") || (s != "" && (s[0] == ' ' || s[len(s)-1] == ' ')) {
				b.WriteString(`"` + strings.ReplaceAll(s, `"`, `""`) + `"`)
				continue
			}
			b.WriteString(s)
		}
		b.WriteByte('\n')
	}
	line(columns[:])
	style := cellStyle{date: calendar.Date.String, yes: "true", no: "false"}
	for i := range rows {
		cells := rows[i].appendCells(nil, style)
		cells[0], cells[1] = casefile.SafeCell(cells[0]), casefile.SafeCell(cells[1])
		line(cells)
	}
	return b.String()
}

func TestTheCSVWriterWritesWhatItsReferenceWrites(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	rows := make([]Row, 2000)
	for i := range rows {
		rows[i] = randomRow(r)
	}
	var got bytes.Buffer
	w, err := NewWriter(&got, CSV)
	require.NoError(t, err)
	for i := range rows {
		require.NoError(t, w.Write(&rows[i]))
	}
	require.NoError(t, w.Close())
	require.Equal(t, referenceCSV(rows), got.String())
}

func TestTheJSONWriterWritesEachRowAsMarshalJSONDoes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		row := randomRow(r)
		want, err := json.Marshal(row)
		require.NoError(t, err)
		require.Equal(t, string(want), string(row.appendJSON(nil)), "row %+v", row)
	}
}

func TestTheJSONWriterReturnsTheErrorOfARowWithAnInvalidDate(t *testing.T) {
	for _, row := range []Row{
		{ID: "X", Stage1: Stage{Due: calendar.Date{Year: 2014, Month: 2, Day: 30}}},
		{ID: "Y", Stage2: Stage{Due: calendar.NewDate(2014, 2, 3), TargetDue: calendar.Date{Year: 2014, Month: 13, Day: 1}}},
	} {
		_, want := json.Marshal(&row) // as the writer marshalled each row before
		require.Error(t, want)
		w, err := NewWriter(&bytes.Buffer{}, JSON)
		require.NoError(t, err)
		require.EqualError(t, w.Write(&row), want.Error(), strconv.Quote(row.ID))
	}
}

// FuzzAppendJSONStringIsMarshal holds appendJSONString, which writes most
// strings itself, to json.Marshal.
func FuzzAppendJSONStringIsMarshal(f *testing.F) {
	for _, s := range awkward {
		f.Add(s)
	}
	for _, s := range []string{"Tîm De", "\u2029", "a\u00a0b", "\x7f", "é\xff", "日本", "\U0001F600", "\ufffd", "\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		if got := appendJSONString([]byte("x"), s); string(got) != "x"+string(want) {
			t.Fatalf("appendJSONString(%q) = %s, json.Marshal gives %s", s, got[1:], want)
		}
	})
}
