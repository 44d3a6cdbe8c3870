package report

import (
	"fmt"
	"sort"
)

// Rule ids, stable: acknowledgements and tools refer to them.
const (
	RuleRowTotal     = "row-total"
	RuleAppealsTotal = "appeals-total"
	RuleResultsTotal = "results-total"
	RuleBalance      = "balance"
	RuleCarryOver    = "carry-over"
	RuleYearGap      = "year-gap"
	RuleUnmatchedAck = "unmatched-acknowledgement"
)

// Rules lists the arithmetic rules a report can acknowledge, with what
// each one checks; `gongkai check --rules` and the docs print it.
var Rules = []struct{ ID, Description string }{
	{RuleRowTotal, "表三每行：总计等于前六列之和"},
	{RuleAppealsTotal, "表四每行：总计等于前四列之和"},
	{RuleResultsTotal, "表三（七）总计等于（一）至（六）各行之和，逐列"},
	{RuleBalance, "表三：第一项加第二项之和等于第三项加第四项之和，逐列"},
	{RuleCarryOver, "本年“二、上年结转”等于上一年“四、结转下年度继续办理”，逐列"},
}

// CheckOrgan runs every rule over one organ's reports, which must be
// sorted by year: the single-report rules, then the cross-year ones, then
// each report's acknowledgements. Findings come back sorted by file and
// line.
func CheckOrgan(reports []*Report) []Finding {
	var all []Finding
	for i, r := range reports {
		fs := Check(r)
		if i > 0 {
			fs = append(fs, checkCarryOver(reports[i-1], r)...)
		}
		all = append(all, Acknowledge(r, fs)...)
	}
	sortFindings(all)
	return all
}

// Check runs the single-report rules.
func Check(r *Report) []Finding {
	var fs []Finding
	fs = append(fs, checkRowTotals(r)...)
	fs = append(fs, checkAppealTotals(r)...)
	fs = append(fs, checkResultsTotal(r)...)
	fs = append(fs, checkBalance(r)...)
	return fs
}

// Acknowledge marks the findings that r acknowledges and adds a finding
// for each acknowledgement that matches nothing, so that a stale
// acknowledgement cannot hide a future error.
func Acknowledge(r *Report, fs []Finding) []Finding {
	for _, a := range r.Acknowledged {
		matched := false
		for i := range fs {
			f := &fs[i]
			if f.File == r.File && f.Rule == a.Rule && f.Row == a.Row && f.Severity == Error {
				f.Acknowledged, f.AckNote = true, a.Note
				matched = true
			}
		}
		if !matched {
			fs = append(fs, Finding{
				File: r.File, Line: a.Line, Rule: RuleUnmatchedAck, Row: a.Row,
				Message: fmt.Sprintf("核对说明（rule = %q, row = %q）没有对应的核对问题：数据已符合规则，或 rule/row 写错，请删除或更正", a.Rule, a.Row),
			})
		}
	}
	return fs
}

func checkRowTotals(r *Report) []Finding {
	var fs []Finding
	for i, spec := range ApplicationRows {
		if i < len(r.Applications) {
			fs = append(fs, rowTotal(r, RuleRowTotal, spec.Path, RowTitle(spec.Path), r.Applications[i], ApplicantColumns)...)
		}
	}
	for i, g := range ResultGroups {
		if i < len(r.Subtotals) && r.Subtotals[i] != nil {
			fs = append(fs, rowTotal(r, RuleRowTotal, SubtotalPath(g.Key), ResultsHeading+g.Label, *r.Subtotals[i], ApplicantColumns)...)
		}
	}
	return fs
}

func checkAppealTotals(r *Report) []Finding {
	var fs []Finding
	for i, spec := range AppealRows {
		if i < len(r.Appeals) {
			fs = append(fs, rowTotal(r, RuleAppealsTotal, spec.Path, spec.Label, r.Appeals[i], AppealColumns)...)
		}
	}
	return fs
}

// rowTotal checks that a row's last cell is the sum of the others.
func rowTotal(r *Report, rule, path, title string, row Row, cols []Column) []Finding {
	if !row.Known || len(row.Cells) != len(cols) {
		return nil
	}
	parts := row.Cells[:len(cols)-1]
	sum, blank := sum(parts)
	total := row.Total()
	if !blank && !total.Blank && sum == total.N {
		return nil // the common case: no message to format
	}
	span := cols[0].Label + "至" + cols[len(cols)-2].Label + "之和"
	switch {
	case blank || total.Blank:
		return []Finding{{File: r.File, Line: row.Line, Rule: rule, Row: path, Severity: Note,
			Message: fmt.Sprintf("%s：有空白单元格，无法核对总计是否等于%s", title, span)}}
	case sum != total.N:
		return []Finding{{File: r.File, Line: row.Line, Rule: rule, Row: path,
			Message: fmt.Sprintf("%s · 总计：应为 %d（%s），实为 %d", title, sum, span, total.N)}}
	}
	return nil
}

// resultRows are the rows that add up to （七）总计, with a group's
// subtotal standing in for its sub-rows when printed as one line.
func resultRows(r *Report) []Row {
	var rows []Row
	for i, spec := range ApplicationRows {
		if !spec.Result || i >= len(r.Applications) {
			continue
		}
		if spec.Group != "" && r.Subtotal(spec.Group) != nil {
			continue
		}
		rows = append(rows, r.Applications[i])
	}
	for i := range r.Subtotals {
		if r.Subtotals[i] != nil {
			rows = append(rows, *r.Subtotals[i])
		}
	}
	return rows
}

