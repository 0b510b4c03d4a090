package outcome_test

// The annual report of whole case files against a naive model that shares
// no code with the module: the working days come from GOV.UK's holiday
// file read here with encoding/json and are stepped one day at a time, and
// the counting rules are written out again from the package documentation,
// RULES.md ("Regimes") and the documentation of timescale.Findings.Outcome.
// Each drawn file is written as CSV text, read as `complaints report` reads
// it (outcome.ReadCaseFile, then the report of each year, half and quarter
// as --year and --period ask for it), and the report's JSON form is
// compared, figure by figure, with the model's.

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

	"github.com/cymru-complaints/statutory/assess"
	"github.com/cymru-complaints/statutory/calendar"
	"github.com/cymru-complaints/statutory/internal/naive"
	"github.com/cymru-complaints/statutory/outcome"
	"github.com/cymru-complaints/statutory/timescale"
)

// naiveRecord is one drawn row; a zero time is an empty cell.
type naiveRecord struct {
	id, kind, procedure, complainant          string
	received, matter, acknowledged, discussed time.Time
	stage1, stage2Requested, extendedTo       time.Time
	stage2, stage3, ombudsman, withdrawn      time.Time
	findings                                  [4]int // upheld, partially, not, no finding
	hasFindings                               bool
	themes                                    []string
}

var (
	naiveCutover   = time.Date(2014, 8, 1, 0, 0, 0, 0, time.UTC)
	naiveFirst2005 = time.Date(2006, 4, 1, 0, 0, 0, 0, time.UTC)
	naiveCorporate = time.Date(2020, 12, 7, 0, 0, 0, 0, time.UTC)
	naiveLastDay   = time.Date(2028, 12, 31, 0, 0, 0, 0, time.UTC)
	naiveThemes    = []string{"Communication", "Contact arrangements", "Respite", "Staff attitude", "Delay", "Care package", "Assessment", "Finance"}
	naiveFindings  = []string{"upheld", "partially_upheld", "not_upheld", "no_finding"}
	naiveSixMonths = []string{"0-20wd", "21wd-3m", "3m-6m", "6m+"}
)

// naiveYearStart returns the first year of the reporting year holding d.
func naiveYearStart(d time.Time) int {
	if d.Month() < time.April {
		return d.Year() - 1
	}
	return d.Year()
}

