package oserr

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReason checks the errors users meet come back in Chinese, without
// the operation or path.
func TestReason(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	os.WriteFile(file, []byte("x"), 0o644)
	_, missing := os.Stat(filepath.Join(dir, "missing"))
	_, notDir := os.Stat(filepath.Join(file, "x"))
	mkdir := os.Mkdir(file, 0o755)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, inUse := net.Listen("tcp", ln.Addr().String())
	for _, tc := range []struct {
		err  error
		want string
	}{
		{missing, "不存在"}, {notDir, "不是目录"}, {mkdir, "已存在"}, {inUse, "已被占用"},
	} {
		got := Reason(tc.err)
		if !strings.Contains(got, tc.want) || strings.Contains(got, dir) {
			t.Errorf("Reason(%v) = %q, want %q without the path", tc.err, got, tc.want)
		}
	}
}
