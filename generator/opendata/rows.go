package opendata

import (
	"encoding/json"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// kind tells how a table entry is written: a row of named cells, a single
// count, or an amount.
type kind int

const (
	cellsRow kind = iota
	countCell
	amountCell
)

// entry is one printed row of a mandated table, in the order of the form,
// with its place in report.json and its Chinese label for the CSV. The
// list is derived from the labels of the report package, so report.json,
// its schema and both CSVs cannot drift apart.
type entry struct {
	Path    string // dotted path in report.json, e.g. "appeals.review"
	Table   string // heading of the table it belongs to
	Label   string // as printed, with its group for the numbered sub-rows
	Columns []report.Column
	Kind    kind
	// Defs names each cell's schema in $defs ("count" when empty): the
	// 2019 format has a signed 本年增/减 and an amount among its cells.
	Defs []string
	get  func(*report.Report) any // JSON value: Object, int64, json.Number or nil
	// row, when set, is the printed row get makes an Object of (not
	// Known when the report did not print it), from which the CSVs read
	// the cells without building the Object, which they would otherwise
	// build three times per report (twice for report.csv, once for
	// /data/reports.csv).
	row func(*report.Report) report.Row
}

// rowEntry is an entry of kind cellsRow whose cells are row's.
func rowEntry(e entry, row func(*report.Report) report.Row) entry {
	e.row = row
	e.get = func(r *report.Report) any { return rowValue(row(r), e.Columns) }
	return e
}

// def is the $defs name of column j's schema.
func (e entry) def(j int) string {
	if j < len(e.Defs) && e.Defs[j] != "" {
		return e.Defs[j]
	}
	return "count"
}

var (
	tableActive       = report.Sections[1].Heading()
	tableApplications = report.Sections[2].Heading()
	tableAppeals      = report.Sections[3].Heading()
)

// entries lists every row of the three tables of a 2021-format report;
// entries2019 those of a 2019-format one, whose table 二 differs.
var (
	entries     = append(activeEntries2021(), sharedEntries()...)
	entries2019 = append(activeEntries2019(), sharedEntries()...)
)

// entriesFor lists the rows of r's format.
func entriesFor(r *report.Report) []entry {
	if r.Format == report.Format2019 {
		return entries2019
	}
	return entries
}

func activeEntries2021() []entry {
	var out []entry
	for i, k := range report.DocumentKinds {
		out = append(out, rowEntry(entry{Path: "active." + k.Key, Table: tableActive, Label: k.Label,
			Columns: report.DocumentColumns}, func(r *report.Report) report.Row {
			return at(r.Active.Documents, i)
		}))
	}
	for i, k := range report.DecisionKinds {
		out = append(out, entry{Path: "active." + k.Key, Table: tableActive, Label: k.Label, Kind: countCell,
			Columns: []report.Column{{Key: k.Key, Label: report.DecisionsLabel}},
			get: func(r *report.Report) any {
				if i >= len(r.Active.Decisions) {
					return nil
				}
				return cellValue(r.Active.Decisions[i])
			}})
	}
	out = append(out, entry{Path: "active.fees", Table: tableActive, Label: report.FeesLabel, Kind: amountCell,
		Columns: []report.Column{{Key: "fees", Label: report.FeesAmountLabel}},
		get:     func(r *report.Report) any { return amountValue(r.Active.Fees) }})
	return out
}

// sharedEntries are the rows of tables 三 and 四, the same in both formats.
func sharedEntries() []entry {
	var out []entry
	seen := map[string]bool{}
	for i, s := range report.ApplicationRows {
		label := s.Label
		if g := s.Group; g != "" {
			if !seen[g] {
				seen[g] = true
				out = append(out, rowEntry(entry{Path: report.SubtotalPath(g), Table: tableApplications,
					Label: report.GroupLabel(g), Columns: report.ApplicantColumns},
					func(r *report.Report) report.Row {
						if row := r.Subtotal(g); row != nil {
							return *row
						}
						return report.Row{}
					}))
			}
			label = report.GroupLabel(g) + " " + s.Label
		}
		out = append(out, rowEntry(entry{Path: s.Path, Table: tableApplications, Label: label,
			Columns: report.ApplicantColumns}, func(r *report.Report) report.Row {
			return at(r.Applications, i)
		}))
	}
	for i, s := range report.AppealRows {
		out = append(out, rowEntry(entry{Path: s.Path, Table: tableAppeals, Label: s.Label,
			Columns: report.AppealColumns}, func(r *report.Report) report.Row {
			return at(r.Appeals, i)
		}))
	}
	return out
}

func at(rows []report.Row, i int) report.Row {
	if i < len(rows) {
		return rows[i]
	}
	return report.Row{}
}

// rowValue is a printed row as an object of named cells, or nil when the
// report did not print the row (a group printed as one subtotal line).
func rowValue(row report.Row, cols []report.Column) any {
	if !row.Known {
		return nil
	}
	o := make(Object, 0, len(cols))
	for j, c := range cols {
		var v any
		if j < len(row.Cells) {
			v = cellValue(row.Cells[j])
		}
		o = append(o, Member{c.Key, v})
	}
	return o
}

// cellValue is a count, or nil when the report left the cell blank.
func cellValue(c report.Cell) any {
	if c.Blank {
		return nil
	}
	return c.N
}

// amountValue keeps the amount's digits exactly as published.
func amountValue(d report.Decimal) any {
	if d.Blank || d.Text == "" {
		return nil
	}
	return json.Number(strings.TrimPrefix(d.Text, "+"))
}

// printed reports whether r printed the entry's row; a single figure
// always counts as printed.
func (e *entry) printed(r *report.Report) bool {
	switch {
	case e.row != nil:
		return e.row(r).Known
	case e.Kind == cellsRow:
		return e.get(r) != nil
	}
	return true
}

// appendCells appends the values of an entry's cells to dst in column
// order, nil for unknown ones, whatever the entry's kind.
func (e *entry) appendCells(dst []any, r *report.Report) []any {
	if e.row != nil {
		row := e.row(r)
		for j := range e.Columns {
			var v any
			if row.Known && j < len(row.Cells) {
				v = cellValue(row.Cells[j])
			}
			dst = append(dst, v)
		}
		return dst
	}
	v := e.get(r)
	if e.Kind != cellsRow {
		return append(dst, v)
	}
	o, _ := v.(Object)
	for j := range e.Columns {
		var c any
		if o != nil {
			c = o[j].Value
		}
		dst = append(dst, c)
	}
	return dst
}
