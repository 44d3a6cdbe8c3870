package sitetest

import (
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// Figure is a data cell of a table with the text of every header cell
// that the HTML standard's algorithm for assigning header cells gives it:
// what a screen reader announces with the figure.
type Figure struct {
	Text    string
	Headers []string // sorted
}

// Figures reads the table with the given id from page and resolves the
// header cells of each of its data cells, from headers="…" where a cell
// has it, otherwise from scope: row headers to its left, column headers
// above it, row-group headers of its tbody and column-group headers of
// its <colgroup>. It covers the markup gongkai writes (every th has
// scope or is named by headers), not every table the standard allows.
func Figures(t testing.TB, page, tableID string) []Figure {
	t.Helper()
	start := strings.Index(page, `<table id="`+tableID+`"`)
	if start < 0 {
		t.Fatalf("no table with id %q", tableID)
	}
	end := strings.Index(page[start:], "</table>")
	if end < 0 {
		t.Fatalf("table %q is not closed", tableID)
	}
	g := parseGrid(page[start : start+end])
	var out []Figure
	for _, c := range g.cells {
		if c.header {
			continue
		}
		out = append(out, Figure{Text: c.text, Headers: g.headersOf(c)})
	}
	return out
}

// FigureWith is the text of the one figure of the table whose headers are
// exactly the given texts, in any order.
func FigureWith(t testing.TB, page, tableID string, headers ...string) string {
	t.Helper()
	want := append([]string(nil), headers...)
	sort.Strings(want)
	var found []string
	for _, f := range Figures(t, page, tableID) {
		if strings.Join(f.Headers, "\x00") == strings.Join(want, "\x00") {
			found = append(found, f.Text)
		}
	}
	if len(found) != 1 {
		t.Fatalf("table %s: %d figures under %q, want 1", tableID, len(found), headers)
	}
	return found[0]
}

type gridCell struct {
	header         bool
	id, scope      string
	headers        []string
	text           string
	x, y, w, h     int
	group          int // index of the row group (thead, tbody) it is in
	columnGroupIdx int // the <colgroup> its anchor column is in, or -1
}

type grid struct {
	cells     []*gridCell
	colGroups [][2]int // [first column, past the last]
}

var (
	tableToken = regexp.MustCompile(`(?s)<colgroup(?: span="(\d+)")?>|</colgroup>|<col>|<(thead|tbody)>|<tr>|<(th|td)((?:\s[^>]*)?)>(.*?)</(?:th|td)>`)
	attrRe     = regexp.MustCompile(`([a-z]+)="([^"]*)"`)
	hiddenRe   = regexp.MustCompile(`(?s)<span aria-hidden="true">.*?</span>`)
	tagRe      = regexp.MustCompile(`<[^>]*>`)
)

func parseGrid(table string) *grid {
	g := &grid{}
	// Column groups as an HTML parser builds them: <colgroup span="n">;
	// or <colgroup> holding <col>s (span 1 when it holds none); or a <col>
	// with no <colgroup> before it, which opens an implied one (the
	// minifier leaves out that start tag, and the end tags).
	var spans []int
	open := -1 // index in spans of the column group that takes <col>s
	closeGroup := func() {
		if open >= 0 && spans[open] == 0 {
			spans[open] = 1
		}
		open = -1
	}
	finishColumns := func() {
		closeGroup()
		if g.colGroups != nil || spans == nil {
			return
		}
		cols := 0
		for _, n := range spans {
			g.colGroups = append(g.colGroups, [2]int{cols, cols + n})
			cols += n
		}
	}
	group, y := -1, -1
	taken := map[[2]int]bool{}
	for _, m := range tableToken.FindAllStringSubmatch(table, -1) {
		switch {
		case strings.HasPrefix(m[0], "<colgroup"):
			closeGroup()
			if m[1] != "" {
				n, _ := strconv.Atoi(m[1])
				spans = append(spans, n)
			} else {
				spans = append(spans, 0)
				open = len(spans) - 1
			}
		case m[0] == "</colgroup>":
			closeGroup()
		case m[0] == "<col>":
			if open < 0 {
				spans = append(spans, 0)
				open = len(spans) - 1
			}
			spans[open]++
		case m[2] != "":
			finishColumns()
			group++
		case m[0] == "<tr>":
			finishColumns()
			y++
		default:
			c := &gridCell{header: m[3] == "th", y: y, w: 1, h: 1, group: group, columnGroupIdx: -1}
			for _, a := range attrRe.FindAllStringSubmatch(m[4], -1) {
				switch a[1] {
				case "id":
					c.id = a[2]
				case "scope":
					c.scope = a[2]
				case "headers":
					c.headers = strings.Fields(a[2])
				case "rowspan":
					c.h, _ = strconv.Atoi(a[2])
				case "colspan":
					c.w, _ = strconv.Atoi(a[2])
				}
			}
			c.text = strings.TrimSpace(html.UnescapeString(tagRe.ReplaceAllString(hiddenRe.ReplaceAllString(m[5], ""), "")))
			for taken[[2]int{c.x, y}] {
				c.x++
			}
			for dy := 0; dy < c.h; dy++ {
				for dx := 0; dx < c.w; dx++ {
					taken[[2]int{c.x + dx, y + dy}] = true
				}
			}
			for i, cg := range g.colGroups {
				if c.x >= cg[0] && c.x < cg[1] {
					c.columnGroupIdx = i
				}
			}
			g.cells = append(g.cells, c)
		}
	}
	return g
}

func (g *grid) headersOf(c *gridCell) []string {
	var hs []string
	if c.headers != nil {
		for _, id := range c.headers {
			for _, h := range g.cells {
				if h.header && h.id == id {
					hs = append(hs, h.text)
				}
			}
		}
	} else {
		for _, h := range g.cells {
			if !h.header {
				continue
			}
			rowsOverlap := h.y <= c.y && c.y < h.y+h.h
			colsOverlap := h.x <= c.x && c.x < h.x+h.w
			switch {
			case h.scope == "row" && rowsOverlap && h.x < c.x,
				h.scope == "col" && colsOverlap && h.y < c.y,
				h.scope == "rowgroup" && h.group == c.group && h.y <= c.y && h.x < c.x,
				h.scope == "colgroup" && h.columnGroupIdx >= 0 && h.columnGroupIdx == c.columnGroupIdx && h.y < c.y:
				hs = append(hs, h.text)
			}
		}
	}
	sort.Strings(hs)
	return hs
}
