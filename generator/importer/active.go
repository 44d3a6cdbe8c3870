package importer

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/importer/vocab"
	"github.com/gongkai/gongkai/generator/report"
)

// decimalText is an amount as TOML can hold it exactly.
var decimalText = regexp.MustCompile(`^(?:0|[1-9][0-9]{0,15})(?:\.[0-9]{1,12})?$`)

// activeRow is one row of table 二 as the form prints it.
type activeRow struct {
	path string
	n    int
}

func activeRows() []activeRow {
	var rows []activeRow
	for _, k := range report.DocumentKinds {
		rows = append(rows, activeRow{"active." + k.Key, len(report.DocumentColumns)})
	}
	for _, k := range report.DecisionKinds {
		rows = append(rows, activeRow{"active." + k.Key, 1})
	}
	return append(rows, activeRow{"active.fees", 1})
}

// label is a row's official label, for messages.
func label(path string) string {
	if l := vocab.Default.Rows[path]; len(l) > 0 {
		return l[0]
	}
	return path
}

// rowRun finds a row of table 二 in [a, b) by any of its labels, and the
// figures printed directly after it. Reports print the rows of table 二
// in different orders (the single counts before the document rows, in an
// appendix of a department's own), so each row is looked for in the
// whole table. ok is false when the row is not there.
func (p *parser) rowRun(path string, a, b, n int) (run, bool) {
	for _, l := range vocab.Default.Rows[path] {
		for i := p.f.indexIn(l, a, b); i >= 0; i = p.f.indexIn(l, i+1, b) {
			after := i + len([]rune(vocab.Fold(l)))
			if rs := p.f.runs(after, b); len(rs) > 0 && rs[0].label == "" {
				return p.takeRow(rs[0], i, a, n), true
			}
		}
	}
	// A label misprinted or misread ("行政许叮"): the figures whose label
	// is most like this row's and like no other row's more.
	best, bestScore := -1, 0.0
	rs := p.refs // the table's runs, found once
	for k, r := range rs {
		text := tail(r.label, 12)
		score := vocab.Best(vocab.Default.Rows[path], text)
		if score < labelMatch || score <= bestScore {
			continue
		}
		other := false
		for _, q := range activePaths() {
			if q != path && vocab.Best(vocab.Default.Rows[q], text) >= score {
				other = true
			}
		}
		if !other {
			best, bestScore = k, score
		}
	}
	if best >= 0 {
		r := rs[best]
		p.note("表二「%s」：原文行标签印作“%s”，按字形相近读作此行", label(path), strings.TrimSpace(tail(r.label, 12)))
		return p.takeRow(r, r.at-len([]rune(tail(r.label, 12))), a, n), true
	}
	return run{}, false
}

// takeRow is a row's figures found after its label at label.
func (p *parser) takeRow(r run, label, from, n int) run {
	p.consumed("active", r.end)
	if len(r.toks) < n && p.d.layout {
		r = p.withFiguresAbove(r, label, from)
	}
	return r
}

// withFiguresAbove adds to a row the figures printed on the line above its
// label: PDF text centres each cell vertically, so a cell of two lines
// ("147230元" over a row whose label is one line) puts its figure a line
// higher than the others. Only figures directly above the label, under no
// label of their own, are taken, in the order of their columns.
func (p *parser) withFiguresAbove(r run, label, from int) run {
	rs := p.f.runs(from, label)
	if len(rs) == 0 {
		return r
	}
	above := rs[len(rs)-1]
	labelLine := p.f.at[label].line
	aboveLine := p.f.at[above.toks[len(above.toks)-1].at].line
	between := p.f.text(above.end, label)
	if labelLine-aboveLine > 2 || strings.TrimSpace(between) != "" || labelsIn(above.label) {
		return r
	}
	toks := append(append([]token(nil), above.toks...), r.toks...)
	sort.SliceStable(toks, func(i, j int) bool { return p.column(toks[i]) < p.column(toks[j]) })
	r.toks, r.at = toks, min(r.at, above.at)
	return r
}

