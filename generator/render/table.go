package render

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// Table is a view of one table, generic enough that one template renders
// every table of the site: header rows, then body rows whose cells may be
// row headers. Multi-level headers use id/headers so that a screen reader
// announces every number with all of its row and column labels.
type Table struct {
	ID      string
	Class   string // added to the table's "official" class
	Caption string
	Note    string // shown under the caption, e.g. the 勾稽关系 of table 三
	// ColGroups are the spans of the table's <colgroup> elements, left to
	// right, for headers with scope="colgroup"; none when empty.
	ColGroups []int
	Head      [][]Cell
	Body      [][]Cell
	// body, when set, is the body rows already written (a comparison
	// table's five hundred figures are written as they are described,
	// not kept as cells first); Body is then empty.
	body template.HTML
}

// Cell is one th or td. A build makes millions: the strings come first
// and the small fields last, packed into one word (120 bytes a cell, not
// 144 with int spans and the flags between the strings).
type Cell struct {
	Text    string
	ID      string
	Headers string // space-separated ids, for data cells under multi-level headers
	Scope   string // for simple tables
	Class   string
	Href    string // makes the cell's text a link
	// Raw, when set, is the markup of its row's cells, written as it is
	// in place of this cell, the row's only one (see YearRows).
	Raw     string
	Rowspan int16
	Colspan int16
	Header  bool
	Num     bool // a figure: right-aligned, tabular digits
	Blank   bool // the report left it blank
}

func num(c report.Cell, headers string) Cell {
	return Cell{Text: c.String(), Num: true, Blank: c.Blank, Headers: headers}
}

// ActiveTables is table 二 as r's format prints it: one small table per
// item of 第二十条, each with its own column headings
// (report.FormatSpec.Active).
func ActiveTables(r *report.Report) []Table {
	f := report.FormatOf(r.Format)
	if f == nil {
		f = report.Formats[0]
	}
	var out []Table
	for i, row := range f.Active {
		if len(out) == 0 || out[len(out)-1].Caption != row.Item {
			head := []Cell{{Text: report.ActiveItemsHeading, Header: true, Scope: "col"}}
			for _, c := range row.Columns {
				head = append(head, Cell{Text: c.Label, Header: true, Scope: "col"})
			}
			out = append(out, Table{ID: activeTableIDs[row.Item], Caption: row.Item, Head: [][]Cell{head}})
		}
		cells := []Cell{{Text: row.Label, Header: true, Scope: "row"}}
		for _, v := range r.ActiveValues(i) {
			cells = append(cells, Cell{Text: v.Text(), Num: true, Blank: v.Blank()})
		}
		t := &out[len(out)-1]
		t.Body = append(t.Body, cells)
	}
	return out
}

// activeTableIDs are the ids of table 二's small tables, by item.
var activeTableIDs = map[string]string{
	report.Article20Item1: "t2-1", report.Article20Item5: "t2-5", report.Article20Item6: "t2-6",
	report.Article20Item8: "t2-8", report.Article20Item9: "t2-9",
}

// ApplicationsTable is table 三 with its two-level column headers and
// three-level row headers.
func ApplicationsTable(r *report.Report) Table {
	t := Table{ID: "t3", Caption: report.Sections[2].Heading(), Note: report.ApplicationsBalanceNote}
	// Ids are short: a figure's headers name four to six of them, so
	// their length is multiplied some six hundred times on a page.
	const p = "t3"
	cols := report.ApplicantColumns
	t.Head = [][]Cell{
		{{Text: "", Header: false, Rowspan: 3, Colspan: 3, Class: "corner"},
			{Text: report.ApplicantHeading, Header: true, ID: p + "h", Colspan: int16(len(cols)), Scope: "colgroup"}},
		{{Text: cols[0].Label, Header: true, ID: p + "c0", Rowspan: 2, Headers: p + "h"},
			{Text: report.LegalPersonHeading, Header: true, ID: p + "p", Colspan: report.LegalPersonCount, Headers: p + "h"},
			{Text: cols[len(cols)-1].Label, Header: true, ID: p + "c6", Rowspan: 2, Headers: p + "h"}},
		{},
	}
	for i := report.LegalPersonFirst; i < report.LegalPersonFirst+report.LegalPersonCount; i++ {
		t.Head[2] = append(t.Head[2], Cell{Text: cols[i].Label, Header: true, ID: p + "c" + strconv.Itoa(i), Headers: p + "h " + p + "p"})
	}
	// The column part of each data cell's headers, built once per table
	// rather than once per cell.
	colHeaders := make([]string, len(cols))
	for i := range cols {
		if i >= report.LegalPersonFirst && i < report.LegalPersonFirst+report.LegalPersonCount {
			colHeaders[i] = " " + p + "h " + p + "p " + p + "c" + strconv.Itoa(i)
		} else {
			colHeaders[i] = " " + p + "h " + p + "c" + strconv.Itoa(i)
		}
	}

	rows := applicationLayout(r)
	// Every row's cells come from one block, each row's sized once,
	// rather than a slice per row and another for its header cells.
	n := 0
	for _, lr := range rows {
		n += 1 + len(cols)
		if lr.sectionStart > 0 {
			n++
		}
		if lr.groupStart > 0 {
			n++
		}
	}
	block := make([]Cell, 0, n)
	t.Body = make([][]Cell, 0, len(rows))
	resultsID := p + "s"
	for _, lr := range rows {
		first := len(block)
		var idBuf [3]string
		ids := idBuf[:0]
		if lr.sectionStart > 0 {
			block = append(block, Cell{Text: report.ResultsHeading, Header: true, ID: resultsID, Rowspan: int16(lr.sectionStart)})
		}
		if lr.inResults {
			ids = append(ids, resultsID)
		}
		if lr.groupStart > 0 {
			block = append(block, Cell{Text: report.GroupLabel(lr.group), Header: true, ID: groupID(p, lr.group), Rowspan: int16(lr.groupStart), Headers: resultsID})
		}
		if lr.group != "" && !lr.subtotal {
			ids = append(ids, groupID(p, lr.group))
		}
		id := p + "r" + strconv.Itoa(lr.index)
		span := 3
		switch {
		case lr.group != "" && !lr.subtotal:
			span = 1
		case lr.inResults:
			span = 2
		}
		block = append(block, Cell{Text: lr.label, Header: true, ID: id, Colspan: int16(span), Headers: strings.Join(ids, " ")})
		rowIDs := strings.Join(append(ids, id), " ")
		for i := range cols {
			c := report.Cell{Blank: true}
			if i < len(lr.row.Cells) {
				c = lr.row.Cells[i]
			}
			block = append(block, num(c, rowIDs+colHeaders[i]))
		}
		t.Body = append(t.Body, block[first:len(block):len(block)])
	}
	return t
}