func checkResultsTotal(r *Report) []Finding {
	total := r.Application("applications.results.total")
	if !total.Known {
		return nil
	}
	rows := resultRows(r)
	var fs []Finding
	for c, col := range ApplicantColumns {
		var cells []Cell
		for _, row := range rows {
			cells = append(cells, cellAt(row, c))
		}
		want, blank := sum(cells)
		got := cellAt(total, c)
		title := ResultsHeading + "（七）总计 · " + col.Label
		switch {
		case blank || got.Blank:
			fs = append(fs, Finding{File: r.File, Line: total.Line, Rule: RuleResultsTotal, Row: "applications.results.total", Severity: Note,
				Message: title + "：有空白单元格，无法核对是否等于（一）至（六）各项之和"})
		case want != got.N:
			fs = append(fs, Finding{File: r.File, Line: total.Line, Rule: RuleResultsTotal, Row: "applications.results.total",
				Message: fmt.Sprintf("%s：应为 %d（（一）至（六）各项之和），实为 %d", title, want, got.N)})
		}
	}
	return fs
}

func checkBalance(r *Report) []Finding {
	in1, in2 := r.Application("applications.new"), r.Application("applications.carried_over")
	out3, out4 := r.Application("applications.results.total"), r.Application("applications.carried_forward")
	var fs []Finding
	for c, col := range ApplicantColumns {
		left, lb := sum([]Cell{cellAt(in1, c), cellAt(in2, c)})
		right, rb := sum([]Cell{cellAt(out3, c), cellAt(out4, c)})
		switch {
		case lb || rb:
			fs = append(fs, Finding{File: r.File, Line: in1.Line, Rule: RuleBalance, Row: "applications", Severity: Note,
				Message: col.Label + "列：有空白单元格，无法核对第一项加第二项之和是否等于第三项加第四项之和"})
		case left != right:
			fs = append(fs, Finding{File: r.File, Line: in1.Line, Rule: RuleBalance, Row: "applications",
				Message: fmt.Sprintf("%s列：第一项加第二项之和应等于第三项加第四项之和；一、本年新收 %d + 二、上年结转 %d = %d，三、（七）总计 %d + 四、结转下年度继续办理 %d = %d",
					col.Label, cellAt(in1, c).N, cellAt(in2, c).N, left, cellAt(out3, c).N, cellAt(out4, c).N, right)})
		}
	}
	return fs
}

// checkCarryOver compares this year's 上年结转 with the previous report's
// 结转下年度继续办理. A gap between the years is a note, not an error: the
// previous report may simply not be on the portal.
func checkCarryOver(prev, cur *Report) []Finding {
	now := cur.Application("applications.carried_over")
	if cur.Year != prev.Year+1 {
		return []Finding{{File: cur.File, Line: now.Line, Rule: RuleYearGap, Row: "applications.carried_over", Severity: Note,
			Message: fmt.Sprintf("缺少 %d 年至 %d 年的报告，无法核对上年结转", prev.Year+1, cur.Year-1)}}
	}
	before := prev.Application("applications.carried_forward")
	var fs []Finding
	for c, col := range ApplicantColumns {
		got, want := cellAt(now, c), cellAt(before, c)
		switch {
		case got.Blank || want.Blank:
			fs = append(fs, Finding{File: cur.File, Line: now.Line, Rule: RuleCarryOver, Row: "applications.carried_over", Severity: Note,
				Message: fmt.Sprintf("二、上年结转 · %s：本年或 %d 年报告为空白，无法核对", col.Label, prev.Year)})
		case got.N != want.N:
			fs = append(fs, Finding{File: cur.File, Line: now.Line, Rule: RuleCarryOver, Row: "applications.carried_over",
				Message: fmt.Sprintf("二、上年结转政府信息公开申请数量 · %s：应为 %d（%s:%d 四、结转下年度继续办理），实为 %d",
					col.Label, want.N, prev.File, before.Line, got.N)})
		}
	}
	return fs
}

func cellAt(r Row, i int) Cell {
	if i < len(r.Cells) {
		return r.Cells[i]
	}
	return Cell{Blank: true}
}

// sum adds cells; blank reports whether any of them was blank, in which
// case the sum means nothing.
func sum(cells []Cell) (total int64, blank bool) {
	for _, c := range cells {
		if c.Blank {
			blank = true
		}
		total += c.N
	}
	return total, blank
}

// RowTitle is the full printed label of a row of table 三, with its
// section and group: "三、本年度办理结果（三）不予公开 1.属于国家秘密".
func RowTitle(path string) string {
	i := ApplicationIndex(path)
	if i < 0 {
		for _, s := range AppealRows {
			if s.Path == path {
				return s.Label
			}
		}
		return path
	}
	spec := ApplicationRows[i]
	switch {
	case spec.Group != "":
		return ResultsHeading + GroupLabel(spec.Group) + " " + spec.Label
	case spec.Result || spec.Path == "applications.results.total":
		return ResultsHeading + spec.Label
	}
	return spec.Label
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].File != fs[j].File {
			return fs[i].File < fs[j].File
		}
		return fs[i].Line < fs[j].Line
	})
}
