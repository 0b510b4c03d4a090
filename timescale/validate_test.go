package timescale_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/timescale"
)

// complaint returns a valid complaint received on the given date, changed by f.
func complaint(received string, f func(*timescale.Case)) timescale.Case {
	c := timescale.Case{ID: "v1", Kind: timescale.Complaint, Received: d(received)}
	if f != nil {
		f(&c)
	}
	return c
}

// TestValidate checks every rule of Engine.Validate, one row each. want
// lists the fields at fault, in the order the problems are reported (the
// order of the case-file columns); wantIn holds a phrase each message must
// contain, in the same order.
func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		c      timescale.Case
		want   []string
		wantIn []string
	}{
		// Valid cases.
		{name: "valid: a complaint with only its date of receipt", c: complaint("2014-08-01", nil)},
		{name: "valid: a 2014 complaint with every stage 1 and stage 2 date, findings and themes", c: complaint("2014-08-01", func(c *timescale.Case) {
			c.Complainant, c.Acknowledged, c.Discussed, c.Stage1Response = "child", d("2014-08-05"), d("2014-08-19"), d("2014-08-27")
			c.Stage2Requested, c.Stage2ExtendedTo, c.Stage2Response = d("2014-09-01"), d("2014-10-17"), d("2014-10-15")
			c.Ombudsman, c.Matter = d("2015-01-05"), d("2014-07-01")
			c.Findings, c.Themes = timescale.Findings{Upheld: 1, NotUpheld: 2}, []string{"communication"}
		})},
		{name: "valid: a 2005 complaint taken to a stage 3 panel after the cutover, with every panel step", c: with(panelStatement2014, func(c *timescale.Case) {
			c.ID, c.Kind, c.PanelAcknowledged, c.PanelConvened = "v1", timescale.Complaint, d("2014-10-07"), d("2014-12-02")
		})},
		{name: "valid: a children's representation by a young person", c: complaint("2014-08-01", func(c *timescale.Case) {
			c.Procedure, c.Complainant = timescale.RepresentationProcedure, "young-person"
		})},
		{name: "valid: a comment received in 2005 (comments fall under no regime)", c: timescale.Case{ID: "v1", Kind: timescale.Comment, Received: d("2005-06-01")}},
		{name: "valid: every event on the day of receipt", c: complaint("2014-08-01", func(c *timescale.Case) {
			c.Acknowledged, c.Discussed, c.Stage1Response, c.Stage2Requested, c.Stage2Response = c.Received, c.Received, c.Received, c.Received, c.Received
		})},

		// Required fields and values.
		{name: "id: a record without an id", c: complaint("2014-08-01", func(c *timescale.Case) { c.ID = "" }), want: []string{"id"}, wantIn: []string{"required"}},
		{name: "kind: a record without a kind", c: complaint("2014-08-01", func(c *timescale.Case) { c.Kind = "" }), want: []string{"kind"}, wantIn: []string{"required"}},
		{name: `kind: "grumble" is not a kind of record`, c: complaint("2014-08-01", func(c *timescale.Case) { c.Kind = "grumble" }), want: []string{"kind"}, wantIn: []string{`"grumble"`}},
		{name: `procedure: "appeal" is not a procedure`, c: complaint("2014-08-01", func(c *timescale.Case) { c.Procedure = "appeal" }), want: []string{"procedure"}, wantIn: []string{`"appeal"`}},
		{name: `complainant: "neighbour" is not a kind of complainant`, c: complaint("2014-08-01", func(c *timescale.Case) { c.Complainant = "neighbour" }), want: []string{"complainant"}, wantIn: []string{`"neighbour"`}},
		{name: `resolved_locally: "maybe" is not yes or no`, c: complaint("2014-08-01", func(c *timescale.Case) { c.ResolvedLocally = "maybe" }), want: []string{"resolved_locally"}, wantIn: []string{`"maybe" is not a yes-or-no answer: want yes or no`}},
		{name: "valid: resolved_locally no (the matter was not resolved at stage 1)", c: complaint("2014-08-01", func(c *timescale.Case) { c.ResolvedLocally = "no" })},
		{name: "received: a record without a date of receipt", c: complaint("2014-08-01", func(c *timescale.Case) { c.Received = calendar.Date{} }), want: []string{"received"}, wantIn: []string{"required"}},

		// Dates.
		{name: "received: a complaint received Thursday 31 Mar 2005 falls under no encoded regime", c: complaint("2005-03-31", nil), want: []string{"received"}, wantIn: []string{"before 1 April 2006"}},
		{name: "received: a complaint received Friday 31 Mar 2006, the day before SI 2005/3366 came into force, falls under no encoded regime", c: complaint("2006-03-31", nil), want: []string{"received"}, wantIn: []string{"before 1 April 2006"}},
		{name: "received: 1 Jan 2100 is outside the calendar's range", c: complaint("2100-01-01", nil), want: []string{"received"}, wantIn: []string{"outside the supported range 1974-01-01 to 2099-12-31"}},
		{name: "received: 31 Dec 1973 is outside the calendar's range", c: complaint("1973-12-31", nil), want: []string{"received"}, wantIn: []string{"outside the supported range"}},
		{name: "acknowledged: 2014-02-30 written as a Date literal is not a real date", c: complaint("2014-01-31", func(c *timescale.Case) { c.Acknowledged = calendar.Date{Year: 2014, Month: time.February, Day: 30} }), want: []string{"acknowledged"}, wantIn: []string{"2014-02-30 is not a valid date"}},
		{name: "received: month 13 is not a real date", c: complaint("2014-08-01", func(c *timescale.Case) { c.Received = calendar.Date{Year: 2014, Month: 13, Day: 1} }), want: []string{"received"}, wantIn: []string{"not a valid date"}},
		{name: "stage2_response: 1 Jan 2100 is outside the calendar's range", c: complaint("2014-08-01", func(c *timescale.Case) { c.Stage2Requested, c.Stage2Response = d("2014-09-01"), d("2100-01-01") }), want: []string{"stage2_response"}, wantIn: []string{"outside the supported range"}},

		// Order of events.
		{name: "stage1_response: a response before receipt", c: complaint("2014-08-01", func(c *timescale.Case) { c.Stage1Response = d("2014-07-31") }), want: []string{"stage1_response"}, wantIn: []string{"before received"}},
		{name: "acknowledged: an acknowledgement before receipt", c: complaint("2014-08-01", func(c *timescale.Case) { c.Acknowledged = d("2014-07-30") }), want: []string{"acknowledged"}, wantIn: []string{"before received"}},
		{name: "withdrawn: withdrawn before receipt", c: complaint("2014-08-01", func(c *timescale.Case) { c.Withdrawn = d("2014-07-30") }), want: []string{"withdrawn"}, wantIn: []string{"before received"}},
		{name: "ombudsman: the Ombudsman's contact before receipt", c: complaint("2014-08-01", func(c *timescale.Case) { c.Ombudsman = d("2014-07-30") }), want: []string{"ombudsman"}, wantIn: []string{"before received"}},
		{name: "discussed: a discussion before the acknowledgement", c: complaint("2014-08-01", func(c *timescale.Case) { c.Acknowledged, c.Discussed = d("2014-08-05"), d("2014-08-04") }), want: []string{"discussed"}, wantIn: []string{"before acknowledged"}},
		{name: "stage1_response: a written resolution before the discussion", c: complaint("2014-08-01", func(c *timescale.Case) { c.Discussed, c.Stage1Response = d("2014-08-19"), d("2014-08-18") }), want: []string{"stage1_response"}, wantIn: []string{"before discussed"}},
		{name: "stage2_response: a stage 2 response with no request", c: complaint("2014-08-01", func(c *timescale.Case) { c.Stage2Response = d("2014-10-06") }), want: []string{"stage2_response"}, wantIn: []string{"stage2_requested is not"}},
		{name: "stage2_response: a stage 2 response before its request", c: complaint("2014-08-01", func(c *timescale.Case) { c.Stage2Requested, c.Stage2Response = d("2014-09-01"), d("2014-08-29") }), want: []string{"stage2_response"}, wantIn: []string{"before stage2_requested"}},
		{name: "stage2_extended_to: an agreed revised date with no stage 2 request", c: complaint("2014-08-01", func(c *timescale.Case) { c.Stage2ExtendedTo = d("2014-10-17") }), want: []string{"stage2_extended_to"}, wantIn: []string{"stage2_requested is not"}},
		{name: "stage2_extended_to: an agreed revised date before the stage 2 request", c: complaint("2014-08-01", func(c *timescale.Case) { c.Stage2Requested, c.Stage2ExtendedTo = d("2014-09-01"), d("2014-08-29") }), want: []string{"stage2_extended_to"}, wantIn: []string{"before stage2_requested"}},
		{name: "stage3_requested: there is no stage 3 in SI 2014/1794 (a complaint received Friday 1 Aug 2014)", c: complaint("2014-08-01", func(c *timescale.Case) {
			c.Stage2Requested, c.Stage2Response, c.Stage3Requested = d("2014-09-01"), d("2014-10-06"), d("2014-10-10")
		}), want: []string{"stage3_requested"}, wantIn: []string{"no stage 3 in the wales-2014 procedure"}},
		{name: "stage3_requested: a 2005 panel request with no stage 2 request", c: complaint("2014-06-02", func(c *timescale.Case) { c.Stage3Requested = d("2014-10-03") }), want: []string{"stage3_requested"}, wantIn: []string{"stage2_requested is not"}},
		{name: "stage3_requested: a 2005 panel request before the stage 2 response", c: complaint("2014-06-02", func(c *timescale.Case) {
			c.Stage2Requested, c.Stage2Response, c.Stage3Requested = d("2014-09-01"), d("2014-10-01"), d("2014-09-30")
		}), want: []string{"stage3_requested"}, wantIn: []string{"before stage2_response"}},
		{name: "panel_acknowledged: a panel step with no stage 3 request", c: complaint("2014-06-02", func(c *timescale.Case) { c.PanelAcknowledged = d("2014-10-07") }), want: []string{"panel_acknowledged"}, wantIn: []string{"stage3_requested is not"}},
		{name: "panel_convened: a panel convened before the stage 3 request", c: with(panel2014, func(c *timescale.Case) { c.ID, c.Kind, c.PanelConvened = "v1", timescale.Complaint, d("2014-10-02") }), want: []string{"panel_convened"}, wantIn: []string{"before stage3_requested"}},
		{name: "panel_statement_received: a written statement received before it was requested", c: with(panel2014, func(c *timescale.Case) {
			c.ID, c.Kind, c.PanelStatementRequested, c.PanelStatementReceived = "v1", timescale.Complaint, d("2014-10-10"), d("2014-10-09")
		}), want: []string{"panel_statement_received"}, wantIn: []string{"before panel_statement_requested"}},
		{name: "panel_convened: a panel convened before the written statement was received", c: with(panelStatement2014, func(c *timescale.Case) {
			c.ID, c.Kind, c.PanelConvened = "v1", timescale.Complaint, d("2014-11-03")
		}), want: []string{"panel_convened"}, wantIn: []string{"before panel_statement_received"}},
		{name: "matter: the matter noticed after the complaint about it", c: complaint("2014-08-01", func(c *timescale.Case) { c.Matter = d("2014-08-02") }), want: []string{"matter"}, wantIn: []string{"after received"}},

		// Findings.
		{name: "upheld: a negative count", c: complaint("2014-08-01", func(c *timescale.Case) { c.Findings.Upheld = -1 }), want: []string{"upheld"}, wantIn: []string{"-1 is negative"}},
		{name: "partially_upheld: a negative count", c: complaint("2014-08-01", func(c *timescale.Case) { c.Findings.PartiallyUpheld = -2 }), want: []string{"partially_upheld"}, wantIn: []string{"-2 is negative"}},
		{name: "not_upheld: a negative count", c: complaint("2014-08-01", func(c *timescale.Case) { c.Findings.NotUpheld = -3 }), want: []string{"not_upheld"}, wantIn: []string{"-3 is negative"}},
		{name: "no_finding: a negative count", c: complaint("2014-08-01", func(c *timescale.Case) { c.Findings.NoFinding = -4 }), want: []string{"no_finding"}, wantIn: []string{"-4 is negative"}},

		// Comments and compliments.
		{name: "acknowledged, stage2_requested: a comment with complaint stage dates", c: timescale.Case{ID: "v1", Kind: timescale.Comment, Received: d("2014-08-01"), Acknowledged: d("2014-08-05"), Stage2Requested: d("2014-09-01")},
			want: []string{"acknowledged", "stage2_requested"}, wantIn: []string{"a comment has no complaint stages", "a comment has no complaint stages"}},
		{name: "resolved_locally: a compliment resolved locally", c: timescale.Case{ID: "v1", Kind: timescale.Compliment, Received: d("2014-08-01"), ResolvedLocally: "yes"},
			want: []string{"resolved_locally"}, wantIn: []string{"a compliment has no stage 1 to resolve: remove this value"}},
		{name: "upheld: a compliment with findings", c: timescale.Case{ID: "v1", Kind: timescale.Compliment, Received: d("2014-08-01"), Findings: timescale.Findings{Upheld: 1}},
			want: []string{"upheld"}, wantIn: []string{"a compliment has no findings"}},

		// Every problem, not just the first.
		{name: "three problems listed together, by field: a response before receipt, a stage 2 response with no request and a negative finding",
			c: complaint("2014-08-01", func(c *timescale.Case) {
				c.Stage1Response, c.Stage2Response, c.Findings.NotUpheld = d("2014-07-31"), d("2014-10-06"), -1
			}),
			want:   []string{"stage1_response", "stage2_response", "not_upheld"},
			wantIn: []string{"before received", "stage2_requested is not", "negative"}},
		{name: "five problems listed together: no id, an unknown kind, an unknown complainant, a date that is not real and a date out of range",
			c:      timescale.Case{Kind: "grumble", Complainant: "neighbour", Received: d("2014-08-01"), Acknowledged: calendar.Date{Year: 2014, Month: 2, Day: 30}, Withdrawn: d("2100-01-01")},
			want:   []string{"id", "kind", "complainant", "acknowledged", "withdrawn"},
			wantIn: []string{"required", "grumble", "neighbour", "not a valid date", "outside the supported range"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Len(t, tt.wantIn, len(tt.want), "test table: one phrase per field")
			err := timescale.Engine{}.Validate(tt.c)
			if len(tt.want) == 0 {
				require.NoError(t, err, "want a valid case")
				_, err := timescale.Evaluate(tt.c, tt.c.Received)
				require.NoError(t, err, "Evaluate of a valid case")
				return
			}
			var ve *timescale.ValidationError
			require.True(t, errors.As(err, &ve), "Validate error = %T %v, want a *ValidationError", err, err)
			var fields []string
			for _, p := range ve.Problems {
				fields = append(fields, p.Field)
			}
			if diff := cmp.Diff(tt.want, fields); diff != "" {
				t.Fatalf("fields at fault (-want +got):\n%s\nproblems: %v", diff, ve.Problems)
			}
			for i, p := range ve.Problems {
				if !strings.Contains(p.Message, tt.wantIn[i]) {
					t.Errorf("problem %d, %s: message %q does not contain %q", i, p.Field, p.Message, tt.wantIn[i])
				}
				if !strings.Contains(err.Error(), p.String()) {
					t.Errorf("Error() %q does not list %q", err.Error(), p.String())
				}
				if p.String() != p.Field+": "+p.Message {
					t.Errorf("Problem.String() = %q, want field: message", p.String())
				}
				if p.Err == nil || p.Code == "" || p.Code != problem.CodeOf(p.Err) {
					t.Errorf("problem %d, %s: code %q, error %v: want a typed error and its code", i, p.Field, p.Code, p.Err)
				}
			}
			if ve.ID != tt.c.ID {
				t.Errorf("ValidationError.ID = %q, want %q", ve.ID, tt.c.ID)
			}
			if tt.c.ID != "" && !strings.Contains(err.Error(), "case "+tt.c.ID+" is not valid") {
				t.Errorf("Error() %q does not name the case", err.Error())
			}
			// Evaluate refuses the same case with the same problems.
			_, eerr := timescale.Evaluate(tt.c, d("2014-08-01"))
			var eve *timescale.ValidationError
			require.True(t, errors.As(eerr, &eve), "Evaluate error = %v, want a *ValidationError", eerr)
			if diff := cmp.Diff(ve.Problems, eve.Problems); diff != "" {
				t.Errorf("Evaluate reports other problems than Validate (-Validate +Evaluate):\n%s", diff)
			}
		})
	}
}