type layoutRow struct {
	index        int
	label        string
	group        string
	subtotal     bool
	inResults    bool
	sectionStart int // rowspan of 三、本年度办理结果 when this row opens it
	groupStart   int // rowspan of the group header when this row opens it
	row          report.Row
}

// applicationLayout lays out table 三's rows as printed, with a group
// printed as one line in place of its sub-rows.
func applicationLayout(r *report.Report) []layoutRow {
	rows := make([]layoutRow, 0, len(report.ApplicationRows))
	seen := map[string]bool{}
	for i, spec := range report.ApplicationRows {
		inResults := spec.Result || spec.Path == "applications.results.total"
		lr := layoutRow{index: i, label: spec.Label, group: spec.Group, inResults: inResults}
		if i < len(r.Applications) {
			lr.row = r.Applications[i]
		}
		if spec.Group != "" {
			if sub := r.Subtotal(spec.Group); sub != nil {
				if seen[spec.Group] {
					continue
				}
				lr.label, lr.subtotal, lr.row = report.GroupLabel(spec.Group), true, *sub
			}
			if !seen[spec.Group] && !lr.subtotal {
				lr.groupStart = groupSize(spec.Group)
			}
			seen[spec.Group] = true
		}
		rows = append(rows, lr)
	}
	first, n := -1, 0
	for i, lr := range rows {
		if lr.inResults {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if first >= 0 {
		rows[first].sectionStart = n
	}
	return rows
}

// groupID is the id of a result group's row header: "t3g0" for the
// first of report.ResultGroups.
func groupID(prefix, group string) string {
	for i, g := range report.ResultGroups {
		if g.Key == group {
			return prefix + "g" + strconv.Itoa(i)
		}
	}
	return prefix + "g-" + group
}

func groupSize(group string) int {
	n := 0
	for _, s := range report.ApplicationRows {
		if s.Group == group {
			n++
		}
	}
	return n
}

// AppealsTable is table 四: 行政复议 and the two kinds of 行政诉讼, five
// columns each, one row of figures.
func AppealsTable(r *report.Report) Table {
	const p = "t4" // short ids, as in table 三
	t := Table{ID: "t4", Caption: report.Sections[3].Heading()}
	t.Head = [][]Cell{
		{{Text: report.ReviewLabel, Header: true, ID: p + "v", Colspan: 5, Rowspan: 2},
			{Text: report.LitigationLabel, Header: true, ID: p + "l", Colspan: 10}},
		{{Text: report.LitigationDirectLabel, Header: true, ID: p + "d", Colspan: 5, Headers: p + "l"},
			{Text: report.LitigationAfterRevLabel, Header: true, ID: p + "a", Colspan: 5, Headers: p + "l"}},
		{},
	}
	groups := []string{p + "v", p + "l " + p + "d", p + "l " + p + "a"}
	var body []Cell
	for g, ids := range groups {
		for c, col := range report.AppealColumns {
			id := p + strconv.Itoa(g) + strconv.Itoa(c) // one digit each
			t.Head[2] = append(t.Head[2], Cell{Text: col.Label, Header: true, ID: id, Headers: ids})
			cell := report.Cell{Blank: true}
			if g < len(r.Appeals) && c < len(r.Appeals[g].Cells) {
				cell = r.Appeals[g].Cells[c]
			}
			body = append(body, num(cell, ids+" "+id))
		}
	}
	t.Body = [][]Cell{body}
	return t
}