// drawNaiveFile draws a case file of n rows received in the reporting
// years first to last (first years).
func drawNaiveFile(rng *rand.Rand, h naive.Days, n, first, last int) []naiveRecord {
	from := time.Date(first, 4, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(last+1, 3, 31, 0, 0, 0, 0, time.UTC)
	span := int(to.Sub(from).Hours()/24) + 1
	after := func(d time.Time, lo, hi int) time.Time { // a day lo to hi days after d, or none past the data
		x := d.AddDate(0, 0, lo+rng.IntN(hi-lo+1))
		if x.After(naiveLastDay) {
			return time.Time{}
		}
		return x
	}
	latest := func(ds ...time.Time) time.Time {
		var m time.Time
		for _, d := range ds {
			if d.After(m) {
				m = d
			}
		}
		return m
	}
	var out []naiveRecord
	for i := range n {
		r := naiveRecord{id: fmt.Sprintf("R-%04d", i+1)}
		r.received = from.AddDate(0, 0, rng.IntN(span))
		if rng.IntN(8) == 0 { // crowd the cutover of 1 August 2014 when the file spans it
			if c := naiveCutover.AddDate(0, 0, rng.IntN(40)-20); !c.Before(from) && !c.After(to) {
				r.received = c
			}
		}
		r.complainant = []string{"", "parent", "carer", "foster-carer", "relative", "child", "young-person", "advocate", "other"}[rng.IntN(9)]
		switch k := rng.IntN(20); {
		case k < 2:
			r.kind = "comment"
		case k < 4:
			r.kind = "compliment"
		default:
			r.kind = "complaint"
		}
		r.procedure = []string{"", "complaint", "representation", "Complaint", "REPRESENTATION"}[rng.IntN(5)]
		if !r.received.Before(naiveCorporate) && rng.IntN(8) == 0 { // a corporate complaint, comment or compliment
			r.procedure = "corporate"
		}
		if rng.IntN(3) > 0 {
			k := rng.IntN(4)
			for _, j := range rng.Perm(len(naiveThemes))[:k] {
				r.themes = append(r.themes, naiveThemes[j])
			}
			if k > 0 && rng.IntN(8) == 0 { // a theme named twice
				r.themes = append(r.themes, r.themes[rng.IntN(k)])
			}
		}
		if rng.IntN(4) == 0 {
			r.matter = r.received.AddDate(0, 0, -1-rng.IntN(200))
		}
		if r.kind != "complaint" {
			out = append(out, r)
			continue
		}
		if rng.IntN(5) > 0 {
			r.acknowledged = after(r.received, 0, 5)
			if !r.acknowledged.IsZero() && rng.IntN(3) > 0 {
				r.discussed = after(r.acknowledged, 0, 15)
			}
		}
		if rng.IntN(4) > 0 {
			r.stage1 = after(latest(r.received, r.discussed), 0, 45)
			if rng.IntN(4) == 0 { // on the last day of a band, or the day after
				d := h.Due(r.received, []int{10, 17, 25}[rng.IntN(3)]).AddDate(0, 0, rng.IntN(2))
				if !d.Before(latest(r.received, r.discussed)) && !d.After(naiveLastDay) {
					r.stage1 = d
				}
			}
		}
		if rng.IntN(4) == 0 {
			r.stage2Requested = after(latest(r.received, r.stage1), 0, 40)
		}
		if !r.stage2Requested.IsZero() {
			if rng.IntN(4) == 0 {
				r.extendedTo = after(r.stage2Requested, 20, 90)
			}
			if rng.IntN(5) > 0 {
				r.stage2 = after(r.stage2Requested, 0, 220)
				switch rng.IntN(6) {
				case 0: // on the last day of a band, or the day after
					r.stage2 = h.Due(r.stage2Requested, []int{20, 25}[rng.IntN(2)]).AddDate(0, 0, rng.IntN(2))
				case 1: // three or six months on, or a day either side
					r.stage2 = naive.MonthsLater(r.stage2Requested, 3*(1+rng.IntN(2))).AddDate(0, 0, rng.IntN(3)-1)
				case 2: // on the agreed revised date
					if !r.extendedTo.IsZero() {
						r.stage2 = r.extendedTo
					}
				}
				if r.stage2.After(naiveLastDay) {
					r.stage2 = time.Time{}
				}
			}
			if rng.IntN(5) > 0 {
				r.hasFindings = true
				for j := range r.findings {
					r.findings[j] = rng.IntN(3)
				}
			}
			if !r.stage2.IsZero() && r.received.Before(naiveCutover) && r.procedure != "corporate" && rng.IntN(3) == 0 {
				r.stage3 = after(r.stage2, 0, 60)
			}
		}
		if r.stage2Requested.IsZero() && rng.IntN(30) == 0 { // findings with no stage 2: left out of the findings
			r.hasFindings = true
			r.findings = [4]int{rng.IntN(3), rng.IntN(3), rng.IntN(3), rng.IntN(3)}
		}
		if rng.IntN(10) == 0 {
			r.withdrawn = after(r.received, 0, 90)
		}
		if rng.IntN(15) == 0 {
			r.ombudsman = after(r.received, 10, 300)
		}
		out = append(out, r)
	}
	return out
}

// writeNaiveCSV writes the records as a case file: every column, in a
// drawn order, the header in a drawn case, dates in either accepted form.
func writeNaiveCSV(rng *rand.Rand, recs []naiveRecord) []byte {
	type column struct {
		name string
		cell func(r *naiveRecord) string
	}
	date := func(pick func(r *naiveRecord) time.Time) func(r *naiveRecord) string {
		return func(r *naiveRecord) string {
			d := pick(r)
			if d.IsZero() {
				return ""
			}
			if rng.IntN(3) == 0 {
				return d.Format("2/1/2006")
			}
			return d.Format(time.DateOnly)
		}
	}
	count := func(j int) func(r *naiveRecord) string {
		return func(r *naiveRecord) string {
			if !r.hasFindings {
				return ""
			}
			return strconv.Itoa(r.findings[j])
		}
	}
	cols := []column{
		{"id", func(r *naiveRecord) string { return r.id }},
		{"kind", func(r *naiveRecord) string {
			if rng.IntN(4) == 0 {
				return strings.ToUpper(r.kind)
			}
			return r.kind
		}},
		{"received", date(func(r *naiveRecord) time.Time { return r.received })},
		{"procedure", func(r *naiveRecord) string { return r.procedure }},
		{"complainant", func(r *naiveRecord) string { return r.complainant }},
		{"matter", date(func(r *naiveRecord) time.Time { return r.matter })},
		{"acknowledged", date(func(r *naiveRecord) time.Time { return r.acknowledged })},
		{"discussed", date(func(r *naiveRecord) time.Time { return r.discussed })},
		{"stage1_response", date(func(r *naiveRecord) time.Time { return r.stage1 })},
		{"stage2_requested", date(func(r *naiveRecord) time.Time { return r.stage2Requested })},
		{"stage2_extended_to", date(func(r *naiveRecord) time.Time { return r.extendedTo })},
		{"stage2_response", date(func(r *naiveRecord) time.Time { return r.stage2 })},
		{"stage3_requested", date(func(r *naiveRecord) time.Time { return r.stage3 })},
		{"ombudsman", date(func(r *naiveRecord) time.Time { return r.ombudsman })},
		{"withdrawn", date(func(r *naiveRecord) time.Time { return r.withdrawn })},
		{"upheld", count(0)},
		{"partially_upheld", count(1)},
		{"not_upheld", count(2)},
		{"no_finding", count(3)},
		{"themes", func(r *naiveRecord) string {
			return strings.Join(r.themes, []string{";", "; ", " ;"}[rng.IntN(3)])
		}},
	}
	rng.Shuffle(len(cols), func(i, j int) { cols[i], cols[j] = cols[j], cols[i] })
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	head := make([]string, len(cols))
	for i, c := range cols {
		head[i] = c.name
		if rng.IntN(5) == 0 {
			head[i] = strings.ToUpper(c.name)
		}
	}
	w.Write(head)
	for i := range recs {
		row := make([]string, len(cols))
		for j, c := range cols {
			row[j] = c.cell(&recs[i])
		}
		w.Write(row)
	}
	w.Flush()
	return buf.Bytes()
}

// naivePeriod is a reporting year (12 months from 1 April), or one of its
// halves (6) or quarters (3): the index-th such period since April 2000.
type naivePeriod struct{ months, index int }

func naivePeriodOf(months int, d time.Time) naivePeriod {
	return naivePeriod{months, ((d.Year()-2000)*12 + int(d.Month()) - 4) / months}
}

func (p naivePeriod) first() time.Time {
	return time.Date(2000, time.April+time.Month(p.index*p.months), 1, 0, 0, 0, 0, time.UTC)
}

func (p naivePeriod) last() time.Time { return p.first().AddDate(0, p.months, -1) }

// String names the period as a report does: 2014-2015, 2014-H2, 2014-Q3.
func (p naivePeriod) String() string {
	y := naiveYearStart(p.first())
	n := (int(p.first().Month())+8)%12/p.months + 1
	switch p.months {
	case 6:
		return fmt.Sprintf("%04d-H%d", y, n)
	case 3:
		return fmt.Sprintf("%04d-Q%d", y, n)
	}
	return fmt.Sprintf("%04d-%04d", y, y+1)
}

// naiveReports returns the model's figures of the report of every period
// of months months (12, 6 or 3) with social services records, as of asOf:
// each figure under a path such as
// "timescales[wales-2014 stage 1].bands[0-17]".
//
// With deem, a complaint or a stage 2 request received on a non-working
// day is deemed received on the next working day, from which its response
// is measured (timescale.Engine.DeemNextWorkingDay); the year is still that
// of the actual receipt.
func naiveReports(h naive.Days, all []naiveRecord, asOf time.Time, months int, deem bool) map[naivePeriod]map[string]string {
	start := func(d time.Time) time.Time {
		for deem && !h.Working(d) {
			d = d.AddDate(0, 0, 1)
		}
		return d
	}
	// As of asOf, an event dated after it has not happened, and a record
	// received after it is not yet received. The agreed revised date is a
	// date agreed for the future, not an event: it stays while the stage 2
	// request is known (timescale.KnownOn).
	recs := make([]naiveRecord, 0, len(all))
	notYet := 0
	for _, r := range all {
		if r.received.After(asOf) {
			notYet++
			continue
		}
		for _, d := range []*time.Time{&r.matter, &r.acknowledged, &r.discussed, &r.stage1, &r.stage2Requested,
			&r.stage2, &r.stage3, &r.ombudsman, &r.withdrawn} {
			if d.After(asOf) {
				*d = time.Time{}
			}
		}
		if r.stage2Requested.IsZero() {
			r.extendedTo = time.Time{}
		}
		recs = append(recs, r)
	}
	social := func(r *naiveRecord) bool { return strings.ToLower(r.procedure) != "corporate" }
	years := map[int]bool{}
	for i := range recs {
		if social(&recs[i]) {
			years[naivePeriodOf(months, recs[i].received).index] = true
		}
	}
	ordered := make([]int, 0, len(years))
	for y := range years {
		ordered = append(ordered, y)
	}
	sort.Ints(ordered)
	period := func(i int) naivePeriod { return naivePeriod{months, i} }

	type bandSet struct {
		name   string
		labels []string
		maxes  []int // the last band is open
	}
	regimeOf := func(d time.Time) bandSet {
		if d.Before(naiveCutover) {
			return bandSet{"wales-2005", []string{"0-10", "11-25", "26+"}, []int{10, 25}}
		}
		return bandSet{"wales-2014", []string{"0-17", "18-25", "26+"}, []int{17, 25}}
	}
	stage1Days := map[string]int{"wales-2005": 10, "wales-2014": 17}

	trendOf := map[int][3]int{}
	out := map[naivePeriod]map[string]string{}
	for _, y := range ordered {
		first, last := period(y).first(), period(y).last()
		f := map[string]string{}
		n := map[string]int{}
		var elements [4]int
		outcomes := map[string]int{}
		themes, childThemes := map[string]int{}, map[string]int{}
		taken := map[string][]int{} // "regime stage N" -> working days taken
		inTime := map[string]int{}
		obands := map[string]map[string]int{}
		var listed []*naiveRecord
		corporate := 0
		for i := range recs {
			r := &recs[i]
			if r.received.Before(first) || r.received.After(last) {
				continue
			}
			if !social(r) {
				corporate++
				continue
			}
			switch r.kind {
			case "comment":
				n["comments"]++
				continue
			case "compliment":
				n["compliments"]++
				continue
			}
			n["complaints"]++
			child := r.complainant == "child" || r.complainant == "young-person"
			if child {
				n["children_and_young_people"]++
			}
			switch {
			case !r.stage2Requested.IsZero():
				n["stage2"]++
				if r.stage1.IsZero() {
					n["straight_to_stage2"]++
				}
				if r.stage2.IsZero() && r.withdrawn.IsZero() {
					n["stage2_open"]++
				}
			case !r.stage1.IsZero():
				n["resolved_stage1"]++
				if child {
					n["children_resolved_stage1"]++
				}
			case !r.withdrawn.IsZero():
				n["withdrawn"]++
			default:
				n["open"]++
			}
			if !r.stage3.IsZero() {
				n["stage3"]++
			}
			if r.received.Before(naiveCutover) && (!r.stage2Requested.Before(naiveCutover) || !r.stage3.Before(naiveCutover)) {
				n["transition"]++ // a stage requested under the 2014 procedure, of a complaint received before it
			}
			if !r.ombudsman.IsZero() {
				n["ombudsman"]++
			}
			for i, th := range r.themes {
				if slices.Contains(r.themes[:i], th) {
					continue // a theme counts the complaints that raised it
				}
				themes[th]++
				if child {
					childThemes[th]++
				}
			}
			if !r.stage2Requested.IsZero() {
				if r.hasFindings {
					for j := range elements {
						elements[j] += r.findings[j]
					}
					if o := naive.Outcome(r.findings); o != "" {
						outcomes[o]++
					}
				}
				listed = append(listed, r)
			}
			reg := regimeOf(r.received)
			measure := func(stage int, from, done, dueDate time.Time) {
				key := fmt.Sprintf("%s stage %d", reg.name, stage)
				days := h.Taken(from, done)
				taken[key] = append(taken[key], days)
				if !done.After(dueDate) {
					inTime[key]++
				}
				if obands[key] == nil {
					obands[key] = map[string]int{}
				}
				switch {
				case days <= 20:
					obands[key]["0-20wd"]++
				case !done.After(naive.MonthsLater(from, 3)):
					obands[key]["21wd-3m"]++
				case !done.After(naive.MonthsLater(from, 6)):
					obands[key]["3m-6m"]++
				default:
					obands[key]["6m+"]++
				}
			}
			if !r.stage1.IsZero() {
				measure(1, start(r.received), r.stage1, h.Due(start(r.received), stage1Days[reg.name]))
			}
			if !r.stage2.IsZero() && !r.stage2Requested.IsZero() {
				d := h.Due(start(r.stage2Requested), 25)
				if r.extendedTo.After(d) {
					d = r.extendedTo
				}
				measure(2, start(r.stage2Requested), r.stage2, d)
			}
		}
		for _, k := range []string{"comments", "compliments", "complaints", "resolved_stage1", "stage2", "withdrawn", "open",
			"straight_to_stage2", "stage2_open", "stage3", "ombudsman", "children_and_young_people", "children_resolved_stage1"} {
			f[k] = strconv.Itoa(n[k])
		}
		f["as_of"] = asOf.Format(time.DateOnly)
		for j, name := range naiveFindings {
			f["findings.elements."+name] = strconv.Itoa(elements[j])
			f["findings.complaints."+name] = strconv.Itoa(outcomes[name])
		}
		f["themes"] = naiveRank(themes)
		f["children_themes"] = naiveRank(childThemes)
		// Listed in order of receipt, the earliest MaxListed.
		slices.SortStableFunc(listed, func(a, b *naiveRecord) int { return a.received.Compare(b.received) })
		if len(listed) > outcome.MaxListed {
			f["notes[stage2-not-listed].count"] = "null"
			listed = listed[:outcome.MaxListed]
		}
		var lines []string
		for _, r := range listed {
			outcome, elements := naive.Outcome(r.findings), [4]int{}
			if r.hasFindings {
				elements = r.findings
			} else {
				outcome = ""
			}
			lines = append(lines, naiveListed(r.id, r.received.Format(time.DateOnly), regimeOf(r.received).name,
				r.stage2Requested.Format(time.DateOnly), naiveDate(r.stage2), elements, outcome))
		}
		f["stage2_complaints"] = strings.Join(lines, "; ")
		if n["straight_to_stage2"] > 0 {
			f["notes[straight-to-stage2].count"] = strconv.Itoa(n["straight_to_stage2"])
		}
		if n["transition"] > 0 {
			f["notes[transition].count"] = strconv.Itoa(n["transition"])
		}
		if notYet > 0 {
			f["notes[received-after-as-of].count"] = strconv.Itoa(notYet)
		}
		if corporate > 0 {
			f["notes[other-procedures].count"] = strconv.Itoa(corporate)
		}

		// The tables: each regime in force during part of the year, in
		// order of cutover, stage 1 then stage 2.
		var tables []string
		for _, reg := range []struct {
			set      bandSet
			from, to time.Time
		}{
			{regimeOf(naiveFirst2005), naiveFirst2005, naiveCutover.AddDate(0, 0, -1)},
			{regimeOf(naiveCutover), naiveCutover, time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC)},
		} {
			from, to := reg.from, reg.to
			if from.Before(first) {
				from = first
			}
			if to.After(last) {
				to = last
			}
			if from.After(to) {
				continue
			}
			for stage := 1; stage <= 2; stage++ {
				key := fmt.Sprintf("%s stage %d", reg.set.name, stage)
				tables = append(tables, key)
				p := "timescales[" + key + "]"
				f[p+".from"] = from.Format(time.DateOnly)
				f[p+".to"] = to.Format(time.DateOnly)
				ds := taken[key]
				f[p+".total"] = strconv.Itoa(len(ds))
				f[p+".in_time"] = strconv.Itoa(inTime[key])
				counts := make([]int, len(reg.set.labels))
				for _, d := range ds {
					j := 0
					for j < len(reg.set.maxes) && d > reg.set.maxes[j] {
						j++
					}
					counts[j]++
				}
				for j, l := range reg.set.labels {
					f[p+".bands["+l+"]"] = strconv.Itoa(counts[j])
				}
				for _, l := range naiveSixMonths {
					f[p+".ombudsman_bands["+l+"]"] = strconv.Itoa(obands[key][l])
				}
				if len(ds) == 0 {
					f[p+".in_time_share"] = "null"
					f[p+".median_working_days"] = "null"
					continue
				}
				f[p+".in_time_share"] = naive.Number(float64(inTime[key]) / float64(len(ds)))
				s := slices.Clone(ds)
				sort.Ints(s)
				var m float64
				if len(s)%2 == 1 {
					m = float64(s[len(s)/2])
				} else {
					m = float64(s[len(s)/2-1]+s[len(s)/2]) / 2
				}
				f[p+".median_working_days"] = naive.Number(m)
			}
		}
		f["timescales"] = strings.Join(tables, "; ")

		trendOf[y] = [3]int{n["complaints"], n["stage2"], n["stage3"]}
		var trend []string
		for _, ty := range ordered {
			if ty > y {
				break
			}
			c := trendOf[ty]
			trend = append(trend, fmt.Sprintf("%v: %d complaints, %d at stage 2, %d at stage 3", period(ty), c[0], c[1], c[2]))
		}
		f["trend"] = strings.Join(trend, "; ")
		for gy := ordered[0] + 1; gy < y; gy++ {
			if !years[gy] {
				f["notes[trend-gap].count"] = "null" // a note on the years, not on records
			}
		}
		f["period"] = period(y).String()
		out[period(y)] = f
	}
	return out
}

