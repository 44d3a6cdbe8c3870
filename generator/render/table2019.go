package render

import "github.com/gongkai/gongkai/generator/report"

// ActiveTables2019 is table 二 of a 2019-format report as that form
// prints it: five small tables, one per item of 第二十条, each with its
// own column headings, and 采购总金额 with its 元 as printed.
func ActiveTables2019(a *report.Active2019) []Table {
	var out []Table
	ids := map[string]string{
		report.Article20Item1: "t2-1", report.Article20Item5: "t2-5",
		report.Article20Item6: "t2-6", report.Article20Item8: "t2-8",
	}
	for i, spec := range report.ActiveRows2019 {
		if len(out) == 0 || out[len(out)-1].Caption != spec.Item {
			head := []Cell{{Text: report.ActiveItemsHeading, Header: true, Scope: "col"}}
			for _, c := range spec.Columns {
				head = append(head, Cell{Text: c.Label, Header: true, Scope: "col"})
			}
			out = append(out, Table{ID: ids[spec.Item], Caption: spec.Item, Head: [][]Cell{head}})
		}
		row := []Cell{{Text: spec.Label, Header: true, Scope: "row"}}
		for c := range spec.Columns {
			cell := report.Cell{Blank: true}
			if a != nil && i < len(a.Rows) && c < len(a.Rows[i].Cells) {
				cell = a.Rows[i].Cells[c]
			}
			row = append(row, num(cell, ""))
		}
		t := &out[len(out)-1]
		t.Body = append(t.Body, row)
	}
	p := report.Procurement{Projects: report.Cell{Blank: true}, Amount: report.Decimal{Blank: true}}
	if a != nil {
		p = a.Procurement
	}
	amount := Cell{Text: p.Amount.String(), Num: true, Blank: p.Amount.Blank}
	if !p.Amount.Blank {
		amount.Text += report.ProcurementUnit
	}
	head := []Cell{{Text: report.ActiveItemsHeading, Header: true, Scope: "col"}}
	for _, c := range report.ProcurementColumns {
		head = append(head, Cell{Text: c.Label, Header: true, Scope: "col"})
	}
	return append(out, Table{ID: "t2-9", Caption: report.Article20Item9, Head: [][]Cell{head},
		Body: [][]Cell{{{Text: report.ProcurementLabel, Header: true, Scope: "row"}, num(p.Projects, ""), amount}}})
}
