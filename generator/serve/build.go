package serve

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"maps"
	"strings"
	"sync"
	"time"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/render"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/generator/site"
)

// files is one build's output, keyed by slash path and grouped by the
// path's first segment ("" for the files at the top of the site): an
// organ's outputs are one group. It is never modified once served: a
// rebuild makes a new map that shares the groups it keeps whole, so that
// one edit of a 10,000-report portal copies 2,500 groups, not 45,000
// entries.
type files map[string]group

// group is the outputs under one first segment, keyed by the whole path.
type group map[string][]byte

// groupOf is the group of a slash path.
func groupOf(rel string) string {
	first, _, ok := strings.Cut(rel, "/")
	if !ok {
		return ""
	}
	return first
}

func (f files) get(rel string) ([]byte, bool) {
	b, ok := f[groupOf(rel)][rel]
	return b, ok
}

// set adds a file to a map being built, whose groups are its own.
func (f files) set(rel string, b []byte) {
	g := groupOf(rel)
	if f[g] == nil {
		f[g] = group{}
	}
	f[g][rel] = b
}

// memSink collects a build's output on top of the files it reuses.
type memSink struct {
	mu    sync.Mutex
	files files
}

func (m *memSink) Write(rel string, b []byte) error {
	return m.Keep(rel, bytes.Clone(b))
}

// Keep stores b itself: its writer never modifies it again (site.Keeper).
// The portal's feed (20 MB on a 10,000-report portal) is not copied.
func (m *memSink) Keep(rel string, b []byte) error {
	m.mu.Lock()
	m.files.set(rel, b)
	m.mu.Unlock()
	return nil
}

// Create streams a file into memory, which is then kept as it is: the
// large outputs (data/reports.csv, the sitemap) are not copied.
func (m *memSink) Create(rel string) (io.WriteCloser, error) {
	return &memFile{sink: m, rel: rel}, nil
}

type memFile struct {
	bytes.Buffer
	sink *memSink
	rel  string
}

func (f *memFile) Close() error { return f.sink.Keep(f.rel, f.Bytes()) }

// outcome is what one build produced.
type outcome struct {
	site     *content.Site // nil when loading failed
	files    files         // nil when the build failed
	problems []string      // why it failed, `file:line: message` each
	findings []report.Finding
	pages    int // page outputs of the site
	reused   int // … of which were kept from the previous build
	full     bool
	duration time.Duration
	loader   *content.Cache // what loading decoded, for the next build
	memo     *site.Memo     // what the portal-wide outputs made of each report
}

func (o *outcome) ok() bool { return o.files != nil }

// buildWith loads, checks and renders the site in memory. loader is the
// content cache of the last build, which may have failed; prev is the
// last successful build, whose unchanged outputs are kept (see scope.go)
// and whose loaded content is reused where unchanged.
func buildWith(loader *content.Cache, source string, changes []Change, prev *outcome) *outcome {
	start := time.Now()
	if loader == nil || changes == nil {
		loader = content.NewCache()
	}
	paths := make([]string, len(changes))
	for i, c := range changes {
		paths[i] = c.Path
	}
	loader.Changed(paths)
	out := &outcome{loader: loader}
	defer func() { out.duration = time.Since(start) }()
	s, err := loader.Load(source)
	if err != nil {
		out.problems = []string{err.Error()}
		return out
	}
	out.site, out.findings = s, s.Findings
	if report.Blocking(s.Findings) {
		for _, f := range s.Findings {
			if f.Blocking() {
				out.problems = append(out.problems, f.String())
			}
		}
		return out
	}
	sc := scopeOf(changes)
	if prev == nil || changes == nil {
		sc.full = true
	}
	out.full = sc.full
	out.memo = site.NewMemo()
	kept, whole := files{}, map[string]bool{}
	if !sc.full {
		if prev.memo != nil {
			out.memo = prev.memo
		}
		keep := sc.keeper(prev.site, s)
		for name, g := range prev.files {
			if keep.group(name) {
				kept[name], whole[name] = g, true
				continue
			}
			ng := group{}
			for rel, b := range g {
				if keep.file(rel) {
					ng[rel] = b
				}
			}
			if len(ng) > 0 {
				kept[name] = ng
			}
		}
	}
	// The new outputs go to a sink of their own and join the kept ones
	// afterwards: Reuse reads kept while the jobs run.
	sink := &memSink{files: files{}}
	opts := site.Options{Source: source, LiveReload: scriptPath, Memo: out.memo, Reuse: func(rel string) bool {
		if dir, ok := strings.CutSuffix(rel, "/"); ok && !strings.Contains(dir, "/") {
			return whole[dir] // an organ's directory
		}
		_, ok := kept.get(rel)
		return ok
	}}
	res := &site.Result{}
	if err := site.Render(s, opts, sink, res); err != nil {
		out.problems = []string{err.Error()}
		return out
	}
	for name, g := range sink.files {
		switch {
		case kept[name] == nil:
			kept[name] = g
			continue
		case whole[name]:
			// Shared with the build being served: never written to.
			kept[name], whole[name] = maps.Clone(kept[name]), false
		}
		maps.Copy(kept[name], g)
	}
	out.files, out.pages, out.reused = kept, res.Pages, res.Kept
	return out
}

