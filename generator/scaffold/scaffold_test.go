package scaffold

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/sitetest"
)

func TestNewPrefillsCarryOver(t *testing.T) {
	dir := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+
		"-- content/pt/org.toml --\nname = \"平潭综合实验区\"\n"+
		"-- content/pt/2024.toml --\n"+sitetest.Report(2024, 10, 0, 4)+
		"-- content/pt/2024.md --\n"+sitetest.Narrative)
	written, prev, err := New(dir, "pt", 2025, "", false)
	if err != nil {
		t.Fatal(err)
	}
	if prev == nil || len(written) != 2 {
		t.Fatalf("written %v, prev %v", written, prev)
	}
	src, err := os.ReadFile(filepath.Join(dir, "content/pt/2025.toml"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	for _, want := range []string{
		"carried_over    = [4, 0, 0, 0, 0, 0, 4]",
		"# 二、上年结转政府信息公开申请数量",
		"# 8.属于行政查询事项",
		"# 行政诉讼 复议后起诉",
		"平潭综合实验区2025年政府信息公开工作年度报告",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("2025.toml lacks %q:\n%s", want, text)
		}
	}
	r, fs := content.DecodeReport("2025.toml", text, 2025)
	if len(fs) > 0 {
		t.Fatalf("scaffold does not load: %v", fs)
	}
	for i, row := range r.Applications {
		if !row.Known || len(row.Cells) != 7 {
			t.Errorf("row %s missing", report.ApplicationRows[i].Path)
		}
	}
	md, _ := os.ReadFile(filepath.Join(dir, "content/pt/2025.md"))
	n, nfs := content.SplitNarrative("2025.md", string(md))
	if len(nfs) > 0 {
		t.Errorf("narrative: %v", nfs)
	}
	for i, line := range n.Lines {
		if line == 0 {
			t.Errorf("heading %s missing", report.Sections[i].Title)
		}
	}
	// A scaffold with 上年结转 prefilled breaks the balance until filled
	// in (一+二 = 三+四); the carry-over itself must hold.
	s, err := content.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range s.Findings {
		if f.Rule == report.RuleCarryOver {
			t.Errorf("carry-over finding in a scaffold: %s", f)
		}
	}

	if _, _, err := New(dir, "pt", 2025, "", false); !errors.Is(err, content.ErrExists) {
		t.Errorf("err = %v; want content.ErrExists", err)
	}
	if _, _, err := New(dir, "pt", 2025, "", true); err != nil {
		t.Errorf("--force: %v", err)
	}
}

func TestNewOrgan(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := New(dir, "xinzheng", 2024, "新郑市人民政府", false); !errors.Is(err, content.ErrNoSite) {
		t.Errorf("err = %v; want content.ErrNoSite for a directory without config.toml", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("title = \"t\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := New(dir, "xinzheng", 2024, "", false); !errors.Is(err, content.ErrNoOrgan) {
		t.Errorf("err = %v; want content.ErrNoOrgan", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "xinzheng")); !os.IsNotExist(err) {
		t.Error("a directory was created for a refused organ")
	}
	written, _, err := New(dir, "xinzheng", 2024, "新郑市人民政府", false)
	if err != nil || len(written) != 3 {
		t.Fatalf("written %v, err %v", written, err)
	}
	if name, ok := content.OrganName(dir, "xinzheng"); !ok || name != "新郑市人民政府" {
		t.Errorf("org.toml name = %q", name)
	}
	if slug, ok, _ := content.FindOrgan(dir, "新郑市人民政府"); !ok || slug != "xinzheng" {
		t.Errorf("content.FindOrgan = %q, %v", slug, ok)
	}
	if _, _, err := New(dir, "Bad_Slug", 2024, "x", false); err == nil {
		t.Error("invalid slug accepted")
	}
}

// TestNew2019Format: a report for 2019 or 2020 is scaffolded in the 2019
// format, carry-over from a 2019-format report included, and the report
// after it in the 2021 format.
func TestNew2019Format(t *testing.T) {
	dir := sitetest.Write(t, "-- config.toml --\n"+sitetest.Config+
		"-- content/sh/org.toml --\nname = \"上海市人民政府办公厅\"\n"+
		"-- content/sh/2019.toml --\n"+sitetest.Report2019(2019, 10, 0, 3)+
		"-- content/sh/2019.md --\n"+sitetest.Narrative)
	for _, tc := range []struct {
		year   int
		format string
		want   []string
	}{
		{2020, report.Format2019, []string{`format = "2019"`, "procurement", "subtotal = [0, 0, 0, 0, 0, 0, 0]", "carried_over    = [3, 0, 0, 0, 0, 0, 3]"}},
		{2021, report.Format2021, []string{`format = "2021"`, "in_force", "no_fee_payment"}},
	} {
		if _, _, err := New(dir, "sh", tc.year, "", false); err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, "content/sh", strconv.Itoa(tc.year)+".toml")
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(string(src), w) {
				t.Errorf("%d.toml lacks %q:\n%s", tc.year, w, src)
			}
		}
		r, fs := content.DecodeReport(file, string(src), tc.year)
		if len(fs) > 0 || r.Format != tc.format {
			t.Errorf("%d.toml: format %q, findings %v", tc.year, r.Format, fs)
		}
	}
}

