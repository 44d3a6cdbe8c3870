package document

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// HTML reads a web page as a browser shows it: each block (p, div, h1…)
// a paragraph, each table a table with merged cells expanded, text in
// scripts, styles and forms left out. Old portal pages lay out the whole
// page in tables; a table that holds another table, or whose cells hold
// whole paragraphs of prose, is such a layout table and is read as the
// paragraphs in it.
//
// The page is read with x/net/html's tokenizer, which handles entities,
// attributes and raw-text elements the way browsers do, but not with its
// tree builder: the HTML tree-construction algorithms are quadratic in
// nesting depth, and a page of unclosed tags must stay linear to read.
// Tables are nested at most maxTables deep; deeper ones are read as text.
func HTML(s string) *Document {
	b := &htmlBuilder{d: &Document{}, line: 1}
	b.root = &container{}
	b.cur = b.root
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		at := b.line
		b.line += strings.Count(string(raw), "\n")
		switch tt {
		case html.TextToken:
			text := string(z.Text())
			// The text's line is where it starts to show, not where the
			// token starts: "<p>\n正文" is on the line of 正文.
			lead := len(text) - len(strings.TrimLeft(text, " \t\r\n\u00a0\u3000"))
			b.text(text, at+strings.Count(text[:lead], "\n"))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			var attrs map[string]string
			if hasAttr {
				attrs = map[string]string{}
				for {
					k, v, more := z.TagAttr()
					if _, seen := attrs[string(k)]; !seen {
						attrs[string(k)] = string(v)
					}
					if !more {
						break
					}
				}
			}
			b.start(string(name), attrs, tt == html.SelfClosingTagToken, at)
		case html.EndTagToken:
			name, _ := z.TagName()
			b.end(string(name), at)
		}
	}
	for len(b.tables) > 0 {
		b.closeTable(b.line)
	}
	b.root.flush()
	b.d.Blocks = b.root.blocks
	return b.d
}

const (
	maxTables  = 16   // nesting depth of tables read as tables
	maxColspan = 64   // larger spans are read as this many columns
	maxRowspan = 1000 // the HTML standard's own limit is 65534
	maxCells   = 1e5  // cells of one table after expanding spans
	proseCell  = 400  // runes: a cell this long holds prose, not a figure
	maxLinks   = 20
)

// container collects blocks: the page itself, or one table cell.
type container struct {
	blocks  []Block
	para    strings.Builder
	line    int
	heading bool
}

func (c *container) write(s string, line int) {
	if c.para.Len() == 0 && strings.TrimSpace(s) == "" {
		return
	}
	if c.para.Len() == 0 {
		c.line = line
	}
	c.para.WriteString(s)
}

// flush ends the paragraph being written.
func (c *container) flush() {
	t := Collapse(c.para.String())
	c.para.Reset()
	if t != "" {
		c.blocks = append(c.blocks, Block{Line: c.line, Text: t, Break: true, Heading: c.heading})
	}
	c.heading = false
}

func (c *container) text() string {
	c.flush()
	return cellText(c.blocks)
}

type htmlCell struct {
	c                *container
	rowspan, colspan int
}

type htmlTable struct {
	parent   *container
	rows     [][]*htmlCell
	rowLines []int
	cell     *htmlCell
	caption  *container
	// stray holds text outside any cell, which browsers show before the
	// table.
	stray  *container
	nested bool
}

type htmlBuilder struct {
	d      *Document
	root   *container
	cur    *container
	tables []*htmlTable
	// ignored counts <table> tags past maxTables, so that their end tags
	// are ignored too.
	ignored int
	// skip is the element whose content is being skipped and its depth.
	skip      string
	skipDepth int
	title     *strings.Builder
	line      int
}

// blockTags start and end paragraphs.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "section": true, "article": true, "header": true, "footer": true,
	"blockquote": true, "pre": true, "hr": true, "dd": true, "dt": true, "dl": true, "center": true,
	"form": true, "nav": true, "main": true, "aside": true, "figure": true, "figcaption": true, "address": true,
}

