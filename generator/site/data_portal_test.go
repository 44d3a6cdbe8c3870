package site_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/gongkai/gongkai/generator/feed"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// multiYear is a generated portal: one organ over four years whose
// carry-over chains, and one whose report left cells blank, printed a
// group as one line and acknowledges a break, with text that a
// spreadsheet would run as a formula.
func multiYear() string {
	var b strings.Builder
	b.WriteString("-- config.toml --\n" + sitetest.Config)
	b.WriteString("-- content/alpha/org.toml --\nname = \"甲区人民政府\"\ncategory = \"区县政府\"\n")
	for i, y := range []int{2021, 2022, 2023, 2024} {
		fmt.Fprintf(&b, "-- content/alpha/%d.toml --\n%s", y,
			strings.Replace(sitetest.Report(y, 10+i, i, i+1), "year = ", fmt.Sprintf("published = %d-02-0%d\nyear = ", y+1, i+1), 1))
		fmt.Fprintf(&b, "-- content/alpha/%d.md --\n%s", y, sitetest.Narrative)
	}
	beta := strings.NewReplacer(
		"new             = [5, 0, 0, 0, 0, 0, 5]", `new             = [5, "/", 0, 0, 0, 0, 5]`,
		"fees       = 0", `fees       = "/"`,
		"no_correction  = [0, 0, 0, 0, 0, 0, 0]\nno_fee_payment = [0, 0, 0, 0, 0, 0, 0]\nother          = [0, 0, 0, 0, 0, 0, 0]", "subtotal = [0, 0, 0, 0, 0, 0, 0]",
		"review                  = [0, 0, 0, 0, 0]", "review                  = [1, 0, 0, 0, 0]",
	).Replace(sitetest.Report(2023, 5, 0, 0)) + `
[[acknowledged]]
rule = "appeals-total"
row  = "appeals.review"
note = "=原文如此：总计为0"
`
	b.WriteString("-- content/beta/org.toml --\nname = \"=乙局\"\ncategory = \"区政府部门\"\n")
	b.WriteString("-- content/beta/2023.toml --\n" + beta)
	b.WriteString("-- content/beta/2023.md --\n" + strings.Replace(sitetest.Narrative, "总体情况正文。", "总体情况正文，含 <b>标签</b> & 符号。", 1))
	return b.String()
}

func TestGeneratedPortalData(t *testing.T) {
	src := sitetest.Write(t, multiYear())
	public := build(t, src, "")
	if n := validateAll(t, public); n != 5 {
		t.Errorf("validated %d report.json files, want 5", n)
	}
	golden(t, "beta-2023-report.json", []byte(sitetest.Read(t, public, "beta/2023/report.json")))
	golden(t, "beta-2023-report.csv", []byte(sitetest.Read(t, public, "beta/2023/report.csv")))
	golden(t, "feed.json", []byte(sitetest.Read(t, public, "feed.json")))
	golden(t, "reports.csv", []byte(sitetest.Read(t, public, "data/reports.csv")))
	golden(t, "report.schema.json", []byte(sitetest.Read(t, public, "schema/report.schema.json")))

	for _, rel := range []string{"beta/2023/report.csv", "data/reports.csv"} {
		csv := sitetest.Read(t, public, rel)
		if !strings.HasPrefix(csv, "\ufeff") || strings.Contains(strings.ReplaceAll(csv, "\r\n", ""), "\n") {
			t.Errorf("%s: want a UTF-8 BOM and CRLF line ends only", rel)
		}
		if strings.Contains(csv, ",=乙局") || !strings.Contains(csv, ",'=乙局") {
			t.Errorf("%s: the organ name starting with = is not guarded", rel)
		}
	}
	rows := strings.Split(strings.TrimSuffix(sitetest.Read(t, public, "data/reports.csv"), "\r\n"), "\r\n")
	if len(rows) != 6 {
		t.Errorf("reports.csv has %d lines, want a header and 5 organ-years", len(rows))
	}
}

