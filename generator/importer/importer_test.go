package importer

import (
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/report"
)

// TestRejects covers inputs that must not import, and what the error
// must say.
func TestRejects(t *testing.T) {
	erqi := string(readSeed(t, "text/erqi-district-office-2023.txt"))
	tests := []struct {
		name  string
		input string
		want  []string
	}{
		{"2019 format run together", string(readSeed(t, "text/pingtan-2020.txt")), []string{"表二「规范性文件」", "有 15 种读法", "--cells active.normative_documents="}},
		{"2019 format, negative outside 本年增/减", strings.Replace(string(readSeed(t, "text/shanghai-bgt-2019.txt")), "行政许可 | 0 | 0 | 0", "行政许可 | -3 | 0 | 0", 1), []string{"表二「行政许可」 · 上一年项目数量", "不是件数"}},
		{"tables as images", tablesAsImages(erqi), []string{"表格是否以图片形式发布"}},
		{"row cells missing", strings.Replace(erqi, "3.要求提供公开出版物 0 0 0 0 0 0 0", "3.要求提供公开出版物 0 0 0 0 0 0", 1), []string{"表三「三、本年度办理结果（五）不予处理 3.要求提供公开出版物」", "应有 7 个单元格，原文有 6 个"}},
		{"no title", strings.Replace(erqi, "二七区人民政府办公室2023年政府信息公开工作年", "", 1), []string{"找不到报告标题", "--name"}},
		{"neither utf-8 nor gbk", "\x81\x30\x81\x30\x81", []string{"无法识别文件的编码"}},
		{"binary", "%PDF-1.7\x00\x01", []string{"二进制"}},
		{"HTML tables as images", regexp.MustCompile(`(?s)<table.*?</table>`).ReplaceAllString(string(readSeed(t, "html/pingtan-2024.html")), `<p><img src="table.png" alt="表格"></p>`), []string{"表格是否以图片形式发布"}},
		{"fees not an amount", strings.Replace(erqi, "行政事业性收费 0", "行政事业性收费 00.5", 1), []string{"表二「行政事业性收费」", "不是金额"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Import([]byte(tc.input), Options{Name: "in.txt"})
			if err == nil {
				t.Fatalf("imported %s %d; want an error", res.Organ, res.Year)
			}
			if !strings.HasPrefix(err.Error(), "in.txt") {
				t.Errorf("error %q does not name the file", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

// TestImportsWithNotes covers inputs that import, saying what they did
// that a person should check.
func TestImportsWithNotes(t *testing.T) {
	erqi := string(readSeed(t, "text/erqi-district-office-2023.txt"))
	for _, tc := range []struct {
		name, input string
		want        []string
	}{
		// The form fixes the order of its rows: a row whose label is
		// misprinted is read by its place, and the import says so.
		{"row label misprinted", strings.Replace(erqi, "4.保护第三方合法权益", "4.另外一种情况", 1), []string{"4.保护第三方合法权益", "按表格的行序读取"}},
		{"section heading lost", strings.Replace(erqi, "五、存在的主要问题及改进情况", "存在的问题", 1), []string{"找不到「五、存在的主要问题及改进情况」部分的标题"}},
		{"section of its own", strings.Replace(erqi, "五、存在的主要问题及改进情况", "五、工作机制保障\n机制健全。\n\n六、存在的主要问题及改进情况", 1), []string{"「五、工作机制保障」按国家格式属于「一、总体情况」"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Import([]byte(tc.input), Options{Name: "in.txt"})
			if err != nil {
				t.Fatal(err)
			}
			notes := strings.Join(res.Notes, "\n")
			for _, w := range tc.want {
				if !strings.Contains(notes, w) {
					t.Errorf("notes lack %q:\n%s", w, notes)
				}
			}
		})
	}
}

// tablesAsImages keeps the table headings of a report but drops every
// number in sections 二 to 四, as a report whose tables are images reads.
func tablesAsImages(s string) string {
	a := strings.Index(s, "二、主动公开政府信息情况")
	b := strings.Index(s, "五、存在的主要问题及改进情况")
	mid := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, s[a:b])
	return s[:a] + mid + s[b:]
}

// TestWebTextAmbiguous: table 二 has no sum rule, so run-together cells
// in it have several readings; the importer lists them and names the
// --cells to give, and checks that a reading given only cuts the digits.
func TestWebTextAmbiguous(t *testing.T) {
	src := readSeed(t, "text/pingtan-2021.txt")
	_, err := Import(src, Options{Name: "p.txt"})
	if err == nil || !strings.Contains(err.Error(), "有 10 种读法") || !strings.Contains(err.Error(), "--cells active.normative_documents=") {
		t.Errorf("error = %v; want the readings of 行政规范性文件 listed", err)
	}
	_, err = Import(src, Options{Name: "p.txt", Cells: map[string][]string{"active.normative_documents": {"69", "3", "666"}}})
	if err == nil || !strings.Contains(err.Error(), "不能改动数字") {
		t.Errorf("error = %v; want a changed number refused", err)
	}
	res, err := Import(src, Options{Name: "p.txt", Cells: map[string][]string{"active.normative_documents": {"69", "3", "665"}}})
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(res.Notes, "\n")
	for _, want := range []string{"按 --cells 读作 69、3、665", "（“270020130”），按表格的勾稽关系只有一种读法：27、0、0、2、0、1、30"} {
		if !strings.Contains(joined, want) {
			t.Errorf("notes lack %q:\n%s", want, joined)
		}
	}
}

// TestHTMLBlanksAndSubtotal: a table cell left empty, or printed as "/"
// or "—", is blank, never zero; a group printed as one row is a subtotal.
func TestHTMLBlanksAndSubtotal(t *testing.T) {
	src := string(readSeed(t, "html/pingtan-2023.html"))
	src = replaceRow(src, "一、本年新收政府信息公开申请数量",
		`<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>80</td><td>1</td><td> </td><td>/</td><td>—</td><td>0</td><td>81</td></tr>`)
	// （六）其他处理 printed as one row: drop its three sub-rows and keep
	// a single row under the group's label.
	a := strings.Index(src, "（六）其他处理")
	a = strings.LastIndex(src[:a], "<tr")
	z := strings.Index(src, "（七）总计")
	z = strings.LastIndex(src[:z], "<tr")
	src = src[:a] + `<tr><td colspan="2">（六）其他处理</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>` + src[z:]

	res, err := Import([]byte(src), Options{Name: "p.html"})
	if err != nil {
		t.Fatal(err)
	}
	got := res.Report.Application("applications.new").Cells
	want := []report.Cell{{N: 80}, {N: 1}, {Blank: true}, {Blank: true}, {Blank: true}, {N: 0}, {N: 81}}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("本年新收 cell %d = %v, want %v", k, got[k], want[k])
		}
	}
	sub := res.Report.Subtotal("other")
	if sub == nil || sub.Cells[0].N != 2 || sub.Cells[6].N != 2 {
		t.Errorf("subtotal = %v; want （六）其他处理 as one row", sub)
	}
	if res.Report.Application("applications.results.other.other").Known {
		t.Error("sub-rows of a group printed as one row must be unknown")
	}
}

// replaceRow replaces the <tr> holding label with row.
func replaceRow(src, label, row string) string {
	i := strings.Index(src, label)
	a := strings.LastIndex(src[:i], "<tr")
	z := i + strings.Index(src[i:], "</tr>") + len("</tr>")
	return src[:a] + row + src[z:]
}

// TestLayoutBlanks: PDF text with its layout kept shows a blank cell as
// spaces; the columns of the rows nearby place it.
func TestLayoutBlanks(t *testing.T) {
	src := string(readSeed(t, "text/hongze-qzf-2024.txt"))
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if strings.Contains(l, "3.危及“三安全一稳定”") {
			// Fields: label, 1, 0, 0, 0, 0, 0, 1 — blank the 社会公益组织
			// cell (field 4) and the 其他 cell (field 6).
			lines[i] = blankField(blankField(l, 6), 4)
		}
	}
	res, err := Import([]byte(strings.Join(lines, "\n")), Options{Name: "h.txt"})
	if err != nil {
		t.Fatal(err)
	}
	got := res.Report.Application("applications.results.withheld.security_stability").Cells
	want := []report.Cell{{N: 1}, {}, {}, {Blank: true}, {}, {Blank: true}, {N: 1}}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("cell %d = %v, want %v (row %v)", k, got[k], want[k], got)
		}
	}
	if !strings.Contains(strings.Join(res.Notes, "\n"), "社会公益组织、其他 为空白单元格") {
		t.Errorf("notes do not say which cells were blank: %v", res.Notes)
	}
}

