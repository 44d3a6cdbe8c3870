package render

import (
	"github.com/gongkai/gongkai/generator/layout"
	"github.com/gongkai/gongkai/generator/report"
)

// feedLinks are the feeds a page advertises in <head>: the portal's, and
// the organ's when the page belongs to one. Links are relative, like
// every link of a page, so that a site opened from disk works.
func feedLinks(page string, o *report.Organ) []Link {
	links := []Link{{Label: "全部报告更新（JSON Feed）", Href: layout.RootFrom(page) + layout.FeedPath(), Type: layout.FeedType}}
	if o != nil {
		links = append(links, Link{Label: o.Name + "报告更新（JSON Feed）", Href: layout.RootFrom(page) + layout.OrganFeedPath(o.Slug), Type: layout.FeedType})
	}
	return links
}

// dataLinks are a report's data files, linked from its page.
func dataLinks(page string, o *report.Organ, r *report.Report) []Link {
	return []Link{
		{Label: "JSON 数据", Href: layout.RootFrom(page) + layout.ReportJSONPath(o.Slug, r.Year), Type: "application/json"},
		{Label: "CSV 表格", Href: layout.RootFrom(page) + layout.ReportCSVPath(o.Slug, r.Year), Type: "text/csv"},
	}
}
