package content

import (
	"fmt"
	"regexp"
	"strconv"
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
// line with more than MaxLineDots dots outside strings and comments; and
// every number not written as plain decimal digits (numberLiteral). It
// returns the problems found: a limit stops the scan at once.
func checkShape(src string) []lineProblem {
	if len(src) > MaxTOMLSize {
		return limitProblem(0, fmt.Sprintf("TOML 文件过大（%d 字节，上限 %d 字节）：报告数据通常只有几 KB", len(src), MaxTOMLSize))
	}
	const (
		normal = iota
		basic
		literal
		multiBasic
		multiLiteral
	)
	state, depth, dots, line := normal, 0, 0, 1
	var numbers []lineProblem
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
					return limitProblem(line, fmt.Sprintf("括号嵌套过深（超过 %d 层）：报告数据最多嵌套两层", MaxNesting))
				}
			case ']', '}':
				if depth > 0 {
					depth--
				}
			case '.':
				if dots++; dots > MaxLineDots {
					return limitProblem(line, fmt.Sprintf("此行引号外的点号超过 %d 个：键名不会有这么多层级", MaxLineDots))
				}
			case '+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
				if i > 0 && keyByte(src[i-1]) {
					continue // inside a bare key or a word
				}
				end, why := numberLiteral(src[i:])
				if why != "" && len(numbers) < MaxFindingsPerFile {
					numbers = append(numbers, lineProblem{line, RuleValue, why})
				}
				i += end - 1
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
	return numbers
}

// lineProblem is what checkShape finds on a line.
type lineProblem struct {
	line      int
	rule, msg string
}

func limitProblem(line int, msg string) []lineProblem {
	return []lineProblem{{line, RuleLimit, msg}}
}

// keyByte reports whether c may continue a bare key or a TOML word.
func keyByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// numberLiteral reads the token at the start of s, which begins with a
// digit or a sign, and returns its length and why it cannot be a number
// of a report, or "". TOML also reads 1e3, 0x10, 0o17, 0b11, 1_000,
// +5 and -0 as numbers; a report's counts and amounts are written in
// plain decimal digits, as printed, and a value in another notation is
// a slip or an attempt to make 1e-300 pass for a count.
func numberLiteral(s string) (int, string) {
	end := 0
	for end < len(s) && (keyByte(s[end]) || s[end] == '+' || s[end] == '.' || s[end] == ':') {
		end++
	}
	tok := s[:end]
	switch {
	case dateTimeToken.MatchString(tok) || plainNumber.MatchString(tok) && !negativeZero.MatchString(tok):
		return end, ""
	case negativeZero.MatchString(tok):
		return end, fmt.Sprintf("数值 %s 应写作 0：报告中的数字照原文写十进制数字，0 不带负号", tok)
	case !strings.ContainsAny(tok, "0123456789"):
		return end, "" // a sign alone, or +inf/-nan: the decoder names it
	}
	const how = "报告中的数字照原文写十进制数字，不用正号、下划线分隔、指数（1e3）或十六进制、八进制、二进制（0x…、0o…、0b…）"
	if plain := plainForm(tok); plain != "" {
		return end, fmt.Sprintf("数值 %s 应写作 %s：%s", clip(tok), plain, how)
	}
	return end, fmt.Sprintf("数值 %s 不是报告会有的数（如 12 或 3.5）：%s", clip(tok), how)
}

