package content

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteRefusesSymlinkedOrgan: content/<slug> linked elsewhere must
// not carry a write outside the site, with or without --force.
func TestWriteRefusesSymlinkedOrgan(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("title = \"t\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outside, "org.toml"), []byte("name = \"新郑市人民政府\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "content", "xinzheng")); err != nil {
		t.Fatal(err)
	}
	for _, force := range []bool{false, true} {
		_, err := WriteReport(dir, ReportFiles{Slug: "xinzheng", Year: 2024, TOML: "x", MD: "y", OrganName: "新郑市人民政府"}, force)
		if !errors.Is(err, ErrNotDir) {
			t.Errorf("force=%v: err = %v; want ErrNotDir", force, err)
		}
	}
	entries, _ := os.ReadDir(outside)
	if len(entries) != 1 {
		t.Errorf("files written outside the site: %v", entries)
	}
}
