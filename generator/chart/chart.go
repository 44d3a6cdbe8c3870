// Package chart draws the site's charts as static, accessible SVG: no
// JavaScript, a role="img" with a <title> and a <desc> that give the key
// numbers, axis text hidden from assistive technology (the same figures
// are in a real table beside every chart), and series told apart by
// patterns and labels, never by colour alone. Output is deterministic.
package chart

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Value is one bar's figure; Missing when the report left it blank.
type Value struct {
	N       int64
	Missing bool
}

// Series is one set of bars, one per category.
type Series struct {
	Name   string
	Values []Value // indexed like Bars.Categories
}

// Bars is a grouped bar chart: for each category (a year), one bar per
// series side by side.
type Bars struct {
	ID         string // unique within the page; prefixes every id in the SVG
	Title      string
	Categories []string
	Series     []Series
}

// Geometry, in SVG user units. Bars are wide enough for a four-digit
// label above them.
const (
	barWidth   = 26
	groupGap   = 28
	plotHeight = 180
	marginL    = 56
	marginR    = 16
	legendRow  = 22
	axisBottom = 28
	// minWidth keeps a chart of one or two years from being drawn at
	// several times its size: the SVG scales to the column (up to 48rem),
	// and a 204-unit-wide chart of one year showed 12-unit text 45 px
	// high, its legend cut off at the right.
	minWidth  = 480
	fontSize  = 12
	labelSize = 10
)

// fills are the series' patterns; every colour has at least 3:1 contrast
// against the white background, and each bar also has a dark outline.
var fills = []struct{ name, def string }{
	{"solid", `<pattern id="%s" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#0b4f9c"/></pattern>`},
	{"diagonal", `<pattern id="%s" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="#a4121a"/></pattern>`},
	{"dots", `<pattern id="%s" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="2" fill="#1a1a1a"/></pattern>`},
	{"horizontal", `<pattern id="%s" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><rect width="6" height="3" fill="#7a4f00"/></pattern>`},
	{"cross", `<pattern id="%s" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#fff"/><path d="M0 0L8 8M8 0L0 8" stroke="#0b4f9c" stroke-width="2"/></pattern>`},
	{"vertical", `<pattern id="%s" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="#1a1a1a"/></pattern>`},
}

// Patterns is how many series a chart can tell apart.
var Patterns = len(fills)

