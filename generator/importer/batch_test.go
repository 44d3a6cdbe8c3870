package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFilesUnreadable: a folder that cannot be read is reported, and the
// others are read all the same.
func TestFilesUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every folder")
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "r.txt"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(dir, "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "b", "s.txt"), []byte("x"), 0o644)
	os.Chmod(filepath.Join(dir, "b"), 0)
	defer os.Chmod(filepath.Join(dir, "b"), 0o755)
	files, unreadable, err := Files([]string{dir}, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || !strings.HasSuffix(files[0], "r.txt") || len(unreadable) != 1 || unreadable[0].Status != Failed {
		t.Errorf("files %q, unreadable %+v", files, unreadable)
	}
}

// TestFilesSkips: hidden files and the site's own folders are left out;
// the rest come in name order.
func TestFilesSkips(t *testing.T) {
	site := t.TempDir()
	for _, f := range []string{"b.txt", "a/2.pdf", "a/1.html", ".git/x", "content/o/2023.toml", "public/index.html", ".h.txt"} {
		os.MkdirAll(filepath.Dir(filepath.Join(site, f)), 0o755)
		os.WriteFile(filepath.Join(site, f), []byte("x"), 0o644)
	}
	files, _, err := Files([]string{site}, site)
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, f := range files {
		r, _ := filepath.Rel(site, f)
		rel = append(rel, r)
	}
	if strings.Join(rel, " ") != "a/1.html a/2.pdf b.txt" {
		t.Errorf("files %q", rel)
	}
}
