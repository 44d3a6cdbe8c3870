package render

import (
	"fmt"
	"github.com/gongkai/gongkai/generator/layout"
	"strconv"

	"github.com/gongkai/gongkai/generator/report"
)

// Dataset is the schema.org Dataset that a report page describes itself
// with, in JSON-LD, so that dataset search engines find the data files.
// html/template encodes it as JSON inside <script type="application/ld+json">.
type Dataset struct {
	Context          string         `json:"@context"`
	Type             string         `json:"@type"`
	Name             string         `json:"name"`
	Description      string         `json:"description"`
	URL              string         `json:"url"`
	InLanguage       string         `json:"inLanguage,omitempty"`
	TemporalCoverage string         `json:"temporalCoverage"`
	DatePublished    string         `json:"datePublished,omitempty"`
	IsFree           bool           `json:"isAccessibleForFree"`
	Creator          Organization   `json:"creator"`
	Distribution     []DataDownload `json:"distribution"`
}

// Organization is the organ that issued the report.
type Organization struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// DataDownload is one data file of the report.
type DataDownload struct {
	Type           string `json:"@type"`
	EncodingFormat string `json:"encodingFormat"`
	ContentURL     string `json:"contentUrl"`
}

// ReportDataset describes a report's data files.
func ReportDataset(site *SiteInfo, o *report.Organ, r *report.Report) *Dataset {
	return &Dataset{
		Context: "https://schema.org",
		Type:    "Dataset",
		Name:    ReportTitle(o, r.Year),
		Description: fmt.Sprintf("%s%d年政府信息公开工作年度报告的统计数据：主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况，按《政府信息公开工作年度报告格式》（2021年版）。",
			o.Name, r.Year),
		URL:              site.BaseURL + layout.ReportPath(o.Slug, r.Year),
		InLanguage:       site.Language,
		TemporalCoverage: strconv.Itoa(r.Year),
		DatePublished:    r.Published,
		IsFree:           true,
		Creator:          Organization{Type: "GovernmentOrganization", Name: o.Name, URL: o.Website},
		Distribution: []DataDownload{
			{Type: "DataDownload", EncodingFormat: "application/json", ContentURL: site.BaseURL + layout.ReportJSONPath(o.Slug, r.Year)},
			{Type: "DataDownload", EncodingFormat: "text/csv", ContentURL: site.BaseURL + layout.ReportCSVPath(o.Slug, r.Year)},
		},
	}
}
