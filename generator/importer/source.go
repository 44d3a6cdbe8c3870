package importer

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"
)

// kind is how the published text came to us; it decides how cells and
// paragraphs are told apart.
type kind int

const (
	// pdfText is text extracted from a PDF: one printed line per line,
	// cells separated by spaces, paragraphs by blank lines or indents.
	pdfText kind = iota
	// webText is a web page's visible text with the cells of a table run
	// together ("640020470"): cells are recovered with the sum rules.
	webText
	// htmlPage is a web page with <table> markup, turned into lines by
	// htmlDoc: one line per table row, one paragraph per block.
	htmlPage
)

func (k kind) String() string {
	return [...]string{"PDF 文本", "网页文本", "HTML 网页"}[k]
}

// srcLine is one line of the document and its line in the input file.
type srcLine struct {
	text string
	n    int
}

// doc is the input as lines, with its kind and, for HTML, the page title.
type doc struct {
	kind  kind
	lines []srcLine
	title string
	// meta is a "# source: …" first line, which saved copies of reports
	// carry: not part of the report, but it may name the title and the
	// publication date when the saved text lacks them.
	meta string
}

var htmlMarker = regexp.MustCompile(`(?i)<(?:!doctype\s+html|html|body|table|p|div)[\s>]`)

// pageNumber is a page number line of PDF text: "-3-", "— 3 —".
var pageNumber = regexp.MustCompile(`^\s*[-－—–]\s*\d{1,3}\s*[-－—–]\s*$`)

// readDoc decides what the input is and splits it into lines.
func readDoc(src []byte) (*doc, error) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if !utf8.Valid(src) {
		return nil, errorf("", 0, "输入不是 UTF-8 文本（如是 GBK 编码，请先转换为 UTF-8；PDF 请先提取文本）")
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, errorf("", 0, "输入是二进制文件，不是文本（PDF 请先提取文本，例如 pdftotext -layout）")
	}
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	if htmlMarker.MatchString(s) {
		return htmlDoc(s), nil
	}
	d := &doc{kind: pdfText}
	longest := 0
	for i, l := range strings.Split(s, "\n") {
		if i == 0 && strings.HasPrefix(l, "# source:") {
			d.meta = l
			continue
		}
		l = strings.ReplaceAll(l, "\f", "")
		if strings.Contains(l, "|") {
			l = pipeCells(l)
		}
		d.lines = append(d.lines, srcLine{text: strings.TrimRight(l, " \t"), n: i + 1})
		longest = max(longest, utf8.RuneCountInString(l))
	}
	if longest > 400 {
		d.kind = webText
	}
	d.lines = dropPageNumbers(d.lines)
	return d, nil
}

// dropPageNumbers removes page number lines and the blank lines around
// them, so that a paragraph broken by a page end joins up again.
func dropPageNumbers(ls []srcLine) []srcLine {
	var out []srcLine
	for i := 0; i < len(ls); i++ {
		if !pageNumber.MatchString(ls[i].text) {
			out = append(out, ls[i])
			continue
		}
		for len(out) > 0 && strings.TrimSpace(out[len(out)-1].text) == "" {
			out = out[:len(out)-1]
		}
		for i+1 < len(ls) && strings.TrimSpace(ls[i+1].text) == "" {
			i++
		}
	}
	return out
}
