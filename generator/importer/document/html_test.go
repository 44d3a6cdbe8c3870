package document

import (
	"strconv"
	"strings"
	"testing"
)

func tableOf(t *testing.T, d *Document, k int) *Table {
	t.Helper()
	n := 0
	for _, b := range d.Blocks {
		if b.Table != nil {
			if n == k {
				return b.Table
			}
			n++
		}
	}
	t.Fatalf("no table %d in %+v", k, d.Blocks)
	return nil
}

func texts(d *Document) []string {
	var out []string
	for _, b := range d.Blocks {
		if b.Table == nil {
			out = append(out, b.Text)
		}
	}
	return out
}

// TestHTMLSpans: merged cells appear in every column and row they span,
// the copies marked.
func TestHTMLSpans(t *testing.T) {
	d := HTML(`<table>
<tr><td rowspan="3">三、本年度办理结果</td><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>
<tr><td>2.其他法律</td><td>5</td></tr>
<tr><td colspan="2">（七）总计</td><td>9</td></tr>
</table>`)
	got := tableOf(t, d, 0)
	want := [][]string{
		{"三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "0"},
		{"三、本年度办理结果", "（三）不予公开", "2.其他法律", "5"},
		{"三、本年度办理结果", "（七）总计", "（七）总计", "9"},
	}
	if len(got.Rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(got.Rows), len(want), got.Rows)
	}
	for i, r := range got.Rows {
		if strings.Join(r.Texts(), "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %q, want %q", i, r.Texts(), want[i])
		}
	}
	if c := got.Rows[1].Cells[0]; !c.Copy {
		t.Error("a cell continued from above is not marked a copy")
	}
	if c := got.Rows[2].Cells[2]; !c.Copy || got.Rows[2].Cells[1].Copy {
		t.Error("colspan copies marked wrongly")
	}
}

// TestHTMLTagSoup: cells and rows left open, a cell without a row, text
// between cells, as Word-pasted and hand-edited pages have them.
func TestHTMLTagSoup(t *testing.T) {
	d := HTML(`<p>前言<table><td>规章<td>0<td>1<tr><td>行政许可<td>5</table><p>后记`)
	got := tableOf(t, d, 0)
	if len(got.Rows) != 2 || strings.Join(got.Rows[0].Texts(), "|") != "规章|0|1" || strings.Join(got.Rows[1].Texts(), "|") != "行政许可|5" {
		t.Errorf("rows = %+v", got.Rows)
	}
	if p := texts(d); len(p) != 2 || p[0] != "前言" || p[1] != "后记" {
		t.Errorf("paragraphs = %q", p)
	}
}

// TestHTMLLayoutTables: a table holding tables, prose or one column is a
// layout table: its paragraphs are read, its inner tables are tables.
func TestHTMLLayoutTables(t *testing.T) {
	prose := strings.Repeat("这是一段很长的正文。", 50)
	d := HTML(`<table><tr><td>导航</td></tr><tr><td><p>第一段</p><table><tr><td>规章</td><td>0</td></tr></table><p>` + prose + `</p></td></tr></table>`)
	if got := tableOf(t, d, 0); len(got.Rows) != 1 || got.Rows[0].Cells[0].Text != "规章" {
		t.Errorf("inner table = %+v", got.Rows)
	}
	p := texts(d)
	if len(p) != 3 || p[0] != "导航" || p[1] != "第一段" || p[2] != prose {
		t.Errorf("paragraphs = %q", p)
	}
	one := HTML(`<table><tr><td><p>标题</p><p>正文</p></td></tr></table>`)
	if p := texts(one); len(p) != 2 {
		t.Errorf("a one-column frame: paragraphs = %q", p)
	}
}

func TestHTMLHiddenAndMeta(t *testing.T) {
	d := HTML(`<html><head><title>某局2023年政府信息公开工作年度报告_栏目</title>
<meta name="PubDate" content="2024-01-20 10:00"><style>p{}</style><script>var a="<p>假</p>";</script></head>
<body><noscript>请启用</noscript><select><option>甲</option></select><svg><text>图</text></svg>
<h2>一、总体情况</h2><p>正&nbsp;文</p><a href="/att/2023年报.PDF?x=1">附件</a><a href="a.html">链接</a></body></html>`)
	if d.Title != "某局2023年政府信息公开工作年度报告_栏目" {
		t.Errorf("title %q", d.Title)
	}
	if d.Field("pubdate") != "2024-01-20 10:00" {
		t.Errorf("fields %+v", d.Fields)
	}
	p := texts(d)
	if strings.Join(p, "|") != "一、总体情况|正 文|附件链接" {
		t.Errorf("paragraphs = %q", p)
	}
	if !d.Blocks[0].Heading {
		t.Error("<h2> not marked a heading")
	}
	if len(d.Links) != 1 || d.Links[0] != "/att/2023年报.PDF?x=1" {
		t.Errorf("links = %q", d.Links)
	}
}

// TestHTMLDeepNesting: tables nested past maxTables are read as text,
// which keeps reading linear in the size of the page.
func TestHTMLDeepNesting(t *testing.T) {
	page := strings.Repeat("<table><tr><td><div>", 2000) + "1" + strings.Repeat("</div></td></tr></table>", 2000)
	d := HTML(page)
	if !d.HasText() {
		t.Fatal("the text inside is lost")
	}
	unclosed := strings.Repeat("<table><tr><td><div>", 50000)
	if d := HTML(unclosed); d.HasText() {
		t.Errorf("text out of no text: %+v", d.Blocks[:1])
	}
}

func TestCollapse(t *testing.T) {
	for in, want := range map[string]string{
		"  a \t b  ":     "a b",
		"主动\n公开":         "主动公开",
		"主动 公开":          "主动 公开",
		"渠道，\u00a0完善":    "渠道， 完善",
		"2023\n年":        "2023 年",
		"\u3000\u3000正文": "正文",
	} {
		if got := Collapse(in); got != want {
			t.Errorf("Collapse(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkHTMLDeepNesting(b *testing.B) {
	for _, n := range []int{1 << 16, 1 << 18, 1 << 20} {
		page := strings.Repeat("<table><tr><td><div>", n/len("<table><tr><td><div>"))
		b.Run(strconv.Itoa(n>>10)+"KiB", func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for i := 0; i < b.N; i++ {
				HTML(page)
			}
		})
	}
}

// TestHTMLSpanBomb: cells spanning many columns cannot multiply a page
// past the limit of cells a table may expand to.
func TestHTMLSpanBomb(t *testing.T) {
	page := "<table><tr>" + strings.Repeat(`<td colspan=64>1</td>`, 20000) + "</tr></table>"
	d := HTML(page)
	cells := 0
	for _, b := range d.Blocks {
		if b.Table != nil {
			for _, r := range b.Table.Rows {
				cells += len(r.Cells)
			}
		}
	}
	if cells > maxCells {
		t.Errorf("%d cells out of %d bytes", cells, len(page))
	}
}

// TestHTMLLines: a paragraph's line is where its text shows.
func TestHTMLLines(t *testing.T) {
	d := HTML("<html>\n<body>\n<p>\n\n  正文</p>\n<table>\n<tr>\n<td>\n规章</td><td>0</td></tr></table>")
	if d.Blocks[0].Line != 5 {
		t.Errorf("paragraph on line %d, want 5", d.Blocks[0].Line)
	}
	if r := tableOf(t, d, 0).Rows[0]; r.Line != 7 {
		t.Errorf("row on line %d, want 7", r.Line)
	}
}
