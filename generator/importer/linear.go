package importer

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/importer/document"
	"github.com/gongkai/gongkai/generator/importer/vocab"
)

// flow is how a document's text runs, which decides how paragraphs and
// cells are told apart.
type flow int

const (
	// printedLines is text with one printed line per line (pdftotext, a
	// browser's copy, OCR): a paragraph is wrapped over lines and ends at
	// a blank line or an indent.
	printedLines flow = iota
	// runTogether is a page's visible text with paragraphs run together
	// and a table's cells run together ("640020470"): paragraphs are told
	// apart by sentence ends, cells by the table's sum rules.
	runTogether
	// paragraphs is a document of paragraph blocks (HTML, Word).
	paragraphs
)

// srcLine is one line of the linearized document and its line in the
// input file.
type srcLine struct {
	text string
	n    int
	// cells are the byte ranges of a table row's cells in text; empty
	// marks a cell the table left empty (written "/" in text).
	cells []cellRange
	// notes are what was left out of a cell's text: "（其中修订16件）".
	notes []string
}

// cellRange is where a table cell's figure stands in a row's line. A
// bad cell is one where a figure belongs but what is printed is no
// figure ("约4529", "4529+1"): it must be reported, never read in part.
type cellRange struct {
	start, end int
	empty, bad bool
}

// doc is a document linearized for reading: its lines in order, a table
// row as one line of cells.
type doc struct {
	flow   flow
	lines  []srcLine
	layout bool
	src    *document.Document
	// notes say what was left out of table cells ("22（其中修订16件）"
	// read as 22).
	notes []string
}

// linearize lays the document out as lines: paragraphs separated by a
// blank line, each table row a line of its cells separated by tabs, a
// cell a table left empty written "/" and marked.
func linearize(d *document.Document, blocks bool) *doc {
	out := &doc{flow: printedLines, layout: d.Layout, src: d}
	if blocks {
		out.flow = paragraphs
	}
	longest := 0
	for _, b := range d.Blocks {
		if b.Table != nil {
			out.blank(b.Line)
			for _, r := range b.Table.Rows {
				if l, ok := rowLine(r); ok {
					out.lines = append(out.lines, l)
					for _, n := range l.notes {
						out.notes = append(out.notes, fmt.Sprintf("第 %d 行的表格单元格：%s", r.Line, n))
					}
				}
			}
			out.blank(b.Line)
			continue
		}
		if document.IsPageNumber(b.Text) {
			continue
		}
		if blocks || b.Break {
			out.blank(b.Line)
		}
		out.lines = append(out.lines, srcLine{text: b.Text, n: b.Line})
		longest = max(longest, utf8.RuneCountInString(b.Text))
	}
	if !blocks && longest > runTogetherLine {
		out.flow = runTogether
	}
	// Printed lines keep their columns unless a tool removed them;
	// placeBlanks looks at the columns before it trusts them.
	out.layout = out.layout || out.flow == printedLines
	return out
}

// runTogetherLine is the length past which a line of text is a page's
// paragraphs run together: printed lines are at most a hundred or so.
const runTogetherLine = 400

func (d *doc) blank(n int) {
	if len(d.lines) > 0 && d.lines[len(d.lines)-1].text != "" {
		d.lines = append(d.lines, srcLine{n: n})
	}
}

// rowLine writes a table row as a line: its label cells, then its value
// cells one each. Copies of a merged value cell are left out (a figure
// spanning three columns is one figure); a row of headings a tool made
// up is left out altogether.
func rowLine(r document.Row) (srcLine, bool) {
	var made, filled int
	for _, c := range r.Cells {
		if c.Text != "" {
			filled++
			if vocab.Default.IsMadeUpHeader(c.Text) {
				made++
			}
		}
	}
	if filled == 0 || made*2 >= filled {
		return srcLine{}, false
	}
	type cell struct {
		text       string
		empty, bad bool
		value      bool
		note       string
	}
	var cells []cell
	values := false
	for _, c := range r.Cells {
		v, note, isValue := cellValue(c.Text)
		if note != "" && !strings.HasPrefix(note, "原文") {
			note = "“" + c.Text + "”取 " + v + "，括号中是注释"
		}
		if c.Copy && isValue {
			continue
		}
		if c.Copy && len(cells) > 0 && cells[len(cells)-1].text == c.Text {
			continue // a label merged across columns: once is enough
		}
		bad := !isValue && len(cells) > 0 && (values || figureLike(c.Text))
		bad = bad && strings.ContainsAny(vocab.Fold(c.Text), "0123456789")
		values = values || isValue
		cells = append(cells, cell{text: v, empty: c.Text == "", value: isValue || bad, bad: bad, note: note})
	}
	// Cells before the first label are a gap in the grid, not blanks; so
	// are the empty cells around a lone figure ("\t0\t": a cell of several
	// paragraphs that a browser's copy spread over lines).
	for len(cells) > 0 && cells[0].empty {
		cells = cells[1:]
	}
	figures, labels := 0, 0
	for _, c := range cells {
		switch {
		case !c.value:
			labels++
		case !c.empty:
			figures++
		}
	}
	for labels == 0 && figures == 1 && len(cells) > 0 && cells[len(cells)-1].empty {
		cells = cells[:len(cells)-1]
	}
	l := srcLine{n: r.Line}
	var b strings.Builder
	for i, c := range cells {
		if i > 0 {
			b.WriteString("\t")
		}
		text := c.text
		if c.empty {
			text = "/"
		}
		start := b.Len()
		b.WriteString(text)
		if c.value {
			l.cells = append(l.cells, cellRange{start: start, end: b.Len(), empty: c.empty, bad: c.bad})
		}
		if c.note != "" {
			l.notes = append(l.notes, c.note)
		}
	}
	l.text = b.String()
	return l, true
}

// figureCell is a cell holding one figure as printed: the number, its
// unit, and a note in brackets ("22（其中修订16件）", "0件", "5949.08万元").
var figureCell = regexp.MustCompile(`^(-?[0-9０-９][0-9０-９,，.．]*)\s*(?:人次|万元|件|个|项|宗|条|次|元)?\s*([（(][^（()）]*[）)])?$`)

// figureLike reports whether a cell's text is mostly a figure with
// something else printed with it ("约4529", "4529+1"): digits left once its
// numbering is taken off ("2.其他法律…" is a label), and few other signs.
func figureLike(text string) bool {
	core := vocab.Core(text)
	digits, other := 0, 0
	for _, c := range core {
		if c >= '0' && c <= '9' {
			digits++
		} else {
			other++
		}
	}
	return digits > 0 && other <= 4
}

// ocrDigits are letters text recognition puts for a digit alone in a
// table cell; in a cell of their own they can be nothing else.
var ocrDigits = map[string]string{"O": "0", "o": "0", "〇": "0", "○": "0", "Ｏ": "0", "l": "1", "I": "1"}

// cellValue reads a table cell: a figure (without unit or note), a blank
// mark, an empty cell, or a label. isValue is false for labels.
func cellValue(text string) (value, note string, isValue bool) {
	t := strings.TrimSpace(text)
	if t == "" {
		return "", "", true
	}
	if d, ok := ocrDigits[t]; ok {
		return d, "原文“" + t + "”读作 " + d, true
	}
	if isBlankText(t) {
		return "/", "", true
	}
	if m := figureCell.FindStringSubmatch(t); m != nil {
		return m[1], m[2], true
	}
	return t, "", false
}

// isBlankText reports whether a cell's whole text is a mark for blank.
func isBlankText(t string) bool {
	for _, b := range vocab.Default.Blank {
		if t == b {
			return true
		}
	}
	return false
}