// naiveListed writes one stage 2 complaint of the list.
func naiveListed(id, received, regime, requested, response string, c [4]int, outcome string) string {
	return fmt.Sprintf("%s received %s under %s, stage 2 requested %s, answered %q, elements %v, outcome %q", id, received, regime, requested, response, c, outcome)
}

// naiveDate writes d, or "" for no date.
func naiveDate(d time.Time) string {
	if d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}

// naiveRank writes the themes most frequent first, ties in alphabetical
// order.
func naiveRank(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, m[k])
	}
	return strings.Join(parts, "; ")
}

// reportFigures reads the figures of a report's JSON form, under the
// paths of naiveReports.
func reportFigures(t *testing.T, b []byte) map[string]string {
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
	for _, k := range []string{"comments", "compliments", "complaints", "resolved_stage1", "stage2", "withdrawn", "open",
		"straight_to_stage2", "stage2_open", "stage3", "ombudsman", "children_and_young_people", "children_resolved_stage1", "as_of", "period"} {
		if v, ok := m[k]; ok {
			f[k] = str(v)
		}
	}
	for _, part := range []string{"elements", "complaints"} {
		for k, v := range m["findings"].(map[string]any)[part].(map[string]any) {
			f["findings."+part+"."+k] = str(v)
		}
	}
	for _, k := range []string{"themes", "children_themes"} {
		var parts []string
		for _, e := range list(m[k]) {
			parts = append(parts, fmt.Sprintf("%s=%s", e["theme"], str(e["count"])))
		}
		f[k] = strings.Join(parts, "; ")
	}
	var listed []string
	for _, e := range list(m["stage2_complaints"]) {
		el := e["elements"].(map[string]any)
		var c [4]int
		for j, k := range naiveFindings {
			c[j] = int(el[k].(float64))
		}
		o, _ := e["outcome"].(string)
		r, _ := e["stage2_response"].(string)
		listed = append(listed, naiveListed(str(e["id"]), str(e["received"]), str(e["regime"]), str(e["stage2_requested"]), r, c, strings.ReplaceAll(o, "-", "_")))
	}
	f["stage2_complaints"] = strings.Join(listed, "; ")
	for _, e := range list(m["notes"]) {
		f["notes["+str(e["code"])+"].count"] = str(e["count"])
	}
	var tables []string
	for _, e := range list(m["timescales"]) {
		key := fmt.Sprintf("%s stage %s", e["regime"], str(e["stage"]))
		tables = append(tables, key)
		p := "timescales[" + key + "]"
		for _, k := range []string{"from", "to", "total", "in_time", "in_time_share", "median_working_days"} {
			f[p+"."+k] = str(e[k])
		}
		for _, k := range []string{"bands", "ombudsman_bands"} {
			for _, b := range list(e[k]) {
				f[p+"."+k+"["+str(b["label"])+"]"] = str(b["count"])
			}
		}
	}
	f["timescales"] = strings.Join(tables, "; ")
	var trend []string
	for _, e := range list(m["trend"]) {
		trend = append(trend, fmt.Sprintf("%s: %s complaints, %s at stage 2, %s at stage 3", e["period"], str(e["complaints"]), str(e["stage2"]), str(e["stage3"])))
	}
	f["trend"] = strings.Join(trend, "; ")
	return f
}

