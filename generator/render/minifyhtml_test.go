package render

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	mhtml "github.com/tdewolff/minify/v2/html"
	tparse "github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// withSmallRuns makes every page worth cutting, in runs of n bytes.
func withSmallRuns(t testing.TB, n int) {
	run, work := textRun, splitWork
	textRun, splitWork = n, 0
	t.Cleanup(func() { textRun, splitWork = run, work })
}

func minified(t testing.TB, page []byte) string {
	t.Helper()
	var out bytes.Buffer
	// The minifier decodes references in place: give it a copy.
	if err := newMinifier().Minify("text/html", &out, bytes.NewBuffer(bytes.Clone(page))); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// pieces are what the generated pages are made of: references the
// minifier decodes, keeps or leaves alone, spaces and newlines, Chinese,
// tags that trim space around them, raw text and preformatted text.
var pieces = []string{
	"a", "b", "Z", "9", "#", ";", "&", "&amp;", "&amp;", "&quot;", "&gt;", "&lt;", "&#39;", "&#x27;", "&#8220;",
	"&nbsp;", "&copy", "&amp;amp;", "&#", "&#x", " ", " ", "  ", "\n", "\t", "\n\n", "公开", "。", "、", "（", "）",
	"<b>", "</b>", "<p>", "</p>", "<br>", "<a href=\"x?a=1&amp;b=2\" title=\"&quot;\">", "</a>",
	"<pre>", "</pre>", "<script>var a = 1 &amp;&amp; 2;</script>", "<style>a{b:c}</style>",
	"<textarea>&amp; x</textarea>", "<!-- c -->", "<li>", "</li>", "<div>", "</div>",
}

// valueParts are what generated attribute values are made of: every
// kind of reference decodeRefs must treat as the minifier does.
var valueParts = []string{
	"a", "Z", "9", " ", "\n", "\t", "&", "&&", "&amp;", "&amp;a", "&amp;#", "&quot;", "&#39;", "&#x27;", "&#34;",
	"'", "&lt;", "&gt;", "&#38;", "&#38;#", "&#x26;b", "&#128;", "&#x2603;", "&#x2710;", "&#99999;", "&#xZ", "&#X41;",
	"&#", "&#x", "&#;", "&semi;", "&num;", "&nbsp;", "&NotAnEntity;", "&amp", "&lt", ";", "#", "公开", "http:", "HTTPS:",
	"data:", "=", ">", "<", "/",
}

func randomValue(r *rand.Rand, n int, quote byte) string {
	var b strings.Builder
	for b.Len() < n {
		p := valueParts[r.IntN(len(valueParts))]
		if strings.IndexByte(p, quote) < 0 {
			b.WriteString(p)
		}
	}
	return b.String()
}

func randomPage(r *rand.Rand, n int) []byte {
	var b strings.Builder
	b.WriteString("<!doctype html><html><body><p>")
	for b.Len() < n {
		if r.IntN(8) == 0 {
			q := "\"'"[r.IntN(2)]
			tag := []string{"a", "img", "span", "x-custom", "link"}[r.IntN(5)]
			name := []string{"href", "src", "title", "alt", "class", "id", "data-x", "data", "aria-label", "placeholder", "onclick", "style"}[r.IntN(12)]
			fmt.Fprintf(&b, "<%s %s=%c%s%c>", tag, name, q, randomValue(r, r.IntN(40), q), q)
			continue
		}
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	b.WriteString("</p></body></html>")
	return []byte(b.String())
}

// prepared minifies page as Renderer.Write does.
func prepared(t testing.TB, page []byte) string {
	t.Helper()
	var out bytes.Buffer
	r := &Renderer{min: newMinifier(), minify: true}
	if err := r.minifyHTML(&out, bytes.Clone(page)); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestPrepareHTMLKeepsOutput checks that cutting text and standing in
// for attribute values never changes what the minifier makes of a page,
// and that both happen.
func TestPrepareHTMLKeepsOutput(t *testing.T) {
	withSmallRuns(t, 8)
	r := rand.New(rand.NewPCG(1, 2))
	cut, subs := 0, 0
	for i := range 3000 {
		page := randomPage(r, 20+i%400)
		split, s := prepareHTML(bytes.Clone(page))
		if !bytes.Equal(split, page) {
			cut++
		}
		subs += len(s)
		if got, want := prepared(t, page), minified(t, page); got != want {
			t.Fatalf("preparing changed the minified page\npage:  %q\nsplit: %q\ngot:  %q\nwant: %q", page, split, got, want)
		}
	}
	if cut < 2000 || subs < 2000 {
		t.Errorf("only %d of 3000 pages were changed, %d values stood in for", cut, subs)
	}
}

// TestDecodeRefs holds decodeRefs to the minifier's own decoding.
func TestDecodeRefs(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		v := randomValue(r, r.IntN(30), 0)
		want := string(tparse.ReplaceEntities([]byte(v), mhtml.EntitiesMap, nil))
		if got := string(decodeRefs([]byte(v))); got != want {
			t.Fatalf("decodeRefs(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestPrepareHTMLBoundsRuns checks that the inputs that made the
// minifier quadratic come out in short runs, and that raw text is never
// cut.
func TestPrepareHTMLBoundsRuns(t *testing.T) {
	for name, text := range map[string]string{
		"ampersands with spaces":    strings.Repeat("a &amp; b ", 20000),
		"quotes":                    strings.Repeat("&quot;", 20000),
		"references back to back":   strings.Repeat("&amp;&gt;&#39;", 10000),
		"Chinese":                   strings.Repeat("甲&amp;乙", 20000),
		"references before letters": strings.Repeat("&amp;a", 20000),
	} {
		page := []byte("<html><body><p>" + text + "</p><script>" + text + "</script></body></html>")
		split, _ := prepareHTML(page)
		longest := 0
		l := html.NewLexer(tparse.NewInputBytes(split))
		raw := false
		for {
			tt, data := l.Next()
			if tt == html.ErrorToken {
				break
			}
			if tt == html.StartTagToken {
				raw = string(l.Text()) == "script"
			}
			if tt == html.TextToken && !raw {
				longest = max(longest, len(data))
			}
		}
		if longest > 2*textRun {
			t.Errorf("%s: a text run of %d bytes is left, want at most %d", name, longest, 2*textRun)
		}
		if !bytes.Contains(split, []byte("<script>"+text+"</script>")) {
			t.Errorf("%s: the script was cut", name)
		}
		if got, want := prepared(t, page), minified(t, page); got != want {
			t.Errorf("%s: cutting changed the minified page", name)
		}
	}
}

// TestPrepareHTMLLeavesOrdinaryPages checks that a page with a few
// references is returned as it is, without lexing it.
func TestPrepareHTMLLeavesOrdinaryPages(t *testing.T) {
	page := []byte("<p>" + strings.Repeat("公开 &amp; 透明。", 100) + "</p>")
	if got, subs := prepareHTML(page); &got[0] != &page[0] || len(got) != len(page) || subs != nil {
		t.Error("an ordinary page was copied or changed")
	}
}

func FuzzPrepareHTML(f *testing.F) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 8 {
		f.Add(randomPage(r, 200))
	}
	f.Add([]byte("<p>a &amp; b &amp;amp; c</p>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		withSmallRuns(t, 4)
		if got, want := prepared(t, page), minified(t, page); got != want {
			split, _ := prepareHTML(bytes.Clone(page))
			t.Fatalf("preparing changed the minified page\npage:  %q\nsplit: %q\ngot:  %q\nwant: %q", page, split, got, want)
		}
	})
}

// BenchmarkMinifyAmpersands minifies a paragraph of "a & b " repeated n
// times, as goldmark renders it: the time per byte stays flat as n grows
// (it grew with n before the cuts: 45 s for n = 200,000).
func BenchmarkMinifyAmpersands(b *testing.B) {
	for _, n := range []int{50_000, 200_000} {
		page := []byte("<html><body><p>" + strings.Repeat("a &amp; b ", n) + "</p></body></html>")
		r := &Renderer{min: newMinifier(), minify: true}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if err := r.Write(&bytes.Buffer{}, "text/html", page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
