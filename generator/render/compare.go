package render

import (
	"github.com/gongkai/gongkai/generator/layout"
	"html/template"
	"strconv"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/generator/report"
)

// CompareBody is a report set against the previous year's, cell by cell.
type CompareBody struct {
	Organ      string
	OrganHref  string
	Year       int
	PrevYear   int
	ReportHref string
	PrevHref   string
	Rates      Table
	// FormatNotes say, when the two years follow different national
	// formats, which figures the page compares and which it cannot.
	FormatNotes []string
	// Definitions explain the indicators' formulas.
	Definitions []report.Indicator

	prev, cur *report.Report
	sections  []HTMLSection
	once      sync.Once
}

// Sections are the compared tables, one section per table of the form,
// built when the page is rendered (and not for a page kept from the
// last build).
func (b *CompareBody) Sections() []HTMLSection {
	b.once.Do(func() {
		for _, s := range compareSections(b.prev, b.cur) {
			out := &cellRows{}
			t := s.table(out)
			t.body = out.html()
			s.Tables = []Table{t}
			b.sections = append(b.sections, s.HTMLSection)
		}
	})
	return b.sections
}

// compareSection is a section of the comparison page and the function
// that describes its table to out.
type compareSection struct {
	HTMLSection
	table func(out *cellRows) Table
}

func compareSections(prev, cur *report.Report) []compareSection {
	years := [2]int{prev.Year, cur.Year}
	return []compareSection{
		{HTMLSection{ID: "active", Heading: report.Sections[1].Heading()},
			func(out *cellRows) Table { return activeCompareAny(prev, cur, years, out) }},
		{HTMLSection{ID: "applications", Heading: report.Sections[2].Heading()},
			func(out *cellRows) Table { return applicationsCompare(prev, cur, years, out) }},
		{HTMLSection{ID: "appeals", Heading: report.Sections[3].Heading()},
			func(out *cellRows) Table { return appealsCompare(prev, cur, years, out) }},
	}
}

// cellRows writes a comparison table's body as it is described: start
// once its caption and head are set, then each row's header and its
// figures, each written as the cells it is (Cell.write) without keeping
// them.
type cellRows struct {
	b    strings.Builder
	open bool // a row is open
}

func (c *cellRows) start(t *Table) {
	c.b.Grow(16 << 10)
	c.b.WriteByte(rowMark)
}

func (c *cellRows) row(label string, figures int) {
	if c.open {
		c.b.WriteString(rowClose)
	}
	c.b.WriteString("<tr>")
	head := Cell{Text: label, Header: true, Scope: "row"}
	head.write(&c.b)
	c.open = true
}

// figure writes a figure of both years and its change, as three cells.
func (c *cellRows) figure(a, b report.Value) {
	cells := figureCells(a, b)
	for i := range cells {
		cells[i].write(&c.b)
	}
}

// html is the rows written, marked as rowsHTML marks its rows.
func (c *cellRows) html() template.HTML {
	if c.open {
		c.b.WriteString(rowClose)
	}
	c.b.WriteByte(rowMark)
	return template.HTML(c.b.String())
}

// figureCells are a compared figure's three cells: 上年, 本年, 增减.
func figureCells(a, b report.Value) [3]Cell {
	return [3]Cell{
		{Text: a.String(), Blank: a.Unpublished()},
		{Text: b.String(), Blank: b.Unpublished()},
		{Text: report.ChangeOf(a, b).Signed()},
	}
}

// ComparePage builds /<org>/<year>/compare/. prev must be the report of
// the year just before cur's.
func ComparePage(site *SiteInfo, o *report.Organ, prev, cur *report.Report) *Page {
	path := layout.ComparePath(o.Slug, cur.Year)
	p := newPage(site, "compare", path, o.Name+strconv.Itoa(cur.Year)+"年与"+strconv.Itoa(prev.Year)+"年数据对比")
	p.crumbs([2]string{o.Name, layout.OrganPath(o.Slug)},
		[2]string{yearLabel(cur.Year), layout.ReportPath(o.Slug, cur.Year)},
		[2]string{"与上年对比", path})
	b := &CompareBody{Organ: o.Name, OrganHref: layout.Href(path, layout.OrganPath(o.Slug)), Year: cur.Year, PrevYear: prev.Year,
		ReportHref: layout.Href(path, layout.ReportPath(o.Slug, cur.Year)), PrevHref: layout.Href(path, layout.ReportPath(o.Slug, prev.Year))}
	b.prev, b.cur = prev, cur
	b.Rates = ratesTable([]YearFigures{{prev.Year, report.HeadlineOf(prev)}, {cur.Year, report.HeadlineOf(cur)}})
	b.Rates.ID, b.Rates.Caption = "compare-rates", "主要指标"
	b.Definitions = report.Indicators
	b.FormatNotes = formatNotes(prev, cur)
	p.Body = b
	return p
}

// compareLinks are the report page's links to the comparisons it takes
// part in: this year against the last, and the next year against this.
func compareLinks(from string, o *report.Organ, r *report.Report) (withPrev, withNext *Link) {
	if o.Previous(r) != nil {
		withPrev = &Link{Label: "与" + strconv.Itoa(r.Year-1) + "年对比", Href: layout.Href(from, layout.ComparePath(o.Slug, r.Year))}
	}
	for _, n := range o.Reports {
		if n.Year == r.Year+1 {
			withNext = &Link{Label: strconv.Itoa(n.Year) + "年与本年对比", Href: layout.Href(from, layout.ComparePath(o.Slug, n.Year))}
		}
	}
	return withPrev, withNext
}

