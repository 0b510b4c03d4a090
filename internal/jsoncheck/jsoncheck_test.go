package jsoncheck

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/casefile"
	"github.com/cymru-complaints/statutory/due"
	"github.com/cymru-complaints/statutory/holidays"
	"github.com/cymru-complaints/statutory/impact"
	"github.com/cymru-complaints/statutory/lang"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/policy"
	"github.com/cymru-complaints/statutory/problem"
	"github.com/cymru-complaints/statutory/problem/httpproblem"
	reportformat "github.com/cymru-complaints/statutory/report"
	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

// notData lists the exported types that are not results or inputs, and so
// have no JSON form to check, with the reason.
var notData = map[string]string{
	"calendar.Calendar":         "a handle on tables built once; its Version names it",
	"calendar.ClosureError":     "an error: its JSON form is a problem.Problem",
	"calendar.ParseError":       "an error",
	"calendar.DateError":        "an error",
	"calendar.RangeError":       "an error",
	"timescale.Engine":          "configuration holding a *calendar.Calendar and a *Table",
	"timescale.Table":           "a handle on tables checked once",
	"timescale.Field":           "a descriptor with accessors, not data",
	"timescale.FieldType":       "part of Field",
	"timescale.ValidationError": "an error: its Problems are the JSON form",
	"casefile.Reader":           "I/O",
	"casefile.Writer":           "I/O",
	"casefile.RecordError":      "an error: its Problems are the JSON form",
	"casefile.HeaderError":      "an error: its Problems are the JSON form",
	"assess.Options":            "configuration holding an Engine and a function",
	"assess.Record":             "valid only inside the function given to Each",
	"assess.Writer":             "an interface",
	"assess.Format":             "a word of configuration",
	"outcome.Aggregator":        "a tally, not a result: its Report is",
	"problem.Coder":             "an interface",
	"due.Options":               "configuration holding a *calendar.Calendar",
	"due.Builder":               "a collector, not a result: its List is",
	"due.Writer":                "I/O",
	"due.Format":                "a word of configuration",
	"ics.Options":               "configuration holding an Engine and a function",
	"ics.Writer":                "I/O",
	"problem.Messager":          "an interface",
	"returns.Options":           "configuration of a Builder",
	"returns.Builder":           "a tally, not a result: its Return is",
}

