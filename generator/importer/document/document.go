// Package document is the one model every input kind is read into before
// the importer looks for the report in it: paragraphs and tables in
// reading order, each with the line of the input it came from. An
// extractor per input kind fills it (HTML, Word, PDF via pdftotext, plain
// text); the importer then finds the title, the sections and the three
// tables in it the same way whatever the input was.
package document

import "strings"

// Document is an input read into paragraphs and tables.
type Document struct {
	// Title is what the input says its title is apart from its text: a
	// web page's <title>, a Word document's title property.
	Title string
	// Fields are labelled values printed outside the text: a web page's
	// <meta name="PubDate">, a saved copy's "# source:" line.
	Fields []Field
	Blocks []Block
	// Layout is set when text keeps the printed columns (pdftotext
	// -layout): a short row's numbers can then be placed by the columns
	// of the rows around it.
	Layout bool
	// Links are the attachments a web page links to (.pdf, .docx…): where
	// the report is when the page holds only its title.
	Links []string
	// Notes say what the extractor did that the user should know.
	Notes []string
}

// Field is a labelled value such as Name "PubDate", Value "2022-02-08".
type Field struct {
	Name, Value string
	Line        int
}

// Block is a paragraph (or one printed line of text input) or a table.
type Block struct {
	Line  int    // line in the input (1-based); for Word, the paragraph's number
	Text  string // the paragraph; empty for a table
	Table *Table
	// Break is set when a new paragraph starts here. Text input gives one
	// block per printed line, and a paragraph wrapped over several lines
	// continues until the next Break.
	Break bool
	// Heading is set when the input marks the block as a heading (h1–h6,
	// a Word heading style, a Markdown "#").
	Heading bool
}

// Table is a table with merged cells expanded: a cell spanning two
// columns or rows appears in each, the copies marked.
type Table struct {
	Rows []Row
}

// Row is one row of a table.
type Row struct {
	Line  int
	Cells []Cell
}

// Cell is one cell's text, with whitespace collapsed.
type Cell struct {
	Text string
	Copy bool // repeated from a cell merged across rows or columns
}

// Texts returns the row's cell texts.
func (r Row) Texts() []string {
	out := make([]string, len(r.Cells))
	for i, c := range r.Cells {
		out[i] = c.Text
	}
	return out
}

// Field returns the value of the first field of that name (compared
// without case), or "".
func (d *Document) Field(name string) string {
	for _, f := range d.Fields {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// HasText reports whether the document holds any text at all.
func (d *Document) HasText() bool {
	for _, b := range d.Blocks {
		if strings.TrimSpace(b.Text) != "" || b.Table != nil && len(b.Table.Rows) > 0 {
			return true
		}
	}
	return false
}

// cellText is the text of a table cell holding blocks: its paragraphs,
// and the rows of a table in it, as one line.
func cellText(blocks []Block) string {
	var parts []string
	for _, b := range blocks {
		if b.Table != nil {
			for _, r := range b.Table.Rows {
				parts = append(parts, strings.Join(r.Texts(), " "))
			}
			continue
		}
		parts = append(parts, b.Text)
	}
	return Collapse(strings.Join(parts, " "))
}

// Collapse makes runs of whitespace (no-break and ideographic spaces
// included) one space and trims the ends, as a browser shows text; a
// run holding a line break between two Chinese characters, which only
// the wrapping of the source put there, is dropped.
func Collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending, wrapped := false, false
	var last rune
	for _, c := range s {
		if isSpace(c) {
			pending = b.Len() > 0
			wrapped = wrapped || c == '\n' || c == '\r'
			continue
		}
		if pending && !(wrapped && wide(last) && wide(c)) {
			b.WriteByte(' ')
		}
		pending, wrapped = false, false
		b.WriteRune(c)
		last = c
	}
	return b.String()
}

func isSpace(c rune) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u3000', '\u2002', '\u2003', '\u2009', '\u200b', '\ufeff':
		return true
	}
	return false
}

// wide reports whether c is a Chinese character or full-width
// punctuation, between which Chinese puts no spaces.
func wide(c rune) bool {
	return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFF60 || c >= 0x3000 && c <= 0x303F || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…'
}