// skipTags hold no text a reader sees. The tokenizer reads the content
// of script, style, textarea and the like as one raw text token; these
// need their depth counted.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "iframe": true, "object": true,
	"svg": true, "math": true, "select": true, "textarea": true, "button": true, "noembed": true, "noframes": true, "xmp": true,
}

func (b *htmlBuilder) text(s string, line int) {
	switch {
	case b.skip != "":
	case b.title != nil:
		b.title.WriteString(s)
	default:
		b.cur.write(s, line)
	}
}

func (b *htmlBuilder) start(name string, attrs map[string]string, selfClosing bool, line int) {
	if b.skip != "" {
		if name == b.skip && !selfClosing {
			b.skipDepth++
		}
		return
	}
	switch {
	case skipTags[name]:
		if !selfClosing {
			b.skip, b.skipDepth = name, 1
		}
	case name == "title":
		if b.d.Title == "" && len(b.tables) == 0 {
			b.title = &strings.Builder{}
		}
	case name == "meta":
		key := attrs["name"]
		if key == "" {
			key = attrs["property"]
		}
		if key != "" && attrs["content"] != "" {
			b.d.Fields = append(b.d.Fields, Field{Name: key, Value: Collapse(attrs["content"]), Line: line})
		}
	case name == "a":
		b.link(attrs["href"])
	case name == "table":
		b.openTable(line)
	case name == "caption" && len(b.tables) > 0:
		t := b.tables[len(b.tables)-1]
		t.caption = &container{}
		b.cur = t.caption
	case (name == "tr" || name == "td" || name == "th") && len(b.tables) > 0:
		b.cell(name, attrs, line)
	case blockTags[name]:
		b.cur.flush()
		if len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' {
			b.cur.heading = true
		}
	}
}

func (b *htmlBuilder) end(name string, line int) {
	if b.skip != "" {
		if name == b.skip {
			if b.skipDepth--; b.skipDepth == 0 {
				b.skip = ""
			}
		}
		return
	}
	switch {
	case name == "title" && b.title != nil:
		b.d.Title = Collapse(b.title.String())
		b.title = nil
	case name == "table":
		if b.ignored > 0 {
			b.ignored--
			b.cur.flush()
			return
		}
		if len(b.tables) > 0 {
			b.closeTable(line)
		}
	case name == "caption" && len(b.tables) > 0 && b.tables[len(b.tables)-1].caption != nil:
		b.tables[len(b.tables)-1].caption.flush()
		b.cur = b.cellContainer()
	case (name == "td" || name == "th" || name == "tr") && len(b.tables) > 0:
		t := b.tables[len(b.tables)-1]
		t.cell = nil
		b.cur = b.cellContainer()
	case blockTags[name]:
		b.cur.flush()
	}
}

func (b *htmlBuilder) link(href string) {
	lower := strings.ToLower(href)
	if i := strings.IndexAny(lower, "?#"); i >= 0 {
		lower = lower[:i]
	}
	for _, ext := range []string{".pdf", ".doc", ".docx", ".wps", ".ofd", ".xls", ".xlsx"} {
		if strings.HasSuffix(lower, ext) && len(b.d.Links) < maxLinks {
			b.d.Links = append(b.d.Links, href)
			return
		}
	}
}

func (b *htmlBuilder) openTable(line int) {
	if len(b.tables) >= maxTables {
		b.ignored++
		b.cur.flush()
		return
	}
	b.cur.flush()
	if len(b.tables) > 0 {
		b.tables[len(b.tables)-1].nested = true
	}
	t := &htmlTable{parent: b.cur, stray: &container{}}
	b.tables = append(b.tables, t)
	b.cur = t.stray
}

// cellContainer is where text goes now: the open cell of the innermost
// table, or the text outside its cells.
func (b *htmlBuilder) cellContainer() *container {
	if len(b.tables) == 0 {
		return b.root
	}
	t := b.tables[len(b.tables)-1]
	if t.cell != nil {
		return t.cell.c
	}
	return t.stray
}