// TestNaiveModelAgreesWithTheAnnualReport draws case files, reads each as
// `complaints report` does and compares every figure the model has of the
// report of each year, each half and each quarter with records (--year,
// --period) with the model's.
func TestNaiveModelAgreesWithTheAnnualReport(t *testing.T) {
	h := loadDays(t)
	files := 300
	if testing.Short() {
		files = 40
	}
	rng := rand.New(rand.NewPCG(2026, 12))
	reports, figures := 0, 0
	for i := range files {
		first := 2012 + rng.IntN(16)
		if i%4 == 0 { // a quarter of the files span the cutover of 1 August 2014
			first = 2012 + rng.IntN(3)
		}
		last := min(first+rng.IntN(4), 2027)
		rows := 20 + rng.IntN(281)
		recs := drawNaiveFile(rng, h, rows, first, last)
		gap := 0
		if last-first >= 2 && rng.IntN(3) == 0 { // a year with no record at all
			gap = first + 1 + rng.IntN(last-first-1)
			recs = slices.DeleteFunc(recs, func(r naiveRecord) bool { return naiveYearStart(r.received) == gap })
		}
		text := writeNaiveCSV(rng, recs)
		asOf := naiveLastDay
		deem := rng.IntN(4) == 0 // --deem-next-working-day
		transition := timescale.KeepRegime
		if rng.IntN(4) == 0 { // the report still bands a stage 2 under the regime of receipt
			transition = timescale.Stage2ByRequestDate
		}
		if rng.IntN(4) == 0 { // as known on a day inside the file's years
			asOf = time.Date(last, 4, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(365))
		}
		name := fmt.Sprintf("file %d: %d rows received %d-%02d to %d-%02d, as of %s", i+1, rows, first, (first+1)%100, last, (last+1)%100, asOf.Format(time.DateOnly))
		if gap > 0 {
			name += fmt.Sprintf(", none in %d-%02d,", gap, (gap+1)%100)
		}
		if deem {
			name += " with receipt on a non-working day deemed on the next,"
		}
		if transition != timescale.KeepRegime {
			name += " reading the transition " + string(transition) + ","
		}
		t.Run(name+" is reported as the naive model counts it", func(t *testing.T) {
			eng, date := timescale.Engine{Calendar: calendar.Wales(), DeemNextWorkingDay: deem, Transition: transition}.OnDate(calendar.NewDate(asOf.Year(), asOf.Month(), asOf.Day()), calendar.Date{})
			g, sum, err := outcome.ReadCaseFile(bytes.NewReader(text), "drawn.csv", assess.Options{Engine: eng, AsOf: date})
			if err != nil {
				t.Fatal(err)
			}
			if len(sum.Problems) > 0 {
				t.Fatalf("the drawn file has %d bad rows, first %v; the drawing must keep to the case file's rules\n%s", len(sum.Problems), sum.Problems[0], text)
			}
			var bad []string
			for _, kind := range []struct {
				months int
				kind   outcome.PeriodKind
			}{{12, outcome.FinancialYear}, {6, outcome.HalfYear}, {3, outcome.Quarter}} {
				want := naiveReports(h, recs, asOf, kind.months, deem)
				var got, wanted []string
				for _, p := range g.Periods(kind.kind) {
					got = append(got, p.String())
				}
				ps := slices.SortedFunc(maps.Keys(want), func(a, b naivePeriod) int { return a.index - b.index })
				for _, p := range ps {
					wanted = append(wanted, p.String())
				}
				if !slices.Equal(got, wanted) {
					bad = append(bad, fmt.Sprintf("the periods with records are %v; the model has %v", got, wanted))
				}
				for _, p := range ps {
					period, err := outcome.ParseYearOrPeriod("", p.String())
					if err != nil {
						t.Fatal(err)
					}
					r, err := g.ReportFor(period)
					if err != nil {
						bad = append(bad, fmt.Sprintf("the report of %v: %v", p, err))
						continue
					}
					b, err := json.Marshal(r)
					if err != nil {
						t.Fatal(err)
					}
					got := reportFigures(t, b)
					reports++
					figures += len(want[p])
					for _, k := range slices.Sorted(maps.Keys(want[p])) {
						if g, ok := got[k]; !ok || g != want[p][k] {
							if !ok {
								g = "(absent)"
							}
							bad = append(bad, fmt.Sprintf("%v %s: the report has %s, the model %s", p, k, g, want[p][k]))
						}
					}
					for k := range got {
						if _, ok := want[p][k]; !ok && strings.HasPrefix(k, "notes[") {
							bad = append(bad, fmt.Sprintf("%v %s: the report has %s, the model none", p, k, got[k]))
						}
					}
				}
			}
			if len(bad) > 0 {
				if len(bad) > 25 {
					bad = append(bad[:25], fmt.Sprintf("and %d more", len(bad)-25))
				}
				t.Errorf("the report and the naive model differ:\n%s\nthe file:\n%s", strings.Join(bad, "\n"), text)
			}
		})
	}
	t.Logf("%d files, %d reports of years, halves and quarters, %d figures compared", files, reports, figures)
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
