package importer

import (
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// slot is a row of table 三 as printed: a row of the form, or a group
// printed as one subtotal row.
type slot struct {
	path  string
	title string
	index int // in ApplicationRows, or -1 for a subtotal
	group int // in ResultGroups, for a subtotal
	run   run
	cands [][]report.Cell
}

// applications reads table 三 in [a, b). The form fixes the order of the
// rows, so each run of numbers is the next row, and the label printed
// before it must be that row's label (or, at the start of a group, the
// group's label when the group is printed as one row).
func (p *parser) applications(a, b int) error {
	if start := p.tableStart(2, a, b); start < b {
		a = start
	}
	runs := p.f.runs(a, b)
	if len(runs) == 0 {
		return p.noNumbers("表三", report.ApplicationRows[0].Label, a)
	}
	p.refs = runs
	var slots []slot
	ri := 0
	for i := 0; i < len(report.ApplicationRows); {
		spec := report.ApplicationRows[i]
		if ri >= len(runs) {
			return errorf("", p.f.lineAt(b-1), "表三：找不到「%s」这一行的数字（表格不完整，或以图片形式发布）", report.RowTitle(spec.Path))
		}
		r := runs[ri]
		if g := groupIndex(spec.Group); g >= 0 && firstOfGroup(i) && coverage(spec.Label, r.label) < matches && coverage(report.ResultGroups[g].Label, r.label) >= matches {
			key := report.ResultGroups[g].Key
			slots = append(slots, slot{path: report.SubtotalPath(key), title: report.ResultsHeading + report.ResultGroups[g].Label, index: -1, group: g, run: r})
			for i < len(report.ApplicationRows) && report.ApplicationRows[i].Group == key {
				i++
			}
			ri++
			continue
		}
		if coverage(spec.Label, r.label) < matches {
			return errorf("", p.f.lineAt(r.at), "表三：此处应为「%s」，原文为“%s”", report.RowTitle(spec.Path), shorten(r.label))
		}
		slots = append(slots, slot{path: spec.Path, title: report.RowTitle(spec.Path), index: i, run: r})
		i++
		ri++
	}
	for k := range slots {
		s := &slots[k]
		cands, err := p.candidates(s.path, "表三「"+s.title+"」", s.run, len(report.ApplicantColumns), rowTotalOK)
		if err != nil {
			return err
		}
		s.cands = cands
	}
	return p.solve(slots)
}

// solve picks the one reading of every row under which the table's
// column rules hold too ((七)总计 and 第一项加第二项之和等于第三项加第四项之和).
// Rows printed with their cells apart have one reading already; only web
// text leaves a choice.
func (p *parser) solve(slots []slot) error {
	var open []int
	combos := 1
	for k, s := range slots {
		if len(s.cands) > 1 {
			open = append(open, k)
			combos *= len(s.cands)
			if combos > maxReadings {
				return p.ambiguous(s.path, "表三「"+s.title+"」", s.run, s.cands)
			}
		}
	}
	choice := make([]int, len(slots))
	var fits [][]int
	for n := 0; n < combos; n++ {
		rest := n
		for _, k := range open {
			choice[k] = rest % len(slots[k].cands)
			rest /= len(slots[k].cands)
		}
		p.fill(slots, choice)
		if columnsOK(p.r) {
			fits = append(fits, append([]int(nil), choice...))
		}
	}
	if len(fits) == 0 {
		if len(open) == 0 {
			p.fill(slots, choice) // as printed: the checks will report it
			return nil
		}
		s := slots[open[0]]
		return errorf("", p.f.lineAt(s.run.at), "表三：原文单元格连在一起，没有一种读法能同时符合各行和各列的勾稽关系（首个无法确定的行：「%s」，原文“%s”）；请核对原文后用 --cells 指定，或改用带表格的网页（HTML）导入", s.title, tokensText(s.run.toks))
	}
	if len(fits) > 1 {
		for _, k := range open {
			var distinct [][]report.Cell
			seen := map[int]bool{}
			for _, f := range fits {
				if !seen[f[k]] {
					seen[f[k]] = true
					distinct = append(distinct, slots[k].cands[f[k]])
				}
			}
			if len(distinct) > 1 {
				return p.ambiguous(slots[k].path, "表三「"+slots[k].title+"」", slots[k].run, distinct)
			}
		}
	}
	p.fill(slots, fits[0])
	for _, k := range open {
		s := slots[k]
		p.notes = append(p.notes, fmt.Sprintf("表三「%s」：原文单元格连在一起（“%s”），按表格的勾稽关系只有一种读法：%s", s.title, tokensText(s.run.toks), cellsText(s.cands[fits[0][k]])))
	}
	return nil
}

// fill writes the chosen readings into the report.
func (p *parser) fill(slots []slot, choice []int) {
	r := p.r
	r.Applications = make([]report.Row, len(report.ApplicationRows))
	r.Subtotals = make([]*report.Row, len(report.ResultGroups))
	for k, s := range slots {
		row := report.Row{Cells: s.cands[choice[k]], Known: true}
		if s.index < 0 {
			r.Subtotals[s.group] = &row
		} else {
			r.Applications[s.index] = row
		}
	}
}

// columnsOK reports whether the column rules of table 三 hold (or cannot
// be assessed for blank cells).
func columnsOK(r *report.Report) bool {
	for _, f := range report.Check(r) {
		if f.Severity == report.Error && (f.Rule == report.RuleResultsTotal || f.Rule == report.RuleBalance) {
			return false
		}
	}
	return true
}

func groupIndex(key string) int {
	for i, g := range report.ResultGroups {
		if key != "" && g.Key == key {
			return i
		}
	}
	return -1
}

func firstOfGroup(i int) bool {
	return i == 0 || report.ApplicationRows[i-1].Group != report.ApplicationRows[i].Group
}

// shorten keeps an error message readable when the text before a row is
// long.
func shorten(s string) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > 40 {
		return "…" + string(r[len(r)-40:])
	}
	return string(r)
}