// blankField replaces the k-th whitespace-separated field of line with
// spaces, keeping the columns of the rest.
func blankField(line string, k int) string {
	at := regexp.MustCompile(`\S+`).FindAllStringIndex(line, -1)[k]
	return line[:at[0]] + strings.Repeat(" ", at[1]-at[0]) + line[at[1]:]
}

// TestHTMLLayoutTables: a page laid out in tables (as older government
// sites are) reads the same as the page itself: only the innermost tables
// are the report's.
func TestHTMLLayoutTables(t *testing.T) {
	src := string(readSeed(t, "html/pingtan-2024.html"))
	plain, err := Import([]byte(src), Options{Name: "p.html"})
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(src, "<body")
	i += strings.Index(src[i:], ">") + 1
	j := strings.LastIndex(src, "</body>")
	wrapped := src[:i] + `<table width="100%"><tr><td>导航</td></tr><tr><td><table><tr><td>` + src[i:j] +
		`</td></tr></table></td></tr><tr><td>版权所有</td></tr></table>` + src[j:]
	got, err := Import([]byte(wrapped), Options{Name: "p.html"})
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(plain.Report, got.Report); len(d) > 0 {
		t.Errorf("tables differ: %v", d)
	}
	if Markdown(plain.Narrative) != Markdown(got.Narrative) {
		t.Errorf("narrative differs:\n%s", Markdown(got.Narrative))
	}
}
