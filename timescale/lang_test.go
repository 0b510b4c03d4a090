package timescale

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/internal/langcheck"
	"github.com/cymru-complaints/statutory/lang"
)

// langQueries are complaints whose schedules between them show every part
// of the text: a plain one, a Saturday receipt deemed on the Monday, steps
// done in time and late, events set aside, provisional years, both regimes
// and the two calendar periods.
var langQueries = []struct {
	name string
	q    Query
}{
	{"a complaint received on Friday 1 August 2014, as of that day", Query{Received: d(2014, 8, 1), AsOf: d(2014, 8, 1)}},
	{"a Saturday receipt deemed received on the Monday, acknowledged, as of a later day", Query{Received: d(2014, 8, 2), Acknowledged: d(2014, 8, 5), DeemNextWorkingDay: true, AsOf: d(2014, 9, 30)}},
	{"events after the date of the status are set aside", Query{Received: d(2014, 8, 1), Acknowledged: d(2014, 8, 4), Discussed: d(2014, 8, 12), AsOf: d(2014, 8, 1)}},
	{"one event after the date of the status is set aside", Query{Received: d(2014, 8, 1), Acknowledged: d(2014, 8, 4), AsOf: d(2014, 8, 1)}},
	{"a complaint of 2029 with its time limit and Ombudsman window, in provisional years", Query{Received: d(2029, 8, 24), Acknowledged: d(2029, 8, 28), Matter: d(2029, 6, 1), AsOf: d(2029, 12, 1)}},
	{"a complaint of the 2005 procedure with a stage 2 request, due today", Query{Received: d(2010, 3, 1), Stage2Requested: d(2010, 3, 10), AsOf: d(2010, 3, 15)}},
	{"a stage 2 requested after the 2014 procedure came into force, read by a transition", Query{Received: d(2014, 7, 1), Stage2Requested: d(2014, 9, 1), AsOf: d(2014, 9, 2)}},
}

func d(y int, m time.Month, day int) calendar.Date { return calendar.NewDate(y, m, day) }

func langSchedule(t *testing.T, q Query) Schedule {
	t.Helper()
	s, err := Engine{}.Deadlines(q)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// languageData are the words of a schedule that name things and are the
// same in every language.
func languageData(s Schedule) []string {
	data := []string{string(s.Regime.Name), s.CalendarVersion}
	for _, r := range Rules() {
		data = append(data, r.ID)
	}
	return data
}

func TestWriteTextInEnglishIsWriteText(t *testing.T) {
	for _, tt := range langQueries {
		t.Run(tt.name, func(t *testing.T) {
			s := langSchedule(t, tt.q)
			var want, got, zero bytes.Buffer
			if err := s.WriteText(&want); err != nil {
				t.Fatal(err)
			}
			if err := s.WriteTextIn(&got, lang.English); err != nil {
				t.Fatal(err)
			}
			if err := s.WriteTextIn(&zero, ""); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() || zero.String() != want.String() {
				t.Errorf("WriteTextIn(en) differs from WriteText:\n%s\nwant\n%s", got.String(), want.String())
			}
		})
	}
}

// TestWelshScheduleHasNoUnsourcedWords renders each schedule in Welsh and
// checks that every word is Welsh of the catalogue or the calendar, marked
// English, or a name (rule id, regime, calendar version).
func TestWelshScheduleHasNoUnsourcedWords(t *testing.T) {
	for _, tt := range langQueries {
		t.Run(tt.name, func(t *testing.T) {
			s := langSchedule(t, tt.q)
			var b bytes.Buffer
			if err := s.WriteTextIn(&b, lang.Welsh); err != nil {
				t.Fatal(err)
			}
			if left := langcheck.Leftover(b.String(), languageData(s)...); len(left) > 0 {
				t.Errorf("words neither sourced nor marked: %q in\n%s", left, b.String())
			}
		})
	}
}

func TestWelshScheduleLines(t *testing.T) {
	var b bytes.Buffer
	if err := langSchedule(t, langQueries[0].q).WriteTextIn(&b, lang.Welsh); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	for _, tt := range []struct{ name, want string }{
		{"the date received is a Welsh date after its label", "[en: Complaint received]: Dydd Gwener 1 Awst 2014\n"},
		{"the regime names its regulations by their Welsh title", "wales-2014 ([en: SI 2014/1794], Rheoliadau Gweithdrefn Gwynion y Gwasanaethau Cymdeithasol (Cymru) 2014)\n"},
		{"the column of due dates is headed Dyddiad cau", "Dyddiad cau"},
		{"reg 15(2): the acknowledgement is due Dydd Mawrth 5 Awst 2014, 2 ddiwrnod gwaith after receipt", "cydnabyddiaeth         W14-ACK         Dydd Mawrth 5 Awst 2014    2 ddiwrnod gwaith      Dydd Gwener 1 Awst 2014"},
		{"reg 16(3): the discussion, 10 diwrnod gwaith from the due date of the acknowledgement", "10 diwrnod gwaith      Dydd Mawrth 5 Awst 2014 [en: (due)]"},
		{"reg 16(5): the written resolution, 5 niwrnod gwaith", "Dydd Mercher 27 Awst 2014  5 niwrnod gwaith"},
		{"the 17-day benchmark has no Welsh source and stays English", "[en: 17 working days]"},
		{"an explanation is the English sentence, marked", "- [en: W14-ACK (SI 2014/1794 reg 15(2), regulation): 2 working days after Fri 1 Aug 2014"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(text, tt.want) {
				t.Errorf("no %q in\n%s", tt.want, text)
			}
		})
	}
}

