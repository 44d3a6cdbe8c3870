package render

import (
	"strconv"

	"github.com/gongkai/gongkai/generator/report"
)

// activeCompareAny compares table 二: every cell when both years follow
// one format, or across a change of format only the figures both count
// alike.
func activeCompareAny(prev, cur *report.Report, years [2]int, out *cellRows) Table {
	if f := report.FormatOf(cur.Format); f != nil && prev.Format == cur.Format {
		return activeCompare(f, prev, cur, years, out)
	}
	return activeCompareShared(prev, cur, years, out)
}

// activeCompare is table 二 of two reports in format f, every cell of
// every row (FormatSpec.Active).
func activeCompare(f *report.FormatSpec, prev, cur *report.Report, years [2]int, out *cellRows) Table {
	t := Table{ID: "c2", Class: compareClass, Caption: report.Sections[1].Heading() + "：两年对比", Head: singleHead(years)}
	out.start(&t)
	for i, row := range f.Active {
		a, b := prev.ActiveValues(i), cur.ActiveValues(i)
		for c := range row.Columns {
			out.row(row.Label+" · "+row.ColumnLabel(c), 1)
			out.figure(valueAt(a, c), valueAt(b, c))
		}
	}
	return t
}

// valueAt is cell c of a row's values as a figure, blank when missing.
func valueAt(vs []report.ActiveValue, c int) report.Value {
	if c < len(vs) {
		return vs[c].Value()
	}
	return report.Value{Blank: true}
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
