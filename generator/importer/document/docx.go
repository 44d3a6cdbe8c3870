package document

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// DOCX reads a Word document (Office Open XML): its paragraphs in order
// and its tables as tables, with w:gridSpan and w:vMerge expanded the way
// they print. Deleted text (tracked changes), field codes and the
// fallback copies of text boxes are left out. Only word/document.xml and
// docProps/core.xml are read, each at most maxPart bytes uncompressed,
// so that a crafted archive cannot exhaust memory.
func DOCX(r io.ReaderAt, size int64) (*Document, error) {
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("Word 文档无法打开（%v）；请用 Word 或 WPS 打开后重新保存为 .docx", err)
	}
	var body, core *zip.File
	for _, f := range z.File {
		switch f.Name {
		case "word/document.xml":
			body = f
		case "docProps/core.xml":
			core = f
		}
	}
	if body == nil {
		return nil, errors.New("Word 文档中没有正文（word/document.xml）；请用 Word 或 WPS 打开后重新保存为 .docx")
	}
	d := &Document{}
	if core != nil {
		if t, err := coreTitle(core); err == nil {
			d.Title = t
		}
	}
	rc, err := body.Open()
	if err != nil {
		return nil, fmt.Errorf("Word 文档正文无法读取（%v）", err)
	}
	defer rc.Close()
	w := &wordReader{d: d, root: &wordContainer{}}
	if err := w.read(&limitedReader{r: rc, left: maxPart}); err != nil {
		return nil, err
	}
	d.Blocks = w.root.blocks
	return d, nil
}

// maxPart bounds an uncompressed part of a Word document. A report's
// document.xml is a few hundred kilobytes.
const maxPart = 4 << 20

type limitedReader struct {
	r    io.Reader
	left int64
}

var errPartTooLarge = fmt.Errorf("Word 文档的正文解压后超过 %d MiB，不像一份年度报告（报告的正文通常只有几百 KB）", maxPart>>20)

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, errPartTooLarge
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

func coreTitle(f *zip.File) (string, error) {
	rc, err := f.Open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	dec := xml.NewDecoder(&limitedReader{r: rc, left: 1 << 20})
	inTitle := false
	var b strings.Builder
	for {
		tok, err := dec.Token()
		if err != nil {
			return Collapse(b.String()), nil
		}
		switch t := tok.(type) {
		case xml.StartElement:
			inTitle = t.Name.Local == "title"
		case xml.EndElement:
			if inTitle {
				return Collapse(b.String()), nil
			}
		case xml.CharData:
			if inTitle {
				b.Write(t)
			}
		}
	}
}

// wordContainer collects blocks: the body, or one table cell.
type wordContainer struct {
	blocks []Block
}

func (c *wordContainer) text() string { return cellText(c.blocks) }

// wordCell is a cell as written in the XML, before merges are expanded.
type wordCell struct {
	c      *wordContainer
	span   int    // w:gridSpan
	vMerge string // "restart", "continue", or "" when not merged down
	hMerge string // the legacy horizontal merge: "restart", "continue" or ""
}

type wordTable struct {
	parent *wordContainer
	rows   [][]*wordCell
	lines  []int
	before []int // w:gridBefore of each row: grid columns left empty
	cell   *wordCell
	nested bool
}

type wordReader struct {
	d      *Document
	root   *wordContainer
	tables []*wordTable
	// para is the paragraph being read, nil outside w:p.
	para    *strings.Builder
	paraN   int
	heading bool
	// skip counts the open elements of a part whose text is not shown:
	// deleted text, field instructions, the fallback copy of an
	// alternate content block (a text box is written twice).
	skip    int
	skipTag string
	inText  bool // inside w:t
	ignored int  // tables nested past maxTables
}

func (w *wordReader) table() *wordTable {
	if n := len(w.tables); n > 0 {
		return w.tables[n-1]
	}
	return nil
}

func (w *wordReader) cur() *wordContainer {
	if t := w.table(); t != nil && t.cell != nil {
		return t.cell.c
	}
	if t := w.table(); t != nil {
		return t.parent // text outside a cell: shown before the table
	}
	return w.root
}

