package returns_test

// The Ombudsman's return of whole case files against a naive model that
// shares no code with the module: the working days come from GOV.UK's
// holiday file read here with encoding/json and are stepped one day at a
// time, and the measures are written out again from their definitions
// (docs/returns.md). Each drawn file is written as CSV text and read as
// `complaints return` reads it (returns.OnDate, then returns.ReadCaseFile),
// and the return's JSON form is compared, figure by figure, with the
// model's.

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/internal/naive"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/returns"
	"github.com/cymru-complaints/statutory/timescale"
)

// modelRow is one drawn row; a zero time is an empty cell.
type modelRow struct {
	id, kind, procedure                      string
	received, stage1, stage2Requested        time.Time
	stage2, withdrawn, ombudsman, extendedTo time.Time
	findings                                 [4]int // upheld, partially, not, no finding
	hasFindings                              bool
	themes                                   []string
}

var (
	modelCorporate = time.Date(2020, 12, 7, 0, 0, 0, 0, time.UTC)
	modelLastDay   = time.Date(2028, 12, 31, 0, 0, 0, 0, time.UTC)
	modelThemes    = []string{"Communication", "Delay", "Respite", "Staff attitude", "Finance", "Waste collection"}
	modelOutcomes  = []string{"upheld", "partially_upheld", "not_upheld", "no_finding"}
	modelBands     = []string{"0-20wd", "21wd-3m", "3m-6m", "6m+"}
)

// drawModelFile draws n rows received from the first day to the last.
func drawModelFile(rng *rand.Rand, n int, from, to time.Time) []modelRow {
	span := int(to.Sub(from).Hours()/24) + 1
	after := func(d time.Time, lo, hi int) time.Time {
		x := d.AddDate(0, 0, lo+rng.IntN(hi-lo+1))
		if x.After(modelLastDay) {
			return time.Time{}
		}
		return x
	}
	var out []modelRow
	for i := range n {
		r := modelRow{id: fmt.Sprintf("C-%04d", i+1), kind: "complaint"}
		r.received = from.AddDate(0, 0, rng.IntN(span))
		if rng.IntN(8) == 0 {
			r.kind = []string{"comment", "compliment"}[rng.IntN(2)]
		}
		r.procedure = []string{"", "complaint", "representation", "Representation"}[rng.IntN(4)]
		if !r.received.Before(modelCorporate) && rng.IntN(2) == 0 {
			r.procedure = "corporate"
		}
		if k := rng.IntN(4); k > 0 {
			for _, j := range rng.Perm(len(modelThemes))[:k-1] {
				r.themes = append(r.themes, modelThemes[j])
			}
			if k > 1 && rng.IntN(8) == 0 { // a theme named twice
				r.themes = append(r.themes, r.themes[0])
			}
		}
		if r.kind != "complaint" {
			out = append(out, r)
			continue
		}
		if rng.IntN(5) > 0 {
			r.stage1 = after(r.received, 0, 70)
			if rng.IntN(6) == 0 { // a month or six on, or a day either side
				if d := naive.MonthsLater(r.received, 3*(1+rng.IntN(2))).AddDate(0, 0, rng.IntN(3)-1); !d.After(modelLastDay) {
					r.stage1 = d
				}
			}
		}
		if rng.IntN(4) == 0 {
			base := r.received
			if !r.stage1.IsZero() {
				base = r.stage1
			}
			r.stage2Requested = after(base, 0, 40)
		}
		if !r.stage2Requested.IsZero() {
			if rng.IntN(5) > 0 {
				r.stage2 = after(r.stage2Requested, 0, 200)
			}
			if rng.IntN(4) == 0 {
				r.extendedTo = after(r.stage2Requested, 20, 90)
			}
		}
		if rng.IntN(4) > 0 && (!r.stage2.IsZero() || !r.stage1.IsZero()) {
			r.hasFindings = true
			for j := range r.findings {
				r.findings[j] = rng.IntN(3)
			}
		}
		if rng.IntN(8) == 0 {
			r.withdrawn = after(r.received, 0, 120)
		}
		if rng.IntN(10) == 0 {
			r.ombudsman = after(r.received, 10, 300)
		}
		out = append(out, r)
	}
	return out
}