// SVG renders the chart. The caller puts it in the page as is: all text is
// escaped here.
func (b Bars) SVG() string {
	series := b.Series
	if len(series) > len(fills) {
		series = series[:len(fills)]
	}
	groupW := len(series)*barWidth + groupGap
	width := marginL + len(b.Categories)*groupW + marginR
	if width < minWidth {
		// Few years: the groups spread over the minimum width.
		width = minWidth
		if n := len(b.Categories); n > 0 {
			groupW = (width - marginL - marginR) / n
		}
	}
	for _, s := range series {
		// A legend entry must fit on a line of its own.
		width = max(width, marginL+legendWidth(s.Name)+marginR)
	}
	legend := b.legendRows(width)
	top := len(legend)*legendRow + 16
	height := top + plotHeight + axisBottom
	max, step := scale(series)

	var w strings.Builder
	id := b.ID
	p := func(s ...string) {
		for _, x := range s {
			w.WriteString(x)
		}
	}
	p(`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 `, itoa(width), " ", itoa(height),
		`" role="img" aria-labelledby="`, id, `-title `, id, `-desc" focusable="false">`, "\n")
	p(`<title id="`, id, `-title">`, esc(b.Title), "</title>\n")
	p(`<desc id="`, id, `-desc">`, esc(b.Desc()), "</desc>\n")
	p("<defs>")
	for i := range series {
		p(strings.Replace(fills[i].def, "%s", id+"-p"+itoa(i), 1))
	}
	p("</defs>\n")

	// Everything below repeats the desc and the table: hidden from
	// assistive technology so that it is not read twice.
	p(`<g aria-hidden="true" font-family="sans-serif" font-size="`, itoa(fontSize), `" fill="#1a1a1a">`, "\n")
	for r, row := range legend {
		x := marginL
		y := 8 + r*legendRow
		for _, i := range row {
			p(`<rect x="`, itoa(x), `" y="`, itoa(y), `" width="14" height="14" fill="url(#`, id, "-p", itoa(i), `)" stroke="#1a1a1a"/>`)
			p(`<text x="`, itoa(x+20), `" y="`, itoa(y+12), `">`, esc(series[i].Name), "</text>\n")
			x += legendWidth(series[i].Name)
		}
	}
	base := top + plotHeight
	for v := int64(0); v <= max; v += step {
		y := base - int(v*plotHeight/max)
		p(`<line x1="`, itoa(marginL), `" x2="`, itoa(width-marginR), `" y1="`, itoa(y), `" y2="`, itoa(y), `" stroke="#c8c8c8"/>`)
		p(`<text x="`, itoa(marginL-6), `" y="`, itoa(y+4), `" text-anchor="end">`, strconv.FormatInt(v, 10), "</text>\n")
	}
	for c, cat := range b.Categories {
		gx := marginL + c*groupW + (groupW-len(series)*barWidth)/2
		for i, s := range series {
			x := gx + i*barWidth
			v := Value{Missing: true}
			if c < len(s.Values) {
				v = s.Values[c]
			}
			if v.Missing {
				p(`<text x="`, itoa(x+barWidth/2), `" y="`, itoa(base-4), `" font-size="`, itoa(labelSize), `" text-anchor="middle">/</text>`, "\n")
				continue
			}
			h := 0
			if v.N > 0 { // counts are never negative; a bar never grows downwards
				h = int(v.N * plotHeight / max)
			}
			p(`<rect x="`, itoa(x+1), `" y="`, itoa(base-h), `" width="`, itoa(barWidth-2), `" height="`, itoa(h),
				`" fill="url(#`, id, "-p", itoa(i), `)" stroke="#1a1a1a"/>`)
			p(`<text x="`, itoa(x+barWidth/2), `" y="`, itoa(base-h-4), `" font-size="`, itoa(labelSize), `" text-anchor="middle">`,
				strconv.FormatInt(v.N, 10), "</text>\n")
		}
		p(`<text x="`, itoa(gx+len(series)*barWidth/2), `" y="`, itoa(base+20), `" text-anchor="middle">`, esc(cat), "</text>\n")
	}
	p(`<line x1="`, itoa(marginL), `" x2="`, itoa(width-marginR), `" y1="`, itoa(base), `" y2="`, itoa(base), `" stroke="#1a1a1a"/>`, "\n")
	p("</g>\n</svg>")
	return w.String()
}

// Desc gives every figure of the chart in words, category by category:
// "2021年：本年新收 96，予以公开 78；2022年：…".
func (b Bars) Desc() string {
	var parts []string
	for c, cat := range b.Categories {
		var vs []string
		for _, s := range b.Series {
			v := "空白"
			if c < len(s.Values) && !s.Values[c].Missing {
				v = strconv.FormatInt(s.Values[c].N, 10)
			}
			vs = append(vs, s.Name+" "+v)
		}
		parts = append(parts, cat+"："+strings.Join(vs, "，"))
	}
	return strings.Join(parts, "；") + "。"
}

// legendRows wraps the legend's entries into rows that fit the width.
func (b Bars) legendRows(width int) [][]int {
	var rows [][]int
	x := marginL
	for i, s := range b.Series {
		if i >= len(fills) {
			break
		}
		lw := legendWidth(s.Name)
		if len(rows) == 0 || (x+lw > width && len(rows[len(rows)-1]) > 0) {
			rows = append(rows, nil)
			x = marginL
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], i)
		x += lw
	}
	return rows
}

// legendWidth estimates an entry's width: the swatch, then the label with
// CJK characters a full em wide and others about half.
func legendWidth(label string) int {
	w := 20 + 16
	for _, r := range label {
		if utf8.RuneLen(r) > 1 {
			w += fontSize
		} else {
			w += fontSize / 2
		}
	}
	return w
}

// scale picks a round top for the value axis and the step between its
// ticks: 1, 2 or 5 times a power of ten, about four steps.
func scale(series []Series) (max, step int64) {
	var hi int64
	for _, s := range series {
		for _, v := range s.Values {
			if !v.Missing && v.N > hi {
				hi = v.N
			}
		}
	}
	step = 1
	for mag := int64(1); ; mag *= 10 {
		for _, m := range []int64{1, 2, 5} {
			if step = m * mag; step*4 >= hi {
				max = (hi + step - 1) / step * step
				if max == 0 || max < hi {
					max = step * 4
				}
				return max, step
			}
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func esc(s string) string { return html.EscapeString(s) }
