package document

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Text reads plain text as people make it: pdftotext output (layout set
// when it kept the columns), a browser's copy of a page (table cells
// separated by tabs, a blank cell an empty field), crawler text with the
// cells of a table run together, text with Markdown pipe tables. Lines
// of cells (tabs or pipes) become tables; every other line is a block of
// its own, Break marking where a paragraph starts. Page numbers and
// running heads between pages are dropped.
func Text(s string, layout bool) *Document {
	d := &Document{Layout: layout}
	lines := strings.Split(s, "\n")
	if len(lines) > 0 && strings.HasPrefix(lines[0], "# source:") {
		d.Fields = append(d.Fields, Field{Name: "source", Value: strings.TrimSpace(strings.TrimPrefix(lines[0], "# source:")), Line: 1})
		lines[0] = ""
	}
	drop := pageFurniture(lines)
	var table *Table
	blank := true
	endTable := func() {
		if table != nil && len(table.Rows) > 0 {
			d.Blocks = append(d.Blocks, Block{Line: table.Rows[0].Line, Table: table, Break: true})
		}
		table = nil
	}
	for i, l := range lines {
		n := i + 1
		if drop[i] {
			continue
		}
		l = strings.ReplaceAll(l, "\f", "")
		// A browser's copy ends a row whose last cells are empty with
		// tabs: they are cells, so the line is split before it is trimmed.
		if cells, ok := rowCells(strings.TrimRight(l, " \u3000")); ok {
			if cells == nil {
				continue // a |---| separator
			}
			if table == nil {
				table = &Table{}
			}
			table.Rows = append(table.Rows, Row{Line: n, Cells: cells})
			blank = false
			continue
		}
		l = strings.TrimRight(l, " \t\u3000")
		if table != nil {
			endTable()
			blank = true
		}
		if strings.TrimSpace(l) == "" {
			blank = true
			continue
		}
		b := Block{Line: n, Text: l, Break: blank || indented(l)}
		if h := markdownHeading.FindStringIndex(l); h != nil {
			b.Text, b.Heading, b.Break = l[h[1]:], true, true
		}
		d.Blocks = append(d.Blocks, b)
		blank = false
	}
	endTable()
	return d
}

// markdownHeading is "## " at the start of a line of Markdown text.
var markdownHeading = regexp.MustCompile(`^#{1,6}\s+`)

func indented(l string) bool {
	return strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "\u3000") || strings.HasPrefix(l, "\t")
}

// rowCells splits a line of cells: a Markdown pipe row ("| a | b |") or
// a browser's copy of a table row ("a\tb\t\tc"). A separator row
// ("|---|:--|") gives ok with no cells.
func rowCells(l string) ([]Cell, bool) {
	t := strings.TrimSpace(l)
	switch {
	// "| a | b |" as Markdown writes it, or "a | b | c" as some tools save
	// rows (an empty cell between two bars is a blank cell).
	case strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 2, strings.Count(t, " | ") >= 2:
		// Markdown closes a row with a bar; "a | b | " ends with an empty
		// cell.
		if strings.HasPrefix(t, "|") {
			t = strings.TrimSuffix(t[1:], "|")
		}
		parts := strings.Split(t, "|")
		sep := true
		for _, p := range parts {
			if !pipeSeparator.MatchString(strings.TrimSpace(p)) {
				sep = false
			}
		}
		if sep {
			return nil, true
		}
		return cellsOf(parts), true
	case strings.Contains(l, "\t") && strings.TrimSpace(strings.ReplaceAll(l, "\t", "")) != "":
		return cellsOf(strings.Split(strings.TrimLeft(l, " "), "\t")), true
	}
	return nil, false
}

var pipeSeparator = regexp.MustCompile(`^:?-{2,}:?$`)

func cellsOf(parts []string) []Cell {
	cells := make([]Cell, len(parts))
	for i, p := range parts {
		cells[i] = Cell{Text: Collapse(p)}
	}
	return cells
}

