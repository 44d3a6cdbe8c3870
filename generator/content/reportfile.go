package content

import (
	"strings"
	"time"

	"github.com/gongkai/gongkai/generator/report"
)

// DecodeReport reads one <year>.toml. wantYear is the year in the file
// name. It returns the report and the findings of loading it; the report
// is nil when the file could not be parsed at all.
func DecodeReport(file, src string, wantYear int) (*report.Report, []report.Finding) {
	src = strings.TrimPrefix(src, "\ufeff")
	d := newDecoder(file, src)
	m, ok := d.parse()
	if !ok {
		return nil, d.findings
	}
	d.unknown(m, "", "format", "year", "published", "active", "applications", "appeals", "acknowledged")
	r := &report.Report{File: file}

	if v, ok := m["format"]; !ok {
		d.add(RuleMissing, "format", "缺少 format（报告所依据的全国格式，如 format = \"2021\"）")
	} else if r.Format = d.str(v, "format"); r.Format != "" && report.FormatOf(r.Format) == nil {
		d.add(RuleFormat, "format", "未知的 format %q：支持的格式为 %s", r.Format, strings.Join(report.FormatIDs(), "、"))
	}
	if v, ok := m["year"]; !ok {
		d.add(RuleMissing, "year", "缺少 year（报告年度）")
	} else if r.Year = d.year(v, "year"); r.Year != 0 && r.Year != wantYear {
		d.add(RuleYear, "year", "year 应与文件名一致：应为 %d，实为 %d", wantYear, r.Year)
	}
	if r.Year == 0 {
		r.Year = wantYear
	}
	if why, kept := checkFormatYear(r.Format, r.Year); why != "" {
		d.add(RuleFormat, "format", "%s", why)
		if kept {
			// Some organs kept the old tables for a year or two: the
			// report is kept as printed, and the clerk told.
			d.findings[len(d.findings)-1].Severity = report.Note
		}
	}
	if v, ok := m["published"]; ok {
		if r.Published = d.date(v, "published"); r.Published != "" {
			t, _ := time.Parse("2006-01-02", r.Published)
			if why := checkPublished(t, r.Year); why != "" {
				d.add(RuleValue, "published", "%s", why)
				r.Published = ""
			}
		}
	}

	other, mismatch := tablesFormat(m["active"], r.Format)
	if mismatch {
		d.add(RuleFormat, "format", "format = %q，但表二是按 %s 年格式填写的（[active] 中是该格式的行）：应为 format = %q，或按 %s 年格式重填表二", r.Format, other, other, r.Format)
	}
	before := len(d.findings)
	if r.Format == report.Format2019 {
		d.active2019(r, d.table(m, "", "active", active2019Keys()...))
	} else {
		d.active(r, d.table(m, "", "active", "regulations", "normative_documents", "licensing", "punishment", "coercion", "fees"))
	}
	d.applications(r, d.table(m, "", "applications", "new", "carried_over", "results", "carried_forward"))
	d.appeals(r, d.table(m, "", "appeals", "review", "litigation_direct", "litigation_after_review"))
	d.acknowledgements(r, m["acknowledged"])
	d.reportUnresolved()
	if mismatch {
		// One finding for the format, not one for every row read with
		// the other format's keys.
		d.findings = d.findings[:before]
	}
	d.dropExplained()
	return r, d.findings
}

func (d *decoder) active(r *report.Report, t map[string]any) {
	a := &r.Active
	a.Line = d.lines.lineOf("active")
	for _, doc := range report.DocumentKinds {
		key := "active." + doc.Key
		row := report.Row{Known: true, Line: d.lines.lineOf(key)}
		v, ok := t[doc.Key]
		sub, isTable := v.(map[string]any)
		switch {
		case !ok:
			d.add(RuleMissing, key, "缺少 %s（%s：本年制发件数、本年废止件数、现行有效件数）", key, doc.Label)
		case !isTable:
			d.add(RuleType, key, "%s（%s）应为表，如 { issued = 0, repealed = 0, in_force = 0 }，实为%s", key, doc.Label, describe(v))
		default:
			d.unknown(sub, key, "issued", "repealed", "in_force")
		}
		for _, col := range report.DocumentColumns {
			cv, ok := sub[col.Key]
			if !ok {
				if isTable {
					d.add(RuleMissing, key+"."+col.Key, "缺少 %s（%s · %s）", key+"."+col.Key, doc.Label, col.Label)
				}
				row.Cells = append(row.Cells, report.Cell{})
				continue
			}
			row.Cells = append(row.Cells, d.cell(cv, key, doc.Label+" · "+col.Label))
		}
		a.Documents = append(a.Documents, row)
	}
	for _, dk := range report.DecisionKinds {
		key := "active." + dk.Key
		a.DecisionLines = append(a.DecisionLines, d.lines.lineOf(key))
		v, ok := t[dk.Key]
		if !ok {
			d.add(RuleMissing, key, "缺少 %s（%s · %s）", key, dk.Label, report.DecisionsLabel)
			a.Decisions = append(a.Decisions, report.Cell{})
			continue
		}
		a.Decisions = append(a.Decisions, d.cell(v, key, dk.Label+" · "+report.DecisionsLabel))
	}
	a.FeesLine = d.lines.lineOf("active.fees")
	if v, ok := t["fees"]; ok {
		a.Fees = d.decimal(v, "active.fees", report.FeesLabel+" · "+report.FeesAmountLabel)
	} else {
		d.add(RuleMissing, "active.fees", "缺少 active.fees（%s · %s）", report.FeesLabel, report.FeesAmountLabel)
	}
}

