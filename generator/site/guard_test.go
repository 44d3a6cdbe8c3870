package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	for _, dest := range []string{filepath.Join(src, "public"), filepath.Join(t.TempDir(), "new", "site"), t.TempDir()} {
		for i := 0; i < 2; i++ { // the second build replaces the first
			if _, err := Build(Options{Source: src, Destination: dest}); err != nil {
				t.Errorf("destination %s, build %d: %v", dest, i+1, err)
			}
		}
	}
}
