package timescale_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// TestNewTable checks every rule NewTable enforces, one row each, by
// changing one thing in a copy of the statutory tables.
func TestNewTable(t *testing.T) {
	rule := func(id string, rules []timescale.Rule) *timescale.Rule {
		for i := range rules {
			if rules[i].ID == id {
				return &rules[i]
			}
		}
		t.Fatalf("no rule %s", id)
		return nil
	}
	tests := []struct {
		name    string
		edit    func(regimes []timescale.RegimeInfo, rules []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule)
		wantErr string // "" for a valid table
	}{
		{"the statutory tables make a valid table", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			return g, r
		}, ""},
		{"a regime needs a name", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[0].Name = ""
			return g, nil
		}, "regime 1 has no name"},
		{"a regime must govern a procedure", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[0].Procedures = nil
			return g, nil
		}, "governs no procedure"},
		{"a regime needs a stage", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[0].Stages = 0
			return g, nil
		}, "has 0 stages, want 1 to 32"},
		{"a regime has at most 32 stages", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[0].Stages = 33
			return g, nil
		}, "has 33 stages"},
		{"a regime starts on a real date", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[0].From = calendar.Date{Year: 2006, Month: 2, Day: 30}
			return g, nil
		}, "which is not a date"},
		{"a regime's last band is open-ended", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[0].Bands = g[0].Bands[:2]
			return g, nil
		}, "must be open-ended"},
		{"a regime is listed once", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[1].Name = g[0].Name
			return g, nil
		}, "is listed twice"},
		{"a transition policy has a name", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[1].Transitions[1].Name = ""
			return g, nil
		}, "empty or repeated name"},
		{"a transition policy is listed once", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[1].Transitions[1].Name = timescale.KeepRegime
			return g, nil
		}, "empty or repeated name"},
		{"keep-regime moves no stage", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[1].Transitions[0].ByRequestDate = []int{2}
			return g, nil
		}, "it keeps every stage"},
		{"a transition policy cannot move stage 1, which begins with receipt", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[1].Transitions[1].ByRequestDate = []int{1}
			return g, nil
		}, "moves stage 1"},
		{"a transition policy cannot move a stage its regime does not have", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[1].Transitions[1].ByRequestDate = []int{3}
			return g, nil
		}, "moves stage 3: want a later stage (2 to 2)"},
		{"a transition policy has a known basis", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			g[1].Transitions[1].Basis = "hearsay"
			return g, nil
		}, `has basis "hearsay"`},
		{"a rule has an id", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			r[0].ID = ""
			return g, r
		}, "empty or repeated id"},
		{"a rule id is used once", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			r[1].ID = r[0].ID
			return g, r
		}, "empty or repeated id"},
		{"a rule has a period in working days or in months", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-ACK", r).Months = 1
			return g, r
		}, "not both"},
		{"a rule has a known basis", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-ACK", r).Basis = "hearsay"
			return g, r
		}, "rule W14-ACK has a basis that is not one of"},
		{"a rule has a known basis for representations", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-ACK", r).RepresentationsBasis = "hearsay"
			return g, r
		}, "rule W14-ACK has a basis that is not one of"},
		{"a rule is owed by a known party", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-ACK", r).OwedBy = timescale.Party(9)
			return g, r
		}, "rule W14-ACK is owed by Party(9), not one of [council assembly complainant]"},
		{"a rule names regimes of the table", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-ACK", r).Regimes = []timescale.Regime{"wales-1999"}
			return g, r
		}, "names regime wales-1999"},
		{"a rule is of a stage its regime has", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-STAGE2", r).Stage = 3
			return g, r
		}, "is of stage 3, which regime wales-2014 does not have"},
		{"a rule starts from an event some field records", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-ACK", r).Start = "telephoned"
			return g, r
		}, `names event "telephoned"`},
		{"a rule starts from an event", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-ACK", r).Start = timescale.NoEvent
			return g, r
		}, "has no start event"},
		{"a rule is met by an event some field records", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-ACK", r).MetBy = "telephoned"
			return g, r
		}, `names event "telephoned"`},
		{"a rule is extended by a date field", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-STAGE2", r).ExtendedBy = "themes"
			return g, r
		}, `extended by "themes"`},
		{"a rule is judged on a choice of a choice field", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-RESOLUTION", r).JudgedWhen.Value = "maybe"
			return g, r
		}, `judged when resolved_locally is "maybe"`},
		{"a rule is judged on a choice field, not a date", func(g []timescale.RegimeInfo, r []timescale.Rule) ([]timescale.RegimeInfo, []timescale.Rule) {
			rule("W14-RESOLUTION", r).JudgedWhen.Field = "discussed"
			return g, r
		}, "not a choice of a choice field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			regimes, rules := tt.edit(timescale.Regimes(), timescale.Rules())
			table, err := timescale.NewTable(regimes, rules)
			if tt.wantErr == "" {
				require.NoError(t, err)
				require.NotNil(t, table)
				return
			}
			require.Error(t, err)
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("NewTable error %q does not say %q", err, tt.wantErr)
			}
		})
	}
}

