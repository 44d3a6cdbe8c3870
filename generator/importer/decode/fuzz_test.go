package decode

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecode: any bytes decode to valid UTF-8 without carriage returns or
// NULs, or are refused with an error; nothing panics.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(sample), false)
	f.Add([]byte("\xFF\xFE<\x00h\x00t\x00m\x00l\x00"), true)
	f.Add([]byte(`<meta charset="gb2312"><p>`+"\xc6\xbd\xcc\xb6"), true)
	f.Add([]byte("\xEF\xBB\xBFa\r\nb"), false)
	f.Fuzz(func(t *testing.T, b []byte, html bool) {
		kind := Text
		if html {
			kind = HTML
		}
		d, err := Decode(b, kind)
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 out of %q", b)
		}
		if strings.ContainsAny(d.Text, "\r\x00") {
			t.Fatalf("CR or NUL left in %q", d.Text)
		}
		if d.Encoding == "" {
			t.Fatal("no encoding named")
		}
	})
}
