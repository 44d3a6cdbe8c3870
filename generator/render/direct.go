package render

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
)

// The default theme's busiest pages (report, comparison and organ pages:
// all but a handful of a portal's pages) are also written here in Go,
// minified as they are written. Through html/template a report page ran
// some eighty actions, most of them escapers called through reflect, and
// the minifier then read the page again: together more than half of the
// time to make a page. Written directly, a page costs its bytes.
//
// The templates stay the definition of the markup: a direct writer must
// write byte for byte what the minifier makes of the template's output
// (TestDirectMatchesTemplates checks every page of several portals), and
// it is used only where that holds:
//
//   - the theme is the embedded default, with no file of the site's own
//     under layouts/ (a site that overrides anything renders through its
//     templates);
//   - the site is minified (an unminified site is for reading the markup,
//     not for speed);
//   - every value on the page is plain: text with no character that
//     html/template would escape and the minifier turn back differently,
//     URLs with no character the URL escaper would change. A page with
//     any other value is rendered through the templates instead, so the
//     escaping is always html/template's own.

// direct writes one kind of page's "main" block, marking the page not
// plain (pageWriter.notPlain) at a value it does not write.
type direct func(w *pageWriter, r *Renderer, p *Page)

var directKinds = map[string]direct{
	"report":  directReport,
	"compare": directCompare,
	"organ":   directOrgan,
}

// pageWriter appends a minified page to b. plain turns false at the first
// value that is not plain; the page is then written by the templates.
type pageWriter struct {
	b     []byte
	plain bool
	why   string // the first value that was not plain, for tests
}

func (w *pageWriter) notPlain(why string) {
	if w.plain {
		w.plain, w.why = false, why
	}
}

func (w *pageWriter) WriteString(s string) (int, error) {
	w.b = append(w.b, s...)
	return len(s), nil
}

func (w *pageWriter) WriteByte(c byte) error {
	w.b = append(w.b, c)
	return nil
}

func (w *pageWriter) raw(s string) { w.b = append(w.b, s...) }

func (w *pageWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

// text writes s as element content.
func (w *pageWriter) text(s string) {
	if !plainText(s, false) {
		w.notPlain("text " + s)
	}
	w.b = append(w.b, s...)
}

// attr writes s as a quoted attribute value (not a URL).
func (w *pageWriter) attr(s string) {
	if !plainText(s, true) {
		w.notPlain("attribute " + s)
	}
	w.b = append(w.b, s...)
}

// url writes s as a quoted URL attribute value.
func (w *pageWriter) url(s string) {
	if !plainURL(s) {
		w.notPlain("URL " + s)
	}
	w.b = append(w.b, s...)
}

// fragment writes trusted HTML (a rendered narrative, an SVG chart)
// minified on its own; the equivalence test holds it to what the
// minifier makes of it inside the whole page.
func (w *pageWriter) fragment(r *Renderer, html string) {
	if html == "" {
		return
	}
	out := bytes.NewBuffer(w.b)
	if err := r.minifyHTML(out, []byte(html)); err != nil {
		w.notPlain("fragment: " + err.Error())
		return
	}
	w.b = out.Bytes()
}

// plainText reports whether html/template and then the minifier leave s
// as it is: no markup character, no whitespace but single inner spaces.
// html/template writes ' and + (and " in text) as entities that the
// minifier turns back; a " in an attribute value stays escaped.
func plainText(s string, inAttr bool) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&', '<', '>', 0, '\t', '\n', '\r', '\f', '\v':
			return false
		case '"':
			if inAttr {
				return false
			}
		case ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		}
	}
	return true
}

// plainURL reports whether html/template's URL filter and normalizer and
// its attribute escaper leave s as it is: a relative path or fragment,
// or an http(s) URL, of characters that need no escape.
func plainURL(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || c == '#' || c == '?' || c == ';' || c == ',' || c == '@' || c == '!' || c == '$' || c == '*' || c == '[' || c == ']':
			// Not ( and ): the URL normalizer writes them %28 and %29.
		case c == ':':
			// A scheme: only http and https pass the URL filter as they are.
			if !(i == 4 && s[:4] == "http") && !(i == 5 && s[:5] == "https") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// writeDirect writes p through its kind's direct writer if it has one and
// every value on the page is plain; it reports whether it did.
func (r *Renderer) writeDirect(out io.Writer, p *Page) (bool, error) {
	d := r.direct[p.Kind]
	if d == nil {
		return false, nil
	}
	buf := r.bufs.Get().(*bytes.Buffer)
	defer func() { buf.Reset(); r.bufs.Put(buf) }()
	w := r.directPage(buf.Bytes()[:0], p, d)
	if !w.plain {
		return false, nil
	}
	*buf = *bytes.NewBuffer(w.b) // keep the grown array for the next page
	_, err := out.Write(w.b)
	return true, err
}

// directPage appends page p to b with the direct writer d.
func (r *Renderer) directPage(b []byte, p *Page, d direct) *pageWriter {
	w := &pageWriter{b: b, plain: true}
	writeBase(w, r, p, d)
	return w
}

// fragmentID writes s as the part of a URL after #, which html/template
// escapes more strictly than a URL: only letters, digits, - and _ pass.
func (w *pageWriter) fragmentID(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			w.notPlain("fragment " + s)
		}
	}
	w.b = append(w.b, s...)
}

