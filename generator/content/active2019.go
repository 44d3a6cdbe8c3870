package content

import (
	"regexp"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// active2019Keys are the keys of [active] in the 2019 format.
func active2019Keys() []string {
	keys := make([]string, 0, len(report.ActiveRows2019)+1)
	for _, k := range report.ActiveRows2019 {
		keys = append(keys, k.Key)
	}
	return append(keys, report.ProcurementKey)
}

// active2019 reads table 二 of a 2019-format report: each row an inline
// table of named cells, 本年增/减 signed, 采购总金额 a decimal in 元.
func (d *decoder) active2019(r *report.Report, t map[string]any) {
	a := &report.Active2019{Line: d.lines.lineOf("active")}
	r.Active2019 = a
	for _, spec := range report.ActiveRows2019 {
		key := "active." + spec.Key
		row := report.Row{Known: true, Line: d.lines.lineOf(key)}
		sub := d.inline(t, key, spec.Key, spec.Label, spec.Columns)
		for _, col := range spec.Columns {
			cv, ok := sub[col.Key]
			switch {
			case !ok:
				row.Cells = append(row.Cells, report.Cell{Blank: true})
			case col.Key == report.SignedKey:
				row.Cells = append(row.Cells, d.signedCell(cv, key, spec.Label+" · "+col.Label))
			default:
				row.Cells = append(row.Cells, d.cell(cv, key, spec.Label+" · "+col.Label))
			}
		}
		a.Rows = append(a.Rows, row)
	}
	key := "active." + report.ProcurementKey
	p := &a.Procurement
	p.Line = d.lines.lineOf(key)
	p.Projects, p.Amount = report.Cell{Blank: true}, report.Decimal{Blank: true}
	sub := d.inline(t, key, report.ProcurementKey, report.ProcurementLabel, report.ProcurementColumns)
	if v, ok := sub["projects"]; ok {
		p.Projects = d.cell(v, key, report.ProcurementLabel+" · "+report.ProjectsLabel)
	}
	if v, ok := sub["amount"]; ok {
		if f, isFloat := v.(float64); isFloat {
			// The line holds the whole inline table: keep the amount's
			// digits as written (73802895.90, not 73802895.9).
			if raw := inlineRaw(rawLine(d.src, p.Line), "amount"); raw != "" {
				p.Amount = d.floatText(f, raw, key, report.ProcurementLabel+" · "+report.ProcurementAmount)
				return
			}
		}
		p.Amount = d.amount(v, key, report.ProcurementLabel+" · "+report.ProcurementAmount, report.ProcurementUnit)
	}
}

// inline returns the inline table at key, reporting a missing table, a
// value of another kind, unknown cells and missing cells. It returns nil
// (no cells) when the table is missing or not a table.
func (d *decoder) inline(t map[string]any, full, key, label string, cols []report.Column) map[string]any {
	v, ok := t[key]
	names := make([]string, len(cols))
	example := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Key
		example[i] = c.Key + " = 0"
	}
	sub, isTable := v.(map[string]any)
	switch {
	case t == nil:
		return nil // the missing [active] was reported already
	case !ok:
		d.add(RuleMissing, full, "缺少 %s（%s：%s）", full, label, columnList(cols))
		return nil
	case !isTable:
		d.add(RuleType, full, "%s（%s）应为表，如 { %s }，实为%s", full, label, strings.Join(example, ", "), describe(v))
		return nil
	}
	d.unknown(sub, full, names...)
	for _, c := range cols {
		if _, ok := sub[c.Key]; !ok {
			d.add(RuleMissing, full+"."+c.Key, "缺少 %s（%s · %s）：原文空白请填 \"/\"", full+"."+c.Key, label, c.Label)
		}
	}
	return sub
}

// signedCell is a count that may be negative: 本年增/减.
func (d *decoder) signedCell(v any, key, where string) report.Cell {
	if n, ok := v.(int64); ok && n < 0 {
		if n < -MaxCount {
			d.add(RuleValue, key, "%s：数值 %d 超出下限 %d", where, n, -int64(MaxCount))
			return report.Cell{}
		}
		return report.Cell{N: n}
	}
	return d.cell(v, key, where)
}

// floatText keeps a float's text as written when it reads back as the
// same number.
func (d *decoder) floatText(x float64, raw, key, where string) report.Decimal {
	raw = strings.ReplaceAll(raw, "_", "")
	if dec := d.amount(x, key, where, report.ProcurementUnit); dec.Blank || dec.Text == "" {
		return dec
	} else if ok, _ := regexp.MatchString(`^[0-9]+(\.[0-9]+)?$`, raw); !ok {
		return dec
	} else if dec.Text != raw && trimZeros(dec.Text) != trimZeros(raw) {
		return dec
	}
	return report.Decimal{Text: raw}
}

// trimZeros drops trailing zeros after a decimal point, so that "5.90"
// and "5.9" compare equal.
func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}

var inlineValue = regexp.MustCompile(`^\s*([^,}\s#]+)`)

// inlineRaw is the text of key's value inside an inline table on line.
func inlineRaw(line, key string) string {
	for i := 0; ; {
		j := strings.Index(line[i:], key)
		if j < 0 {
			return ""
		}
		i += j + len(key)
		before := strings.TrimRight(line[:i-len(key)], " \t")
		rest := strings.TrimLeft(line[i:], " \t")
		if (strings.HasSuffix(before, "{") || strings.HasSuffix(before, ",")) && strings.HasPrefix(rest, "=") {
			if m := inlineValue.FindStringSubmatch(rest[1:]); m != nil {
				return m[1]
			}
			return ""
		}
	}
}

// rawLine is line n (1-based) of src, without its comment.
func rawLine(src string, n int) string {
	if n <= 0 {
		return ""
	}
	ls := strings.SplitN(src, "\n", n+1)
	if len(ls) < n {
		return ""
	}
	return stripComment(ls[n-1])
}

// activeLines2019 is table 二 of a 2019-format report for EncodeReport:
// the document rows, then the item rows with 采购 last.
func activeLines2019(a *report.Active2019) (docs, ls []line) {
	for i, k := range report.ActiveRows2019 {
		row := report.Row{}
		if i < len(a.Rows) {
			row = a.Rows[i]
		}
		var parts []string
		for j, c := range k.Columns {
			parts = append(parts, c.Key+" = "+cellText(cellAt(row, j)))
		}
		l := line{key: k.Key, value: "{ " + strings.Join(parts, ", ") + " }", comment: k.Item + " " + k.Label}
		if k.Columns[0].Key == report.MadeColumns[0].Key {
			docs = append(docs, l)
		} else {
			ls = append(ls, l)
		}
	}
	amount := `"/"`
	switch p := a.Procurement; {
	case p.Amount.Unresolved:
		amount = `"?"`
	case !p.Amount.Blank && p.Amount.Text != "":
		amount = p.Amount.Text
	}
	ls = append(ls, line{key: report.ProcurementKey,
		value:   "{ projects = " + cellText(a.Procurement.Projects) + ", amount = " + amount + " }",
		comment: report.Article20Item9 + " " + report.ProcurementLabel + "（" + report.ProcurementUnit + "）"})
	return docs, ls
}
