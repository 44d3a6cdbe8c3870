package importer

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// is2019 reports whether the text is in the 2019 national format
// (国办公开办函〔2019〕60号), by headings only its table 二 prints.
func is2019(f flat) bool {
	for _, m := range format2019 {
		if f.index(m, 0) >= 0 {
			return true
		}
	}
	return false
}

// active2019 reads table 二 of a 2019-format report in [a, b): each row's
// label, then its numbers. 本年增/减 may be negative, and 采购总金额 is an
// amount in 元 followed by “元”.
func (p *parser) active2019(a, b int) error {
	at := p.tableStart(1, a, b)
	if at == b {
		at = a
	}
	p.refs = p.f.runs(at, b)
	out := &report.Active2019{}
	p.r.Active2019 = out
	for _, spec := range report.ActiveRows2019 {
		run, next, err := p.rowRun(spec.Label, at, b)
		if err != nil {
			return err
		}
		at = next
		cells, err := p.cells2019("active."+spec.Key, "表二「"+spec.Label+"」", run, spec.Columns)
		if err != nil {
			return err
		}
		out.Rows = append(out.Rows, report.Row{Cells: cells, Known: true})
	}
	run, _, err := p.rowRun(report.ProcurementLabel, at, b)
	if err != nil {
		return err
	}
	path, title := "active."+report.ProcurementKey, "表二「"+report.ProcurementLabel+"」"
	texts, err := p.texts2019(path, title, run, 2)
	if err != nil {
		return err
	}
	projects, ok := parseCell(texts[0], texts[0] == "/")
	if !ok {
		return errorf("", p.f.lineAt(run.at), "%s：“%s”不是%s（非负整数）", title, texts[0], report.ProjectsLabel)
	}
	amount := report.Decimal{Blank: true}
	if texts[1] != "/" {
		if !decimalText.MatchString(texts[1]) {
			return errorf("", p.f.lineAt(run.at), "%s：“%s”不是金额（%s）", title, texts[1], report.ProcurementUnit)
		}
		amount = report.Decimal{Text: texts[1]}
	}
	out.Procurement = report.Procurement{Projects: projects, Amount: amount}
	return nil
}

// rowRun finds a row of table 二 by its label at or after at, and returns
// the numbers printed after it and where the next row may start.
func (p *parser) rowRun(label string, at, b int) (run, int, error) {
	i := p.f.index(label, at)
	if i < 0 || i >= b {
		return run{}, 0, p.missing("表二", label, at)
	}
	start := i + len([]rune(label))
	runs := p.f.runs(start, b)
	if len(runs) == 0 || strings.TrimSpace(runs[0].label) != "" {
		return run{}, 0, p.noNumbers("表二", label, start)
	}
	r := negatives(p.f, runs[0])
	return r, r.toks[len(r.toks)-1].at + 1, nil
}

// negatives joins a minus sign printed directly before digits to them:
// the tokenizer reads a lone "-" as a blank cell, but in table 二 of the
// 2019 format "-18" is a decrease (本年增/减).
func negatives(f flat, r run) run {
	var toks []token
	for k := 0; k < len(r.toks); k++ {
		t := r.toks[k]
		if t.blank && k+1 < len(r.toks) && (f.r[t.at] == '-' || f.r[t.at] == '－') &&
			r.toks[k+1].at == t.at+1 && !r.toks[k+1].blank {
			toks = append(toks, token{text: "-" + r.toks[k+1].text, at: t.at})
			k++
			continue
		}
		toks = append(toks, t)
	}
	r.toks = toks
	return r
}

// cells2019 reads a row of named counts, 本年增/减 signed.
func (p *parser) cells2019(path, title string, r run, cols []report.Column) ([]report.Cell, error) {
	texts, err := p.texts2019(path, title, r, len(cols))
	if err != nil {
		return nil, err
	}
	cells := make([]report.Cell, len(cols))
	for i, s := range texts {
		c, ok := signedCell(s, cols[i].Key == report.SignedKey)
		if !ok {
			return nil, errorf("", p.f.lineAt(r.at), "%s · %s：“%s”不是件数", title, cols[i].Label, s)
		}
		cells[i] = c
	}
	return cells, nil
}

// texts2019 cuts a row of table 二 into n cells: as given with --cells, or
// as printed when the cells stand apart. Table 二 has no sum rule, so
// run-together digits are cut only when one reading is possible.
func (p *parser) texts2019(path, title string, r run, n int) ([]string, error) {
	line := p.f.lineAt(r.at)
	printed := tokensText(r.toks)
	if hint, given := p.cells[path]; given {
		if len(hint) != n {
			return nil, errorf("", line, "%s：--cells 给出了 %d 个单元格，此行应有 %d 个", title, len(hint), n)
		}
		var got, want strings.Builder
		for i := range hint {
			hint[i] = strings.TrimSpace(hint[i])
			got.WriteString(hint[i])
		}
		for _, t := range r.toks {
			want.WriteString(t.text)
		}
		if got.String() != want.String() {
			return nil, errorf("", line, "%s：--cells 的数字连起来是“%s”，与原文“%s”不符：只能切分原文，不能改动数字", title, got.String(), want.String())
		}
		p.notes = append(p.notes, fmt.Sprintf("%s：按 --cells 读作 %s", title, strings.Join(hint, "、")))
		return hint, nil
	}
	if len(r.toks) == n {
		out := make([]string, n)
		for i, t := range r.toks {
			out[i] = t.text
		}
		return out, nil
	}
	if !p.split || len(r.toks) > n {
		return nil, errorf("", line, "%s：应有 %d 个单元格，原文有 %d 个（“%s”）", title, n, len(r.toks), printed)
	}
	var plain []token
	for _, t := range r.toks {
		if !strings.HasPrefix(t.text, "-") && !strings.Contains(t.text, ".") {
			plain = append(plain, t)
		}
	}
	if len(plain) == len(r.toks) {
		cands, _, err := readings(r.toks, n, true, 0, nil)
		if err == nil && len(cands) == 1 {
			out := make([]string, n)
			for i, c := range cands[0] {
				out[i] = c.String()
			}
			p.notes = append(p.notes, fmt.Sprintf("%s：原文单元格连在一起（“%s”），只有一种读法：%s", title, printed, strings.Join(out, "、")))
			return out, nil
		}
		if err == nil && len(cands) > 1 {
			return nil, p.ambiguous(path, title, r, cands)
		}
	}
	return nil, errorf("", line, "%s：原文单元格连在一起（“%s”），表二没有勾稽关系可用来切分；请核对所发布的表格后用 --cells %s=逐格数字（以逗号分隔）指定，或改用带表格的网页（HTML）导入", title, printed, path)
}

// signedCell reads a count, negative only where signed allows it.
func signedCell(s string, signed bool) (report.Cell, bool) {
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