// plainForm is tok, a number in another notation, in plain decimal
// digits, or "" when it has none a report could hold.
func plainForm(tok string) string {
	t := strings.ReplaceAll(strings.TrimPrefix(tok, "+"), "_", "")
	if n, err := strconv.ParseInt(t, 0, 64); err == nil {
		return strconv.FormatInt(n, 10)
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil && f >= 0 {
		if plain := strconv.FormatFloat(f, 'f', -1, 64); len(plain) <= 20 {
			return plain
		}
	}
	return ""
}

var (
	plainNumber   = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)
	negativeZero  = regexp.MustCompile(`^-0+(\.0+)?$`)
	dateTimeToken = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt][0-9:.]+([Zz]|[+-][0-9:]+)?)?$|^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?([Zz]|[+-][0-9:]+)?$`)
)

// Limits on narratives. Goldmark is quadratic in some shapes that prose
// never has: a paragraph with many link openers "](" rescans the rest of
// the paragraph for each (800 KB of "[a](" took nine minutes); blockquotes
// and lists nested thousands deep, on many lines or on one ("- - - … a"),
// take seconds even to find the blocks; a paragraph of link reference
// definitions is re-read for each definition (100,000 took 34 s). A
// narrative may be large (MaxFileSize) but not shaped like that.
//
// The limits are checked twice. Before the block parser runs, loosely on
// every line (looseLimits): that bounds what parsing costs. Then with the
// parser's own view of the blocks, tightly on the lines outside code and
// HTML blocks (tightLimits), so that the indentation of code in a fence is
// not held against it and a line that only looks like a fence (```x```)
// cannot switch the limits off.
const (
	// MaxLinkWork bounds, summed over a narrative's paragraphs, the link
	// openers of a paragraph times its length in bytes: a paragraph of
	// 10 KB may hold 1,600 links, a 1 MB one 16.
	MaxLinkWork = 1 << 24
	// MaxQuoteDepth bounds how deeply blockquotes and lists nest on one
	// line (each ">" or list marker before the text is a level).
	MaxQuoteDepth = 16
	// MaxIndent bounds the indentation of a line outside code, in
	// columns, which bounds how deeply lists nest across lines.
	MaxIndent = 64
	// MaxLinkDefinitions bounds the link reference definitions
	// ("[name]: address" lines) of a narrative.
	MaxLinkDefinitions = 200
	// MaxAcknowledged bounds the [[acknowledged]] entries of a report:
	// each is matched against every finding of the report.
	MaxAcknowledged = 200
	// MaxNarrativeSize bounds a <year>.md. Goldmark holds a node of
	// some hundred bytes for every list item, emphasis or table cell: a
	// 16 MiB narrative of nested lists took 22 s and 5.9 GB. A report's
	// narrative is a few dozen KB.
	MaxNarrativeSize = 2 << 20
	// MaxBlockMarkers bounds the list markers and ">" of a narrative,
	// summed over its lines outside code: the blocks goldmark builds.
	MaxBlockMarkers = 20000
	// MaxInlineMarks bounds the emphasis and code marks (*, _, ~, `) and table
	// pipes (|) of a narrative outside code: the inline nodes.
	MaxInlineMarks = 50000
	// MaxParagraphMarks bounds the emphasis and code marks (*, _, ~, `)
	// and the opening brackets ([) of one paragraph: goldmark matches each
	// closer against the openers before it, and each run of backticks
	// against the runs after it, so a paragraph of "*a_" took 3.7 s at
	// 64 KiB and 18.5 s at 128 KiB.
	MaxParagraphMarks = 2000
	// MaxMarkPairs bounds the squares of those counts summed over the
	// paragraphs: 16 paragraphs of 2,000 brackets, or 1,600 paragraphs
	// of 200 marks (about 70 ms).
	MaxMarkPairs = 1 << 26
	// MaxTableColumns and MaxTableCells bound a Markdown table: goldmark
	// gives every row as many cells as the header has columns, so a
	// header of 2,000 columns over 10,000 one-word lines (27 KiB) took
	// 24 s and 6.7 GB.
	MaxTableColumns = 64
	MaxTableCells   = 20000
)

// tableDelimiter is a GFM table's delimiter row: |---|:--:| and the like.
var tableDelimiter = regexp.MustCompile(`^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$`)

// shapeLimits are the limits of one pass of checkNarrativeShape.
type shapeLimits struct {
	depth, indent int
	markers       int // block markers in all
	definitions   int // 0: not counted
	inline        int // 0: not counted
}

var (
	looseLimits = shapeLimits{depth: 4 * MaxQuoteDepth, indent: 4 * MaxIndent, markers: 4 * MaxBlockMarkers}
	tightLimits = shapeLimits{depth: MaxQuoteDepth, indent: MaxIndent, markers: MaxBlockMarkers,
		definitions: MaxLinkDefinitions, inline: MaxInlineMarks}
)

