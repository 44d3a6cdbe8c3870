package feed

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestClipHTML(t *testing.T) {
	para := "<p>" + strings.Repeat("字", 10) + "</p>\n" // 41 bytes
	list := "<ul>\n<li>一<br>二</li>\n<li><p>三</p></li>\n</ul>\n"
	tests := []struct {
		name, in string
		limit    int
		want     string
		clipped  bool
	}{
		{"short", para, 100, para, false},
		{"at a block", para + para + para, 90, para + para, true},
		{"nested blocks are not split", para + list + para, 60, para, true},
		{"a list whole", list + para, len(list) + 5, list, true},
		{"a long first block is kept", para + para, 20, strings.TrimSuffix(para, "\n"), true},
		{"a far too long first block is not", para + para, 9, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, clipped := ClipHTML(tt.in, tt.limit)
			if got != tt.want || clipped != tt.clipped {
				t.Errorf("ClipHTML(%q, %d) = %q, %v; want %q, %v", tt.in, tt.limit, got, clipped, tt.want, tt.clipped)
			}
		})
	}
}

// FuzzClipHTML: the cut is a prefix within bounds, and balanced where
// the input was.
func FuzzClipHTML(f *testing.F) {
	f.Add("<p>一</p>\n<ul><li>二</li></ul>\n<p>三</p>", 12)
	f.Add("<p>a<br>b</p><table><tr><td>1</td></tr></table>", 5)
	f.Fuzz(func(t *testing.T, h string, limit int) {
		if limit < 1 || limit > 1<<16 {
			return
		}
		got, clipped := ClipHTML(h, limit)
		if !strings.HasPrefix(h, got) {
			t.Fatalf("not a prefix: %q of %q", got, h)
		}
		if !clipped && got != h {
			t.Fatalf("changed without clipping")
		}
		if clipped && len(got) > 4*limit {
			t.Fatalf("kept %d bytes for limit %d", len(got), limit)
		}
		if balanced(h) && !balanced(got) {
			t.Fatalf("cut %q of balanced %q is unbalanced", got, h)
		}
	})
}

func balanced(h string) bool {
	z := html.NewTokenizer(strings.NewReader(h))
	depth := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return depth == 0
		case html.StartTagToken:
			if name, _ := z.TagName(); !void[string(name)] {
				depth++
			}
		case html.EndTagToken:
			if depth--; depth < 0 {
				return false
			}
		}
	}
}
