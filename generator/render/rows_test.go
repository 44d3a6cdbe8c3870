package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// A page minified around its table rows is byte for byte the page
// minified whole: skipping the rows only saves the minifier's time.
func TestRowsSkipMinifierSameOutput(t *testing.T) {
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
		rd, err := NewRenderer(theme, PageKinds, minify)
		if err != nil {
			t.Fatal(err)
		}
		var raw, want, got bytes.Buffer
		if err := rd.pages["report"].ExecuteTemplate(&raw, "base", page); err != nil {
			t.Fatal(err)
		}
		if n := bytes.Count(raw.Bytes(), []byte{rowMark}); n != 24 {
			t.Fatalf("%d row marks, want 24: head and body of 6 tables, opened and closed", n)
		}
		if err := rd.Write(&want, "text/html", bytes.ReplaceAll(raw.Bytes(), []byte{rowMark}, nil)); err != nil {
			t.Fatal(err)
		}
		if err := rd.Page(&got, page); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("minify %v: page differs from the page minified whole:\n got %s\nwant %s", minify, got.String(), want.String())
		}
		if strings.Contains(got.String(), "gk-rows") || bytes.IndexByte(got.Bytes(), rowMark) >= 0 {
			t.Errorf("minify %v: placeholder or mark left in the page", minify)
		}
	}
}

func TestUnbalancedRowMarks(t *testing.T) {
	theme, err := OpenTheme(t.TempDir(), "default")
	if err != nil {
		t.Fatal(err)
	}
	rd, err := NewRenderer(theme, PageKinds, true)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := rd.writePage(&out, []byte("<p>a</p>\x00<tr><td>1</td></tr>")); err == nil {
		t.Error("no error for an unclosed run of rows")
	}
}
