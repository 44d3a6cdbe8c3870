package importer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/generator/site"
	"github.com/gongkai/gongkai/internal/sitetest"
)

func seedPath(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(sitetest.Seeds(t), name)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("seed not available: %v", err)
	}
	return p
}

// TestRoundTrip imports every 2021-format seed into an empty site,
// acknowledging what the reports break as published, then checks and
// builds the site and reads the pages.
func TestRoundTrip(t *testing.T) {
	dir := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config)
	imports := []struct{ seed, org string }{
		{"text/erqi-district-office-2023.txt", "erqi-office"},
		{"text/hongze-qzf-2023.txt", "hongze"},
		{"text/hongze-qzf-2024.txt", "hongze"},
		{"text/huaian-szf-2024.txt", "huaian"},
		{"html/pingtan-2021.html", "pingtan"},
		{"html/pingtan-2022.html", ""}, // found by name from here on
		{"html/pingtan-2023.html", ""},
		{"html/pingtan-2024.html", ""},
		{"html/pingtan-2025.html", ""},
	}
	for _, im := range imports {
		out, err := ToSite(seedPath(t, im.seed), SiteOptions{Source: dir, Org: im.org, Acknowledge: true})
		if err != nil {
			t.Fatalf("%s: %v", im.seed, err)
		}
		if report.Blocking(out.Findings) {
			t.Errorf("%s: findings left after --acknowledge: %v", im.seed, out.Findings)
		}
	}
	s, err := content.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range s.Findings {
		if f.Blocking() {
			t.Errorf("check: %s", f)
		}
	}
	acks := 0
	for _, f := range s.Findings {
		if f.Acknowledged {
			acks++
		}
	}
	if acks != 2 { // 洪泽区 2023: 行政复议 and 复议后起诉 总计 printed as 0
		t.Errorf("%d acknowledged findings, want 2", acks)
	}
	if _, err := site.Build(site.Options{Source: dir}); err != nil {
		t.Fatal(err)
	}
	for page, want := range map[string]string{
		"public/hongze/2023/index.html":      "7730.28",
		"public/huaian/2024/index.html":      "3985758",
		"public/pingtan/2023/index.html":     "5949.088667",
		"public/erqi-office/2023/index.html": "本单位政府信息公开工作取得了一定成效",
	} {
		if got := sitetest.Read(t, dir, page); !strings.Contains(got, want) {
			t.Errorf("%s lacks %q", page, want)
		}
	}
}

// TestNothingWritten: an input that cannot be imported writes nothing,
// and an existing report is not overwritten without force.
func TestNothingWritten(t *testing.T) {
	dir := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config)
	_, err := ToSite(seedPath(t, "text/pingtan-2020.txt"), SiteOptions{Source: dir, Org: "pingtan"})
	var ie *Error
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "--cells active.normative_documents=") {
		t.Fatalf("err = %v; want the run-together table 二 rejected", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "pingtan")); !os.IsNotExist(err) {
		t.Errorf("content/pingtan was created for a rejected input")
	}

	seed := seedPath(t, "text/erqi-district-office-2023.txt")
	if _, err := ToSite(seed, SiteOptions{Source: dir, Org: "erqi-office"}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "content", "erqi-office", "2023.toml")
	if err := os.WriteFile(file, []byte("edited"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ToSite(seed, SiteOptions{Source: dir}); !errors.Is(err, content.ErrExists) {
		t.Errorf("err = %v; want ErrExists", err)
	}
	if b, _ := os.ReadFile(file); string(b) != "edited" {
		t.Error("existing report overwritten without --force")
	}
	if _, err := ToSite(seed, SiteOptions{Source: dir, Force: true}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(file); string(b) == "edited" {
		t.Error("--force did not overwrite")
	}
}

// TestOrganRequired: without --org the organ must exist by name, or its
// directory be named by the file's name.
func TestOrganRequired(t *testing.T) {
	dir := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config)
	src, err := os.ReadFile(seedPath(t, "text/huaian-szf-2024.txt"))
	if err != nil {
		t.Fatal(err)
	}
	chinese := filepath.Join(t.TempDir(), "淮安市政府2024年报.txt")
	if err := os.WriteFile(chinese, src, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = ToSite(chinese, SiteOptions{Source: dir})
	if !IsUsage(err) || !strings.Contains(err.Error(), "淮安市人民政府") || !strings.Contains(err.Error(), "--org") {
		t.Errorf("err = %v; want a usage error asking for --org", err)
	}
	out, err := ToSite(seedPath(t, "text/huaian-szf-2024.txt"), SiteOptions{Source: dir})
	if err != nil {
		t.Fatal(err)
	}
	if out.Slug != "huaian-szf" || !out.NewOrgan || out.SlugFrom != "huaian-szf-2024" {
		t.Errorf("slug %q (new %v, from %q); want huaian-szf named by the file", out.Slug, out.NewOrgan, out.SlugFrom)
	}
}

// TestCarryOverFinding: an imported report is checked against last
// year's report in the site, and --acknowledge records the difference.
func TestCarryOverFinding(t *testing.T) {
	prev := strings.Replace(sitetest.Report(2024, 5, 0, 0), "carried_forward = [0, 0, 0, 0, 0, 0, 0]", "carried_forward = [3, 0, 0, 0, 0, 0, 3]", 1)
	prev = strings.Replace(prev, "disclosed           = [5, 0, 0, 0, 0, 0, 5]", "disclosed           = [2, 0, 0, 0, 0, 0, 2]", 1)
	prev = strings.Replace(prev, "total               = [5, 0, 0, 0, 0, 0, 5]", "total               = [2, 0, 0, 0, 0, 0, 2]", 1)
	dir := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+
		"-- content/pingtan/org.toml --\nname = \"平潭综合实验区\"\n"+
		"-- content/pingtan/2024.toml --\n"+prev+
		"-- content/pingtan/2024.md --\n"+sitetest.Narrative)
	if s, _ := content.Load(dir); report.Blocking(s.Findings) {
		t.Fatalf("test site does not check: %v", s.Findings)
	}
	out, err := ToSite(seedPath(t, "html/pingtan-2025.html"), SiteOptions{Source: dir})
	if err != nil {
		t.Fatal(err)
	}
	if out.Slug != "pingtan" || !report.Blocking(out.Findings) || out.Findings[0].Rule != report.RuleCarryOver {
		t.Fatalf("slug %q, findings %v; want a carry-over finding", out.Slug, out.Findings)
	}
	if _, err := ToSite(seedPath(t, "html/pingtan-2025.html"), SiteOptions{Source: dir, Force: true, Acknowledge: true}); err != nil {
		t.Fatal(err)
	}
	if s, _ := content.Load(dir); report.Blocking(s.Findings) {
		t.Errorf("acknowledged import still blocks: %v", s.Findings)
	}
}
