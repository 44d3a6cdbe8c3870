package site_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestFormatChange builds an organ whose 2020 report follows the 2019
// format and whose 2021 report follows the 2021 format: the 2020 page
// shows its own table 二, both report.json validate against the one
// schema, and the comparison page says which figures it cannot compare.
func TestFormatChange(t *testing.T) {
	dir := sitetest.Write(t, `
-- config.toml --
`+sitetest.Config+`
-- content/alpha/org.toml --
name = "甲局"
-- content/alpha/2020.toml --
`+sitetest.Report2019(2020, 10, 0, 2)+`
-- content/alpha/2020.md --
`+sitetest.Narrative+`
-- content/alpha/2021.toml --
`+sitetest.Report(2021, 8, 2, 0)+`
-- content/alpha/2021.md --
`+sitetest.Narrative)
	public := build(t, dir, "")
	if n := validateAll(t, public); n != 2 {
		t.Fatalf("validated %d report.json, want 2", n)
	}

	page := sitetest.Read(t, public, "alpha/2020/index.html")
	for _, want := range []string{
		"第二十条第（九）项", "本年新制作数量", "对外公开总数量", "上一年项目数量", "本年增/减", "其他对外管理服务事项",
		"采购总金额", "251000.50元", ">-2<", "2019年版格式（国办公开办函〔2019〕60号）",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("2020 page lacks %q", want)
		}
	}
	for _, unwanted := range []string{"本年制发件数", "现行有效件数", "本年收费金额", "1.申请人无正当理由逾期不补正"} {
		if strings.Contains(page, unwanted) {
			t.Errorf("2020 page shows the 2021 form's %q", unwanted)
		}
	}

	cmp := sitetest.Read(t, public, "alpha/2021/compare/index.html")
	for _, want := range []string{
		"两年报告格式不同",
		"2020年报告按2019年版格式（国办公开办函〔2019〕60号）编制，2021年报告按2021年版格式（国办公开办函〔2021〕30号）编制。",
		"不可比较",
		"表三、表四两种格式相同，逐项比较。",
		"仅列两种格式共有的项目",
	} {
		if !strings.Contains(cmp, want) {
			t.Errorf("comparison page lacks %q", want)
		}
	}
	// Table 二 compares only 处理决定数量: 行政许可 3 in both years.
	if got := sitetest.FigureWith(t, cmp, "c2", "行政许可 · 处理决定数量", "增减"); got != "0" {
		t.Errorf("行政许可 change = %q, want 0", got)
	}
	if len(sitetest.Figures(t, cmp, "c2")) != 3*len(report.DecisionKinds) {
		t.Error("comparison page compares rows the two formats count differently")
	}
	// Table 三 compares; 二、上年结转 of 2021 is 2020's 结转下年度.
	if got := sitetest.FigureWith(t, cmp, "c3", "四、结转下年度继续办理", "总计", "2020年"); got != "2" {
		t.Errorf("2020 结转下年度 total = %q, want 2", got)
	}
	if same := sitetest.Read(t, public, "alpha/2020/index.html"); strings.Contains(same, "两年报告格式不同") {
		t.Error("the note belongs on the comparison page only")
	}

	var doc struct {
		Format string                     `json:"format"`
		Active map[string]json.RawMessage `json:"active"`
	}
	if err := json.Unmarshal([]byte(sitetest.Read(t, public, "alpha/2020/report.json")), &doc); err != nil {
		t.Fatal(err)
	}
	var lic bytes.Buffer
	if err := json.Compact(&lic, doc.Active["licensing"]); err != nil {
		t.Fatal(err)
	}
	if doc.Format != "2019" || lic.String() != `{"previous":10,"change":-2,"decisions":3}` {
		t.Errorf("report.json: format %q, licensing %s", doc.Format, lic.String())
	}
	if !strings.Contains(string(doc.Active["procurement"]), "251000.50") {
		t.Errorf("procurement amount not kept as written: %s", doc.Active["procurement"])
	}

	golden(t, "alpha-2020-report.json", []byte(sitetest.Read(t, public, "alpha/2020/report.json")))
	golden(t, "alpha-2020-report.csv", []byte(sitetest.Read(t, public, "alpha/2020/report.csv")))
	rcsv := sitetest.Read(t, public, "alpha/2020/report.csv")
	if !strings.Contains(rcsv, "行政许可,10,-2,3,active.licensing\r\n") || !strings.Contains(rcsv, "政府集中采购,6,251000.50,active.procurement\r\n") {
		t.Errorf("report.csv lacks the 2019 table 二:\n%s", rcsv)
	}
	all := strings.Split(sitetest.Read(t, public, "data/reports.csv"), "\r\n")
	if !strings.Contains(all[0], ",format2019.active.licensing.change,") {
		t.Errorf("reports.csv header lacks the 2019 columns: %s", all[0])
	}
}

