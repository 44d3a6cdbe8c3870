package layout

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestOutputOf(t *testing.T) {
	for rel, want := range map[string]Output{
		"index.html":                     {Kind: PortalOutput},
		"feed.json":                      {Kind: PortalOutput},
		"sitemap.xml":                    {Kind: PortalOutput},
		"data/reports.csv":               {Kind: PortalOutput},
		"schema/report.schema.json":      {Kind: PortalOutput},
		"assets/style.css":               {Kind: PortalOutput},
		"compare/index.html":             {Kind: TotalsOutput},
		"years/2023/index.html":          {Kind: YearOutput, Year: 2023},
		"hongze/index.html":              {Kind: OrganOutput, Org: "hongze"},
		"hongze/feed.json":               {Kind: OrganOutput, Org: "hongze"},
		"hongze/2023/index.html":         {Kind: ReportOutput, Org: "hongze", Year: 2023},
		"hongze/2023/report.json":        {Kind: ReportOutput, Org: "hongze", Year: 2023},
		"hongze/2023/compare/index.html": {Kind: ReportOutput, Org: "hongze", Year: 2023},
		"hongze/0123/index.html":         {Kind: OrganOutput, Org: "hongze"},
	} {
		if got := OutputOf(rel); got != want {
			t.Errorf("OutputOf(%q) = %+v, want %+v", rel, got, want)
		}
	}
}

// TestPathsAgree: every path a build writes for a report, an organ or a
// year is classified back to it.
func TestPathsAgree(t *testing.T) {
	for _, p := range []string{ReportPath("a", 2023) + "index.html", ReportJSONPath("a", 2023), ReportCSVPath("a", 2023), ComparePath("a", 2023) + "index.html"} {
		if got := OutputOf(p); got != (Output{Kind: ReportOutput, Org: "a", Year: 2023}) {
			t.Errorf("%s: %+v", p, got)
		}
	}
	for _, p := range []string{OrganPath("a") + "index.html", OrganFeedPath("a")} {
		if got := OutputOf(p); got != (Output{Kind: OrganOutput, Org: "a"}) {
			t.Errorf("%s: %+v", p, got)
		}
	}
	if got := OutputOf(YearPath(2021) + "index.html"); got != (Output{Kind: YearOutput, Year: 2021}) {
		t.Errorf("year page: %+v", got)
	}
	if got := OutputOf(PortalComparePath() + "index.html"); got != (Output{Kind: TotalsOutput}) {
		t.Errorf("totals page: %+v", got)
	}
	for _, p := range []string{FeedPath(), ReportsCSVPath(), DataPackagePath(), SchemaPath(), SitemapPath(), HomePath() + "index.html"} {
		if got := OutputOf(p); got.Kind != PortalOutput {
			t.Errorf("%s: %+v", p, got)
		}
	}
}

func TestReportNames(t *testing.T) {
	for name, want := range map[string]struct {
		year int
		ext  string
		ok   bool
	}{
		"2023.toml": {2023, "toml", true}, "2023.md": {2023, "md", true},
		"org.toml": {}, "2023.tml": {}, "023.md": {}, "2023.toml~": {},
	} {
		y, ext, ok := ParseReportName(name)
		if y != want.year || ext != want.ext || ok != want.ok {
			t.Errorf("ParseReportName(%q) = %d, %q, %v", name, y, ext, ok)
		}
	}
	if ReportTOML("a", 2023) != "content/a/2023.toml" || ReportMD("a", 2023) != "content/a/2023.md" {
		t.Error("report files are not content/<org>/<year>.toml|md")
	}
	for slug, ok := range map[string]bool{"hongze": true, "a-1": true, "years": false, "data": false, "A": false, "": false, "a_b": false} {
		if ValidSlug(slug) != ok {
			t.Errorf("ValidSlug(%q) = %v", slug, !ok)
		}
	}
}

// TestInputs: what each kind of output says it is made from; serve's
// tests hold an incremental rebuild that keeps by these to a full one.
func TestInputs(t *testing.T) {
	for rel, want := range map[string]Inputs{
		"feed.json":                 {All: true},
		"data/reports.csv":          {All: true},
		"index.html":                {Organs: true, Reports: true, Published: true},
		"sitemap.xml":               {Organs: true, Reports: true, Published: true},
		"compare/index.html":        {Organs: true, Reports: true, Figures: true},
		"years/2023/index.html":     {Organs: true, Reports: true, Figures: true, Year: 2023},
		"a/index.html":              {Organ: "a", OrganReports: true},
		"a/feed.json":               {Organ: "a", OrganReports: true},
		"a/2023/index.html":         {Organ: "a", Report: true, Year: 2023},
		"a/2023/compare/index.html": {Organ: "a", Report: true, Year: 2023},
		"a/2023/report.csv":         {Organ: "a", Report: true, Year: 2023},
	} {
		if got := OutputOf(rel).Inputs(rel); got != want {
			t.Errorf("%s: %+v, want %+v", rel, got, want)
		}
	}
}

func TestCheckThemeName(t *testing.T) {
	for name, ok := range map[string]bool{"default": true, "gov-blue_2.0": true, "": false, "..": false, "a/b": false, "蓝色": false} {
		if got := CheckThemeName(name) == ""; got != ok {
			t.Errorf("CheckThemeName(%q) ok = %v", name, got)
		}
	}
	// A long name is clipped by characters: a byte cut shows as \xe4 escapes.
	msg := CheckThemeName(strings.Repeat("主题", 100))
	// 30 of the name's, 3 of the message's own words.
	if !utf8.ValidString(msg) || strings.Contains(msg, `\x`) || !strings.Contains(msg, "…") || strings.Count(msg, "主题") > 33 {
		t.Errorf("long name: %q", msg)
	}
}
