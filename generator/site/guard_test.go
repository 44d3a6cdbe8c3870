package site

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestBuildRefusesDangerousDestination checks that no destination whose
// swap would delete the site's sources or unrelated files is accepted,
// and that the sources survive every attempt.
func TestBuildRefusesDangerousDestination(t *testing.T) {
	src := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+
		"-- content/a/org.toml --\nname = \"甲机关\"\n"+
		"-- content/a/2023.toml --\n"+sitetest.Report(2023, 1, 0, 0)+
		"-- content/a/2023.md --\n"+sitetest.Narrative)
	foreign := t.TempDir()
	sitetest.WriteFiles(t, foreign, map[string]string{"notes.txt": "别人的文件"})
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(src, link); err != nil {
		t.Fatal(err)
	}
	before := sitetest.Tree(t, src)
	for _, dest := range []string{
		src,
		filepath.Dir(src),
		filepath.Join(src, "content"),
		filepath.Join(src, "content", "a"),
		filepath.Join(src, "content", "public"),
		filepath.Join(src, "static"),
		filepath.Join(src, "static", "site"),
		filepath.Join(src, "layouts"),
		filepath.Join(src, "themes", "gongkai"),
		filepath.Join(src, "."),
		filepath.Join(src, "public", ".."),
		link,
		foreign,
	} {
		if _, err := Build(Options{Source: src, Destination: dest}); err == nil || !strings.Contains(err.Error(), "输出目录") {
			t.Errorf("destination %s: err = %v, want a refusal", dest, err)
		}
	}
	if got := sitetest.Tree(t, src); len(got) != len(before) {
		t.Fatalf("the site's sources changed: %d files, had %d", len(got), len(before))
	}
	if got := sitetest.Tree(t, foreign); len(got) != 1 {
		t.Fatal("the foreign directory changed")
	}
	for _, dest := range []string{filepath.Join(src, "public"), filepath.Join(t.TempDir(), "new", "site"), t.TempDir(), filepath.Join(src, "docs")} {
		for i := 0; i < 2; i++ { // the second build replaces the first
			if _, err := Build(Options{Source: src, Destination: dest}); err != nil {
				t.Errorf("destination %s, build %d: %v", dest, i+1, err)
			}
		}
	}
}

// TestBuildReplacesOnlyItsOwnSite checks the manifest rule: a web root
// holding an index.html among other files is refused, as is a site
// gongkai published once someone has added files to it; a site gongkai
// published is replaced, and a refused destination is left as it was.
func TestBuildReplacesOnlyItsOwnSite(t *testing.T) {
	src := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+
		"-- content/a/org.toml --\nname = \"甲机关\"\n"+
		"-- content/a/2023.toml --\n"+sitetest.Report(2023, 1, 0, 0)+
		"-- content/a/2023.md --\n"+sitetest.Narrative)
	refuse := func(t *testing.T, dest, want string) {
		t.Helper()
		before := sitetest.Tree(t, dest)
		_, err := Build(Options{Source: src, Destination: dest})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want a refusal mentioning %q", err, want)
		}
		if after := sitetest.Tree(t, dest); !maps.Equal(before, after) {
			t.Errorf("the refused destination changed")
		}
	}
	t.Run("web root", func(t *testing.T) {
		dest := t.TempDir()
		sitetest.WriteFiles(t, dest, map[string]string{
			"index.html": "<h1>首页</h1>", "app/data.db": "数据库", ".git/HEAD": "ref: refs/heads/main\n"})
		refuse(t, dest, ManifestName)
	})
	t.Run("file added to a published site", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		if _, err := Build(Options{Source: src, Destination: dest}); err != nil {
			t.Fatal(err)
		}
		if _, err := Build(Options{Source: src, Destination: dest}); err != nil {
			t.Fatalf("rebuilding a published site: %v", err)
		}
		sitetest.WriteFiles(t, dest, map[string]string{"a/upload/报告.pdf": "%PDF"})
		refuse(t, dest, "a/upload")
	})
	t.Run("directory added to a published site", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		if _, err := Build(Options{Source: src, Destination: dest}); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(filepath.Join(dest, ".git"), 0o755); err != nil {
			t.Fatal(err)
		}
		refuse(t, dest, ".git")
	})
	t.Run("symlink in a published site", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		if _, err := Build(Options{Source: src, Destination: dest}); err != nil {
			t.Fatal(err)
		}
		target := filepath.Join(t.TempDir(), "data.db")
		if err := os.WriteFile(target, []byte("数据库"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, filepath.Join(dest, "uploads")); err != nil {
			t.Fatal(err)
		}
		refuse(t, dest, "uploads")
	})
	t.Run("forged manifest", func(t *testing.T) {
		dest := t.TempDir()
		sitetest.WriteFiles(t, dest, map[string]string{"index.html": "首页", ManifestName: "index.html\n"})
		refuse(t, dest, "清单")
	})
	t.Run("destination is a file", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		if err := os.WriteFile(dest, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Build(Options{Source: src, Destination: dest}); err == nil || !strings.Contains(err.Error(), "不是目录") {
			t.Errorf("err = %v, want a refusal", err)
		}
	})
}

