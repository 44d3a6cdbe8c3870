package site

import "github.com/gongkai/gongkai/generator/layout"

import "github.com/gongkai/gongkai/generator/render"

// Reuse in an incremental rebuild (Options.Reuse): an output the sink
// already holds is neither produced nor written again. Producers whose
// output path is known before any work ask reused first, so that a kept
// output costs a map lookup, not the view of a page that is then not
// rendered (seconds on a 10,000-report portal).
//
// Producers of an organ's outputs first ask about the organ as a whole
// (organKept), not about each of its outputs: a large portal keeps some
// 45,000 after an edit.

// reused reports whether the sink already holds rel from a build whose
// inputs have not changed.
func (b *builder) reused(rel string) bool {
	return b.opts.Reuse != nil && b.opts.Reuse(rel)
}

// markKept records which organs' directories the sink holds whole, once
// per build. It keeps none while the sitemap is made again, which needs
// the path of every page.
func (b *builder) markKept() {
	b.organKept = make([]bool, len(b.site.Organs))
	if b.opts.Reuse == nil || !b.reused(layout.SitemapPath()) {
		return
	}
	b.sitemapKept = true
	for i, o := range b.site.Organs {
		b.organKept[i] = b.reused(layout.OrganPath(o.Slug))
	}
}

// keptOrgan reports whether the i-th organ's outputs are all kept, and
// if so counts its pages, which its producer then does not list, as kept.
func (b *builder) keptOrgan(i, pages int) bool {
	if !b.organKept[i] {
		return false
	}
	b.pages.Add(int64(pages))
	b.keptPages.Add(int64(pages))
	return true
}

// pageAt is page for a page whose path and kind are known up front: a
// reused page is no job at all (run skips nil jobs), so neither its view
// is built nor a worker woken for it. It is still in the site, for the
// sitemap.
func (b *builder) pageAt(path, kind string, view func() (*render.Page, error)) job {
	if b.reused(path + "index.html") {
		b.pages.Add(1)
		b.keptPages.Add(1)
		if !b.sitemapKept { // else nothing reads written
			b.written.Store(path, kind)
		}
		return nil
	}
	return b.page(view)
}
