package feed

import (
	"strings"

	"golang.org/x/net/html"
)

// MaxContentHTML is about how many bytes of a report's 总体情况 an item
// carries (about 10,000 characters of Chinese). A feed page holds 50
// items, and a narrative may be 2 MiB: whole, one page of a portal feed
// could be 100 MB. A reader who wants more follows the item's url.
const MaxContentHTML = 32 << 10

// ClipHTML returns h cut after the last top-level element that ends
// within limit bytes, and whether it cut anything. h is rendered
// Markdown; the cut falls between blocks, so the HTML stays balanced. At
// least the first block is kept, however long, unless it alone is more
// than four times limit: then nothing is.
func ClipHTML(h string, limit int) (string, bool) {
	if len(h) <= limit {
		return h, false
	}
	z := html.NewTokenizer(strings.NewReader(h))
	depth, offset, cut := 0, 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return h[:cut], true
		}
		offset += len(z.Raw())
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if !void[string(name)] {
				depth++
			}
		case html.EndTagToken:
			depth = max(depth-1, 0)
		}
		if depth != 0 {
			continue
		}
		switch {
		case offset <= limit:
			cut = offset
		case cut == 0 && offset <= 4*limit:
			return h[:offset], true
		default:
			return h[:cut], true
		}
	}
}

// void are the elements without an end tag that rendered Markdown holds.
var void = map[string]bool{"br": true, "hr": true, "img": true, "input": true, "wbr": true}
