package content

import (
	"fmt"
	"strings"
)

// Limits on content files (docs/limits.md). A real report is a few KB of
// TOML nested two levels deep and a narrative of a few dozen KB; the
// limits sit far above that, and below what would make the TOML decoder
// take minutes: it is quadratic or worse in nesting depth and in the
// number of parts of a dotted key (a 10,000-part key takes seconds, a
// 100,000-part one did not finish), so a hostile or corrupted file must be
// refused before it is decoded.
const (
	// MaxTOMLSize bounds org.toml, <year>.toml and config.toml.
	MaxTOMLSize = 1 << 20
	// MaxNesting bounds how deeply arrays and inline tables nest.
	MaxNesting = 16
	// MaxLineDots bounds the dots outside strings on one line, which
	// bounds the parts of a dotted key.
	MaxLineDots = 16
	// MaxFindingsPerFile bounds what one file can print: past it the
	// file is clearly not a report, and more lines would only bury the
	// other files' findings.
	MaxFindingsPerFile = 100
)

// checkShape refuses TOML whose shape would make decoding slow: more
// than MaxTOMLSize bytes, brackets nested deeper than MaxNesting, or a
// line with more than MaxLineDots dots outside strings and comments. It
// returns the line of the problem and a message, or ok.
func checkShape(src string) (line int, msg string, ok bool) {
	if len(src) > MaxTOMLSize {
		return 0, fmt.Sprintf("TOML 文件过大（%d 字节，上限 %d 字节）：报告数据通常只有几 KB", len(src), MaxTOMLSize), false
	}
	const (
		normal = iota
		basic
		literal
		multiBasic
		multiLiteral
	)
	state, depth, dots := normal, 0, 0
	line = 1
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\n' {
			line, dots = line+1, 0
			if state == basic || state == literal {
				state = normal // an unterminated string: the decoder reports it
			}
			continue
		}
		switch state {
		case normal:
			switch c {
			case '#':
				for i+1 < len(src) && src[i+1] != '\n' {
					i++
				}
			case '"', '\'':
				triple := i+2 < len(src) && src[i+1] == c && src[i+2] == c
				switch {
				case triple && c == '"':
					state, i = multiBasic, i+2
				case triple:
					state, i = multiLiteral, i+2
				case c == '"':
					state = basic
				default:
					state = literal
				}
			case '[', '{':
				if depth++; depth > MaxNesting {
					return line, fmt.Sprintf("括号嵌套过深（超过 %d 层）：报告数据最多嵌套两层", MaxNesting), false
				}
			case ']', '}':
				if depth > 0 {
					depth--
				}
			case '.':
				if dots++; dots > MaxLineDots {
					return line, fmt.Sprintf("此行引号外的点号超过 %d 个：键名不会有这么多层级", MaxLineDots), false
				}
			}
		case basic, multiBasic:
			switch {
			case c == '\\':
				i++
				if i < len(src) && src[i] == '\n' {
					line++
				}
			case c == '"' && state == basic:
				state = normal
			case c == '"' && i+2 < len(src) && src[i+1] == '"' && src[i+2] == '"':
				state, i = normal, i+2
			}
		case literal:
			if c == '\'' {
				state = normal
			}
		case multiLiteral:
			if c == '\'' && i+2 < len(src) && src[i+1] == '\'' && src[i+2] == '\'' {
				state, i = normal, i+2
			}
		}
	}
	return 0, "", true
}

// Limits on narratives. Goldmark is quadratic in some shapes that prose
// never has: a paragraph with many link openers "](" rescans the rest of
// the paragraph for each (800 KB of "[a](" took nine minutes), and
// blockquotes and lists nested thousands deep take seconds. A narrative
// may be large (MaxFileSize) but not shaped like that.
const (
	// MaxLinkWork bounds, summed over a narrative's paragraphs, the link
	// openers of a paragraph times its length in bytes: a paragraph of
	// 10 KB may hold 1,600 links, a 1 MB one 16.
	MaxLinkWork = 1 << 24
	// MaxQuoteDepth bounds how deeply blockquotes nest.
	MaxQuoteDepth = 16
	// MaxIndent bounds the indentation of a line outside code fences, in
	// columns, which bounds how deeply lists nest.
	MaxIndent = 64
)

// checkNarrativeShape returns the line and message of the first part of
// a narrative that is shaped to make rendering slow, or ok.
func checkNarrativeShape(lines []string) (line int, msg string, ok bool) {
	work, start, size, openers := 0, 0, 0, 0
	endParagraph := func() bool {
		work += openers * size
		size, openers = 0, 0
		return work <= MaxLinkWork
	}
	fence := ""
	for i, l := range lines {
		trimmed := strings.TrimSpace(l)
		if trimmed == "" {
			if !endParagraph() {
				return start, fmt.Sprintf("自此行起的段落中链接过多（链接数与段落长度之积累计超过 %d）：请把长段落分开，或减少链接", MaxLinkWork), false
			}
			continue
		}
		if size == 0 {
			start = i + 1
		}
		size += len(l) + 1
		openers += strings.Count(l, "](")
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = trimmed[:3]
		}
		depth, indent := 0, 0
	prefix:
		for _, c := range l {
			switch c {
			case '>':
				depth++
			case ' ':
				indent++
			case '\t':
				indent += 4
			default:
				break prefix
			}
		}
		if depth > MaxQuoteDepth {
			return i + 1, fmt.Sprintf("引用（>）嵌套超过 %d 层", MaxQuoteDepth), false
		}
		if indent > MaxIndent {
			return i + 1, fmt.Sprintf("行首缩进超过 %d 列（列表嵌套过深？代码请放在 ``` 围栏中）", MaxIndent), false
		}
	}
	if !endParagraph() {
		return start, fmt.Sprintf("自此行起的段落中链接过多（链接数与段落长度之积累计超过 %d）：请把长段落分开，或减少链接", MaxLinkWork), false
	}
	return 0, "", true
}
