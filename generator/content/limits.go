package content

import "fmt"

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
