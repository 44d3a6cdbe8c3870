package render

import (
	"html/template"
	"strconv"

	"github.com/gongkai/gongkai/generator/chart"
	"github.com/gongkai/gongkai/generator/report"
)

// YearFigures is one year of a history: an organ's report, or the
// portal's total over the organs that have a report that year.
type YearFigures struct {
	Year     int
	Headline report.Headline
}

// HistoryView is a run of years side by side: the headline figures with
// their change against the previous year, the indicators, and charts with
// their figures in a table next to them.
type HistoryView struct {
	Figures     Table
	Rates       Table
	Definitions []report.Indicator
	Charts      []ChartView
}

// ChartView is an inline SVG chart and the table of its figures.
type ChartView struct {
	SVG   template.HTML
	Table Table
}

// history builds the view; ys must be sorted by year, oldest first. A
// change is only given against the year just before: across a gap there
// is no previous year to compare with.
func history(ys []YearFigures) HistoryView {
	return HistoryView{
		Figures:     figuresTable(ys),
		Rates:       ratesTable(ys),
		Definitions: report.Indicators,
		Charts: []ChartView{
			chartOf("chart-apps", "历年政府信息公开申请数量及办理结果", ys, applicationSeries),
			chartOf("chart-appeals", "历年政府信息公开行政复议、行政诉讼数量", ys, appealSeries),
		},
	}
}

func yearLabel(y int) string { return strconv.Itoa(y) + "年" }

// figuresTable has a row per shown figure and, per year, the figure and
// its change. Like a comparison table (compare.go) it has one level of
// row headers and two of column headers (year, then 数量/较上年), so it
// is marked up with scope and column groups rather than id/headers.
func figuresTable(ys []YearFigures) Table {
	t := Table{ID: "history-figures", Caption: "历年主要数据及较上年变化",
		Note:      "“较上年”为与前一年度相比的增减数量和增减幅度；前一年度没有报告或数据空白时标“—”。",
		ColGroups: []int{1}}
	top := []Cell{{Text: "项目", Header: true, Scope: "col", Rowspan: 2}}
	var sub []Cell
	for i, y := range ys {
		// The first year has nothing before it: no change column.
		span := 2
		if i == 0 {
			span = 1
		}
		t.ColGroups = append(t.ColGroups, span)
		top = append(top, Cell{Text: yearLabel(y.Year), Header: true, Scope: "colgroup", Colspan: int16(span)})
		sub = append(sub, Cell{Text: "数量", Header: true, Scope: "col"})
		if i > 0 {
			sub = append(sub, Cell{Text: "较上年", Header: true, Scope: "col"})
		}
	}
	t.Head = [][]Cell{top, sub}
	// Rows are sized once: grown cell by cell, they allocated about twice
	// their size (likewise in the other history and year tables).
	t.Body = make([][]Cell, 0, len(report.Figures))
	for f, fig := range report.Figures {
		if !fig.Shown {
			continue
		}
		row := make([]Cell, 1, 1+len(sub))
		row[0] = Cell{Text: fig.Label, Header: true, Scope: "row"}
		for i, y := range ys {
			v := y.Headline[f]
			row = append(row, Cell{Text: v.String(), Num: true, Blank: v.Unpublished()})
			if i == 0 {
				continue
			}
			c := Cell{Text: "无上年报告", Class: "change none"}
			if ys[i-1].Year == y.Year-1 {
				ch := report.ChangeOf(ys[i-1].Headline[f], v)
				c.Text, c.Class = ch.String(), "change"
			}
			row = append(row, c)
		}
		t.Body = append(t.Body, row)
	}
	return t
}

// ratesTable has a row per indicator and a column per year.
func ratesTable(ys []YearFigures) Table {
	t := Table{ID: "history-rates", Caption: "历年主要指标", Note: "分母为 0 或数据空白时，指标无法计算，标“—”。计算方法见表后说明。"}
	head := []Cell{{Text: "指标", Header: true, Scope: "col"}}
	for _, y := range ys {
		head = append(head, Cell{Text: yearLabel(y.Year), Header: true, Scope: "col"})
	}
	t.Head = [][]Cell{head}
	t.Body = make([][]Cell, 0, len(report.Indicators))
	for _, in := range report.Indicators {
		row := make([]Cell, 1, len(head))
		row[0] = Cell{Text: in.Label, Header: true, Scope: "row"}
		for _, y := range ys {
			r := in.Rate(y.Headline)
			row = append(row, Cell{Text: r.String(), Num: true, Class: undefinedClass(r)})
		}
		t.Body = append(t.Body, row)
	}
	return t
}

func undefinedClass(r report.Rate) string {
	if r.Defined() {
		return ""
	}
	return "undefined"
}

// A series of a history chart: its name and how to read it off a year.
type seriesSpec struct {
	name string
	of   func(h report.Headline) report.Value
}

func fig(key string) func(report.Headline) report.Value {
	return func(h report.Headline) report.Value { return h.Get(key) }
}

var applicationSeries = []seriesSpec{
	{"本年新收", fig("new")},
	{"予以公开", fig("disclosed")},
	{"部分公开", fig("partially_disclosed")},
	{"其他办理结果（三至六项）", func(h report.Headline) report.Value {
		return report.Sum(h.Get("withheld"), h.Get("unavailable"), h.Get("not_processed"), h.Get("other_handling"))
	}},
}

var appealSeries = []seriesSpec{
	{"行政复议", fig("review")},
	{"行政复议结果纠正", fig("review_corrected")},
	{"行政诉讼", fig("litigation")},
	{"行政诉讼结果纠正", fig("litigation_corrected")},
}

// chartOf draws a history chart and the table of the same figures.
func chartOf(id, title string, ys []YearFigures, specs []seriesSpec) ChartView {
	b := chart.Bars{ID: id, Title: title}
	t := Table{ID: id + "-data", Caption: title + "（图表数据）"}
	head := []Cell{{Text: "年度", Header: true, Scope: "col"}}
	for _, s := range specs {
		b.Series = append(b.Series, chart.Series{Name: s.name})
		head = append(head, Cell{Text: s.name, Header: true, Scope: "col"})
	}
	t.Head = [][]Cell{head}
	for _, y := range ys {
		b.Categories = append(b.Categories, yearLabel(y.Year))
		row := []Cell{{Text: yearLabel(y.Year), Header: true, Scope: "row"}}
		for i, s := range specs {
			v := s.of(y.Headline)
			b.Series[i].Values = append(b.Series[i].Values, chart.Value{N: v.N, Missing: v.Blank})
			row = append(row, Cell{Text: v.String(), Num: true, Blank: v.Unpublished()})
		}
		t.Body = append(t.Body, row)
	}
	// The SVG is built by package chart, which escapes every text it holds.
	return ChartView{SVG: template.HTML(b.SVG()), Table: t}
}

// organYears is an organ's history, one entry per report.
func organYears(o *report.Organ) []YearFigures {
	ys := make([]YearFigures, 0, len(o.Reports))
	for _, r := range o.Reports {
		ys = append(ys, YearFigures{Year: r.Year, Headline: report.HeadlineOf(r)})
	}
	return ys
}

// missingYears are the years between an organ's first and last report
// that have no report: the same gaps the year-gap rule notes.
func missingYears(o *report.Organ) []int {
	var gaps []int
	for i := 1; i < len(o.Reports); i++ {
		for y := o.Reports[i-1].Year + 1; y < o.Reports[i].Year; y++ {
			gaps = append(gaps, y)
		}
	}
	return gaps
}
