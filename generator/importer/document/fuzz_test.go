package document

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// check holds for every document an extractor makes: paragraphs hold
// text, tables rows of cells, and merged cells never multiply the input
// beyond the limits the extractors set.
func check(t *testing.T, d *Document, size int) {
	t.Helper()
	cells := 0
	for _, b := range d.Blocks {
		switch {
		case b.Table != nil:
			for _, r := range b.Table.Rows {
				if len(r.Cells) == 0 {
					t.Fatal("a table row without cells")
				}
				cells += len(r.Cells)
			}
		case strings.TrimSpace(b.Text) == "":
			t.Fatal("an empty paragraph")
		case !utf8.ValidString(b.Text):
			t.Fatalf("invalid UTF-8 in %q", b.Text)
		}
	}
	if cells > maxCells*(size/16+1) {
		t.Fatalf("%d cells out of %d bytes", cells, size)
	}
}

func FuzzHTML(f *testing.F) {
	f.Add(`<table><tr><td rowspan=3 colspan=2>a<td>1<tr><td>2</table>`)
	f.Add(`<p>x<table><caption>表</caption><td>规章<td>0<table><td>y</table></table><script>"</p>"</script>`)
	f.Add(strings.Repeat("<table><tr><td><div>", 40))
	f.Fuzz(func(t *testing.T, s string) {
		check(t, HTML(s), len(s))
	})
}

func FuzzText(f *testing.F) {
	f.Add("| a | b |\n|---|---|\n| 1 |  |\n\f- 2 -\n甲\t乙\n")
	f.Add("# source: x\n标题\n\n  正文\n\f3\n")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // Text reads decoded text
		}
		d := Text(s, true)
		check(t, d, len(s))
		for _, b := range d.Blocks {
			if b.Line < 1 || b.Line > strings.Count(s, "\n")+1 {
				t.Fatalf("block at line %d of %d", b.Line, strings.Count(s, "\n")+1)
			}
		}
	})
}

func FuzzDOCX(f *testing.F) {
	f.Add(docxOf(f, para("一、总体情况")+`<w:tbl><w:tr>`+cell(`<w:gridSpan w:val="2"/>`, "a")+cell(`<w:vMerge/>`, "1")+`</w:tr></w:tbl>`))
	if b, err := os.ReadFile(filepath.Join("..", "testdata", "variants", "pingtan-2025--libreoffice.docx")); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := DOCX(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return
		}
		check(t, d, len(b)*1000) // compressed: the text may be much larger
	})
}
