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

// pembrokeshire is Pembrokeshire's published local target for social
// services complaints: a stage 1 response in 15 working days, where the
// statutory benchmark (W14-STAGE1) is 17.
var pembrokeshire = timescale.LocalTarget{
	Procedure: timescale.ComplaintProcedure, Milestone: timescale.Stage1Response, WorkingDays: 15,
	Name: "stage 1 response", Source: "Pembrokeshire County Council, easy-read factsheet (social services complaints, Cam 1)",
}

// withTargets returns an engine with a policy of the given targets.
func withTargets(xs ...timescale.LocalTarget) timescale.Engine {
	return timescale.Engine{Policy: timescale.Policy{Name: "test", Targets: xs}}
}

func TestALocalTargetStandsBesideTheStatutoryDeadline(t *testing.T) {
	// Received Friday 1 Aug 2014: the 15th working day is Friday 22 Aug
	// (Mon 4 .. Fri 8 (5), 11-15 (10), 18-22 (15)); the 17th is Wednesday
	// 27 Aug, past the summer bank holiday of Monday 25 Aug.
	received := d("2014-08-01")
	tests := []struct {
		name       string
		engine     timescale.Engine
		c          timescale.Case
		asOf       calendar.Date
		wantStatus timescale.DeadlineStatus // the statutory status, unchanged by the target
		want       timescale.TargetDeadline
	}{
		{
			name:       "SI 2014/1794 (17 working days) met on Wednesday 27 Aug 2014 while the local target of 15 (Friday 22 Aug) is missed by 2 working days",
			engine:     withTargets(pembrokeshire),
			c:          timescale.Case{Received: received, Stage1Response: d("2014-08-27")},
			asOf:       d("2014-08-27"),
			wantStatus: timescale.DeadlineInTime,
			want:       timescale.TargetDeadline{Name: pembrokeshire.Name, Source: pembrokeshire.Source, WorkingDays: 15, Due: d("2014-08-22"), Status: timescale.DeadlineLate, LateBy: 2},
		},
		{
			name:       "the local target of 15 working days is met by a response on Friday 22 Aug 2014, its due date",
			engine:     withTargets(pembrokeshire),
			c:          timescale.Case{Received: received, Stage1Response: d("2014-08-22")},
			asOf:       d("2014-08-22"),
			wantStatus: timescale.DeadlineInTime,
			want:       timescale.TargetDeadline{Name: pembrokeshire.Name, Source: pembrokeshire.Source, WorkingDays: 15, Due: d("2014-08-22"), Status: timescale.DeadlineInTime},
		},
		{
			name:       "not answered on Tuesday 26 Aug 2014: overdue by 1 against the local target, not yet due under SI 2014/1794",
			engine:     withTargets(pembrokeshire),
			c:          timescale.Case{Received: received},
			asOf:       d("2014-08-26"),
			wantStatus: timescale.DeadlineNotYetDue,
			want:       timescale.TargetDeadline{Name: pembrokeshire.Name, Source: pembrokeshire.Source, WorkingDays: 15, Due: d("2014-08-22"), Status: timescale.DeadlineOverdue, LateBy: 1},
		},
		{
			name:       "not answered on Friday 22 Aug 2014: due today against the local target",
			engine:     withTargets(pembrokeshire),
			c:          timescale.Case{Received: received},
			asOf:       d("2014-08-22"),
			wantStatus: timescale.DeadlineNotYetDue,
			want:       timescale.TargetDeadline{Name: pembrokeshire.Name, Source: pembrokeshire.Source, WorkingDays: 15, Due: d("2014-08-22"), Status: timescale.DeadlineDueToday},
		},
		{
			name:       "not answered on Thursday 21 Aug 2014: not yet due against either",
			engine:     withTargets(pembrokeshire),
			c:          timescale.Case{Received: received},
			asOf:       d("2014-08-21"),
			wantStatus: timescale.DeadlineNotYetDue,
			want:       timescale.TargetDeadline{Name: pembrokeshire.Name, Source: pembrokeshire.Source, WorkingDays: 15, Due: d("2014-08-22"), Status: timescale.DeadlineNotYetDue},
		},
		{
			name:       "a withdrawn complaint is withdrawn against the local target too",
			engine:     withTargets(pembrokeshire),
			c:          timescale.Case{Received: received, Withdrawn: d("2014-08-20")},
			asOf:       d("2014-09-30"),
			wantStatus: timescale.DeadlineWithdrawn,
			want:       timescale.TargetDeadline{Name: pembrokeshire.Name, Source: pembrokeshire.Source, WorkingDays: 15, Due: d("2014-08-22"), Status: timescale.DeadlineWithdrawn},
		},
		{
			name: "a target with a first day later than the receipt does not apply",
			engine: func() timescale.Engine {
				x := pembrokeshire
				x.From = d("2023-04-01")
				return withTargets(x)
			}(),
			c:          timescale.Case{Received: received, Stage1Response: d("2014-08-27")},
			asOf:       d("2014-08-27"),
			wantStatus: timescale.DeadlineInTime,
		},
		{
			name:       "a target for children's representations does not apply to a complaint",
			engine:     withTargets(timescale.LocalTarget{Procedure: timescale.RepresentationProcedure, Milestone: timescale.Stage1Response, WorkingDays: 15, Name: "n", Source: "s"}),
			c:          timescale.Case{Received: received, Stage1Response: d("2014-08-27")},
			asOf:       d("2014-08-27"),
			wantStatus: timescale.DeadlineInTime,
		},
		{
			name:       "with no policy there is no target",
			c:          timescale.Case{Received: received, Stage1Response: d("2014-08-27")},
			asOf:       d("2014-08-27"),
			wantStatus: timescale.DeadlineInTime,
		},
		{
			name:       "a target counts from the same deemed day as the statutory rule: received Saturday 2 Aug 2014, deemed Monday 4 Aug, target due Monday 25 Aug is a bank holiday, so Tuesday 26 Aug",
			engine:     func() timescale.Engine { e := withTargets(pembrokeshire); e.DeemNextWorkingDay = true; return e }(),
			c:          timescale.Case{Received: d("2014-08-02")},
			asOf:       d("2014-08-04"),
			wantStatus: timescale.DeadlineNotYetDue,
			want:       timescale.TargetDeadline{Name: pembrokeshire.Name, Source: pembrokeshire.Source, WorkingDays: 15, Due: d("2014-08-26"), Status: timescale.DeadlineNotYetDue},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			c.ID, c.Kind = "c", timescale.Complaint
			a, err := tt.engine.Evaluate(c, tt.asOf)
			require.NoError(t, err)
			x, ok := a.Deadline(timescale.Stage1Response)
			require.True(t, ok)
			require.Equal(t, tt.wantStatus, x.Status, "the statutory status")
			wantDue := d("2014-08-27")
			if tt.engine.DeemNextWorkingDay {
				wantDue = d("2014-08-28") // 17 working days after Monday 4 Aug
			}
			require.Equal(t, wantDue, x.Due, "the statutory due date is unchanged")
			if diff := cmp.Diff(tt.want, x.Target); diff != "" {
				t.Errorf("target (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAnOptionalRuleIsSwitchedOffByAPolicyAndNoOtherRuleCanBe(t *testing.T) {
	c := timescale.Case{ID: "k", Kind: timescale.Complaint, Procedure: timescale.CorporateProcedure, Received: d("2024-09-02")}
	ids := func(e timescale.Engine) []string {
		a, err := e.Evaluate(c, d("2024-09-02"))
		require.NoError(t, err)
		var out []string
		for _, x := range a.Deadlines {
			out = append(out, x.RuleID)
		}
		return out
	}
	t.Run("Ombudsman's model: the acknowledgement in 5 working days (CORP-ACK) applies by default", func(t *testing.T) {
		require.Equal(t, []string{"CORP-ACK", "CORP-STAGE1"}, ids(timescale.Engine{}))
	})
	t.Run("Ombudsman's model: a council whose procedure has no acknowledgement target switches CORP-ACK off", func(t *testing.T) {
		require.Equal(t, []string{"CORP-STAGE1"}, ids(timescale.Engine{Policy: timescale.Policy{SwitchedOff: []string{"CORP-ACK"}}}))
	})
	t.Run("a statutory rule (W14-ACK) cannot be switched off: the policy is refused", func(t *testing.T) {
		_, err := timescale.Engine{Policy: timescale.Policy{SwitchedOff: []string{"W14-ACK"}}}.Evaluate(c, d("2024-09-02"))
		var pe *timescale.PolicyError
		require.ErrorAs(t, err, &pe)
		require.Equal(t, problem.PolicyNotOptional, problem.CodeOf(err))
		require.Equal(t, `switched_off[0]: "W14-ACK" is not an optional rule, and only an optional rule can be switched off: want CORP-ACK`, pe.Problems[0].String())
	})
}

func TestCheckPolicyRefusesWhatTheEngineCannotUse(t *testing.T) {
	good := pembrokeshire
	with := func(edit func(*timescale.LocalTarget)) timescale.LocalTarget {
		x := good
		edit(&x)
		return x
	}
	tests := []struct {
		name string
		p    timescale.Policy
		want []string // the problems, "field: message [code]"
	}{
		{"a policy with Pembrokeshire's target is accepted", timescale.Policy{Targets: []timescale.LocalTarget{good}}, nil},
		{"the zero policy is accepted", timescale.Policy{}, nil},
		{
			"an unknown procedure is refused, naming the procedures",
			timescale.Policy{Targets: []timescale.LocalTarget{with(func(x *timescale.LocalTarget) { x.Procedure = "housing" })}},
			[]string{`targets[0].procedure: "housing" is not a procedure any regime governs: want complaint, representation or corporate [policy-unknown-procedure]`},
		},
		{
			"a milestone of no rule of the procedure is refused, naming those it has",
			timescale.Policy{Targets: []timescale.LocalTarget{with(func(x *timescale.LocalTarget) {
				x.Procedure, x.Milestone = timescale.CorporateProcedure, timescale.Discussion
			})}},
			[]string{`targets[0].milestone: "discussion" is not a milestone of that procedure counted in working days: want acknowledgement, stage1-response or stage2-response [policy-unknown-milestone]`},
		},
		{
			"a milestone counted in months (the time limit) cannot have a target in working days",
			timescale.Policy{Targets: []timescale.LocalTarget{with(func(x *timescale.LocalTarget) { x.Milestone = timescale.ComplaintMade })}},
			[]string{`targets[0].milestone: "complaint-made" is not a milestone of that procedure counted in working days: want stage1-response, stage2-response, panel-acknowledgement, panel-statement, panel-convened, acknowledgement, discussion or resolution [policy-unknown-milestone]`},
		},
		{
			"0 working days is refused",
			timescale.Policy{Targets: []timescale.LocalTarget{with(func(x *timescale.LocalTarget) { x.WorkingDays = 0 })}},
			[]string{"targets[0].working_days: 0 working days is not a target: want a whole number from 1 to 250 [policy-days-out-of-range]"},
		},
		{
			"a negative number of working days is refused",
			timescale.Policy{Targets: []timescale.LocalTarget{with(func(x *timescale.LocalTarget) { x.WorkingDays = -3 })}},
			[]string{"targets[0].working_days: -3 working days is not a target: want a whole number from 1 to 250 [policy-days-out-of-range]"},
		},
		{
			"251 working days is refused; 250 is the most",
			timescale.Policy{Targets: []timescale.LocalTarget{
				with(func(x *timescale.LocalTarget) { x.WorkingDays = 251 }),
				with(func(x *timescale.LocalTarget) { x.WorkingDays, x.Procedure = 250, timescale.RepresentationProcedure }),
			}},
			[]string{"targets[0].working_days: 251 working days is not a target: want a whole number from 1 to 250 [policy-days-out-of-range]"},
		},
		{
			"a target without a source, a name, a procedure or a milestone is refused for each",
			timescale.Policy{Targets: []timescale.LocalTarget{
				with(func(x *timescale.LocalTarget) { x.Source, x.Name = "", "" }),
				with(func(x *timescale.LocalTarget) { x.Procedure = "" }),
				with(func(x *timescale.LocalTarget) { x.Procedure, x.Milestone = timescale.RepresentationProcedure, "" }),
			}},
			[]string{
				"targets[0].name: required: give the target's name [policy-missing-value]",
				"targets[0].source: required: give the target's source (the policy document it comes from) [policy-missing-value]",
				"targets[1].procedure: required: give the target's procedure [policy-missing-value]",
				"targets[2].milestone: required: give the target's milestone [policy-missing-value]",
			},
		},
		{
			"two targets for the same procedure, milestone and first day are refused",
			timescale.Policy{Targets: []timescale.LocalTarget{good, with(func(x *timescale.LocalTarget) { x.WorkingDays = 12 })}},
			[]string{"targets[1].milestone: a second target for the same procedure, milestone and first day as target 1: keep one [policy-duplicate-target]"},
		},
		{
			"two targets for the same milestone from different first days are accepted",
			timescale.Policy{Targets: []timescale.LocalTarget{good, with(func(x *timescale.LocalTarget) { x.WorkingDays, x.From = 12, d("2025-04-01") })}},
			nil,
		},
		{
			"switching off an unknown rule is refused",
			timescale.Policy{SwitchedOff: []string{"CORP-ACK", "NO-SUCH-RULE"}},
			[]string{`switched_off[1]: "NO-SUCH-RULE" is not an optional rule, and only an optional rule can be switched off: want CORP-ACK [policy-not-optional]`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := timescale.Statutory().CheckPolicy(tt.p)
			var got []string
			if err != nil {
				var pe *timescale.PolicyError
				require.ErrorAs(t, err, &pe)
				for _, p := range pe.Problems {
					got = append(got, p.String()+" ["+string(p.Code)+"]")
					var te *timescale.TargetError
					require.True(t, errors.As(p.Err, &te), "the problem carries a *TargetError")
					require.False(t, strings.HasPrefix(te.Message(), "timescale:"))
				}
				require.Equal(t, pe.Problems[0].Code, pe.Code())
				require.Len(t, pe.Unwrap(), len(pe.Problems))
				require.True(t, strings.HasPrefix(err.Error(), "timescale: the policy cannot be used: "))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("an engine with a policy it cannot use refuses every case with a *PolicyError", func(t *testing.T) {
		_, err := withTargets(with(func(x *timescale.LocalTarget) { x.WorkingDays = 0 })).Evaluate(timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d("2014-08-01")}, d("2014-08-01"))
		var pe *timescale.PolicyError
		require.ErrorAs(t, err, &pe)
		require.Equal(t, problem.Code(""), (&timescale.PolicyError{}).Code())
		require.Equal(t, "this part of the policy cannot be used", (&timescale.TargetError{}).Message())
	})
}

func TestADeadlineWithATargetRoundTripsThroughJSON(t *testing.T) {
	e := withTargets(pembrokeshire)
	a, err := e.Evaluate(timescale.Case{ID: "c", Kind: timescale.Complaint, Received: d("2014-08-01"), Stage1Response: d("2014-08-27")}, d("2014-08-27"))
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	require.Contains(t, string(b), `"target":{"name":"stage 1 response"`)
	var back timescale.Assessment
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("round trip (-first +second):\n%s", diff)
	}
	require.False(t, back.Deadlines[3].Target.Met())
	require.Equal(t, "W14-STAGE1", back.Deadlines[3].RuleID)
	ack := back.Deadlines[0]
	require.True(t, ack.Target.IsZero(), "no target for the acknowledgement")
	require.NotContains(t, mustJSON(t, ack), `"target"`, "a deadline without a target has no target key")

	s, err := e.Schedule(&a)
	require.NoError(t, err)
	var text strings.Builder
	require.NoError(t, s.WriteText(&text))
	require.Contains(t, text.String(), "- stage1-response: stage 1 response, 15 working days (Pembrokeshire County Council, easy-read factsheet (social services complaints, Cam 1)): due Fri 22 Aug 2014, late by 2 working days; statutory due Wed 27 Aug 2014, in-time")
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}