// checkNarrativeShape returns the line and message of the first part of
// a narrative that is shaped to make rendering slow, or ok. Lines marked
// in code are exempt from the nesting limits.
func checkNarrativeShape(lines []string, code []bool, lim shapeLimits) (line int, msg string, ok bool) {
	work, start, size, openers, definitions, markers, inline := 0, 0, 0, 0, 0, 0, 0
	marks, brackets, columns, rows, prevBlank, pairs := 0, 0, 0, 0, true, 0
	endParagraph := func() bool {
		work += openers * size
		pairs += marks*marks + brackets*brackets
		size, openers, marks, brackets, columns, rows = 0, 0, 0, 0, 0, 0
		return work <= MaxLinkWork && pairs <= MaxMarkPairs
	}
	for i, l := range lines {
		blankBefore := prevBlank
		prevBlank = strings.TrimSpace(l) == ""
		if strings.TrimSpace(l) == "" {
			if !endParagraph() {
				return start, workMessage(work), false
			}
			continue
		}
		if size == 0 {
			start = i + 1
		}
		size += len(l) + 1
		openers += strings.Count(l, "](")
		if code != nil && code[i] {
			continue
		}
		depth, indent, rest := linePrefix(l)
		if thematicBreak(rest) {
			continue
		}
		if depth > lim.depth {
			return i + 1, fmt.Sprintf("引用（>）和列表嵌套超过 %d 层（本行 %d 层）", MaxQuoteDepth, depth), false
		}
		if indent > lim.indent && code == nil {
			return i + 1, fmt.Sprintf("行首缩进 %d 列，超过 %d 列：即使在代码中也不能缩进这么深", indent, lim.indent), false
		}
		if indent > lim.indent {
			return i + 1, fmt.Sprintf("行首缩进超过 %d 列（本行 %d 列；列表嵌套过深？代码请放在 ``` 围栏中）", lim.indent, indent), false
		}
		if markers += depth; markers > lim.markers {
			return i + 1, fmt.Sprintf("列表项和引用（>）累计超过 %d 个：年度报告的正文不会有这么多；请精简，或把数据放进表格文件", MaxBlockMarkers), false
		}
		if lim.inline > 0 {
			emphasis := strings.Count(rest, "*") + strings.Count(rest, "_") + strings.Count(rest, "~") + strings.Count(rest, "`")
			if inline += emphasis + strings.Count(rest, "|"); inline > lim.inline {
				return i + 1, fmt.Sprintf("强调和代码符号（* _ ~ `）和表格竖线（|）累计超过 %d 个：年度报告的正文不会有这么多；请精简", lim.inline), false
			}
			if marks += emphasis; marks > MaxParagraphMarks {
				return start, fmt.Sprintf("自此行起的段落中强调和代码符号（* _ ~ `）超过 %d 个：请把长段落分开，或减少这些符号（要显示星号本身请写 \\*）", MaxParagraphMarks), false
			}
			if brackets += strings.Count(rest, "["); brackets > MaxParagraphMarks {
				return start, fmt.Sprintf("自此行起的段落中方括号 [ 超过 %d 个：请把长段落分开（要显示方括号本身请写 \\[）", MaxParagraphMarks), false
			}
			switch {
			case columns > 0:
				if rows++; columns*rows > MaxTableCells {
					return i + 1, fmt.Sprintf("表格超过 %d 个单元格（%d 列 × %d 行）：正文中的表格应短小，数据请放进表格文件", MaxTableCells, columns, rows), false
				}
			case !blankBefore && strings.Contains(rest, "|") && tableDelimiter.MatchString(strings.TrimSpace(rest)):
				columns = strings.Count(strings.Trim(strings.TrimSpace(rest), "|"), "|") + 1
				if columns > MaxTableColumns {
					return i + 1, fmt.Sprintf("表格有 %d 列，超过 %d 列：正文中的表格应短小，数据请放进表格文件", columns, MaxTableColumns), false
				}
			}
		}
		if lim.definitions > 0 && strings.HasPrefix(rest, "[") && strings.Contains(rest, "]:") {
			if definitions++; definitions > lim.definitions {
				return i + 1, fmt.Sprintf("链接引用定义（形如 [名称]: 地址 的行）超过 %d 个：请改用行内链接 [文字](地址)", lim.definitions), false
			}
		}
	}
	if !endParagraph() {
		return start, workMessage(work), false
	}
	return 0, "", true
}

// workMessage explains which of the paragraph budgets ran out.
func workMessage(linkWork int) string {
	if linkWork > MaxLinkWork {
		return fmt.Sprintf("自此行起的段落中链接过多（链接数与段落长度之积累计超过 %d）：请把长段落分开，或减少链接", MaxLinkWork)
	}
	return fmt.Sprintf("到此段为止，各段落中强调和代码符号（* _ ~ `）和方括号 [ 太密（各段数量的平方累计超过 %d）：请减少这些符号（显示符号本身请写 \\* 或 \\[）", MaxMarkPairs)
}

// linePrefix measures what opens a line: depth counts ">" and list
// markers ("-", "*", "+", "1." or "1)" before a space), indent the
// columns of spaces and tabs before the first list marker; rest is what
// follows.
func linePrefix(l string) (depth, indent int, rest string) {
	i, listed := 0, false
	for i < len(l) {
		switch c := l[i]; {
		case c == '>':
			depth++
			i++
		case c == ' ' || c == '\t':
			switch {
			case listed:
			case c == ' ':
				indent++
			default:
				indent += 4
			}
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(l) && (l[i+1] == ' ' || l[i+1] == '\t'):
			depth, listed = depth+1, true
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 9 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j+1 < len(l) && (l[j] == '.' || l[j] == ')') && (l[j+1] == ' ' || l[j+1] == '\t') {
				depth, listed = depth+1, true
				i = j + 1
				continue
			}
			return depth, indent, l[i:]
		default:
			return depth, indent, l[i:]
		}
	}
	return depth, indent, ""
}

// thematicBreak reports whether the rest of a line leaves it a thematic
// break or blank ("- - - -" is a break, not a nested list).
func thematicBreak(rest string) bool {
	return strings.Trim(rest, "-*_ \t") == ""
}
