package content

import (
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
		{name: "unknown heading", src: "## 总体情况\n\n## 工作亮点\n", rule: true, line: 3},
		{name: "repeated heading", src: "## 总体情况\na\n## 一、总体情况\nb\n", rule: true, line: 3},
		{name: "text before the first heading", src: "前言\n## 总体情况\n", rule: true, line: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, fs := SplitNarrative("content/o/2023.md", tt.src)
			if tt.rule {
				if len(fs) == 0 || fs[0].Line != tt.line || fs[0].Rule != RuleNarrative {
					t.Fatalf("want a narrative finding at line %d, got %v", tt.line, fs)
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
