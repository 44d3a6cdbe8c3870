package importer

import (
	"html"
	"regexp"
	"strings"
)

// This file turns an HTML page into lines without an HTML parser (the
// standard library has none, and the pages are Word-pasted tag soup that a
// strict parser would not help with anyway). The importer only needs the
// visible text in reading order: each block (p, div, h1…) becomes a
// paragraph, each table row a line of cells.

// blockTags break paragraphs.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "section": true, "article": true, "header": true, "footer": true,
	"blockquote": true, "pre": true, "hr": true, "dd": true, "dt": true, "dl": true, "center": true,
}

// skipTags hold no visible text.
var skipTags = []string{"script", "style", "noscript", "template", "iframe", "object", "svg", "select", "textarea"}

var spaces = regexp.MustCompile(`[\s\x{00a0}\x{3000}]+`)

type htmlBuilder struct {
	d     *doc
	para  strings.Builder
	paraN int
	depth int // table nesting
	rows  [][]string
	rowN  []int
	cell  *strings.Builder
	title *strings.Builder
}

// htmlEvent is a run of text or a tag, in document order.
type htmlEvent struct {
	text    string // raw text, for a text event
	name    string // lower-case tag name, for a tag
	closing bool
	tag     bool
	line    int
}

// htmlEvents splits a page into text and tags, dropping comments and the
// content of tags that show no text.
func htmlEvents(s string) []htmlEvent {
	lower := asciiLower(s)
	var evs []htmlEvent
	line := 1
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			evs = append(evs, htmlEvent{text: s[i : i+j], line: line})
			line += strings.Count(s[i:i+j], "\n")
			i += j
			continue
		}
		end := tagEnd(s, i)
		tag := s[i:end]
		line += strings.Count(tag, "\n")
		i = end
		if strings.HasPrefix(tag, "<!--") {
			continue
		}
		name, closing := tagName(tag)
		if !closing && contains(skipTags, name) {
			j := strings.Index(lower[i:], "</"+name)
			if j < 0 {
				j = len(s) - i
			}
			line += strings.Count(s[i:i+j], "\n")
			i += j
			continue
		}
		evs = append(evs, htmlEvent{name: name, closing: closing, tag: true, line: line})
	}
	return evs
}

// layoutTables marks the tables (by event index) that hold other tables:
// old government sites lay out a whole page in tables, and only the
// innermost ones are the report's.
func layoutTables(evs []htmlEvent) map[int]bool {
	layout := map[int]bool{}
	var open []int
	for i, e := range evs {
		switch {
		case !e.tag || e.name != "table":
		case !e.closing:
			for _, o := range open {
				layout[o] = true
			}
			open = append(open, i)
		case len(open) > 0:
			open = open[:len(open)-1]
		}
	}
	return layout
}

func htmlDoc(s string) *doc {
	b := &htmlBuilder{d: &doc{kind: htmlPage}}
	evs := htmlEvents(s)
	layout := layoutTables(evs)
	var tables []bool // open tables, true for layout ones
	line := 1
	for i, e := range evs {
		line = e.line
		if !e.tag {
			b.text(e.text, e.line)
			continue
		}
		inLayout := len(tables) > 0 && tables[len(tables)-1] && b.depth == 0
		switch {
		case e.name == "table" && !e.closing:
			tables = append(tables, layout[i])
			if layout[i] {
				b.flushPara()
				continue
			}
		case e.name == "table" && len(tables) > 0:
			isLayout := tables[len(tables)-1]
			tables = tables[:len(tables)-1]
			if isLayout {
				b.flushPara()
				continue
			}
		case inLayout && (e.name == "tr" || e.name == "td" || e.name == "th"):
			b.flushPara() // a layout cell is a block, not a cell of the report
			continue
		}
		b.tag(e.name, e.closing, e.line)
	}
	b.flushPara()
	b.flushTable(line)
	return b.d
}

