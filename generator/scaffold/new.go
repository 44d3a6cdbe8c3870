// Package scaffold makes the blank report a clerk fills in (gongkai
// new): its tables prefilled with the carry-over of the year before, its
// narrative the six headings. content writes the files.
package scaffold

import (
	"fmt"
	"strconv"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/report"
)

// Blank returns a report of the given year with every row present and
// zero, and 上年结转 copied from prev's 结转下年度继续办理 when prev is
// the report of the year before.
func Blank(year int, prev *report.Report) *report.Report {
	r := &report.Report{Format: report.Format2021, Year: year}
	zero := func(n int) report.Row { return report.Row{Cells: make([]report.Cell, n), Known: true} }
	for range report.DocumentKinds {
		r.Active.Documents = append(r.Active.Documents, zero(len(report.DocumentColumns)))
	}
	r.Active.Decisions = make([]report.Cell, len(report.DecisionKinds))
	r.Active.Fees = report.Decimal{Text: "0"}
	for range report.ApplicationRows {
		r.Applications = append(r.Applications, zero(len(report.ApplicantColumns)))
	}
	r.Subtotals = make([]*report.Row, len(report.ResultGroups))
	for range report.AppealRows {
		r.Appeals = append(r.Appeals, zero(len(report.AppealColumns)))
	}
	if f := report.FormatForYear(year); f != nil && f.ID == report.Format2019 {
		blank2019(r)
	}
	if prev != nil && prev.Year == year-1 {
		forward := prev.Application("applications.carried_forward")
		if forward.Known {
			i := report.ApplicationIndex("applications.carried_over")
			r.Applications[i] = report.Row{Cells: append([]report.Cell(nil), forward.Cells...), Known: true}
		}
	}
	return r
}

// blank2019 gives r the 2019 form's table 二, all zero, and its （六）其他处理
// as the single row that form prints.
func blank2019(r *report.Report) {
	r.Format, r.Active = report.Format2019, report.Active{}
	a := &report.Active2019{Procurement: report.Procurement{Amount: report.Decimal{Text: "0"}}}
	for _, k := range report.ActiveRows2019 {
		a.Rows = append(a.Rows, report.Row{Cells: make([]report.Cell, len(k.Columns)), Known: true})
	}
	r.Active2019 = a
	for i, g := range report.ResultGroups {
		if report.SingleRowGroup(r.Format, g.Key) {
			r.Subtotals[i] = &report.Row{Cells: make([]report.Cell, len(report.ApplicantColumns)), Known: true}
		}
	}
}

// BlankNarrative is a <year>.md with the six headings and nothing else.
func BlankNarrative() string {
	var s string
	for i, sec := range report.Sections {
		if i > 0 {
			s += "\n"
		}
		s += "## " + sec.Title + "\n"
	}
	return s
}

// New creates the blank report of an organ for a year in source and
// returns the paths written. name is needed only for an organ not yet in
// content/, to write its org.toml.
func New(source, slug string, year int, name string, force bool) (written []string, prev *report.Report, err error) {
	if err := content.CheckSite(source); err != nil {
		return nil, nil, err
	}
	existing, ok := content.OrganName(source, slug)
	switch {
	case ok && name != "" && content.NameKey(name) != content.NameKey(existing):
		return nil, nil, fmt.Errorf("%w：content/%s 已是“%s”，--name 给出的“%s”与之不符；要改名请编辑 content/%s/org.toml，否则不加 --name", content.ErrName, slug, existing, name, slug)
	case ok:
		name = existing
	case name == "":
		return nil, nil, fmt.Errorf("%w：content/%s/org.toml 不存在；新机关请用 --name 给出机关名称（与报告上印的一致）", content.ErrNoOrgan, slug)
	default:
		if other, found, _ := content.FindOrgan(source, name); found {
			return nil, nil, fmt.Errorf("%w：“%s”已是 content/%s 的机关：同一机关只能有一个目录，应为 gongkai new %s %d", content.ErrName, name, other, other, year)
		}
	}
	prev = content.Previous(source, slug, year)
	r := Blank(year, prev)
	from := "（没有可用的上一年报告：上年结转请按原文填写）"
	if prev != nil {
		from = fmt.Sprintf("（上年结转已按 %s 的“四、结转下年度继续办理”填入）", prev.File)
	}
	header := []string{
		name + strconv.Itoa(year) + "年政府信息公开工作年度报告",
		"由 gongkai new 生成：请按所发布的报告逐行填写，没有数据填 0，原文空白填 \"/\"" + from,
	}
	written, err = content.WriteReport(source, content.ReportFiles{Slug: slug, Year: year, TOML: content.EncodeReport(r, header...), MD: BlankNarrative(), OrganName: name}, force)
	return written, prev, err
}
