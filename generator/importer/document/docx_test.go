package document

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// docxOf makes a Word document whose body is body (WordprocessingML).
func docxOf(t testing.TB, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, data := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body + `</w:body></w:document>`,
		"docProps/core.xml": `<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>某局2023年年报</dc:title></cp:coreProperties>`,
	} {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(data))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func para(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }

func cell(props, text string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + para(text) + `</w:tc>`
}

func readDOCX(t *testing.T, b []byte) *Document {
	t.Helper()
	d, err := DOCX(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestDOCXMerges: a table as Word writes table 三, its group labels merged
// down (w:vMerge) and its headings across (w:gridSpan), reads as the grid
// it prints.
func TestDOCXMerges(t *testing.T) {
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	body := para("一、总体情况") + `<w:tbl>` +
		row(cell(`<w:gridSpan w:val="3"/>`, "（本列数据的勾稽关系）"), cell("", "自然人")) +
		row(cell(`<w:vMerge w:val="restart"/>`, "三、本年度办理结果"), cell(`<w:vMerge w:val="restart"/>`, "（三）不予公开"), cell("", "1.属于国家秘密"), cell("", "0")) +
		row(cell(`<w:vMerge/>`, ""), cell(`<w:vMerge/>`, ""), cell("", "2.其他法律"), cell("", "7")) +
		`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>` + cell(`<w:gridSpan w:val="2"/>`, "（七）总计") + cell("", "7") + `</w:tr>` +
		`</w:tbl>` + para("二、主动公开")
	d := readDOCX(t, docxOf(t, body))
	if d.Title != "某局2023年年报" {
		t.Errorf("title %q", d.Title)
	}
	got := tableOf(t, d, 0)
	want := []string{
		"（本列数据的勾稽关系）|（本列数据的勾稽关系）|（本列数据的勾稽关系）|自然人",
		"三、本年度办理结果|（三）不予公开|1.属于国家秘密|0",
		"三、本年度办理结果|（三）不予公开|2.其他法律|7",
		"|（七）总计|（七）总计|7",
	}
	for i, r := range got.Rows {
		if i >= len(want) || strings.Join(r.Texts(), "|") != want[i] {
			t.Errorf("row %d = %q", i, r.Texts())
		}
	}
	if !got.Rows[2].Cells[0].Copy || got.Rows[1].Cells[0].Copy {
		t.Error("vMerge copies marked wrongly")
	}
	if p := texts(d); strings.Join(p, "|") != "一、总体情况|二、主动公开" {
		t.Errorf("paragraphs = %q", p)
	}
}

// TestDOCXHiddenText: deleted text, field codes and the fallback copy of
// a text box are not shown, so not read.
func TestDOCXHiddenText(t *testing.T) {
	body := `<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del>` +
		`<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:tab/><w:t>文字</w:t></w:r></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>` + para("文本框") + `</w:txbxContent></mc:Choice>` +
		`<mc:Fallback><w:txbxContent>` + para("文本框") + `</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		`<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>`
	p := texts(readDOCX(t, docxOf(t, body)))
	if strings.Join(p, "|") != "保留 文字|文本框|第一行|第二行" {
		t.Errorf("paragraphs = %q", p)
	}
}

func TestDOCXRefuses(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("word/styles.xml")
	w.Write([]byte("<x/>"))
	z.Close()
	if _, err := DOCX(bytes.NewReader(buf.Bytes()), int64(buf.Len())); err == nil || !strings.Contains(err.Error(), "没有正文") {
		t.Errorf("no document.xml: err = %v", err)
	}
	// A body that inflates past maxPart is refused, not read into memory.
	buf.Reset()
	z = zip.NewWriter(&buf)
	w, _ = z.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>`))
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for i := 0; i < maxPart>>20+1; i++ {
		w.Write(chunk)
	}
	z.Close()
	if buf.Len() > 1<<20 {
		t.Fatalf("test bomb is %d bytes compressed", buf.Len())
	}
	if _, err := DOCX(bytes.NewReader(buf.Bytes()), int64(buf.Len())); err == nil || !strings.Contains(err.Error(), "超过") {
		t.Errorf("a zip bomb: err = %v", err)
	}
	if _, err := DOCX(bytes.NewReader([]byte("PK\x03\x04junk")), 8); err == nil {
		t.Error("a broken archive read")
	}
	// XML cut off mid-tag is an error naming what to do; end tags that do
	// not match (which Word never writes) are read leniently.
	cut := docxOf(t, `<w:p><w:r><w:t>a</w:t></w:r><w:p`)
	if _, err := DOCX(bytes.NewReader(cut), int64(len(cut))); err == nil || !strings.Contains(err.Error(), "重新保存") {
		t.Errorf("truncated XML: err = %v", err)
	}
	if p := texts(readDOCX(t, docxOf(t, `<w:p><w:r><w:t>a</w:r></w:p>`))); len(p) != 1 || p[0] != "a" {
		t.Errorf("mismatched tags: %q", p)
	}
}
