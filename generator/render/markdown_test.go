package render

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

func TestSafeURL(t *testing.T) {
	for _, tc := range []struct {
		url  string
		safe bool
	}{
		{"https://www.gov.cn/", true},
		{"http://example.gov.cn/a?b=c#d", true},
		{"HTTPS://EXAMPLE.GOV.CN/", true},
		{"mailto:gk@example.gov.cn", true},
		{"tel:0371-12345678", true},
		{"/nianbao/", true},
		{"../2023/index.html", true},
		{"#overview", true},
		{"?page=2", true},
		{"", true},
		{"javascript:alert(1)", false},
		{"JaVaScRiPt:alert(1)", false},
		{"JAVASCRIPT:alert(1)", false},
		{" javascript:alert(1)", false},
		{"\tjavascript:alert(1)", false},
		{"\njavascript:alert(1)", false},
		{"\x01javascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"java\nscript:alert(1)", false},
		{"java\rscript:alert(1)", false},
		{"javascript\t:alert(1)", false},
		{"java\x00script:alert(1)", false},
		{"&#106;avascript:alert(1)", false},
		{"&#x6A;avascript:alert(1)", false},
		{"javascript&colon;alert(1)", false},
		{"java%73cript:alert(1)", false},
		{"vbscript:msgbox(1)", false},
		{"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", false},
		{"file:///etc/passwd", false},
		{"ftp://example.gov.cn/", false},
		{"//evil.example/", true}, // protocol-relative: http(s), like the page
	} {
		if got := SafeURL(tc.url); got != tc.safe {
			t.Errorf("SafeURL(%q) = %v, want %v", tc.url, got, tc.safe)
		}
	}
}

// hrefs are the link targets of rendered HTML, as a browser reads them:
// entities decoded, and the tabs, newlines and leading control
// characters it ignores removed.
var linkAttr = regexp.MustCompile(`(?i)\b(?:href|src)\s*=\s*"([^"]*)"`)

func browserURLs(out string) []string {
	var urls []string
	for _, m := range linkAttr.FindAllStringSubmatch(out, -1) {
		u := html.UnescapeString(m[1])
		u = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, u)
		urls = append(urls, strings.ToLower(strings.TrimLeft(u, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")))
	}
	return urls
}

func TestMarkdownLinks(t *testing.T) {
	for _, unsafe := range []bool{false, true} {
		md := NewMarkdown(unsafe)
		for _, src := range []string{
			"[点此](javascript:alert(1))",
			"[点此](JaVaScRiPt:alert(1))",
			"[点此]( javascript:alert(1) )",
			"[点此](<javascript:alert(1)>)",
			"[点此](&#106;avascript:alert(1))",
			"[点此](&#x6A;&#x61;vascript:alert(1))",
			"[点此](javascript&#58;alert(1))",
			"[点此](javascript&colon;alert(1))",
			"[点此](java\\script:alert(1))",
			"[点此][r]\n\n[r]: javascript:alert(1)",
			"[点此][r]\n\n[r]: <JavaScript:alert(1)>",
			"![图](javascript:alert(1))",
			"![图](data:image/svg+xml;base64,PHN2Zy8+)",
			"<javascript:alert(1)>",
			"<vbscript:msgbox(1)>",
			"[点此](vbscript:msgbox(1))",
			"[点此](data:text/html,<script>alert(1)</script>)",
		} {
			out, err := md.Render(src)
			if err != nil {
				t.Fatal(err)
			}
			for _, u := range browserURLs(string(out)) {
				if !strings.HasPrefix(u, "http") && !strings.HasPrefix(u, "mailto:") && !strings.HasPrefix(u, "tel:") && strings.Contains(u, ":") {
					t.Errorf("unsafe=%v: %q renders a link to %q: %s", unsafe, src, u, out)
				}
			}
		}
		out, err := md.Render("[政府网站](https://www.gov.cn/ \"标题\\\" onmouseover=\\\"alert(1)\")")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), `href="https://www.gov.cn/"`) || strings.Contains(string(out), `" onmouseover`) {
			t.Errorf("a safe link with a hostile title renders as %s", out)
		}
	}
}

func TestMarkdownRawHTML(t *testing.T) {
	for _, src := range []string{
		"<script>alert(1)</script>",
		"正文<script>alert(1)</script>正文",
		"<img src=x onerror=alert(1)>",
		"正文 <a href=\"javascript:alert(1)\">点此</a>",
		"<div onclick=\"alert(1)\">\n\n正文\n\n</div>",
		"<!-- <script>alert(1)</script> -->",
		"<iframe src=\"https://evil.example/\"></iframe>",
		"<style>body{display:none}</style>",
	} {
		out, err := NewMarkdown(false).Render(src)
		if err != nil {
			t.Fatal(err)
		}
		if s := string(out); strings.ContainsAny(strings.NewReplacer("<p>", "", "</p>", "").Replace(s), "<>") {
			t.Errorf("raw HTML %q is not escaped: %s", src, s)
		}
		if !strings.Contains(string(out), "&lt;") {
			t.Errorf("raw HTML %q vanished instead of being shown: %s", src, out)
		}
		out, err = NewMarkdown(true).Render(src)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), "<") || strings.Contains(string(out), "&lt;") {
			t.Errorf("unsafe_html: raw HTML %q should pass through: %s", src, out)
		}
	}
}

// FuzzMarkdown checks that no narrative, however written, renders a link
// a browser would follow to a scheme other than http, https, mailto or
// tel, nor lets raw HTML through, when the site does not allow it.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"[点此](javascript:alert(1))", "[点此](&#106;avascript:alert(1))", "<javascript:alert(1)>",
		"[r]\n\n[r]: JaVaScRiPt:x", "![x](data:x)", "<a href=\"javascript:x\">x</a>", "<https://www.gov.cn/>",
		"## 标题\n\n| a | b |\n|---|---|\n| [x](tel:1) | ~~y~~ |\n",
	} {
		f.Add(s)
	}
	md := NewMarkdown(false)
	f.Fuzz(func(t *testing.T, src string) {
		out, err := md.Render(src)
		if err != nil {
			return
		}
		for _, u := range browserURLs(string(out)) {
			i := strings.IndexAny(u, ":/?#")
			if i >= 0 && u[i] == ':' && !SafeURL(u) {
				t.Fatalf("%q renders a link to %q: %s", src, u, out)
			}
		}
		if strings.Contains(strings.ToLower(string(out)), "<script") {
			t.Fatalf("%q renders a script: %s", src, out)
		}
	})
}