// column is where a token stands on its printed line, in runes.
func (p *parser) column(t token) int {
	at := p.f.at[t.at]
	return utf8.RuneCountInString(p.d.lines[at.line].text[:at.off])
}

// labelsIn reports whether text holds the label of a row of table 二.
func labelsIn(text string) bool {
	for _, path := range activePaths() {
		for _, l := range vocab.Default.Rows[path] {
			if strings.Contains(text, vocab.Fold(l)) {
				return true
			}
		}
	}
	return false
}

// active reads table 二 of the 2021 format in s.
func (p *parser) active(s span) {
	r := p.r
	r.Active = report.Active{}
	if !s.found() {
		p.problem(0, "active", "找不到表二（主动公开政府信息情况）：原文中没有“%s”“%s”这样的表头和行（表格是否以图片形式发布？图片中的数字需要手工录入）", report.Article20Item1, report.RegulationsLabel)
		p.missingActive()
		return
	}
	p.refs = p.f.runs(s.a, s.b)
	for _, row := range activeRows() {
		run, ok := p.rowRun(row.path, s.a, s.b, row.n)
		if !ok {
			if p.notPrinted(row.path, s) {
				p.setActive(row, blankCells(row.n), report.Decimal{Blank: true})
			} else {
				p.setActive(row, nil, report.Decimal{Blank: true, Unresolved: true})
			}
			continue
		}
		if row.path == "active.fees" {
			p.setActive(row, nil, p.fees(run))
			continue
		}
		cells, ok := p.row(row.path, "表二「"+label(row.path)+"」", run, row.n, nil)
		if !ok {
			cells = nil
		}
		p.setActive(row, cells, report.Decimal{})
	}
}

// fees reads 行政事业性收费's amount in 万元, kept exactly as printed.
func (p *parser) fees(run run) report.Decimal {
	title := "表二「" + report.FeesLabel + "」"
	if hint, given := p.opt.Cells["active.fees"]; given {
		if len(hint) == 1 && (decimalText.MatchString(hint[0]) || hint[0] == "/") {
			p.note("%s：按 --cells 读作 %s", title, hint[0])
			if hint[0] == "/" {
				return report.Decimal{Blank: true}
			}
			return report.Decimal{Text: hint[0]}
		}
		p.problem(run.at, "active.fees", "%s：--cells 应给出一个金额，实为“%s”", title, strings.Join(hint, ","))
		return report.Decimal{Blank: true, Unresolved: true}
	}
	toks := trimEmpty(run.toks, 1)
	switch {
	case len(toks) != 1:
		p.problem(run.at, "active.fees", "%s：应有 1 个数（%s），原文为“%s”", title, report.FeesAmountLabel, tokensText(run.toks))
	case toks[0].blank:
		return report.Decimal{Blank: true}
	case decimalText.MatchString(toks[0].text):
		return report.Decimal{Text: toks[0].text}
	default:
		p.problem(run.at, "active.fees", "%s：“%s”不是金额（万元）", title, toks[0].text)
	}
	return report.Decimal{Blank: true, Unresolved: true}
}

func (p *parser) setActive(row activeRow, cells []report.Cell, fees report.Decimal) {
	a := &p.r.Active
	if cells == nil {
		cells = unresolvedCells(row.n)
	}
	switch {
	case row.path == "active.fees":
		a.Fees = fees
	case row.n == 1:
		a.Decisions = append(a.Decisions, cells[0])
	default:
		a.Documents = append(a.Documents, report.Row{Cells: cells, Known: true})
	}
}

// notPrinted records a row of table 二 the report does not print: a
// department that makes no 规章 leaves the row out. The row is blank, as
// a row printed empty is, and the import says so (true); a label printed
// without figures is a problem instead (false).
func (p *parser) notPrinted(path string, s span) bool {
	for _, l := range vocab.Default.Rows[path] {
		if i := p.f.indexIn(l, s.a, s.b); i >= 0 {
			p.problem(i, path, "表二「%s」：这一行后面没有数字（数字与行标签分开印的，请核对原文后用 --cells %s=… 指定）", label(path), path)
			return false
		}
	}
	p.note("表二：原文没有「%s」这一行，记为空白 \"/\"", label(path))
	return true
}

