package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
)

// PageKinds are the page templates a theme provides under layouts/.
var PageKinds = []string{"home", "organ", "report", "error", "compare", "year", "totals"}

// Renderer executes the theme's templates, parsed once, and minifies what
// they produce. It is safe for concurrent use.
type Renderer struct {
	pages  map[string]*template.Template
	direct map[string]direct // kinds written in Go (direct.go), if any
	min    *minify.M
	minify bool
	bufs   sync.Pool
}

// NewRenderer parses layouts/base.html, every layouts/partials/*.html and
// one layouts/<kind>.html per page kind, each from the first layer of the
// theme that has it.
func NewRenderer(t *Theme, kinds []string, minifyOutput bool) (*Renderer, error) {
	r := &Renderer{pages: map[string]*template.Template{}, min: newMinifier(), minify: minifyOutput}
	r.bufs.New = func() any { return new(bytes.Buffer) }
	if minifyOutput && t.Pristine() {
		r.direct = directKinds
	}
	partials, err := t.Files("layouts/partials")
	if err != nil {
		return nil, err
	}
	common := template.New("base").Funcs(funcs)
	for _, name := range append([]string{"base.html"}, prefix("partials/", partials)...) {
		if err := parse(common, t, "layouts/"+name); err != nil {
			return nil, err
		}
	}
	for _, kind := range kinds {
		page, err := common.Clone()
		if err != nil {
			return nil, err
		}
		if err := parse(page, t, "layouts/"+kind+".html"); err != nil {
			return nil, err
		}
		r.pages[kind] = page
	}
	return r, nil
}

func parse(into *template.Template, t *Theme, name string) error {
	src, where, err := t.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := into.New(name).Parse(string(src)); err != nil {
		return fmt.Errorf("%s: %w", where, err)
	}
	return nil
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

// Page renders p with the template of its kind and writes it, minified
// when the site asks for it.
func (r *Renderer) Page(w io.Writer, p *Page) error {
	if _, ok := r.pages[p.Kind]; !ok {
		return fmt.Errorf("no layout for page kind %q", p.Kind)
	}
	if done, err := r.writeDirect(w, p); done || err != nil {
		return err
	}
	return r.pageByTemplate(w, p)
}

// NoDirect makes every page go through the templates. A site whose
// narratives may hold raw HTML (unsafe_html) needs it: a fragment left
// open would change how the minifier reads the rest of the page, which a
// narrative minified on its own cannot know.
func (r *Renderer) NoDirect() { r.direct = nil }

// pageByTemplate executes p's layout and minifies the result.
func (r *Renderer) pageByTemplate(w io.Writer, p *Page) error {
	t := r.pages[p.Kind]
	buf := r.bufs.Get().(*bytes.Buffer)
	defer func() { buf.Reset(); r.bufs.Put(buf) }()
	if err := t.ExecuteTemplate(buf, "base", p); err != nil {
		return fmt.Errorf("页面 /%s（%s 版式）：%w", p.Path, p.Kind, err)
	}
	return r.writePage(w, buf.Bytes())
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

func newMinifier() *minify.M {
	m := minify.New()
	// End and document tags are kept: some government CMS importers and
	// older assistive software mis-parse documents without them.
	m.Add("text/html", &html.Minifier{KeepEndTags: true, KeepDocumentTags: true, KeepQuotes: true, KeepDefaultAttrVals: true})
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
