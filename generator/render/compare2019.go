package render

import (
	"strconv"

	"github.com/gongkai/gongkai/generator/report"
)

// activeCompareAny compares table 二 whatever the formats of the two
// years: the 2021 table, the 2019 table, or across the change of format
// only the rows both formats share.
func activeCompareAny(prev, cur *report.Report, years [2]int, out *cellRows) Table {
	switch {
	case prev.Active2019 != nil && cur.Active2019 != nil:
		return activeCompare2019(prev, cur, years, out)
	case prev.Active2019 != nil || cur.Active2019 != nil:
		return activeCompareShared(prev, cur, years, out)
	}
	return activeCompare(prev, cur, years, out)
}

// activeCompareShared is table 二 across the change of format: only the
// 处理决定数量 of 行政许可, 行政处罚 and 行政强制, the one figure both
// forms count alike.
func activeCompareShared(prev, cur *report.Report, years [2]int, out *cellRows) Table {
	t := Table{ID: "c2", Class: compareClass, Caption: report.Sections[1].Heading() + "：两年对比（仅列两种格式共有的项目）",
		Note: "两年报告格式不同，表二其余各项（规章和规范性文件件数、其他对外管理服务事项、行政事业性收费、政府集中采购）统计口径不同，不可比较，未列出。",
		Head: singleHead(years)}
	out.start(&t)
	for k, kind := range report.DecisionKinds {
		// The 2019 form prints 处理决定数量, the 2021 form 本年处理决定数量:
		// the same count.
		out.row(kind.Label+" · "+report.DecisionCountLabel, 1)
		out.figure(report.Count(prev.Decision(k)), report.Count(cur.Decision(k)))
	}
	return t
}

// activeCompare2019 is table 二 of two 2019-format reports, every cell.
func activeCompare2019(prev, cur *report.Report, years [2]int, out *cellRows) Table {
	t := Table{ID: "c2", Class: compareClass, Caption: report.Sections[1].Heading() + "：两年对比", Head: singleHead(years)}
	out.start(&t)
	add := func(label string, a, b report.Value) {
		out.row(label, 1)
		out.figure(a, b)
	}
	cell := func(r *report.Report, i, c int) report.Value {
		if i >= len(r.Active2019.Rows) {
			return report.Value{Blank: true}
		}
		return report.RowCell(r.Active2019.Rows[i], c)
	}
	for i, spec := range report.ActiveRows2019 {
		for c, col := range spec.Columns {
			add(spec.Label+" · "+col.Label, cell(prev, i, c), cell(cur, i, c))
		}
	}
	pa, pb := prev.Active2019.Procurement, cur.Active2019.Procurement
	add(report.ProcurementLabel+" · "+report.ProjectsLabel, report.Count(pa.Projects), report.Count(pb.Projects))
	add(report.ProcurementLabel+" · "+report.ProcurementAmount+"（"+report.ProcurementUnit+"）",
		report.Amount(pa.Amount), report.Amount(pb.Amount))
	return t
}

// formatNotes explain a comparison across the change of national format.
func formatNotes(prev, cur *report.Report) []string {
	if prev.Format == cur.Format {
		return nil
	}
	py, cy := strconv.Itoa(prev.Year), strconv.Itoa(cur.Year)
	return []string{
		py + "年报告按" + report.FormatName(prev.Format) + "编制，" + cy + "年报告按" + report.FormatName(cur.Format) + "编制。",
		"表二（主动公开政府信息情况）两种格式统计的项目不同：规章和规范性文件的件数、其他对外管理服务事项、行政事业性收费和政府集中采购不可比较，本页未列出；只比较两种格式共有的行政许可、行政处罚、行政强制的处理决定数量。",
		"表三、表四两种格式相同，逐项比较。2019年版格式的“（六）其他处理”只印一行，其分项为“/”，请比较该组小计。",
	}
}
