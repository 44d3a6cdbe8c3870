package render

import (
	"strconv"
	"strings"
)

// Site paths, relative to the site root, always with a trailing slash for
// pages (DESIGN.md §4). Pages link to each other relatively and name
// index.html explicitly, so that a site opened from disk works too.

// HomePath is the portal home.
func HomePath() string { return "" }

// OrganPath is an organ's page.
func OrganPath(slug string) string { return slug + "/" }

// ReportPath is a report's page.
func ReportPath(slug string, year int) string { return slug + "/" + strconv.Itoa(year) + "/" }

// ComparePath is a report's comparison with the previous year.
func ComparePath(slug string, year int) string { return ReportPath(slug, year) + "compare/" }

// YearPath is the overview of one year.
func YearPath(year int) string { return "years/" + strconv.Itoa(year) + "/" }

// PortalComparePath is the portal's totals year over year.
func PortalComparePath() string { return "compare/" }

// rootFrom is the relative prefix that leads from page path p to the
// site root: "" for the home, "../../" for "org/2023/".
func rootFrom(p string) string {
	return strings.Repeat("../", strings.Count(p, "/"))
}

// href is the relative link from page `from` to page `to`.
func href(from, to string) string {
	return rootFrom(from) + to + "index.html"
}