func TestComplainants(t *testing.T) {
	want := []string{"parent", "carer", "foster-carer", "relative", "child", "young-person", "advocate", "other"}
	got := timescale.Complainants()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Complainants() (-want +got):\n%s", diff)
	}
	got[0] = "changed"
	if timescale.Complainants()[0] != "parent" {
		t.Error("Complainants returns the package's own array")
	}
	for _, tt := range []struct {
		complainant string
		want        bool
	}{{"child", true}, {"young-person", true}, {"parent", false}, {"advocate", false}, {"", false}, {"Child", false}} {
		t.Run(fmt.Sprintf("complainant %q is a child or young person: %v", tt.complainant, tt.want), func(t *testing.T) {
			if got := timescale.IsChildOrYoungPerson(tt.complainant); got != tt.want {
				t.Errorf("IsChildOrYoungPerson(%q) = %v, want %v", tt.complainant, got, tt.want)
			}
		})
	}
}

// TestEvaluateNeverPanics feeds Evaluate cases that are wrong in every way
// the types allow: it must return an error or an assessment, never panic.
func TestEvaluateNeverPanics(t *testing.T) {
	odd := []calendar.Date{
		{}, {Year: 2014, Month: 2, Day: 30}, {Year: 2014, Month: 13, Day: 1}, {Year: 2014, Month: 0, Day: 1},
		{Year: 2014, Month: 1, Day: 0}, {Year: 2014, Month: 1, Day: -5}, {Year: -1, Month: 1, Day: 1}, {Year: 0, Month: 1, Day: 1},
		{Year: 10000, Month: 1, Day: 1}, {Year: 1 << 40, Month: 1, Day: 1}, {Year: 1973, Month: 12, Day: 31}, {Year: 1974, Month: 1, Day: 1},
		{Year: 2006, Month: 3, Day: 31}, {Year: 2006, Month: 4, Day: 1}, {Year: 2014, Month: 7, Day: 31}, {Year: 2014, Month: 8, Day: 1},
		{Year: 2099, Month: 12, Day: 1}, {Year: 2099, Month: 12, Day: 26}, {Year: 2099, Month: 12, Day: 31}, {Year: 2100, Month: 1, Day: 1},
	}
	kinds := []timescale.RecordKind{timescale.Complaint, timescale.Comment, timescale.Compliment, "", "grumble"}
	r := rand.New(rand.NewPCG(1, 2))
	pick := func() calendar.Date {
		if r.IntN(3) == 0 {
			return calendar.Date{}
		}
		return odd[r.IntN(len(odd))]
	}
	for i := range 20000 {
		c := timescale.Case{
			ID: fmt.Sprint(i), Kind: kinds[r.IntN(len(kinds))], Received: pick(), Acknowledged: pick(), Discussed: pick(),
			Stage1Response: pick(), Stage2Requested: pick(), Stage2ExtendedTo: pick(), Stage2Response: pick(),
			Stage3Requested: pick(), Ombudsman: pick(), Withdrawn: pick(), Matter: pick(), PanelAcknowledged: pick(),
			PanelStatementRequested: pick(), PanelStatementReceived: pick(), PanelConvened: pick(),
			Findings: timescale.Findings{Upheld: r.IntN(5) - 2},
		}
		asOf := odd[r.IntN(len(odd))]
		e := timescale.Engine{DeemNextWorkingDay: i%2 == 0}
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("Evaluate(%+v, %s) panicked: %v", c, asOf, p)
				}
			}()
			a, err := e.Evaluate(c, asOf)
			if err == nil {
				for _, x := range a.Deadlines {
					if _, err := e.Explain(x); err != nil {
						t.Errorf("Explain of %s in %+v: %v", x.RuleID, c, err)
					}
				}
			}
		}()
	}
	// The zero Deadline names no rule: it cannot be explained, and says so.
	_, err := timescale.Engine{}.Explain(timescale.Deadline{})
	var me *timescale.MismatchError
	require.ErrorAs(t, err, &me)
}

