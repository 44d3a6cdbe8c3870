package site

import (
	"bytes"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/gongkai/gongkai/generator/feed"
	"github.com/gongkai/gongkai/generator/layout"
	"github.com/gongkai/gongkai/generator/opendata"
	"github.com/gongkai/gongkai/generator/render"
	"github.com/gongkai/gongkai/generator/report"
	"github.com/gongkai/gongkai/generator/sitemap"
)

// This file writes the open data of DESIGN.md §4–5: report.json and
// report.csv per report, the feeds, /data/, /schema/, robots.txt and,
// once every page is written, the sitemap.

func init() {
	producers = append(producers, producer{jobs: (*builder).portalFeedJobs, wide: true},
		producer{jobs: (*builder).feedJobs}, producer{jobs: (*builder).portalDataJobs, wide: true})
	finishers = append(finishers, (*builder).sitemapJobs)
}

// finishers produce outputs that depend on what the other jobs wrote;
// they run after them.
var finishers []func(b *builder) []job

func (b *builder) finishJobs() []job {
	var jobs []job
	for _, f := range finishers {
		jobs = append(jobs, f(b)...)
	}
	return jobs
}

// abs is the absolute URL of a site path.
func (b *builder) abs(rel string) string { return b.site.Config.BaseURL + rel }

// absoluteBase reports whether base_url has a scheme and host, without
// which feeds and the sitemap cannot carry absolute URLs.
func (b *builder) absoluteBase() bool {
	u := b.site.Config.BaseURL
	return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
}

// reportDataJobs writes the i-th report of o's report.json and
// report.csv. pageJobs lists them, next to the report's page.
func (b *builder) reportDataJobs(o *report.Organ, i int) []job {
	r := o.Reports[i]
	if b.reused(layout.ReportJSONPath(o.Slug, r.Year)) && b.reused(layout.ReportCSVPath(o.Slug, r.Year)) {
		return nil
	}
	b.narratives.use(r)
	return []job{
		func() error {
			// In a reused buffer, as pages are (outBufs).
			buf := outBufs.Get().(*bytes.Buffer)
			defer func() { buf.Reset(); outBufs.Put(buf) }()
			if err := b.reportJSON(buf, o, i); err != nil {
				return err
			}
			return b.sink.Write(layout.ReportJSONPath(o.Slug, r.Year), buf.Bytes())
		},
		b.stream(layout.ReportCSVPath(o.Slug, r.Year), func(w io.Writer) error {
			return opendata.ReportCSV(w, render.ReportTitle(o, r.Year), o, r)
		}),
	}
}

// reportJSON encodes the i-th report of organ o into buf.
func (b *builder) reportJSON(buf *bytes.Buffer, o *report.Organ, i int) error {
	r := o.Reports[i]
	html, err := b.narrativeHTML(r)
	if err != nil {
		return err
	}
	links := opendata.Links{
		HTML:         b.abs(layout.ReportPath(o.Slug, r.Year)),
		JSON:         b.abs(layout.ReportJSONPath(o.Slug, r.Year)),
		CSV:          b.abs(layout.ReportCSVPath(o.Slug, r.Year)),
		Organization: b.abs(layout.OrganPath(o.Slug)),
		Feed:         b.abs(layout.OrganFeedPath(o.Slug)),
		Schema:       b.abs(layout.SchemaPath()),
	}
	if i > 0 {
		links.Previous = b.abs(layout.ReportJSONPath(o.Slug, o.Reports[i-1].Year))
	}
	if i+1 < len(o.Reports) {
		links.Next = b.abs(layout.ReportJSONPath(o.Slug, o.Reports[i+1].Year))
	}
	doc := opendata.Document(opendata.Input{Organ: o, Report: r, Narrative: html,
		Findings: b.findings.of(r), Links: links})
	return opendata.MarshalTo(buf, doc)
}

// narrativeHTML is the report's six sections rendered, for report.json.
func (b *builder) narrativeHTML(r *report.Report) ([]string, error) {
	sections, err := b.narratives.sections(r)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(sections))
	for i, h := range sections {
		out[i] = string(h)
	}
	return out, nil
}

// portalFeedJobs writes the portal's feed.
func (b *builder) portalFeedJobs() ([]job, error) {
	return []job{func() error {
		f := feed.Feed{
			Title:       b.site.Config.Title,
			HomePageURL: b.abs(layout.HomePath()),
			Description: b.site.Config.Title + "：全部机关的政府信息公开工作年度报告，最新发布的在前。",
		}
		if b.opts.Memo != nil {
			return b.writeMemoFeed(f)
		}
		return b.writeFeed("", f, b.site.Organs)
	}}, nil
}

