package decode

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const sample = "平潭综合实验区2021年度政府信息公开工作年度报告\r\n一、总体情况\r\n行政规范性文件 69 3 665\n"

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	want := strings.ReplaceAll(sample, "\r\n", "\n")
	gbkPage := func(meta string) []byte {
		return encode(t, simplifiedchinese.GBK, "<html><head>"+meta+"</head><body><p>"+sample+"</p></body></html>")
	}
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	tests := []struct {
		name     string
		in       []byte
		kind     Kind
		encoding string
	}{
		{"utf-8", []byte(sample), Text, "UTF-8"},
		{"utf-8 with BOM", append([]byte("\xEF\xBB\xBF"), sample...), Text, "UTF-8（带 BOM）"},
		{"utf-16le with BOM (Notepad's Unicode)", encode(t, utf16le, sample), Text, "UTF-16（带 BOM）"},
		{"utf-16be with BOM", encode(t, utf16be, sample), Text, "UTF-16（带 BOM）"},
		{"utf-16le without BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), sample), Text, "UTF-16（无 BOM）"},
		{"gbk text, undeclared", encode(t, simplifiedchinese.GBK, sample), Text, "GB18030（GBK/GB2312）"},
		{"gb18030 text, undeclared", encode(t, simplifiedchinese.GB18030, sample+"㐀"), Text, "GB18030（GBK/GB2312）"},
		{"gb2312 page, http-equiv", gbkPage(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), HTML, "GB18030（GBK/GB2312）（网页声明为 gb2312）"},
		{"gbk page, meta charset", gbkPage(`<META CHARSET=GBK>`), HTML, "GB18030（GBK/GB2312）（网页声明为 GBK）"},
		{"gbk page, undeclared", gbkPage(""), HTML, "GB18030（GBK/GB2312）"},
		{"page declared gb2312, bytes utf-8", []byte(`<meta charset="gb2312"><p>` + sample), HTML, "UTF-8（网页声明为 gb2312，但内容是 UTF-8）"},
		{"page declared utf-8, bytes gbk", gbkPage(`<meta charset="utf-8">`), HTML, "GB18030（GBK/GB2312）（网页声明为 utf-8，但内容不是该编码）"},
		{"xhtml xml declaration", encode(t, simplifiedchinese.GBK, `<?xml version="1.0" encoding="gb2312"?><html><p>`+sample), HTML, "GB18030（GBK/GB2312）（网页声明为 gb2312）"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Decode(tc.in, tc.kind)
			if err != nil {
				t.Fatal(err)
			}
			if d.Encoding != tc.encoding {
				t.Errorf("encoding %q, want %q", d.Encoding, tc.encoding)
			}
			if !strings.Contains(d.Text, want) {
				t.Errorf("text %q does not hold %q", d.Text, want)
			}
			if strings.Contains(d.Text, "\r") {
				t.Error("carriage return left in the text")
			}
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"nul bytes", "abc\x00\x01\x02def", "二进制"},
		{"bad utf-8 after bom", "\xEF\xBB\xBF\xff\xfe\xfd", "UTF-8"},
		{"odd utf-16", "\xFF\xFEa\x00b", "奇数"},
		{"neither utf-8 nor gb18030", "\x81\x30\x81", "无法识别"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode([]byte(tc.in), Text)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

func writeFile(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func zipOf(t *testing.T, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, n := range names {
		f, err := w.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte("x"))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		kind    Kind
		refused string // part of the refusal, "" when accepted
	}{
		{"text", []byte(sample), Text, ""},
		{"page", []byte("<!DOCTYPE html><html><body>" + sample), HTML, ""},
		{"page fragment", []byte("<div class=TRS_Editor><p>" + sample), HTML, ""},
		{"utf-16 page", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "<html><body>"+sample), HTML, ""},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), PDF, ""},
		{"pdf after junk", []byte("\r\n\r\n%PDF-1.4\n"), PDF, ""},
		{"docx", zipOf(t, "[Content_Types].xml", "word/document.xml"), DOCX, ""},
		{"doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), 0, ".docx"},
		{"rtf", []byte(`{\rtf1\ansi`), 0, ".docx"},
		{"png", []byte("\x89PNG\r\n\x1a\nrest"), 0, "文字识别"},
		{"jpeg", []byte("\xFF\xD8\xFF\xE0rest"), 0, "文字识别"},
		{"ofd", zipOf(t, "OFD.xml", "Doc_0/Document.xml"), 0, "另存为 PDF"},
		{"xlsx", zipOf(t, "xl/workbook.xml"), 0, "Excel"},
		{"odt", zipOf(t, "mimetype", "content.xml"), 0, ".docx"},
		{"zip", zipOf(t, "a.pdf", "b.pdf"), 0, "解压"},
		{"broken zip", []byte("PK\x03\x04garbage"), 0, "损坏"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Open(writeFile(t, "input", tc.in))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			kind, err := Sniff(f)
			var u *Unsupported
			switch {
			case tc.refused == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.refused == "" && kind != tc.kind:
				t.Fatalf("kind %v, want %v", kind, tc.kind)
			case tc.refused != "" && !errors.As(err, &u):
				t.Fatalf("err = %v, want a refusal", err)
			case tc.refused != "" && !strings.Contains(err.Error(), tc.refused):
				t.Fatalf("refusal %q does not say %q", err, tc.refused)
			}
		})
	}
}

// TestOpenRefusesQuickly: a device, a FIFO without a writer, a directory
// and a file over the limit are refused at once, never read.
func TestOpenRefusesQuickly(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxBinary + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	for _, p := range []string{"/dev/zero", fifo, dir, huge} {
		done := make(chan error, 1)
		go func() {
			f, err := Open(p)
			if err == nil {
				f.Close()
			}
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil {
				t.Errorf("%s: opened, want refused", p)
			} else if !strings.Contains(err.Error(), "普通文件") && !strings.Contains(err.Error(), "过大") {
				t.Errorf("%s: %v", p, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: Open blocked", p)
		}
	}
}

func TestReadAllLimit(t *testing.T) {
	f, err := Open(writeFile(t, "big.txt", bytes.Repeat([]byte("a"), 100)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.ReadAll(99); err == nil || !strings.Contains(err.Error(), "过大") {
		t.Fatalf("err = %v, want too large", err)
	}
	b, err := f.ReadAll(100)
	if err != nil || len(b) != 100 {
		t.Fatalf("ReadAll = %d bytes, %v", len(b), err)
	}
}
