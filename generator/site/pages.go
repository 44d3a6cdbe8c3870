package site

import (
	"bytes"
	"fmt"
	"github.com/gongkai/gongkai/generator/layout"
	"html/template"
	"path"
	"sync"
	"sync/atomic"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/render"
	"github.com/gongkai/gongkai/generator/report"
)

// builder holds what every job of one build shares.
type builder struct {
	site       *content.Site
	opts       Options
	renderer   *render.Renderer
	theme      *render.Theme
	narratives *narratives // each report's narrative, rendered once
	info       *render.SiteInfo
	sink       Sink
	pages      atomic.Int64
	written    sync.Map      // page path -> kind, for the sitemap
	findings   *findingIndex // each report's findings, indexed once

	keptPages   atomic.Int64 // of pages, those the sink holds already
	sitemapKept bool         // the sink holds the sitemap (reuse.go)
	organKept   []bool       // by index in site.Organs: every output under the organ's directory is held
}

// producers list the outputs of a site, one function per concern (pages,
// comparisons, data files, feeds…). A file adds its producer in init, so
// that a new kind of output is a new file, not an edit of this one.
var producers = []producer{
	{jobs: (*builder).staticJobs},
	{jobs: (*builder).pageJobs},
}

// A producer makes the jobs of one concern. wide marks a producer whose
// jobs each list every organ or report (the year pages, the portal's feed,
// data/reports.csv): up to half a second each on a large portal. Their
// jobs are queued first, so that the thousands of small jobs fill the
// other cores around them; queued last, one of them ran alone at the end
// of the build.
type producer struct {
	jobs func(b *builder) ([]job, error)
	wide bool
}

// jobs lists every output of the site, the wide producers' first.
func (b *builder) jobs() ([]job, error) {
	var wide, rest []job
	for _, p := range producers {
		js, err := p.jobs(b)
		if err != nil {
			return nil, err
		}
		if p.wide {
			wide = append(wide, js...)
		} else {
			rest = append(rest, js...)
		}
	}
	return append(wide, rest...), nil
}

// staticJobs copies the theme's static files.
func (b *builder) staticJobs() ([]job, error) {
	statics, err := b.theme.StaticFiles()
	if err != nil {
		return nil, err
	}
	var jobs []job
	for _, f := range statics {
		jobs = append(jobs, b.static(f))
	}
	return jobs, nil
}

// pageJobs renders the home, organ and report pages, and each report's
// data files (data.go): listed next to its page, they run while the
// narrative they share with it is held (narratives.go), not a whole
// portal of pages later. They come one report behind, so that the two
// workers rarely wait on each other for the same narrative.
func (b *builder) pageJobs() ([]job, error) {
	var jobs, data []job
	jobs = append(jobs, b.pageAt(layout.HomePath(), "home", func() (*render.Page, error) { return render.HomePage(b.info, b.site.Organs), nil }))
	for i, o := range b.site.Organs {
		if b.keptOrgan(i, 1+len(o.Reports)) {
			continue
		}
		jobs = append(jobs, b.pageAt(layout.OrganPath(o.Slug), "organ", func() (*render.Page, error) { return render.OrganPage(b.info, o), nil }))
		for i, r := range o.Reports {
			page := b.pageAt(layout.ReportPath(o.Slug, r.Year), "report", func() (*render.Page, error) {
				sections, err := b.narratives.sections(r)
				if err != nil {
					return nil, err
				}
				shown := make([]template.HTML, len(sections))
				for i, h := range sections {
					shown[i] = b.renderer.Fragment(h)
				}
				return render.ReportPage(b.info, o, r, b.findings.of(r), shown), nil
			})
			if page != nil { // else not rendered: reused
				b.narratives.use(r)
			}
			jobs = append(append(jobs, page), data...)
			data = b.reportDataJobs(o, i)
		}
	}
	return append(jobs, data...), nil
}

// page renders a page view to <path>index.html.
func (b *builder) page(view func() (*render.Page, error)) job {
	b.pages.Add(1)
	return func() error {
		p, err := view()
		if err != nil {
			return err
		}
		b.written.Store(p.Path, p.Kind) // a reused page is in the site too
		if b.reused(p.Path + "index.html") {
			b.keptPages.Add(1)
			return nil
		}
		p.LiveReload = b.opts.LiveReload // set by serve only
		buf := outBufs.Get().(*bytes.Buffer)
		defer func() { buf.Reset(); outBufs.Put(buf) }()
		if err := b.renderer.Page(buf, p); err != nil {
			return err
		}
		return b.sink.Write(p.Path+"index.html", buf.Bytes())
	}
}

// outBufs are reused for rendered pages and data files: a sink does not
// keep what it is given, and a page grown from nothing reallocates its
// buffer a dozen times.
var outBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// static copies a theme file, minifying the kinds the minifier knows.
func (b *builder) static(rel string) job {
	return func() error {
		data, err := b.theme.Static(rel)
		if err != nil {
			return err
		}
		if typ := minifiable[path.Ext(rel)]; typ != "" && b.renderer.Minifies() {
			var buf bytes.Buffer
			if err := b.renderer.Write(&buf, typ, data); err != nil {
				return fmt.Errorf("%s: %w", rel, err)
			}
			data = buf.Bytes()
		}
		return b.sink.Write(rel, data)
	}
}

// minifiable maps the static file kinds that are minified to their type.
var minifiable = map[string]string{".css": "text/css", ".svg": "image/svg+xml", ".js": "text/javascript"}

// findingIndex finds a report's findings without scanning all of the
// site's for every report, which made a build quadratic in the number of
// reports on a portal with many notes.
type findingIndex struct {
	all    []report.Finding
	byFile map[string][]int // indexes into all, ascending
}

func indexFindings(fs []report.Finding) *findingIndex {
	x := &findingIndex{all: fs, byFile: map[string][]int{}}
	for i, f := range fs {
		x.byFile[f.File] = append(x.byFile[f.File], i)
	}
	return x
}

// of returns the findings about one report's files, in the site's order.
func (x *findingIndex) of(r *report.Report) []report.Finding {
	a, b := x.byFile[r.File], x.byFile[r.Narrative.File]
	if r.Narrative.File == r.File {
		b = nil
	}
	var out []report.Finding
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || (len(a) > 0 && a[0] < b[0]) {
			out, a = append(out, x.all[a[0]]), a[1:]
		} else {
			out, b = append(out, x.all[b[0]]), b[1:]
		}
	}
	return out
}
