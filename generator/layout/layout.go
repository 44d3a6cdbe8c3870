// Package layout is the site's layout in one place (DESIGN.md §2 and §4):
// where the content of a site lives, which names are reserved, the URL
// of every page and data file a build writes, and the footer every page
// carries. The loader, the
// commands that write reports, the renderer and serve's incremental
// rebuild all ask here, so that a path changes in one place.
package layout

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The content directory (DESIGN.md §2): content/<org>/org.toml, and per
// report content/<org>/<year>.toml with its content/<org>/<year>.md.
const (
	ContentDir = "content"
	OrganFile  = "org.toml"
	ConfigFile = "config.toml"
)

// Reserved are the top-level names the site's URLs use: no organ may be
// named so.
var Reserved = []string{"years", "compare", "data", "schema", "assets"}

var (
	slugPattern = regexp.MustCompile(`^[a-z0-9-]+$`)
	reportFile  = regexp.MustCompile(`^(\d{4})\.(toml|md)$`)
)

// ValidSlug reports whether s can name an organ's directory, and so its
// URLs.
func ValidSlug(s string) bool {
	return slugPattern.MatchString(s) && !slices.Contains(Reserved, s)
}

// OrganDir is an organ's directory, relative to the site.
func OrganDir(slug string) string { return ContentDir + "/" + slug }

// ReportTOML and ReportMD are a report's two files, relative to the site.
func ReportTOML(slug string, year int) string { return OrganDir(slug) + "/" + ReportName(year, "toml") }

// ReportMD is the narrative of ReportTOML.
func ReportMD(slug string, year int) string { return OrganDir(slug) + "/" + ReportName(year, "md") }

// ReportName is the file name of a report's tables ("toml") or narrative
// ("md") inside its organ's directory.
func ReportName(year int, ext string) string { return strconv.Itoa(year) + "." + ext }

// ParseReportName reads a file name inside an organ's directory as one
// of a report's files: its year and "toml" or "md".
func ParseReportName(name string) (year int, ext string, ok bool) {
	m := reportFile.FindStringSubmatch(name)
	if m == nil {
		return 0, "", false
	}
	year, _ = strconv.Atoi(m[1])
	return year, m[2], true
}

// CheckThemeName returns why name cannot name a theme, or "": a theme is
// one directory under themes/, named without path separators or dots
// alone.
func CheckThemeName(name string) string {
	ok := name != "" && name != "." && name != ".." && len(name) <= 64
	for _, r := range name {
		if !(r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			ok = false
		}
	}
	if ok {
		return ""
	}
	if r := []rune(name); len(r) > 60 {
		name = string(r[:60]) + "…" // whole characters: a byte cut would leave invalid UTF-8
	}
	return fmt.Sprintf("theme = %q 不是主题名：主题名是站点 themes/ 中一个目录的名称，只用字母、数字、-、_ 和 .（不含路径分隔符和 ..），例如 theme = \"gov-blue\"；删去 theme 一行则用内置主题", name)
}

// SlugRule says what ValidSlug allows, for messages.
func SlugRule() string {
	return "只能用小写字母、数字和连字符（[a-z0-9-]+），且不能是保留名 " + strings.Join(Reserved, "、")
}

// Footer is the identification every page of a government website must
// show (config.toml's [footer]).
type Footer struct {
	Host     string `toml:"host"`      // 主办单位
	SiteCode string `toml:"site_code"` // 网站标识码
	ICP      string `toml:"icp"`       // ICP备案号
	Police   string `toml:"police"`    // 公安机关备案号
}

// Site paths, relative to the site root, with a trailing slash for pages
// (DESIGN.md §4). Pages link to each other relatively and name
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

// FeedPath is the portal's JSON Feed.
func FeedPath() string { return "feed.json" }

// OrganFeedPath is an organ's JSON Feed.
func OrganFeedPath(slug string) string { return slug + "/feed.json" }

// ReportJSONPath is a report's data.
func ReportJSONPath(slug string, year int) string { return ReportPath(slug, year) + "report.json" }

