package page

import (
	"html/template"
	"strconv"
	"strings"
)

// A barChart is a chart of bars in groups: one group per category, one
// bar per series in each.
type barChart struct {
	ID         string // prefixes the ids of the chart's elements
	Title      string
	XLabel     string
	YLabel     string
	Categories []string
	Series     []series
}

// A series is one set of bars, one per category, drawn with one pattern.
type series struct {
	Name   string
	Values []int
}

// The geometry of a chart, in SVG user units.
const (
	chartWidth  = 640
	chartHeight = 340
	marginLeft  = 64
	marginRight = 16
	marginTop   = 48
	marginBelow = 72
)

// fills are the fills of the series, each a colour and a pattern, so that
// no series is told from another by colour alone.
var fills = []string{
	`<rect width="8" height="8" fill="#1d5b99"/>`,
	`<rect width="8" height="8" fill="#ffffff"/><path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#0b0c0c" stroke-width="2"/>`,
	`<rect width="8" height="8" fill="#b7c9e2"/><circle cx="4" cy="4" r="1.6" fill="#0b0c0c"/>`,
}

// svg returns the chart as an SVG element whose accessible name is its
// title and whose description is the table with the id table.
func (c barChart) svg(table string) template.HTML {
	var b strings.Builder
	esc := template.HTMLEscapeString
	id := c.ID
	n := func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + strconv.Itoa(chartWidth) + " " + strconv.Itoa(chartHeight) +
		`" width="` + strconv.Itoa(chartWidth) + `" height="` + strconv.Itoa(chartHeight) + `" role="img" aria-labelledby="` + id + `-title" aria-describedby="` + table + `" font-family="Arial, Helvetica, sans-serif">`)
	b.WriteString(`<title id="` + id + `-title">` + esc(c.Title) + `</title><defs>`)
	for i := range c.Series {
		b.WriteString(`<pattern id="` + id + `-p` + strconv.Itoa(i) + `" width="8" height="8" patternUnits="userSpaceOnUse">` + fills[i%len(fills)] + `</pattern>`)
	}
	b.WriteString(`</defs>`)

	top := 0
	for _, s := range c.Series {
		for _, v := range s.Values {
			top = max(top, v)
		}
	}
	step := niceStep(top)
	ymax := ((top + step - 1) / step) * step
	if ymax == 0 {
		ymax = step
	}
	plotW := float64(chartWidth - marginLeft - marginRight)
	plotH := float64(chartHeight - marginTop - marginBelow)
	y := func(v int) float64 { return float64(marginTop) + plotH - plotH*float64(v)/float64(ymax) }

	// Legend, above the plot.
	x := float64(marginLeft)
	for i, s := range c.Series {
		b.WriteString(`<rect x="` + n(x) + `" y="8" width="16" height="16" fill="url(#` + id + `-p` + strconv.Itoa(i) + `)" stroke="#0b0c0c"/>`)
		b.WriteString(`<text x="` + n(x+22) + `" y="21" font-size="13" fill="#0b0c0c">` + esc(s.Name) + `</text>`)
		x += 22 + 7.2*float64(len([]rune(s.Name))) + 24
	}
	// Grid lines and the y axis.
	for v := 0; v <= ymax; v += step {
		yy := n(y(v))
		b.WriteString(`<line x1="` + strconv.Itoa(marginLeft) + `" x2="` + strconv.Itoa(chartWidth-marginRight) + `" y1="` + yy + `" y2="` + yy + `" stroke="#d0d0d0"/>`)
		b.WriteString(`<text x="` + strconv.Itoa(marginLeft-6) + `" y="` + n(y(v)+4) + `" font-size="12" text-anchor="end" fill="#0b0c0c">` + strconv.Itoa(v) + `</text>`)
	}
	b.WriteString(`<line x1="` + strconv.Itoa(marginLeft) + `" x2="` + strconv.Itoa(marginLeft) + `" y1="` + strconv.Itoa(marginTop) + `" y2="` + n(y(0)) + `" stroke="#0b0c0c"/>`)
	b.WriteString(`<line x1="` + strconv.Itoa(marginLeft) + `" x2="` + strconv.Itoa(chartWidth-marginRight) + `" y1="` + n(y(0)) + `" y2="` + n(y(0)) + `" stroke="#0b0c0c"/>`)
	// The bars, with their values, and the categories.
	if len(c.Categories) > 0 && len(c.Series) > 0 {
		group := plotW / float64(len(c.Categories))
		bar := group * 0.8 / float64(len(c.Series))
		for j, cat := range c.Categories {
			gx := float64(marginLeft) + group*float64(j) + group*0.1
			for i, s := range c.Series {
				v := 0
				if j < len(s.Values) {
					v = s.Values[j]
				}
				bx := gx + bar*float64(i)
				b.WriteString(`<rect x="` + n(bx) + `" y="` + n(y(v)) + `" width="` + n(bar-2) + `" height="` + n(y(0)-y(v)) +
					`" fill="url(#` + id + `-p` + strconv.Itoa(i) + `)" stroke="#0b0c0c"/>`)
				b.WriteString(`<text x="` + n(bx+(bar-2)/2) + `" y="` + n(y(v)-4) + `" font-size="12" text-anchor="middle" fill="#0b0c0c">` + strconv.Itoa(v) + `</text>`)
			}
			b.WriteString(`<text x="` + n(gx+group*0.4) + `" y="` + n(y(0)+18) + `" font-size="12" text-anchor="middle" fill="#0b0c0c">` + esc(cat) + `</text>`)
		}
	}
	// Axis titles.
	b.WriteString(`<text x="` + n(float64(marginLeft)+plotW/2) + `" y="` + strconv.Itoa(chartHeight-12) + `" font-size="13" font-weight="bold" text-anchor="middle" fill="#0b0c0c">` + esc(c.XLabel) + `</text>`)
	b.WriteString(`<text transform="translate(16 ` + n(float64(marginTop)+plotH/2) + `) rotate(-90)" font-size="13" font-weight="bold" text-anchor="middle" fill="#0b0c0c">` + esc(c.YLabel) + `</text>`)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// niceStep returns the step of the grid lines of an axis up to top: 1, 2
// or 5 times a power of ten, giving at most about 6 lines.
func niceStep(top int) int {
	for p := 1; ; p *= 10 {
		for _, m := range []int{1, 2, 5} {
			if top <= m*p*6 {
				return m * p
			}
		}
	}
}
