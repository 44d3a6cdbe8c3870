package decode

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Decoded is an input's text in UTF-8, with line ends made "\n", and the
// encoding it was found in.
type Decoded struct {
	Text     string
	Encoding string // e.g. "UTF-8", "GB18030（网页声明为 gb2312）"
}

// Decode turns the bytes of a text or web page into UTF-8. The encoding
// is taken, in this order, from a byte order mark, from the charset a
// web page declares (unless the bytes plainly contradict it), from the
// bytes being valid UTF-8, and otherwise GB18030, the national standard
// that contains GBK and GB2312. Nothing is decoded on a guess that fails:
// bytes that are none of these are an error.
func Decode(b []byte, kind Kind) (Decoded, error) {
	var (
		text string
		name string
	)
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		b, name = b[3:], "UTF-8（带 BOM）"
		if !utf8.Valid(b) {
			return Decoded{}, fmt.Errorf("文件以 UTF-8 的 BOM 开头，但内容不是有效的 UTF-8")
		}
		text = string(b)
	case bytes.HasPrefix(b, []byte("\xFF\xFE")), bytes.HasPrefix(b, []byte("\xFE\xFF")):
		s, err := decodeUTF16(b)
		if err != nil {
			return Decoded{}, err
		}
		text, name = s, "UTF-16（带 BOM）"
	case utf16NoBOM(b) != 0:
		s, err := decodeUTF16(b)
		if err != nil {
			return Decoded{}, err
		}
		text, name = s, "UTF-16（无 BOM）"
	default:
		var err error
		text, name, err = decodeBytes(b, kind)
		if err != nil {
			return Decoded{}, err
		}
	}
	if strings.ContainsRune(text, 0) {
		return Decoded{}, fmt.Errorf("文件含有二进制数据（NUL 字节），不是文本；如是 PDF 或 Word 文件，可能已损坏")
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	return Decoded{Text: text, Encoding: name}, nil
}

// decodeBytes decodes bytes without a byte order mark.
func decodeBytes(b []byte, kind Kind) (string, string, error) {
	declared := ""
	if kind == HTML {
		declared = declaredCharset(b)
	}
	valid := utf8.Valid(b)
	switch enc, family := lookup(declared); {
	case declared == "" || family == "":
		// none declared, or a name we do not know: the bytes decide
	case family == "utf-8" && valid:
		return string(b), "UTF-8", nil
	case family == "gb" && valid && !ascii(b):
		// A page declaring gb2312 whose bytes are valid UTF-8 with
		// Chinese in them was converted by its CMS and not re-declared:
		// GBK text is practically never valid UTF-8.
		return string(b), "UTF-8" + declaredNote(declared, true), nil
	case family == "utf-8":
		// Declared UTF-8 but invalid: fall through to GB18030 below.
	default:
		s, err := decodeWith(enc, b)
		if err != nil {
			return "", "", fmt.Errorf("网页声明的编码是 %s，但按此编码无法解码：%v", declared, err)
		}
		return s, encName(family) + declaredNote(declared, false), nil
	}
	if valid {
		return string(b), "UTF-8", nil
	}
	s, err := decodeWith(simplifiedchinese.GB18030, b)
	if err != nil {
		return "", "", fmt.Errorf("无法识别文件的编码：既不是 UTF-8，也不是 GBK/GB18030（%v）；请用记事本或 WPS 另存为 UTF-8 后再导入", err)
	}
	note := ""
	if declared != "" {
		note = "（网页声明为 " + declared + "，但内容不是该编码）"
	}
	return s, "GB18030（GBK/GB2312）" + note, nil
}

func declaredNote(declared string, contradicted bool) string {
	if contradicted {
		return "（网页声明为 " + declared + "，但内容是 UTF-8）"
	}
	return "（网页声明为 " + declared + "）"
}

func encName(family string) string {
	switch family {
	case "gb":
		return "GB18030（GBK/GB2312）"
	case "big5":
		return "Big5"
	}
	return family
}