func TestWriteTextInBilingualIsWelshThenEnglish(t *testing.T) {
	s := langSchedule(t, langQueries[1].q)
	var cy, en, both bytes.Buffer
	for _, w := range []struct {
		b *bytes.Buffer
		t lang.Tag
	}{{&cy, lang.Welsh}, {&en, lang.English}, {&both, lang.WelshEnglish}} {
		if err := s.WriteTextIn(w.b, w.t); err != nil {
			t.Fatal(err)
		}
	}
	if want := cy.String() + lang.Separator + en.String(); both.String() != want {
		t.Errorf("cy+en:\n%s\nwant\n%s", both.String(), want)
	}
}

func TestWriteTextInReturnsTheWriteError(t *testing.T) {
	s := langSchedule(t, langQueries[0].q)
	for _, tag := range lang.Tags() {
		if err := s.WriteTextIn(errorWriter{}, tag); !errors.Is(err, errWrite) {
			t.Errorf("%s: error %v, want the writer's", tag, err)
		}
	}
}

var errWrite = errors.New("disk full")

type errorWriter struct{}

func (errorWriter) Write([]byte) (int, error) { return 0, errWrite }

// TestEveryWordOfTheEngineHasACatalogueEntry checks that each milestone,
// status and basis has an entry in lang's catalogue, with or without Welsh,
// so that docs/cymraeg.md lists it.
func TestEveryWordOfTheEngineHasACatalogueEntry(t *testing.T) {
	var keys []string
	for _, m := range []Milestone{Acknowledgement, Discussion, Resolution, Stage1Response, Stage2Response,
		PanelAcknowledged, PanelStatement, PanelConvened, ComplaintMade, OmbudsmanComplaint} {
		keys = append(keys, "milestone."+string(m))
	}
	for _, s := range []DeadlineStatus{DeadlineInTime, DeadlineLate, DeadlineNotYetDue, DeadlineDueToday, DeadlineOverdue,
		DeadlineNotRecorded, DeadlineWithdrawn, DeadlineNotJudged, DeadlineWindowOpen, DeadlineWindowClosed} {
		keys = append(keys, "status."+string(s))
	}
	for _, s := range []CaseStatus{CaseOpen, CaseOverdue, CaseResolvedStage1, CaseResolvedStage2, CaseStage3, CaseWithdrawn, CaseNotYetReceived} {
		keys = append(keys, "case-status."+string(s))
	}
	for _, b := range []Basis{BasisRegulation, BasisGuidance, BasisPractice, BasisAssumed} {
		keys = append(keys, "basis."+string(b))
	}
	for _, r := range Rules() {
		if r.Milestone != "" {
			keys = append(keys, "milestone."+string(r.Milestone))
		}
		keys = append(keys, "basis."+string(r.Basis))
	}
	for _, k := range keys {
		if _, ok := lang.Lookup(k); !ok {
			t.Errorf("no catalogue entry %s", k)
		}
	}
}

