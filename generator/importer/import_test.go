package importer

import (
	"bytes"
	"fmt"

	"github.com/gongkai/gongkai/generator/importer/decode"
	"github.com/gongkai/gongkai/generator/importer/document"
)

// Import imports a report from its bytes (a web page, text, or a Word
// document), as Read does a file: the tests and fuzz targets import
// from memory.
func Import(src []byte, opt Options) (*Result, error) {
	if bytes.HasPrefix(src, []byte("PK\x03\x04")) {
		d, err := document.DOCX(bytes.NewReader(src), int64(len(src)))
		if err != nil {
			return nil, fail(opt, err)
		}
		return fromDocument(d, true, decode.DOCX.String(), opt)
	}
	if len(src) > decode.MaxHTML {
		return nil, fail(opt, fmt.Errorf("文件过大（%d 字节，上限 %d 字节）", len(src), decode.MaxHTML))
	}
	kind, err := decode.Sniff(&decode.File{Head: src[:min(len(src), 4096)]})
	if err != nil {
		return nil, fail(opt, err)
	}
	d, label, err := decodeText(src, kind)
	if err != nil {
		return nil, fail(opt, err)
	}
	return fromDocument(d, kind == decode.HTML, label, opt)
}
