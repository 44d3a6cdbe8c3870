package importer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/report"
)

// PDF text extracted with its layout keeps every number in its column,
// but a blank cell leaves only spaces: "21    0        21" is a row of
// seven whose middle cells are blank. The columns of a full row nearby
// tell where each number of the short row stands, and so which cells are
// blank. Only an unambiguous placement is accepted.

// maxRefDistance is how many lines away a full row may be to lend its
// columns: further away the layout may be a different page's.
const maxRefDistance = 8

// placeBlanks reads a row with fewer numbers than cells by their
// columns, or returns nil when that cannot be done with certainty.
func (p *parser) placeBlanks(r run, n int, refs []run) []report.Cell {
	line, ok := p.oneLine(r)
	if !ok || p.d == nil || !p.d.layout {
		return nil
	}
	var best []float64
	bestDist := maxRefDistance + 1
	for _, ref := range refs {
		refLine, ok := p.oneLine(ref)
		if !ok || len(ref.toks) != n || ref.at == r.at {
			continue
		}
		if d := abs(refLine - line); d < bestDist {
			bestDist, best = d, p.centers(ref)
		}
	}
	if best == nil {
		return nil
	}
	minGap := -1.0
	for i := 1; i < len(best); i++ {
		if g := best[i] - best[i-1]; minGap < 0 || g < minGap {
			minGap = g
		}
	}
	if minGap < 3 { // numbers one space apart: not a layout that keeps columns
		return nil
	}
	cells := make([]report.Cell, n)
	for i := range cells {
		cells[i] = report.Cell{Blank: true}
	}
	last := -1
	for k, c := range p.centers(r) {
		col := nearest(best, c)
		if col <= last || absf(best[col]-c) > minGap/2 {
			return nil
		}
		cell, ok := parseCell(r.toks[k].text, r.toks[k].blank)
		if !ok {
			return nil
		}
		cells[col], last = cell, col
	}
	return cells
}

// oneLine reports the document line of a run whose numbers all stand on
// one line.
func (p *parser) oneLine(r run) (int, bool) {
	if len(r.toks) == 0 {
		return 0, false
	}
	l := p.f.at[r.toks[0].at].line
	for _, t := range r.toks {
		if p.f.at[t.at].line != l {
			return 0, false
		}
	}
	return l, true
}

// centers are the columns of the middle of each number. pdftotext -layout
// gives every character one column, CJK included, so columns are runes.
func (p *parser) centers(r run) []float64 {
	var out []float64
	for _, t := range r.toks {
		at := p.f.at[t.at]
		text := p.d.lines[at.line].text
		start := utf8.RuneCountInString(text[:at.off])
		out = append(out, float64(start)+float64(len(t.text))/2)
	}
	return out
}

func nearest(cols []float64, c float64) int {
	best := 0
	for i := range cols {
		if absf(cols[i]-c) < absf(cols[best]-c) {
			best = i
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func absf(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// blankNote says which cells were read as blank from the layout.
func blankNote(title string, cells []report.Cell, cols []report.Column) string {
	var blank []string
	for i, c := range cells {
		if c.Blank {
			blank = append(blank, cols[i].Label)
		}
	}
	return fmt.Sprintf("%s：按版面上数字所在的列，%s 为空白单元格，记为 \"/\"", title, strings.Join(blank, "、"))
}
