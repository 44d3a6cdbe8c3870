package content

import (
	"strings"
	"testing"
)

func TestCheckShape(t *testing.T) {
	deep := strings.Repeat("[", MaxNesting+1) + strings.Repeat("]", MaxNesting+1)
	dots := strings.Repeat("a.", MaxLineDots+1) + "a = 1"
	for _, tc := range []struct {
		name string
		src  string
		line int // 0: accepted
	}{
		{"report", "format = \"2021\"\n[applications.results.withheld]\nstate_secret = [0, 0, 0, 0, 0, 0, 0]\n", 0},
		{"max nesting", "a = " + strings.Repeat("[", MaxNesting) + strings.Repeat("]", MaxNesting), 0},
		{"too deep", "x = 1\na = " + deep, 2},
		{"too deep inline", "a = " + strings.Repeat("{b=", MaxNesting+1), 1},
		{"brackets in basic string", `a = "` + deep + `"`, 0},
		{"brackets after escaped quote", `a = "\"` + deep + `"`, 0},
		{"brackets in literal string", `a = '` + deep + `'`, 0},
		{"brackets in multiline string", "a = \"\"\"\n" + deep + "\n\"\"\"\nb = 1", 0},
		{"brackets in multiline literal", "a = '''\n" + deep + "\n'''", 0},
		{"brackets in comment", "a = 1 # " + deep, 0},
		{"deep after multiline string", "a = \"\"\"\nx\\\n\"\"\"\nb = " + deep, 4},
		{"max dots", strings.Repeat("a.", MaxLineDots) + "a = 1", 0},
		{"too many dots", "x = 1\n\n" + dots, 3},
		{"dots in string", `a = "` + strings.Repeat(".", 100) + `"`, 0},
		{"dots in comment", "a = 1 # " + strings.Repeat(".", 100), 0},
		{"dots counted per line", strings.Repeat(strings.Repeat("a.", MaxLineDots-1)+"a = 1\n", 3), 0},
		{"too big", strings.Repeat("#", MaxTOMLSize+1), 0},
	} {
		line, msg, ok := 0, "", true
		if ps := checkShape(tc.src); len(ps) > 0 {
			line, msg, ok = ps[0].line, ps[0].msg, false
		}
		switch {
		case tc.name == "too big":
			if ok {
				t.Errorf("%s: accepted", tc.name)
			}
		case tc.line == 0 && !ok:
			t.Errorf("%s: refused at line %d: %s", tc.name, line, msg)
		case tc.line != 0 && (ok || line != tc.line):
			t.Errorf("%s: got line %d ok=%v, want refused at line %d", tc.name, line, ok, tc.line)
		}
	}
}

func TestCheckNarrativeShape(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		line int
	}{
		{"prose", "## 总体情况\n\n正文 [链接](https://www.gov.cn/)。\n", 0},
		{"many short paragraphs with links", strings.Repeat("[a](b) [c](d)\n\n", 10000), 0},
		{"link-heavy paragraph", "## 总体情况\n\n" + strings.Repeat("[a](", 2100), 3},
		{"max quotes", strings.Repeat(">", MaxQuoteDepth) + " a", 0},
		{"deep quotes", "a\n" + strings.Repeat("> ", MaxQuoteDepth+1) + "a", 2},
		{"deep list on one line", "a\n" + strings.Repeat("- ", MaxQuoteDepth+1) + "a", 2},
		{"deep ordered list on one line", strings.Repeat("1. ", MaxQuoteDepth+1) + "a", 1},
		{"quotes and lists mixed", strings.Repeat("> * 2) ", MaxQuoteDepth/3+1) + "a", 1},
		{"long thematic break", strings.Repeat("- ", 100) + "-", 0},
		{"starred thematic break", strings.Repeat("* ", 100), 0},
		{"max indent", strings.Repeat(" ", MaxIndent) + "- a", 0},
		{"deep indent", strings.Repeat(" ", MaxIndent+1) + "- a", 1},
		{"tabs", strings.Repeat("\t", MaxIndent/4+1) + "- a", 1},
		{"numbers are not markers without a space", strings.Repeat("1.", 100), 0},
		{"max definitions", strings.Repeat("[a]: /b\n", MaxLinkDefinitions), 0},
		{"too many definitions", strings.Repeat("[a]: /b\n", MaxLinkDefinitions+1), MaxLinkDefinitions + 1},
		{"definitions in a quote", strings.Repeat("> [a]: /b\n", MaxLinkDefinitions+1), MaxLinkDefinitions + 1},
	} {
		line, msg, ok := checkNarrativeShape(strings.Split(tc.src, "\n"), nil, tightLimits)
		if (tc.line == 0) != ok || line != tc.line {
			t.Errorf("%s: line %d ok=%v (%s), want line %d", tc.name, line, ok, msg, tc.line)
		}
	}
}

// TestNarrativeShapeUsesTheParsersBlocks checks the limits as
// SplitNarrative applies them: code in a real fence is exempt, a line
// that only looks like a fence exempts nothing, and nothing nested
// thousands deep reaches the parser.
func TestNarrativeShapeUsesTheParsersBlocks(t *testing.T) {
	deepQuotes := strings.Repeat(">", 2000) + " a\n"
	deepList := strings.Repeat("- ", 3000) + "a\n"
	for _, tc := range []struct {
		name string
		src  string
		line int // of the refusal; 0: accepted
	}{
		{"indented code in a fence", "## 总体情况\n\n```\n" + strings.Repeat(" ", 200) + "x\n```\n", 0},
		{"quotes in a fence", "## 总体情况\n\n~~~\n" + strings.Repeat(">", 40) + "\n~~~\n", 0},
		{"definitions in a fence", "## 总体情况\n\n```\n" + strings.Repeat("[a]: /b\n", MaxLinkDefinitions+1) + "```\n", 0},
		{"a code span is no fence", "## 总体情况\n\n```x```\n\n" + deepQuotes, 5},
		{"a code span is no fence, lists", "## 总体情况\n\n```x```\n\n" + deepList, 5},
		{"an unclosed fence in a list item ends with the item", "## 总体情况\n\n- a\n\n  ```\n  b\n\n" + strings.Repeat("> ", 20) + "c\n", 8},
		{"far too deep even in a fence", "## 总体情况\n\n```\n" + deepQuotes + "```\n", 4},
		{"indented code too wide", "## 总体情况\n\n" + strings.Repeat(" ", 4*MaxIndent+1) + "x\n", 3},
	} {
		_, fs := SplitNarrative("content/o/2023.md", tc.src)
		switch {
		case tc.line == 0 && len(fs) > 0:
			t.Errorf("%s: refused: %v", tc.name, fs)
		case tc.line != 0 && (len(fs) == 0 || fs[0].Line != tc.line):
			t.Errorf("%s: findings %v, want one at line %d", tc.name, fs, tc.line)
		}
	}
}
