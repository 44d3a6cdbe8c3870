package report

// ActiveValue is one cell of table 二: a count, or an amount.
type ActiveValue struct {
	Count    Cell
	Amount   Decimal
	IsAmount bool
	Unit     string // printed after an amount (2019's 采购总金额, in 元)
}

// Text is the cell as printed: "/" when blank.
func (v ActiveValue) Text() string {
	if !v.IsAmount {
		return v.Count.String()
	}
	if v.Amount.Blank {
		return v.Amount.String()
	}
	return v.Amount.String() + v.Unit
}

// Blank reports whether the report left the cell blank.
func (v ActiveValue) Blank() bool {
	if v.IsAmount {
		return v.Amount.Blank
	}
	return v.Count.Blank
}

// Value is the cell as a figure, for sums and comparisons.
func (v ActiveValue) Value() Value {
	if v.IsAmount {
		return Amount(v.Amount)
	}
	return Count(v.Count)
}

// ActiveValues are r's cells of row i of its format's table 二
// (FormatSpec.Active[i]), whatever the format keeps them in; nil for a
// row the report did not print.
func (r *Report) ActiveValues(i int) []ActiveValue {
	if r.Format == Format2019 {
		return r.active2019Values(i)
	}
	a := r.Active
	switch {
	case i < len(DocumentKinds):
		if i >= len(a.Documents) || !a.Documents[i].Known {
			return nil
		}
		return countValues(a.Documents[i].Cells)
	case i < len(DocumentKinds)+len(DecisionKinds):
		if d := i - len(DocumentKinds); d < len(a.Decisions) {
			return countValues(a.Decisions[d : d+1])
		}
		return []ActiveValue{{Count: Cell{Blank: true}}}
	}
	return []ActiveValue{{Amount: a.Fees, IsAmount: true}}
}

// ActiveRow is r's row i of table 二 when the format keeps it as a row of
// counts (table 二's rows of named counts); not Known otherwise.
func (r *Report) ActiveRow(i int) Row {
	var rows []Row
	switch {
	case r.Format == Format2019 && r.Active2019 != nil:
		rows = r.Active2019.Rows
	case r.Format != Format2019:
		rows = r.Active.Documents
	}
	if i < len(rows) {
		return rows[i]
	}
	return Row{}
}

func (r *Report) active2019Values(i int) []ActiveValue {
	a := r.Active2019
	if i < len(ActiveRows2019) {
		cells := make([]Cell, len(ActiveRows2019[i].Columns))
		for c := range cells {
			cells[c] = Cell{Blank: true}
			if a != nil && i < len(a.Rows) && c < len(a.Rows[i].Cells) {
				cells[c] = a.Rows[i].Cells[c]
			}
		}
		return countValues(cells)
	}
	p := Procurement{Projects: Cell{Blank: true}, Amount: Decimal{Blank: true}}
	if a != nil {
		p = a.Procurement
	}
	return []ActiveValue{{Count: p.Projects}, {Amount: p.Amount, IsAmount: true, Unit: procurementRow.Unit}}
}

func countValues(cells []Cell) []ActiveValue {
	out := make([]ActiveValue, len(cells))
	for i, c := range cells {
		out[i] = ActiveValue{Count: c}
	}
	return out
}
