package content

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	text := strings.Repeat("## 总体情况\n正文。\n", 5000)
	fifo := filepath.Join(dir, "fifo.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.toml")
	if f, err := os.Create(big); err != nil {
		t.Fatal(err)
	} else {
		f.Truncate(MaxFileSize + 1)
		f.Close()
	}
	for _, tc := range []struct {
		name, path, want, err string
	}{
		{"text", write("2023.md", []byte(text)), text, ""},
		{"empty", write("empty.md", nil), "", ""},
		{"directory", dir, "", "不是普通文件"},
		{"fifo", fifo, "", "不是普通文件"},
		{"missing", filepath.Join(dir, "none.toml"), "", "无法读取"},
		{"too large", big, "", "文件过大"},
		{"gbk", write("gbk.md", []byte{0xd7, 0xdc, 0xcc, 0xe5}), "", "不是 UTF-8 文本"},
	} {
		got, err := readFile(tc.path)
		switch {
		case tc.err == "" && (err != nil || got != tc.want):
			t.Errorf("%s: got %d bytes, %v", tc.name, len(got), err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.err)
		}
	}
}
