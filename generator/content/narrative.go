package content

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/report"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// RuleNarrative marks a problem in a <year>.md file.
const RuleNarrative = "narrative"

// SplitNarrative cuts a <year>.md into the six official sections by its
// top-level level-2 headings, as goldmark's block parser sees them: a
// "## " inside fenced code or an HTML block is no heading, a line of
// backticks with more after it (```x```) opens no fence, and a setext
// heading (a line underlined with ---) is one. Text before the first
// heading may only be a level-1 title (ignored: the page title comes from
// the organ and year). A narrative shaped to make the parser slow is
// refused before it is parsed (checkNarrativeShape).
func SplitNarrative(file, src string) (report.Narrative, []report.Finding) {
	src = strings.ReplaceAll(strings.TrimPrefix(src, "\ufeff"), "\r\n", "\n")
	n := report.Narrative{
		File:     file,
		Sections: make([]string, len(report.Sections)),
		Lines:    make([]int, len(report.Sections)),
	}
	var fs []report.Finding
	add := func(line int, format string, args ...any) {
		fs = append(fs, report.Finding{File: file, Line: line, Rule: RuleNarrative, Message: fmt.Sprintf(format, args...)})
	}
	if len(src) > MaxNarrativeSize {
		add(0, "叙述文件过大（%d 字节，上限 %d 字节即 %d MiB）：年度报告的正文通常只有几十 KB，是否放错了文件？", len(src), MaxNarrativeSize, MaxNarrativeSize>>20)
		return n, fs
	}
	lines := strings.Split(src, "\n")
	if line, why := checkProse(lines); line > 0 {
		add(line, "%s", why)
		return n, fs
	}
	if line, msg, ok := checkNarrativeShape(lines, nil, looseLimits); !ok {
		add(line, "%s", msg)
		return n, fs
	}
	b := scanBlocks(lines)
	if needsParser(lines) {
		b = readBlocks(src, lines)
	}
	if line, msg, ok := checkNarrativeShape(lines, b.code, tightLimits); !ok {
		add(line, "%s", msg)
	}
	current, next := -1, 0 // the section being filled; the next heading in b.headings
	var body []string
	flush := func() {
		if current >= 0 {
			text := strings.Join(body, "\n")
			if len(body) == 1 {
				// Join returns a lone line as it is: a slice of src,
				// which would keep the whole file alive with the report.
				text = strings.Clone(text)
			}
			n.Sections[current] = strings.TrimSpace(text)
		}
		body = body[:0]
	}
	stray := 0 // the first line of text before the first section, if any
	for i := 0; i < len(lines); i++ {
		if next < len(b.headings) && b.headings[next].first == i {
			h := b.headings[next]
			next++
			if h.level == 2 {
				idx := sectionIndex(h.text)
				switch {
				case idx < 0 && h.setext:
					add(i+1, "此行与下一行的 --- 构成了二级标题 %q：二级标题只能是六个法定部分之一；如要画分隔线，请在 --- 前空一行", clip(h.text))
					if current < 0 {
						continue
					}
				case idx < 0:
					add(i+1, "未知的二级标题 %q：二级标题只能是六个法定部分之一（%s）", clip(h.text), sectionTitles())
					if current < 0 {
						continue
					}
				case n.Lines[idx] != 0:
					add(i+1, "二级标题 %q 重复（第一次在第 %d 行）", clip(h.text), n.Lines[idx])
				default:
					flush()
					current = idx
					n.Lines[idx] = i + 1
					i = h.last // a setext heading's underline is part of it
					continue
				}
			}
			if current < 0 && h.level == 1 {
				i = h.last
				continue
			}
		}
		if text, level := heading(lines[i]); level > 0 && text == "" && !b.code[i] && lines[i][0] == '#' {
			add(i+1, "空标题：%s 之后没有文字；请写上标题，或删去这一行", strings.Repeat("#", level))
		}
		if current < 0 {
			if stray == 0 && strings.TrimSpace(lines[i]) != "" {
				stray = i + 1
			}
			continue
		}
		body = append(body, lines[i])
	}
	flush()
	if stray > 0 {
		add(stray, "%s", strayMessage(lines[stray-1], n.Lines))
	}
	return n, fs
}

// strayMessage says why text before the first section is refused, and
// names the likely cause when the line looks like a heading typed wrong.
func strayMessage(line string, sections []int) string {
	msg := "正文应写在二级标题之下（如 ## 总体情况），此处在第一个二级标题之前"
	trimmed := strings.TrimSpace(line)
	switch {
	case strings.HasPrefix(trimmed, "##") && len(trimmed) > 2 && trimmed[2] != ' ' && trimmed[2] != '#':
		msg = fmt.Sprintf("%q 不是二级标题：## 之后要有一个空格（应为 %q）", clip(trimmed), "## "+clip(strings.TrimLeft(trimmed, "#")))
	case sectionIndex(strings.TrimLeft(trimmed, "#＃ ")) >= 0:
		msg = fmt.Sprintf("%q 像是部分标题，但不是二级标题：请写成 %q", clip(trimmed), "## "+strings.TrimLeft(trimmed, "#＃ "))
	}
	for _, l := range sections {
		if l != 0 {
			return msg + "；第一个二级标题之前的文字不会发布"
		}
	}
	return msg + "；本文件没有一个法定部分的二级标题，全文都不会发布"
}

