package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/sitetest"
)

func runCmd(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

func TestImportCommand(t *testing.T) {
	seedDir := sitetest.Seeds(t)
	seed := filepath.Join(seedDir, "text/hongze-qzf-2023.txt")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "config.toml"), []byte("title = \"t\"\nbase_url = \"https://example.gov.cn/\"\n"), 0o644)
	tests := []struct {
		args []string
		code int
		out  string // expected in stdout+stderr
	}{
		{[]string{"import", "--help"}, 0, "EXIT STATUS"},
		{[]string{"import"}, 2, "需要一个 FILE"},
		{[]string{"import", seed, "--source", dir}, 2, "--org"},
		{[]string{"import", seed, "--source", dir, "--org", "Bad"}, 2, "无效"},
		{[]string{"import", seed, "--source", dir, "--org", "hongze"}, 1, "[appeals-total]"},
		{[]string{"import", seed, "--source", dir}, 1, "--force"},
		{[]string{"import", seed, "--source", dir, "--force", "--acknowledge"}, 0, "已导入 洪泽区人民政府 2023 年报告"},
		{[]string{"import", filepath.Join(seedDir, "text/pingtan-2020.txt"), "--source", dir, "--org", "pt"}, 1, "--cells active.normative_documents="},
		{[]string{"import", filepath.Join(seedDir, "text/shanghai-bgt-2019.txt"), "--source", dir, "--org", "sh"}, 0, "已导入 上海市人民政府办公厅 2019 年报告"},
		{[]string{"import", seed, "--source", dir, "--cells", "oops"}, 2, "应写作"},
		{[]string{"check", "--source", dir}, 0, "检查通过"},
		{[]string{"new", "--help"}, 0, "EXIT STATUS"},
		{[]string{"new", "hongze"}, 2, "ORG 和 YEAR"},
		{[]string{"new", "hongze", "24", "--source", dir}, 2, "四位数"},
		{[]string{"new", "hongze", "2024", "--source", dir}, 0, "上年结转已按 content/hongze/2023.toml"},
		{[]string{"new", "other", "2024", "--source", dir}, 2, "--name"},
	}
	for _, tc := range tests {
		code, out, errOut := runCmd(tc.args...)
		if code != tc.code || !strings.Contains(out+errOut, tc.out) {
			t.Errorf("gongkai %s: exit %d, want %d; output lacks %q?\n%s%s", strings.Join(tc.args, " "), code, tc.code, tc.out, out, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "pt")); !os.IsNotExist(err) {
		t.Error("a rejected import created content/pt")
	}
}
