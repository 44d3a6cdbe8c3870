package site

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "index.html")
	big := bytes.Repeat([]byte("政府信息公开"), 100000)
	for _, data := range [][]byte{big, []byte("short"), nil} {
		if err := writeFile(path, data); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("read back %d bytes (%v), wrote %d", len(got), err, len(data))
		}
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o644&^umask(t) {
		t.Errorf("mode %v, %v", info.Mode(), err)
	}
	if err := writeFile(filepath.Join(dir, "missing", "x.html"), []byte("x")); err == nil {
		t.Error("no error writing into a missing directory")
	}
}

// umask reads the process umask from a fresh file's mode.
func umask(t *testing.T) os.FileMode {
	f := filepath.Join(t.TempDir(), "probe")
	if err := os.WriteFile(f, nil, 0o777); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(f)
	if err != nil {
		t.Fatal(err)
	}
	return 0o777 &^ info.Mode().Perm()
}
