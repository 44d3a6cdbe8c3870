package site_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/feed"
	"github.com/gongkai/gongkai/generator/site"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestMemoEqualsPlain: with a Memo kept across edits, the portal feed
// (paged), /data/reports.csv and the year pages (their rows kept) are
// byte for byte those of a build without one, including after edits that
// change a figure, move a report to another feed page or rename its
// organ.
func TestMemoEqualsPlain(t *testing.T) {
	defer func(n int) { feed.PageSize = n }(feed.PageSize)
	feed.PageSize = 2
	dir := sitetest.Write(t, multiYear())
	edits := []struct {
		name string
		path string
		edit func(string) string
	}{
		{"narrative", "content/alpha/2022.md", func(s string) string { return strings.Replace(s, "总体情况正文", "改过的正文", 1) }},
		{"moved to the first page", "content/alpha/2021.toml", func(s string) string {
			return strings.Replace(s, "published = 2022-02-01", "published = 2030-01-01", 1)
		}},
		{"a figure", "content/alpha/2023.toml", func(s string) string { return strings.Replace(s, "licensing  = 3", "licensing  = 4", 1) }},
		{"undated", "content/alpha/2023.toml", func(s string) string { return strings.Replace(s, "published = 2024-02-03\n", "", 1) }},
		{"organ renamed", "content/beta/org.toml", func(s string) string { return strings.Replace(s, "=乙局", "乙局（新）", 1) }},
		{"report deleted", "content/beta/2023.toml", nil},
	}
	cache, memo := content.NewCache(), site.NewMemo()
	check := func(when string) {
		t.Helper()
		s, err := cache.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		withMemo, plain := site.NewMemSink(), site.NewMemSink()
		if err := site.Render(s, site.Options{Source: dir, Memo: memo}, withMemo, &site.Result{}); err != nil {
			t.Fatal(err)
		}
		fresh, err := content.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		if err := site.Render(fresh, site.Options{Source: dir}, plain, &site.Result{}); err != nil {
			t.Fatal(err)
		}
		a, b := withMemo.Paths(), plain.Paths()
		if strings.Join(a, " ") != strings.Join(b, " ") {
			t.Fatalf("%s: outputs differ:\n%v\n%v", when, a, b)
		}
		pages := 0
		for _, p := range a {
			x, _ := withMemo.Get(p)
			y, _ := plain.Get(p)
			if !bytes.Equal(x, y) {
				t.Errorf("%s: %s differs:\n%s\n----\n%s", when, p, x, y)
			}
			if strings.HasPrefix(p, "feed") {
				pages++
			}
			if strings.HasPrefix(p, "years/") && !bytes.Contains(x, []byte("甲区人民政府")) {
				t.Errorf("%s: %s lacks an organ's row", when, p)
			}
		}
		if pages < 2 {
			t.Fatalf("%s: %d portal feed pages, want several", when, pages)
		}
	}
	check("first build")
	for _, e := range edits {
		p := filepath.Join(dir, filepath.FromSlash(e.path))
		if e.edit == nil {
			os.Remove(p)
			os.Remove(strings.TrimSuffix(p, ".toml") + ".md")
			cache.Changed([]string{e.path})
			check(e.name)
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(e.edit(string(b))+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		cache.Changed([]string{e.path})
		check(e.name)
	}
}
