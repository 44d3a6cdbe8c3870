package importer

import (
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// active2019 reads table 二 of a 2019-format report in s: each row's
// label, then its figures. 本年增/减 may be negative, and 采购总金额 is an
// amount in 元.
func (p *parser) active2019(s span) {
	out := &report.Active2019{}
	p.r.Active2019 = out
	if !s.found() {
		p.problem(0, "active", "找不到表二（主动公开政府信息情况）：原文中没有“%s”“%s”这样的表头和行（表格是否以图片形式发布？图片中的数字需要手工录入）", report.Article20Item1, report.RegulationsLabel)
	}
	p.refs = p.f.runs(max(s.a, 0), max(s.b, 0))
	for _, spec := range report.ActiveRows2019 {
		path := "active." + spec.Key
		cells := p.cells2019(path, spec.Label, s, spec.Columns)
		out.Rows = append(out.Rows, report.Row{Cells: cells, Known: true})
	}
	path, title := "active."+report.ProcurementKey, "表二「"+report.ProcurementLabel+"」"
	out.Procurement = report.Procurement{Projects: report.Cell{Blank: true, Unresolved: true}, Amount: report.Decimal{Blank: true, Unresolved: true}}
	run, ok := p.rowRun(path, max(s.a, 0), max(s.b, 0), 2)
	if !s.found() {
		return
	}
	if !ok {
		if p.notPrinted(path, s) {
			out.Procurement = report.Procurement{Projects: report.Cell{Blank: true}, Amount: report.Decimal{Blank: true}}
		}
		return
	}
	run = negatives(p.f, run)
	texts, ok := p.texts2019(path, title, run, 2)
	if !ok {
		return
	}
	projects, ok := parseCell(texts[0], texts[0] == "/")
	if !ok {
		p.problem(run.at, path, "%s：“%s”不是%s（非负整数）", title, texts[0], report.ProjectsLabel)
		return
	}
	out.Procurement.Projects = projects
	switch {
	case texts[1] == "/":
		out.Procurement.Amount = report.Decimal{Blank: true}
	case decimalText.MatchString(texts[1]):
		out.Procurement.Amount = report.Decimal{Text: texts[1]}
	default:
		p.problem(run.at, path, "%s：“%s”不是金额（%s）", title, texts[1], report.ProcurementUnit)
	}
}

// cells2019 reads a row of named counts, 本年增/减 signed; unresolved cells
// when it cannot be read.
func (p *parser) cells2019(path, label string, s span, cols []report.Column) []report.Cell {
	title := "表二「" + label + "」"
	if !s.found() {
		return unresolvedCells(len(cols))
	}
	run, ok := p.rowRun(path, s.a, s.b, len(cols))
	if !ok {
		if p.notPrinted(path, s) {
			return blankCells(len(cols))
		}
		return unresolvedCells(len(cols))
	}
	texts, ok := p.texts2019(path, title, negatives(p.f, run), len(cols))
	if !ok {
		return unresolvedCells(len(cols))
	}
	cells := make([]report.Cell, len(cols))
	for i, t := range texts {
		c, ok := signedCell(t, cols[i].Key == report.SignedKey)
		if !ok {
			p.problem(run.at, path, "%s · %s：“%s”不是件数", title, cols[i].Label, t)
			c = report.Cell{Blank: true, Unresolved: true}
		}
		cells[i] = c
	}
	return cells
}

// negatives joins a minus sign printed directly before digits to them:
// the tokenizer reads a lone "-" as a blank cell, but in table 二 of the
// 2019 format "-18" is a decrease (本年增/减).
func negatives(f flat, r run) run {
	var toks []token
	for k := 0; k < len(r.toks); k++ {
		t := r.toks[k]
		if t.blank && !t.empty && k+1 < len(r.toks) && (f.r[t.at] == '-' || f.r[t.at] == '－') &&
			r.toks[k+1].at == t.at+1 && !r.toks[k+1].blank {
			toks = append(toks, token{text: "-" + r.toks[k+1].text, exact: t.exact || r.toks[k+1].exact, at: t.at})
			k++
			continue
		}
		toks = append(toks, t)
	}
	r.toks = toks
	return r
}

// texts2019 cuts a row of table 二 into n cells: as given with --cells, or
// as printed when the cells stand apart. Table 二 has no sum rule, so
// run-together digits are cut only when one reading is possible; with
// several, the cells they agree on are kept and the rest left to a
// person.
func (p *parser) texts2019(path, title string, r run, n int) ([]string, bool) {
	printed := tokensText(r.toks)
	if hint, given := p.opt.Cells[path]; given {
		if len(hint) != n {
			p.problem(r.at, path, "%s：--cells 给出了 %d 个单元格，此行应有 %d 个", title, len(hint), n)
			return nil, false
		}
		for i := range hint {
			hint[i] = strings.TrimSpace(hint[i])
		}
		if err := printedIn(hint, r.toks); err != nil {
			p.problem(r.at, path, "%s：%v", title, err)
			return nil, false
		}
		p.note("%s：按 --cells 读作 %s", title, strings.Join(hint, "、"))
		return hint, true
	}
	toks := trimEmpty(r.toks, n)
	if len(toks) == n {
		out := make([]string, n)
		for i, t := range toks {
			out[i] = t.text
		}
		return out, true
	}
	if len(toks) > n || allExact(toks) {
		p.problem(r.at, path, "%s：应有 %d 个单元格，原文有 %d 个（“%s”）", title, n, len(toks), printed)
		return nil, false
	}
	plain := true
	for _, t := range toks {
		if strings.HasPrefix(t.text, "-") || strings.Contains(t.text, ".") {
			plain = false
		}
	}
	if plain {
		cands, _, err := readings(toks, n, 0, nil)
		if err == nil && len(cands) == 1 {
			out := make([]string, n)
			for i, c := range cands[0] {
				out[i] = c.String()
			}
			p.note("%s：原文单元格连在一起（“%s”），只有一种读法：%s", title, printed, strings.Join(out, "、"))
			return out, true
		}
		if err == nil && len(cands) > 1 {
			p.ambiguous(path, title, r, cands)
			cells := merge(cands)
			out := make([]string, n)
			for i, c := range cells {
				out[i] = c.String()
			}
			return out, true
		}
	}
	p.problem(r.at, path, "%s：原文单元格连在一起（“%s”），表二没有勾稽关系可用来切分；请核对所发布的表格后用 --cells %s=逐格数字（以逗号分隔）指定", title, printed, path)
	return nil, false
}

// signedCell reads a count, negative only where signed allows it; "?" is
// a cell left unresolved.
func signedCell(s string, signed bool) (report.Cell, bool) {
	if s == "?" {
		return report.Cell{Blank: true, Unresolved: true}, true
	}
	if signed && strings.HasPrefix(s, "-") {
		c, ok := parseCell(s[1:], false)
		if !ok || c.N == 0 {
			return report.Cell{}, false
		}
		n, err := strconv.ParseInt(s, 10, 64)
		return report.Cell{N: n}, err == nil
	}
	return parseCell(s, s == "/")
}