// writeModelCSV writes the rows as a case file, columns in a drawn order.
func writeModelCSV(rng *rand.Rand, rows []modelRow) []byte {
	date := func(d time.Time) string {
		if d.IsZero() {
			return ""
		}
		if rng.IntN(3) == 0 {
			return d.Format("02/01/2006")
		}
		return d.Format(time.DateOnly)
	}
	cols := []string{"id", "kind", "received", "procedure", "stage1_response", "stage2_requested", "stage2_extended_to",
		"stage2_response", "withdrawn", "ombudsman", "upheld", "partially_upheld", "not_upheld", "no_finding", "themes"}
	rng.Shuffle(len(cols), func(i, j int) { cols[i], cols[j] = cols[j], cols[i] })
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(cols)
	for _, r := range rows {
		cell := map[string]string{
			"id": r.id, "kind": r.kind, "received": date(r.received), "procedure": r.procedure,
			"stage1_response": date(r.stage1), "stage2_requested": date(r.stage2Requested), "stage2_extended_to": date(r.extendedTo),
			"stage2_response": date(r.stage2), "withdrawn": date(r.withdrawn), "ombudsman": date(r.ombudsman),
			"themes": strings.Join(r.themes, ";"),
		}
		if r.hasFindings {
			for j, k := range []string{"upheld", "partially_upheld", "not_upheld", "no_finding"} {
				cell[k] = strconv.Itoa(r.findings[j])
			}
		}
		row := make([]string, len(cols))
		for i, c := range cols {
			row[i] = cell[c]
		}
		w.Write(row)
	}
	w.Flush()
	return buf.Bytes()
}

// modelReturn returns the model's figures of the return of from..last
// (the period's days), made as of asOf, of the procedures included.
func modelReturn(h naive.Days, all []modelRow, from, last, asOf time.Time, included []string, population int) map[string]string {
	to := last
	if asOf.Before(to) {
		to = asOf
	}
	in := func(d time.Time) bool { return !d.IsZero() && !d.Before(from) && !d.After(to) }
	f := map[string]string{"from": from.Format(time.DateOnly), "to": to.Format(time.DateOnly), "as_of": asOf.Format(time.DateOnly),
		"procedures": strings.Join(included, ",")}
	n := map[string]int{}
	bands := map[string]int{}
	outcomes := map[string]int{}
	byProc := map[string][2]int{}
	type theme struct{ received, closed, upheld int }
	themes := map[string]*theme{}
	for _, r := range all {
		if r.kind != "complaint" || r.received.After(asOf) {
			continue
		}
		// As known on asOf: later events set aside.
		for _, d := range []*time.Time{&r.stage1, &r.stage2Requested, &r.stage2, &r.withdrawn, &r.ombudsman} {
			if d.After(asOf) {
				*d = time.Time{}
			}
		}
		proc := strings.ToLower(r.procedure)
		if proc == "" {
			proc = "complaint"
		}
		// Closed on the earlier of the last response and the withdrawal.
		var closed time.Time
		how := ""
		if r.stage2Requested.IsZero() && !r.stage1.IsZero() {
			closed, how = r.stage1, "closed_at_stage1"
		}
		if !r.stage2Requested.IsZero() && !r.stage2.IsZero() {
			closed, how = r.stage2, "closed_at_stage2"
		}
		if !r.withdrawn.IsZero() && (closed.IsZero() || r.withdrawn.Before(closed)) {
			closed, how = r.withdrawn, "withdrawn"
		}
		if !slices.Contains(included, proc) {
			// Left out: a complaint of another procedure that the return
			// would have counted, received in the period or open at its
			// start (docs/returns.md).
			if in(r.received) || r.received.Before(from) && (closed.IsZero() || !closed.Before(from)) {
				n["left_out"]++
			}
			continue
		}
		pc := byProc[proc]
		if in(r.received) {
			n["received"]++
			pc[0]++
		}
		if r.received.Before(from) && (closed.IsZero() || !closed.Before(from)) {
			n["open_at_start"]++
		}
		if !r.received.After(to) && (closed.IsZero() || closed.After(to)) {
			n["open_at_end"]++
		}
		if in(r.ombudsman) {
			n["referred"]++
		}
		upheld := false
		if in(closed) {
			pc[1]++
			n["closed"]++
			n[how]++
			switch days := h.Taken(r.received, closed); {
			case days <= 20:
				bands["0-20wd"]++
			case !closed.After(naive.MonthsLater(r.received, 3)):
				bands["21wd-3m"]++
			case !closed.After(naive.MonthsLater(r.received, 6)):
				bands["3m-6m"]++
			default:
				bands["6m+"]++
			}
			o := ""
			if r.hasFindings {
				o = naive.Outcome(r.findings)
			}
			if o == "" {
				n["without_findings"]++
			} else {
				outcomes[o]++
				upheld = r.findings[0]+r.findings[1] > 0
			}
			if upheld {
				n["upheld"]++
			}
		}
		byProc[proc] = pc
		for i, th := range r.themes {
			if slices.Contains(r.themes[:i], th) {
				continue
			}
			if !in(r.received) && !in(closed) {
				continue
			}
			if themes[th] == nil {
				themes[th] = &theme{}
			}
			if in(r.received) {
				themes[th].received++
			}
			if in(closed) {
				themes[th].closed++
				if upheld {
					themes[th].upheld++
				}
			}
		}
	}
	for _, k := range []string{"received", "open_at_start", "closed", "open_at_end", "closed_at_stage1", "closed_at_stage2",
		"withdrawn", "upheld", "without_findings", "referred", "left_out"} {
		f[k] = strconv.Itoa(n[k])
	}
	share := func(k int) string {
		if n["closed"] == 0 {
			return "null"
		}
		return naive.Number(float64(k) / float64(n["closed"]))
	}
	f["upheld_share"] = share(n["upheld"])
	for _, b := range modelBands {
		f["bands["+b+"]"] = strconv.Itoa(bands[b])
		f["bands["+b+"].share"] = share(bands[b])
	}
	for _, o := range modelOutcomes {
		f["outcomes."+o] = strconv.Itoa(outcomes[o])
	}
	f["rate_per_1000"] = "null"
	if population > 0 {
		f["rate_per_1000"] = naive.Number(float64(n["received"]) * 1000 / float64(population))
	}
	var procs []string
	for _, p := range included {
		procs = append(procs, fmt.Sprintf("%s %d received %d closed", p, byProc[p][0], byProc[p][1]))
	}
	f["by_procedure"] = strings.Join(procs, "; ")
	names := slices.Collect(maps.Keys(themes))
	sort.Slice(names, func(i, j int) bool {
		a, b := themes[names[i]], themes[names[j]]
		if a.closed != b.closed {
			return a.closed > b.closed
		}
		if a.received != b.received {
			return a.received > b.received
		}
		return names[i] < names[j]
	})
	var ths []string
	for _, k := range names {
		ths = append(ths, fmt.Sprintf("%s %d/%d/%d", k, themes[k].received, themes[k].closed, themes[k].upheld))
	}
	f["themes"] = strings.Join(ths, "; ")
	return f
}

