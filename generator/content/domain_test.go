package content

import (
	"strings"
	"testing"
)

// TestCheckText holds one-line text fields to visible text: every kind of
// character that shows as nothing, as something else, or as a box is
// refused; the names real organs have pass.
func TestCheckText(t *testing.T) {
	for _, ok := range []string{
		"郑州市二七区人民政府办公室", "上海市人民政府办公厅（市政府研究室）", "国家统计局·普查中心",
		"中国〇〇一研究所", "ABC 科技园区管理委员会", "第１办公室", "e\u0301cole 学校", "某某　局",
	} {
		if why := checkText(ok, maxNameLength); why != "" {
			t.Errorf("%q refused: %s", ok, why)
		}
	}
	for _, bad := range []string{
		"", "   ", "甲\x07局", "甲\x7f局", "甲\u0085局", "甲\n局", "甲\t局", "甲\u2028局", "甲\u2029局",
		"甲\u200b局", "甲\u200d局", "甲\u2060局", "甲\ufeff局", "甲\u202e局", "甲\u2066局", "甲\u00ad局",
		"甲局\ufe00", "甲局\U000e0100", "甲\u3164局", "甲\u115f局", "甲\u034f局", "甲\u17b4局", "甲\u2800局",
		"\u0301甲局", "甲 \u0301局", "甲\ufdd0局", "甲\uffff局", "甲\ue000局", "甲\ufffd局", "甲\u00a0局",
		"甲\u2003局", "二七区人\u2ea0政府", "二七区人\u2f00政府", strings.Repeat("甲", maxNameLength+1),
	} {
		if why := checkText(bad, maxNameLength); why == "" {
			t.Errorf("%q accepted", bad)
		}
	}
}

// TestNameKey checks what counts as the same organ name.
func TestNameKey(t *testing.T) {
	for _, pair := range [][2]string{
		{"第1办公室", "第１办公室"}, {"甲 局", "甲局"}, {"甲　局", "甲局"}, {"ABC局", "ＡＢＣ局"},
	} {
		if nameKey(pair[0]) != nameKey(pair[1]) {
			t.Errorf("%q and %q differ", pair[0], pair[1])
		}
	}
	if nameKey("甲局") == nameKey("乙局") {
		t.Error("different names are the same")
	}
}

// TestCheckProse checks the characters a narrative may not hold.
func TestCheckProse(t *testing.T) {
	if line, why := checkProse([]string{"## 总体情况", "正文\t含制表符和\u200b零宽空格、\u00a0不换行空格。"}); line != 0 {
		t.Errorf("ordinary prose refused at line %d: %s", line, why)
	}
	for _, bad := range []string{"\x01", "\x7f", "\b", "\u202e", "\u2067", "\ue000", "\ufdd0"} {
		if line, _ := checkProse([]string{"## 总体情况", "正文" + bad}); line != 2 {
			t.Errorf("%q: line %d, want 2", bad, line)
		}
	}
}

func TestCheckName(t *testing.T) {
	for name, ok := range map[string]bool{
		"中共上海市委员会办公厅":        true,
		"中国（上海）自由贸易试验区管理委员会": true,
		"国家税务总局上海市税务局第一稽查局":  true,
		"XX区 人民政府":           true,
		"第１中学":               true,
		"〇〇区人民政府":            true,
		"区政府部门":              true,
		"上海市·浦东新区":           true,
		"甲+局 <b>":            true,  // ASCII: the pages escape it
		"平潭综合实验区管委会ニ局":       false, // katakana ニ for 二
		"第ー中学":               false, // the long-vowel mark for 一
		"\u31d0\u4e2d学":      false, // a CJK stroke
		"\u2ff0木木":           false, // an ideographic description character
		"Аdministration":     false, // Cyrillic А
		"αβ局":                false,
		"市政府\u0301":          false, // a combining mark after Han
		"市政府🏛":               false,
		"市政府\u2605":          false, // ★
	} {
		if why := checkName(name); (why == "") != ok {
			t.Errorf("checkName(%q) = %q; want ok=%v", name, why, ok)
		}
	}
}
