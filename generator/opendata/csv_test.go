package opendata

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestSafeText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"平潭综合实验区", "平潭综合实验区"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1", "'+1"},
		{"-1+2", "'-1+2"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=1", "a=1"},
	} {
		if got := SafeText(tc.in); got != tc.want {
			t.Errorf("SafeText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCSVRecord(t *testing.T) {
	var b bytes.Buffer
	c := newCSV(&b, false)
	c.record("a,b", `say "hi"`, "line\nbreak", " lead", int64(7), nil, json.Number("1.50"), "=cmd")
	c.record()
	if err := c.flush(); err != nil {
		t.Fatal(err)
	}
	want := "\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\" lead\",7,,1.50,'=cmd\r\n\r\n"
	if b.String() != want {
		t.Errorf("got %q\nwant %q", b.String(), want)
	}
}
