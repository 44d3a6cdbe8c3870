package render

import (
	"html/template"
	"strconv"
	"strings"
)

// The rows of a table are written here rather than by a template: a
// report page has some two hundred cells, and a template spends a dozen
// actions on each (every one an escaper or field call through reflect).
// This is the one definition
// of a cell's markup (held by testdata/rows.golden); the "table" partial
// writes everything around the rows.

// HeadHTML is the table's header rows, <tr> by <tr>.
func (t Table) HeadHTML() template.HTML { return rowsHTML(t.Head) }

// BodyHTML is the table's body rows, <tr> by <tr>.
func (t Table) BodyHTML() template.HTML {
	if t.body != "" {
		return t.body
	}
	return rowsHTML(t.Body)
}

func rowsHTML(rows [][]Cell) template.HTML {
	var b strings.Builder
	b.Grow(rowsSize(rows))
	appendRows(&b, rows)
	return template.HTML(b.String())
}

// rowsSize is the bytes of rows' markup, give or take a few per cell, so
// that a buffer is grown once and not much beyond its need: a flat guess
// per cell allocated half as much again as a build's tables take.
func rowsSize(rows [][]Cell) int {
	n := 2
	for _, r := range rows {
		n += 10
		for i := range r {
			c := &r[i]
			n += 32 + len(c.Raw) + len(c.Text) + len(c.ID) + len(c.Headers) + len(c.Scope) + len(c.Class)
			if c.Href != "" {
				n += 15 + len(c.Href)
			}
			if c.Blank {
				n += len(blankCell)
			}
			if c.Rowspan > 1 || c.Colspan > 1 {
				n += 14
			}
		}
	}
	return n
}

func appendRows(b *strings.Builder, rows [][]Cell) {
	b.WriteByte(rowMark) // see rows.go
	for _, r := range rows {
		b.WriteString("<tr>")
		for i := range r {
			r[i].write(b)
		}
		b.WriteString(rowClose)
	}
	b.WriteByte(rowMark)
}

// rowClose ends a row: the line break keeps an unminified page readable
// and is left out of a minified one (rows.go).
const rowClose = "</tr>\n"

func (c *Cell) write(b *strings.Builder) {
	if c.Raw != "" {
		b.WriteString(c.Raw)
		return
	}
	if c.Header {
		b.WriteString("<th")
		attr(b, "id", c.ID)
		attr(b, "scope", c.Scope)
	} else {
		b.WriteString("<td")
	}
	attr(b, "headers", c.Headers)
	if c.Rowspan > 1 {
		attr(b, "rowspan", strconv.Itoa(int(c.Rowspan)))
	}
	if c.Colspan > 1 {
		attr(b, "colspan", strconv.Itoa(int(c.Colspan)))
	}
	if c.Header {
		attr(b, "class", c.Class)
		b.WriteByte('>')
		if c.Href != "" {
			b.WriteString(`<a href="`)
			escape(b, c.Href)
			b.WriteString(`">`)
			escape(b, c.Text)
			b.WriteString("</a>")
		} else {
			escape(b, c.Text)
		}
		b.WriteString("</th>")
		return
	}
	c.writeClasses(b)
	b.WriteByte('>')
	if c.Blank {
		// The slash as printed, announced as 空白 (aria-label is not
		// allowed on a span).
		b.WriteString(blankCell)
	} else {
		escape(b, c.Text)
	}
	b.WriteString("</td>")
}

// Classes is the class attribute of a data cell: "num" for a figure,
// "blank" for a cell the report left blank, then the cell's own class.
func (c Cell) Classes() string {
	var parts []string
	if c.Num {
		parts = append(parts, "num")
	}
	if c.Blank {
		parts = append(parts, "blank")
	}
	if c.Class != "" {
		parts = append(parts, c.Class)
	}
	return strings.Join(parts, " ")
}

// writeClasses writes the class attribute of Classes without building
// its string.
func (c *Cell) writeClasses(b *strings.Builder) {
	if !c.Num && !c.Blank && c.Class == "" {
		return
	}
	b.WriteString(` class="`)
	sep := false
	for _, p := range [...]struct {
		on   bool
		name string
	}{{c.Num, "num"}, {c.Blank, "blank"}, {c.Class != "", c.Class}} {
		if !p.on {
			continue
		}
		if sep {
			b.WriteByte(' ')
		}
		escape(b, p.name)
		sep = true
	}
	b.WriteByte('"')
}

// attr writes ` name="value"`, or nothing when value is empty.
func attr(b *strings.Builder, name, value string) {
	if value == "" {
		return
	}
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	escape(b, value)
	b.WriteByte('"')
}

// escape writes s as template.HTMLEscapeString would. Nearly every text
// and id of a table needs no escape, and looking for the five characters
// by hand costs a fraction of the library's general search.
func escape(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0, '"', '\'', '&', '<', '>':
			b.WriteString(template.HTMLEscapeString(s))
			return
		}
	}
	b.WriteString(s)
}

const blankCell = `<span aria-hidden="true">/</span><span class="visually-hidden">空白</span>`
