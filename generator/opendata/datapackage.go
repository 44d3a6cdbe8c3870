package opendata

import (
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// DataPackage is /data/datapackage.json (Frictionless Data Package v1),
// describing /data/reports.csv with its Table Schema. Paths are relative
// to the descriptor, so the data folder can be downloaded and used as is.
func DataPackage(title, homepage string) Object {
	cols := Columns()
	fields := make([]Object, len(cols))
	for i, c := range cols {
		f := Object{{"name", c.Name}, {"type", c.Type}, {"title", c.Title}, {"description", c.Description}}
		// 本年增/减 of the 2019 format is the one figure that may be negative.
		signed := strings.HasSuffix(c.Name, "."+report.SignedKey)
		if (c.Type == "integer" || c.Type == "number") && !signed {
			f = append(f, Member{"constraints", Object{{"minimum", 0}}})
		}
		fields[i] = f
	}
	pkg := Object{
		{"profile", "tabular-data-package"},
		{"name", "gongkai-reports"},
		{"title", title},
	}
	if homepage != "" {
		pkg = append(pkg, Member{"homepage", homepage})
	}
	return append(pkg, Member{"resources", []Object{{
		{"profile", "tabular-data-resource"},
		{"name", "reports"},
		{"path", "reports.csv"},
		{"title", "政府信息公开工作年度报告：每个机关每年一行"},
		{"format", "csv"},
		{"mediatype", "text/csv"},
		{"encoding", "utf-8"},
		{"dialect", Object{{"delimiter", ","}, {"lineTerminator", "\r\n"}, {"quoteChar", "\""}, {"doubleQuote", true}, {"header", true}}},
		{"schema", Object{
			{"fields", fields},
			{"missingValues", []string{""}},
			{"primaryKey", []string{"org", "year"}},
		}},
	}}})
}