func (w *wordReader) read(r io.Reader) error {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, errPartTooLarge) {
				return err
			}
			return fmt.Errorf("Word 文档正文格式有误（%v）；请用 Word 或 WPS 打开后重新保存为 .docx", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			w.start(t)
		case xml.EndElement:
			w.end(t.Name.Local)
		case xml.CharData:
			if w.inText && w.skip == 0 && w.para != nil {
				w.para.Write(t)
			}
		}
	}
	w.flushPara()
	for len(w.tables) > 0 {
		w.closeTable()
	}
	return nil
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (w *wordReader) start(t xml.StartElement) {
	name := t.Name.Local
	if w.skip > 0 {
		if name == w.skipTag {
			w.skip++
		}
		return
	}
	switch name {
	case "del", "delText", "instrText", "Fallback", "footnoteReference", "commentReference", "moveFrom":
		w.skip, w.skipTag = 1, name
	case "p":
		w.flushPara()
		w.para = &strings.Builder{}
		w.paraN++
		w.heading = false
	case "pStyle":
		v := strings.ToLower(attr(t, "val"))
		w.heading = strings.HasPrefix(v, "heading") || strings.HasPrefix(v, "title") || strings.Contains(v, "标题")
	case "t":
		w.inText = true
	case "tab", "ptab":
		if w.para != nil {
			w.para.WriteString(" ")
		}
	case "br", "cr":
		if w.para != nil {
			w.para.WriteString("\n")
		}
	case "noBreakHyphen":
		if w.para != nil {
			w.para.WriteString("-")
		}
	case "tbl":
		if len(w.tables) >= maxTables {
			w.ignored++
			return
		}
		w.flushPara()
		if p := w.table(); p != nil {
			p.nested = true
		}
		w.tables = append(w.tables, &wordTable{parent: w.cur()})
	case "tr":
		if tb := w.table(); tb != nil {
			tb.rows, tb.lines, tb.before = append(tb.rows, nil), append(tb.lines, w.paraN+1), append(tb.before, 0)
			tb.cell = nil
		}
	case "gridBefore":
		if tb := w.table(); tb != nil && len(tb.before) > 0 {
			n, _ := strconv.Atoi(attr(t, "val"))
			tb.before[len(tb.before)-1] = min(max(n, 0), maxColspan)
		}
	case "tc":
		if tb := w.table(); tb != nil {
			w.flushPara()
			if len(tb.rows) == 0 {
				tb.rows, tb.lines, tb.before = append(tb.rows, nil), append(tb.lines, w.paraN+1), append(tb.before, 0)
			}
			c := &wordCell{c: &wordContainer{}, span: 1}
			tb.rows[len(tb.rows)-1] = append(tb.rows[len(tb.rows)-1], c)
			tb.cell = c
		}
	case "gridSpan":
		if c := w.openCell(); c != nil {
			n, _ := strconv.Atoi(attr(t, "val"))
			c.span = min(max(n, 1), maxColspan)
		}
	case "vMerge", "hMerge":
		if c := w.openCell(); c != nil {
			v := attr(t, "val")
			if v == "" {
				v = "continue" // <w:vMerge/> continues the merge above
			}
			if name == "vMerge" {
				c.vMerge = v
			} else {
				c.hMerge = v
			}
		}
	}
}

func (w *wordReader) openCell() *wordCell {
	if tb := w.table(); tb != nil {
		return tb.cell
	}
	return nil
}

func (w *wordReader) end(name string) {
	if w.skip > 0 {
		if name == w.skipTag {
			w.skip--
		}
		return
	}
	switch name {
	case "t":
		w.inText = false
	case "p":
		w.flushPara()
	case "tc":
		w.flushPara()
		if tb := w.table(); tb != nil {
			tb.cell = nil
		}
	case "tbl":
		if w.ignored > 0 {
			w.ignored--
			return
		}
		if w.table() != nil {
			w.flushPara()
			w.closeTable()
		}
	}
}

// flushPara ends the paragraph being read. A line break inside it (w:br)
// starts a new block, as it starts a new printed line.
func (w *wordReader) flushPara() {
	if w.para == nil {
		return
	}
	c := w.cur()
	for _, part := range strings.Split(w.para.String(), "\n") {
		if t := Collapse(part); t != "" {
			c.blocks = append(c.blocks, Block{Line: w.paraN, Text: t, Break: true, Heading: w.heading})
		}
	}
	w.para = nil
}

// closeTable ends the innermost table and puts it into its parent: as a
// table with merges expanded, or, for a table holding tables (a page laid
// out in a table), as the paragraphs in it.
func (w *wordReader) closeTable() {
	tb := w.table()
	w.tables = w.tables[:len(w.tables)-1]
	if table, ok := tb.expand(); ok && !tb.nested {
		tb.parent.blocks = append(tb.parent.blocks, Block{Line: table.Rows[0].Line, Table: table, Break: true})
		return
	}
	for _, row := range tb.rows {
		for _, c := range row {
			tb.parent.blocks = append(tb.parent.blocks, c.c.blocks...)
		}
	}
}

// expand lays the cells out on the table's grid. A cell continuing a
// vertical merge takes the text of the cell it continues, marked a copy;
// a cell spanning grid columns appears in each.
func (tb *wordTable) expand() (*Table, bool) {
	table := &Table{}
	var above []Cell // by grid column: the cell last written there
	total := 0
	for i, row := range tb.rows {
		var out []Cell
		for k := 0; k < tb.before[i]; k++ {
			out = append(out, Cell{})
		}
		for _, c := range row {
			text := c.c.text()
			cell := Cell{Text: text}
			switch {
			case c.vMerge == "continue":
				if col := len(out); col < len(above) {
					cell = Cell{Text: above[col].Text, Copy: true}
				}
			case c.hMerge == "continue" && len(out) > 0:
				cell = Cell{Text: out[len(out)-1].Text, Copy: true}
			}
			if total+len(out)+c.span > maxCells {
				return nil, false // spans that would multiply the document
			}
			for k := 0; k < c.span; k++ {
				if k > 0 {
					cell.Copy = true
				}
				out = append(out, cell)
			}
		}
		for len(above) < len(out) {
			above = append(above, Cell{})
		}
		copy(above, out)
		if total += len(out); total > maxCells {
			return nil, false
		}
		if len(out) > 0 && !onlyEmpty(out) {
			table.Rows = append(table.Rows, Row{Line: tb.lines[i], Cells: out})
		}
	}
	return table, len(table.Rows) > 0
}
