package importer

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// parser reads the three tables out of the flat text into a report.
type parser struct {
	f     flat
	d     *doc
	split bool  // cells may run together (web text)
	refs  []run // the runs of the table being read, whose columns place blank cells
	cells map[string][]string
	r     *report.Report
	notes []string
}

// decimalText is an amount as TOML can hold it exactly.
var decimalText = regexp.MustCompile(`^(?:0|[1-9][0-9]{0,15})(?:\.[0-9]{1,12})?$`)

// activeRow is one row of table 二 as the form prints it.
type activeRow struct {
	path  string
	label string
	n     int
}

func activeRows() []activeRow {
	var rows []activeRow
	for _, k := range report.DocumentKinds {
		rows = append(rows, activeRow{"active." + k.Key, k.Label, len(report.DocumentColumns)})
	}
	for _, k := range report.DecisionKinds {
		rows = append(rows, activeRow{"active." + k.Key, k.Label, 1})
	}
	return append(rows, activeRow{"active.fees", report.FeesLabel, 1})
}

// active reads table 二 in [a, b): each row's label, then its numbers.
func (p *parser) active(a, b int) error {
	// Rows are looked for from the table's first heading on, so that a
	// 规章 named in prose above the table is not taken for the row.
	at := p.tableStart(1, a, b)
	if at == b {
		at = a
	}
	p.refs = p.f.runs(at, b)
	r := p.r
	for _, row := range activeRows() {
		i := p.f.index(row.label, at)
		if i < 0 || i >= b {
			return p.missing("表二", row.label, at)
		}
		start := i + len([]rune(row.label))
		runs := p.f.runs(start, b)
		if len(runs) == 0 || strings.TrimSpace(runs[0].label) != "" {
			return p.noNumbers("表二", row.label, start)
		}
		run := runs[0]
		at = run.toks[len(run.toks)-1].at + 1
		if row.path == "active.fees" {
			if len(run.toks) != 1 {
				return errorf("", p.f.lineAt(run.at), "表二「%s」：应有 1 个数（%s），原文为“%s”", row.label, report.FeesAmountLabel, tokensText(run.toks))
			}
			t := run.toks[0]
			switch {
			case t.blank:
				r.Active.Fees = report.Decimal{Blank: true}
			case decimalText.MatchString(t.text):
				r.Active.Fees = report.Decimal{Text: t.text}
			default:
				return errorf("", p.f.lineAt(run.at), "表二「%s」：“%s”不是金额（万元）", row.label, t.text)
			}
			continue
		}
		cells, err := p.row(row.path, "表二「"+row.label+"」", run, row.n, nil)
		if err != nil {
			return err
		}
		if row.n == 1 {
			r.Active.Decisions = append(r.Active.Decisions, cells[0])
		} else {
			r.Active.Documents = append(r.Active.Documents, report.Row{Cells: cells, Known: true})
		}
	}
	return nil
}

// row reads one row's cells, which must be unambiguous on their own (or
// be given with --cells).
func (p *parser) row(path, title string, run run, n int, ok func([]report.Cell) bool) ([]report.Cell, error) {
	cands, err := p.candidates(path, title, run, n, ok)
	if err != nil {
		return nil, err
	}
	if len(cands) > 1 {
		return nil, p.ambiguous(path, title, run, cands)
	}
	return cands[0], nil
}

