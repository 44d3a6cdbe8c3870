package opendata

import (
	"bytes"
	"encoding/json"
	"testing"
)

// Marshal must write exactly what encoding/json's indenting Encoder
// writes for the same value (the published files did not change when
// Marshal stopped using it).
func TestMarshalMatchesEncoder(t *testing.T) {
	nested := &Object{{"a", Object{{"b", []any{int64(1), nil, "x"}}}}}
	var nilObj *Object
	tests := []any{
		Object{},
		Object{{"k", nil}},
		Object{{"s", "plain 中文 — “引号”"}, {"esc", "a\"b\\c\n\t\x01<&>"}, {"ls", "x\u2028y\u2029"}, {"bad", "a\xffb"}, {"ctl", "\b\f\x1f\r\n"}, {"html", "<p class=\"x\">a\\b\r\n\t</p>\n"}},
		Object{{"n", json.Number("0.8041")}, {"empty", json.Number("")}, {"i", 3}, {"i64", int64(-7)}, {"t", true}, {"f", 1.5}},
		Object{{"list", []Object{{{"x", 1}}, {}}}, {"none", []Object{}}, {"nilList", []Object(nil)}},
		Object{{"any", []any{}}, {"anys", []any{Object{{"y", "z"}}, []string{"p", "q"}}}, {"strs", []string{}}},
		Object{{"ptr", nested}, {"nilptr", nilObj}, {"map", map[string]int{"b": 2, "a": 1}}},
		Object{{"struct", struct {
			A string `json:"a"`
			B []int  `json:"b,omitempty"`
		}{A: "<x>"}}},
		[]any{Object{{"deep", Object{{"deeper", Object{{"deepest", []any{Object{}}}}}}}}},
		"top",
		nil,
	}
	for i, v := range tests {
		var want bytes.Buffer
		e := json.NewEncoder(&want)
		e.SetEscapeHTML(false)
		e.SetIndent("", "  ")
		if err := e.Encode(v); err != nil {
			t.Fatal(err)
		}
		got, err := Marshal(v)
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%d: got\n%s\nwant\n%s", i, got, want.Bytes())
		}
	}
}

// BenchmarkMarshalNarrative encodes a document holding six sections of
// rendered narrative, as report.json does.
func BenchmarkMarshalNarrative(b *testing.B) {
	para := "<p>本年度，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，“主动公开”工作稳步推进。</p>\n"
	var doc Object
	for i := 0; i < 6; i++ {
		s := ""
		for len(s) < 3000 {
			s += para
		}
		doc = append(doc, Member{string(rune('a' + i)), s})
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Marshal(doc); err != nil {
			b.Fatal(err)
		}
	}
}