// returnFigures reads the figures of a return's JSON form, under the keys
// of modelReturn.
func returnFigures(t *testing.T, b []byte) map[string]string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	str := func(v any) string {
		switch x := v.(type) {
		case nil:
			return "null"
		case float64:
			return naive.Number(x)
		case string:
			return x
		}
		return fmt.Sprint(v)
	}
	list := func(v any) []map[string]any {
		var out []map[string]any
		for _, e := range v.([]any) {
			out = append(out, e.(map[string]any))
		}
		return out
	}
	f := map[string]string{}
	for _, k := range []string{"from", "to", "as_of", "received", "open_at_start", "closed", "open_at_end", "closed_at_stage1",
		"closed_at_stage2", "withdrawn", "upheld", "upheld_share", "without_findings", "referred", "left_out", "rate_per_1000"} {
		f[k] = str(m[k])
	}
	var procs []string
	for _, p := range m["procedures"].([]any) {
		procs = append(procs, str(p))
	}
	f["procedures"] = strings.Join(procs, ",")
	for _, b := range list(m["bands"]) {
		f["bands["+str(b["label"])+"]"] = str(b["count"])
		f["bands["+str(b["label"])+"].share"] = str(b["share"])
	}
	for k, v := range m["outcomes"].(map[string]any) {
		f["outcomes."+k] = str(v)
	}
	var bp []string
	for _, p := range list(m["by_procedure"]) {
		bp = append(bp, fmt.Sprintf("%s %s received %s closed", p["procedure"], str(p["received"]), str(p["closed"])))
	}
	f["by_procedure"] = strings.Join(bp, "; ")
	var ths []string
	for _, th := range list(m["themes"]) {
		ths = append(ths, fmt.Sprintf("%s %s/%s/%s", th["theme"], str(th["received"]), str(th["closed"]), str(th["upheld"])))
	}
	f["themes"] = strings.Join(ths, "; ")
	return f
}

