package assess

import (
	"encoding/json"
	"strconv"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/timescale"
)

// A Row is one complaint of an assessed case file: its stage 1 and stage 2
// responses and its status. Comments and compliments have no row.
type Row struct {
	ID string
	// Owner is the officer or team handling the complaint
	// (timescale.Assessment.Owner); empty when there is none.
	Owner  string
	Regime timescale.Regime
	Stage1 Stage
	Stage2 Stage
	Status timescale.CaseStatus
	// Provisional reports that a date involved falls in a year whose bank
	// holidays are not yet officially published.
	Provisional bool
}

// A Stage is the response of one stage of a complaint, as measured by the
// regime's rule for it (timescale.Rule.Response).
type Stage struct {
	// Due is the due date of the response; the zero Date when the stage
	// has not started.
	Due calendar.Date
	// Done reports that the response was made; Taken, Band and InTime are
	// set only then: the working days it took, its response-time band and
	// whether it was in time (against the agreed revised date when there is
	// one).
	Done   bool
	Taken  int
	Band   string
	InTime bool
	// TargetDue is the due date of the council's local target for the
	// response (timescale.Deadline.Target), beside the statutory Due; the
	// zero Date when there is none. TargetMet reports, once the response
	// was made, whether it was made by TargetDue.
	TargetDue calendar.Date
	TargetMet bool
}

// HasTarget reports whether the stage has a local target.
func (s Stage) HasTarget() bool { return !s.TargetDue.IsZero() }

// Started reports whether the stage has started.
func (s Stage) Started() bool { return !s.Due.IsZero() }

// RowOf returns the row of an assessed complaint, and false for a record
// that is not a complaint or was not yet received on the date of
// evaluation.
func RowOf(a *timescale.Assessment) (Row, bool) {
	if a.Kind != timescale.Complaint || a.Status == timescale.CaseNotYetReceived {
		return Row{}, false
	}
	r := Row{ID: a.ID, Owner: a.Owner, Regime: a.Regime, Status: a.Status, Provisional: a.Provisional}
	for i := range a.Deadlines {
		d := &a.Deadlines[i]
		var s *Stage
		switch {
		case !d.Response:
			continue
		case d.Stage == 1:
			s = &r.Stage1
		case d.Stage == 2:
			s = &r.Stage2
		default:
			continue
		}
		*s = Stage{Due: d.Due, TargetDue: d.Target.Due}
		if d.IsDone() {
			s.Done, s.Taken, s.Band, s.InTime = true, d.Taken, d.Band, d.Status == timescale.DeadlineInTime
			s.TargetMet = d.Target.Met()
		}
	}
	return r, true
}

// Columns returns the names of the columns of a row, in the order the CSV
// writer writes them; they are also the keys of its JSON form. The owner
// comes second, after the id, since together they say whose complaint it
// is.
func Columns() []string { return append([]string(nil), columns[:]...) }

var columns = [...]string{"id", "owner", "regime",
	"stage1_due", "stage1_working_days", "stage1_band", "stage1_in_time", "stage1_target_due", "stage1_target_met",
	"stage2_due", "stage2_working_days", "stage2_band", "stage2_in_time", "stage2_target_due", "stage2_target_met",
	"status", "provisional"}

// rowJSON is the JSON form of a Row: the CSV columns as keys, null where
// a stage's CSV cell is empty. The owner is a string, "" when there is
// none, as its CSV cell is.
type rowJSON struct {
	ID                string               `json:"id"`
	Owner             string               `json:"owner"`
	Regime            timescale.Regime     `json:"regime"`
	Stage1Due         *calendar.Date       `json:"stage1_due"`
	Stage1WorkingDays *int                 `json:"stage1_working_days"`
	Stage1Band        *string              `json:"stage1_band"`
	Stage1InTime      *bool                `json:"stage1_in_time"`
	Stage1TargetDue   *calendar.Date       `json:"stage1_target_due"`
	Stage1TargetMet   *bool                `json:"stage1_target_met"`
	Stage2Due         *calendar.Date       `json:"stage2_due"`
	Stage2WorkingDays *int                 `json:"stage2_working_days"`
	Stage2Band        *string              `json:"stage2_band"`
	Stage2InTime      *bool                `json:"stage2_in_time"`
	Stage2TargetDue   *calendar.Date       `json:"stage2_target_due"`
	Stage2TargetMet   *bool                `json:"stage2_target_met"`
	Status            timescale.CaseStatus `json:"status"`
	Provisional       bool                 `json:"provisional"`
}

// MarshalJSON implements json.Marshaler: an object whose keys are Columns,
// with null for a stage's cells that do not apply (all four before the
// stage starts, the last three before its response; the target's due date
// when there is no local target, and whether it was met before the
// response or without a target).
func (r Row) MarshalJSON() ([]byte, error) {
	j := rowJSON{ID: r.ID, Owner: r.Owner, Regime: r.Regime, Status: r.Status, Provisional: r.Provisional}
	put := func(s *Stage, due **calendar.Date, taken **int, band **string, in **bool, tdue **calendar.Date, met **bool) {
		if s.Started() {
			*due = &s.Due
		}
		if s.Done {
			*taken, *band, *in = &s.Taken, &s.Band, &s.InTime
		}
		if s.HasTarget() {
			*tdue = &s.TargetDue
			if s.Done {
				*met = &s.TargetMet
			}
		}
	}
	put(&r.Stage1, &j.Stage1Due, &j.Stage1WorkingDays, &j.Stage1Band, &j.Stage1InTime, &j.Stage1TargetDue, &j.Stage1TargetMet)
	put(&r.Stage2, &j.Stage2Due, &j.Stage2WorkingDays, &j.Stage2Band, &j.Stage2InTime, &j.Stage2TargetDue, &j.Stage2TargetMet)
	return json.Marshal(j)
}

// UnmarshalJSON implements json.Unmarshaler for the form MarshalJSON
// writes.
func (r *Row) UnmarshalJSON(b []byte) error {
	var j rowJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = Row{ID: j.ID, Owner: j.Owner, Regime: j.Regime, Status: j.Status, Provisional: j.Provisional}
	get := func(s *Stage, due *calendar.Date, taken *int, band *string, in *bool, tdue *calendar.Date, met *bool) {
		if due != nil {
			s.Due = *due
		}
		if tdue != nil {
			s.TargetDue = *tdue
		}
		if taken != nil {
			s.Done, s.Taken = true, *taken
			if band != nil {
				s.Band = *band
			}
			if in != nil {
				s.InTime = *in
			}
			if met != nil && s.HasTarget() {
				s.TargetMet = *met
			}
		}
	}
	get(&r.Stage1, j.Stage1Due, j.Stage1WorkingDays, j.Stage1Band, j.Stage1InTime, j.Stage1TargetDue, j.Stage1TargetMet)
	get(&r.Stage2, j.Stage2Due, j.Stage2WorkingDays, j.Stage2Band, j.Stage2InTime, j.Stage2TargetDue, j.Stage2TargetMet)
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }
