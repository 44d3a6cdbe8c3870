// Package decode turns an input file into something the importer can
// read: it reads at most a bounded number of bytes from a regular file,
// recognises what the file is by its content (a Word document, a PDF, a
// web page, plain text, or a kind the importer cannot read), and decodes
// text in whatever encoding it came in (UTF-8 with or without a BOM,
// UTF-16 with a BOM, GBK, GB2312, GB18030) to UTF-8.
package decode

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Size limits. A report's text is tens of KB and its web page, with the
// site's navigation, well under a megabyte; a Word file with pictures or
// a PDF with embedded fonts is larger, and is never read whole into memory
// here (PDFs are read by pdftotext from the file, Word files through
// archive/zip). The importer holds about a hundred bytes for every byte
// of text it reads (lines, cells, candidate figures): 16 MiB of text
// took 7 s and 1.9 GB, so the text limits sit where the worst input
// stays near 2 s and 0.7 GB.
const (
	MaxText   = 4 << 20   // plain text and Markdown
	MaxHTML   = 8 << 20   // web pages: markup is mostly not text
	MaxBinary = 256 << 20 // .docx and .pdf files
)

// MaxFor is the limit of a kind read whole.
func MaxFor(k Kind) int {
	if k == HTML {
		return MaxHTML
	}
	return MaxText
}

// ErrNotRegular is returned for a path that is not a regular file: a
// device such as /dev/zero, a FIFO, a socket or a directory. Reading one
// could block or never end.
var ErrNotRegular = errors.New("不是普通文件")

// File is an opened input: its head (enough to tell what it is), its
// size, and the open file for readers that need more.
type File struct {
	*os.File
	Path string
	Size int64
	Head []byte
}

// headSize is how much of a file is read to recognise it.
const headSize = 4096

// Open opens path for reading if it is a regular file of at most
// MaxBinary bytes, without blocking on a FIFO, and reads its head.
func Open(path string) (*File, error) {
	f, err := openNonblocking(path)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s：%w（%s），无法导入", path, ErrNotRegular, modeName(info.Mode()))
	}
	if info.Size() > MaxBinary {
		f.Close()
		return nil, tooLarge(path, info.Size(), MaxBinary)
	}
	head := make([]byte, headSize)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		f.Close()
		return nil, err
	}
	return &File{File: f, Path: path, Size: info.Size(), Head: head[:n]}, nil
}

// ReadAll reads the whole file, refusing more than limit bytes even if
// the file grows while it is read.
func (f *File) ReadAll(limit int64) ([]byte, error) {
	if f.Size > limit {
		return nil, tooLarge(f.Path, f.Size, limit)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, tooLarge(f.Path, int64(len(b)), limit)
	}
	return b, nil
}

// tooLarge says a file is over its limit; the caller names the file.
func tooLarge(_ string, size, limit int64) error {
	return fmt.Errorf("文件过大（%.1f MiB，此类文件上限 %d MiB），不像一份年度报告（报告的文字通常只有几十 KB；网页请另存为“仅 HTML”，不含图片）", float64(size)/(1<<20), limit>>20)
}

func modeName(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "是目录"
	case m&os.ModeNamedPipe != 0:
		return "是命名管道"
	case m&os.ModeCharDevice != 0, m&os.ModeDevice != 0:
		return "是设备文件"
	case m&os.ModeSocket != 0:
		return "是套接字"
	}
	return "类型 " + m.Type().String()
}
