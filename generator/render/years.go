package render

import (
	"github.com/gongkai/gongkai/generator/layout"
	"sort"
	"strconv"

	"github.com/gongkai/gongkai/generator/report"
)

// YearBody is /years/<year>/: every organ's report of one year side by
// side, the portal's total, and the organs that have no report that year.
type YearBody struct {
	Year        int
	Prev, Next  *Link
	Figures     Table
	Rates       Table
	Definitions []report.Indicator
	Reports     int
	Missing     []OrganLink // organs without a report this year
}

// Years lists every year for which some organ has a report, oldest first.
func Years(organs []*report.Organ) []int {
	seen := map[int]bool{}
	for _, o := range organs {
		for _, r := range o.Reports {
			seen[r.Year] = true
		}
	}
	ys := make([]int, 0, len(seen))
	for y := range seen {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	return ys
}

// reportOf returns the organ's report of the year, or nil.
func reportOf(o *report.Organ, year int) *report.Report {
	for _, r := range o.Reports {
		if r.Year == year {
			return r
		}
	}
	return nil
}

// YearPage builds /years/<year>/. organs are in the portal's order
// (category, then order), which the table keeps. memo, when not nil,
// gives each report's rows where they are the same as at the last build.
func YearPage(site *SiteInfo, organs []*report.Organ, year int, memo *YearRows) *Page {
	path := layout.YearPath(year)
	p := newPage(site, "year", path, strconv.Itoa(year)+"年度各机关政府信息公开工作年度报告数据")
	p.crumbs([2]string{"历年汇总", layout.PortalComparePath()}, [2]string{yearLabel(year), path})
	b := &YearBody{Year: year, Definitions: report.Indicators}
	ys := Years(organs)
	for i, y := range ys {
		if y != year {
			continue
		}
		if i > 0 {
			b.Prev = &Link{Label: yearLabel(ys[i-1]), Href: layout.Href(path, layout.YearPath(ys[i-1]))}
		}
		if i+1 < len(ys) {
			b.Next = &Link{Label: yearLabel(ys[i+1]), Href: layout.Href(path, layout.YearPath(ys[i+1]))}
		}
	}
	var rows []organYear
	var total report.Headline
	for _, o := range organs {
		r := reportOf(o, year)
		if r == nil {
			b.Missing = append(b.Missing, OrganLink{Name: o.Name, Href: layout.Href(path, layout.OrganPath(o.Slug))})
			continue
		}
		h := report.HeadlineOf(r)
		rows = append(rows, organYear{organ: o, report: r, headline: h})
		total = addHeadline(total, h)
	}
	b.Reports = len(rows)
	rowsOf := memo.start(year)
	b.Figures, b.Rates = yearFiguresTable(path, rows, total, rowsOf), yearRatesTable(rows, total, rowsOf)
	memo.done(year, rowsOf)
	p.Body = b
	return p
}

type organYear struct {
	organ    *report.Organ
	report   *report.Report
	headline report.Headline
}

// addHeadline is total.Plus(h), adding into total when it is not nil
// rather than allocating a new sum for each of thousands of organs.
func addHeadline(total, h report.Headline) report.Headline {
	if total == nil {
		return append(report.Headline(nil), h...)
	}
	for i := range total {
		total[i] = total[i].Plus(h[i])
	}
	return total
}

// totalLabel names the portal's total row.
const totalLabel = "全部机关合计"

func yearFiguresTable(path string, rows []organYear, total report.Headline, memo *yearMemo) Table {
	t := Table{ID: "year-figures", Caption: "各机关主要数据",
		Note: "“全部机关合计”只计本年有报告的机关；某机关该项为空白时，合计标“/”。"}
	head := []Cell{{Text: "机关", Header: true, Scope: "col"}, {Text: "类别", Header: true, Scope: "col"}}
	for _, f := range report.Figures {
		if f.Shown {
			head = append(head, Cell{Text: f.Label, Header: true, Scope: "col"})
		}
	}
	t.Head = [][]Cell{head}
	t.Body = make([][]Cell, 0, len(rows)+1)
	line := func(name, category, link, class string, h report.Headline) []Cell {
		row := make([]Cell, 2, len(head)) // sized once, as in history.go
		row[0] = Cell{Text: name, Href: link, Header: true, Scope: "row", Class: class}
		row[1] = Cell{Text: category, Class: class}
		for i, f := range report.Figures {
			if f.Shown {
				row = append(row, Cell{Text: h[i].String(), Num: true, Blank: h[i].Unpublished(), Class: class})
			}
		}
		return row
	}
	for _, r := range rows {
		t.Body = append(t.Body, memo.row(r, figuresRow, func() []Cell {
			return line(r.organ.Name, category(r.organ), layout.Href(path, layout.ReportPath(r.organ.Slug, r.report.Year)), "", r.headline)
		}))
	}
	if len(rows) > 0 {
		t.Body = append(t.Body, line(totalLabel, "", "", "total", total))
	}
	return t
}

func yearRatesTable(rows []organYear, total report.Headline, memo *yearMemo) Table {
	t := Table{ID: "year-rates", Caption: "各机关主要指标", Note: "分母为 0 或数据空白时，指标无法计算，标“—”。"}
	head := []Cell{{Text: "机关", Header: true, Scope: "col"}}
	for _, in := range report.Indicators {
		head = append(head, Cell{Text: in.Label, Header: true, Scope: "col"})
	}
	t.Head = [][]Cell{head}
	t.Body = make([][]Cell, 0, len(rows)+1)
	line := func(name, class string, h report.Headline) []Cell {
		row := make([]Cell, 1, len(head))
		row[0] = Cell{Text: name, Header: true, Scope: "row", Class: class}
		for _, r := range h.Rates() {
			row = append(row, Cell{Text: r.String(), Num: true, Class: class + " " + undefinedClass(r)})
		}
		return row
	}
	for _, r := range rows {
		t.Body = append(t.Body, memo.row(r, ratesRow, func() []Cell { return line(r.organ.Name, "", r.headline) }))
	}
	if len(rows) > 0 {
		t.Body = append(t.Body, line(totalLabel, "total", total))
	}
	return t
}