// errorPage renders the page every HTML request gets while the site is
// broken, with the site's theme when it still works, plain otherwise (a
// broken layout is one way to get here).
func errorPage(source string, problems []string) []byte {
	cfg, err := content.LoadConfig(source)
	if err != nil {
		cfg = content.DefaultConfig()
	}
	p := &render.Page{Kind: "error", Root: "/", Title: "站点未能生成", Heading: "站点未能生成",
		LiveReload: scriptPath, Body: problems,
		Site: &render.SiteInfo{Title: cfg.Title, Language: cfg.Language, Footer: cfg.Footer}}
	if theme, err := render.OpenTheme(source, cfg.Theme); err == nil {
		if r, err := render.NewRenderer(theme, false); err == nil {
			var buf bytes.Buffer
			if err := r.Page(&buf, p); err == nil {
				return buf.Bytes()
			}
		}
	}
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>站点未能生成</title></head><body><main><h1>站点未能生成</h1>`)
	fmt.Fprintf(&b, "<p>以下 %d 处问题需要修改。修改保存后页面会自动刷新。</p><ol>", len(problems))
	for _, m := range problems {
		fmt.Fprintf(&b, "<li><code>%s</code></li>", html.EscapeString(m))
	}
	fmt.Fprintf(&b, `</ol></main><script src="%s"></script></body></html>`, scriptPath)
	return b.Bytes()
}

// buildingPage is served for every page until the first build is in. Its
// script names generation 0, so that it reloads even if the build
// finishes before the script's event stream connects.
func buildingPage() []byte {
	return []byte(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1"><title>正在生成站点</title>` +
		`<link rel="stylesheet" href="/assets/style.css"></head><body><main id="main" class="wrap">` +
		`<h1>正在生成站点</h1><p>第一次生成需要一些时间。生成完毕后，本页会自动刷新。</p>` +
		`<noscript><p>浏览器未启用 JavaScript：请稍后手动刷新本页。</p></noscript></main>` +
		`<script src="` + scriptPath + `?gen=0"></script></body></html>`)
}

// themeStatics returns the theme's static files as they are, so that the
// error page is styled even when no build has succeeded yet.
func themeStatics(source string) files {
	out := files{}
	cfg, err := content.LoadConfig(source)
	if err != nil {
		cfg = content.DefaultConfig()
	}
	theme, err := render.OpenTheme(source, cfg.Theme)
	if err != nil {
		return out
	}
	names, _ := theme.StaticFiles()
	for _, n := range names {
		if b, err := theme.Static(n); err == nil {
			out.set(n, b)
		}
	}
	return out
}