func TestTableLookups(t *testing.T) {
	table := timescale.Statutory()
	if r, ok := table.Rule("W14-ACK"); !ok || r.Citation != "SI 2014/1794 reg 15(2)" {
		t.Errorf("Rule(W14-ACK) = %+v, %v", r, ok)
	}
	if _, ok := table.Rule("W14-STAGE3"); ok {
		t.Error("Rule(W14-STAGE3) found a rule: the 2014 procedure has no stage 3")
	}
	if _, ok := timescale.RegimeByName("wales-1999"); ok {
		t.Error("RegimeByName(wales-1999) found a regime")
	}
	rules := table.Rules()
	rules[0].Sources[0].URL = "changed"
	if again, _ := table.Rule(rules[0].ID); again.Sources[0].URL == "changed" {
		t.Error("changing the sources of a returned rule changed the table")
	}
	regimes := table.Regimes()
	regimes[1].Transitions[0].Sources[0].URL = "changed"
	regimes[1].Sources[0].URL = "changed"
	if again, _ := table.Regime(timescale.Wales2014); again.Transitions[0].Sources[0].URL == "changed" || again.Sources[0].URL == "changed" {
		t.Error("changing the sources of a returned regime changed the table")
	}
}

// A table without readings of the transition still knows keep-regime:
// the stage begun after the cutover names it and keeps its basis, while
// another reading is unknown to it.
func TestTableWithoutTransitionPolicies(t *testing.T) {
	regimes := timescale.Regimes()
	for i := range regimes {
		regimes[i].Transitions = nil
	}
	table, err := timescale.NewTable(regimes, timescale.Rules())
	require.NoError(t, err)
	c := timescale.Case{ID: "t", Kind: timescale.Complaint, Received: d("2014-06-02"), Stage2Requested: d("2014-09-01")}
	a, err := timescale.Engine{Table: table}.Evaluate(c, d("2014-09-01"))
	require.NoError(t, err)
	x, ok := a.Deadline(timescale.Stage2Response)
	require.True(t, ok)
	got := []any{a.Transition, a.TransitionApplies, x.RuleID, x.Basis, x.Transition}
	want := []any{timescale.KeepRegime, true, "W05-STAGE2", reg, timescale.KeepRegime}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	_, err = timescale.Engine{Table: table, Transition: timescale.Stage2ByRequestDate}.Evaluate(c, d("2014-09-01"))
	var ve *timescale.ValueError
	require.True(t, errors.As(err, &ve), "error %v", err)
	if diff := cmp.Diff([]string{"keep-regime"}, ve.Want); diff != "" {
		t.Errorf("readings offered (-want +got):\n%s", diff)
	}
}

