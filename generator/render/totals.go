package render

import (
	"github.com/gongkai/gongkai/generator/layout"
	"strconv"

	"github.com/gongkai/gongkai/generator/report"
)

// TotalsBody is /compare/: the portal's totals year over year.
type TotalsBody struct {
	History  HistoryView
	Coverage Table
	Years    []Link
}

// PortalComparePage builds /compare/. A year's total is over the organs
// that have a report that year, so the page says how many there are.
// memo, when not nil, holds the totals of years whose reports are those
// of the last build.
func PortalComparePage(site *SiteInfo, organs []*report.Organ, memo *YearRows) *Page {
	path := layout.PortalComparePath()
	p := newPage(site, "totals", path, "全部机关历年汇总对比")
	p.crumbs([2]string{"历年汇总", path})
	b := &TotalsBody{}
	cov := Table{ID: "coverage", Caption: "各年度报告数量",
		Note: "各年合计只计当年有报告的机关；机关数不同的年度之间，合计的增减也反映机关数的变化。"}
	cov.Head = [][]Cell{{{Text: "年度", Header: true, Scope: "col"}, {Text: "有报告的机关", Header: true, Scope: "col"}, {Text: "没有报告的机关", Header: true, Scope: "col"}}}
	totals := memo.totals(organs)
	var ys []YearFigures
	for _, y := range Years(organs) {
		total, n := totals[y].sum, len(totals[y].reports)
		ys = append(ys, YearFigures{Year: y, Headline: total})
		link := layout.Href(path, layout.YearPath(y))
		b.Years = append(b.Years, Link{Label: yearLabel(y), Href: link})
		cov.Body = append(cov.Body, []Cell{{Text: yearLabel(y), Href: link, Header: true, Scope: "row"},
			{Text: strconv.Itoa(n), Num: true}, {Text: strconv.Itoa(len(organs) - n), Num: true}})
	}
	b.Coverage = cov
	b.History = history(ys)
	b.History.Figures.Caption = "全部机关历年合计及较上年变化"
	p.Body = b
	return p
}