// candidates are the readings of a row that its own rule allows.
func (p *parser) candidates(path, title string, run run, n int, ok func([]report.Cell) bool) ([][]report.Cell, error) {
	line := p.f.lineAt(run.at)
	if hint, given := p.cells[path]; given {
		cells, err := hinted(hint, run.toks, n)
		if err != nil {
			return nil, errorf("", line, "%s：%v", title, err)
		}
		p.notes = append(p.notes, fmt.Sprintf("%s：按 --cells 读作 %s", title, cellsText(cells)))
		return [][]report.Cell{cells}, nil
	}
	if !p.split && len(run.toks) < n && n > 1 {
		if cells := p.placeBlanks(run, n, p.refs); cells != nil {
			cols := report.ApplicantColumns
			if n == len(report.DocumentColumns) {
				cols = report.DocumentColumns
			}
			p.notes = append(p.notes, blankNote(title, cells, cols))
			return [][]report.Cell{cells}, nil
		}
	}
	cands, truncated, err := readings(run.toks, n, p.split, n, ok)
	switch {
	case err != nil:
		return nil, errorf("", line, "%s：%v（原文为“%s”）", title, err, tokensText(run.toks))
	case truncated:
		return nil, errorf("", line, "%s：原文单元格连在一起（“%s”），读法太多，无法确定；请用 --cells %s=… 指定", title, tokensText(run.toks), path)
	case len(cands) == 0:
		return nil, errorf("", line, "%s：原文单元格连在一起（“%s”），没有一种切分符合此行的勾稽关系（总计等于各项之和）；请核对原文后用 --cells %s=… 指定，或改用带表格的网页（HTML）导入", title, tokensText(run.toks), path)
	}
	return cands, nil
}

func (p *parser) ambiguous(path, title string, run run, cands [][]report.Cell) error {
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
	return errorf("", p.f.lineAt(run.at), "%s：原文单元格连在一起（“%s”），有 %d 种读法，%s（%s）。请核对所发布的表格后用 --cells %s=逐格数字（以逗号分隔）指定，或改用带表格的网页（HTML）导入",
		title, tokensText(run.toks), len(cands), why, strings.Join(list, "；"), path)
}

func (p *parser) missing(table, label string, at int) error {
	return errorf("", p.f.lineAt(at), "%s：找不到「%s」这一行", table, label)
}

// noNumbers is the error for a table whose text has labels but no
// numbers: most often the table was published as an image.
func (p *parser) noNumbers(table, label string, at int) error {
	return errorf("", p.f.lineAt(at), "%s「%s」：后面没有数字（表格是否以图片形式发布？图片中的数字需要手工录入，可先用 gongkai new 生成空白报告）", table, label)
}

// appeals reads table 四 in [a, b): fifteen numbers in one printed row,
// five each for 行政复议, 未经复议直接起诉 and 复议后起诉.
func (p *parser) appeals(a, b int) error {
	if i := p.f.index(report.ReviewLabel, a); i >= 0 && i < b {
		a = i
	}
	runs := p.f.runs(a, b)
	if len(runs) == 0 {
		return p.noNumbers("表四", report.ReviewLabel, a)
	}
	all := run{at: runs[0].at}
	for _, r := range runs {
		all.toks = append(all.toks, r.toks...)
	}
	n := len(report.AppealColumns)
	total := n * len(report.AppealRows)
	if hint, given := p.cells["appeals"]; given {
		cells, err := hinted(hint, all.toks, total)
		if err != nil {
			return errorf("", p.f.lineAt(all.at), "表四：%v", err)
		}
		p.setAppeals(cells)
		return nil
	}
	cands, truncated, err := readings(all.toks, total, p.split, n, rowTotalOK)
	switch {
	case err != nil:
		return errorf("", p.f.lineAt(all.at), "表四（行政复议、行政诉讼）：%v（原文为“%s”）", err, tokensText(all.toks))
	case truncated || len(cands) != 1:
		title := "表四（行政复议、行政诉讼）"
		if len(cands) == 0 {
			return errorf("", p.f.lineAt(all.at), "%s：原文单元格连在一起（“%s”），没有一种切分符合各行总计等于各项之和；请核对原文后用 --cells appeals=… 指定 15 个数", title, tokensText(all.toks))
		}
		return p.ambiguous("appeals", title, all, cands)
	}
	if p.split && len(all.toks) < total {
		p.notes = append(p.notes, fmt.Sprintf("表四：原文单元格连在一起（“%s”），按各行总计等于各项之和只有一种读法：%s", tokensText(all.toks), cellsText(cands[0])))
	}
	p.setAppeals(cands[0])
	return nil
}

func (p *parser) setAppeals(cells []report.Cell) {
	n := len(report.AppealColumns)
	p.r.Appeals = nil
	for i := range report.AppealRows {
		p.r.Appeals = append(p.r.Appeals, report.Row{Cells: cells[i*n : (i+1)*n], Known: true})
	}
}
