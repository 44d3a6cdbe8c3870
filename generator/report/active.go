package report

// ActiveValue is one cell of table 二 as printed.
type ActiveValue struct {
	Text  string // as printed; "/" when blank
	Blank bool   // the report left it blank
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
		if i >= len(a.Documents) {
			return nil
		}
		return cellValues(a.Documents[i].Cells)
	case i < len(DocumentKinds)+len(DecisionKinds):
		if d := i - len(DocumentKinds); d < len(a.Decisions) {
			return cellValues(a.Decisions[d : d+1])
		}
		return []ActiveValue{{Text: "/", Blank: true}}
	}
	return []ActiveValue{{Text: a.Fees.String(), Blank: a.Fees.Blank}}
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
		return cellValues(cells)
	}
	p := Procurement{Projects: Cell{Blank: true}, Amount: Decimal{Blank: true}}
	if a != nil {
		p = a.Procurement
	}
	amount := ActiveValue{Text: p.Amount.String(), Blank: p.Amount.Blank}
	if !p.Amount.Blank {
		amount.Text += ProcurementUnit // the form prints the 元 after the figure
	}
	return []ActiveValue{{Text: p.Projects.String(), Blank: p.Projects.Blank}, amount}
}

func cellValues(cells []Cell) []ActiveValue {
	out := make([]ActiveValue, len(cells))
	for i, c := range cells {
		out[i] = ActiveValue{Text: c.String(), Blank: c.Blank}
	}
	return out
}
