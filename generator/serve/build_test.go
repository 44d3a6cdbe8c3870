package serve

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/site"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// portal is a site of two organs: a with 2021–2023, b with 2022–2023.
func portal(t testing.TB) string {
	return sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+organ("a", "甲局", 2021, 2022, 2023)+organ("b", "乙局", 2022, 2023))
}

// TestIncrementalEqualsFull is the contract of the incremental rebuild:
// after any change, the output is byte for byte what a full build gives,
// and only the pages the change can reach are rendered again. Every
// producer of site takes part, so a new kind of page that depends on more
// than scope.go assumes makes this test fail.
func TestIncrementalEqualsFull(t *testing.T) {
	edited := strings.Replace(sitetest.Narrative, "总体情况正文", "改过的正文", 1)
	tests := []struct {
		name     string
		edit     func(dir string) []Change
		rendered []string // pages rendered again; the rest are reused
	}{
		{"narrative of the middle year", func(dir string) []Change {
			write(t, dir, "content/a/2022.md", edited)
			return []Change{{"content/a/2022.md", Modified}}
		}, []string{"a/2021/index.html", "a/2022/compare/index.html", "a/2022/index.html", "a/2023/compare/index.html", "a/2023/index.html", "a/index.html"}},
		{"data of the latest year", func(dir string) []Change {
			write(t, dir, "content/b/2023.toml", strings.Replace(sitetest.Report(2023, 10, 0, 0), "licensing  = 3", "licensing  = 4", 1))
			return []Change{{"content/b/2023.toml", Modified}}
		}, []string{"b/2022/index.html", "b/2023/compare/index.html", "b/2023/index.html", "b/index.html", "compare/index.html", "years/2023/index.html"}},
		{"date of publication", func(dir string) []Change {
			write(t, dir, "content/b/2023.toml", strings.Replace(sitetest.Report(2023, 10, 0, 0), "year = ", "published = 2024-03-01\nyear = ", 1))
			return []Change{{"content/b/2023.toml", Modified}}
		}, []string{"b/2022/index.html", "b/2023/compare/index.html", "b/2023/index.html", "b/index.html", "compare/index.html", "index.html", "years/2023/index.html"}},
		{"deleted middle year", func(dir string) []Change {
			remove(t, dir, "content/a/2022.toml", "content/a/2022.md")
			return []Change{{"content/a/2022.md", Removed}, {"content/a/2022.toml", Removed}}
		}, []string{"a/2021/index.html", "a/2023/index.html", "a/index.html", "compare/index.html", "index.html", "years/2021/index.html", "years/2022/index.html", "years/2023/index.html"}},
		{"new year", func(dir string) []Change {
			write(t, dir, "content/b/2024.toml", sitetest.Report(2024, 1, 0, 0))
			write(t, dir, "content/b/2024.md", sitetest.Narrative)
			return []Change{{"content/b/2024.md", Created}, {"content/b/2024.toml", Created}}
		}, []string{"b/2023/compare/index.html", "b/2023/index.html", "b/2024/compare/index.html", "b/2024/index.html", "b/index.html", "compare/index.html", "index.html", "years/2023/index.html", "years/2024/index.html"}},
		{"organ renamed", func(dir string) []Change {
			write(t, dir, "content/a/org.toml", "name = \"甲局（新）\"\n")
			return []Change{{"content/a/org.toml", Modified}}
		}, []string{"a/2021/index.html", "a/2022/compare/index.html", "a/2022/index.html", "a/2023/compare/index.html", "a/2023/index.html", "a/index.html", "compare/index.html", "index.html", "years/2021/index.html", "years/2022/index.html", "years/2023/index.html"}},
		{"new organ", func(dir string) []Change {
			write(t, dir, "content/c/org.toml", "name = \"丙局\"\n")
			write(t, dir, "content/c/2023.toml", sitetest.Report(2023, 2, 0, 0))
			write(t, dir, "content/c/2023.md", sitetest.Narrative)
			return []Change{{"content/c", Created}}
		}, []string{"c/2023/index.html", "c/index.html", "compare/index.html", "index.html", "years/2021/index.html", "years/2022/index.html", "years/2023/index.html"}},
		{"organ deleted", func(dir string) []Change {
			if err := os.RemoveAll(filepath.Join(dir, "content/b")); err != nil {
				t.Fatal(err)
			}
			return []Change{{"content/b", Removed}}
		}, []string{"compare/index.html", "index.html", "years/2021/index.html", "years/2022/index.html", "years/2023/index.html"}},
		{"config", func(dir string) []Change {
			write(t, dir, "config.toml", strings.Replace(sitetest.Config, "测试门户", "新门户", 1))
			return []Change{{"config.toml", Modified}}
		}, nil},
		{"layout override", func(dir string) []Change {
			write(t, dir, "layouts/partials/extra.html", `{{define "extra"}}{{end}}`)
			return []Change{{"layouts/partials/extra.html", Created}}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := portal(t)
			prev := build(dir, nil, nil)
			if !prev.ok() {
				t.Fatalf("first build failed: %v", prev.problems)
			}
			inc := build(dir, tt.edit(dir), prev)
			full := build(dir, nil, nil)
			if !inc.ok() || !full.ok() {
				t.Fatalf("rebuild failed: %v %v", inc.problems, full.problems)
			}
			if diff := diffFiles(inc.files, full.files); diff != "" {
				t.Errorf("incremental output differs from a full build:\n%s", diff)
			}
			rendered := renderedPages(prev, inc)
			if tt.rendered == nil {
				if inc.reused != 0 || !inc.full {
					t.Errorf("reused %d pages, want a full rebuild", inc.reused)
				}
			} else if got := strings.Join(rendered, " "); got != strings.Join(tt.rendered, " ") {
				t.Errorf("rendered again: %s\nwant:          %s", got, strings.Join(tt.rendered, " "))
			}
			if got := inc.pages - inc.reused; got != len(rendered) && tt.rendered != nil {
				t.Errorf("rendered %d pages, but %d changed identity", got, len(rendered))
			}
		})
	}
}