func TestPeriodTextIn(t *testing.T) {
	tests := []struct {
		name, id string
		tag      lang.Tag
		want     string
	}{
		{"W14-ACK's 2 working days in Welsh", "W14-ACK", lang.Welsh, "2 ddiwrnod gwaith"},
		{"W14-STAGE2's 25 working days in Welsh", "W14-STAGE2", lang.Welsh, "25 diwrnod gwaith"},
		{"W14-STAGE1's 17 working days have no Welsh source", "W14-STAGE1", lang.Welsh, "[en: 17 working days]"},
		{"TIME-LIMIT's 12 calendar months have no Welsh source", "TIME-LIMIT", lang.Welsh, "[en: 12 calendar months]"},
		{"PSOW's year has no Welsh source", "PSOW", lang.Welsh, "[en: one year starting on that day]"},
		{"in English PeriodTextIn is PeriodText", "TIME-LIMIT", lang.English, "12 calendar months"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := RuleByID(tt.id)
			if !ok {
				t.Fatalf("no rule %s", tt.id)
			}
			if got := r.PeriodTextIn(tt.tag); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if tt.tag == lang.English && r.PeriodTextIn(tt.tag) != r.PeriodText() {
				t.Errorf("PeriodTextIn(en) %q, PeriodText %q", r.PeriodTextIn(tt.tag), r.PeriodText())
			}
		})
	}
}