// exportedTypes lists the exported types declared in the non-test files of
// the module's library packages, as "package.Type".
func exportedTypes(t *testing.T) []string {
	var out []string
	for _, dir := range []string{"calendar", "timescale", "casefile", "assess", "outcome", "problem", "problem/httpproblem", "due", "ics", "policy", "returns", "report", "holidays", "impact"} {
		fset := token.NewFileSet()
		path := filepath.Join("..", "..", dir)
		entries, err := os.ReadDir(path)
		require.NoError(t, err)
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, filepath.Join(path, e.Name()), nil, parser.SkipObjectResolution)
			require.NoError(t, err)
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.TYPE {
					continue
				}
				for _, s := range g.Specs {
					if ts := s.(*ast.TypeSpec); ts.Name.IsExported() {
						out = append(out, filepath.Base(dir)+"."+ts.Name.Name)
					}
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// samples returns a value of every exported type that has a JSON form, as
// the library makes them, by "package.Type".
func samples(t *testing.T) map[string]any {
	d := calendar.NewDate
	eng := timescale.Engine{}
	c := timescale.Case{ID: "C-1", Kind: timescale.Complaint, Procedure: timescale.RepresentationProcedure, Complainant: "child",
		Received: d(2022, 9, 15), Acknowledged: d(2022, 9, 20), Discussed: d(2022, 10, 3), Stage1Response: d(2022, 10, 10),
		Stage2Requested: d(2022, 10, 12), Stage2ExtendedTo: d(2022, 12, 1), Stage2Response: d(2022, 11, 30),
		Findings: timescale.Findings{Upheld: 1, NotUpheld: 2}, Themes: []string{"Communication"}, Matter: d(2022, 8, 1), Owner: "Tîm Gogledd"}
	a, err := eng.Evaluate(c, d(2023, 1, 31))
	require.NoError(t, err)
	s, err := eng.Deadlines(timescale.Query{Received: d(2028, 12, 22), AsOf: d(2029, 1, 2), DeemNextWorkingDay: true})
	require.NoError(t, err)
	x, err := eng.Explain(a.Deadlines[0])
	require.NoError(t, err)
	nwd, err := calendar.Wales().NonWorkingDaysBetween(d(2022, 9, 15), d(2022, 9, 20))
	require.NoError(t, err)
	listed, err := calendar.Wales().WeekdayHolidays(d(2028, 12, 1), d(2029, 1, 31))
	require.NoError(t, err)
	open, err := eng.Evaluate(timescale.Case{ID: "C-2", Kind: timescale.Complaint, Received: d(2022, 9, 15), Owner: "Tîm, Gogledd"}, d(2022, 9, 16))
	require.NoError(t, err)
	dueList, err := due.Of([]timescale.Assessment{open}, due.Options{AsOf: d(2022, 9, 16), Within: 5})
	require.NoError(t, err)
	require.NotEmpty(t, dueList.Items)
	f, err := os.Open(filepath.Join("..", "..", "examples", "data", "cases.csv"))
	require.NoError(t, err)
	defer f.Close()
	agg, _, err := outcome.ReadCaseFile(f, "cases.csv", assess.Options{AsOf: d(2015, 12, 31)})
	require.NoError(t, err)
	report, err := agg.Report(outcome.Year{Start: 2014})
	require.NoError(t, err)
	rule, _ := timescale.RuleByID("W14-STAGE2")
	resolution, _ := timescale.RuleByID("W14-RESOLUTION")
	regime, _ := timescale.RegimeByName(timescale.Wales2014)
	_, cerr := timescale.Engine{}.Deadlines(timescale.Query{Received: d(2005, 1, 1)})
	var ve *timescale.ValidationError
	require.ErrorAs(t, cerr, &ve)
	p := ve.Problems[0]
	p.Err = nil // not part of the JSON form
	_, lps, err := casefile.ReadAll(strings.NewReader("id,kind,received\nX,complaint,2014-02-30\n"), "bad.csv")
	require.NoError(t, err)
	lp := lps[0]
	lp.Err = nil

	hf, err := calendar.ReadHolidayFile("extra.csv", strings.NewReader("date,title\n2031-06-16,Bank holiday for a royal wedding\n"))
	require.NoError(t, err)
	diff, err := calendar.DiffHolidays(hf)
	require.NoError(t, err)
	added, err := calendar.Wales().Add(d(2028, 12, 22), 5)
	require.NoError(t, err)
	counted, err := calendar.Wales().Count(d(2028, 12, 22), d(2029, 1, 5))
	require.NoError(t, err)
	holidayList, err := holidays.New(calendar.Wales(), d(2028, 12, 1), d(2029, 1, 31))
	require.NoError(t, err)
	withExtra, err := calendar.WalesWith(hf)
	require.NoError(t, err)
	moved, err := impact.Compare(strings.NewReader("id,kind,received\nA,complaint,2031-06-13\nB,complaint,2014-02-30\n"), "cases.csv",
		assess.Options{AsOf: d(2031, 6, 13)}, withExtra)
	require.NoError(t, err)
	require.NotEmpty(t, moved.Moves)
	require.NotEmpty(t, moved.Summary.Problems)
	for i := range moved.Summary.Problems {
		moved.Summary.Problems[i].Err = nil // not part of the JSON form
	}

	pol, err := policy.ReadFile(filepath.Join("..", "..", "examples", "data", "policy.json"), nil)
	require.NoError(t, err)
	pol.SwitchedOff = []string{"CORP-ACK"}
	pol.Targets[0].From = d(2023, 4, 1)
	withTarget, err := timescale.Engine{Policy: pol}.Evaluate(timescale.Case{ID: "T", Kind: timescale.Complaint, Received: d(2024, 8, 1),
		Stage1Response: d(2024, 8, 27), Owner: "Tîm Gogledd"}, d(2024, 8, 27))
	require.NoError(t, err)
	require.False(t, withTarget.Deadlines[len(withTarget.Deadlines)-1].Target.IsZero(), "the stage 1 deadline has its local target")
	// A row with an owner and a local target: every key of its JSON form.
	targetRow, _ := assess.RowOf(&withTarget)
	require.True(t, targetRow.Owner != "" && targetRow.Stage1.HasTarget() && targetRow.Stage1.Done)
	_, perr := policy.Read(strings.NewReader(`{"targets": [{"working_days": 0}]}`), "p.json", nil)
	var pe *policy.Error
	require.ErrorAs(t, perr, &pe)
	pp := pe.Problems[0]
	pp.Err = nil

	rf, err := os.Open(filepath.Join("..", "..", "returns", "testdata", "q3.csv"))
	require.NoError(t, err)
	defer rf.Close()
	ret, _, err := returns.ReadCaseFile(rf, "q3.csv", returns.Options{Period: outcome.Period{Year: outcome.Year{Start: 2024}, Kind: outcome.Quarter, N: 3}, Population: 1000},
		timescale.Engine{Policy: pol})
	require.NoError(t, err)
	require.NotEmpty(t, ret.Themes)
	require.NotEmpty(t, ret.Targets)

	problemDoc := httpproblem.FromLines([]casefile.LineProblem{lp}, 4).In(lang.Welsh)
	problemDoc.ListWarnings([]casefile.LineProblem{{Line: 2, Column: "id", Code: problem.FormulaLikeValue, Message: "m", Warning: true}}, 3)
	problemDoc.Report = &report

	return map[string]any{
		"returns.Return":             ret,
		"returns.Band":               ret.Bands[1],
		"returns.ProcedureCount":     ret.ByProcedure[2],
		"returns.ThemeCount":         ret.Themes[0],
		"returns.TargetCount":        ret.Targets[0],
		"returns.Definition":         ret.Definitions[0],
		"policy.Problem":             pp,
		"timescale.Policy":           pol,
		"timescale.LocalTarget":      pol.Targets[0],
		"timescale.TargetDeadline":   withTarget.Deadlines[len(withTarget.Deadlines)-1].Target,
		"calendar.HolidayFile":       *hf,
		"calendar.FileDay":           hf.Days[0],
		"calendar.HolidayFormat":     hf.Format,
		"calendar.HolidayDiff":       *diff,
		"calendar.HolidayConflict":   calendar.HolidayConflict{Code: problem.HolidayMoved, Date: calendar.NewDate(2022, 9, 19), Name: "State Funeral of Queen Elizabeth II", Reason: "moved"},
		"calendar.Date":              d(2014, 8, 1),
		"calendar.Kind":              calendar.SubstituteDay,
		"calendar.Holiday":           listed[0].Holiday,
		"calendar.NonWorkingDay":     nwd[2],
		"calendar.ListedHoliday":     listed[len(listed)-1],
		"timescale.Case":             c,
		"timescale.RecordKind":       timescale.Compliment,
		"timescale.Procedure":        timescale.RepresentationProcedure,
		"timescale.Assessment":       a,
		"timescale.Deadline":         a.Deadlines[len(a.Deadlines)-1],
		"timescale.DeadlineStatus":   timescale.DeadlineNotRecorded,
		"timescale.CaseStatus":       timescale.CaseResolvedStage2,
		"timescale.Explanation":      x,
		"timescale.Finding":          timescale.PartiallyUpheld,
		"timescale.Findings":         c.Findings,
		"timescale.Regime":           timescale.Wales2005,
		"timescale.RegimeInfo":       regime,
		"timescale.Band":             regime.Bands[1],
		"timescale.Milestone":        timescale.Discussion,
		"timescale.Event":            timescale.PanelHeld,
		"timescale.Basis":            timescale.BasisGuidance,
		"timescale.Party":            timescale.PartyAssembly,
		"timescale.Rule":             rule,
		"timescale.Source":           rule.Sources[0],
		"timescale.Condition":        resolution.JudgedWhen,
		"timescale.Transition":       timescale.Stage2ByRequestDate,
		"timescale.TransitionPolicy": regime.Transitions[len(regime.Transitions)-1],
		"timescale.PeriodKind":       timescale.OneYearWindow,
		"timescale.Query":            timescale.Query{Received: d(2014, 8, 2), Acknowledged: d(2014, 8, 5), AsOf: d(2014, 9, 1), DeemNextWorkingDay: true},
		"timescale.Schedule":         s,
		"timescale.DeadlineView":     s.Deadlines[0],
		"casefile.LineProblem":       lp,
		"assess.Row":                 targetRow,
		"assess.Summary": assess.Summary{Records: 3, Problems: []casefile.LineProblem{lp}, Warnings: []casefile.LineProblem{},
			SetAside: 2, NotYetReceived: 1, MaxListed: 1, ProblemCount: 4, WarningCount: 0},
		"assess.Stage":            targetRow.Stage1,
		"outcome.Report":          report,
		"outcome.FindingsSummary": report.Findings,
		"outcome.Stage2Complaint": report.Stage2Complaints[0],
		"outcome.ResponseTable":   report.Timescales[0],
		"outcome.BandCount":       report.Timescales[0].Bands[0],
		"outcome.TargetFigures":   outcome.TargetFigures{Name: "stage 1 response", Source: "policy", WorkingDays: 15, Responses: 12, InTime: 6},
		"outcome.TrendRow":        report.Trend[0],
		"outcome.ThemeCount":      report.Themes[0],
		"outcome.Notice":          report.Notes[0],
		"outcome.Block":           outcome.Block{Kind: outcome.TableBlock, Header: []string{"Year", "Complaints"}, Rows: [][]string{{"2014-2015", "20"}}},
		"outcome.BlockKind":       outcome.HeadingBlock,
		"outcome.Year":            outcome.Year{Start: 2014},
		"outcome.Period":          outcome.Period{Year: outcome.Year{Start: 2024}, Kind: outcome.Quarter, N: 3},
		"outcome.PeriodKind":      outcome.HalfYear,
		"problem.Problem":         p,
		"problem.Info":            problem.Codes()[0],
		"problem.Code":            problem.DuplicateID,
		"due.List":                dueList,
		"due.Item":                dueList.Items[0],
		"report.Format":           reportformat.Markdown,
		"returns.Format":          returns.CSV,
		"calendar.AddResult":      added,
		"calendar.CountResult":    counted,
		"holidays.List":           holidayList,
		"holidays.Day":            holidayList.Days[len(holidayList.Days)-1],
		"holidays.Format":         holidays.JSON,
		"impact.Result":           moved,
		"impact.Move":             moved.Moves[0],
		"impact.Format":           impact.CSV,
		"httpproblem.Document":    problemDoc,
	}
}

// errorType reports whether the named type is an error other than one of
// notData: its JSON form is the problem.Problem it makes.
func errorType(name string, v map[string]any) bool {
	return strings.HasSuffix(name, "Error") && v[name] == nil
}

// TestEveryResultRoundTripsThroughJSON checks that every exported type of
// the module either is listed in notData with a reason, or is an error, or
// has a sample that marshals to JSON and unmarshals to an equal value.
func TestEveryResultRoundTripsThroughJSON(t *testing.T) {
	vals := samples(t)
	for _, name := range exportedTypes(t) {
		if reason, ok := notData[name]; ok {
			t.Logf("%s has no JSON form: %s", name, reason)
			continue
		}
		if errorType(name, vals) {
			continue
		}
		v, ok := vals[name]
		if !ok {
			t.Errorf("%s is exported but has no sample: add one to samples, or a reason to notData", name)
			continue
		}
		t.Run(name+" reads back from its JSON form as an equal value", func(t *testing.T) {
			b, err := json.Marshal(v)
			require.NoError(t, err)
			back := reflect.New(reflect.TypeOf(v))
			require.NoError(t, json.Unmarshal(b, back.Interface()), "unmarshalling %s", b)
			if diff := cmp.Diff(v, back.Elem().Interface()); diff != "" {
				t.Errorf("%s round trip (-before +after):\n%s\nJSON: %s", name, diff, b)
			}
		})
	}
}