func (b *htmlBuilder) cell(name string, attrs map[string]string, line int) {
	t := b.tables[len(b.tables)-1]
	if name == "tr" || len(t.rows) == 0 { // a cell without <tr> opens a row
		t.rows, t.rowLines = append(t.rows, nil), append(t.rowLines, line)
		t.cell = nil
		b.cur = t.stray
		if name == "tr" {
			return
		}
	}
	c := &htmlCell{c: &container{}, rowspan: span(attrs["rowspan"], maxRowspan), colspan: span(attrs["colspan"], maxColspan)}
	last := len(t.rows) - 1
	t.rows[last] = append(t.rows[last], c)
	t.cell = c
	b.cur = c.c
}

func span(v string, limit int) int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, limit)
}

// closeTable ends the innermost table and puts it, or the paragraphs in
// it when it is a layout table, into its parent.
func (b *htmlBuilder) closeTable(line int) {
	t := b.tables[len(b.tables)-1]
	b.tables = b.tables[:len(b.tables)-1]
	parent := t.parent
	b.cur = parent
	for _, c := range []*container{t.stray, t.caption} {
		if c != nil {
			c.flush()
			parent.blocks = append(parent.blocks, c.blocks...)
		}
	}
	if table, ok := t.data(); ok {
		parent.blocks = append(parent.blocks, Block{Line: table.Rows[0].Line, Table: table, Break: true})
		return
	}
	for _, row := range t.rows {
		for _, c := range row {
			c.c.flush()
			parent.blocks = append(parent.blocks, c.c.blocks...)
		}
	}
}

// data returns the table with its spans expanded, or false when it is a
// layout table: one holding tables, prose, or a single column.
func (t *htmlTable) data() (*Table, bool) {
	if t.nested {
		return nil, false
	}
	wide := false
	texts := make([][]string, len(t.rows))
	for i, row := range t.rows {
		texts[i] = make([]string, len(row))
		for j, c := range row {
			texts[i][j] = c.c.text()
			paras := 0
			for _, b := range c.c.blocks {
				if b.Text != "" {
					paras++
				}
			}
			if len([]rune(texts[i][j])) > proseCell || paras > 4 {
				return nil, false
			}
		}
		if countCells(row) > 1 {
			wide = true
		}
	}
	if !wide {
		return nil, false
	}
	table := &Table{}
	type pending struct {
		left int
		cell Cell
	}
	var down []pending // by column: rows still covered by a rowspan from above
	total := 0
	for i, row := range t.rows {
		var out []Cell
		col := 0
		fill := func() {
			for col < len(down) && down[col].left > 0 {
				out = append(out, down[col].cell)
				down[col].left--
				col++
			}
		}
		for j, c := range row {
			fill()
			if total+len(out)+c.colspan > maxCells {
				return nil, false // spans that would multiply the page
			}
			for k := 0; k < c.colspan; k++ {
				cell := Cell{Text: texts[i][j], Copy: k > 0}
				out = append(out, cell)
				for len(down) <= col {
					down = append(down, pending{})
				}
				if c.rowspan > 1 {
					down[col] = pending{left: c.rowspan - 1, cell: Cell{Text: texts[i][j], Copy: true}}
				}
				col++
			}
		}
		fill()
		if total += len(out); total > maxCells {
			return nil, false
		}
		if len(out) == 0 || onlyEmpty(out) {
			continue
		}
		table.Rows = append(table.Rows, Row{Line: t.rowLines[i], Cells: out})
	}
	return table, len(table.Rows) > 0
}

func countCells(row []*htmlCell) int {
	n := 0
	for _, c := range row {
		n += c.colspan
	}
	return n
}

func onlyEmpty(cells []Cell) bool {
	for _, c := range cells {
		if c.Text != "" {
			return false
		}
	}
	return true
}
