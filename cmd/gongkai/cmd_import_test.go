package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

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
	// A file named in Chinese gives no directory name for a new organ.
	chinese := filepath.Join(t.TempDir(), "洪泽区2023年报.txt")
	if b, err := os.ReadFile(seed); err != nil {
		t.Fatal(err)
	} else {
		os.WriteFile(chinese, b, 0o644)
	}
	tests := []struct {
		args []string
		code int
		out  string // expected in stdout+stderr
	}{
		{[]string{"import", "--help"}, 0, "退出状态"},
		{[]string{"import"}, 2, "需要一个 FILE"},
		{[]string{"import", chinese, "--source", dir}, 2, "--org"},
		{[]string{"import", seed, "--source", dir, "--org", "Bad"}, 2, "无效"},
		{[]string{"import", seed, "--source", dir, "--year", "23"}, 2, "四位数"},
		{[]string{"import", seed, "--source", dir, "--org", "hongze"}, 1, "[appeals-total]"},
		{[]string{"import", seed, "--source", dir}, 1, "--force"},
		{[]string{"import", seed, "--source", dir, "--force", "--acknowledge"}, 0, "已导入 洪泽区人民政府 2023 年报告"},
		{[]string{"import", filepath.Join(seedDir, "text/pingtan-2020.txt"), "--source", dir, "--org", "pt"}, 1, "--cells active.normative_documents="},
		{[]string{"import", filepath.Join(seedDir, "text/shanghai-bgt-2019.txt"), "--source", dir, "--org", "sh"}, 0, "已导入 上海市人民政府办公厅 2019 年报告"},
		{[]string{"import", seed, "--source", dir, "--cells", "oops"}, 2, "应写作"},
		{[]string{"check", "--source", dir}, 0, "检查通过"},
		{[]string{"new", "--help"}, 0, "退出状态"},
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

// TestImportFolder: a folder of reports imports file by file, one bad
// file stopping none of the others, and closes with a table naming what
// became of each.
func TestImportFolder(t *testing.T) {
	seeds := sitetest.Seeds(t)
	site := t.TempDir()
	os.WriteFile(filepath.Join(site, "config.toml"), []byte("title = \"t\"\nbase_url = \"https://example.gov.cn/\"\n"), 0o644)
	in := t.TempDir()
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(in, to)), 0o755)
		if err := os.WriteFile(filepath.Join(in, to), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile(filepath.Join(seeds, "text/erqi-district-office-2023.txt"), "erqi-office-2023.txt")
	copyFile(filepath.Join(seeds, "html/pingtan-2023.html"), "pingtan/2023.html")
	copyFile(filepath.Join(seeds, "html/pingtan-2023.html"), "pingtan/zz-2023.html") // the same report again
	copyFile(filepath.Join(seeds, "html/pingtan-2024.html"), "pingtan/2024.html")
	copyFile(filepath.Join(seeds, "text/hongze-qzf-2023.txt"), "hongze-2023.txt") // breaks a rule as printed
	os.WriteFile(filepath.Join(in, "scan.png"), []byte("\x89PNG\r\n\x1a\nrest"), 0o644)
	os.WriteFile(filepath.Join(in, "old.doc"), []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), 0o644)
	os.WriteFile(filepath.Join(in, ".hidden.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(in, "说明.txt"), []byte("这些是历年的年报。\n请导入。\n"), 0o644)
	// The same report again, one figure different: which is right is the
	// user's to say.
	b, _ := os.ReadFile(filepath.Join(seeds, "html/pingtan-2024.html"))
	os.WriteFile(filepath.Join(in, "pingtan", "zz-2024.html"), []byte(strings.Replace(string(b), ">4529<", ">4528<", 1)), 0o644)

	code, out, errOut := runCmd("import", in, "--source", site, "--dry-run")
	if code != 1 || !strings.Contains(out, "可导入 ") || strings.Contains(out, "已导入 ") {
		t.Errorf("--dry-run: exit %d\n%s%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(site, "content")); !os.IsNotExist(err) {
		t.Error("--dry-run wrote content/")
	}
	code, out, errOut = runCmd("import", in, "--source", site)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, out, errOut)
	}
	lines := map[string]string{} // file → its line of the table
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 1 {
			lines[f[1]] = l
		}
	}
	for file, want := range map[string][]string{
		"erqi-office-2023.txt": {"已导入 ", "二七区人民政府办公室 2023", "content/erqi-office/2023.toml"},
		"pingtan/2023.html":    {"已导入 ", "平潭综合实验区 2023"},
		"pingtan/2024.html":    {"已导入 ", "平潭综合实验区 2024"},
		"pingtan/zz-2023.html": {"需要处理", "同一份报告"},
		"hongze-2023.txt":      {"已导入，有问题", "appeals-total"},
		"scan.png":             {"失败", "文字识别"},
		"old.doc":              {"失败", ".docx"},
	} {
		l := lines[filepath.Join(in, file)]
		for _, w := range want {
			if !strings.Contains(l, w) {
				t.Errorf("%s: line %q lacks %q", file, l, w)
			}
		}
	}
	if !strings.Contains(out, "共 9 个文件：导入 3，已导入但有问题 1，需要处理 2，失败 3。") {
		t.Errorf("no closing count:\n%s", out)
	}
	if strings.Contains(out, ".hidden") {
		t.Error("a hidden file was imported")
	}
	// One organ for pingtan's two years, named by its folder.
	for _, f := range []string{"content/pingtan/2023.toml", "content/pingtan/2024.toml", "content/erqi-office/2023.toml", "content/hongze/2023.toml"} {
		if _, err := os.Stat(filepath.Join(site, f)); err != nil {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	if code, out, errOut := runCmd("import", in, "--source", site, "--org", "x"); code != 2 || !strings.Contains(errOut, "只能用于单个文件") {
		t.Errorf("--org with a folder: exit %d\n%s%s", code, out, errOut)
	}
}

// TestImportDraft: --draft writes a report whose ambiguous cells are "?";
// check points at each by file and line, and build refuses it until a
// person fills them in.
func TestImportDraft(t *testing.T) {
	seeds := sitetest.Seeds(t)
	site := t.TempDir()
	os.WriteFile(filepath.Join(site, "config.toml"), []byte("title = \"t\"\nbase_url = \"https://example.gov.cn/\"\n"), 0o644)
	seed := filepath.Join(seeds, "text/pingtan-2021.txt")
	code, out, errOut := runCmd("import", seed, "--source", site)
	if code != 1 || !strings.Contains(errOut, "--draft") || !strings.Contains(errOut, "有 10 种读法") {
		t.Fatalf("without --draft: exit %d\n%s%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(site, "content")); !os.IsNotExist(err) {
		t.Fatal("an import that failed wrote content/")
	}
	code, out, errOut = runCmd("import", seed, "--source", site, "--draft")
	if code != 1 || !strings.Contains(errOut, "3 个单元格待核") {
		t.Fatalf("--draft: exit %d\n%s%s", code, out, errOut)
	}
	toml, err := os.ReadFile(filepath.Join(site, "content", "pingtan", "2021.toml"))
	if err != nil {
		t.Fatal(err)
	}
	line := 0
	for i, l := range strings.Split(string(toml), "\n") {
		if strings.HasPrefix(l, "normative_documents") {
			line = i + 1
			if !strings.Contains(l, `issued = "?", repealed = "?", in_force = "?"`) {
				t.Errorf("row written %q", l)
			}
		}
	}
	code, out, errOut = runCmd("check", "--source", site)
	want := "content/pingtan/2021.toml:" + strconv.Itoa(line) + ": [unresolved]"
	if code != 1 || !strings.Contains(out+errOut, want) {
		t.Errorf("check: exit %d, want a finding at %s\n%s%s", code, want, out, errOut)
	}
	if code, out, errOut = runCmd("build", "--source", site); code != 1 || !strings.Contains(out+errOut, "[unresolved]") {
		t.Errorf("build: exit %d\n%s%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(site, "public")); !os.IsNotExist(err) {
		t.Error("build published a report with unresolved cells")
	}
}

// TestImportRefusesDevicesAndPipes checks that import neither reads a
// device until memory runs out nor waits forever on a pipe without a
// writer, alone or inside a folder being imported, and says why.
func TestImportRefusesDevicesAndPipes(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "config.toml"), []byte("title = \"t\"\nbase_url = \"https://example.gov.cn/\"\n"), 0o644)
	folder := t.TempDir()
	fifo := filepath.Join(folder, "2023年报.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"import", "/dev/zero", "--source", dir, "--org", "zero", "--year", "2023"},
		{"import", fifo, "--source", dir, "--org", "fifo", "--year", "2023"},
		{"import", folder, "--source", dir},
	} {
		done := make(chan struct{})
		var code int
		var out, errOut string
		go func() {
			code, out, errOut = runCmd(args...)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(time.Minute): // a hang, not a slow run
			t.Fatalf("gongkai %s did not return", strings.Join(args, " "))
		}
		if code == 0 || !strings.Contains(out+errOut, "不是普通文件") {
			t.Errorf("gongkai %s: exit %d; want a refusal naming the kind of file:\n%s%s", strings.Join(args, " "), code, out, errOut)
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "content")); len(entries) != 0 {
		t.Errorf("import wrote %d organs from devices and pipes", len(entries))
	}
}

// TestNewValidatesBeforeWriting checks that new refuses, as a usage
// error, what check would reject, and writes nothing.
func TestNewValidatesBeforeWriting(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "config.toml"), []byte("title = \"t\"\nbase_url = \"https://example.gov.cn/\"\n"), 0o644)
	for _, args := range [][]string{
		{"new", "a", "+202", "--source", dir, "--name", "甲局"},
		{"new", "a", "0999", "--source", dir, "--name", "甲局"},
		{"new", "a", "２０２４", "--source", dir, "--name", "甲局"},
		{"new", "a", "2015", "--source", dir, "--name", "甲局"},
		{"new", "a", "2999", "--source", dir, "--name", "甲局"},
		{"new", "a", "2024", "--source", dir, "--name", "甲\x07局"},
		{"new", "a", "2024", "--source", dir, "--name", "甲\u202e局"},
		{"new", "a", "2024", "--source", filepath.Join(dir, "nowhere"), "--name", "甲局"},
		{"import", "x.txt", "--source", dir, "--year", "+202"},
		{"import", "x.txt", "--source", filepath.Join(dir, "nowhere")},
	} {
		code, out, errOut := runCmd(args...)
		if code != exitUsage {
			t.Errorf("gongkai %q: exit %d, want %d:\n%s%s", args, code, exitUsage, out, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content")); !os.IsNotExist(err) {
		t.Error("a refused new wrote content/")
	}
	if _, err := os.Stat(filepath.Join(dir, "nowhere")); !os.IsNotExist(err) {
		t.Error("a refused new created its --source")
	}
	if code, out, errOut := runCmd("new", "a", "2024", "--source", dir, "--name", "甲局"); code != 0 {
		t.Errorf("a valid new: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut := runCmd("check", "--source", dir); code != 0 {
		t.Errorf("check of what new wrote: exit %d\n%s%s", code, out, errOut)
	}
}

// TestImportRefusesASecondDirectoryForAnOrgan checks that --org cannot
// put an organ already in content/ into a second directory.
func TestImportRefusesASecondDirectoryForAnOrgan(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "config.toml"), []byte("title = \"t\"\nbase_url = \"https://example.gov.cn/\"\n"), 0o644)
	if code, out, errOut := runCmd("new", "jinjing", "2020", "--source", dir, "--name", "平潭综合实验区金井片区管理局"); code != 0 {
		t.Fatalf("new: %d %s%s", code, out, errOut)
	}
	file := "../../generator/importer/testdata/real/jinjing-2019--chromium-pdf.txt"
	for _, name := range []string{"", "平潭综合实验区金井片区管理局 "} {
		args := []string{"import", file, "--source", dir, "--org", "other", "--year", "2019"}
		if name != "" {
			args = append(args, "--name", name)
		}
		code, out, errOut := runCmd(args...)
		if code != exitUsage || !strings.Contains(out+errOut, "--org jinjing") {
			t.Errorf("gongkai %q: exit %d, want %d naming --org jinjing:\n%s%s", args, code, exitUsage, out, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "other")); !os.IsNotExist(err) {
		t.Error("a second directory was written")
	}
}