// TestNewRefusesWhatCheckWouldRefuse checks that new writes nothing that
// check would then reject: a year outside the reports' years, a name with
// control or invisible characters, a source that is not a site.
func TestNewRefusesWhatCheckWouldRefuse(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("title = \"t\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		source, slug string
		year         int
		name         string
		want         error
	}{
		{dir, "a", 202, "甲局", content.ErrYear},
		{dir, "a", 999, "甲局", content.ErrYear},
		{dir, "a", 2015, "甲局", content.ErrYear},
		{dir, "a", 9999, "甲局", content.ErrYear},
		{dir, "a", 2024, "甲\x07局", content.ErrName},
		{dir, "a", 2024, "甲\u200b局", content.ErrName},
		{dir, "a", 2024, "甲\n局", content.ErrName},
		{dir, "a", 2024, "   ", content.ErrName},
		{filepath.Join(dir, "missing"), "a", 2024, "甲局", content.ErrNoSite},
		{filepath.Join(dir, "config.toml"), "a", 2024, "甲局", content.ErrNoSite},
	} {
		if _, _, err := New(tc.source, tc.slug, tc.year, tc.name, false); !errors.Is(err, tc.want) {
			t.Errorf("New(%q, %d, %q) err = %v, want %v", tc.slug, tc.year, tc.name, err, tc.want)
		}
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "content")); len(entries) != 0 {
		t.Errorf("refused reports left %d directories", len(entries))
	}
	if _, err := os.Stat(filepath.Join(dir, "missing")); !os.IsNotExist(err) {
		t.Error("a missing source was created")
	}
}

// TestNewRefusesAnotherOrgansName checks that new neither writes a second
// directory for an organ already there (under any spacing or width of its
// name) nor ignores a --name that contradicts the organ's.
func TestNewRefusesAnotherOrgansName(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "config.toml"), []byte("title = \"t\"\n"), 0o644)
	if _, _, err := New(dir, "erqi", 2024, "二七区人民政府办公室", false); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ slug, name string }{
		{"foo", "二七区人民政府办公室"}, {"foo", "二七区人民政府办公室 "}, {"foo", "二七区人民政府 办公室"},
		{"erqi", "别的名字"},
	} {
		if _, _, err := New(dir, tc.slug, 2023, tc.name, false); !errors.Is(err, content.ErrName) {
			t.Errorf("new %s --name %q: err = %v, want content.ErrName", tc.slug, tc.name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "foo")); !os.IsNotExist(err) {
		t.Error("a second directory was written for the same organ")
	}
	if _, _, err := New(dir, "erqi", 2023, "二七区人民政府办公室", false); err != nil {
		t.Errorf("new with the organ's own name: %v", err)
	}
}