// TestDeterministic builds the same content twice: every file must be
// byte-identical.
func TestDeterministic(t *testing.T) {
	src := sitetest.Write(t, multiYear())
	a, b := tree(t, build(t, src, "")), tree(t, build(t, src, ""))
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

// TestBaseURL: --base-url changes every absolute URL and no relative one.
func TestBaseURL(t *testing.T) {
	src := sitetest.Write(t, multiYear())
	public := build(t, src, "https://data.example.org/gk")
	const base = "https://data.example.org/gk/"
	for rel, want := range map[string]string{
		"feed.json":              `"feed_url": "` + base + `feed.json"`,
		"alpha/feed.json":        `"id": "` + base + `alpha/2024/"`,
		"alpha/2023/report.json": `"previous": "` + base + `alpha/2022/report.json"`,
		"sitemap.xml":            "<loc>" + base + "alpha/2023/</loc><lastmod>2024-02-03</lastmod>",
		"robots.txt":             "Sitemap: " + base + "sitemap.xml",
		"data/reports.csv":       "," + base + "beta/2023/report.json,",
		"alpha/2023/index.html":  `"contentUrl":"` + base + `alpha/2023/report.csv"`,
	} {
		if got := sitetest.Read(t, public, rel); !strings.Contains(got, want) {
			t.Errorf("%s lacks %s", rel, want)
		}
	}
	page := sitetest.Read(t, public, "alpha/2023/index.html")
	if !strings.Contains(page, `href="../../alpha/feed.json"`) || strings.Contains(page, "example.gov.cn") {
		t.Error("pages must link feeds relatively and use the overriding base URL")
	}
}

// TestSchemaRejects: the schema is strict enough to catch what a broken
// writer or a hand-edited file would produce.
func TestSchemaRejects(t *testing.T) {
	public := build(t, sitetest.Write(t, multiYear()), "")
	schema := compileSchema(t, public)
	good := sitetest.Read(t, public, "alpha/2022/report.json")
	for _, tc := range []struct{ name, from, to string }{
		{"negative count", `"natural_person": 11`, `"natural_person": -1`},
		{"fractional count", `"natural_person": 11`, `"natural_person": 1.5`},
		{"string cell", `"natural_person": 11`, `"natural_person": "11"`},
		{"unknown key", `"schema_version": "1.0",`, `"schema_version": "1.0", "extra": 1,`},
		{"missing row", `"carried_over": {`, `"carried_overs": {`},
		{"bad date", `"published": "2023-02-02"`, `"published": "2023-2-2"`},
		{"other version", `"schema_version": "1.0"`, `"schema_version": "2.0"`},
	} {
		bad := strings.Replace(good, tc.from, tc.to, 1)
		if bad == good {
			t.Fatalf("%s: %q not found", tc.name, tc.from)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if schema.Validate(inst) == nil {
			t.Errorf("%s: accepted", tc.name)
		}
	}
	var v any
	if err := json.Unmarshal([]byte(good), &v); err != nil {
		t.Fatal(err)
	}
}

// TestFeedPages: past feed.PageSize items, a feed continues in
// feed-2.json, feed-3.json… chained by next_url, losing no item.
func TestFeedPages(t *testing.T) {
	defer func(n int) { feed.PageSize = n }(feed.PageSize)
	feed.PageSize = 2
	public := build(t, sitetest.Write(t, multiYear()), "")
	for dir, want := range map[string][]string{
		"":       {"alpha/2024/", "alpha/2023/", "alpha/2022/", "alpha/2021/", "beta/2023/"},
		"alpha/": {"alpha/2024/", "alpha/2023/", "alpha/2022/", "alpha/2021/"},
	} {
		const base = "https://example.gov.cn/nb/"
		var ids []string
		next := base + dir + "feed.json"
		for pages := 0; next != ""; pages++ {
			if pages > 5 {
				t.Fatalf("%sfeed.json: next_url does not end", dir)
			}
			var f struct {
				FeedURL string `json:"feed_url"`
				NextURL string `json:"next_url"`
				Items   []struct{ ID string }
			}
			if err := json.Unmarshal([]byte(sitetest.Read(t, public, strings.TrimPrefix(next, base))), &f); err != nil {
				t.Fatal(err)
			}
			if f.FeedURL != base+dir+"feed.json" || len(f.Items) > 2 {
				t.Errorf("%s: feed_url %q, %d items", next, f.FeedURL, len(f.Items))
			}
			for _, it := range f.Items {
				ids = append(ids, strings.TrimPrefix(it.ID, base))
			}
			next = f.NextURL
		}
		if strings.Join(ids, " ") != strings.Join(want, " ") {
			t.Errorf("%sfeed.json pages hold %v, want %v", dir, ids, want)
		}
	}
}
