package render

import (
	"fmt"
	"github.com/gongkai/gongkai/generator/layout"
	"html/template"
	"strconv"

	"github.com/gongkai/gongkai/generator/report"
)

// ReportTitle is the official title of a report, as printed.
func ReportTitle(o *report.Organ, year int) string {
	return fmt.Sprintf("%s%d年政府信息公开工作年度报告", o.Name, year)
}

// HomeBody is the portal home: organs by category and the latest reports.
type HomeBody struct {
	Categories []CategoryView
	Latest     []ReportLink
	Years      []int
	Reports    int
}

// CategoryView groups organs under a category heading.
type CategoryView struct {
	Name   string
	Organs []OrganLink
}

// OrganLink is an organ in a list, with links to its reports.
type OrganLink struct {
	Name    string
	Href    string
	Reports []ReportLink
}

// ReportLink is a report in a list.
type ReportLink struct {
	Organ     string
	Year      int
	Title     string
	Href      string
	Published string
}

// HomePage builds the portal home.
func HomePage(site *SiteInfo, organs []*report.Organ) *Page {
	p := newPage(site, "home", layout.HomePath(), site.Title)
	p.Crumbs = nil
	b := &HomeBody{}
	years := map[int]bool{}
	var latest []ReportLink
	for _, o := range organs {
		if len(b.Categories) == 0 || b.Categories[len(b.Categories)-1].Name != category(o) {
			b.Categories = append(b.Categories, CategoryView{Name: category(o)})
		}
		ol := OrganLink{Name: o.Name, Href: layout.Href(p.Path, layout.OrganPath(o.Slug))}
		for i := len(o.Reports) - 1; i >= 0; i-- {
			r := o.Reports[i]
			years[r.Year] = true
			ol.Reports = append(ol.Reports, reportLink(p.Path, o, r))
			b.Reports++
		}
		if r := o.Latest(); r != nil {
			latest = append(latest, reportLink(p.Path, o, r))
		}
		c := &b.Categories[len(b.Categories)-1]
		c.Organs = append(c.Organs, ol)
	}
	sortLatest(latest)
	if len(latest) > 20 {
		latest = latest[:20]
	}
	b.Latest = latest
	for y := range years {
		b.Years = append(b.Years, y)
	}
	sortDesc(b.Years)
	p.Body = b
	return p
}

func category(o *report.Organ) string {
	if o.Category == "" {
		return "其他"
	}
	return o.Category
}

func reportLink(from string, o *report.Organ, r *report.Report) ReportLink {
	return ReportLink{Organ: o.Name, Year: r.Year, Title: ReportTitle(o, r.Year),
		Href: layout.Href(from, layout.ReportPath(o.Slug, r.Year)), Published: r.Published}
}

// OrganBody is an organ's page: its reports by year.
type OrganBody struct {
	Name     string
	Category string
	Website  string
	Reports  []ReportLink
	// History, Gaps and Compares are the year-over-year part
	// (history.go, compare.go).
	History  HistoryView
	Gaps     []int
	Compares []Link
}

// OrganPage builds an organ's page.
func OrganPage(site *SiteInfo, o *report.Organ) *Page {
	path := layout.OrganPath(o.Slug)
	p := newPage(site, "organ", path, o.Name+"政府信息公开工作年度报告")
	p.Heading = o.Name
	p.Alternates = feedLinks(path, o)
	p.crumbs([2]string{o.Name, path})
	b := &OrganBody{Name: o.Name, Category: category(o), Website: o.Website}
	for i := len(o.Reports) - 1; i >= 0; i-- {
		b.Reports = append(b.Reports, reportLink(path, o, o.Reports[i]))
	}
	b.History, b.Gaps, b.Compares = history(organYears(o)), missingYears(o), organCompares(path, o)
	p.Body = b
	return p
}

// ReportBody is a report's page.
type ReportBody struct {
	Organ        string
	OrganHref    string
	Year         int
	Published    string
	FormatNote   string // set for a report in a format other than 2021's
	Sections     []HTMLSection
	Acknowledged []AckView
	Prev, Next   *ReportLink
	Data         []Link // the report's data files
	// Comparisons this report takes part in (compare.go).
	CompareWithPrev, CompareWithNext *Link
}

// AckView is an acknowledged finding shown in the 数据核对说明 notice.
type AckView struct {
	Rule    string
	Row     string
	Message string
	Note    string
}

// ReportPage builds a report's page. findings are the report's own,
// from which the acknowledged ones are shown; sections are its narrative
// rendered (Markdown.Sections), one per report.Sections, so that a build
// renders it once for the page, report.json and the feeds.
func ReportPage(site *SiteInfo, o *report.Organ, r *report.Report, findings []report.Finding, sections []template.HTML) *Page {
	path := layout.ReportPath(o.Slug, r.Year)
	p := newPage(site, "report", path, ReportTitle(o, r.Year))
	p.Alternates = feedLinks(path, o)
	p.JSONLD = ReportDataset(site, o, r)
	p.crumbs([2]string{o.Name, layout.OrganPath(o.Slug)}, [2]string{strconv.Itoa(r.Year) + "年", path})
	b := &ReportBody{Organ: o.Name, OrganHref: layout.Href(path, layout.OrganPath(o.Slug)), Year: r.Year, Published: r.Published}
	b.Data = dataLinks(path, o, r)
	if f := report.FormatOf(r.Format); f != nil {
		b.FormatNote = f.Note
	}
	b.Sections = make([]HTMLSection, 0, len(report.Sections))
	for i, s := range report.Sections {
		var h template.HTML
		if i < len(sections) {
			h = sections[i]
		}
		sec := HTMLSection{ID: s.ID, Heading: s.Heading(), HTML: h}
		switch s.ID {
		case "active":
			sec.Tables = ActiveTables(r)
		case "applications":
			sec.Tables = []Table{ApplicationsTable(r)}
		case "appeals":
			sec.Tables = []Table{AppealsTable(r)}
		}
		b.Sections = append(b.Sections, sec)
	}
	for _, f := range findings {
		if f.Acknowledged && f.File == r.File {
			b.Acknowledged = append(b.Acknowledged, AckView{Rule: f.Rule, Row: f.Row, Message: f.Message, Note: f.AckNote})
		}
	}
	for i, x := range o.Reports {
		if x != r {
			continue
		}
		if i > 0 {
			l := reportLink(path, o, o.Reports[i-1])
			b.Prev = &l
		}
		if i+1 < len(o.Reports) {
			l := reportLink(path, o, o.Reports[i+1])
			b.Next = &l
		}
	}
	b.CompareWithPrev, b.CompareWithNext = compareLinks(path, o, r)
	p.Body = b
	return p
}