// Page furniture: what a printed page puts around the report's text.
var (
	// decoratedPageNumber is a page number printed with its decoration
	// ("— 4 —", "- 4 -", "第 4 页", "第4页 共9页", "4/9", "Page 4"):
	// dropped wherever it stands.
	decoratedPageNumber = regexp.MustCompile(`^\s*(?:[-－—–―]+\s*\d{1,3}\s*[-－—–―]+|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}|(?i:page)\s*\d{1,3}(?:\s*(?i:of)\s*\d{1,3})?)\s*$`)
	// barePageNumber is a number alone on a line: a page number only
	// next to a page break, since a wrapped table cell looks the same.
	barePageNumber = regexp.MustCompile(`^\s*\d{1,3}\s*$`)
)

// IsPageNumber reports whether a line is a page number printed with its
// decoration ("— 4 —", "第 4 页"): furniture wherever it stands, in text
// pasted into Word or a page as much as in PDF text.
func IsPageNumber(line string) bool { return decoratedPageNumber.MatchString(line) }

// pageFurniture marks the lines to drop: decorated page numbers
// anywhere; bare page numbers as the first or last line of a page (pages
// are separated by form feeds, as pdftotext writes them); and running
// heads, a line that starts or ends at least two pages in the same words.
func pageFurniture(lines []string) []bool {
	drop := make([]bool, len(lines))
	for i, l := range lines {
		if decoratedPageNumber.MatchString(strings.ReplaceAll(l, "\f", "")) {
			drop[i] = true
		}
	}
	// Pages: pdftotext starts each page after the first with a form feed.
	type page struct{ first, last int }
	var pages []page
	start := 0
	for i, l := range lines {
		if strings.Contains(l, "\f") && i > start {
			pages = append(pages, page{start, i - 1})
			start = i
		}
	}
	if len(pages) == 0 {
		return joinAround(lines, drop)
	}
	pages = append(pages, page{start, len(lines) - 1})
	// edge is the first non-blank line from from towards to; with
	// skipDropped, the first one not dropped already.
	edge := func(from, to, step int, skipDropped bool) int {
		for i := from; i != to+step && i >= 0 && i < len(lines); i += step {
			if strings.TrimSpace(strings.ReplaceAll(lines[i], "\f", "")) != "" && !(skipDropped && drop[i]) {
				return i
			}
		}
		return -1
	}
	heads := map[string][]int{}
	for k, p := range pages {
		// A page has one page number: a bare number counts as one only
		// where no decorated one stands.
		for _, i := range []int{edge(p.first, p.last, 1, false), edge(p.last, p.first, -1, false)} {
			// The first page's first line is the report's own title.
			if i >= 0 && !drop[i] && !(k == 0 && i == p.first) && barePageNumber.MatchString(strings.ReplaceAll(lines[i], "\f", "")) {
				drop[i] = true
			}
		}
		first, last := edge(p.first, p.last, 1, true), edge(p.last, p.first, -1, true)
		for _, i := range []int{first, last} {
			if i < 0 {
				continue
			}
			t := strings.TrimSpace(strings.ReplaceAll(lines[i], "\f", ""))
			if runningHead(t) {
				key := strings.Join(strings.Fields(t), "")
				heads[key] = append(heads[key], i)
			}
		}
	}
	for _, at := range heads { // a map, but each entry is decided alone
		if len(at) >= 2 {
			// The first occurrence may be the title the running head
			// repeats; keep it.
			for _, i := range at[1:] {
				drop[i] = true
			}
		}
	}
	return joinAround(lines, drop)
}

// joinAround drops the blank lines around dropped ones too, so that a
// paragraph broken by a page end joins up again.
func joinAround(lines []string, drop []bool) []bool {
	blank := func(i int) bool { return strings.TrimSpace(strings.ReplaceAll(lines[i], "\f", "")) == "" }
	out := append([]bool(nil), drop...)
	for i := range lines {
		if !drop[i] {
			continue
		}
		for j := i - 1; j >= 0 && blank(j) && !drop[j]; j-- {
			out[j] = true
		}
		for j := i + 1; j < len(lines) && blank(j) && !drop[j]; j++ {
			out[j] = true
		}
	}
	return out
}

// runningHead reports whether a line at a page's edge can be a running
// head: words, at most one number in them (a year). A table row repeated
// at the top of two pages ("0 0 0 0 0 0 0") is data, never a head.
func runningHead(t string) bool {
	if utf8.RuneCountInString(t) < 4 {
		return false
	}
	return len(numberRun.FindAllString(t, -1)) <= 1
}

var numberRun = regexp.MustCompile(`[0-9]+`)