// ReportCSVPath is a report's tables as CSV.
func ReportCSVPath(slug string, year int) string { return ReportPath(slug, year) + "report.csv" }

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

// RootFrom is the relative prefix that leads from page path p to the
// site root: "" for the home, "../../" for "org/2023/".
func RootFrom(p string) string {
	return strings.Repeat("../", strings.Count(p, "/"))
}

// Href is the relative link from page from to page to.
func Href(from, to string) string {
	return RootFrom(from) + to + "index.html"
}

// OutputKind is what an output file of a build is, from its path.
type OutputKind int

const (
	// PortalOutput is a file at the top of the site or under a reserved
	// name other than years/ and compare/: the home page, the feeds, the
	// sitemap, data/, schema/, the theme's static files.
	PortalOutput OutputKind = iota
	// TotalsOutput is compare/index.html, the portal's totals.
	TotalsOutput
	// YearOutput is under years/<year>/.
	YearOutput
	// OrganOutput is under <org>/ outside its year directories: the
	// organ's page and feed.
	OrganOutput
	// ReportOutput is under <org>/<year>/: a report's page, data files
	// and comparison with the year before.
	ReportOutput
)

// Output is an output file's place in the URL scheme.
type Output struct {
	Kind OutputKind
	Org  string // ReportOutput and OrganOutput
	Year int    // ReportOutput and YearOutput
}

// OutputOf classifies rel, an output's slash path relative to the site.
func OutputOf(rel string) Output {
	first, rest, ok := strings.Cut(rel, "/")
	if !ok {
		return Output{Kind: PortalOutput}
	}
	second, _, deeper := strings.Cut(rest, "/")
	y, isYear := yearName(second)
	switch {
	case first == "compare":
		if rest == "index.html" {
			return Output{Kind: TotalsOutput}
		}
		return Output{Kind: PortalOutput}
	case first == "years" && isYear && deeper:
		return Output{Kind: YearOutput, Year: y}
	case slices.Contains(Reserved, first) || !ValidSlug(first):
		return Output{Kind: PortalOutput}
	case isYear && deeper:
		return Output{Kind: ReportOutput, Org: first, Year: y}
	}
	return Output{Kind: OrganOutput, Org: first}
}

// yearName reads a path segment of four digits, not starting with 0, as
// a year.
func yearName(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	return y, err == nil && y >= 1000
}

// Inputs are what an output is made from, in the terms an incremental
// rebuild sees a change in (serve): an output none of whose inputs
// changed is kept from the last build. A new kind of output declares
// its inputs here; one that declares All is made again every time, so
// it is correct before it is fast.
type Inputs struct {
	// All: the output summarises everything (a feed, a CSV of every
	// report).
	All bool
	// Organs: the organs' own files (names, categories, order).
	Organs bool
	// Reports: which reports exist, in Year and the years next to it, or
	// in every year when Year is 0.
	Reports bool
	// Figures: the tables of the reports of Year, or of every year when
	// Year is 0.
	Figures bool
	// Published: the reports' publication dates.
	Published bool
	Year      int
	// Organ: one organ's own file; with OrganReports every file of its
	// reports, or with Report its report of Year and the reports before
	// and after it (which a report's pages link and compare).
	Organ        string
	OrganReports bool
	Report       bool
}

// Inputs declares what each kind of output is made from.
func (o Output) Inputs(rel string) Inputs {
	switch o.Kind {
	case TotalsOutput:
		return Inputs{Organs: true, Reports: true, Figures: true}
	case YearOutput:
		// The organs with and without a report that year, their figures,
		// and links to the years before and after.
		return Inputs{Organs: true, Reports: true, Figures: true, Year: o.Year}
	case OrganOutput:
		return Inputs{Organ: o.Org, OrganReports: true}
	case ReportOutput:
		return Inputs{Organ: o.Org, Report: true, Year: o.Year}
	}
	if rel == "index.html" || rel == SitemapPath() {
		// The pages there are, with the dates the home page shows.
		return Inputs{Organs: true, Reports: true, Published: true}
	}
	return Inputs{All: true}
}
