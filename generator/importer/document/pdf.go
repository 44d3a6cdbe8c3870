package document

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"
	"unicode/utf8"
)

// PDFTimeout bounds one run of pdftotext.
const PDFTimeout = 2 * time.Minute

// maxPDFText bounds pdftotext's output: a report is well under a
// megabyte of text.
const maxPDFText = 4 << 20

// ErrNoPDFTool is returned when pdftotext is not installed.
var ErrNoPDFTool = errors.New("读取 PDF 需要 poppler 的 pdftotext，但本机没有安装：Debian/Ubuntu 请运行 sudo apt-get install poppler-utils（Fedora：poppler-utils；macOS：brew install poppler；Windows：安装 poppler 并把 pdftotext.exe 加入 PATH），或把 PDF 的文字复制到 .txt 文件后导入")

// PDF reads a PDF file's text with its layout through poppler's
// `pdftotext -layout`. Text extraction from PDFs with Chinese fonts
// (CID fonts, ToUnicode maps, predefined CMaps such as GBK-EUC-H) and
// the layout that keeps a table's columns apart are what poppler does
// well and what no pure-Go library measured did (docs/import.md).
func PDF(path string) (*Document, error) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, ErrNoPDFTool
	}
	ctx, cancel := context.WithTimeout(context.Background(), PDFTimeout)
	defer cancel()
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, tool, "-layout", "-enc", "UTF-8", "-eol", "unix", path, "-")
	cmd.Stderr = &capped{b: &stderr, left: 64 << 10}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("无法运行 pdftotext：%v", err)
	}
	out, readErr := io.ReadAll(io.LimitReader(stdout, maxPDFText+1))
	if len(out) > maxPDFText {
		cmd.Process.Kill()
		cmd.Wait()
		return nil, fmt.Errorf("PDF 的文字超过 %d MiB，不像一份年度报告（报告的文字通常只有几十 KB）", maxPDFText>>20)
	}
	err = cmd.Wait()
	switch {
	case ctx.Err() != nil:
		return nil, fmt.Errorf("pdftotext 在 %v 内没有读完这个 PDF，可能已损坏", PDFTimeout)
	case readErr != nil:
		return nil, fmt.Errorf("读取 pdftotext 的输出失败：%v", readErr)
	case err != nil:
		msg := strings.TrimSpace(stderr.String())
		if strings.Contains(strings.ToLower(msg), "password") {
			return nil, errors.New("PDF 有密码保护，无法读取文字：请用原密码打开后另存一份不加密的 PDF")
		}
		return nil, fmt.Errorf("pdftotext 无法读取这个 PDF（%v：%s）", err, firstLine(msg))
	}
	text := string(out)
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if strings.TrimSpace(strings.ReplaceAll(text, "\f", "")) == "" {
		return nil, errors.New("PDF 中没有可提取的文字（可能是扫描件或图片）：需要先做文字识别（OCR），把识别出的文本保存为 .txt 再导入，并逐格核对数字")
	}
	return Text(text, true), nil
}

// capped keeps at most left bytes of what is written to it and drops
// the rest, so that a command's chatter cannot fill memory.
type capped struct {
	b    *bytes.Buffer
	left int
}

func (c *capped) Write(p []byte) (int, error) {
	n := min(len(p), c.left)
	c.b.Write(p[:n])
	c.left -= n
	return len(p), nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
