package render

import (
	"bytes"
	"fmt"

	tparse "github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// The HTML minifier decodes character references (&amp; to &, &quot; to
// ") in place, moving the rest of the text token or attribute value back
// over each shortened reference (tdewolff/parse v2.8.20, replaceEntities
// in common.go): n bytes holding k references cost n·k. A narrative
// paragraph of "a & b " repeated 200,000 times took 45 s to minify,
// 400,000 times 186 s; a link title of 1.2 MB took 23 s.
// docs/minify-upstream.md is the report for upstream. Until it is fixed
// there, prepareHTML keeps the minifier's work linear without changing
// its output:
//
//   - long text tokens are cut into runs of about textRun bytes by empty
//     comments, which the minifier drops: each run costs at most
//     textRun·k;
//   - long values of free-text and link attributes (title, alt, href…;
//     see minifyAttr) are replaced by a short placeholder, and the
//     placeholder in the minified page by the value as the minifier
//     would have written it, computed in one pass.
//
// Only a page with many references is lexed at all (splitWork).
//
// A cut never changes the minified output. It is made only at a point p
// where the byte before is not a space, not '<' and not the end of a
// reference to a space (&#32;), the byte two before is not '<' (text may
// hold a "</" or "<!" that opens no tag, and would open one over the
// cut), and the byte at p is a space or anything but a
// letter, digit, '#', ';' or a UTF-8 continuation byte. So no cut falls
// inside a character reference, inside a run of spaces, or between a
// reference and the byte that decides whether the minifier keeps it
// (&amp; is kept before a letter, digit or '#'); and no run but the last
// ends with a space, so the minifier's trimming around tags sees what it
// saw before. Between two references there is always such a point.
// TestSplitTextRunsKeepsOutput and FuzzSplitTextRuns check the
// equivalence.

// textRun is the length of text after which a text token is cut (a
// variable for the tests).
var textRun = 1024

// splitWork is the count of '&' times the page's length below which a
// page is left alone: the minifier's worst case on it is a few
// milliseconds, and most pages have a handful of references.
var splitWork = 1 << 25

// cutMark is what a cut inserts.
var cutMark = []byte("<!---->")

// rawTextTags hold text the minifier does not decode (or reads as another
// language): it is never cut.
var rawTextTags = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true, "iframe": true,
	"noembed": true, "noframes": true, "noscript": true, "xmp": true, "plaintext": true,
	"svg": true, "math": true,
}

// placeholder stands for a long attribute value in the page the
// minifier reads; out is the value as the minifier would write it.
type placeholder struct {
	mark []byte // `"gkattrN"`, quotes included
	out  []byte
}

// placeholderPrefix starts every placeholder; a page that already holds
// it gets no placeholders.
const placeholderPrefix = "gkattr"

// prepareHTML returns page with long text tokens cut and long link and
// image attribute values replaced, or page itself when it has nothing
// worth the work.
func prepareHTML(page []byte) ([]byte, []placeholder) {
	if bytes.Count(page, []byte{'&'})*len(page) < splitWork {
		return page, nil
	}
	var (
		out   []byte
		subs  []placeholder
		done  = 0     // page[:done] is in out
		raw   = false // the last start tag opens raw text
		tag   string  // the open start tag, while its attributes are read
		marks = !bytes.Contains(page, []byte(placeholderPrefix))
	)
	replace := func(start, end int, with func([]byte) []byte) {
		if out == nil {
			out = make([]byte, 0, len(page)+len(page)/textRun*len(cutMark))
		}
		out = with(append(out, page[done:start]...))
		done = end
	}
	// A full slice: the input must not write past page's length.
	in := tparse.NewInputBytes(page[:len(page):len(page)])
	l := html.NewLexer(in)
	for {
		tt, data := l.Next()
		end := in.Offset()
		start := end - len(data)
		if tt != html.ErrorToken && (start < done || !bytes.Equal(page[start:end], data)) {
			return page, nil // the lexer's offsets are not what this expects
		}
		switch tt {
		case html.ErrorToken:
			if out == nil {
				return page, nil
			}
			return append(out, page[done:]...), subs
		case html.StartTagToken:
			tag = string(bytes.ToLower(l.Text()))
			raw = rawTextTags[tag]
		case html.StartTagCloseToken, html.StartTagVoidToken:
			tag = ""
		case html.EndTagToken:
			raw, tag = false, ""
		case html.AttributeToken:
			val := l.AttrVal()
			if !marks || len(val) <= textRun || bytes.IndexByte(val, '&') < 0 {
				break
			}
			min, ok := minifyAttr(tag, string(l.Text()), val)
			if !ok {
				break
			}
			mark := fmt.Appendf(nil, "\"%s%d\"", placeholderPrefix, len(subs))
			subs = append(subs, placeholder{mark: mark, out: min})
			replace(end-len(val), end, func(b []byte) []byte { return append(b, mark...) })
		case html.TextToken:
			if !raw && len(data) > textRun {
				replace(start, end, func(b []byte) []byte { return appendCut(b, data) })
			}
			raw = false
		}
	}
}

// restore puts the minified attribute values in place of their
// placeholders in a minified page, in order; ok is false if one is
// missing.
func restore(min []byte, subs []placeholder) ([]byte, bool) {
	out := make([]byte, 0, len(min))
	for _, s := range subs {
		i := bytes.Index(min, s.mark)
		if i < 0 {
			return nil, false
		}
		out = append(append(out, min[:i]...), s.out...)
		min = min[i+len(s.mark):]
	}
	return append(out, min...), true
}

// appendCut appends text to out with a cut at the first safe point after
// every textRun bytes.
func appendCut(out, text []byte) []byte {
	start := 0
	for p := textRun; p < len(text); p++ {
		if p-start >= textRun && safeCut(text, p) {
			out = append(out, text[start:p]...)
			out = append(out, cutMark...)
			start = p
		}
	}
	return append(out, text[start:]...)
}

// endsInSpaceRef reports whether text ends with a character reference
// that the minifier decodes to a space (&#9;, &#x20;, &Tab;…).
func endsInSpaceRef(text []byte) bool {
	amp := bytes.LastIndexByte(text[max(0, len(text)-40):], '&')
	if amp < 0 {
		return false
	}
	ref := decodeRefs(text[len(text)-min(40, len(text))+amp:])
	return len(ref) > 0 && tparse.IsWhitespace(ref[len(ref)-1])
}

// safeCut reports whether text may be cut before text[p].
func safeCut(text []byte, p int) bool {
	before, at := text[p-1], text[p]
	switch {
	case tparse.IsWhitespace(before):
		return false
	case before == '<' || p >= 2 && text[p-2] == '<':
		return false // "</", "<!" and "<?" would read the cut as part of a tag
	case before == ';' && endsInSpaceRef(text[:p]):
		return false // the run would end with a space after all
	case tparse.IsWhitespace(at):
		return true
	}
	return !(at >= '0' && at <= '9' || at >= 'a' && at <= 'z' || at >= 'A' && at <= 'Z' ||
		at == '#' || at == ';' || at&0xC0 == 0x80)
}