// lookup maps a declared charset to a decoder and a family name.
func lookup(label string) (encoding.Encoding, string) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return nil, "utf-8"
	case "gb2312", "gbk", "x-gbk", "gb18030", "gb_2312-80", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312", "chinese", "iso-ir-58", "csiso58gb231280":
		// WHATWG: every GB label is decoded as GB18030, which is GBK's
		// superset; pages declaring gb2312 routinely hold GBK characters.
		return simplifiedchinese.GB18030, "gb"
	case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5":
		return traditionalchinese.Big5, "big5"
	}
	return nil, ""
}

// decodeWith decodes b, failing if the bytes do not fit the encoding.
func decodeWith(enc encoding.Encoding, b []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", err
	}
	if n := bytes.Count(out, []byte("\uFFFD")); n > 0 {
		return "", fmt.Errorf("%d 处字节不符合该编码", n)
	}
	return string(out), nil
}

// metaCharset finds <meta charset="…"> and <meta http-equiv="Content-Type"
// content="text/html; charset=…">. Browsers look in the first 1024 bytes;
// saved pages put long comments or scripts first, so more is looked at.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)`)

func declaredCharset(b []byte) string {
	head := b[:min(len(b), 64<<10)]
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	// <?xml version="1.0" encoding="gb2312"?> on XHTML pages.
	if m := xmlEncoding.FindSubmatch(head[:min(len(head), 200)]); m != nil {
		return string(m[1])
	}
	return ""
}

var xmlEncoding = regexp.MustCompile(`(?i)^\s*<\?xml[^>]*encoding\s*=\s*["']([a-z0-9_\-]+)`)

func ascii(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// utf16NoBOM tells UTF-16 text saved without a byte order mark by its
// zero bytes, which UTF-8 and GBK text never has: ASCII characters
// (digits, line ends, spaces) put a zero in every other byte, always on
// the same side. It returns 1 for little-endian, 2 for big-endian, 0 for
// neither.
func utf16NoBOM(b []byte) int {
	n := min(len(b), 4096) &^ 1
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenZero++
		}
		if b[i+1] == 0 {
			oddZero++
		}
	}
	switch {
	case oddZero >= 4 && oddZero > 4*evenZero:
		return 1
	case evenZero >= 4 && evenZero > 4*oddZero:
		return 2
	}
	return 0
}

// decodeUTF16 decodes UTF-16 with or without a byte order mark.
func decodeUTF16(b []byte) (string, error) {
	endian := unicode.LittleEndian
	switch {
	case bytes.HasPrefix(b, []byte("\xFE\xFF")):
		endian = unicode.BigEndian
	case bytes.HasPrefix(b, []byte("\xFF\xFE")):
	case utf16NoBOM(b) == 2:
		endian = unicode.BigEndian
	}
	if len(b)%2 != 0 {
		return "", fmt.Errorf("文件看起来是 UTF-16 编码，但字节数为奇数，可能已截断或损坏")
	}
	dec := unicode.UTF16(endian, unicode.ExpectBOM)
	if !bytes.HasPrefix(b, []byte("\xFE\xFF")) && !bytes.HasPrefix(b, []byte("\xFF\xFE")) {
		dec = unicode.UTF16(endian, unicode.IgnoreBOM)
	}
	out, err := dec.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("UTF-16 解码失败：%v", err)
	}
	if n := bytes.Count(out, []byte("\uFFFD")); n > 0 {
		return "", fmt.Errorf("文件看起来是 UTF-16 编码，但有 %d 处无效的字符", n)
	}
	return string(out), nil
}

// utf16Head decodes the head of a UTF-16 file for sniffing.
func utf16Head(b []byte) (string, bool) {
	var le bool
	switch {
	case bytes.HasPrefix(b, []byte("\xFF\xFE")):
		le, b = true, b[2:]
	case bytes.HasPrefix(b, []byte("\xFE\xFF")):
		b = b[2:]
	case utf16NoBOM(b) == 1:
		le = true
	case utf16NoBOM(b) == 2:
	default:
		return "", false
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if le {
			u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
		} else {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		}
	}
	return string(utf16.Decode(u)), true
}