// asciiLower lower-cases ASCII letters only, keeping byte offsets.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// tagEnd is the index after the tag starting at s[i], allowing ">" in
// quoted attribute values.
func tagEnd(s string, i int) int {
	if strings.HasPrefix(s[i:], "<!--") {
		if j := strings.Index(s[i+4:], "-->"); j >= 0 {
			return i + 4 + j + 3
		}
		return len(s)
	}
	var quote byte
	for j := i + 1; j < len(s); j++ {
		switch c := s[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1
		case c == '<' && j > i+1:
			return j // a stray "<" in text: the tag never closed
		}
	}
	return len(s)
}

func tagName(tag string) (name string, closing bool) {
	t := strings.TrimPrefix(tag, "<")
	if strings.HasPrefix(t, "/") {
		closing, t = true, t[1:]
	}
	n := 0
	for n < len(t) && (t[n] >= 'a' && t[n] <= 'z' || t[n] >= 'A' && t[n] <= 'Z' || t[n] >= '0' && t[n] <= '9') {
		n++
	}
	return strings.ToLower(t[:n]), closing
}

func (b *htmlBuilder) text(raw string, line int) {
	t := html.UnescapeString(raw)
	switch {
	case b.title != nil:
		b.title.WriteString(t)
	case b.cell != nil:
		b.cell.WriteString(t)
	case b.depth == 0:
		if strings.TrimSpace(t) != "" && strings.TrimSpace(b.para.String()) == "" {
			b.paraN = line
		}
		b.para.WriteString(t)
	}
}

func (b *htmlBuilder) tag(name string, closing bool, line int) {
	switch {
	case name == "title":
		if closing && b.title != nil {
			b.d.title = clean(b.title.String())
			b.title = nil
		} else if !closing && b.depth == 0 {
			b.title = &strings.Builder{}
		}
	case name == "table":
		if !closing {
			if b.depth == 0 {
				b.flushPara()
			}
			b.depth++
		} else if b.depth > 0 {
			b.depth--
			if b.depth == 0 {
				b.endCell()
				b.flushTable(line)
			}
		}
	case b.depth > 1:
		if b.cell != nil && (name == "td" || name == "th" || name == "tr" || blockTags[name]) {
			b.cell.WriteString(" ") // a nested table's cells read as text
		}
	case b.depth == 1 && name == "tr":
		b.endCell()
		if !closing {
			b.rows = append(b.rows, nil)
			b.rowN = append(b.rowN, line)
		}
	case b.depth == 1 && (name == "td" || name == "th"):
		b.endCell()
		if !closing {
			if len(b.rows) == 0 {
				b.rows, b.rowN = append(b.rows, nil), append(b.rowN, line)
			}
			b.cell = &strings.Builder{}
		}
	case b.depth == 1:
		if b.cell != nil && blockTags[name] {
			b.cell.WriteString(" ")
		}
	case blockTags[name]:
		b.flushPara()
	}
}

func (b *htmlBuilder) endCell() {
	if b.cell == nil {
		return
	}
	r := len(b.rows) - 1
	b.rows[r] = append(b.rows[r], clean(b.cell.String()))
	b.cell = nil
}

func (b *htmlBuilder) flushPara() {
	t := clean(b.para.String())
	b.para.Reset()
	if t == "" {
		return
	}
	b.d.lines = append(b.d.lines, srcLine{text: t, n: b.paraN}, srcLine{n: b.paraN})
}

// flushTable writes the table's rows as lines. In a row that holds
// numbers an empty cell is a blank cell of the report and is written as
// "/"; elsewhere it is only layout.
func (b *htmlBuilder) flushTable(line int) {
	for i, row := range b.rows {
		numeric := false
		for _, c := range row {
			if c != "" && strings.Trim(c, "0123456789.,") == "" {
				numeric = true
			}
		}
		var cells []string
		for _, c := range row {
			if c == "" {
				if !numeric {
					continue
				}
				c = "/"
			}
			cells = append(cells, c)
		}
		if len(cells) > 0 {
			b.d.lines = append(b.d.lines, srcLine{text: strings.Join(cells, "  "), n: b.rowN[i]})
		}
	}
	if len(b.rows) > 0 {
		b.d.lines = append(b.d.lines, srcLine{n: line})
	}
	b.rows, b.rowN = nil, nil
}

// clean collapses whitespace as a browser shows it.
func clean(s string) string {
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