func TestCitationFor(t *testing.T) {
	tests := []struct {
		name      string
		rule      timescale.Rule
		p         timescale.Procedure
		wantCite  string
		wantBasis timescale.Basis
	}{
		{"reg 15(2): a complaint cites SI 2014/1794", mustRule(t, "W14-ACK"), timescale.ComplaintProcedure, "SI 2014/1794 reg 15(2)", reg},
		{"reg 15(2): a case with no procedure is a complaint", mustRule(t, "W14-ACK"), "", "SI 2014/1794 reg 15(2)", reg},
		{"reg 15(2): a representation cites SI 2014/1795, not read", mustRule(t, "W14-ACK"), timescale.RepresentationProcedure, "SI 2014/1795 (provision not read)", assumed},
		{"Ombudsman Act: a representation cites the Acts as a complaint does", mustRule(t, "PSOW"), timescale.RepresentationProcedure, mustRule(t, "PSOW").Citation, reg},
		{"a rule with a representations basis but no representations citation keeps its citation", timescale.Rule{Citation: "c", Basis: reg, RepresentationsBasis: assumed}, timescale.RepresentationProcedure, "c", assumed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cite, basis := tt.rule.CitationFor(tt.p)
			if diff := cmp.Diff([]any{tt.wantCite, tt.wantBasis}, []any{cite, basis}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestAssumed(t *testing.T) {
	want := []string{"W14-ACK", "W14-DISCUSS", "W14-RESOLUTION", "W14-STAGE1", "W14-STAGE2", "W05-STAGE1", "W05-STAGE2", "TIME-LIMIT"}
	if diff := cmp.Diff(want, timescale.Assumed()); diff != "" {
		t.Errorf("the rules resting on an assumption (-want +got):\n%s", diff)
	}
	if got := timescale.AssumedText(); got != "8 rules rest on an assumption" {
		t.Errorf("AssumedText() = %q", got)
	}
	if diff := cmp.Diff([]timescale.Basis{reg, guid, prac, assumed}, timescale.Bases()); diff != "" {
		t.Errorf("Bases() (-want +got):\n%s", diff)
	}
}

// A planned date (an agreed revised date) is set aside with the event it
// revises, so each names that event's date field in Needs.
func TestEveryPlannedDateNeedsAnEvent(t *testing.T) {
	for _, f := range timescale.Fields() {
		if !f.Planned {
			continue
		}
		needs, ok := timescale.FieldByName(f.Needs)
		if !ok || needs.Type != timescale.DateField || needs.Planned {
			t.Errorf("planned field %s needs %q: want the date field of an event", f.Name, f.Needs)
		}
	}
}

// The fields that a field's Needs, After and Before name are date fields
// of the table: the checks of order and prerequisites compare their dates.
func TestFieldsNameOnlyFields(t *testing.T) {
	for _, f := range timescale.Fields() {
		names := append([]string{f.Needs, f.Before}, f.After...)
		for _, name := range names {
			if name == "" {
				continue
			}
			if o, ok := timescale.FieldByName(name); !ok || o.Type != timescale.DateField || o.Name != name {
				t.Errorf("field %s names %q, which is not a date field of the table", f.Name, name)
			}
		}
	}
}

func TestFields(t *testing.T) {
	fields := timescale.Fields()
	var names []string
	for _, f := range fields {
		names = append(names, f.Name)
	}
	want := []string{"id", "kind", "received", "procedure", "complainant", "acknowledged", "discussed",
		"stage1_response", "resolved_locally", "stage2_requested", "stage2_extended_to", "stage2_response", "stage3_requested",
		"ombudsman", "withdrawn", "upheld", "partially_upheld", "not_upheld", "no_finding", "themes",
		"matter", "panel_acknowledged", "panel_statement_requested", "panel_statement_received", "panel_convened", "owner"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("Fields() (-want +got):\n%s", diff)
	}
	fields[8].Choices[0] = "changed"
	if again, _ := timescale.FieldByName("resolved_locally"); again.Choices[0] != "yes" {
		t.Error("changing a returned field changed the field table")
	}

	t.Run("resolved_locally is a choice field of yes or no, for complaints only, recording no event", func(t *testing.T) {
		f, ok := timescale.FieldByName("Resolved_Locally")
		require.True(t, ok)
		got := []any{f.Name, f.Type, f.Choices, f.ComplaintOnly, f.Required, f.Event}
		want := []any{"resolved_locally", timescale.ChoiceField, []string{"yes", "no"}, true, false, timescale.NoEvent}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("no field is called colour", func(t *testing.T) {
		if _, ok := timescale.FieldByName("colour"); ok {
			t.Error("FieldByName(colour) found a field")
		}
	})
	t.Run("the event of receipt is recorded in received, and no field records no event", func(t *testing.T) {
		f, ok := timescale.FieldOf(timescale.Received)
		if !ok || f.Name != "received" {
			t.Errorf("FieldOf(received) = %v, %v", f, ok)
		}
		if _, ok := timescale.FieldOf(timescale.NoEvent); ok {
			t.Error("FieldOf(NoEvent) found a field")
		}
	})

	// Every accessor reads and writes its own type and ignores the others.
	field := func(name string) *timescale.Field {
		f, ok := timescale.FieldByName(name)
		require.True(t, ok, name)
		return f
	}
	var c timescale.Case
	resolved, matter, upheld, themes := field("resolved_locally"), field("matter"), field("upheld"), field("themes")
	resolved.SetText(&c, "yes")
	matter.SetDate(&c, d("2014-05-12"))
	upheld.SetCount(&c, 2)
	themes.SetList(&c, []string{"communication"})
	for _, f := range []*timescale.Field{resolved, matter, upheld, themes} {
		f.SetText(&c, "ignored")
		f.SetDate(&c, d("2000-01-01"))
		f.SetCount(&c, 99)
		f.SetList(&c, []string{"ignored"})
	}
	// Each field was set by its own setter first, then by every setter:
	// only its own type's setter changed it the second time.
	want2 := timescale.Case{ResolvedLocally: "ignored", Matter: d("2000-01-01"), Findings: timescale.Findings{Upheld: 99}, Themes: []string{"ignored"}}
	if diff := cmp.Diff(want2, c); diff != "" {
		t.Errorf("the case after every setter (-want +got):\n%s", diff)
	}
	got := []any{
		resolved.Text(&c), resolved.Date(&c), resolved.Count(&c), resolved.List(&c) == nil,
		matter.Text(&c), matter.Date(&c), upheld.Count(&c), themes.List(&c),
	}
	wantGot := []any{"ignored", calendar.Date{}, 0, true, "", d("2000-01-01"), 99, []string{"ignored"}}
	if diff := cmp.Diff(wantGot, got); diff != "" {
		t.Errorf("the getters (-want +got):\n%s", diff)
	}
	for _, f := range []*timescale.Field{resolved, matter, upheld, themes} {
		if !f.IsSet(&c) {
			t.Errorf("%s is not set", f.Name)
		}
		if f.IsSet(&timescale.Case{}) {
			t.Errorf("%s is set in the zero Case", f.Name)
		}
	}
}

func TestEngineDeadlines(t *testing.T) {
	t.Run("a query for a 2005 complaint's stage 2 after the cutover, under the stage2-by-request-date reading, gives the 2014 stage 2 timescale and says so", func(t *testing.T) {
		s, err := timescale.Engine{}.Deadlines(timescale.Query{
			Received: d("2014-06-02"), Stage2Requested: d("2014-09-01"), AsOf: d("2014-09-01"),
			Transition: timescale.Stage2ByRequestDate,
		})
		require.NoError(t, err)
		var rules []string
		for _, v := range s.Deadlines {
			rules = append(rules, v.Deadline.RuleID)
		}
		got := []any{s.Regime.Name, s.Transition, s.TransitionApplies, s.Status, rules}
		want := []any{timescale.Wales2005, timescale.Stage2ByRequestDate, true, timescale.CaseOpen, []string{"W05-STAGE1", "W14-STAGE2"}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("reg 16(5): a query that records the matter as resolved has its written resolution judged", func(t *testing.T) {
		// discussed Tue 19 Aug 2014; written resolution due Wed 27 Aug
		s, err := timescale.Engine{}.Deadlines(timescale.Query{
			Received: d("2014-08-01"), Acknowledged: d("2014-08-05"), Discussed: d("2014-08-19"), ResolvedLocally: "yes", AsOf: d("2014-08-28"),
		})
		require.NoError(t, err)
		var status timescale.DeadlineStatus
		for _, v := range s.Deadlines {
			if v.Deadline.RuleID == "W14-RESOLUTION" {
				status = v.Deadline.Status
			}
		}
		if status != timescale.DeadlineOverdue {
			t.Errorf("W14-RESOLUTION status %s, want overdue", status)
		}
	})
	t.Run("a query with an unknown reading of the transition is a *ValueError", func(t *testing.T) {
		_, err := timescale.Engine{}.Deadlines(timescale.Query{Received: d("2014-06-02"), Transition: "by-receipt"})
		var ve *timescale.ValueError
		if !errors.As(err, &ve) || ve.Field != "transition" {
			t.Errorf("error %v, want a *ValueError for transition", err)
		}
	})
	t.Run("a query with an unknown reading of the transition is a problem of its field transition, as an unknown procedure is", func(t *testing.T) {
		_, err := timescale.Engine{}.Deadlines(timescale.Query{Received: d("2014-06-02"), Transition: "by-receipt"})
		var ve *timescale.ValidationError
		require.True(t, errors.As(err, &ve), "error %v", err)
		require.Len(t, ve.Problems, 1)
		require.Equal(t, "transition", ve.Problems[0].Field)
		require.Equal(t, problem.UnknownValue, ve.Problems[0].Code)
	})
	t.Run("an invalid query is a *ValidationError without an id", func(t *testing.T) {
		_, err := timescale.Engine{}.Deadlines(timescale.Query{Received: d("2005-01-01")})
		var ve *timescale.ValidationError
		require.True(t, errors.As(err, &ve), "error %v", err)
		if ve.ID != "" || ve.Code() != problem.BeforeFirstRegime {
			t.Errorf("ValidationError %+v", ve)
		}
	})
	t.Run("the schedule of a comment has no regime and no deadlines", func(t *testing.T) {
		a, err := timescale.Evaluate(timescale.Case{ID: "m", Kind: timescale.Comment, Received: d("2014-08-01")}, d("2014-08-01"))
		require.NoError(t, err)
		s, err := timescale.Engine{}.Schedule(&a)
		require.NoError(t, err)
		if s.Regime.Name != "" || len(s.Deadlines) != 0 {
			t.Errorf("schedule %+v", s)
		}
	})
	t.Run("the schedule of an assessment from another table's regime is a *ValueError", func(t *testing.T) {
		a := timescale.Assessment{Regime: "wales-1999"}
		_, err := timescale.Engine{}.Schedule(&a)
		var ve *timescale.ValueError
		if !errors.As(err, &ve) || ve.Field != "regime" {
			t.Errorf("error %v, want a *ValueError for regime", err)
		}
	})
	t.Run("the schedule of a deadline the calendar does not give is a *MismatchError", func(t *testing.T) {
		a, err := timescale.Evaluate(timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d("2014-08-01")}, d("2014-08-01"))
		require.NoError(t, err)
		a.Deadlines[0].Due = d("2014-08-06")
		_, err = timescale.Engine{}.Schedule(&a)
		var me *timescale.MismatchError
		if !errors.As(err, &me) {
			t.Errorf("error %v, want a *MismatchError", err)
		}
	})
}

// Results are plain values: the rule and regime tables and an assessment
// decided by a reading of the transition go through JSON unchanged.
func TestJSONRoundTrip(t *testing.T) {
	a, err := byRequestDate.Evaluate(timescale.Case{
		ID: "j", Kind: timescale.Complaint, Procedure: timescale.RepresentationProcedure, Complainant: "child",
		Received: d("2014-06-02"), Stage1Response: d("2014-06-13"), Stage2Requested: d("2014-09-01"), Stage2Response: d("2014-10-06"),
	}, d("2014-12-01"))
	require.NoError(t, err)
	for _, v := range []struct {
		name string
		in   any
		out  func() any
	}{
		{"the rules", timescale.Rules(), func() any { return new([]timescale.Rule) }},
		{"the regimes", timescale.Regimes(), func() any { return new([]timescale.RegimeInfo) }},
		{"an assessment decided by the stage2-by-request-date reading", a, func() any { return new(timescale.Assessment) }},
	} {
		t.Run(v.name+" go through JSON unchanged", func(t *testing.T) {
			b, err := json.Marshal(v.in)
			require.NoError(t, err)
			out := v.out()
			require.NoError(t, json.Unmarshal(b, out))
			var got any
			switch o := out.(type) {
			case *[]timescale.Rule:
				got = *o
			case *[]timescale.RegimeInfo:
				got = *o
			case *timescale.Assessment:
				got = *o
			}
			if diff := cmp.Diff(v.in, got); diff != "" {
				t.Errorf("(-before +after):\n%s", diff)
			}
		})
	}
	b, err := json.Marshal(a)
	require.NoError(t, err)
	for _, key := range []string{`"transition":"stage2-by-request-date"`, `"transition_applies":true`, `"citation":"SI 2014/1795 (provision not read)"`, `"basis":"assumed"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("the assessment's JSON lacks %s:\n%s", key, b)
		}
	}
}

// Every error of the package carries its code and says what is wrong.
func TestErrorsCarryCodes(t *testing.T) {
	tests := []struct {
		name string
		err  interface {
			error
			Code() problem.Code
		}
		code problem.Code
		text string
	}{
		{"a missing value", &timescale.RequiredError{Field: "id", What: "the record id"}, problem.Required, "required: give the record id"},
		{"a value not accepted", &timescale.ValueError{Field: "resolved_locally", Value: "maybe", Want: []string{"yes", "no"}, Note: "or leave it empty"}, problem.UnknownValue, `"maybe" is not a yes-or-no answer: want yes or no (or leave it empty)`},
		{"a value of a field with no noun", &timescale.ValueError{Field: "transition", Value: "x", Want: []string{"keep-regime"}}, problem.UnknownValue, `"x" is not a transition: want keep-regime`},
		{"a negative count", &timescale.CountError{Field: "upheld", N: -1}, problem.NegativeCount, "-1 is negative"},
		{"an event before receipt", &timescale.OrderError{Field: "acknowledged", Date: d("2014-07-31"), Other: "received", OtherDate: d("2014-08-01")}, problem.EventBeforeReceipt, "2014-07-31 is before received 2014-08-01"},
		{"an event out of order", &timescale.OrderError{Field: "matter", Date: d("2014-08-02"), Other: "received", OtherDate: d("2014-08-01"), NotAfter: true}, problem.EventOutOfOrder, "is after received"},
		{"a missing prerequisite", &timescale.PrerequisiteError{Field: "stage2_response", Date: d("2014-10-06"), Needs: "stage2_requested", Why: "why"}, problem.MissingPrerequisite, "stage2_requested is not: why"},
		{"a stage the regime lacks", &timescale.StageError{Field: "stage3_requested", Stage: 3, Regime: mustRegime(t, timescale.Wales2014)}, problem.StageNotInRegime, "no stage 3 in the wales-2014 procedure"},
		{"a comment with a complaint stage", &timescale.KindError{Field: "acknowledged", Kind: timescale.Comment}, problem.NotAComplaint, "a comment has no complaint stages"},
		{"a complaint before the first regime", &timescale.NoRegimeError{Received: d("2005-01-01"), First: mustRegime(t, timescale.Wales2005)}, problem.BeforeFirstRegime, "before 1 April 2006"},
		{"a deadline past the calendar", &timescale.DeadlineError{RuleID: "W14-ACK", Err: &calendar.RangeError{Date: d("2099-12-31")}}, problem.DateOutOfRange, "the W14-ACK deadline cannot be computed"},
		{"a deadline that cannot be explained", &timescale.MismatchError{RuleID: "W14-ACK", Reason: "why"}, problem.DeadlineMismatch, "cannot explain the W14-ACK deadline: why"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is "+string(tt.code), func(t *testing.T) {
			if tt.err.Code() != tt.code {
				t.Errorf("Code() = %s", tt.err.Code())
			}
			if !strings.HasPrefix(tt.err.Error(), "timescale: ") || !strings.Contains(tt.err.Error(), tt.text) {
				t.Errorf("Error() = %q, want it to say %q", tt.err.Error(), tt.text)
			}
		})
	}
	t.Run("an empty validation error has no code", func(t *testing.T) {
		if c := (&timescale.ValidationError{}).Code(); c != "" {
			t.Errorf("Code() = %q", c)
		}
	})
}

func mustRegime(t *testing.T, name timescale.Regime) timescale.RegimeInfo {
	t.Helper()
	r, ok := timescale.RegimeByName(name)
	require.True(t, ok, "no regime %s", name)
	return r
}
