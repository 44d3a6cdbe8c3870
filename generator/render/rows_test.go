package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// A page's table rows are written without their marks, and on a
// minified site without the line break after each row.
func TestPageRows(t *testing.T) {
	r, fs := content.DecodeReport("content/x/2023.toml", sitetest.Report(2023, 12, 1, 2), 2023)
	if r == nil || len(fs) > 0 {
		t.Fatalf("test report does not load: %v", fs)
	}
	n, _ := content.SplitNarrative("content/x/2023.md", sitetest.Narrative)
	r.Org, r.Narrative = "x", n
	o := &report.Organ{Slug: "x", Name: "测试机关", Reports: []*report.Report{r}}
	info := &SiteInfo{Title: "测试", Language: "zh-CN", BaseURL: "https://example.gov.cn/"}
	sections, err := NewMarkdown(false).Sections(r)
	if err != nil {
		t.Fatal(err)
	}
	page := ReportPage(info, o, r, nil, sections)
	theme, err := OpenTheme(t.TempDir(), "default")
	if err != nil {
		t.Fatal(err)
	}
	for _, minify := range []bool{true, false} {
		rd, err := NewRenderer(theme, minify)
		if err != nil {
			t.Fatal(err)
		}
		var raw, got bytes.Buffer
		if err := rd.pages["report"].ExecuteTemplate(&raw, "base", page); err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(raw.Bytes(), []byte{rowMark}); n != 24 {
			t.Fatalf("%d row marks, want 24: head and body of 6 tables, opened and closed", n)
		}
		if err := rd.Page(&got, page); err != nil {
			t.Fatal(err)
		}
		if bytes.IndexByte(got.Bytes(), rowMark) >= 0 {
			t.Errorf("minify %v: a row mark left in the page", minify)
		}
		if breaks := strings.Count(got.String(), "</tr>\n<tr>"); minify != (breaks == 0) {
			t.Errorf("minify %v: %d line breaks between rows", minify, breaks)
		}
		if want := strings.ReplaceAll(raw.String(), "\x00", ""); !minify && got.String() != want {
			t.Error("an unminified page is not what its template wrote")
		}
	}
}

func TestUnbalancedRowMarks(t *testing.T) {
	theme, err := OpenTheme(t.TempDir(), "default")
	if err != nil {
		t.Fatal(err)
	}
	rd, err := NewRenderer(theme, true)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := rd.writePage(&out, []byte("<p>a</p>\x00<tr><td>1</td></tr>")); err == nil {
		t.Error("no error for an unclosed run of rows")
	}
}