// clip shortens text quoted in a message.
func clip(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}

// heading returns the text and level of an ATX heading line, or level 0:
// up to three spaces, one to six '#', then a space, a tab or the end; a
// closing run of '#' is dropped where a space precedes it.
func heading(line string) (string, int) {
	if len(line) > 0 && line[0] == ' ' && !strings.HasPrefix(line, "    ") {
		line = strings.TrimLeft(line, " ")
	}
	level := 0
	for level < len(line) && line[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || (level < len(line) && line[level] != ' ' && line[level] != '\t') {
		return "", 0
	}
	text := strings.Trim(line[level:], " \t")
	if closed := strings.TrimRight(text, "#"); closed == "" || strings.HasSuffix(closed, " ") || strings.HasSuffix(closed, "\t") {
		text = strings.TrimRight(closed, " \t")
	}
	return text, level
}

func sectionIndex(title string) int {
	title = strings.TrimSpace(title)
	// The optional "三、" prefix, read without a regexp: this runs for
	// every heading of every narrative of a portal.
	if r, size := utf8.DecodeRuneInString(title); strings.ContainsRune("一二三四五六", r) {
		if rest := strings.TrimLeft(title[size:], " \t"); strings.HasPrefix(rest, "、") {
			title = strings.TrimLeft(rest[len("、"):], " \t")
		}
	}
	for i, s := range report.Sections {
		if title == s.Title {
			return i
		}
	}
	return -1
}

func sectionTitles() string {
	var t []string
	for _, s := range report.Sections {
		t = append(t, s.Title)
	}
	return strings.Join(t, "、")
}

// blockParser parses blocks only: where headings, code and HTML are, not
// what their text holds. Linear in the input once checkNarrativeShape's
// loose limits hold.
var blockParser = parser.NewParser(parser.WithBlockParsers(parser.DefaultBlockParsers()...))

// blocks is what SplitNarrative needs of a narrative's block structure.
type blocks struct {
	headings []blockHeading // top-level headings, in order
	code     []bool         // per line: inside code or an HTML block
}

type blockHeading struct {
	first, last int // lines, from 0; last is a setext heading's underline
	level       int
	text        string
	setext      bool
}

// needsParser reports whether a narrative holds a line whose block the
// line scan (scanBlocks) could misread: an indented line, a fence, HTML,
// or a line of only "=" or "-" (a setext underline). Nearly every report
// has none, and is spared the parser: it made check of a 10,000-report
// portal a fifth slower. TestScanBlocksMatchesParser holds the two to the
// same result.
func needsParser(lines []string) bool {
	for _, l := range lines {
		rest := strings.TrimLeft(l, "> \t")
		if rest == "" {
			continue
		}
		if rest != l && !strings.HasPrefix(l, ">") {
			return true // indented
		}
		switch rest[0] {
		case '`', '~', '<':
			return true
		case '=', '-':
			if strings.Trim(rest, string(rest[0])+" \t") == "" {
				return true
			}
		}
	}
	return false
}

// scanBlocks reads the headings of a narrative line by line: right when
// needsParser is false.
func scanBlocks(lines []string) blocks {
	b := blocks{code: make([]bool, len(lines))}
	for i, l := range lines {
		// An empty heading has no text for the parser to place it by:
		// SplitNarrative refuses it by line in either case.
		if text, level := heading(l); level > 0 && text != "" {
			b.headings = append(b.headings, blockHeading{first: i, last: i, level: level, text: text})
		}
	}
	return b
}

// readBlocks parses src, split into lines, into blocks.
func readBlocks(src string, lines []string) blocks {
	source := []byte(src)
	doc := blockParser.Parse(text.NewReader(source))
	starts := make([]int, len(lines))
	off := 0
	for i, l := range lines {
		starts[i] = off
		off += len(l) + 1
	}
	lineOf := func(offset int) int { return sort.SearchInts(starts, offset+1) - 1 }
	b := blocks{code: make([]bool, len(lines))}
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		h, ok := c.(*ast.Heading)
		if !ok || h.Lines().Len() == 0 {
			continue
		}
		segs := h.Lines()
		first, last := lineOf(segs.At(0).Start), lineOf(segs.At(segs.Len()-1).Start)
		setext := !strings.HasPrefix(strings.TrimLeft(lines[first], " "), "#")
		if setext && last+1 < len(lines) {
			last++ // the underline follows the text
		}
		var t strings.Builder
		for i := range segs.Len() {
			seg := segs.At(i)
			t.WriteString(strings.TrimSpace(string(seg.Value(source))))
		}
		b.headings = append(b.headings, blockHeading{first: first, last: last, level: h.Level, text: t.String(), setext: setext})
	}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock:
			segs := n.Lines()
			for i := range segs.Len() {
				b.code[lineOf(segs.At(i).Start)] = true
			}
			if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
				b.code[lineOf(h.ClosureLine.Start)] = true
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b
}