// TestBuildRechecksBeforeSwap checks that files put into the destination
// while the site renders (an upload into a published site, a database
// created where there was no destination yet) stop the swap and survive.
func TestBuildRechecksBeforeSwap(t *testing.T) {
	src := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+
		"-- content/a/org.toml --\nname = \"甲机关\"\n"+
		"-- content/a/2023.toml --\n"+sitetest.Report(2023, 1, 0, 0)+
		"-- content/a/2023.md --\n"+sitetest.Narrative)
	for _, published := range []bool{true, false} {
		dest := filepath.Join(t.TempDir(), "public")
		if published {
			if _, err := Build(Options{Source: src, Destination: dest}); err != nil {
				t.Fatal(err)
			}
		}
		testHookBeforeSwap = func(dest string) {
			sitetest.WriteFiles(t, dest, map[string]string{"uploads/db.sqlite": "数据"})
		}
		_, err := Build(Options{Source: src, Destination: dest})
		testHookBeforeSwap = nil
		if err == nil || !strings.Contains(err.Error(), "uploads") {
			t.Errorf("published=%v: err = %v, want a refusal naming uploads", published, err)
		}
		if b, err := os.ReadFile(filepath.Join(dest, "uploads", "db.sqlite")); err != nil || string(b) != "数据" {
			t.Errorf("published=%v: the file put in during the build is gone: %v", published, err)
		}
		if entries, _ := os.ReadDir(filepath.Dir(dest)); len(entries) != 1 {
			t.Errorf("published=%v: staging left beside the destination: %v", published, entries)
		}
	}
}

// TestBuildPublishesReportsWithNotes checks that a report whose only
// finding is a note (a 2021 report printed in the 2019 tables) is
// published: it once passed check and then vanished from the site.
func TestBuildPublishesReportsWithNotes(t *testing.T) {
	src := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+
		"-- content/a/org.toml --\nname = \"甲机关\"\n"+
		"-- content/a/2021.toml --\n"+sitetest.Report2019(2021, 1, 0, 0)+
		"-- content/a/2021.md --\n"+sitetest.Narrative)
	dest := filepath.Join(t.TempDir(), "public")
	res, err := Build(Options{Source: src, Destination: dest})
	if err != nil {
		t.Fatal(err)
	}
	notes := 0
	for _, f := range res.Findings {
		if f.Severity == report.Note && f.Rule == content.RuleFormat {
			notes++
		}
	}
	if notes != 1 || res.Reports != 1 {
		t.Errorf("%d format notes and %d reports, want 1 and 1: %v", notes, res.Reports, res.Findings)
	}
	if _, err := os.Stat(filepath.Join(dest, "a", "2021", "index.html")); err != nil {
		t.Errorf("the report's page is missing: %v", err)
	}
}