func (d *decoder) applications(r *report.Report, t map[string]any) {
	results := d.table(t, "applications", "results", "disclosed", "partially_disclosed", "withheld", "unavailable", "not_processed", "other", "total")
	groups := map[string]map[string]any{}
	r.Subtotals = make([]*report.Row, len(report.ResultGroups))
	for i, g := range report.ResultGroups {
		keys := []string{report.SubtotalKey}
		single := report.SingleRowGroup(r.Format, g.Key)
		for _, spec := range report.ApplicationRows {
			if spec.Group == g.Key && !single {
				keys = append(keys, spec.Key())
			}
		}
		gt := d.table(results, "applications.results", g.Key, keys...)
		groups[g.Key] = gt
		if _, ok := gt[report.SubtotalKey]; !ok && single && gt != nil {
			d.add(RuleMissing, "applications.results."+g.Key+"."+report.SubtotalKey,
				"缺少 applications.results.%s.subtotal：%s的%s只印一行，请写 subtotal = [...]（7 个单元格）", g.Key, report.FormatName(r.Format), g.Label)
		}
		if _, ok := gt[report.SubtotalKey]; ok {
			if len(gt) > 1 {
				d.add(RuleUnknownKey, "applications.results."+g.Key, "[applications.results.%s] 只能二选一：填写 subtotal（原文只印一行合计），或填写各分项", g.Key)
			}
			row := d.row(gt, "applications.results."+g.Key, report.SubtotalKey, report.ResultsHeading+g.Label, report.ApplicantColumns)
			r.Subtotals[i] = &row
		}
	}
	r.Applications = make([]report.Row, len(report.ApplicationRows))
	for i, spec := range report.ApplicationRows {
		parent, key := splitPath(spec.Path)
		var table map[string]any
		switch {
		case spec.Group != "":
			if r.Subtotal(spec.Group) != nil {
				continue // printed as one row: the sub-rows are unknown
			}
			table = groups[spec.Group]
		case parent == "applications.results":
			table = results
		default:
			table = t
		}
		r.Applications[i] = d.row(table, parent, key, report.RowTitle(spec.Path), report.ApplicantColumns)
	}
}

func (d *decoder) appeals(r *report.Report, t map[string]any) {
	r.Appeals = make([]report.Row, len(report.AppealRows))
	for i, spec := range report.AppealRows {
		parent, key := splitPath(spec.Path)
		r.Appeals[i] = d.row(t, parent, key, spec.Label, report.AppealColumns)
	}
}

func (d *decoder) acknowledgements(r *report.Report, v any) {
	if v == nil {
		return
	}
	list, ok := v.([]map[string]any)
	if !ok {
		d.add(RuleType, "acknowledged", "acknowledged 应写作 [[acknowledged]] 表数组，实为%s", describe(v))
		return
	}
	if len(list) > MaxAcknowledged {
		key := "acknowledged." + itoa(MaxAcknowledged)
		d.add(RuleValue, key, "核对说明（[[acknowledged]]）有 %d 条，超过 %d 条：一份报告的三张表格不会有这么多处原文如此的问题；请只为检查实际报告的问题各写一条", len(list), MaxAcknowledged)
		list = list[:MaxAcknowledged]
	}
	for i, t := range list {
		key := "acknowledged." + itoa(i)
		d.unknown(t, key, "rule", "row", "note")
		a := report.Acknowledgement{Line: d.lines.lineOf(key)}
		for _, f := range []struct {
			name string
			dst  *string
		}{{"rule", &a.Rule}, {"row", &a.Row}, {"note", &a.Note}} {
			if fv, ok := t[f.name]; ok {
				*f.dst = d.str(fv, key+"."+f.name)
			}
			if strings.TrimSpace(*f.dst) == "" {
				d.add(RuleMissing, key, "核对说明缺少 %s（rule、row、note 都必须填写）", f.name)
			}
		}
		if why := checkText(a.Note, maxNoteLength); a.Note != "" && why != "" {
			d.add(RuleValue, key+".note", "核对说明的 note %q %s", clip(a.Note), why)
		}
		r.Acknowledged = append(r.Acknowledged, a)
	}
}

func splitPath(p string) (parent, key string) {
	i := strings.LastIndexByte(p, '.')
	return p[:i], p[i+1:]
}

// tablesFormat reports the other format when table 二 is written in
// it: the formats share the rows' keys but not their shapes (规章 has
// issued/repealed/in_force in the 2021 format, made/published/total in
// the 2019 one; 行政许可 is a count in 2021, a row of three in 2019).
func tablesFormat(active any, declared string) (string, bool) {
	t, ok := active.(map[string]any)
	if !ok || declared == "" {
		return "", false
	}
	shape := ""
	if reg, ok := t["regulations"].(map[string]any); ok {
		switch {
		case reg["issued"] != nil || reg["in_force"] != nil:
			shape = report.Format2021
		case reg["made"] != nil || reg["total"] != nil:
			shape = report.Format2019
		}
	}
	switch t["licensing"].(type) {
	case int64:
		if shape == "" || shape == report.Format2021 {
			shape = report.Format2021
		} else {
			return "", false // mixed: let the rows speak
		}
	case map[string]any:
		if shape == "" || shape == report.Format2019 {
			shape = report.Format2019
		} else {
			return "", false
		}
	}
	return shape, shape != "" && shape != declared
}
