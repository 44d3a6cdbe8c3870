package content

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/report"
)

func TestSplitNarrative(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		sections map[int]string // section index -> expected body
		rule     bool           // a finding is expected
		line     int
	}{
		{name: "headings with and without numbers",
			src:      "# 标题\n\n## 一、总体情况\n\n正文一\n\n### 小标题\n\n## 五、存在的主要问题及改进情况\n问题\n",
			sections: map[int]string{0: "正文一\n\n### 小标题", 4: "问题", 1: ""}},
		{name: "a ## inside fenced code is not a heading",
			src:      "## 总体情况\n```\n## 不是标题\n```\n",
			sections: map[int]string{0: "```\n## 不是标题\n```"}},
		{name: "CRLF", src: "## 总体情况\r\n正文\r\n", sections: map[int]string{0: "正文"}},
		{name: "a code span is no fence",
			src:      "## 总体情况\n```x```\n正文\n## 主动公开政府信息情况\n二\n## 其他需要报告的事项\n六\n",
			sections: map[int]string{0: "```x```\n正文", 1: "二", 5: "六"}},
		{name: "a fence in a list item ends with the item",
			src:      "## 总体情况\n- 一\n\n  ```\n  代码\n## 主动公开政府信息情况\n二\n",
			sections: map[int]string{0: "- 一\n\n  ```\n  代码", 1: "二"}},
		{name: "a longer fence is closed only by as long a one",
			src:      "## 总体情况\n````\n```\n## 不是标题\n````\n## 主动公开政府信息情况\n二\n",
			sections: map[int]string{0: "````\n```\n## 不是标题\n````", 1: "二"}},
		{name: "setext headings",
			src:      "总体情况\n--------\n正文\n\n二、主动公开政府信息情况\n---\n二\n",
			sections: map[int]string{0: "正文", 1: "二"}},
		{name: "a ## inside an HTML block is not a heading",
			src:      "## 总体情况\n<div>\n## 不是标题\n</div>\n\n## 主动公开政府信息情况\n二\n",
			sections: map[int]string{0: "<div>\n## 不是标题\n</div>", 1: "二"}},
		{name: "a title before the first section",
			src:      "政府信息公开工作年度报告\n============\n\n## 总体情况\n正文\n",
			sections: map[int]string{0: "正文"}},
		{name: "a paragraph underlined is a heading", src: "## 总体情况\n正文\n---\n", rule: true, line: 2},
		{name: "a heading without its space", src: "##总体情况\n正文\n更多\n## 主动公开政府信息情况\n", rule: true, line: 1},
		{name: "unknown heading", src: "## 总体情况\n\n## 工作亮点\n", rule: true, line: 3},
		{name: "repeated heading", src: "## 总体情况\na\n## 一、总体情况\nb\n", rule: true, line: 3},
		{name: "text before the first heading", src: "前言\n## 总体情况\n", rule: true, line: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, fs := SplitNarrative("content/o/2023.md", tt.src)
			if tt.rule {
				if len(fs) != 1 || fs[0].Line != tt.line || fs[0].Rule != RuleNarrative {
					t.Fatalf("want one narrative finding at line %d, got %v", tt.line, fs)
				}
				return
			}
			if len(fs) != 0 {
				t.Fatalf("findings: %v", fs)
			}
			for i, want := range tt.sections {
				if got := n.Sections[i]; got != want {
					t.Errorf("section %d = %q, want %q", i, got, want)
				}
			}
		})
	}
}

func TestSectionTitlesMatchLabels(t *testing.T) {
	for i, s := range report.Sections {
		if sectionIndex(s.Title) != i || sectionIndex(s.Heading()) != i {
			t.Errorf("section %q not recognised with and without its number", s.Title)
		}
	}
}

// TestScanBlocksMatchesParser checks that where needsParser spares a
// narrative the parser, the line scan finds the headings the parser
// would: random narratives from lines that real ones and hostile ones
// hold.
func TestScanBlocksMatchesParser(t *testing.T) {
	vocabulary := []string{
		"", "", "正文。", "## 总体情况", "## 二、主动公开政府信息情况", "# 标题", "### 小标题", "##", "## ##", "## C#", "## 甲 ##",
		"##总体情况", "#", "####### 七级", "- 列表", "1. 列表", "> 引用", "> ## 引用中的标题", "- ## 列表中的标题", "   ## 缩进三格",
		"    ## 缩进四格", "  - 子项", "```", "```x```", "~~~", "<div>", "</div>", "---", "===", "***", "- - -", "正文 ## 不是标题",
		"\t## 制表符", "> ```", "[a]: /b", "| a | b |", "|---|---|", "＃＃ 全角", "## 总体情况 #", "##\t总体情况",
	}
	r := rand.New(rand.NewPCG(7, 8))
	spared := 0
	for range 20000 {
		lines := make([]string, 1+r.IntN(12))
		for i := range lines {
			lines[i] = vocabulary[r.IntN(len(vocabulary))]
		}
		if needsParser(lines) {
			continue
		}
		spared++
		src := strings.Join(lines, "\n")
		scanned, parsed := scanBlocks(lines), readBlocks(src, lines)
		if !slices.Equal(scanned.headings, parsed.headings) {
			t.Fatalf("%q:\nscanned %v\nparsed  %v", src, scanned.headings, parsed.headings)
		}
	}
	if spared < 1000 {
		t.Errorf("only %d of 20000 narratives were spared the parser", spared)
	}
}