// TestSchemaDiscriminatesFormat checks that format decides the shape of
// active: a 2019 table 二 under format "2021" is invalid, and so is a
// negative count other than 本年增/减.
func TestSchemaDiscriminatesFormat(t *testing.T) {
	dir := sitetest.Write(t, `
-- config.toml --
`+sitetest.Config+`
-- content/alpha/org.toml --
name = "甲局"
-- content/alpha/2020.toml --
`+sitetest.Report2019(2020, 10, 0, 0)+`
-- content/alpha/2020.md --
`+sitetest.Narrative)
	public := build(t, dir, "")
	schema := compileSchema(t, public)
	doc := sitetest.Read(t, public, "alpha/2020/report.json")
	for _, tc := range []struct {
		name, old, new string
		valid          bool
	}{
		{"as published", "", "", true},
		{"2019 table 二 under format 2021", `"format": "2019"`, `"format": "2021"`, false},
		{"unknown format", `"format": "2019"`, `"format": "2018"`, false},
		{"negative 上一年项目数量", `"previous": 10`, `"previous": -10`, false},
		{"2021 row in a 2019 table", `"fees": {`, `"feez": {`, false},
	} {
		src := doc
		if tc.old != "" {
			if !strings.Contains(src, tc.old) {
				t.Fatalf("%s: report.json lacks %s", tc.name, tc.old)
			}
			src = strings.Replace(src, tc.old, tc.new, 1)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(inst); (err == nil) != tc.valid {
			t.Errorf("%s: valid = %v, want %v (%v)", tc.name, err == nil, tc.valid, err)
		}
	}
}

// TestCompareWithin2019 compares two 2019-format years: table 二 of that
// form, every cell, with no note about formats.
func TestCompareWithin2019(t *testing.T) {
	dir := sitetest.Write(t, `
-- config.toml --
`+sitetest.Config+`
-- content/alpha/org.toml --
name = "甲局"
-- content/alpha/2019.toml --
`+sitetest.Report2019(2019, 10, 0, 0)+`
-- content/alpha/2019.md --
`+sitetest.Narrative+`
-- content/alpha/2020.toml --
`+strings.Replace(sitetest.Report2019(2020, 8, 0, 0), "change = -2", "change = -5", 1)+`
-- content/alpha/2020.md --
`+sitetest.Narrative)
	cmp := sitetest.Read(t, build(t, dir, ""), "alpha/2020/compare/index.html")
	if strings.Contains(cmp, "两年报告格式不同") {
		t.Error("two reports of one format get the note about formats")
	}
	if got := sitetest.FigureWith(t, cmp, "c2", "行政许可 · 本年增/减", "增减"); got != "−3" {
		t.Errorf("行政许可 本年增/减 change = %q, want −3", got)
	}
	if got := sitetest.FigureWith(t, cmp, "c2", "政府集中采购 · 采购总金额（元）", "2020年"); got != "251000.50" {
		t.Errorf("采购总金额 = %q, want 251000.50", got)
	}
}
