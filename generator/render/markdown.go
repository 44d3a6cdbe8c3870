package render

import (
	"bufio"
	"fmt"
	stdhtml "html"
	"html/template"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/generator/report"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Markdown renders narrative prose. Raw HTML is escaped (shown as text,
// so nothing a clerk typed is silently lost) unless the site allows it;
// links are limited to safe schemes either way.
type Markdown struct {
	md goldmark.Markdown
}

// NewMarkdown returns a renderer; unsafe lets raw HTML through.
func NewMarkdown(unsafe bool) *Markdown {
	opts := []renderer.Option{}
	if unsafe {
		opts = append(opts, html.WithUnsafe())
	} else {
		opts = append(opts, renderer.WithNodeRenderers(util.Prioritized(escapedHTML{}, 100)))
	}
	md := goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(safeLinks{}, 100))),
		goldmark.WithRendererOptions(opts...),
	)
	return &Markdown{md: md}
}

// Render converts Markdown to HTML. Headings inside a section are shifted
// so that the highest is h3: h1 is the page and h2 the section.
func (m *Markdown) Render(src string) (template.HTML, error) {
	if src == "" {
		return "", nil // sections often have no prose: skip the parser
	}
	var b strings.Builder
	w := mdWriters.Get().(*bufio.Writer)
	defer mdWriters.Put(w)
	w.Reset(&b)
	err := m.md.Convert([]byte(src), w)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	w.Reset(nil)
	if err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

// Section renders section i of a report's narrative, in the order of
// report.Sections: "" when the narrative has no such section.
func (m *Markdown) Section(r *report.Report, i int) (template.HTML, error) {
	if i >= len(r.Narrative.Sections) {
		return "", nil
	}
	h, err := m.Render(r.Narrative.Sections[i])
	if err != nil {
		return "", fmt.Errorf("%s: %w", r.Narrative.File, err)
	}
	return h, nil
}

// Sections renders a report's narrative, one HTML per report.Sections,
// for ReportPage.
func (m *Markdown) Sections(r *report.Report) ([]template.HTML, error) {
	out := make([]template.HTML, len(report.Sections))
	for i := range out {
		var err error
		if out[i], err = m.Section(r, i); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// mdWriters are handed to goldmark, which otherwise wraps every output in
// a new 4 KB bufio.Writer: six per report page.
var mdWriters = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 4096) }}

// safeLinks turns links and images with an unsafe scheme into their text.
type safeLinks struct{}

func (safeLinks) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	var bad []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch x := n.(type) {
		case *ast.Link:
			if !SafeURL(string(x.Destination)) {
				bad = append(bad, n)
			}
		case *ast.Image:
			if !SafeURL(string(x.Destination)) {
				bad = append(bad, n)
			}
		case *ast.AutoLink:
			if !SafeURL(string(x.URL(src))) {
				bad = append(bad, n)
			}
		case *ast.Heading:
			if x.Level < 3 {
				x.Level = 3
			}
		}
		return ast.WalkContinue, nil
	})
	for _, n := range bad {
		parent := n.Parent()
		for c := n.FirstChild(); c != nil; {
			next := c.NextSibling()
			parent.InsertBefore(parent, n, c)
			c = next
		}
		parent.RemoveChild(parent, n)
	}
}

// SafeURL allows relative URLs and the http, https, mailto and tel
// schemes. It reads the scheme as a browser will: goldmark keeps entities
// in a destination and the page decodes them (&#106;avascript: is
// javascript:), and browsers drop tabs and newlines anywhere and control
// characters and spaces in front.
func SafeURL(raw string) bool {
	u := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, stdhtml.UnescapeString(raw))
	u = strings.TrimLeftFunc(u, func(r rune) bool { return r <= ' ' })
	if strings.ContainsRune(u, 0) {
		return false
	}
	i := strings.IndexAny(u, ":/?#")
	if i < 0 || u[i] != ':' {
		return true // no scheme: relative to the page
	}
	switch strings.ToLower(u[:i]) {
	case "http", "https", "mailto", "tel":
		return true
	}
	return false
}

// escapedHTML renders raw HTML as visible text.
type escapedHTML struct{}

func (escapedHTML) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			segs := n.(*ast.RawHTML).Segments
			for i := 0; i < segs.Len(); i++ {
				seg := segs.At(i)
				template.HTMLEscape(w, seg.Value(src))
			}
		}
		return ast.WalkSkipChildren, nil
	})
	reg.Register(ast.KindHTMLBlock, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		b := n.(*ast.HTMLBlock)
		_, _ = w.WriteString("<p>")
		lines := b.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			template.HTMLEscape(w, seg.Value(src))
		}
		if b.HasClosure() {
			closure := b.ClosureLine
			template.HTMLEscape(w, closure.Value(src))
		}
		_, _ = w.WriteString("</p>\n")
		return ast.WalkSkipChildren, nil
	})
}
