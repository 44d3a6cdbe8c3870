package site

import "github.com/gongkai/gongkai/generator/render"

// Reuse in an incremental rebuild (Options.Reuse): an output the sink
// already holds is neither produced nor written again. Producers whose
// output path is known before any work ask reused first, so that a kept
// output costs a map lookup: on a 10,000-report portal, building the
// views of the pages that were then not rendered took seconds.

// reused reports whether the sink already holds rel from a build whose
// inputs have not changed.
func (b *builder) reused(rel string) bool {
	return b.opts.Reuse != nil && b.opts.Reuse(rel)
}

// pageAt is page for a page whose path and kind are known up front: a
// reused page is no job at all (run skips nil jobs), so neither its view
// is built nor a worker woken for it. It is still in the site, for the
// sitemap.
func (b *builder) pageAt(path, kind string, view func() (*render.Page, error)) job {
	if b.reused(path + "index.html") {
		b.pages.Add(1)
		if !b.reused(render.SitemapPath()) { // else nothing reads written
			b.written.Store(path, kind)
		}
		return nil
	}
	return b.page(view)
}
