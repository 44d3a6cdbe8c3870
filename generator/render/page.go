package render

import (
	"github.com/gongkai/gongkai/generator/layout"
	"html/template"
)

// Page is what every template receives. Body holds the page kind's own
// view (HomeBody, OrganBody, ReportBody, …).
type Page struct {
	Kind       string // template name: home, organ, report, …
	Path       string // page path relative to the site root, "" for home
	Root       string // relative prefix from this page to the site root
	Title      string // <title>
	Heading    string // the page's single h1
	Canonical  string // absolute URL
	Crumbs     []Link // breadcrumb trail, ending with this page
	Alternates []Link // JSON Feeds advertised in <head>
	JSONLD     any    // structured data for <head>, encoded as JSON-LD
	LiveReload string // script URL when served by `gongkai serve`
	Site       *SiteInfo
	Body       any
}

// SiteInfo is what every page shows of the site.
type SiteInfo struct {
	Title    string
	Language string
	BaseURL  string
	Footer   layout.Footer
}

// Link is a labelled relative link.
type Link struct {
	Label string
	Href  string
	Type  string
}

// HTMLSection is a narrative section ready for a template.
type HTMLSection struct {
	ID      string
	Heading string
	HTML    template.HTML
	Tables  []Table
}

// newPage fills the fields every page shares.
func newPage(site *SiteInfo, kind, path, title string) *Page {
	p := &Page{
		Kind:      kind,
		Path:      path,
		Root:      layout.RootFrom(path),
		Title:     title,
		Heading:   title,
		Canonical: site.BaseURL + path,
		Site:      site,
	}
	p.Alternates = feedLinks(path, nil)
	return p
}

// crumbs builds the breadcrumb trail from the home page to this page.
func (p *Page) crumbs(trail ...[2]string) {
	p.Crumbs = []Link{{Label: "首页", Href: layout.Href(p.Path, layout.HomePath())}}
	for _, t := range trail {
		p.Crumbs = append(p.Crumbs, Link{Label: t[0], Href: layout.Href(p.Path, t[1])})
	}
}
