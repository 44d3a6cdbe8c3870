package render

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/synthetic"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestDirectMatchesTemplates renders every report, comparison and organ
// page of several portals both ways: written directly (direct.go) and
// through the templates and the minifier. The two must be byte for byte
// the same, and a page with a value the direct writer does not write must
// fall back to the templates, never be written half-plain.
func TestDirectMatchesTemplates(t *testing.T) {
	synth := t.TempDir()
	if _, _, err := synthetic.Write(synth, synthetic.Options{Organs: 24, Years: 4, FirstYear: 2019, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		dir      string
		fallback []string          // pages expected to go through the templates
		shows    map[string]string // page path → text its direct page must hold
	}{
		// The shortest title and language check lets through.
		{name: "short-title", dir: shortTitlePortal(t)},
		{name: "example", dir: "../.."},
		{name: "synthetic", dir: synth},
		// "&" in a website: in an href and, as \u0026, in the JSON-LD;
		// "(" in a website: the URL normalizer writes it %28.
		{name: "odd", dir: oddPortal(t), fallback: []string{"paren/", "query/", "query/2024/"}, shows: map[string]string{
			"ack/2024/":          "原文如此：总计为0",     // the acknowledged finding's notice
			"gap/":               "以下年度的报告：2022年", // the gap note
			"plus/2024/compare/": "甲+局",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			direct, fellBack := checkDirect(t, tc.dir, tc.shows)
			if direct == 0 {
				t.Fatal("no page was written directly")
			}
			if strings.Join(fellBack, " ") != strings.Join(sorted(tc.fallback), " ") {
				t.Errorf("pages rendered through the templates: %q, want %q", fellBack, sorted(tc.fallback))
			}
		})
	}
}

func checkDirect(t *testing.T, dir string, shows map[string]string) (direct int, fellBack []string) {
	t.Helper()
	s, err := content.Load(dir)
	if err != nil {
		t.Fatalf("load %s: %v", dir, err)
	}
	theme, err := OpenTheme(s.Dir, "default")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRenderer(theme, PageKinds, true)
	if err != nil {
		t.Fatal(err)
	}
	if r.direct == nil {
		t.Fatal("a pristine default theme, minified, has no direct writers")
	}
	md := NewMarkdown(false)
	info := &SiteInfo{Title: s.Config.Title, Language: s.Config.Language, BaseURL: s.Config.BaseURL, Footer: s.Config.Footer}
	var pages []*Page
	for _, o := range s.Organs {
		pages = append(pages, OrganPage(info, o))
		for _, rep := range o.Reports {
			sections, err := md.Sections(rep)
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, ReportPage(info, o, rep, s.Findings, sections))
			if prev := o.Previous(rep); prev != nil {
				pages = append(pages, ComparePage(info, o, prev, rep))
			}
		}
	}
	for i, p := range pages {
		if i%5 == 0 {
			p.LiveReload = "/_gongkai/livereload.js" // as serve sets it
		}
		var want, got bytes.Buffer
		if err := r.pageByTemplate(&want, p); err != nil {
			t.Fatalf("%s: %v", p.Path, err)
		}
		ok, err := r.writeDirect(&got, p)
		if err != nil {
			t.Fatalf("%s: %v", p.Path, err)
		}
		if !ok {
			if got.Len() != 0 {
				t.Errorf("%s: fell back after writing %d bytes", p.Path, got.Len())
			}
			t.Logf("%s: through the templates: %s", p.Path, r.directPage(nil, p, r.direct[p.Kind]).why)
			fellBack = append(fellBack, p.Path)
			continue
		}
		direct++
		if text, ok := shows[p.Path]; ok && !strings.Contains(got.String(), text) {
			t.Errorf("%s: direct page lacks %q", p.Path, text)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s (%s): direct page differs from the template's\n%s", p.Path, p.Kind, firstDiff(got.Bytes(), want.Bytes()))
		}
	}
	return direct, sorted(fellBack)
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

// firstDiff shows where two pages part.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-120)
	return "direct:   …" + string(got[from:min(len(got), i+120)]) + "\ntemplate: …" + string(want[from:min(len(want), i+120)])
}

// oddPortal has values that direct pages must handle, or must leave to
// the templates: a "+" in an organ's name, a website with a query, a
// quote, an acknowledged finding, a gap, footer fields, a narrative with
// lists, links, emphasis and escaped HTML.
func oddPortal(t *testing.T) string {
	t.Helper()
	narrative := strings.Replace(sitetest.Narrative, "总体情况正文。", "总体情况正文，含 *强调*、[链接](https://example.org/x?a=1&b=2) 和 <b>原样</b> 文字。\n\n1. 第一项\n2. 第二项\n\n- 甲\n- 乙\n\n> 引文", 1)
	rep := func(org string, year, received, over, fwd int) string {
		y := strconv.Itoa(year)
		return "-- content/" + org + "/" + y + ".toml --\n" + sitetest.Report(year, received, over, fwd) +
			"-- content/" + org + "/" + y + ".md --\n" + narrative
	}
	ack := strings.Replace(sitetest.Report(2024, 3, 0, 0), "[active]", `[[acknowledged]]
rule = "appeals-total"
row  = "appeals.review"
note = "原文如此：总计为0"

[active]`, 1)
	ack = strings.Replace(ack, "review                  = [0, 0, 0, 0, 0]", "review                  = [1, 0, 0, 0, 0]", 1)
	dir := sitetest.Write(t, `
-- config.toml --
title = "测试门户"
base_url = "https://example.gov.cn/nb/"
minify = true
[footer]
host = "测试主办单位"
site_code = "1234000001"
icp = "京ICP备00000000号"
police = "京公网安备 11010502000000号"
-- content/plus/org.toml --
name = "甲+局"
category = "部门"
-- content/query/org.toml --
name = "乙局"
website = "https://example.org/?a=1&b=2"
-- content/quote/org.toml --
name = "丙'局"
-- content/paren/org.toml --
name = "己局"
website = "https://example.org/x(1)"
-- content/gap/org.toml --
name = "丁局"
website = "https://ding.example.cn/"
-- content/ack/org.toml --
name = "戊局"
`+rep("plus", 2023, 5, 0, 0)+rep("plus", 2024, 6, 0, 0)+
		rep("query", 2024, 1, 0, 0)+
		rep("quote", 2024, 2, 0, 0)+
		rep("paren", 2024, 2, 0, 0)+
		rep("gap", 2021, 1, 0, 0)+rep("gap", 2023, 1, 0, 0)+
		"-- content/ack/2024.toml --\n"+ack+"-- content/ack/2024.md --\n"+narrative)
	return dir
}

// shortTitlePortal has the shortest site title and language a site may
// have (an empty one is refused by check).
func shortTitlePortal(t *testing.T) string {
	t.Helper()
	return sitetest.Write(t, `
-- config.toml --
title = "甲"
language = "zh"
base_url = "https://example.gov.cn/nb/"
minify = true
-- content/a/org.toml --
name = "甲局"
-- content/a/2023.toml --
`+sitetest.Report(2023, 3, 0, 0)+`
-- content/a/2023.md --
`+sitetest.Narrative+`
-- content/a/2024.toml --
`+sitetest.Report(2024, 4, 0, 0)+`
-- content/a/2024.md --
`+sitetest.Narrative)
}
