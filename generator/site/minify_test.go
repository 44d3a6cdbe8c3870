package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"

	"github.com/gongkai/gongkai/generator/synthetic"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestMinifiedSiteIsTheSiteMinified: a minified site is minified where
// its parts are made (layouts when parsed, narratives as fragments, rows
// in Go), never page by page. Each of its pages must be what minifying
// the same page of the unminified site gives, as far as the minifier can
// tell: both are minified once more and compared byte for byte. Portals:
// the example (real reports), a synthetic one, and one with raw HTML and
// odd values (escapes in names and websites, a gap, acknowledgements).
func TestMinifiedSiteIsTheSiteMinified(t *testing.T) {
	synth := t.TempDir()
	if _, _, err := synthetic.Write(synth, synthetic.Options{Organs: 12, Years: 4, FirstYear: 2021, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]string{"example": "../..", "synthetic": synth, "odd": oddSite(t)} {
		t.Run(name, func(t *testing.T) {
			pages := 0
			plain, small := buildAs(t, src, false), buildAs(t, src, true)
			for file, want := range plain {
				if !strings.HasSuffix(file, ".html") {
					continue
				}
				pages++
				got, ok := small[file]
				if !ok {
					t.Errorf("%s: missing from the minified site", file)
					continue
				}
				if len(got) >= len(want) {
					t.Errorf("%s: minified page is %d bytes, unminified %d", file, len(got), len(want))
				}
				if strings.Contains(got, `id=""`) || strings.Contains(got, "<caption></caption>") || strings.Contains(got, `"></caption>`) {
					t.Errorf("%s: a table without an id or a caption (an empty view?)", file)
				}
				a, b := minifyPage(t, got), minifyPage(t, want)
				if a != b {
					t.Errorf("%s: the minified page differs from the page minified:\n%s", file, diffAt(a, b))
				}
			}
			if pages < 10 {
				t.Errorf("only %d pages compared", pages)
			}
		})
	}
}

// buildAs builds a copy of src with minify set as asked.
func buildAs(t *testing.T, src string, minified bool) map[string]string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS(filepath.Join(src, "content"))); err != nil {
		t.Fatal(err)
	}
	cfg, err := os.ReadFile(filepath.Join(src, "config.toml"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(cfg)
	for _, v := range []string{"minify = true", "minify = false", "minify      = true", "minify      = false"} {
		text = strings.Replace(text, v, "", 1)
	}
	if minified {
		text = "minify = true\n" + text
	} else {
		text = "minify = false\n" + text
	}
	sitetest.WriteFiles(t, dir, map[string]string{"config.toml": text})
	dest := filepath.Join(t.TempDir(), "public")
	if res, err := Build(Options{Source: dir, Destination: dest}); err != nil {
		if res != nil {
			t.Log(res.Findings)
		}
		t.Fatal(err)
	}
	return sitetest.Tree(t, dest)
}

var pageMinifier = func() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepEndTags: true, KeepDocumentTags: true, KeepQuotes: true, KeepDefaultAttrVals: true})
	return m
}()

func minifyPage(t *testing.T, page string) string {
	t.Helper()
	var out bytes.Buffer
	if err := pageMinifier.Minify("text/html", &out, strings.NewReader(page)); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func diffAt(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-100)
	return "got:  …" + a[from:min(len(a), i+100)] + "\nwant: …" + b[from:min(len(b), i+100)]
}

// oddSite is a small portal of the values that need escaping or are
// rare: raw HTML in a narrative, an organ named and linked with
// characters html/template escapes, a gap between years, an
// acknowledged finding.
func oddSite(t *testing.T) string {
	t.Helper()
	narrative := strings.Replace(sitetest.Narrative, "总体情况正文。", "总体情况正文 <em>强调</em>  与   空格。\n\n<div class=\"note\">\n  原文  附注\n</div>\n\n- 一\n- 二", 1)
	return sitetest.Write(t, "-- config.toml --\nunsafe_html = true\n"+sitetest.Config+
		"-- content/plus/org.toml --\nname = \"甲+局 & <乙>\"\nwebsite = \"https://example.org/?a=1&b=(2)\"\n"+
		"-- content/plus/2023.toml --\n"+sitetest.Report(2023, 5, 0, 1)+
		"-- content/plus/2023.md --\n"+narrative+
		"-- content/plus/2024.toml --\n"+sitetest.Report(2024, 7, 1, 0)+
		"-- content/plus/2024.md --\n"+narrative+
		"-- content/gap/org.toml --\nname = \"丙局\"\n"+
		"-- content/gap/2021.toml --\n"+sitetest.Report(2021, 5, 0, 0)+
		"-- content/gap/2021.md --\n"+sitetest.Narrative+
		"-- content/gap/2023.toml --\n"+sitetest.Report(2023, 5, 0, 0)+
		"-- content/gap/2023.md --\n"+sitetest.Narrative)
}
