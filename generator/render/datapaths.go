package render

import (
	"strconv"

	"github.com/gongkai/gongkai/generator/report"
)

// Paths of the data files (DESIGN.md §4), relative to the site root.

// FeedPath is the portal's JSON Feed.
func FeedPath() string { return "feed.json" }

// OrganFeedPath is an organ's JSON Feed.
func OrganFeedPath(slug string) string { return slug + "/feed.json" }

// ReportJSONPath is a report's data.
func ReportJSONPath(slug string, year int) string {
	return slug + "/" + strconv.Itoa(year) + "/report.json"
}

// ReportCSVPath is a report's tables as CSV.
func ReportCSVPath(slug string, year int) string {
	return slug + "/" + strconv.Itoa(year) + "/report.csv"
}

// ReportsCSVPath is the portal's one-row-per-report table.
func ReportsCSVPath() string { return "data/reports.csv" }

// DataPackagePath is the Frictionless descriptor of the CSVs.
func DataPackagePath() string { return "data/datapackage.json" }

// SchemaPath is the JSON Schema of report.json.
func SchemaPath() string { return "schema/report.schema.json" }

// SitemapPath is the sitemap.
func SitemapPath() string { return "sitemap.xml" }

// FeedType is the media type of JSON Feed.
const FeedType = "application/feed+json"

// feedLinks are the feeds a page advertises in <head>: the portal's, and
// the organ's when the page belongs to one. Links are relative, like
// every link of a page, so that a site opened from disk works.
func feedLinks(page string, o *report.Organ) []Link {
	links := []Link{{Label: "全部报告更新（JSON Feed）", Href: rootFrom(page) + FeedPath(), Type: FeedType}}
	if o != nil {
		links = append(links, Link{Label: o.Name + "报告更新（JSON Feed）", Href: rootFrom(page) + OrganFeedPath(o.Slug), Type: FeedType})
	}
	return links
}

// dataLinks are a report's data files, linked from its page.
func dataLinks(page string, o *report.Organ, r *report.Report) []Link {
	return []Link{
		{Label: "JSON 数据", Href: rootFrom(page) + ReportJSONPath(o.Slug, r.Year), Type: "application/json"},
		{Label: "CSV 表格", Href: rootFrom(page) + ReportCSVPath(o.Slug, r.Year), Type: "text/csv"},
	}
}
