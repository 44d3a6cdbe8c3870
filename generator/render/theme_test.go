package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestThemeRefusesLinksOutOfTheSite checks that no file outside the site
// directory is read through a link, whatever the link is called and
// wherever it sits on the path, while links inside the site still work.
func TestThemeRefusesLinksOutOfTheSite(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "passwd")
	write(t, secret, "root:x:0:0")
	write(t, filepath.Join(outside, "assets", "style.css"), "root:x:0:0")
	write(t, filepath.Join(outside, "layouts", "base.html"), "{{/* outside */}}")

	for _, tc := range []struct {
		name  string
		setup func(site string)
		read  string // a file read through ReadFile
	}{
		{"static file named like a theme file", func(site string) {
			link(t, secret, filepath.Join(site, "static", "assets", "style.css"))
		}, "static/assets/style.css"},
		{"static file with a new name", func(site string) {
			link(t, secret, filepath.Join(site, "static", "robots.txt"))
		}, "static/robots.txt"},
		{"linked static directory", func(site string) {
			link(t, outside, filepath.Join(site, "static"))
		}, "static/assets/style.css"},
		{"linked directory inside static", func(site string) {
			link(t, filepath.Join(outside, "assets"), filepath.Join(site, "static", "assets"))
		}, "static/assets/style.css"},
		{"relative link climbing out", func(site string) {
			rel, err := filepath.Rel(filepath.Join(site, "static"), secret)
			if err != nil {
				t.Fatal(err)
			}
			link(t, rel, filepath.Join(site, "static", "favicon.ico"))
		}, "static/favicon.ico"},
		{"layout", func(site string) {
			link(t, filepath.Join(outside, "layouts", "base.html"), filepath.Join(site, "layouts", "base.html"))
		}, "layouts/base.html"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site := t.TempDir()
			tc.setup(site)
			th, err := OpenTheme(site, "default")
			if err != nil {
				if !strings.Contains(err.Error(), "站点目录之外") {
					t.Fatalf("OpenTheme: %v, want a message about a link out of the site", err)
				}
				return
			}
			if b, _, err := th.ReadFile(tc.read); err == nil || !strings.Contains(err.Error(), "站点目录之外") {
				t.Errorf("ReadFile(%s) = %q, %v; want a refusal naming a link out of the site", tc.read, b, err)
			}
			files, err := th.StaticFiles()
			for _, f := range files {
				if b, err := th.Static(f); err == nil && strings.Contains(string(b), "root:x") {
					t.Errorf("static file %s published the outside file", f)
				}
			}
			if err != nil && !strings.Contains(err.Error(), "站点目录之外") && !strings.Contains(err.Error(), "指向目录的符号链接") {
				t.Errorf("StaticFiles: %v", err)
			}
		})
	}

	t.Run("links inside the site", func(t *testing.T) {
		site := t.TempDir()
		write(t, filepath.Join(site, "shared", "logo.svg"), "<svg/>")
		link(t, filepath.Join(site, "shared", "logo.svg"), filepath.Join(site, "static", "logo.svg"))
		th, err := OpenTheme(site, "default")
		if err != nil {
			t.Fatal(err)
		}
		if b, err := th.Static("logo.svg"); err != nil || string(b) != "<svg/>" {
			t.Errorf("Static(logo.svg) = %q, %v", b, err)
		}
		files, err := th.StaticFiles()
		if err != nil || !contains(files, "logo.svg") {
			t.Errorf("StaticFiles = %v, %v; want logo.svg listed", files, err)
		}
	})

	// A linked directory is not followed, even inside the site: it is
	// said, not silently left out of the published site.
	t.Run("linked directory inside the site", func(t *testing.T) {
		site := t.TempDir()
		write(t, filepath.Join(site, "shared", "img", "logo.svg"), "<svg/>")
		link(t, filepath.Join(site, "shared", "img"), filepath.Join(site, "static", "img"))
		th, err := OpenTheme(site, "default")
		if err != nil {
			t.Fatal(err)
		}
		if files, err := th.StaticFiles(); err == nil || !strings.Contains(err.Error(), "static/img 是指向目录的符号链接") {
			t.Errorf("StaticFiles = %v, %v; want a refusal naming static/img", files, err)
		}
	})
}

// TestThemeNames checks that a theme is one directory under themes/.
func TestThemeNames(t *testing.T) {
	site := t.TempDir()
	write(t, filepath.Join(site, "themes", "blue", "layouts", "base.html"), "x")
	outside := t.TempDir()
	write(t, filepath.Join(outside, "layouts", "base.html"), "x")
	link(t, outside, filepath.Join(site, "themes", "shared"))
	if _, err := OpenTheme(site, "blue"); err != nil {
		t.Errorf("theme blue: %v", err)
	}
	for _, name := range []string{"../blue", "themes/blue", "/etc", "..", ".", "a\x00b", "blue/", "蓝色", "missing", "shared"} {
		if _, err := OpenTheme(site, name); err == nil || !strings.Contains(err.Error(), "theme") {
			t.Errorf("theme %q: err = %v, want a refusal", name, err)
		}
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func link(t *testing.T, target, name string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestPageKindsAreTheLayouts: every layouts/<kind>.html is the layout of
// a kind of page, the theme's and the site's alike, with nothing to
// register; a kind without a layout is an error, not an empty page.
func TestPageKindsAreTheLayouts(t *testing.T) {
	site := t.TempDir()
	write(t, filepath.Join(site, "layouts", "notice.html"), `{{define "main"}}<p>通知：{{.Body}}</p>{{end}}`)
	th, err := OpenTheme(site, "default")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRenderer(th, false)
	if err != nil {
		t.Fatal(err)
	}
	info := &SiteInfo{Title: "测试", Language: "zh-CN"}
	for _, kind := range []string{"home", "report", "organ", "compare", "year", "totals", "error", "notice"} {
		if _, ok := r.pages[kind]; !ok {
			t.Errorf("no layout for %q", kind)
		}
	}
	var b strings.Builder
	if err := r.Page(&b, &Page{Kind: "notice", Site: info, Body: "停机维护"}); err != nil || !strings.Contains(b.String(), "<p>通知：停机维护</p>") {
		t.Errorf("notice page: %v\n%s", err, b.String())
	}
	if err := r.Page(&b, &Page{Kind: "missing", Site: info}); err == nil {
		t.Error("a page kind without a layout rendered")
	}
}

// TestMinifiedLayoutKeepsTrims: a template comment with trim markers
// still trims when the layout is minified.
func TestMinifiedLayoutKeepsTrims(t *testing.T) {
	site := t.TempDir()
	write(t, filepath.Join(site, "layouts", "notice.html"), "{{define \"main\"}}<p>甲\n{{- /* 注释 */ -}}\n乙 丙\n{{/* 注释 */ -}}\n丁\n{{- /* 注释 */}} 戊</p>{{end}}")
	th, err := OpenTheme(site, "default")
	if err != nil {
		t.Fatal(err)
	}
	for _, minify := range []bool{false, true} {
		r, err := NewRenderer(th, minify)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := r.Page(&b, &Page{Kind: "notice", Site: &SiteInfo{Title: "测试", Language: "zh-CN"}}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "<p>甲乙 丙\n丁 戊</p>") && !strings.Contains(b.String(), "<p>甲乙 丙 丁 戊</p>") {
			t.Errorf("minify %v: %q", minify, b.String()[strings.Index(b.String(), "<p>甲"):])
		}
	}
}
