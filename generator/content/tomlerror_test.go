package content

import (
	"strings"
	"testing"
)

// TestTOMLMessagesInChinese checks that the mistakes a clerk makes in a
// report file come back in Chinese, not in the decoder's English.
func TestTOMLMessagesInChinese(t *testing.T) {
	for _, src := range []string{
		"published = 2024-13-45\n",
		"name = 测试局\n",
		"name = \"未结束\n",
		"a = 1\na = 2\n",
		"[a]\nb = 1\n[a]\nc = 2\n",
		"a = [1，2]\n",
		"a = [1 2]\n",
		"a = { b = 1 c = 2 }\n",
		"a = 99999999999999999999\n",
		"a b = 1\n",
		"[active\n",
		"[[ack]\n",
		"a = 1 b = 2\n",
		"a = \n",
		"a = \"x\\q\"\n",
		"a = .5\n",
		"= 1\n",
		"[]\n",
		"a = 1.\n",
		"a = \"x\x01\"\n",
		"a = 1\na.b = 2\n",
		"year = 02023\n",
		"a = 1__0\n",
		"a = 01.5\n",
		"format = “2021”\n",
		"a　= 1\n",
	} {
		d := newDecoder("content/a/2023.toml", src)
		if _, ok := d.parse(); ok {
			t.Errorf("%q parsed", src)
			continue
		}
		msg := d.findings[0].Message
		if strings.Contains(msg, "解析器原文") {
			t.Errorf("%q: left in English: %s", src, msg)
		}
	}
}

// TestArrayMessages: a full-width comma is named as such; an array left
// open is not blamed on a full-width comma it does not have.
func TestArrayMessages(t *testing.T) {
	for src, want := range map[string]string{
		"a = [1，2]\n":        "全角",
		"a = [1、2]\n":        "全角",
		"a = [1, 2\nb = 3\n": "此行或上一行",
		"a = [1 2]\n":        "缺少逗号",
		"a = [1, 2":          "文件就结束了",
	} {
		d := newDecoder("content/a/2023.toml", src)
		if _, ok := d.parse(); ok {
			t.Errorf("%q parsed", src)
			continue
		}
		msg := d.findings[0].Message
		if !strings.Contains(msg, want) || want != "全角" && strings.Contains(msg, "全角") {
			t.Errorf("%q: %s; want %q", src, msg, want)
		}
	}
}