// FuzzEvaluate: any case built from any dates gives an error or an
// assessment, never a panic; a valid assessment's deadlines add up.
func FuzzEvaluate(f *testing.F) {
	f.Add(2014, 8, 1, 4, 18, 26, 31, 25, 0, true, false)
	f.Add(2014, 7, 31, 0, 0, 14, 40, 25, 30, false, true)
	f.Add(2099, 12, 31, 1, 1, 1, 1, 1, 1, false, false)
	f.Add(2014, 2, 30, 0, 0, 0, 0, 0, 0, true, true)
	f.Fuzz(func(t *testing.T, y, m, day, ack, disc, s1, s2req, s2resp, s3 int, deemed, byRequestDate bool) {
		received := calendar.Date{Year: y, Month: time.Month(m), Day: day}
		at := func(n int) calendar.Date {
			if n <= 0 || !received.IsValid() {
				return calendar.Date{}
			}
			return received.AddDays(n % 100000)
		}
		c := timescale.Case{
			ID: "f", Kind: timescale.Complaint, Received: received,
			Acknowledged: at(ack), Discussed: at(disc), Stage1Response: at(s1),
			Stage2Requested: at(s2req), Stage2Response: at(s2resp), Stage3Requested: at(s3),
		}
		e := timescale.Engine{DeemNextWorkingDay: deemed}
		if byRequestDate {
			e.Transition = timescale.Stage2ByRequestDate
		}
		a, err := e.Evaluate(c, received)
		if err != nil {
			return
		}
		for _, x := range a.Deadlines {
			if x.WorkingDays == 0 {
				continue
			}
			n, err := calendar.Wales().WorkingDaysBetween(x.From, x.Due)
			if err != nil || n != x.WorkingDays {
				t.Errorf("%s: %d working days from %s to %s (%v), want %d", x.RuleID, n, x.From, x.Due, err, x.WorkingDays)
			}
		}
	})
}

func TestFindingsTotal(t *testing.T) {
	f := timescale.Findings{Upheld: 1, PartiallyUpheld: 2, NotUpheld: 3, NoFinding: 4}
	if got := f.Total(); got != 10 {
		t.Errorf("Findings%+v.Total() = %d, want 10 (every element recorded counts, whatever its finding)", f, got)
	}
}
