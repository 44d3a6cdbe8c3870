package content

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/report"
)

// EncodeReport writes r as a <year>.toml in the layout of DESIGN.md §2:
// every row present, cells aligned in columns, and a Chinese comment
// naming each table and row. The labels come from the report package, so
// the file names rows exactly as the checks and the pages do. header
// lines become the leading comment. DecodeReport reads the result back
// to the same report.
func EncodeReport(r *report.Report, header ...string) string {
	var b strings.Builder
	for _, h := range header {
		for _, line := range strings.Split(h, "\n") {
			b.WriteString(strings.TrimRight("# "+line, " ") + "\n")
		}
	}
	top := []line{{key: "format", value: tomlString(formatOf(r))}, {key: "year", value: strconv.Itoa(r.Year)}}
	if r.Published != "" {
		top = append(top, line{key: "published", value: r.Published})
	}
	writeBlock(&b, "", "", top)

	docs, decisions := activeLines(r)
	if r.Active2019 != nil {
		docs, decisions = activeLines2019(r.Active2019)
	}
	writeBlock(&b, "active", report.Sections[1].Heading(), docs)
	writeBlock(&b, "", "", decisions)

	apps := func(paths ...string) []line {
		var ls []line
		for _, p := range paths {
			i := report.ApplicationIndex(p)
			ls = append(ls, line{key: report.ApplicationRows[i].Key(), cells: cellTexts(rowAt(r.Applications, i), 7), comment: report.ApplicationRows[i].Label})
		}
		return ls
	}
	writeBlock(&b, "applications", report.Sections[2].Heading(),
		apps("applications.new", "applications.carried_over", "applications.carried_forward"))
	writeBlock(&b, "applications.results", report.ResultsHeading,
		apps("applications.results.disclosed", "applications.results.partially_disclosed", "applications.results.total"))
	for i, g := range report.ResultGroups {
		var ls []line
		if i < len(r.Subtotals) && r.Subtotals[i] != nil {
			ls = append(ls, line{key: report.SubtotalKey, cells: cellTexts(*r.Subtotals[i], 7), comment: g.Label})
			writeBlock(&b, "applications.results."+g.Key, g.Label+"（原文只印一行，无分项）", ls)
			continue
		}
		for j, spec := range report.ApplicationRows {
			if spec.Group == g.Key {
				ls = append(ls, line{key: spec.Key(), cells: cellTexts(rowAt(r.Applications, j), 7), comment: spec.Label})
			}
		}
		writeBlock(&b, "applications.results."+g.Key, g.Label, ls)
	}

	var appeals []line
	for i, spec := range report.AppealRows {
		appeals = append(appeals, line{key: spec.Key(), cells: cellTexts(rowAt(r.Appeals, i), 5), comment: spec.Label})
	}
	writeBlock(&b, "appeals", report.Sections[3].Heading(), appeals)

	for _, a := range r.Acknowledged {
		fmt.Fprintf(&b, "\n[[acknowledged]]\nrule = %s\nrow  = %s\nnote = %s\n", tomlString(a.Rule), tomlString(a.Row), tomlString(a.Note))
	}
	return b.String()
}

func formatOf(r *report.Report) string {
	if r.Format == "" {
		return "2021"
	}
	return r.Format
}

// activeLines returns table 二 as two blocks aligned apart, as the form
// prints them: the document rows, then the single counts.
func activeLines(r *report.Report) (docs, ls []line) {
	a := r.Active
	for i, k := range report.DocumentKinds {
		row := rowAt(a.Documents, i)
		var parts []string
		for j, c := range report.DocumentColumns {
			parts = append(parts, c.Key+" = "+cellText(cellAt(row, j)))
		}
		docs = append(docs, line{key: k.Key, value: "{ " + strings.Join(parts, ", ") + " }", comment: k.Label})
	}
	for i, k := range report.DecisionKinds {
		c := report.Cell{}
		if i < len(a.Decisions) {
			c = a.Decisions[i]
		}
		ls = append(ls, line{key: k.Key, value: cellText(c), comment: k.Label + " " + report.DecisionsLabel})
	}
	fees := "0"
	switch {
	case a.Fees.Unresolved:
		fees = `"?"`
	case a.Fees.Blank:
		fees = `"/"`
	case a.Fees.Text != "":
		fees = a.Fees.Text
	}
	ls = append(ls, line{key: "fees", value: fees, comment: report.FeesLabel + " " + report.FeesAmountLabel})
	return docs, ls
}

// line is one `key = value  # comment` line; cells, when set, are an
// array whose columns are aligned with the other lines of the block.
type line struct {
	key, value, comment string
	cells               []string
}

// commentColumn is where row comments start, as in DESIGN.md's example.
const commentColumn = 51

// writeBlock writes a [table] header and its lines, aligning keys, array
// columns and comments.
func writeBlock(b *strings.Builder, table, comment string, ls []line) {
	if table != "" {
		b.WriteString("\n")
		writeCommented(b, "["+table+"]", comment, commentColumn)
	}
	keyWidth := 0
	var widths []int
	for _, l := range ls {
		keyWidth = max(keyWidth, len(l.key))
		for i, c := range l.cells {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], len(c))
		}
	}
	texts := make([]string, len(ls))
	col := commentColumn
	for i, l := range ls {
		v := l.value
		if l.cells != nil {
			padded := make([]string, len(l.cells))
			for j, c := range l.cells {
				padded[j] = strings.Repeat(" ", widths[j]-len(c)) + c
			}
			v = "[" + strings.Join(padded, ", ") + "]"
		}
		texts[i] = l.key + strings.Repeat(" ", keyWidth-len(l.key)) + " = " + v
		col = max(col, utf8.RuneCountInString(texts[i])+2)
	}
	for i, l := range ls {
		writeCommented(b, texts[i], l.comment, col)
	}
}

func writeCommented(b *strings.Builder, text, comment string, col int) {
	b.WriteString(text)
	if comment != "" {
		b.WriteString(strings.Repeat(" ", max(col-utf8.RuneCountInString(text), 2)))
		b.WriteString("# " + comment)
	}
	b.WriteString("\n")
}

func rowAt(rows []report.Row, i int) report.Row {
	if i < len(rows) {
		return rows[i]
	}
	return report.Row{}
}

func cellAt(r report.Row, i int) report.Cell {
	if i < len(r.Cells) {
		return r.Cells[i]
	}
	return report.Cell{}
}

// cellTexts returns a row's n cells as TOML values; cells the row lacks
// (an unknown row, as `gongkai new` starts from) are zeros to fill in.
func cellTexts(r report.Row, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = cellText(cellAt(r, i))
	}
	return out
}

func cellText(c report.Cell) string {
	if c.Unresolved {
		return `"?"`
	}
	if c.Blank {
		return `"/"`
	}
	return strconv.FormatInt(c.N, 10)
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
