package document

import (
	"fmt"
	"github.com/gongkai/gongkai/internal/sitetest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPDF reads a report printed to PDF by Chromium: its text with the
// table's columns kept.
func TestPDF(t *testing.T) {
	sitetest.NeedPDFTool(t)
	d, err := PDF(filepath.Join("..", "testdata", "variants", "pingtan-2025--chromium.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if !d.Layout {
		t.Error("PDF text not marked as keeping its layout")
	}
	var all []string
	for _, b := range d.Blocks {
		all = append(all, b.Text)
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{"平潭综合实验区2025年度政府信息公开工作年度报告", "一、本年新收政府信息公开申请数量", "行政事业性收费"} {
		if !strings.Contains(strings.ReplaceAll(text, " ", ""), want) {
			t.Errorf("text lacks %q", want)
		}
	}
}

// minimalPDF is a valid PDF of one empty page: what a scan without a
// text layer gives pdftotext.
func minimalPDF() []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
	}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	var offsets []int
	for i, o := range objs {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return []byte(b.String())
}

func TestPDFRefuses(t *testing.T) {
	sitetest.NeedPDFTool(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"scan", minimalPDF(), "没有可提取的文字"},
		{"broken", []byte("%PDF-1.4\ngarbage"), "pdftotext 无法读取"},
	} {
		path := filepath.Join(dir, tc.name+".pdf")
		os.WriteFile(path, tc.data, 0o644)
		if _, err := PDF(path); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

// TestPDFWithoutTool: without poppler the error names the package.
func TestPDFWithoutTool(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if _, err := PDF("x.pdf"); err != ErrNoPDFTool || !strings.Contains(err.Error(), "poppler-utils") {
		t.Errorf("err = %v", err)
	}
}
