package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
)

// Renderer executes the theme's templates, parsed once. It is safe for
// concurrent use.
//
// A minified site is minified where its parts are made, not page by page:
// the layouts once, when they are parsed (the minifier reads template
// actions as opaque text), a narrative when it is put on its page
// (Fragment), and table rows and charts are written compact in Go. A
// page is then what its template writes, and the templates are the one
// definition of its markup. Minifying every page whole would read each
// of a portal's 40,000 pages again (docs/performance.md).
type Renderer struct {
	pages     map[string]*template.Template
	asWritten map[string]*template.Template // the layouts unminified, for errors
	min       *minify.M
	minify    bool
	bufs      sync.Pool
}

// NewRenderer parses layouts/base.html, every layouts/partials/*.html and
// every other layouts/<kind>.html, the layout of the pages of that kind
// (Page.Kind), each from the first layer of the theme that has it: a new
// kind of page is its layout and its view, nothing to register.
func NewRenderer(t *Theme, minifyOutput bool) (*Renderer, error) {
	r := &Renderer{min: newMinifier(), minify: minifyOutput}
	r.bufs.New = func() any { return new(bytes.Buffer) }
	partials, err := t.Files("layouts/partials")
	if err != nil {
		return nil, err
	}
	layouts, err := t.Files("layouts")
	if err != nil {
		return nil, err
	}
	var kinds []string
	for _, f := range layouts {
		if kind, ok := strings.CutSuffix(f, ".html"); ok && !strings.Contains(f, "/") && f != "base.html" {
			kinds = append(kinds, kind)
		}
	}
	if r.pages, err = r.parseLayouts(t, kinds, partials, r.minify); err != nil {
		return nil, err
	}
	if r.minify {
		// The layouts as written, to tell where an error is: a position
		// in the minified text would point nowhere.
		if r.asWritten, err = r.parseLayouts(t, kinds, partials, false); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// parseLayouts parses one template set per page kind, each layout
// minified first when minified is set.
func (r *Renderer) parseLayouts(t *Theme, kinds, partials []string, minified bool) (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	common := template.New("base").Funcs(funcs)
	for _, name := range append([]string{"base.html"}, prefix("partials/", partials)...) {
		if err := r.parse(common, t, "layouts/"+name, minified); err != nil {
			return nil, err
		}
	}
	for _, kind := range kinds {
		page, err := common.Clone()
		if err != nil {
			return nil, err
		}
		if err := r.parse(page, t, "layouts/"+kind+".html", minified); err != nil {
			return nil, err
		}
		pages[kind] = page
	}
	return pages, nil
}

// parse adds the layout name to into, minified first when minified is
// set.
func (r *Renderer) parse(into *template.Template, t *Theme, name string, minified bool) error {
	src, where, err := t.ReadFile(name)
	if err != nil {
		return err
	}
	text := string(src)
	if minified {
		text = r.minifyLayout(text)
	}
	if _, err := into.New(name).Parse(text); err != nil {
		// Told of the layout as written: a line number of the minified
		// text would point nowhere.
		if _, raw := template.New(name).Funcs(funcs).Parse(string(src)); raw != nil {
			return fmt.Errorf("%s: %w", where, raw)
		}
		return fmt.Errorf("%s: %w", where, err)
	}
	return nil
}

// minifyLayout minifies a layout's source, its template actions kept as
// they are. A layout the minifier cannot read is used as written: the
// site is then a little larger, never wrong.
func (r *Renderer) minifyLayout(src string) string {
	var out bytes.Buffer
	// Template comments write nothing, and the minifier reads one before
	// the first tag as text it must keep, whitespace and all. One with
	// trim markers still trims: it becomes an empty action that does.
	bare := templateComment.ReplaceAllStringFunc(src, func(c string) string {
		left, right := strings.HasPrefix(c, "{{-"), strings.HasSuffix(c, "-}}")
		switch {
		case left && right:
			return `{{- "" -}}`
		case left:
			return `{{- ""}}`
		case right:
			return `{{"" -}}`
		}
		return ""
	})
	if err := layoutMinifier.Minify("text/html", &out, strings.NewReader(bare)); err != nil {
		return src
	}
	return out.String()
}

func prefix(p string, names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		if strings.HasSuffix(n, ".html") {
			out = append(out, p+n)
		}
	}
	return out
}

// Page renders p with the template of its kind and writes it.
func (r *Renderer) Page(w io.Writer, p *Page) error {
	t, ok := r.pages[p.Kind]
	if !ok {
		return fmt.Errorf("no layout for page kind %q", p.Kind)
	}
	buf := r.bufs.Get().(*bytes.Buffer)
	defer func() { buf.Reset(); r.bufs.Put(buf) }()
	if err := t.ExecuteTemplate(buf, "base", p); err != nil {
		if raw := r.asWritten[p.Kind]; raw != nil {
			if rerr := raw.ExecuteTemplate(io.Discard, "base", p); rerr != nil {
				err = rerr // the same error, at its line in the layout as written
			}
		}
		return fmt.Errorf("页面 /%s（%s 版式）：%w", p.Path, p.Kind, err)
	}
	return r.writePage(w, buf.Bytes())
}

// Fragment is h, rendered HTML to be put on a page (a narrative),
// minified when the site is. It is minified on its own: with raw HTML
// allowed (unsafe_html), an element h leaves open is the site owner's
// to close.
func (r *Renderer) Fragment(h template.HTML) template.HTML {
	if !r.minify || h == "" {
		return h
	}
	var out bytes.Buffer
	if err := r.minifyHTML(&out, []byte(h)); err != nil {
		return h
	}
	return template.HTML(out.String())
}

// Write writes b, minified as mediatype when minifying is on.
func (r *Renderer) Write(w io.Writer, mediatype string, b []byte) error {
	if !r.minify {
		_, err := w.Write(b)
		return err
	}
	if mediatype == "text/html" {
		return r.minifyHTML(w, b)
	}
	// A reader with a Bytes method lets the minifier read b in place;
	// from a plain io.Reader it would first copy all of it.
	return r.min.Minify(mediatype, w, bytes.NewBuffer(b))
}

// minifyHTML minifies b, prepared so that the minifier's cost stays
// linear in b (minifyhtml.go). It may modify b.
func (r *Renderer) minifyHTML(w io.Writer, b []byte) error {
	page, subs := prepareHTML(b)
	if len(subs) == 0 {
		return r.min.Minify("text/html", w, bytes.NewBuffer(page))
	}
	var min bytes.Buffer
	if err := r.min.Minify("text/html", &min, bytes.NewBuffer(page)); err != nil {
		return err
	}
	out, ok := restore(min.Bytes(), subs)
	if !ok { // the minifier dropped an attribute: let it do all the work
		return r.min.Minify("text/html", w, bytes.NewBuffer(b))
	}
	_, err := w.Write(out)
	return err
}

// Minifies reports whether output is minified.
func (r *Renderer) Minifies() bool { return r.minify }

// htmlMinifier is how pages are minified. End and document tags are
// kept: some government CMS importers and older assistive software
// mis-parse documents without them. Quotes are kept so that a value a
// template writes into an attribute stays one value.
var htmlMinifier = html.Minifier{KeepEndTags: true, KeepDocumentTags: true, KeepQuotes: true, KeepDefaultAttrVals: true}

// templateComment is a template comment, with its trim markers.
var templateComment = regexp.MustCompile(`(?s)\{\{-? */\*.*?\*/ *-?\}\}`)

// layoutMinifier minifies a layout, reading {{…}} as template actions.
var layoutMinifier = func() *minify.M {
	m := newMinifier()
	lm := htmlMinifier
	lm.TemplateDelims = html.GoTemplateDelims
	m.Add("text/html", &lm)
	return m
}()

func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &htmlMinifier)
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("application/feed+json", json.Minify)
	m.AddFunc("text/javascript", js.Minify)
	return m
}

var funcs = template.FuncMap{
	"add":  func(a, b int) int { return a + b },
	"join": func(sep string, s []string) string { return strings.Join(s, sep) },
}
