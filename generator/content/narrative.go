package content

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// RuleNarrative marks a problem in a <year>.md file.
const RuleNarrative = "narrative"

// sectionNumber is the optional "三、" prefix of a level-2 heading.
var sectionNumber = regexp.MustCompile(`^[一二三四五六]\s*、\s*`)

// SplitNarrative cuts a <year>.md into the six official sections by its
// level-2 headings. Text before the first heading may only be a level-1
// title (ignored: the page title comes from the organ and year). Fenced
// code is skipped so that a "## " inside it is not a heading.
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
	current := -1
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
	lines := strings.Split(src, "\n")
	if line, msg, ok := checkNarrativeShape(lines); !ok {
		add(line, "%s", msg)
	}
	fence := ""
	for i, line := range lines {
		trimmed := strings.TrimSpace(line)
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
			body = append(body, line)
			continue
		}
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = trimmed[:3]
		}
		title, level := heading(line)
		switch {
		case level == 2:
			idx := sectionIndex(title)
			if idx < 0 {
				add(i+1, "未知的二级标题 %q：二级标题只能是六个法定部分之一（%s）", title, sectionTitles())
				body = append(body, line)
				continue
			}
			if n.Lines[idx] != 0 {
				add(i+1, "二级标题 %q 重复（第一次在第 %d 行）", title, n.Lines[idx])
			}
			flush()
			current = idx
			n.Lines[idx] = i + 1
		case current < 0:
			if trimmed != "" && level != 1 {
				add(i+1, "正文应写在二级标题之下（如 ## 总体情况），此处在第一个二级标题之前")
			}
		default:
			body = append(body, line)
		}
	}
	flush()
	return n, fs
}

// heading returns the text and level of an ATX heading line, or level 0.
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
	text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line[level:]), "#"))
	return text, level
}

func sectionIndex(title string) int {
	title = sectionNumber.ReplaceAllString(strings.TrimSpace(title), "")
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
