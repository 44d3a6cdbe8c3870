package site

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/sitetest"
)

// history is a portal of three organs over 2021–2023 with known figures:
//
//	alpha  2021 (10 new, 2 carried forward), 2022 (12 new, 2 carried over), 2023 (9 new)
//	beta   2021 (no application at all: every rate has a zero denominator), 2023 (5 new); no 2022
//	gamma  2022 (4 new) only
func historySite(t *testing.T) string {
	t.Helper()
	return historySiteMinified(t, false)
}

func historySiteMinified(t *testing.T, minify bool) string {
	t.Helper()
	report := func(org string, year, received, over, fwd int) string {
		y := strconv.Itoa(year)
		return "-- content/" + org + "/" + y + ".toml --\n" + sitetest.Report(year, received, over, fwd) +
			"-- content/" + org + "/" + y + ".md --\n" + sitetest.Narrative
	}
	dir := sitetest.Write(t, `
-- config.toml --
`+sitetest.Config+`
-- content/alpha/org.toml --
name = "甲局"
category = "部门"
order = 1
-- content/beta/org.toml --
name = "乙局"
category = "部门"
order = 2
-- content/gamma/org.toml --
name = "丙局"
category = "部门"
order = 3
`+report("alpha", 2021, 10, 0, 2)+report("alpha", 2022, 12, 2, 0)+report("alpha", 2023, 9, 0, 0)+
		report("beta", 2021, 0, 0, 0)+report("beta", 2023, 5, 0, 0)+
		report("gamma", 2022, 4, 0, 0))
	if minify {
		config := filepath.Join(dir, "config.toml")
		b, err := os.ReadFile(config)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(config, []byte(strings.Replace(string(b), "minify = false", "minify = true", 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Build(Options{Source: dir}); err != nil {
		t.Fatalf("build: %v", err)
	}
	return filepath.Join(dir, "public")
}

// TestYearOverYear builds the history portal once and checks every
// year-over-year page of it.
func TestYearOverYear(t *testing.T) {
	pub := historySite(t)
	t.Run("organ", func(t *testing.T) { testOrganHistory(t, pub) })
	t.Run("report-compare", func(t *testing.T) { testReportCompare(t, pub) })
	t.Run("year", func(t *testing.T) { testYearOverview(t, pub) })
	t.Run("portal", func(t *testing.T) { testPortalCompare(t, pub) })
}

// TestCompareMinified checks the comparison page as published: the
// minifier must keep every column group, or the figures after a dropped
// one would be announced under the wrong applicant.
func TestCompareMinified(t *testing.T) {
	pub := historySiteMinified(t, true)
	testReportCompare(t, pub)
	testOrganHistory(t, pub)
	testPortalCompare(t, pub)
}

func testOrganHistory(t *testing.T, pub string) {
	alpha := sitetest.Read(t, pub, "alpha/index.html")
	for _, c := range []struct {
		headers []string
		want    string
	}{
		{[]string{"本年新收申请", "2021年", "数量"}, "10"},
		{[]string{"本年新收申请", "2022年", "较上年"}, "增加 2（+20.0%）"},
		{[]string{"本年新收申请", "2023年", "较上年"}, "减少 3（−25.0%）"},
		{[]string{"上年结转申请", "2022年", "较上年"}, "增加 2（上年为 0）"},
		{[]string{"结转下年度继续办理", "2023年", "较上年"}, "持平"},
	} {
		if got := sitetest.FigureWith(t, alpha, "history-figures", c.headers...); got != c.want {
			t.Errorf("alpha %q = %q, want %q", c.headers, got, c.want)
		}
	}
	for _, want := range []string{
		`role="img"`,
		`<desc id="chart-apps-desc">2021年：本年新收 10，予以公开 8，部分公开 0，其他办理结果（三至六项） 0；2022年：本年新收 12，予以公开 14`,
		`<caption id="chart-apps-data-caption">`, // the chart's figures, in a table
	} {
		if !strings.Contains(alpha, want) {
			t.Errorf("alpha/index.html lacks %s", want)
		}
	}
	if !strings.Contains(alpha, `<a href="../alpha/2023/compare/index.html">2023年与2022年对比</a>`) {
		t.Error("alpha/index.html does not link to its comparisons")
	}
	if strings.Contains(alpha, `hf-y0-c`) {
		t.Error("the first year has no previous year: no change column expected")
	}
	if strings.Contains(alpha, "年度缺失说明") {
		t.Error("alpha has every year; no gap note expected")
	}

	beta := sitetest.Read(t, pub, "beta/index.html")
	if !strings.Contains(beta, "年度缺失说明") || !strings.Contains(beta, "以下年度的报告：2022年。") {
		t.Error("beta/index.html lacks the note on its missing 2022 report")
	}
	if got := sitetest.FigureWith(t, beta, "history-figures", "本年新收申请", "2023年", "较上年"); got != "无上年报告" {
		t.Errorf("beta 2023 compared across a gap: %q", got)
	}
	// 2021: nothing received, nothing handled: every rate is "—".
	if !regexp.MustCompile(`公开率</th><td class="num undefined">—</td><td class="num">100.0%</td>`).MatchString(beta) {
		t.Error("beta: 公开率 should be — for 2021 (zero denominator) and 100.0% for 2023")
	}
	if strings.Contains(beta, "NaN") || strings.Contains(beta, "Inf") {
		t.Error("a zero denominator leaked as NaN or Inf")
	}
}

func testReportCompare(t *testing.T, pub string) {
	page := sitetest.Read(t, pub, "alpha/2022/compare/index.html")
	// Each figure is found by the headers a screen reader announces with
	// it, whatever the markup (headers="…" or scope) that conveys them.
	for _, c := range []struct {
		table   string
		headers []string
		want    string
	}{
		{"c3", []string{"一、本年新收政府信息公开申请数量", "自然人", "2021年"}, "10"},
		{"c3", []string{"一、本年新收政府信息公开申请数量", "自然人", "2022年"}, "12"},
		{"c3", []string{"一、本年新收政府信息公开申请数量", "自然人", "增减"}, "+2"},
		{"c3", []string{"四、结转下年度继续办理", "总计", "增减"}, "−2"}, // 2 → 0
		{"c3", []string{"（三）不予公开 小计", "总计", "增减"}, "0"},
		{"c2", []string{"行政规范性文件 · 现行有效件数", "增减"}, "0"},
		{"c4", []string{"行政复议", "总计", "2022年"}, "0"},
	} {
		if got := sitetest.FigureWith(t, page, c.table, c.headers...); got != c.want {
			t.Errorf("compare %s %q = %q, want %q", c.table, c.headers, got, c.want)
		}
	}
	// Every figure of table 三 is named by its row, its column and its
	// year (or 增减): three headers, no more, no fewer.
	for _, f := range sitetest.Figures(t, page, "c3") {
		if len(f.Headers) != 3 {
			t.Errorf("c3 figure %q has headers %q, want row, column and year", f.Text, f.Headers)
		}
	}
	for _, p := range []string{"alpha/2021/compare/index.html", "beta/2023/compare/index.html", "gamma/2022/compare/index.html"} {
		if _, err := os.Stat(filepath.Join(pub, p)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s exists, but there is no previous year to compare with", p)
		}
	}
	// Linked from both report pages.
	if r := sitetest.Read(t, pub, "alpha/2022/index.html"); !strings.Contains(r, `href="../../alpha/2022/compare/index.html"`) || !strings.Contains(r, `href="../../alpha/2023/compare/index.html"`) {
		t.Error("alpha/2022 does not link to its comparisons with 2021 and 2023")
	}
	if r := sitetest.Read(t, pub, "alpha/2021/index.html"); !strings.Contains(r, `href="../../alpha/2022/compare/index.html"`) || strings.Contains(r, `href="../../alpha/2021/compare/index.html"`) {
		t.Error("alpha/2021 should link only to 2022's comparison")
	}
}

func testYearOverview(t *testing.T, pub string) {
	y := sitetest.Read(t, pub, "years/2022/index.html")
	missing := y[strings.Index(y, `id="missing-heading"`):strings.Index(y, `id="figures-heading"`)]
	if !strings.Contains(missing, "乙局") || strings.Contains(missing, "甲局") || strings.Contains(missing, "丙局") {
		t.Errorf("2022: the organs without a report should be exactly 乙局:\n%s", missing)
	}
	if i, j := strings.Index(y, ">甲局<"), strings.Index(y, ">丙局<"); i < 0 || j < 0 || i > j {
		t.Error("2022: organs not listed in portal order")
	}
	// The total row: 12 + 4 new applications.
	if !regexp.MustCompile(`<th scope="row" class="total">全部机关合计</th><td class=" ?total"></td><td class="num total">16</td>`).MatchString(y) {
		t.Error("2022: total row should start with 16 new applications")
	}
	if _, err := os.Stat(filepath.Join(pub, "years/2020/index.html")); err == nil {
		t.Error("a year without any report got a page")
	}
}

func testPortalCompare(t *testing.T, pub string) {
	c := sitetest.Read(t, pub, "compare/index.html")
	for _, x := range []struct {
		headers []string
		want    string
	}{
		{[]string{"本年新收申请", "2021年", "数量"}, "10"},
		{[]string{"本年新收申请", "2022年", "较上年"}, "增加 6（+60.0%）"},
		{[]string{"本年新收申请", "2023年", "较上年"}, "减少 2（−12.5%）"},
	} {
		if got := sitetest.FigureWith(t, c, "history-figures", x.headers...); got != x.want {
			t.Errorf("compare %q = %q, want %q", x.headers, got, x.want)
		}
	}
	if !strings.Contains(c, `id="chart-appeals"`) && !strings.Contains(c, `<title id="chart-appeals-title">`) {
		t.Error("portal compare lacks the appeals chart")
	}
	home := sitetest.Read(t, pub, "index.html")
	for _, want := range []string{`href="years/2022/index.html"`, `href="compare/index.html"`} {
		if !strings.Contains(home, want) {
			t.Errorf("home lacks %s", want)
		}
	}
	if r := sitetest.Read(t, pub, "alpha/2022/index.html"); !strings.Contains(r, `href="../../compare/index.html"`) {
		t.Error("header nav lacks the link to /compare/")
	}
}

func TestCarryOverMismatchStopsBuild(t *testing.T) {
	dir := sitetest.Write(t, `
-- config.toml --
`+sitetest.Config+`
-- content/alpha/org.toml --
name = "甲局"
-- content/alpha/2022.toml --
`+sitetest.Report(2022, 10, 0, 3)+`
-- content/alpha/2022.md --
`+sitetest.Narrative+`
-- content/alpha/2023.toml --
`+sitetest.Report(2023, 10, 1, 0)+`
-- content/alpha/2023.md --
`+sitetest.Narrative)
	res, err := Build(Options{Source: dir})
	if !errors.Is(err, ErrFindings) {
		t.Fatalf("build error = %v, want ErrFindings", err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.String())
	}
	want := "content/alpha/2023.toml:14: [carry-over] 二、上年结转政府信息公开申请数量 · 自然人：应为 3（content/alpha/2022.toml:15 四、结转下年度继续办理），实为 1"
	if !strings.Contains(strings.Join(got, "\n"), want) {
		t.Errorf("findings:\n%s\nwant one naming both files and lines:\n%s", strings.Join(got, "\n"), want)
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); err == nil {
		t.Error("a site with a carry-over mismatch was published")
	}
}

// TestTotalsCoverage: /compare/ says, for each year, how many organs
// have a report and how many have none (its totals are over the first).
func TestTotalsCoverage(t *testing.T) {
	dir := sitetest.Write(t, twoYears()+"-- content/other/org.toml --\nname = \"另一机关\"\n"+
		"-- content/other/2023.toml --\n"+sitetest.Report(2023, 3, 0, 0)+"-- content/other/2023.md --\n"+sitetest.Narrative)
	if _, err := build(t, dir); err != nil {
		t.Fatal(err)
	}
	page := sitetest.Read(t, filepath.Join(dir, "public"), "compare/index.html")
	if !strings.Contains(page, "各年度报告数量") {
		t.Fatal("the totals page has no coverage table")
	}
	figs := sitetest.Figures(t, page, "coverage")
	want := map[string]string{"2022年 有报告的机关": "1", "2022年 没有报告的机关": "1", "2023年 有报告的机关": "2", "2023年 没有报告的机关": "0"}
	got := map[string]string{}
	for _, f := range figs {
		got[strings.Join(f.Headers, " ")] = f.Text
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q (figures %v)", k, got[k], v, figs)
		}
	}
}
