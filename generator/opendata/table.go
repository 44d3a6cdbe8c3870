package opendata

import (
	"bytes"
	"io"

	"github.com/gongkai/gongkai/generator/report"
)

// Column is one column of /data/reports.csv: a stable English name (the
// cell's path in report.json), its type, and its meaning in Chinese.
type Column struct {
	Name        string
	Type        string // Frictionless type: string, integer, number, date
	Title       string
	Description string
}

// Row is one organ-year of /data/reports.csv.
type Row struct {
	Organ  *report.Organ
	Report *report.Report
	URL    string // the report's page
	Data   string // its report.json
}

// Columns lists the columns of /data/reports.csv in order. Names never
// change within a schema version; new columns are only ever added at the
// end of a new version.
func Columns() []Column {
	cols := []Column{
		{"org", "string", "机关代码", "the organ's slug, as in its URLs"},
		{"org_name", "string", "机关名称", "the organ's name as printed on the report"},
		{"category", "string", "机关类别", "the portal's grouping of organs; empty when none"},
		{"year", "integer", "年度", "the year the report covers"},
		{"format", "string", "报告格式", "the national format the tables follow, e.g. 2021"},
		{"published", "date", "发布日期", "date of publication; empty when the report does not state it"},
	}
	cols = append(cols, entryColumns(entries, "", "empty when the report left the cell blank or did not print the row")...)
	for _, in := range report.Indicators {
		cols = append(cols, Column{"indicators." + in.Key, "number", in.Label, in.Formula + "; a fraction rounded to 4 decimals; empty when not computable"})
	}
	cols = append(cols,
		Column{"acknowledged", "integer", "已确认的核对问题数", "number of rule breaks the report acknowledges as printed (see report.json)"},
		Column{"url", "string", "报告页面", "absolute URL of the report's page"},
		Column{"data_url", "string", "报告数据", "absolute URL of the report's report.json"},
	)
	// Table 二 of each other format comes last, so that the columns above
	// keep their places; its columns are named format<ID>.active.….
	for _, f := range report.Formats[1:] {
		cols = append(cols, entryColumns(otherActive(f), "format"+f.ID+".", f.ID+" format ("+f.Notice+") only; empty for other reports, or when the cell was blank")...)
	}
	return cols
}

// otherActive are the table 二 entries of a format other than the one in
// force, as /data/reports.csv has them after the other columns.
func otherActive(f *report.FormatSpec) []entry {
	return entriesByFormat[f.ID][:len(f.Active)]
}

// entryColumns are the CSV columns of table entries.
func entryColumns(es []entry, prefix, desc string) []Column {
	var cols []Column
	for _, e := range es {
		for j, c := range e.Columns {
			name, title := prefix+e.Path+"."+c.Key, e.Table+" "+e.Label+" "+c.Label
			typ := "integer"
			switch e.Kind {
			case countCell:
				name = prefix + e.Path
			case amountCell:
				name, typ = prefix+e.Path, "number"
			}
			if e.def(j) == "amount" {
				typ = "number"
			}
			cols = append(cols, Column{name, typ, title, desc})
		}
	}
	return cols
}

// ReportsCSV writes /data/reports.csv, one line per organ-year, streaming
// as it goes. UTF-8 with BOM (so that Excel and WPS read the organ names),
// CRLF; an empty field is a blank or unpublished cell, never zero.
func ReportsCSV(w io.Writer, rows []Row) error {
	c := newCSV(w, true)
	cols := Columns()
	header := make([]any, len(cols))
	for i, col := range cols {
		header[i] = col.Name
	}
	c.record(header...)
	for _, row := range rows {
		if writeReportsLine(c, row); c.err != nil {
			return c.err
		}
	}
	return c.flush()
}

// writeReportsLine writes row's line of /data/reports.csv: table 二's
// columns are filled for the report's own format only.
func writeReportsLine(c *csvWriter, row Row) {
	r, o := row.Report, row.Organ
	line := append(c.line[:0], o.Slug, o.Name, o.Category, r.Year, r.Format, r.Published)
	inForce := r.Format == report.Formats[0].ID
	for i := range entries {
		e := &entries[i]
		if !inForce && e.Table == tableActive {
			line = appendNils(line, len(e.Columns))
			continue
		}
		line = e.appendCells(line, r)
	}
	for _, m := range Indicators(r) {
		line = append(line, m.Value)
	}
	line = append(line, len(r.Acknowledged), row.URL, row.Data)
	for _, f := range report.Formats[1:] {
		for _, e := range otherActive(f) {
			if r.Format == f.ID {
				line = e.appendCells(line, r)
			} else {
				line = appendNils(line, len(e.Columns))
			}
		}
	}
	c.record(line...)
	c.line = line // some three hundred fields: grown once per file
}

func appendNils(line []any, n int) []any {
	for range n {
		line = append(line, nil)
	}
	return line
}

// ReportsCSVHeader is the start of /data/reports.csv, BOM included, and
// ReportsCSVLine one row's line: together what ReportsCSV writes, for a
// caller that keeps each report's line between builds (serve).
func ReportsCSVHeader() []byte {
	var b bytes.Buffer
	ReportsCSV(&b, nil)
	return b.Bytes()
}

// ReportsCSVLine is row's line of /data/reports.csv, CRLF included.
func ReportsCSVLine(row Row) []byte {
	var b bytes.Buffer
	c := newCSV(&b, false)
	writeReportsLine(c, row)
	c.flush()
	return b.Bytes()
}
