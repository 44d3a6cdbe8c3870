package decode

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
)

// Kind is what an input file is, told by its content, never by its name:
// users rename files, and portals serve PDFs as .htm.
type Kind int

const (
	Text Kind = iota // plain text, in some encoding
	HTML             // a web page, in some encoding
	DOCX             // a Word document (Office Open XML)
	PDF
)

func (k Kind) String() string {
	return [...]string{"文本", "网页", "Word 文档", "PDF"}[k]
}

// Unsupported is an input the importer recognises but cannot read, with
// what the user can do about it.
type Unsupported struct {
	What string // what the file is, e.g. "旧版 Word 文档（.doc）或 WPS 文档（.wps）"
	Do   string // what to do, e.g. "请用 Word 或 WPS 另存为 .docx 后再导入"
}

func (u *Unsupported) Error() string {
	sep := ""
	if u.What != "" && u.What[0] < 0x80 {
		sep = " "
	}
	return "这是" + sep + u.What + "，不能直接导入：" + u.Do
}

// signature is a magic number at the start of a file kind the importer
// does not read.
type signature struct {
	magic string
	err   Unsupported
}

var unsupported = []signature{
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", Unsupported{"旧版 Word 文档（.doc）或 WPS 文档（.wps）", "请用 Word 或 WPS 打开，另存为 .docx（Word 文档）后再导入"}},
	{`{\rtf`, Unsupported{"RTF 文档", "请用 Word 或 WPS 打开，另存为 .docx 后再导入"}},
	{"\x89PNG\r\n\x1a\n", Unsupported{"PNG 图片", "图片中的文字需要先做文字识别（OCR），把识别出的文本保存为 .txt 再导入，并逐格核对数字"}},
	{"\xFF\xD8\xFF", Unsupported{"JPEG 图片", "图片中的文字需要先做文字识别（OCR），把识别出的文本保存为 .txt 再导入，并逐格核对数字"}},
	{"GIF87a", Unsupported{"GIF 图片", "图片中的文字需要先做文字识别（OCR），把识别出的文本保存为 .txt 再导入"}},
	{"GIF89a", Unsupported{"GIF 图片", "图片中的文字需要先做文字识别（OCR），把识别出的文本保存为 .txt 再导入"}},
	{"II*\x00", Unsupported{"TIFF 图片", "图片中的文字需要先做文字识别（OCR），把识别出的文本保存为 .txt 再导入"}},
	{"MM\x00*", Unsupported{"TIFF 图片", "图片中的文字需要先做文字识别（OCR），把识别出的文本保存为 .txt 再导入"}},
	{"\x1F\x8B", Unsupported{"gzip 压缩文件", "请先解压，再导入其中的报告文件"}},
	{"Rar!\x1A\x07", Unsupported{"RAR 压缩文件", "请先解压，再导入其中的报告文件"}},
	{"7z\xBC\xAF\x27\x1C", Unsupported{"7z 压缩文件", "请先解压，再导入其中的报告文件"}},
}

// Sniff tells what a file is from its head. Zip files (Word documents,
// but also spreadsheets, OFD and archives) need the file itself to tell
// them apart, so for them f must be the open file.
func Sniff(f *File) (Kind, error) {
	head := f.Head
	for _, s := range unsupported {
		if bytes.HasPrefix(head, []byte(s.magic)) {
			err := s.err
			return 0, &err
		}
	}
	if bytes.HasPrefix(head, []byte("RIFF")) && len(head) >= 12 && string(head[8:12]) == "WEBP" {
		return 0, &Unsupported{"WebP 图片", "图片中的文字需要先做文字识别（OCR），把识别出的文本保存为 .txt 再导入"}
	}
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, []byte("PK\x05\x06")) {
		return sniffZip(f)
	}
	// A PDF may carry a few bytes of junk before its header.
	if i := bytes.Index(head[:min(len(head), 1024)], []byte("%PDF-")); i >= 0 {
		return PDF, nil
	}
	if looksHTML(head) {
		return HTML, nil
	}
	return Text, nil
}

// sniffZip tells a Word document from the other zip-based formats a
// portal office meets.
func sniffZip(f *File) (Kind, error) {
	z, err := zip.NewReader(f.File, f.Size)
	if err != nil {
		return 0, &Unsupported{"损坏的 Word 文档或压缩文件（" + err.Error() + "）", "请用 Word 或 WPS 打开后重新保存为 .docx"}
	}
	names := map[string]bool{}
	for _, e := range z.File {
		names[e.Name] = true
	}
	switch {
	case names["word/document.xml"]:
		return DOCX, nil
	case names["OFD.xml"]:
		return 0, &Unsupported{"OFD 版式文档", "请用数科阅读器、福昕阅读器等打开，另存为 PDF 后再导入"}
	case names["content.xml"] && names["mimetype"]:
		return 0, &Unsupported{"OpenDocument 文档（.odt）", "请用 WPS 或 LibreOffice 另存为 .docx 后再导入"}
	case names["xl/workbook.xml"]:
		return 0, &Unsupported{"Excel 表格", "年度报告请用 Word、PDF 或网页格式导入；如只有表格，可用 gongkai new 生成空白报告后录入"}
	case names["ppt/presentation.xml"]:
		return 0, &Unsupported{"PowerPoint 演示文稿", "请导入报告的 Word、PDF 或网页版本"}
	}
	return 0, &Unsupported{fmt.Sprintf("zip 压缩文件（含 %d 个文件）", len(z.File)), "请先解压，再导入其中的报告文件"}
}

// looksHTML reports whether a text starts like a web page. Text in a
// UTF-16 encoding is decoded first.
func looksHTML(head []byte) bool {
	s := strings.ToLower(string(head))
	if h, ok := utf16Head(head); ok {
		s = strings.ToLower(h)
	}
	for _, m := range []string{"<!doctype html", "<html", "<head", "<body", "<meta ", "<table", "<div", "<p>", "<p ", "<title"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}
