package document

import (
	"strings"
	"testing"
)

func lines(d *Document) []string {
	var out []string
	for _, b := range d.Blocks {
		if b.Table != nil {
			for _, r := range b.Table.Rows {
				out = append(out, "T:"+strings.Join(r.Texts(), "|"))
			}
			continue
		}
		mark := ""
		if b.Break {
			mark = "¶"
		}
		out = append(out, mark+b.Text)
	}
	return out
}

func TestTextTables(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"markdown", "| 规章 | 22 | 235 |\n|---|:--:|---|\n| 规范性文件 |  | 189 |", "T:规章|22|235 T:规范性文件||189"},
		{"bars without ends", "四、结转 | 72 |  | 18\n（六）其他处理 |  |  | ", "T:四、结转|72||18 T:（六）其他处理|||"},
		{"browser copy", "一、本年新收\t64\t0\t\t2\n正文", "T:一、本年新收|64|0||2 ¶正文"},
		{"prose with one bar", "甲|乙", "¶甲|乙"},
		{"markdown heading", "## 表二：主动公开", "¶表二：主动公开"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(lines(Text(tc.in, false)), " "); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// TestPageFurniture: page numbers and running heads between pages are
// dropped, and a paragraph broken by the page end joins up; a table row
// that opens two pages, or a bare number inside a page, is kept.
func TestPageFurniture(t *testing.T) {
	in := strings.Join([]string{
		"某局2023年政府信息公开工作年度报告",
		"正文第一段的前半，",
		"",
		"- 1 -",
		"\f某局2023年政府信息公开工作年度报告",
		"后半。",
		"0 0 0 0 0 0 0",
		"5",
		"第 2 页 共 3 页",
		"\f某局2023年政府信息公开工作年度报告",
		"0 0 0 0 0 0 0",
		"结尾。",
		"3",
	}, "\n")
	got := strings.Join(lines(Text(in, true)), " / ")
	want := "¶某局2023年政府信息公开工作年度报告 / 正文第一段的前半， / 后半。 / 0 0 0 0 0 0 0 / 5 / 0 0 0 0 0 0 0 / 结尾。"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestSourceField(t *testing.T) {
	d := Text("# source: https://x (发布时间 2022-02-08)\n标题", false)
	if d.Field("source") != "https://x (发布时间 2022-02-08)" || len(d.Blocks) != 1 {
		t.Errorf("fields %+v blocks %+v", d.Fields, d.Blocks)
	}
}