// feedJobs writes each organ's feed.
func (b *builder) feedJobs() ([]job, error) {
	var jobs []job
	for i, o := range b.site.Organs {
		if b.keptOrgan(i, 0) || b.reused(layout.OrganFeedPath(o.Slug)) {
			continue // and its further pages, which depend on nothing else
		}
		jobs = append(jobs, func() error {
			f := feed.Feed{
				Title:       o.Name + "政府信息公开工作年度报告",
				HomePageURL: b.abs(layout.OrganPath(o.Slug)),
				Description: o.Name + "历年政府信息公开工作年度报告，最新发布的在前。",
			}
			return b.writeFeed(o.Slug+"/", f, []*report.Organ{o})
		})
	}
	return jobs, nil
}

// writeFeed fills f with the reports of organs and writes it under dir,
// paginated.
func (b *builder) writeFeed(dir string, f feed.Feed, organs []*report.Organ) error {
	f.Version = feed.JSONFeedVersion
	f.FeedURL = b.abs(dir + feed.PageName(0))
	f.Language = b.site.Config.Language
	f.Items = []feed.Item{}
	for _, o := range organs {
		for _, r := range o.Reports {
			it, err := b.feedItem(o, r)
			if err != nil {
				return err
			}
			f.Items = append(f.Items, it)
		}
	}
	feed.SortItems(f.Items)
	pages := feed.Paginate(f, feed.PageSize, func(i int) string { return b.abs(dir + feed.PageName(i)) })
	for i, p := range pages {
		data, err := opendata.Marshal(p)
		if err != nil {
			return err
		}
		if err := b.sink.Write(dir+feed.PageName(i), data); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) feedItem(o *report.Organ, r *report.Report) (feed.Item, error) {
	overview, err := b.narratives.overview(r)
	if err != nil {
		return feed.Item{}, err
	}
	page := b.abs(layout.ReportPath(o.Slug, r.Year))
	data := b.abs(layout.ReportJSONPath(o.Slug, r.Year))
	content, clipped := feed.ClipHTML(string(overview), feed.MaxContentHTML)
	if clipped {
		content += `<p>（总体情况较长，此处为节选；全文见<a href="` + html.EscapeString(page) + `">报告页面</a>。）</p>`
	}
	return feed.NewItem(feed.Item{
		ID:          page,
		URL:         page,
		Title:       render.ReportTitle(o, r.Year),
		Summary:     feed.Summary(r),
		ContentHTML: content,
		Attachments: []feed.Attachment{
			{URL: data, MIMEType: "application/json", Title: "报告数据（JSON）"},
			{URL: b.abs(layout.ReportCSVPath(o.Slug, r.Year)), MIMEType: "text/csv", Title: "报告表格（CSV）"},
		},
		Gongkai: feed.Extension{About: b.abs(layout.SchemaPath()), Org: o.Slug, Year: r.Year, DataURL: data},
	}, r.Published), nil
}

// portalDataJobs writes /data/, /schema/ and robots.txt.
func (b *builder) portalDataJobs() ([]job, error) {
	reportsCSV := b.memoReportsCSV()
	if b.opts.Memo == nil {
		reportsCSV = b.stream(layout.ReportsCSVPath(), func(w io.Writer) error {
			var rows []opendata.Row
			for _, o := range b.site.Organs {
				for _, r := range o.Reports {
					rows = append(rows, opendata.Row{Organ: o, Report: r,
						URL:  b.abs(layout.ReportPath(o.Slug, r.Year)),
						Data: b.abs(layout.ReportJSONPath(o.Slug, r.Year))})
				}
			}
			return opendata.ReportsCSV(w, rows)
		})
	}
	return []job{
		reportsCSV,
		b.json(layout.DataPackagePath(), func() any { return opendata.DataPackage(b.site.Config.Title, b.abs(layout.HomePath())) }),
		b.json(layout.SchemaPath(), func() any { return opendata.Schema() }),
		func() error {
			return b.sink.Write("robots.txt", sitemap.Robots(b.abs(layout.SitemapPath()), b.absoluteBase()))
		},
	}, nil
}

func (b *builder) json(rel string, v func() any) job {
	return func() error {
		data, err := opendata.Marshal(v())
		if err != nil {
			return err
		}
		return b.sink.Write(rel, data)
	}
}

// sitemapJobs lists every page written, except error pages, sorted by
// path; a report page's lastmod is its publication date when known.
func (b *builder) sitemapJobs() []job {
	return []job{b.stream(layout.SitemapPath(), func(w io.Writer) error {
		published := map[string]string{}
		for _, o := range b.site.Organs {
			for _, r := range o.Reports {
				published[layout.ReportPath(o.Slug, r.Year)] = r.Published
			}
		}
		var paths []string
		b.written.Range(func(k, v any) bool {
			if v.(string) != "error" {
				paths = append(paths, k.(string))
			}
			return true
		})
		sort.Strings(paths)
		urls := make([]sitemap.SitemapURL, len(paths))
		for i, p := range paths {
			urls[i] = sitemap.SitemapURL{Loc: b.abs(p), LastMod: published[p]}
		}
		return sitemap.Sitemap(w, urls)
	})}
}