func blankCells(n int) []report.Cell {
	cells := make([]report.Cell, n)
	for i := range cells {
		cells[i] = report.Cell{Blank: true}
	}
	return cells
}

func (p *parser) missingActive() {
	for _, row := range activeRows() {
		p.setActive(row, nil, report.Decimal{Blank: true, Unresolved: true})
	}
}

// row reads one row's cells, which must be unambiguous on their own (or
// be given with --cells). A row that cannot be read is a problem; with
// --draft the cells no reading agrees on are left unresolved.
func (p *parser) row(path, title string, run run, n int, ok func([]report.Cell) bool) ([]report.Cell, bool) {
	cands := p.candidates(path, title, run, n, ok)
	switch {
	case len(cands) == 0:
		return nil, false
	case len(cands) > 1:
		p.ambiguous(path, title, run, cands)
		return merge(cands), true
	}
	return cands[0], true
}

// candidates are the readings of a row that its own rule allows; none
// when it cannot be read (the problem is recorded).
func (p *parser) candidates(path, title string, run run, n int, ok func([]report.Cell) bool) [][]report.Cell {
	if hint, given := p.opt.Cells[path]; given {
		cells, err := hinted(hint, run.toks, n)
		if err != nil {
			p.problem(run.at, path, "%s：%v", title, err)
			return nil
		}
		p.note("%s：按 --cells 读作 %s", title, cellsText(cells))
		return [][]report.Cell{cells}
	}
	if toks := trimEmpty(run.toks, n); len(toks) < n && n > 1 && !allExact(toks) {
		if cells := p.placeBlanks(run, n, p.refs); cells != nil {
			cols := report.ApplicantColumns
			if n == len(report.DocumentColumns) {
				cols = report.DocumentColumns
			}
			p.note("%s", blankNote(title, cells, cols))
			return [][]report.Cell{cells}
		}
	}
	cands, truncated, err := readings(run.toks, n, n, ok)
	switch {
	case err != nil:
		p.problem(run.at, path, "%s：%v（原文为“%s”）", title, err, tokensText(run.toks))
	case truncated:
		p.problem(run.at, path, "%s：原文单元格连在一起（“%s”），读法太多，无法确定；请核对原文后用 --cells %s=… 指定", title, tokensText(run.toks), path)
	case len(cands) == 0 && p.d.flow != runTogether:
		p.problem(run.at, path, "%s：应有 %d 个单元格，原文有 %d 个（“%s”）；请核对原文，如数字连在一起，用 --cells %s=… 指定", title, n, len(run.toks), tokensText(run.toks), path)
	case len(cands) == 0:
		p.problem(run.at, path, "%s：原文单元格连在一起（“%s”），没有一种切分符合此行的勾稽关系（总计等于各项之和）；请核对原文后用 --cells %s=… 指定", title, tokensText(run.toks), path)
	default:
		return cands
	}
	return nil
}

// ambiguous records a row with several readings.
func (p *parser) ambiguous(path, title string, run run, cands [][]report.Cell) {
	var list []string
	for i, c := range cands {
		if i == 5 {
			list = append(list, "…")
			break
		}
		list = append(list, strings.ReplaceAll(cellsText(c), "、", ","))
	}
	why := "都符合表格的勾稽关系"
	if strings.HasPrefix(path, "active.") {
		why = "表二没有勾稽关系可用来排除"
	}
	p.problem(run.at, path, "%s：原文单元格连在一起（“%s”），有 %d 种读法，%s（%s）。请核对所发布的表格后用 --cells %s=逐格数字（以逗号分隔）指定",
		title, tokensText(run.toks), len(cands), why, strings.Join(list, "；"), path)
}