// writeBase is layouts/base.html.
func writeBase(w *pageWriter, r *Renderer, p *Page, main direct) {
	if p.Site.Title == "" || p.Site.Language == "" {
		// The minifier writes an empty lang="" as lang, and drops the
		// space of "title - " before </title>.
		w.notPlain("empty site title or language")
		return
	}
	w.raw(`<!doctype html><html lang="`)
	w.attr(p.Site.Language)
	w.raw(`"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>`)
	w.text(p.Title)
	if p.Path != "" {
		w.raw(" - ")
		w.text(p.Site.Title)
	}
	w.raw(`</title>`)
	if p.Description != "" {
		w.raw(`<meta name="description" content="`)
		w.attr(p.Description)
		w.raw(`">`)
	}
	if p.Canonical != "" {
		w.raw(`<link rel="canonical" href="`)
		w.url(p.Canonical)
		w.raw(`">`)
	}
	w.raw(`<link rel="stylesheet" href="`)
	w.url(p.Root)
	w.raw(`assets/style.css"><script src="`)
	w.url(p.Root)
	w.raw(`assets/mode.js"></script>`)
	for _, a := range p.Alternates {
		w.raw(`<link rel="alternate" type="`)
		w.attr(a.Type)
		w.raw(`" title="`)
		w.attr(a.Label)
		w.raw(`" href="`)
		w.url(a.Href)
		w.raw(`">`)
	}
	if p.JSONLD != nil {
		data, err := json.Marshal(p.JSONLD)
		// html/template encodes the value with encoding/json too; a
		// string with an escape in it is left to the templates.
		if err != nil || bytes.IndexByte(data, '\\') >= 0 || bytes.IndexByte(data, '<') >= 0 {
			w.notPlain("JSON-LD " + string(data))
			return
		}
		w.raw(`<script type="application/ld+json">`)
		w.b = append(w.b, data...)
		w.raw(`</script>`)
	}
	w.raw(`</head><body class="page-`)
	w.attr(p.Kind)
	w.raw(`"><div id="elder" hidden></div><a class="skip-link" href="#main">跳到正文</a><header class="site-header"><div class="wrap"><a class="site-title" href="`)
	w.url(p.Root)
	w.raw(`index.html">`)
	w.text(p.Site.Title)
	w.raw(`</a><nav class="site-nav" aria-label="网站导航"><ul><li><a href="`)
	w.url(p.Root)
	w.raw(`compare/index.html"`)
	if p.Kind == "totals" {
		w.raw(` aria-current="page"`)
	}
	w.raw(`>历年汇总对比</a></li></ul></nav><p class="mode-links"><a class="mode-on" href="#elder">长者模式</a><a class="mode-off" href="#top">退出长者模式</a></p></div></header>`)
	if len(p.Crumbs) > 0 {
		w.raw(`<nav class="breadcrumb wrap" aria-label="当前位置"><ol>`)
		for i, c := range p.Crumbs {
			w.raw(`<li><a href="`)
			w.url(c.Href)
			if i == len(p.Crumbs)-1 {
				w.raw(`" aria-current="page">`)
			} else {
				w.raw(`">`)
			}
			w.text(c.Label)
			w.raw(`</a></li>`)
		}
		w.raw(`</ol></nav>`)
	}
	w.raw(`<main id="main" class="wrap" tabindex="-1"><h1>`)
	w.text(p.Heading)
	w.raw(`</h1>`)
	main(w, r, p)
	w.raw(`</main><footer class="site-footer"><div class="wrap"><dl class="footer-ids">`)
	f := p.Site.Footer
	for _, item := range [...][2]string{{"主办单位", f.Host}, {"网站标识码", f.SiteCode}, {"ICP备案号", f.ICP}, {"公安机关备案号", f.Police}} {
		if item[1] != "" {
			w.raw(`<div><dt>`)
			w.raw(item[0])
			w.raw(`</dt><dd>`)
			w.text(item[1])
			w.raw(`</dd></div>`)
		}
	}
	w.raw(`</dl><p class="generator">本站由 gongkai 生成；数据依据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）核对。</p></div></footer>`)
	if p.LiveReload != "" {
		w.raw(`<script src="`)
		w.url(p.LiveReload)
		w.raw(`"></script>`)
	}
	w.raw(`</body></html>`)
}

// figure is the "table" partial (Table.FigureHTML) as the minifier
// leaves it: no line breaks, rows as written.
func (w *pageWriter) figure(t *Table) {
	w.figureStart(t)
	w.raw(`<tbody>`)
	w.rows(t.Body)
	w.figureEnd()
}

// figureStart writes a figure up to its head rows' end.
func (w *pageWriter) figureStart(t *Table) {
	w.raw(`<figure class="table-figure"><div class="table-scroll" role="region" aria-labelledby="`)
	w.attr(t.ID)
	w.raw(`-caption" tabindex="0"><table id="`)
	w.attr(t.ID)
	w.raw(`" class="official`)
	if t.Class != "" {
		w.raw(" ")
		w.attr(t.Class)
	}
	w.raw(`"><caption id="`)
	w.attr(t.ID)
	w.raw(`-caption">`)
	w.text(t.Caption)
	if t.Note != "" {
		w.raw(`<span class="table-note">`)
		w.text(t.Note)
		w.raw(`</span>`)
	}
	w.raw(`</caption>`)
	for _, span := range t.ColGroups {
		w.raw(`<colgroup span="`)
		w.int(span)
		w.raw(`">`)
	}
	w.raw(`<thead>`)
	w.rows(t.Head)
	w.raw(`</thead>`)
}

// figureEnd closes what figureStart opened, and the body.
func (w *pageWriter) figureEnd() { w.raw(`</tbody></table></div></figure>`) }

// rows writes table rows as rowsHTML does, without its line breaks (which
// the minifier would take out).
func (w *pageWriter) rows(rows [][]Cell) {
	for _, r := range rows {
		w.raw("<tr>")
		for i := range r {
			r[i].write(w)
		}
		w.raw("</tr>")
	}
}
