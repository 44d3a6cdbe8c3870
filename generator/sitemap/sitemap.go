// Package sitemap writes sitemap.xml (https://www.sitemaps.org/protocol.html)
// and the robots.txt that points to it.
package sitemap

import (
	"bufio"
	"encoding/xml"
	"io"
)

// SitemapURL is one page of the sitemap.
type SitemapURL struct {
	Loc     string
	LastMod string // YYYY-MM-DD or ""
}

// Sitemap writes sitemap.xml (sitemaps.org 0.9). URLs must be absolute
// for search engines to use them, which a base_url with a host gives.
func Sitemap(w io.Writer, urls []SitemapURL) error {
	b := bufio.NewWriter(w)
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, u := range urls {
		b.WriteString("<url><loc>")
		xml.EscapeText(b, []byte(u.Loc))
		b.WriteString("</loc>")
		if u.LastMod != "" {
			b.WriteString("<lastmod>" + u.LastMod + "</lastmod>")
		}
		b.WriteString("</url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Flush()
}

// Robots is robots.txt: everything may be crawled; the sitemap is named
// when its URL is absolute, as the robots.txt standard requires.
func Robots(sitemapURL string, absolute bool) []byte {
	s := "User-agent: *\nAllow: /\n"
	if absolute {
		s += "\nSitemap: " + sitemapURL + "\n"
	}
	return []byte(s)
}
