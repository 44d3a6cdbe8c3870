package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/sitetest"
)

func testSite(t *testing.T, report string) string {
	return sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+
		"-- content/demo/org.toml --\nname = \"示例机关\"\n"+
		"-- content/demo/2023.toml --\n"+report+
		"-- content/demo/2023.md --\n"+sitetest.Narrative)
}

func TestExitStatus(t *testing.T) {
	good := sitetest.Report(2023, 3, 0, 0)
	bad := strings.Replace(good, "licensing  = 3", "licensing  = -3", 1)
	tests := []struct {
		name   string
		args   func(dir string) []string
		report string
		code   int
		stderr string
		stdout string
	}{
		{name: "no command", args: func(string) []string { return nil }, code: exitUsage},
		{name: "unknown command", args: func(string) []string { return []string{"publish"} }, code: exitUsage, stderr: "未知命令"},
		{name: "help", args: func(string) []string { return []string{"--help"} }, code: exitOK, stdout: "build"},
		{name: "command help", args: func(string) []string { return []string{"check", "--help"} }, code: exitOK, stdout: "退出状态"},
		{name: "unknown flag", args: func(d string) []string { return []string{"check", "--sauce", d} }, code: exitUsage},
		{name: "extra argument", args: func(d string) []string { return []string{"check", "--source", d, "extra"} }, code: exitUsage, stderr: "多余的参数"},
		{name: "rules", args: func(string) []string { return []string{"check", "--rules"} }, code: exitOK, stdout: "carry-over"},
		{name: "check passes", report: good, args: func(d string) []string { return []string{"check", "--source", d} }, code: exitOK, stdout: "检查通过"},
		{name: "check finds", report: bad, args: func(d string) []string { return []string{"check", "--source", d} }, code: exitFindings,
			stderr: "content/demo/2023.toml:7: [value] 行政许可 · 本年处理决定数量：应为非负整数，实为 -3"},
		{name: "build refuses", report: bad, args: func(d string) []string { return []string{"build", "--source", d} }, code: exitFindings, stderr: "未发布"},
		{name: "build", report: good, args: func(d string) []string {
			return []string{"build", "--source", d, "--destination", filepath.Join(d, "out")}
		}, code: exitOK, stdout: "1 份报告"},
		{name: "missing site", args: func(d string) []string { return []string{"check", "--source", filepath.Join(d, "nope")} }, code: exitFindings, stderr: "config.toml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.report != "" {
				dir = testSite(t, tt.report)
			}
			var out, errOut bytes.Buffer
			code := run(tt.args(dir), &out, &errOut)
			if code != tt.code || !strings.Contains(errOut.String(), tt.stderr) || !strings.Contains(out.String(), tt.stdout) {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out.String(), errOut.String())
			}
		})
	}
}

// TestFlagErrorsInChinese checks that a mistyped option is told in
// Chinese, with the option meant, and not in the flag package's English.
func TestFlagErrorsInChinese(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"build", "--destnation", "x"}, "--destination"},
		{[]string{"serve", "--port", "x"}, "选项 --port 的值 \"x\" 无效：应为整数"},
		{[]string{"check", "--source"}, "选项 --source 需要一个值"},
		{[]string{"check", "-sorce", "x"}, "未知的选项 --sorce（是否想写 --source？）"},
		{[]string{"check", "--force"}, "它是 gongkai import、gongkai new 的选项，不是 gongkai check 的"},
		{[]string{"build", "--poll", "1s"}, "它是 gongkai serve 的选项"},
		{[]string{"check", "--notes=maybe"}, "开关选项"},
		{[]string{"import", "x", "--cells", "oops"}, "应写作"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tc.args, &stdout, &stderr)
		out := stderr.String()
		if code != exitUsage || !strings.Contains(out, tc.want) || strings.Contains(out, "flag provided") ||
			strings.Contains(out, "invalid value") || strings.Contains(out, "Usage") {
			t.Errorf("gongkai %q: exit %d\n%s", tc.args, code, out)
		}
	}
}

// TestTuneGC: a build collects less often unless the user has said how
// (GOGC or GOMEMLIMIT), and puts the settings back when it stops.
func TestTuneGC(t *testing.T) {
	before := debug.SetGCPercent(77)
	defer debug.SetGCPercent(before)
	t.Setenv("GOGC", "50")
	tuneGC()()
	if got := debug.SetGCPercent(77); got != 77 {
		t.Errorf("with GOGC set, GC percent = %d, want the user's 77 kept", got)
	}
	os.Unsetenv("GOGC")
	stop := tuneGC()
	if got := debug.SetGCPercent(-1); got != 200 {
		t.Errorf("during a build, GC percent = %d, want 200", got)
	}
	debug.SetGCPercent(200)
	if got := debug.SetMemoryLimit(-1); got != buildMemory {
		t.Errorf("during a build, memory limit = %d, want %d", got, buildMemory)
	}
	stop()
	if got := debug.SetGCPercent(77); got != 77 {
		t.Errorf("after a build, GC percent = %d, want 77 put back", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("after a build, memory limit = %d, want none", got)
	}
}

// TestHelpListsOptionsAsTyped: --help lists options as they are typed
// (--name) with Chinese defaults, not the flag package's -name and
// "(default …)".
func TestHelpListsOptionsAsTyped(t *testing.T) {
	for _, cmd := range []string{"build", "check", "serve", "new", "import"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{cmd, "--help"}, &stdout, &stderr); code != exitOK {
			t.Fatalf("%s --help: exit %d", cmd, code)
		}
		out := stdout.String()
		if !strings.Contains(out, "\n  --source 值\n") || strings.Contains(out, "\n  -source") || strings.Contains(out, "(default") {
			t.Errorf("%s --help lists its options in the flag package's words:\n%s", cmd, out)
		}
	}
}
