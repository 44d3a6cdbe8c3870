package site

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestBuildEscapes builds a site whose every name, label and narrative
// carries markup, and checks that no built file contains it live: names
// are escaped wherever they appear, narrative HTML is shown as text, and
// a javascript: link is reduced to its text.
func TestBuildEscapes(t *testing.T) {
	const payload = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`
	dir := sitetest.Write(t, `
-- config.toml --
title = '门户`+payload+`'
base_url = "https://example.gov.cn/nb/"
minify = false
[footer]
host = '主办`+payload+`'
site_code = '标识`+payload+`'
icp = '备案`+payload+`'
police = '公安`+payload+`'
-- content/a/org.toml --
name = '机关`+payload+`'
category = '类别`+payload+`'
website = "https://example.gov.cn/?q='&x=%3Cb%3E"
-- content/a/2023.toml --
`+sitetest.Report(2023, 1, 0, 0)+`
-- content/a/2023.md --
## 总体情况

正文`+payload+`

[点此](javascript:alert(3)) [再点](&#106;avascript:alert(4)) <javascript:alert(5)>

<div onclick="alert(6)">块</div>

## 其他需要报告的事项

`+"```html\n<script>alert(7)</script>\n```\n")
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{Source: dir, Destination: dest}); err != nil {
		t.Fatal(err)
	}
	files := sitetest.Tree(t, dest)
	if len(files) < 3 {
		t.Fatalf("built only %d files", len(files))
	}
	for name, b := range files {
		// JSON and CSV are data, not markup: they carry the names as
		// published, and their consumers escape them. What a browser
		// renders as a page must never carry them live.
		if ext := filepath.Ext(name); ext != ".html" && ext != ".xml" && ext != ".svg" {
			continue
		}
		b = themeScripts.ReplaceAllString(b, "")
		lower := strings.ToLower(b)
		if m := handlerAttr.FindString(b); m != "" {
			t.Errorf("%s has an event handler attribute: %s", name, m)
		}
		for _, live := range []string{"<script", "<img", "<div onclick", "javascript:"} {
			if strings.Contains(lower, live) {
				i := strings.Index(lower, live)
				t.Errorf("%s contains %q live: …%s…", name, live, b[max(0, i-80):min(len(b), i+80)])
			}
		}
	}
	report := files["a/2023/index.html"]
	for _, shown := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "点此", "再点", "&lt;div onclick="} {
		if !strings.Contains(report, shown) {
			t.Errorf("the report page does not show %q as text", shown)
		}
	}
}

// handlerAttr is an on…= attribute of a tag, outside its quoted values.
var handlerAttr = regexp.MustCompile(`<[a-zA-Z]+(?:\s+[^\s=<>"]+(?:="[^"]*")?)*\s+on[a-z]+\s*=`)

// themeScripts are the scripts the theme itself puts on pages: 长者模式's
// progressive enhancement and the schema.org JSON-LD (whose content
// html/template escapes for the script context).
var themeScripts = regexp.MustCompile(`<script src="(?:\.\./)*assets/mode\.js"></script>|<script type="application/ld\+json">`)
