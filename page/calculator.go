package page

import (
	"errors"
	"html/template"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// A Form is what a person typed into the calculator, as typed: the dates
// are read (YYYY-MM-DD or DD/MM/YYYY) when the page is made, and written
// back into the form as they were, right or wrong.
type Form struct {
	Received        string
	Acknowledged    string
	Discussed       string
	Stage2Requested string
	AsOf            string
	// Deem counts a complaint received on a non-working day as received
	// on the next working day (timescale.Engine.DeemNextWorkingDay).
	Deem bool
}

// FormFields are the names of the calculator's fields, as its form
// submits them in the query of a GET request: received, acknowledged,
// discussed, stage2_requested, as_of and deem (present, with any value
// but "" or "false", when ticked). lang is read apart (Language).
var FormFields = []string{"received", "acknowledged", "discussed", "stage2_requested", "as_of", "deem"}

// FormOf returns the form submitted in the query v.
func FormOf(v url.Values) Form {
	deem := v.Get("deem")
	return Form{
		Received:        v.Get("received"),
		Acknowledged:    v.Get("acknowledged"),
		Discussed:       v.Get("discussed"),
		Stage2Requested: v.Get("stage2_requested"),
		AsOf:            v.Get("as_of"),
		Deem:            v.Has("deem") && deem != "" && deem != "false",
	}
}

// IsEmpty reports whether nothing was typed: the page then shows the form
// alone.
func (f Form) IsEmpty() bool { return f == Form{} }

// Language returns the language of a page asked for by the parameter
// value param (en, cy or cy+en; "" when it is not given) and the header
// acceptLanguage: the parameter when it names a language, else the
// language the header prefers (lang.FromAcceptLanguage). unknown reports
// a parameter that names no language: the page is then in English, and
// says so (Calculator.UnknownLanguage, ReportOptions).
func Language(param, acceptLanguage string) (t lang.Tag, unknown bool) {
	if param != "" {
		t, err := lang.Parse(param)
		if err == nil {
			return t, false
		}
		return lang.English, true
	}
	return lang.FromAcceptLanguage(acceptLanguage), false
}

// A Calculator makes the calculator page.
type Calculator struct {
	// Engine works the deadlines out; its calendar is the one drawn.
	Engine timescale.Engine
	// Today is the date of evaluation when the form leaves "as of" empty:
	// an event dated after it is then a mistake (timescale.Engine.RefuseFuture).
	Today calendar.Date
	// Lang is the language of the page.
	Lang lang.Tag
	// UnknownLanguage, when not empty, is the language asked for that the
	// page is not written in: the page says so, in English.
	UnknownLanguage string
	// Action is the address the form submits to; "" means the page's own
	// ("").
	Action string
}

// A CalculatorPage is one calculator page: the form, as typed, and either
// the deadlines or the problems of what was typed.
type CalculatorPage struct {
	c        *Calculator
	form     Form
	problems []problem.Problem
	schedule *timescale.Schedule
}

// Page returns the page for the form f: the deadlines of the complaint it
// describes, or the problems of the fields at fault, each said in words a
// member of the public understands. An empty form is the form alone.
func (c *Calculator) Page(f Form) *CalculatorPage {
	p := &CalculatorPage{c: c, form: f}
	if f.IsEmpty() {
		return p
	}
	cal := c.Engine.Calendar
	if cal == nil {
		cal = calendar.Wales()
	}
	q := timescale.Query{DeemNextWorkingDay: f.Deem}
	for _, fd := range []struct {
		name, text string
		to         *calendar.Date
	}{
		{"received", f.Received, &q.Received},
		{"acknowledged", f.Acknowledged, &q.Acknowledged},
		{"discussed", f.Discussed, &q.Discussed},
		{"stage2_requested", f.Stage2Requested, &q.Stage2Requested},
		{"as_of", f.AsOf, &q.AsOf},
	} {
		text := strings.TrimSpace(fd.text)
		if text == "" {
			continue
		}
		d, err := calendar.ParseAnyDate(text)
		if err == nil {
			_, err = cal.IsWorkingDay(d)
		}
		if err != nil {
			p.problems = append(p.problems, problem.New(fd.name, err))
			continue
		}
		*fd.to = d
	}
	if strings.TrimSpace(f.Received) == "" {
		p.problems = append([]problem.Problem{{Code: problem.Required, Field: "received", Message: "required"}}, p.problems...)
	}
	if len(p.problems) > 0 {
		return p
	}
	eng := c.Engine
	if q.AsOf.IsZero() {
		q.AsOf = c.Today
		eng.RefuseFuture = true
	}
	s, err := eng.Deadlines(q)
	if err != nil {
		var ve *timescale.ValidationError
		if errors.As(err, &ve) && len(ve.Problems) > 0 {
			p.problems = ve.Problems
		} else {
			p.problems = []problem.Problem{problem.New("received", err)}
		}
		return p
	}
	p.schedule = &s
	return p
}

// Problems returns the problems of what was typed, each with the field at
// fault; none when the page shows the deadlines or the form alone.
func (p *CalculatorPage) Problems() []problem.Problem { return p.problems }

// Schedule returns the deadlines the page shows, or nil.
func (p *CalculatorPage) Schedule() *timescale.Schedule { return p.schedule }

// plainWords returns the message of a problem of the form for a member of
// the public, in the page's language: what to type instead.
func plainWords(w words, cal *calendar.Calendar, p problem.Problem) template.HTML {
	switch p.Code {
	case problem.Required:
		return w.say("page.error.required", "Enter the date the complaint was received")
	case problem.NotADate, problem.InvalidDate:
		return w.say("problem.not-a-date", "Enter a real date, for example 15/09/2022 or 2022-09-15")
	case problem.DateOutOfRange:
		first, last := cal.Range()
		return w.sayf("page.error.out-of-range", "Enter a date from "+lang.Date(lang.English, first)+" to "+lang.Date(lang.English, last),
			lang.Date(lang.Welsh, first), lang.Date(lang.Welsh, last))
	case problem.BeforeFirstRegime:
		first := timescale.Regimes()[0].From
		return w.sayf("page.error.before-first-regime", "The complaints procedures these deadlines follow began on "+lang.Date(lang.English, first)+": enter a date on or after it",
			lang.Date(lang.Welsh, first))
	case problem.EventBeforeReceipt:
		return w.say("page.error.before-receipt", "Enter a date on or after the date the complaint was received")
	case problem.EventOutOfOrder, problem.MissingPrerequisite:
		return w.say("page.error.order", "Enter a date on or after the date of the step before it")
	case problem.EventInTheFuture:
		return w.say("problem.event-in-the-future", "Enter a date that is not in the future, or give the date the status is for")
	}
	return w.pair(lang.Message(lang.Welsh, p), p.Message)
}

// A field is one date field of the form as the template writes it.
type field struct {
	Name, ID string
	Label    template.HTML
	Optional template.HTML
	Hint     template.HTML
	Value    string
	Error    template.HTML
}

// A deadlineView is one deadline of the result as the template writes it.
type deadlineView struct {
	ID          string
	Milestone   template.HTML
	Due         template.HTML
	Period      template.HTML
	RuleID      string
	Citation    template.HTML
	Basis       template.HTML
	Status      template.HTML
	Explanation template.HTML
	Months      []monthHTML
	MonthsOnly  bool
	Skipped     []skippedDay
}

// A monthHTML is a month drawn as a table.
type monthHTML struct{ HTML template.HTML }

// A skippedDay is a day a count skipped, as the list under its calendar
// names it.
type skippedDay struct {
	Date   template.HTML
	Reason template.HTML
}

// calculatorData is what the calculator template is executed with.
type calculatorData struct {
	Lang, Title       string
	LangParam         string
	W                 words
	Heading, Intro    template.HTML
	LangNote          template.HTML
	Languages         []languageLink
	Action            string
	Fields            []field
	Deem              bool
	DeemLabel         template.HTML
	DeemHint          template.HTML
	Submit            template.HTML
	ErrorSummary      template.HTML
	Errors            []field
	Result            bool
	ResultHeading     template.HTML
	Facts             []fact
	Provisional       template.HTML
	Columns           []template.HTML
	Deadlines         []deadlineView
	WorkingHeading    template.HTML
	Key               []keyItem
	KeyHeading        template.HTML
	SkippedHeading    template.HTML
	NoneSkipped       template.HTML
	CalendarVersion   template.HTML
	LanguagesHeading  template.HTML
	CalendarVersionEN string
}

// A fact is a labelled line above the deadlines.
type fact struct{ Label, Value template.HTML }

// A keyItem explains one mark of the calendars.
type keyItem struct {
	Class string
	Mark  string
	Text  template.HTML
}

// A languageLink is a link to the same page in another language.
type languageLink struct {
	Href, Lang, Text string
	Current          bool
}

// WriteHTML writes the page as an HTML document.
func (p *CalculatorPage) WriteHTML(w io.Writer) error {
	return calculatorTemplate.Execute(w, p.data())
}

func (p *CalculatorPage) data() *calculatorData {
	c := p.c
	wd := newWords(c.Lang)
	cal := c.Engine.Calendar
	if cal == nil {
		cal = calendar.Wales()
	}
	d := &calculatorData{
		Lang:         wd.htmlLang(),
		LangParam:    string(wd.t),
		W:            wd,
		Heading:      wd.say("page.calculator-title", "Deadlines of a social services complaint in Wales"),
		Intro:        wd.say("page.calculator-intro", "Enter the date the complaint was received, and any of the later dates you know. The page shows every deadline the regulations set, and how each date was counted, day by day."),
		Action:       c.Action,
		Deem:         p.form.Deem,
		DeemLabel:    wd.say("page.deem", "Count a complaint received on a weekend or bank holiday as received on the next working day"),
		DeemHint:     wd.say("page.deem-hint", "Some councils count this way; the regulations count from the day of receipt, whatever day it is."),
		Submit:       wd.say("page.submit", "Show the deadlines"),
		ErrorSummary: wd.say("page.error-summary", "There is a problem"),
	}
	d.Title = lang.Say(c.Lang, "page.calculator-title", "Deadlines of a social services complaint in Wales")
	if c.UnknownLanguage != "" {
		d.LangNote = template.HTML(template.HTMLEscapeString("This page is not written in the language asked for (" + c.UnknownLanguage + "); it is shown in English."))
	}
	d.LanguagesHeading = wd.say("page.languages", "Language")
	d.Languages = p.languageLinks()
	optional := wd.say("page.optional", "(optional)")
	dateHint := wd.say("page.date-hint", "For example 15/09/2022 or 2022-09-15.")
	for _, f := range []struct {
		name, value string
		label       template.HTML
		optional    bool
		hint        template.HTML
	}{
		{"received", p.form.Received, wd.say("page.received", "Date the complaint was received"), false, dateHint},
		{"acknowledged", p.form.Acknowledged, wd.say("page.acknowledged", "Date it was acknowledged"), true, dateHint},
		{"discussed", p.form.Discussed, wd.say("page.discussed", "Date of the discussion"), true, dateHint},
		{"stage2_requested", p.form.Stage2Requested, wd.say("page.stage2-requested", "Date stage 2 (the formal investigation) was requested"), true, dateHint},
		{"as_of", p.form.AsOf, wd.say("page.as-of", "Status as of"), true, dateHint + " " + wd.say("page.as-of-hint", "Leave it empty for today.")},
	} {
		fv := field{Name: f.name, ID: "f-" + f.name, Label: f.label, Hint: f.hint, Value: f.value}
		if f.optional {
			fv.Optional = optional
		}
		for _, pr := range p.problems {
			if pr.Field == f.name && fv.Error == "" {
				fv.Error = plainWords(wd, cal, pr)
			}
		}
		d.Fields = append(d.Fields, fv)
		if fv.Error != "" {
			d.Errors = append(d.Errors, fv)
		}
	}
	for _, pr := range p.problems {
		if !isField(pr.Field) {
			d.Errors = append(d.Errors, field{ID: "f-received", Error: plainWords(wd, cal, pr)})
		}
	}
	if p.schedule != nil {
		p.result(d, wd, cal)
	}
	return d
}

func isField(name string) bool {
	for _, f := range FormFields[:5] {
		if f == name {
			return true
		}
	}
	return false
}

// languageLinks returns the links to the page in each language, with
// what was typed.
func (p *CalculatorPage) languageLinks() []languageLink {
	v := url.Values{}
	for i, s := range []string{p.form.Received, p.form.Acknowledged, p.form.Discussed, p.form.Stage2Requested, p.form.AsOf} {
		if s != "" {
			v.Set(FormFields[i], s)
		}
	}
	if p.form.Deem {
		v.Set("deem", "on")
	}
	var out []languageLink
	for _, l := range []struct {
		t          lang.Tag
		name, code string
	}{
		{lang.English, "English", "en"},
		{lang.Welsh, lang.Say(lang.Welsh, "language.cy", "Welsh"), "cy"},
		{lang.WelshEnglish, lang.Say(lang.Welsh, "language.cy", "Welsh") + " / English", "cy"},
	} {
		v.Set("lang", string(l.t))
		out = append(out, languageLink{Href: p.c.Action + "?" + v.Encode(), Lang: l.code, Text: l.name, Current: newWords(p.c.Lang).t == l.t})
	}
	return out
}

// result fills in the deadlines of the page.
func (p *CalculatorPage) result(d *calculatorData, wd words, cal *calendar.Calendar) {
	s := p.schedule
	single := lang.English
	if wd.t != lang.English {
		single = lang.Welsh
	}
	d.Result = true
	d.ResultHeading = wd.say("page.results", "The deadlines")
	r := s.Regime
	d.Facts = []fact{
		{wd.say("schedule.received", "Complaint received"), wd.date(s.Received)},
		{wd.say("schedule.regime", "Regime"), template.HTML(template.HTMLEscapeString(string(r.Name))) + " (" + wd.say("citation", r.Citation) + ", " +
			wd.pair(lang.Title(lang.Welsh, r.Title), r.Title) + ")"},
	}
	if !s.DeemedReceived.IsZero() {
		d.Facts = append(d.Facts, fact{wd.say("schedule.deemed", "Deemed received on the next working day"), wd.date(s.DeemedReceived)})
	}
	d.Facts = append(d.Facts, fact{wd.say("schedule.as-of", "Status as of"), wd.date(s.AsOf)})
	if s.Provisional {
		d.Provisional = wd.say("page.provisional", "Provisional: this result depends on a year whose bank holidays are not yet published. They are projected from the standing rules, and a one-off bank holiday may still be proclaimed.")
	}
	d.Columns = []template.HTML{wd.say("column.milestone", "Milestone"), wd.say("column.due", "Due"), wd.say("column.period", "Period"),
		wd.say("column.rule", "Rule"), wd.say("column.citation", "Citation"), wd.say("column.basis", "Basis"), wd.say("column.status", "Status")}
	d.WorkingHeading = wd.say("page.working", "How the date was counted")
	d.KeyHeading = wd.say("page.key", "Key")
	d.Key = []keyItem{
		{"start", "", wd.say("page.key-start", "the day counted from (not counted)")},
		{"counted", "1", wd.say("page.key-counted", "a working day counted, with its number")},
		{"skipped", "", wd.say("page.key-skipped", "not a working day, not counted")},
		{"due", "", wd.say("page.key-due", "the due date")},
	}
	d.SkippedHeading = wd.say("page.skipped", "Days not counted:")
	d.NoneSkipped = wd.say("page.none-skipped", "No day was skipped.")
	d.CalendarVersion = wd.sayf("page.calendar", "Calendar: "+s.CalendarVersion, s.CalendarVersion)
	for i, v := range s.Deadlines {
		dl := v.Deadline
		x := v.Explanation
		period := wd.pair(lang.WorkingDays(lang.Welsh, dl.WorkingDays), lang.WorkingDays(lang.English, dl.WorkingDays))
		if dl.Months > 0 {
			period = template.HTML(template.HTMLEscapeString(strconv.Itoa(dl.Months))) + " " + wd.say("period.calendar-months", "months")
		}
		dv := deadlineView{
			ID:          "d" + strconv.Itoa(i+1),
			Milestone:   wd.say("milestone."+string(dl.Milestone), string(dl.Milestone)),
			Due:         wd.date(dl.Due),
			Period:      period,
			RuleID:      dl.RuleID,
			Citation:    wd.say("citation", dl.Citation),
			Basis:       wd.say("basis."+string(dl.Basis), string(dl.Basis)),
			Status:      wd.say("status."+string(dl.Status), strings.ReplaceAll(string(dl.Status), "-", " ")),
			Explanation: wd.pair(x.StringIn(lang.Welsh), x.String()),
		}
		if wd.t == lang.English {
			dv.Explanation = wd.text(x.StringIn(single))
		}
		if dl.WorkingDays == 0 || dl.Months > 0 {
			dv.MonthsOnly = true
		} else {
			for _, m := range months(wd, cal, x) {
				dv.Months = append(dv.Months, monthHTML{m.html()})
			}
			for _, sk := range x.Skipped {
				dv.Skipped = append(dv.Skipped, skippedDay{Date: wd.date(sk.Date), Reason: reason(wd, cal, sk)})
			}
		}
		d.Deadlines = append(d.Deadlines, dv)
	}
}

// reason returns why a day is not a working day, in the page's language:
// the weekday for a weekend, else the holiday's name (in Welsh as GOV.UK
// gives it) and its kind.
func reason(wd words, cal *calendar.Calendar, n calendar.NonWorkingDay) template.HTML {
	if n.Kind == calendar.Weekend {
		wday := n.Date.Weekday()
		r := wd.pair(lang.Weekday(lang.Welsh, wday), wday.String())
		if n.Reason != wday.String() { // also a holiday: Saturday, Christmas Day
			r += " (" + wd.pair(lang.Mark(n.Reason), n.Reason) + ")"
		}
		return r
	}
	h, ok, _ := cal.Holiday(n.Date)
	if !ok {
		return wd.pair(lang.Mark(n.Reason), n.Reason)
	}
	return wd.pair(lang.HolidayName(lang.Welsh, cal, h), h.Name) + " (" + wd.pair(lang.Kind(lang.Welsh, h.Kind), h.Kind.Display()) + ")"
}
