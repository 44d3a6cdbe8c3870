package importer

import (
	"archive/zip"
	"bytes"
	"github.com/gongkai/gongkai/generator/importer/document"
	"html"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/report"
)

// TestPageBreakInTable: a page ending inside table 三, with its page
// number, a running head on the next page and the table's header printed
// again there, reads as if the table were on one page.
func TestPageBreakInTable(t *testing.T) {
	erqi := string(readSeed(t, "text/erqi-district-office-2023.txt"))
	want, err := Import([]byte(erqi), Options{Name: "erqi.txt"})
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(erqi, "5.属于三类内部事务信息 0 0 0 0 0 0 0\n", "5.属于三类内部事务信息 0 0 0 0 0 0 0\n\n                    - 3 -\n\f二七区人民政府办公室2023年政府信息公开工作年度报告\n"+
		"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n", 1)
	broken = strings.Replace(broken, "\n二七区人民政府办公室2023年政府信息公开工作年\n度报告", "\n二七区人民政府办公室2023年政府信息公开工作年度报告", 1)
	got, err := Import([]byte(broken), Options{Name: "erqi.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(want.Report, got.Report); len(d) > 0 {
		t.Errorf("tables differ: %v", d)
	}
}

// TestTableInAppendix: a department's own sections, its tables together
// at the end under headings of their own numbering, one heading lost.
func TestTableInAppendix(t *testing.T) {
	erqi := string(readSeed(t, "text/erqi-district-office-2023.txt"))
	a := strings.Index(erqi, "二、主动公开政府信息情况")
	b := strings.Index(erqi, "五、存在的主要问题及改进情况")
	tables := erqi[a:b]
	tables = strings.Replace(tables, "二、主动公开政府信息情况", "一、主动公开政府信息情况", 1)
	tables = strings.Replace(tables, "三、收到和处理政府信息公开申请情况", "二、收到和处理政府信息公开申请情况", 1)
	tables = strings.Replace(tables, "四、政府信息公开行政复议、行政诉讼情况", "三、政府信息公开行政复议、行政诉讼情况", 1)
	own := erqi[:a] + "二、工作机制保障\n\n设立工作专班。\n\n三、主动公开工作情况\n\n主动公开各类信息。\n\n" + erqi[b:] + "\n附表\n\n" + tables
	want, err := Import([]byte(erqi), Options{Name: "erqi.txt"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Import([]byte(own), Options{Name: "own.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(want.Report, got.Report); len(d) > 0 {
		t.Errorf("tables differ: %v", d)
	}
	md := Markdown(got.Narrative)
	for _, w := range []string{"### 二、工作机制保障\n\n设立工作专班。", "## 主动公开政府信息情况\n\n主动公开各类信息。"} {
		if !strings.Contains(md, w) {
			t.Errorf("narrative lacks %q:\n%s", w, md)
		}
	}
	if strings.Contains(md, "规章") {
		t.Errorf("a table's text in the narrative:\n%s", md)
	}
}

// TestDates: the publication date comes from a field or the signature,
// never from a tool's own date, nor a date before the year is over.
func TestDates(t *testing.T) {
	erqi := string(readSeed(t, "text/erqi-district-office-2023.txt"))
	for _, tc := range []struct{ name, text, want string }{
		{"field", strings.Replace(erqi, "\n一、总体情况", "\n发布日期：2024-01-17\n\n一、总体情况", 1), "2024-01-17"},
		{"crawler's date", strings.Replace(erqi, "\n一、总体情况", "\n采集时间：2025-06-01 10:00\n\n一、总体情况", 1), ""},
		{"signature", erqi + "\n\n                二七区人民政府办公室\n                 2024年1月17日\n", "2024-01-17"},
		{"signature in Chinese numerals", erqi + "\n\n二七区人民政府办公室\n二〇二四年一月十七日\n", "2024-01-17"},
		{"date within the year", erqi + "\n\n2023年12月31日\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Import([]byte(tc.text), Options{Name: "erqi.txt"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Report.Published != tc.want {
				t.Errorf("published %q, want %q", res.Report.Published, tc.want)
			}
		})
	}
}

// TestTitles: the organ and year wherever the title stands and however
// it is worded.
func TestTitles(t *testing.T) {
	for _, tc := range []struct{ text, organ string }{
		{"某某县人民政府2023年政府信息公开工作年度报告", "某某县人民政府"},
		{"某某县人民政府2023年度政府信息公开年度报告", "某某县人民政府"},
		{"2023年某某县人民政府政府信息公开工作年度报告", "某某县人民政府"},
		{"某某县人民政府\n2023 年政府信息公开工作年度报告", "某某县人民政府"},
		{"正文\n2023 年某某县人民政府政府信息公开\n工作年度报告", "某某县人民政府"},
		{"当前位置： 首页 政府信息公开年报 某某县人民政府2023年度政府信息公开工作年度报告 来源：", "某某县人民政府"},
		{"某某县交通运输局政府信息公开工作2023年度报告", "某某县交通运输局"},
		{"中国（福建）自由贸易试验区平潭片区管理委员会2023年政府信息公开工作年度报告", "中国（福建）自由贸易试验区平潭片区管理委员会"},
		{"某某县人民政府２０２３年政府信息公开工作年度报告", "某某县人民政府"},
	} {
		d := linearize(textDoc(tc.text), false)
		p := &parser{d: d, f: newFlat(d)}
		got, ok := p.findTitle()
		if !ok || got.organ != tc.organ || got.year != 2023 {
			t.Errorf("%q: organ %q year %d (found %v), want %q 2023", tc.text, got.organ, got.year, ok, tc.organ)
		}
	}
}

// TestDraft: with Draft, cells no reading settles are unresolved, the
// cells every reading agrees on kept, and every other cell read.
func TestDraft(t *testing.T) {
	src := readSeed(t, "text/pingtan-2021.txt")
	res, err := Import(src, Options{Name: "p.txt", Draft: true})
	if err != nil {
		t.Fatal(err)
	}
	cells := res.Report.Active.Documents[1].Cells // 行政规范性文件, "693665"
	if !cells[0].Unresolved || !cells[1].Unresolved || !cells[2].Unresolved {
		t.Errorf("行政规范性文件 = %+v; want its cells unresolved", cells)
	}
	if len(res.Unresolved) != 1 || res.Unresolved[0].Row != "active.normative_documents" {
		t.Errorf("unresolved = %+v", res.Unresolved)
	}
	if got := res.Report.Application("applications.new").Cells[6]; got != (report.Cell{N: 70}) {
		t.Errorf("本年新收 总计 = %+v; the rest of the report must be read", got)
	}
}

func textDoc(s string) *document.Document { return document.Text(s, false) }

// TestWordPastedText: PDF text pasted into Word, one paragraph a line,
// its page numbers with it, reads as the text does.
func TestWordPastedText(t *testing.T) {
	src := string(readSeed(t, "text/hongze-qzf-2024.txt"))
	want, err := Import([]byte(src), Options{Name: "h.txt"})
	if err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for _, l := range strings.Split(src, "\n") {
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + html.EscapeString(strings.ReplaceAll(l, "\f", "")) + `</w:t></w:r></w:p>`)
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`))
	z.Close()
	got, err := Import(buf.Bytes(), Options{Name: "h.docx"})
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(want.Report, got.Report); len(d) > 0 {
		t.Errorf("tables differ: %v", d)
	}
}

// TestReviewFindings: inputs a review found to panic, to be cut short
// or read in part; each is now a problem naming the cell, or unresolved.
func TestReviewFindings(t *testing.T) {
	head := "某某局2023年政府信息公开工作年度报告\n"
	// The digit search cut short at its bound used to panic on table 四,
	// and with --draft kept cells no reading had varied.
	for _, tail := range []string{"/ 11111111111111111111 11111", "/ 1111111111 / 1111111111 11111", "/ 11111111 / 11111111 / 11111111"} {
		src := head + "行政复议 行政诉讼 结果维持\n" + tail + "\n"
		if _, err := Import([]byte(src), Options{Name: "x.txt"}); err == nil {
			t.Errorf("%q imported", tail)
		}
		res, err := Import([]byte(src), Options{Name: "x.txt", Draft: true})
		if err != nil {
			t.Fatalf("%q with --draft: %v", tail, err)
		}
		for _, row := range res.Report.Appeals {
			for _, c := range row.Cells {
				if !c.Unresolved && !c.Blank {
					t.Errorf("%q: cell %v kept though no reading settles it", tail, c)
				}
			}
		}
	}
	// A table cell that is no figure is reported whole, never read in part.
	page := func(cell string) []byte {
		return []byte(`<html><title>某局2023年政府信息公开工作年度报告</title><body><table><tr><td>第二十条第（一）项</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政许可</td><td>` + cell + `</td></tr></table></body></html>`)
	}
	for _, cell := range []string{"约4529", "4529+1", "45.", "4,52"} {
		_, err := Import(page(cell), Options{Name: "p.html"})
		if err == nil || !strings.Contains(err.Error(), "表二「行政许可」") || !strings.Contains(err.Error(), cell) {
			t.Errorf("cell %q: err = %v", cell, err)
		}
	}
	// --cells may give cells a table lost, never re-cut its cells.
	res, err := Import(page("12"), Options{Name: "p.html", Draft: true, Cells: map[string][]string{"active.regulations": {"0", "0", "0"}}})
	if err != nil || res.Report.Active.Decisions[0].N != 12 {
		t.Fatalf("err %v, report %+v", err, res)
	}
	if _, err := Import(page("12"), Options{Name: "p.html", Cells: map[string][]string{"active.regulations": {"0", "00", ""}}}); err == nil {
		t.Error("--cells re-cutting a table's cells accepted")
	}
}

// TestBrowserCopyBlankEnd: a browser's copy of a row whose last cells are
// empty keeps them as blank cells.
func TestBrowserCopyBlankEnd(t *testing.T) {
	src := string(readSeed(t, "text/erqi-district-office-2023.txt"))
	want, err := Import([]byte(src), Options{Name: "e.txt"})
	if err != nil {
		t.Fatal(err)
	}
	copied := strings.Replace(src, "四、结转下年度继续办理 0 0 0 0 0 0 0", "四、结转下年度继续办理\t0\t0\t0\t0\t0\t\t", 1)
	got, err := Import([]byte(copied), Options{Name: "e.txt"})
	if err != nil {
		t.Fatal(err)
	}
	cells := got.Report.Application("applications.carried_forward").Cells
	if !cells[5].Blank || !cells[6].Blank || cells[4] != (report.Cell{}) {
		t.Errorf("结转 = %v; want the two empty cells blank", cells)
	}
	_ = want
}
