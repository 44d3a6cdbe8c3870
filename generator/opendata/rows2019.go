package opendata

import "github.com/gongkai/gongkai/generator/report"

// activeEntries2019 are the rows of table 二 in the 2019 format: each an
// object of named cells, 本年增/减 signed, 采购总金额 an amount in 元.
func activeEntries2019() []entry {
	var out []entry
	for i, k := range report.ActiveRows2019 {
		defs := make([]string, len(k.Columns))
		for j, c := range k.Columns {
			if c.Key == report.SignedKey {
				defs[j] = "signed_count"
			}
		}
		out = append(out, rowEntry(entry{Path: "active." + k.Key, Table: tableActive, Label: k.Label,
			Columns: k.Columns, Defs: defs}, func(r *report.Report) report.Row {
			if r.Active2019 == nil {
				return report.Row{}
			}
			return at(r.Active2019.Rows, i)
		}))
	}
	cols := report.ProcurementColumns
	return append(out, entry{Path: "active." + report.ProcurementKey, Table: tableActive, Label: report.ProcurementLabel,
		Columns: []report.Column{cols[0], {Key: cols[1].Key, Label: cols[1].Label + "（" + report.ProcurementUnit + "）"}},
		Defs:    []string{"count", "amount"},
		get: func(r *report.Report) any {
			if r.Active2019 == nil {
				return nil
			}
			p := r.Active2019.Procurement
			return Object{{cols[0].Key, cellValue(p.Projects)}, {cols[1].Key, amountValue(p.Amount)}}
		}})
}