func TestExplanationStringIn(t *testing.T) {
	s := langSchedule(t, langQueries[0].q)
	x := s.Deadlines[0].Explanation
	for _, tt := range []struct {
		name string
		tag  lang.Tag
		want string
	}{
		{"in English it is String", lang.English, x.String()},
		{"in Welsh it is String marked, as no source gives its sentence", lang.Welsh, "[en: " + x.String() + "]"},
		{"bilingually it is String once", lang.WelshEnglish, x.String()},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.StringIn(tt.tag); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// ruleRenderers are the rule table's renderings for people, with and
// without a language.
var ruleRenderers = []struct {
	name string
	en   func(io.Writer) error
	in   func(io.Writer, lang.Tag) error
	want []string // in the Welsh
}{
	{"text", WriteRulesText, WriteRulesTextIn, []string{"2 ddiwrnod gwaith", "Cwyno i'r Ombwdsmon", "cydnabyddiaeth"}},
	{"markdown", WriteRulesMarkdown, WriteRulesMarkdownIn, []string{"2 ddiwrnod gwaith", "Cwyno i'r Ombwdsmon",
		"Rheoliadau Gweithdrefn Gwynion y Gwasanaethau Cymdeithasol (Cymru) 2014", "| Rheoliadau |"}},
}

// ruleData are the words of the rule table that name things: rule ids,
// regime names, the procedures they govern and the names of the readings
// of the transition.
func ruleData() []string {
	var data []string
	for _, r := range Rules() {
		data = append(data, r.ID)
	}
	for _, r := range Regimes() {
		data = append(data, string(r.Name))
		for _, p := range r.Procedures {
			data = append(data, string(p))
		}
		for _, p := range r.Transitions {
			data = append(data, string(p.Name))
		}
	}
	return data
}

func TestRuleTableInEveryLanguage(t *testing.T) {
	for _, f := range ruleRenderers {
		t.Run(f.name, func(t *testing.T) {
			var en, enIn, cy, both bytes.Buffer
			for _, err := range []error{f.en(&en), f.in(&enIn, lang.English), f.in(&cy, lang.Welsh), f.in(&both, lang.WelshEnglish)} {
				if err != nil {
					t.Fatal(err)
				}
			}
			if enIn.String() != en.String() {
				t.Error("in English it is not the English rule table")
			}
			if want := cy.String() + lang.Separator + en.String(); both.String() != want {
				t.Error("cy+en is not the Welsh, the separator and the English")
			}
			if left := langcheck.Leftover(cy.String(), ruleData()...); len(left) > 0 {
				t.Errorf("words neither sourced nor marked: %q in\n%s", left, cy.String())
			}
			for _, want := range f.want {
				if !strings.Contains(cy.String(), want) {
					t.Errorf("no %q in the Welsh", want)
				}
			}
			for _, tag := range lang.Tags() {
				if err := f.in(errorWriter{}, tag); !errors.Is(err, errWrite) {
					t.Errorf("%s: error %v, want the writer's", tag, err)
				}
			}
		})
	}
}

func TestRepresentationsIn(t *testing.T) {
	tests := []struct {
		name, in string
		tag      lang.Tag
		want     string
	}{
		{"the 2014 regulations have a Welsh title; their citation is marked", "The Representations Procedure (Wales) Regulations 2014 (SI 2014/1795)", lang.Welsh,
			"Rheoliadau Gweithdrefn Sylwadau (Cymru) 2014 ([en: SI 2014/1795])"},
		{"the 2005 regulations have none", "The Representations Procedure (Children) (Wales) Regulations 2005 (SI 2005/3365)", lang.Welsh,
			"[en: The Representations Procedure (Children) (Wales) Regulations 2005] ([en: SI 2005/3365])"},
		{"a title without a citation is a title", "The Representations Procedure (Wales) Regulations 2014", lang.Welsh, "Rheoliadau Gweithdrefn Sylwadau (Cymru) 2014"},
		{"a regime that governs no representations (psow-model) has a dash, in Welsh", "", lang.Welsh, "-"},
		{"a regime that governs no representations has a dash, in English", "", lang.English, "-"},
		{"in English it is as the regime table writes it", "The Representations Procedure (Wales) Regulations 2014 (SI 2014/1795)", lang.English,
			"The Representations Procedure (Wales) Regulations 2014 (SI 2014/1795)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := representationsIn(tt.tag, tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWelshScheduleMarksTheLocalTargets renders, in Welsh, the schedule of
// a complaint with a council's local target for its stage 1 response (15
// working days beside the statutory 17): the lines of the targets, which
// no source gives in Welsh, are the English sentences, marked.
func TestWelshScheduleMarksTheLocalTargets(t *testing.T) {
	eng := Engine{Policy: Policy{Targets: []LocalTarget{{Procedure: ComplaintProcedure, Milestone: Stage1Response,
		WorkingDays: 15, Name: "stage 1 response", Source: "a council's complaints policy"}}}}
	s, err := eng.Deadlines(Query{Received: d(2014, 8, 1), AsOf: d(2014, 8, 26)})
	if err != nil {
		t.Fatal(err)
	}
	var en, cy bytes.Buffer
	if err := s.WriteText(&en); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteTextIn(&cy, lang.Welsh); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		text string
		want string
	}{
		{"in English the heading of the targets is as it was", en.String(), "\nLocal targets, beside the statutory due dates (which they do not change):\n"},
		{"in English each target is a sentence beside its statutory due date", en.String(),
			"- stage1-response: stage 1 response, 15 working days (a council's complaints policy): due Fri 22 Aug 2014, overdue by 1 working day; statutory due Wed 27 Aug 2014, not-yet-due\n"},
		{"in Welsh the heading is the English, marked", cy.String(), "\n[en: Local targets, beside the statutory due dates (which they do not change):]\n"},
		{"in Welsh each target is the English sentence, marked", cy.String(),
			"- [en: stage1-response: stage 1 response, 15 working days (a council's complaints policy): due Fri 22 Aug 2014, overdue by 1 working day; statutory due Wed 27 Aug 2014, not-yet-due]\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(tt.text, tt.want) {
				t.Errorf("no %q in\n%s", tt.want, tt.text)
			}
		})
	}
	if left := langcheck.Leftover(cy.String(), languageData(s)...); len(left) > 0 {
		t.Errorf("words neither sourced nor marked: %q in\n%s", left, cy.String())
	}
}
