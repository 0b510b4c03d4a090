package holidays

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/internal/formats"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
)

// A Format is a way of writing a List.
type Format string

// The formats, in the order [Formats] lists them.
const (
	// Text is a table for people ([List.WriteTextIn]).
	Text Format = "text"
	// CSV is one day a row under the header date,name
	// ([List.WriteCSV]); it is the same in every language.
	CSV Format = "csv"
	// JSON is the days as a JSON array of [calendar.ListedHoliday]
	// objects ({date, weekday, name, kind, provisional}), indented by two
	// spaces and ended by a newline; it is the same in every language.
	JSON Format = "json"
)

// table is the table of the formats: each with its media type and its
// writer. Formats, ParseFormat, MediaType, Write and FormatError read it.
var table = formats.Table[List]{
	{Name: string(Text), MediaType: "text/plain; charset=utf-8", Write: func(w io.Writer, l *List, t lang.Tag) error { return l.WriteTextIn(w, t) }},
	{Name: string(CSV), MediaType: "text/csv; charset=utf-8; header=present", Write: func(w io.Writer, l *List, _ lang.Tag) error { return l.WriteCSV(w) }},
	{Name: string(JSON), MediaType: "application/json", Write: func(w io.Writer, l *List, t lang.Tag) error {
		days := l.Listed()
		return formats.WriteJSON(w, &days, t)
	}},
}

// Formats returns the formats of a list, in the order the documentation
// lists them: text, csv, json.
func Formats() []Format {
	return formats.List[Format](table)
}

// ParseFormat returns the format named s, spelled as [Formats] spells it
// (in lower case). Any other text is a *FormatError listing the formats.
func ParseFormat(s string) (Format, error) {
	return formats.Parse[Format](table, s, unknownFormat)
}

// unknownFormat returns the *FormatError of s.
func unknownFormat(s string) error { return &FormatError{Value: s} }

// MediaType returns the media type of a list in f, for the Content-Type
// of an HTTP answer: "text/csv; charset=utf-8; header=present" for CSV,
// "application/json" for JSON; "" for an unknown f.
func (f Format) MediaType() string { return table.MediaType(string(f)) }

// Write writes l to w in the format f, its words for people in the
// language t (see [List.WriteTextIn]; CSV and JSON are data and are the
// same in every language). It returns a *FormatError for an unknown f,
// writing nothing, and otherwise the first error of w.
func Write(w io.Writer, l *List, f Format, t lang.Tag) error {
	return table.WriteAs(w, l, string(f), t, unknownFormat)
}

// Listed returns the days of l as the calendar lists them, without their
// Welsh names: what [JSON] writes. It is empty, never nil.
func (l *List) Listed() []calendar.ListedHoliday {
	days := make([]calendar.ListedHoliday, len(l.Days))
	for i, d := range l.Days {
		days[i] = d.ListedHoliday
	}
	return days
}

// WriteCSV writes the days of l as CSV under the header date,name, the
// date as YYYY-MM-DD and the English name made safe to open in a
// spreadsheet ([casefile.SafeCell]: a day added from a holiday file may
// have any name).
func (l *List) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"date", "name"})
	for _, d := range l.Days {
		cw.Write([]string{d.Date.String(), casefile.SafeCell(d.Name)})
	}
	cw.Flush()
	return cw.Error()
}

// WriteTextIn writes l for people in the language t (see [lang.Write]):
// one line a day with its date, weekday, name and kind, a provisional day
// marked with an asterisk and a footnote saying why; or one sentence when
// no weekday of the period is a holiday. In English the weekday is
// abbreviated ("Mon"), as the other dates of the module's text are; in
// Welsh it is written in full ("Dydd Llun"), no source abbreviating it,
// and the names are GOV.UK's Welsh names ([lang.Name]).
func (l *List) WriteTextIn(w io.Writer, t lang.Tag) error {
	return lang.Write(w, t, func(t lang.Tag) error { return l.writeText(w, t) })
}

// writeText writes l in t, English or Welsh.
func (l *List) writeText(w io.Writer, t lang.Tag) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, d := range l.Days {
		mark := ""
		if d.Provisional {
			mark = " *"
		}
		day := d.Date.Weekday().String()[:3]
		if t != lang.English {
			day = lang.Weekday(t, d.Date.Weekday())
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t(%s)%s\n", d.Date, day, lang.Name(t, d.WelshName, d.Name), lang.Kind(t, d.Kind), mark)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(l.Days) == 0 {
		from, to := l.From.String(), l.To.String()
		if _, err := fmt.Fprintln(w, lang.Sayf(t, "holidays.none", "No weekday from "+from+" to "+to+" is a holiday.", from, to)); err != nil {
			return err
		}
	}
	if l.Provisional {
		_, err := fmt.Fprintf(w, "* %s\n", lang.Say(t, "note.provisional", "provisional: "+calendar.ProvisionalNote(l.LastOfficialYear)+"."))
		return err
	}
	return nil
}

// A FormatError reports text that is not a format of a list of holidays.
// Its code is [problem.UnknownFormat].
type FormatError struct {
	Value string // the text given
}

func (e *FormatError) Error() string { return "holidays: " + e.Message() }

// Code returns problem.UnknownFormat.
func (e *FormatError) Code() problem.Code { return problem.UnknownFormat }

// Message returns the error for people.
func (e *FormatError) Message() string {
	return strconv.Quote(e.Value) + " is not a format of the list of holidays: want " + table.Want()
}
