package vocab

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/report"
)

func TestVocabulary(t *testing.T) {
	v, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Sections) != len(report.Sections) {
		t.Fatalf("%d sections, want %d", len(v.Sections), len(report.Sections))
	}
	for _, s := range v.Sections {
		if s.Headings[0] != s.Title {
			t.Errorf("section %s: first heading %q, want the official %q", s.ID, s.Headings[0], s.Title)
		}
	}
	for _, r := range report.ApplicationRows {
		if got := v.Rows[r.Path]; len(got) == 0 || got[0] != r.Label {
			t.Errorf("row %s: %q, want the official label first", r.Path, got)
		}
	}
	for _, name := range []string{"active", "applications", "appeals"} {
		if len(v.Anchors[name]) == 0 {
			t.Errorf("table %s has no anchors", name)
		}
	}
}

// TestParseRefuses: a vocabulary naming what the national format does not
// have is refused, so that a typo cannot make a variant silently unused.
func TestParseRefuses(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`[sections.probelms]` + "\nheadings = [\"x\"]", "probelms"},
		{`[sections.problems]` + "\nheading = [\"x\"]", "heading"},
		{`[rows]` + "\n\"applications.nwe\" = [\"x\"]", "applications.nwe"},
		{`[tables.foo]` + "\nanchors = [\"x\"]", "foo"},
		{`titel = ["x"]`, "titel"},
		{"[ocr]\nconfusables = [[\"沭\", \"沐沐\"]]", "两个单字"},
		{`[cells]` + "\nmade_up_headers = ['(']", "made_up_headers"},
	} {
		if _, err := Parse(tc.src); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want an error naming %q", tc.src, err, tc.want)
		}
	}
}

func TestCore(t *testing.T) {
	for in, want := range map[string]string{
		"（三）不予公开":              "不予公开",
		"(三)不予公开":              "不予公开",
		"2.其他法律行政法规禁止公开":       "其他法律行政法规禁止公开",
		"2、其他法律行政法规禁止公开":       "其他法律行政法规禁止公开",
		"（2）重复申请":              "重复申请",
		"五、存在的主要问题":            "存在的主要问题",
		"三、本年度办理结果（一）予以公开":     "本年度办理结果（一）予以公开",
		"第五部分 存在的主要问题":         "存在的主要问题",
		"3. 危 及 “ 三 安 全 一 稳定”": "危及“三安全一稳定”",
		"１．属于国家秘密":             "属于国家秘密",
		"2023年":                "2023年",
	} {
		if got := Core(in); got != want {
			t.Errorf("Core(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSameOrgan(t *testing.T) {
	v := Default
	if !v.SameOrgan("沭阳县人民政府", "沐阳县人民政府") {
		t.Error("沭/沐 not taken for the same organ")
	}
	if v.SameOrgan("沭阳县人民政府", "泗阳县人民政府") {
		t.Error("two counties taken for one")
	}
	if v.SameOrgan("沭阳县人民政府", "沭阳县人民政府办公室") {
		t.Error("a government and its office taken for one")
	}
}

func TestMadeUpHeader(t *testing.T) {
	for cell, want := range map[string]bool{"列1": true, "Column 3": true, "col_2": true, "A": true, "规章": false, "总计": false, "0": false} {
		if got := Default.IsMadeUpHeader(cell); got != want {
			t.Errorf("IsMadeUpHeader(%q) = %v", cell, got)
		}
	}
}
