package assess_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/internal/langcheck"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/timescale"
)

// langRows are rows whose cells take every form: done in time and late,
// not done, not started, every status, provisional.
var langRows = []assess.Row{
	{ID: "C-1", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2014-08-27"), Done: true, Taken: 17, Band: "0-17", InTime: true}, Status: timescale.CaseResolvedStage1},
	{ID: "C-2", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2014-08-27"), Done: true, Taken: 20, Band: "18-25"},
		Stage2: assess.Stage{Due: d("2014-10-06")}, Status: timescale.CaseOverdue},
	{ID: "C-3", Regime: timescale.Wales2005, Stage1: assess.Stage{Due: d("2010-03-15")}, Status: timescale.CaseWithdrawn},
	{ID: "C-4", Regime: timescale.Wales2005, Status: timescale.CaseStage3},
	{ID: "C-5", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2030-06-26")}, Status: timescale.CaseOpen, Provisional: true},
	{ID: "C-6", Regime: timescale.Wales2014, Stage1: assess.Stage{Due: d("2030-06-26")}, Status: timescale.CaseResolvedStage2, Provisional: true},
	// An owner, and local targets: one missed, one met, one not yet due.
	{ID: "C-7", Owner: "Tîm Gogledd", Regime: timescale.Wales2014,
		Stage1: assess.Stage{Due: d("2014-08-27"), Done: true, Taken: 17, Band: "0-17", InTime: true, TargetDue: d("2014-08-22")},
		Stage2: assess.Stage{Due: d("2014-10-06"), TargetDue: d("2014-09-29")}, Status: timescale.CaseOpen},
	{ID: "K-1", Owner: "Corporate team", Regime: timescale.PSOWModel,
		Stage1: assess.Stage{Due: d("2024-09-16"), Done: true, Taken: 9, Band: "0-10", InTime: true, TargetDue: d("2024-09-13"), TargetMet: true},
		Status: timescale.CaseResolvedStage1},
}

func writeRows(t *testing.T, f assess.Format, tag lang.Tag, rows []assess.Row) string {
	t.Helper()
	var b bytes.Buffer
	w, err := assess.NewWriterIn(&b, f, tag)
	require.NoError(t, err)
	for i := range rows {
		require.NoError(t, w.Write(&rows[i]))
	}
	require.NoError(t, w.Close())
	return b.String()
}

func TestWriterInEnglishIsNewWriter(t *testing.T) {
	for _, f := range []assess.Format{assess.CSV, assess.JSON, assess.Text} {
		t.Run(string(f), func(t *testing.T) {
			var b bytes.Buffer
			w, err := assess.NewWriter(&b, f)
			require.NoError(t, err)
			for i := range langRows {
				require.NoError(t, w.Write(&langRows[i]))
			}
			require.NoError(t, w.Close())
			require.Equal(t, b.String(), writeRows(t, f, lang.English, langRows))
			require.Equal(t, b.String(), writeRows(t, f, "", langRows), "the zero tag is English")
		})
	}
}

func TestCSVAndJSONAreTheSameInEveryLanguage(t *testing.T) {
	for _, f := range []assess.Format{assess.CSV, assess.JSON} {
		for _, tag := range lang.Tags() {
			require.Equal(t, writeRows(t, f, lang.English, langRows), writeRows(t, f, tag, langRows), "%s %s", f, tag)
		}
	}
}

func TestWelshTextHasNoUnsourcedWords(t *testing.T) {
	text := writeRows(t, assess.Text, lang.Welsh, langRows)
	data := []string{string(timescale.Wales2005), string(timescale.Wales2014), string(timescale.PSOWModel)}
	for _, r := range langRows {
		data = append(data, r.ID, r.Owner)
	}
	if left := langcheck.Leftover(text, data...); len(left) > 0 {
		t.Errorf("words neither sourced nor marked: %q in\n%s", left, text)
	}
	for _, tt := range []struct{ name, want string }{
		{"the due date of a response is a Welsh date", "Dydd Mercher 27 Awst 2014"},
		{"the status column is headed Statws", "Statws"},
		{"a withdrawn complaint is wedi’i thynnu’n ôl", "wedi’i thynnu’n ôl"},
		{"an overdue complaint is yn hwyr", "yn hwyr"},
		{"a complaint at the 2005 panel is at Cam 3", "Cam 3"},
		{"yes has no Welsh that fits every question and stays English", "[en: yes]"},
		{"the provisional footnote is English, marked", "* [en: provisional: 2 rows involve dates"},
		{"the owner column has no Welsh source and is marked", "[en: OWNER]"},
		{"the local target column has no Welsh source and is marked", "[en: LOCAL TARGET]"},
		{"a local target missed is its Welsh date, then the English marked", "Dydd Gwener 22 Awst 2014 [en: (missed)]"},
		{"a local target met is its Welsh date, then the English marked", "Dydd Gwener 13 Medi 2024 [en: (met)]"},
		{"a local target not yet due is its Welsh date alone", "Dydd Llun 29 Medi 2014  "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(text, tt.want) {
				t.Errorf("no %q in\n%s", tt.want, text)
			}
		})
	}
}

func TestBilingualTextIsTheWelshTableThenTheEnglishTable(t *testing.T) {
	for _, rows := range [][]assess.Row{langRows, nil} {
		want := writeRows(t, assess.Text, lang.Welsh, rows) + lang.Separator + writeRows(t, assess.Text, lang.English, rows)
		if diff := cmp.Diff(want, writeRows(t, assess.Text, lang.WelshEnglish, rows)); diff != "" {
			t.Errorf("%d rows (-want +got):\n%s", len(rows), diff)
		}
	}
}

func TestBilingualTextReturnsTheWriteError(t *testing.T) {
	w, err := assess.NewWriterIn(failingWriter{}, assess.Text, lang.WelshEnglish)
	require.NoError(t, err)
	r := langRows[0]
	require.NoError(t, w.Write(&r), "the first rows wait in the buffer")
	require.Error(t, w.Close())

	// The English table fails when the Welsh one has gone out whole: while
	// its rows are written (a page of them fills the buffer), and when it is
	// closed.
	for _, n := range []int{2000, 3} {
		rows := make([]assess.Row, n)
		for i := range rows {
			rows[i] = assess.Row{ID: "C-" + itoa(i), Regime: timescale.Wales2014, Status: timescale.CaseOpen}
		}
		fw := failAfter{limit: len(writeRows(t, assess.Text, lang.Welsh, rows)) + 1}
		w, _ = assess.NewWriterIn(&fw, assess.Text, lang.WelshEnglish)
		for i := range rows {
			require.NoError(t, w.Write(&rows[i]))
		}
		require.Error(t, w.Close(), "%d rows", n)
	}
}

// failAfter fails every write once limit bytes were written (no limit
// while limit is 0).
type failAfter struct{ n, limit int }

func (f *failAfter) Write(p []byte) (int, error) {
	if f.limit > 0 && f.n+len(p) > f.limit {
		return 0, errors.New("disk full")
	}
	f.n += len(p)
	return len(p), nil
}
