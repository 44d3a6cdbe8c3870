// Package report is the model of one annual report in the 2021 national
// format, or in the 2019 format that reports for 2019 and 2020 used, and
// the rules (勾稽关系) it must satisfy. It knows nothing of TOML
// files or HTML: the content package fills it, the render and feed packages
// read it.
package report

import "strconv"

// Cell is one count as published. A cell the report left blank (or printed
// as "/" or "—") is Blank, never a guessed zero. A cell an import could
// not read with certainty is Unresolved (and Blank, so that nothing is
// computed from it) until a person fills it in.
type Cell struct {
	N          int64
	Blank      bool
	Unresolved bool
}

// String is the cell as shown on a page: the number, or "/" when blank.
func (c Cell) String() string {
	if c.Unresolved {
		return "?"
	}
	if c.Blank {
		return "/"
	}
	return strconv.FormatInt(c.N, 10)
}

// Row is one printed row of table 三 or 四: 7 or 5 cells, the last being
// 总计. A row that the report did not print (the sub-rows of a group printed
// as one subtotal line) has Known false and no cells.
type Row struct {
	Cells []Cell
	Known bool
	Line  int // line of the row in its TOML file, 0 if unknown
}

// Total is the last cell, 总计.
func (r Row) Total() Cell {
	if len(r.Cells) == 0 {
		return Cell{Blank: true}
	}
	return r.Cells[len(r.Cells)-1]
}

// Decimal is an amount kept exactly as published (e.g. "5949.088667"), so
// that no float rounding ever changes a figure. Unresolved is as for Cell.
type Decimal struct {
	Text       string
	Blank      bool
	Unresolved bool
}

// String is the amount as shown on a page.
func (d Decimal) String() string {
	if d.Unresolved {
		return "?"
	}
	if d.Blank {
		return "/"
	}
	return d.Text
}

// Active is table 二, 主动公开政府信息情况.
type Active struct {
	Documents     []Row  // indexed like DocumentKinds; cells like DocumentColumns
	Decisions     []Cell // indexed like DecisionKinds
	DecisionLines []int
	Fees          Decimal
	FeesLine      int
	Line          int // line of the [active] table
}

// Active2019 is table 二 in the 2019 format (国办公开办函〔2019〕60号).
type Active2019 struct {
	Rows        []Row // indexed like ActiveRows2019; cells like each row's Columns
	Procurement Procurement
	Line        int // line of the [active] table
}

// Procurement is 第二十条第（九）项 政府集中采购: a count of projects and
// their total amount in 元, kept as published.
type Procurement struct {
	Projects Cell
	Amount   Decimal
	Line     int
}

// Decision is the 处理决定数量 of DecisionKinds[i], the one figure of table
// 二 that both formats publish alike; Blank when the report has none.
func (r *Report) Decision(i int) Cell {
	if r.Active2019 != nil {
		if i < 0 || i >= len(DecisionRows2019) || DecisionRows2019[i] >= len(r.Active2019.Rows) {
			return Cell{Blank: true}
		}
		return cellAt(r.Active2019.Rows[DecisionRows2019[i]], DecisionColumn2019)
	}
	if i < 0 || i >= len(r.Active.Decisions) {
		return Cell{Blank: true}
	}
	return r.Active.Decisions[i]
}

// Acknowledgement records that a published report breaks a rule as printed.
type Acknowledgement struct {
	Rule string
	Row  string
	Note string
	Line int
}

// Report is one organ's report for one year.
type Report struct {
	Org       string // the organ's slug
	Year      int
	Format    string
	Published string // YYYY-MM-DD, empty when not stated
	File      string // path of the TOML file, as shown in findings
	Narrative Narrative

	Active       Active      // table 二 of a 2021-format report
	Active2019   *Active2019 // table 二 of a 2019-format report; nil otherwise
	Applications []Row       // indexed like ApplicationRows
	Subtotals    []*Row      // indexed like ResultGroups; non-nil when printed as one row
	Appeals      []Row       // indexed like AppealRows
	TablesLine   map[string]int
	Acknowledged []Acknowledgement

	headline Headline // set by CacheHeadline
}

// Narrative is the Markdown prose of the six sections, indexed like
// Sections. Rendering it is the render package's business.
type Narrative struct {
	File     string
	Sections []string
	Lines    []int // line of each section's heading, 0 if absent
}

// Application returns the row of table 三 with the given path.
func (r *Report) Application(path string) Row {
	if i := ApplicationIndex(path); i >= 0 && i < len(r.Applications) {
		return r.Applications[i]
	}
	return Row{}
}

// ApplicationIndex is the index of a row path in ApplicationRows, or -1.
func ApplicationIndex(path string) int {
	for i, s := range ApplicationRows {
		if s.Path == path {
			return i
		}
	}
	return -1
}

// Subtotal returns the single printed row of a group, or nil.
func (r *Report) Subtotal(group string) *Row {
	for i, g := range ResultGroups {
		if g.Key == group && i < len(r.Subtotals) {
			return r.Subtotals[i]
		}
	}
	return nil
}

// ID is the report's identity across the site: "<org>/<year>".
func (r *Report) ID() string { return r.Org + "/" + strconv.Itoa(r.Year) }

// UnresolvedCells counts the cells an import left for a person to read
// ("?" in the file).
func (r *Report) UnresolvedCells() int {
	n := 0
	rows := func(rs []Row) {
		for _, row := range rs {
			for _, c := range row.Cells {
				if c.Unresolved {
					n++
				}
			}
		}
	}
	rows(r.Active.Documents)
	rows([]Row{{Cells: r.Active.Decisions}})
	if r.Active.Fees.Unresolved {
		n++
	}
	if a := r.Active2019; a != nil {
		rows(a.Rows)
		rows([]Row{{Cells: []Cell{a.Procurement.Projects}}})
		if a.Procurement.Amount.Unresolved {
			n++
		}
	}
	rows(r.Applications)
	for _, s := range r.Subtotals {
		if s != nil {
			rows([]Row{*s})
		}
	}
	rows(r.Appeals)
	return n
}
