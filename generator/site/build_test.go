package site

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// twoYears is a small portal: one organ with 2022 and 2023.
func twoYears() string {
	return "-- config.toml --\n" + sitetest.Config +
		"-- content/demo/org.toml --\nname = \"示例区人民政府办公室\"\ncategory = \"区政府部门\"\n" +
		"-- content/demo/2022.toml --\n" + sitetest.Report(2022, 5, 0, 1) +
		"-- content/demo/2022.md --\n" + sitetest.Narrative +
		"-- content/demo/2023.toml --\n" + sitetest.Report(2023, 7, 1, 0) +
		"-- content/demo/2023.md --\n" + sitetest.Narrative
}

func build(t *testing.T, dir string) (*Result, error) {
	t.Helper()
	return Build(Options{Source: dir, Destination: filepath.Join(dir, "public")})
}

func TestBuildWritesPages(t *testing.T) {
	dir := sitetest.Write(t, twoYears())
	res, err := build(t, dir)
	if err != nil {
		t.Fatalf("build: %v (findings %v)", err, res.Findings)
	}
	pub := filepath.Join(dir, "public")
	home := sitetest.Read(t, pub, "index.html")
	for _, want := range []string{`<html lang="zh-CN">`, `href="demo/index.html"`, "示例区人民政府办公室2023年政府信息公开工作年度报告", "测试主办单位", `class="skip-link"`} {
		if !strings.Contains(home, want) {
			t.Errorf("home page lacks %q", want)
		}
	}
	page := sitetest.Read(t, pub, "demo/2023/index.html")
	for _, want := range []string{
		"<title>示例区人民政府办公室2023年政府信息公开工作年度报告 - 测试门户</title>",
		`<h2 id="applications-heading">三、收到和处理政府信息公开申请情况</h2>`,
		`<th id="t3r2" headers="t3s" colspan="2">（一）予以公开</th>`,
		`<td headers="t3s t3r2 t3h t3c0" class="num">8</td>`, // 予以公开, 自然人: 7 new + 1 carried over
		`<th id="t3p" headers="t3h" colspan="5">法人或其他组织</th>`,
		`role="region" aria-labelledby="t3-caption" tabindex="0"`,
		`rel="prev" href="../../demo/2022/index.html"`,
		`<link rel="stylesheet" href="../../assets/style.css">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("report page lacks %q", want)
		}
	}
	if strings.Count(page, "<h1>") != 1 {
		t.Errorf("report page must have exactly one h1")
	}
	if res.Reports != 2 || res.Pages != 8 {
		t.Errorf("reports, pages = %d, %d; want 2, 8 (home, organ, 2 reports, 1 comparison, 2 years, portal totals)", res.Reports, res.Pages)
	}
}

func TestBuildRefusesFailingCheckAndKeepsOldSite(t *testing.T) {
	dir := sitetest.Write(t, twoYears())
	if _, err := build(t, dir); err != nil {
		t.Fatal(err)
	}
	before := sitetest.Read(t, filepath.Join(dir, "public"), "demo/2023/index.html")
	sitetest.WriteFiles(t, dir, map[string]string{
		"content/demo/2023.toml": strings.Replace(sitetest.Report(2023, 7, 1, 0), "review                  = [0, 0, 0, 0, 0]", "review = [1, 0, 0, 0, 0]", 1),
	})
	res, err := build(t, dir)
	if !errors.Is(err, ErrFindings) {
		t.Fatalf("want ErrFindings, got %v", err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Rule != "appeals-total" || res.Findings[0].Line != 50 {
		t.Errorf("findings = %v", res.Findings)
	}
	if after := sitetest.Read(t, filepath.Join(dir, "public"), "demo/2023/index.html"); after != before {
		t.Errorf("a failed build changed the published site")
	}
	assertNoStaging(t, dir)
}

func TestBuildRemovesDeletedReports(t *testing.T) {
	dir := sitetest.Write(t, twoYears())
	if _, err := build(t, dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"content/demo/2022.toml", "content/demo/2022.md"} {
		if err := os.Remove(filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	// Without 2022 the carry-over of 2023 cannot be checked against it.
	if _, err := build(t, dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "public/demo/2022/index.html")); !os.IsNotExist(err) {
		t.Errorf("the deleted report is still published (stat: %v)", err)
	}
	assertNoStaging(t, dir)
}

func TestBuildRemovesLeftoverStaging(t *testing.T) {
	dir := sitetest.Write(t, twoYears())
	left := filepath.Join(dir, ".public.gongkai-new-123")
	if err := os.MkdirAll(filepath.Join(left, "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := build(t, dir); err != nil {
		t.Fatal(err)
	}
	assertNoStaging(t, dir)
}

// TestBuildKeepsLookalikesOfStaging: the destination's parent is the
// user's; only the exact names a build stages under are ours.
func TestBuildKeepsLookalikesOfStaging(t *testing.T) {
	dir := sitetest.Write(t, twoYears())
	keep := []string{".public.gongkai-notes", ".public.gongkai-new-", ".public.gongkai-new-12a", ".public.gongkai-old-x", ".public.gongkai-backup"}
	for _, name := range keep {
		sitetest.WriteFiles(t, filepath.Join(dir, name), map[string]string{"keep.txt": "用户的文件"})
	}
	sitetest.WriteFiles(t, dir, map[string]string{".public.gongkai-new-77": "a file, not a directory"})
	left := ".public.gongkai-old-.public.gongkai-new-456"
	sitetest.WriteFiles(t, filepath.Join(dir, left), map[string]string{"index.html": "旧站"})
	if _, err := build(t, dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range append(keep, ".public.gongkai-new-77") {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s was removed: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, left)); !os.IsNotExist(err) {
		t.Errorf("the leftover %s of a killed swap was kept", left)
	}
}

func TestLayoutsOverrideTheme(t *testing.T) {
	// Minified or not: a layout of the site's overrides the theme's
	// whatever else is cached or minified for the default theme.
	for _, minify := range []string{"false", "true"} {
		site := strings.Replace(twoYears(), "minify = false", "minify = "+minify, 1)
		dir := sitetest.Write(t, site+"-- layouts/organ.html --\n{{define \"main\"}}<p>自定义机关页 {{.Body.Name}}</p>{{end}}\n")
		if _, err := build(t, dir); err != nil {
			t.Fatal(err)
		}
		if got := sitetest.Read(t, filepath.Join(dir, "public"), "demo/index.html"); !strings.Contains(got, "<p>自定义机关页 示例区人民政府办公室</p>") {
			t.Errorf("minify = %s: site layout did not override the theme's organ.html", minify)
		}
	}
	// A layout that is a link to a file elsewhere overrides too.
	site := strings.Replace(twoYears(), "minify = false", "minify = true", 1)
	dir := sitetest.Write(t, site+"-- shared/organ.html --\n{{define \"main\"}}<p>链接的机关页 {{.Body.Name}}</p>{{end}}\n")
	if err := os.MkdirAll(filepath.Join(dir, "layouts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "shared", "organ.html"), filepath.Join(dir, "layouts", "organ.html")); err != nil {
		t.Fatal(err)
	}
	if _, err := build(t, dir); err != nil {
		t.Fatal(err)
	}
	if got := sitetest.Read(t, filepath.Join(dir, "public"), "demo/index.html"); !strings.Contains(got, "<p>链接的机关页 示例区人民政府办公室</p>") {
		t.Error("a linked layout did not override the theme's organ.html")
	}
}

func TestNarrativeHTMLIsEscapedAndLinksAreSafe(t *testing.T) {
	narrative := strings.Replace(sitetest.Narrative, "总体情况正文。",
		"<script>alert(1)</script>\n\n见[链接](JavaScript:alert(1))和[官网](https://www.gov.cn/)。", 1)
	dir := sitetest.Write(t, strings.Replace(twoYears(), sitetest.Narrative, narrative, 1))
	if _, err := build(t, dir); err != nil {
		t.Fatal(err)
	}
	page := sitetest.Read(t, filepath.Join(dir, "public"), "demo/2022/index.html")
	if strings.Contains(page, "<script>alert") || !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("raw HTML must be shown escaped")
	}
	if strings.Contains(strings.ToLower(page), "javascript:") || !strings.Contains(page, `<a href="https://www.gov.cn/">官网</a>`) {
		t.Errorf("unsafe link kept or safe link lost")
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	dir := sitetest.Write(t, twoYears())
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	for _, d := range []string{a, b} {
		if _, err := Build(Options{Source: dir, Destination: d}); err != nil {
			t.Fatal(err)
		}
	}
	if diff := diffTrees(t, a, b); diff != "" {
		t.Errorf("two builds differ: %s", diff)
	}
}

// TestExamplePortalGolden builds the example portal and compares the seed
// report's page with its golden file (go test -update to rewrite).
func TestExamplePortalGolden(t *testing.T) {
	root, _ := filepath.Abs("../..")
	dest := t.TempDir()
	res, err := Build(Options{Source: root, Destination: dest})
	if err != nil {
		t.Fatalf("example portal: %v %v", err, res.Findings)
	}
	got := sitetest.Read(t, dest, "erqi-office/2023/index.html")
	golden := filepath.Join("testdata", "erqi-office-2023.golden.html")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("erqi-office/2023/index.html differs from %s; run go test ./generator/site -run Golden -update and review the diff", golden)
	}
}

func assertNoStaging(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".gongkai-") {
			t.Errorf("staging directory left behind: %s", e.Name())
		}
	}
}

// diffTrees names the first difference between two directory trees.
func diffTrees(t *testing.T, a, b string) string {
	t.Helper()
	files := map[string][]byte{}
	filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(a, p)
			files[rel], _ = os.ReadFile(p)
		}
		return nil
	})
	n := 0
	var diff string
	filepath.WalkDir(b, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || diff != "" {
			return nil
		}
		n++
		rel, _ := filepath.Rel(b, p)
		got, _ := os.ReadFile(p)
		if want, ok := files[rel]; !ok || !bytes.Equal(want, got) {
			diff = rel
		}
		return nil
	})
	if diff == "" && n != len(files) {
		diff = "different file sets"
	}
	return diff
}
