package importer

import (
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// appeals reads table 四 in s: fifteen figures, five each for 行政复议,
// 未经复议直接起诉 and 复议后起诉, printed as one row (or as three). The
// figures are the first fifteen after the header; prose after the table
// is not read.
func (p *parser) appeals(s span) {
	n := len(report.AppealColumns)
	total := n * len(report.AppealRows)
	title := "表四（行政复议、行政诉讼）"
	p.r.Appeals = nil
	if !s.found() {
		p.problem(0, "appeals", "找不到表四（行政复议、行政诉讼情况）：原文中没有“%s”“%s”的表头和数字（表格是否以图片形式发布？图片中的数字需要手工录入）", report.ReviewLabel, report.LitigationLabel)
		p.setAppeals(unresolvedCells(total))
		return
	}
	all, ok := p.appealRun(s, total)
	if !ok {
		p.problem(s.a, "appeals", "%s：表头后没有数字（表格是否以图片形式发布？图片中的数字需要手工录入）", title)
		p.setAppeals(unresolvedCells(total))
		return
	}
	if hint, given := p.opt.Cells["appeals"]; given {
		cells, err := hinted(hint, all.toks, total)
		if err != nil {
			p.problem(all.at, "appeals", "表四：%v", err)
			p.setAppeals(unresolvedCells(total))
			return
		}
		p.note("%s：按 --cells 读作 %s", title, cellsText(cells))
		p.setAppeals(cells)
		return
	}
	cands, truncated, err := readings(all.toks, total, n, rowTotalOK)
	switch {
	case err != nil:
		p.problem(all.at, "appeals", "%s：%v（原文为“%s”）", title, err, tokensText(all.toks))
		p.setAppeals(unresolvedCells(total))
	case truncated:
		// The readings found so far prove nothing of the cells the search
		// never varied: every cell is left to a person.
		p.problem(all.at, "appeals", "%s：原文单元格连在一起（“%s”），读法太多，无法确定；请核对原文后用 --cells appeals=… 指定 15 个数", title, tokensText(all.toks))
		p.setAppeals(unresolvedCells(total))
	case len(cands) > 1:
		p.ambiguous("appeals", title, all, cands)
		p.setAppeals(merge(cands))
	case len(cands) == 0:
		p.problem(all.at, "appeals", "%s：原文单元格连在一起（“%s”），没有一种切分符合各行总计等于各项之和；请核对原文后用 --cells appeals=… 指定 15 个数", title, tokensText(all.toks))
		p.setAppeals(unresolvedCells(total))
	default:
		if len(all.toks) < total {
			p.note("%s：原文单元格连在一起（“%s”），按各行总计等于各项之和只有一种读法：%s", title, tokensText(all.toks), cellsText(cands[0]))
		}
		p.setAppeals(cands[0])
	}
}

// appealRun gathers the figures of table 四: runs from the header on,
// until they hold the fifteen cells (or, run together, the digits of
// them), stopping at prose.
func (p *parser) appealRun(s span, total int) (run, bool) {
	var all run
	cells := 0
	for i, r := range p.f.runs(s.a, s.b) {
		if i > 0 && cells > 0 && strings.ContainsAny(r.label, "。；") {
			break // prose after the table
		}
		if len(all.toks) == 0 {
			all.at = r.at
		}
		for _, t := range r.toks {
			if cells >= total && !t.empty {
				return all, true
			}
			p.consumed("appeals", t.end)
			all.toks = append(all.toks, t)
			if p.d.flow == runTogether && !t.exact && !t.blank && len(t.text) > 5 {
				cells += len(t.text) // "000000000000000" may be fifteen cells
			} else {
				cells++
			}
		}
		if cells >= total && len(all.toks) >= total {
			break
		}
	}
	return all, len(all.toks) > 0
}

func (p *parser) setAppeals(cells []report.Cell) {
	n := len(report.AppealColumns)
	p.r.Appeals = nil
	for i := range report.AppealRows {
		p.r.Appeals = append(p.r.Appeals, report.Row{Cells: cells[i*n : (i+1)*n], Known: true})
	}
}