// TestNaiveModelAgreesWithTheReturns draws case files and, for every
// quarter, half and year of them, makes the return as `complaints return`
// makes it and compares each figure with the naive model's.
func TestNaiveModelAgreesWithTheReturns(t *testing.T) {
	h := loadDays(t)
	files := 200
	if testing.Short() {
		files = 30
	}
	rng := rand.New(rand.NewPCG(2026, 1203))
	made, figures := 0, 0
	for i := range files {
		first := 2012 + rng.IntN(16)
		if i%3 == 0 { // corporate complaints from 7 December 2020
			first = 2020 + rng.IntN(8)
		}
		last := min(first+rng.IntN(2), 2027)
		from, to := time.Date(first, 4, 1, 0, 0, 0, 0, time.UTC), time.Date(last+1, 3, 31, 0, 0, 0, 0, time.UTC)
		rows := drawModelFile(rng, 20+rng.IntN(281), from, to)
		text := writeModelCSV(rng, rows)
		today := modelLastDay
		if rng.IntN(4) == 0 { // made on a day inside the file's years: the period then ends on it
			today = from.AddDate(0, 0, 30+rng.IntN(int(to.Sub(from).Hours()/24)-30))
		}
		included := []string{"complaint", "representation", "corporate"}
		var list string
		switch rng.IntN(4) {
		case 0:
			list, included = "corporate", []string{"corporate"}
		case 1:
			list, included = "representation, complaint", []string{"complaint", "representation"}
		}
		population := 0
		if rng.IntN(2) == 0 {
			population = 50_000 + rng.IntN(300_000)
		}
		name := fmt.Sprintf("file %d: %d rows received %d-%02d to %d-%02d, made on %s, procedures %s",
			i+1, len(rows), first, (first+1)%100, last, (last+1)%100, today.Format(time.DateOnly), strings.Join(included, " and "))
		t.Run(name+", has the returns the naive model counts", func(t *testing.T) {
			procs, err := returns.ParseProcedures(list, nil)
			if err != nil {
				t.Fatal(err)
			}
			var bad []string
			for y := first; y <= last+1 && y <= 2027; y++ {
				var ps []string
				for q := 1; q <= 4; q++ {
					ps = append(ps, fmt.Sprintf("%d-Q%d", y, q))
				}
				ps = append(ps, fmt.Sprintf("%d-H1", y), fmt.Sprintf("%d-H2", y), fmt.Sprintf("%d-%d", y, y+1))
				for _, name := range ps {
					p, err := outcome.ParseYearOrPeriod("", name)
					if err != nil {
						t.Fatal(err)
					}
					pFirst, _ := time.Parse(time.DateOnly, p.First().String())
					pLast, _ := time.Parse(time.DateOnly, p.Last().String())
					if today.Before(pFirst) {
						continue // not begun: refused
					}
					asOf := today
					if pLast.Before(today) {
						asOf = pLast
					}
					opt, eng := returns.OnDate(returns.Options{Period: p, Procedures: procs, Population: population},
						timescale.Engine{Calendar: calendar.Wales()}, calendar.NewDate(today.Year(), today.Month(), today.Day()))
					r, sum, err := returns.ReadCaseFile(bytes.NewReader(text), "drawn.csv", opt, eng)
					if err != nil {
						t.Fatal(err)
					}
					if len(sum.Problems) > 0 {
						t.Fatalf("the drawn file has %d bad rows, first %v; the drawing must keep to the case file's rules\n%s", len(sum.Problems), sum.Problems[0], text)
					}
					b, err := json.Marshal(r)
					if err != nil {
						t.Fatal(err)
					}
					got := returnFigures(t, b)
					want := modelReturn(h, rows, pFirst, pLast, asOf, included, population)
					made++
					figures += len(want)
					for _, k := range slices.Sorted(maps.Keys(want)) {
						if got[k] != want[k] {
							bad = append(bad, fmt.Sprintf("%s %s: the return has %s, the model %s", name, k, got[k], want[k]))
						}
					}
				}
			}
			if len(bad) > 0 {
				if len(bad) > 25 {
					bad = append(bad[:25], fmt.Sprintf("and %d more", len(bad)-25))
				}
				t.Errorf("the return and the naive model differ:\n%s\nthe file:\n%s", strings.Join(bad, "\n"), text)
			}
		})
	}
	t.Logf("%d files, %d returns of quarters, halves and years, %d figures compared", files, made, figures)
}

// loadDays returns the days of GOV.UK's list, read by the plain model.
func loadDays(t *testing.T) naive.Days {
	t.Helper()
	h, err := naive.LoadDays(filepath.Join("..", "calendar", "data", "bank-holidays-england-and-wales.json"))
	if err != nil {
		t.Fatal(err)
	}
	return h
}