// organCompares links every comparison of an organ's reports, newest
// first.
func organCompares(from string, o *report.Organ) []Link {
	var ls []Link
	for i := len(o.Reports) - 1; i >= 0; i-- {
		r := o.Reports[i]
		if o.Previous(r) != nil {
			ls = append(ls, Link{Label: strconv.Itoa(r.Year) + "年与" + strconv.Itoa(r.Year-1) + "年对比", Href: layout.Href(from, layout.ComparePath(o.Slug, r.Year))})
		}
	}
	return ls
}

// Comparison tables are marked up with scope, not id/headers: their row
// headers are one level (a sub-row's label carries its group's), and the
// two levels of column headers (applicant, then 上年/本年/增减) are what
// scope="colgroup" over a <colgroup> of three columns says. A screen
// reader gets the same three headers per figure as from headers="…"
// (internal/sitetest.Figures resolves both, and the tests compare them),
// and a figure's markup shrinks from some 55 bytes to 11: a comparison
// page has about five hundred figures.

// compareClass styles a comparison table's figures (right-aligned,
// tabular digits) without a class on each cell.
const compareClass = "compared"

// triple is the header triple of a compared figure: 上年, 本年, 增减.
func triple(years [2]int) []Cell {
	return []Cell{
		{Text: yearLabel(years[0]), Header: true, Scope: "col"},
		{Text: yearLabel(years[1]), Header: true, Scope: "col"},
		{Text: "增减", Header: true, Scope: "col"},
	}
}

// compareHead is the head of a comparison table whose columns are groups
// of three: a row of group headers over a row of triples. It sets the
// table's column groups to match.
func compareHead(t *Table, groups []report.Column, years [2]int) {
	top := make([]Cell, 1, 1+len(groups))
	top[0] = Cell{Text: "项目", Header: true, Scope: "col", Rowspan: 2}
	sub := make([]Cell, 0, 3*len(groups))
	t.ColGroups = make([]int, 1, 1+len(groups))
	t.ColGroups[0] = 1
	three := triple(years) // its labels made once, not per group
	for _, g := range groups {
		top = append(top, Cell{Text: g.Label, Header: true, Scope: "colgroup", Colspan: 3})
		sub = append(sub, three...)
		t.ColGroups = append(t.ColGroups, 3)
	}
	t.Head = [][]Cell{top, sub}
}

// singleHead is the head of a comparison of single figures (table 二):
// the item, then 上年, 本年, 增减.
func singleHead(years [2]int) [][]Cell {
	return [][]Cell{append([]Cell{{Text: report.ActiveItemsHeading, Header: true, Scope: "col"}}, triple(years)...)}
}

// applicationsCompare is table 三 with every cell of both years. A group
// gets a 小计 line after its sub-rows, so that years that printed it as
// one line still compare.
func applicationsCompare(prev, cur *report.Report, years [2]int, out *cellRows) Table {
	t := Table{ID: "c3", Class: compareClass, Caption: report.Sections[2].Heading() + "：两年对比",
		Note: "某年报告将一组合并为一行印发时，该组各分项为“/”，可比较该组小计。"}
	compareHead(&t, report.ApplicantColumns, years)
	t.Body = make([][]Cell, 0, len(report.ApplicationRows)+len(report.ResultGroups))
	out.start(&t)
	add := func(label string, of func(r *report.Report, c int) report.Value) {
		out.row(label, len(report.ApplicantColumns))
		for c := range report.ApplicantColumns {
			out.figure(of(prev, c), of(cur, c))
		}
	}
	for i, spec := range report.ApplicationRows {
		label := spec.Label
		if spec.Group != "" {
			label = report.GroupLabel(spec.Group) + " " + spec.Label
		}
		add(label, func(r *report.Report, c int) report.Value {
			return report.RowCell(r.Application(spec.Path), c)
		})
		if spec.Group != "" && isLastOfGroup(i) {
			add(report.GroupLabel(spec.Group)+" 小计", func(r *report.Report, c int) report.Value {
				return r.GroupCell(spec.Group, c)
			})
		}
	}
	return t
}

func isLastOfGroup(i int) bool {
	rows := report.ApplicationRows
	return i+1 >= len(rows) || rows[i+1].Group != rows[i].Group
}

// appealsCompare is table 四: a row per kind of case, both years of every
// cell.
func appealsCompare(prev, cur *report.Report, years [2]int, out *cellRows) Table {
	t := Table{ID: "c4", Class: compareClass, Caption: report.Sections[3].Heading() + "：两年对比"}
	compareHead(&t, report.AppealColumns, years)
	out.start(&t)
	for i, spec := range report.AppealRows {
		out.row(spec.Label, len(report.AppealColumns))
		of := func(r *report.Report, c int) report.Value {
			if i >= len(r.Appeals) {
				return report.Value{Blank: true}
			}
			return report.RowCell(r.Appeals[i], c)
		}
		for c := range report.AppealColumns {
			out.figure(of(prev, c), of(cur, c))
		}
	}
	return t
}
