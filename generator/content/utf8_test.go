package content

import "testing"

func TestUTF8Text(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []byte
		want bool
	}{
		{"chinese", []byte("## 总体情况\n正文。"), true},
		{"empty", nil, true},
		{"nul byte", []byte("year = 2023\x00"), false},
		{"gbk", []byte{0xd7, 0xdc, 0xcc, 0xe5}, false}, // 总体 in GBK
		{"truncated rune", []byte("总")[:2], false},
	} {
		if got := utf8Text(tc.in); got != tc.want {
			t.Errorf("%s: utf8Text = %v, want %v", tc.name, got, tc.want)
		}
	}
}
