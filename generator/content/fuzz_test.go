package content

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/report"
)

// The seed corpora live in testdata/fuzz/<target>/: the example portal's
// real reports and narratives and the malformed ones of testdata/bad.
// Run a target for a bounded time with e.g.
//
//	go test -run='^$' -fuzz='^FuzzDecodeReport$' -fuzztime=20s -fuzzminimizetime=1s ./generator/content

// FuzzDecodeReport checks that any text decodes without panicking, into
// findings that point inside the file, deterministically, and that a
// report decoded without findings survives every rule.
func FuzzDecodeReport(f *testing.F) {
	f.Add("format = \"2021\"\nyear = 2023\n", 2023)
	f.Fuzz(func(t *testing.T, src string, year int) {
		const file = "content/a/2023.toml"
		r, fs := DecodeReport(file, src, year)
		lines := strings.Count(src, "\n") + 1
		checkFindings(t, fs, file, lines)
		if r == nil {
			if len(fs) == 0 {
				t.Fatal("no report and no finding")
			}
			return
		}
		if r.File != file || len(r.Applications) != len(report.ApplicationRows) || len(r.Appeals) != len(report.AppealRows) {
			t.Fatalf("malformed report: file %q, %d application rows, %d appeal rows", r.File, len(r.Applications), len(r.Appeals))
		}
		if len(fs) == 0 {
			checkFindings(t, report.CheckOrgan([]*report.Report{r}), file, lines)
		}
		r2, fs2 := DecodeReport(file, src, year)
		if !reflect.DeepEqual(fs, fs2) || !reflect.DeepEqual(r, r2) {
			t.Fatal("decoding the same text twice gave different results")
		}
	})
}

// FuzzSplitNarrative checks that any text splits without panicking into
// the six sections, each a piece of the text, with findings and section
// lines inside the file.
func FuzzSplitNarrative(f *testing.F) {
	f.Add("## 总体情况\n\n正文。\n")
	f.Add("\ufeff# 标题\r\n## 一、总体情况 ##\r\n正文\r\n```\n## 不是标题\n```\n## 未知\n   ## 三、收到和处理政府信息公开申请情况\n")
	f.Add("~~~\n## 总体情况\n## 总体情况\n##总体情况\n####### 七级\n    ## 缩进代码\n")
	f.Fuzz(func(t *testing.T, src string) {
		const file = "content/a/2023.md"
		n, fs := SplitNarrative(file, src)
		norm := strings.ReplaceAll(strings.TrimPrefix(src, "\ufeff"), "\r\n", "\n")
		lines := strings.Count(norm, "\n") + 1
		checkFindings(t, fs, file, lines)
		if len(n.Sections) != len(report.Sections) || len(n.Lines) != len(report.Sections) {
			t.Fatalf("%d sections and %d lines, want %d", len(n.Sections), len(n.Lines), len(report.Sections))
		}
		for i, s := range n.Sections {
			if !strings.Contains(norm, s) {
				t.Errorf("section %d is not a piece of the text: %q", i, s)
			}
			if n.Lines[i] < 0 || n.Lines[i] > lines || (s != "" && n.Lines[i] == 0) {
				t.Errorf("section %d at line %d of %d", i, n.Lines[i], lines)
			}
		}
		for _, f := range fs {
			if f.Line == 0 {
				t.Errorf("narrative finding without a line: %v", f)
			}
		}
	})
}

// checkFindings asserts what every finding about one file must satisfy.
func checkFindings(t *testing.T, fs []report.Finding, file string, lines int) {
	t.Helper()
	if len(fs) > MaxFindingsPerFile+1 {
		t.Errorf("%d findings, more than the limit of %d", len(fs), MaxFindingsPerFile)
	}
	for _, f := range fs {
		if f.File != file || f.Line < 0 || f.Line > lines || f.Rule == "" || f.Message == "" || !utf8.ValidString(f.Message) {
			t.Errorf("bad finding (file has %d lines): %#v", lines, f)
		}
	}
}
