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

// entries lists every row of the three tables of a report in the format
// in force (report.Formats[0]); entriesByFormat those of each format,
// whose table 二 differs.
var (
	entriesByFormat = map[string][]entry{}
	entries         []entry
)

func init() {
	for _, f := range report.Formats {
		entriesByFormat[f.ID] = append(activeEntries(f), sharedEntries()...)
	}
	entries = entriesByFormat[report.Formats[0].ID]
}

// entriesFor lists the rows of r's format.
func entriesFor(r *report.Report) []entry {
	if es, ok := entriesByFormat[r.Format]; ok {
		return es
	}
	return entries
}

// activeEntries are the rows of table 二 of format f (FormatSpec.Active),
// read through Report.ActiveValues: a row of one figure is that figure
// (a count, or an amount), any other an object of named cells, with a
// signed 本年增/减 and an amount where the format has them.
func activeEntries(f *report.FormatSpec) []entry {
	var out []entry
	for i, row := range f.Active {
		e := entry{Path: "active." + row.Key, Table: tableActive, Label: row.Label, Columns: row.Columns}
		switch {
		case row.Scalar && row.Amount != "":
			e.Kind = amountCell
			e.get = func(r *report.Report) any { return amountValue(first(r.ActiveValues(i)).Amount) }
		case row.Scalar:
			e.Kind = countCell
			e.get = func(r *report.Report) any { return cellValue(first(r.ActiveValues(i)).Count) }
		default:
			e.Defs = make([]string, len(row.Columns))
			e.Columns = append([]report.Column(nil), row.Columns...)
			for j, c := range row.Columns {
				switch {
				case c.Key == report.SignedKey:
					e.Defs[j] = "signed_count"
				case c.Key == row.Amount:
					e.Defs[j] = "amount"
				}
				e.Columns[j].Label = row.ColumnLabel(j)
			}
			if row.Amount == "" {
				out = append(out, rowEntry(e, func(r *report.Report) report.Row { return r.ActiveRow(i) }))
				continue
			}
			cols := row.Columns
			e.get = func(r *report.Report) any {
				vs := r.ActiveValues(i)
				if vs == nil {
					return nil
				}
				o := make(Object, 0, len(cols))
				for j, c := range cols {
					v := cellValue(vs[j].Count)
					if vs[j].IsAmount {
						v = amountValue(vs[j].Amount)
					}
					o = append(o, Member{c.Key, v})
				}
				return o
			}
		}
		out = append(out, e)
	}
	return out
}

// first is the first of a row's values, blank when there is none.
func first(vs []report.ActiveValue) report.ActiveValue {
	if len(vs) == 0 {
		return report.ActiveValue{Count: report.Cell{Blank: true}, Amount: report.Decimal{Blank: true}}
	}
	return vs[0]
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