// TestEditsInTurn: rebuilds share the groups of outputs they keep with
// the build being served, which must never change under it; after edits
// in turn, each on the last rebuild, the output is a full build's.
func TestEditsInTurn(t *testing.T) {
	dir := portal(t)
	first := build(dir, nil, nil)
	snapshot := map[string][]byte{}
	first.files.each(func(rel string, b []byte) { snapshot[rel] = bytes.Clone(b) })
	edits := []func() []Change{
		func() []Change {
			write(t, dir, "content/a/2022.md", strings.Replace(sitetest.Narrative, "总体情况正文", "改过的正文", 1))
			return []Change{{"content/a/2022.md", Modified}}
		},
		func() []Change {
			write(t, dir, "content/b/2024.toml", sitetest.Report(2024, 1, 0, 0))
			write(t, dir, "content/b/2024.md", sitetest.Narrative)
			return []Change{{"content/b/2024.md", Created}, {"content/b/2024.toml", Created}}
		},
		func() []Change {
			write(t, dir, "content/b/2023.toml", strings.Replace(sitetest.Report(2023, 10, 0, 0), "licensing  = 3", "licensing  = 4", 1))
			return []Change{{"content/b/2023.toml", Modified}}
		},
		func() []Change {
			write(t, dir, "content/a/org.toml", "name = \"甲局（新）\"\n")
			return []Change{{"content/a/org.toml", Modified}}
		},
	}
	last := first
	for i, edit := range edits {
		if last = build(dir, edit(), last); !last.ok() {
			t.Fatalf("edit %d: %v", i, last.problems)
		}
		full := build(dir, nil, nil)
		if diff := diffFiles(last.files, full.files); diff != "" {
			t.Errorf("edit %d: incremental output differs from a full build:\n%s", i, diff)
		}
	}
	n := 0
	first.files.each(func(rel string, b []byte) {
		n++
		if !bytes.Equal(b, snapshot[rel]) {
			t.Errorf("the first build's %s changed", rel)
		}
	})
	if n != len(snapshot) {
		t.Errorf("the first build has %d files, had %d", n, len(snapshot))
	}
}

// renderedPages lists the pages of inc that are not the very bytes of
// prev: those rendered again.
func renderedPages(prev, inc *outcome) []string {
	var out []string
	inc.files.each(func(rel string, b []byte) {
		if !strings.HasSuffix(rel, "index.html") {
			return
		}
		old, ok := prev.files.get(rel)
		if !ok || len(b) == 0 || len(old) == 0 || &old[0] != &b[0] {
			out = append(out, rel)
		}
	})
	sort.Strings(out)
	return out
}

func diffFiles(a, b files) string {
	var d []string
	a.each(func(rel string, x []byte) {
		y, ok := b.get(rel)
		switch {
		case !ok:
			d = append(d, "only incremental: "+rel)
		case !bytes.Equal(x, y):
			d = append(d, "differs: "+rel)
		}
	})
	b.each(func(rel string, _ []byte) {
		if _, ok := a.get(rel); !ok {
			d = append(d, "missing: "+rel)
		}
	})
	sort.Strings(d)
	return strings.Join(d, "\n")
}

func TestBrokenBuildThenIncremental(t *testing.T) {
	dir := portal(t)
	prev := build(dir, nil, nil)
	write(t, dir, "content/a/2022.toml", "year = = 2022\n")
	broken := build(dir, []Change{{"content/a/2022.toml", Modified}}, prev)
	if broken.ok() || len(broken.problems) == 0 || !strings.HasPrefix(broken.problems[0], "content/a/2022.toml:1:") {
		t.Fatalf("broken build: ok=%v problems=%q", broken.ok(), broken.problems)
	}
	// The server passes no previous build after a failure.
	write(t, dir, "content/a/2022.toml", sitetest.Report(2022, 10, 0, 0))
	fixed := build(dir, []Change{{"content/a/2022.toml", Modified}}, nil)
	if !fixed.ok() || !fixed.full {
		t.Fatalf("build after a failure: ok=%v full=%v", fixed.ok(), fixed.full)
	}
}

func write(t testing.TB, dir, rel, data string) {
	t.Helper()
	sitetest.WriteFiles(t, dir, map[string]string{rel: data})
}

func remove(t testing.TB, dir string, rels ...string) {
	t.Helper()
	for _, rel := range rels {
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
			t.Fatal(err)
		}
	}
}

// The live-reload script belongs to serve: `gongkai build` never ships it.
func TestBuildOutputHasNoLiveReload(t *testing.T) {
	dir := portal(t)
	if _, err := site.Build(site.Options{Source: dir}); err != nil {
		t.Fatal(err)
	}
	err := filepath.WalkDir(filepath.Join(dir, "public"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if bytes.Contains(b, []byte("/_gongkai/")) {
			t.Errorf("%s contains the live-reload script", p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	served := build(dir, nil, nil)
	if page, _ := served.files.get("a/2023/index.html"); !bytes.Contains(page, []byte(scriptPath)) {
		t.Error("served page lacks the live-reload script")
	}
}
