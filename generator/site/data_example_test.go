package site_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/sitetest"
)

// The example portal lives at the repository root.
const exampleSite = "../.."

func TestExamplePortalData(t *testing.T) {
	public := build(t, exampleSite, "")
	if n := validateAll(t, public); n != 13 {
		t.Errorf("validated %d report.json files, want the example portal's 13", n)
	}

	var f struct {
		Version string `json:"version"`
		FeedURL string `json:"feed_url"`
		NextURL string `json:"next_url"`
		Items   []struct {
			ID            string `json:"id"`
			DatePublished string `json:"date_published"`
			Gongkai       struct {
				Org     string `json:"org"`
				Year    int    `json:"year"`
				DataURL string `json:"data_url"`
			} `json:"_gongkai"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(sitetest.Read(t, public, "feed.json")), &f); err != nil {
		t.Fatal(err)
	}
	if f.Version != "https://jsonfeed.org/version/1.1" || f.FeedURL != "https://example.gov.cn/nianbao/feed.json" || f.NextURL != "" {
		t.Errorf("feed head: version %q, feed_url %q, next_url %q", f.Version, f.FeedURL, f.NextURL)
	}
	if len(f.Items) != 13 {
		t.Fatalf("feed has %d items, want 13", len(f.Items))
	}
	for i := 1; i < len(f.Items); i++ {
		a, b := f.Items[i-1], f.Items[i]
		if a.DatePublished != "" && b.DatePublished != "" && a.DatePublished < b.DatePublished {
			t.Errorf("item %d (%s) published before item %d (%s): not newest first", i-1, a.ID, i, b.ID)
		}
	}
	for _, it := range f.Items {
		want := "https://example.gov.cn/nianbao/" + it.Gongkai.Org + "/"
		if !strings.HasPrefix(it.ID, want) || !strings.HasSuffix(it.Gongkai.DataURL, "/report.json") {
			t.Errorf("item %s: id or data_url not the report's absolute URL: %+v", it.ID, it.Gongkai)
		}
		if !strings.Contains(sitetest.Read(t, public, "sitemap.xml"), "<loc>"+it.ID+"</loc>") {
			t.Errorf("sitemap.xml lacks %s", it.ID)
		}
	}
	if !strings.Contains(sitetest.Read(t, public, "pingtan/feed.json"), `"feed_url": "https://example.gov.cn/nianbao/pingtan/feed.json"`) {
		t.Error("pingtan/feed.json is not the organ's feed")
	}

	page := sitetest.Read(t, public, "pingtan/2023/index.html")
	for _, want := range []string{
		`<link rel="alternate" type="application/feed+json" title="全部报告更新（JSON Feed）" href="../../feed.json">`,
		`href="../../pingtan/feed.json"`,
		`<a href="../../pingtan/2023/report.json" type="application/json">JSON 数据</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("report page lacks %s", want)
		}
	}
	m := regexp.MustCompile(`<script type="application/ld\+json">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("report page has no JSON-LD")
	}
	var ld struct {
		Type         string `json:"@type"`
		Distribution []struct {
			ContentURL string `json:"contentUrl"`
		} `json:"distribution"`
	}
	if err := json.Unmarshal([]byte(m[1]), &ld); err != nil {
		t.Fatalf("JSON-LD: %v", err)
	}
	if ld.Type != "Dataset" || len(ld.Distribution) != 2 || ld.Distribution[0].ContentURL != "https://example.gov.cn/nianbao/pingtan/2023/report.json" {
		t.Errorf("JSON-LD: %+v", ld)
	}
	if !strings.Contains(sitetest.Read(t, public, "index.html"), `href="feed.json"`) {
		t.Error("home page does not advertise feed.json relatively")
	}
}

// hongze 2023 prints （六）其他处理 as one line and acknowledges two
// appeals-total breaks: report.json must say so.
func TestExampleSubtotalAndAcknowledged(t *testing.T) {
	public := build(t, exampleSite, "")
	var doc struct {
		Applications struct {
			Results struct {
				Other map[string]*map[string]*int64 `json:"other"`
			} `json:"results"`
		} `json:"applications"`
		Acknowledged []struct {
			Rule, Row, Note string
			Findings        []string
		} `json:"acknowledged"`
	}
	if err := json.Unmarshal([]byte(sitetest.Read(t, public, "hongze/2023/report.json")), &doc); err != nil {
		t.Fatal(err)
	}
	other := doc.Applications.Results.Other
	if other["subtotal"] == nil || other["no_correction"] != nil || other["other"] != nil {
		t.Errorf("（六）其他处理: subtotal should be the printed row and the sub-rows null, got %v", other)
	}
	if len(doc.Acknowledged) != 2 || doc.Acknowledged[0].Row != "appeals.review" || len(doc.Acknowledged[0].Findings) == 0 {
		t.Errorf("acknowledged: %+v", doc.Acknowledged)
	}
	csv := sitetest.Read(t, public, "hongze/2023/report.csv")
	if !strings.Contains(csv, "\r\n（六）其他处理,0,0,0,0,0,0,0,applications.results.other.subtotal\r\n") ||
		strings.Contains(csv, "applications.results.other.no_correction") {
		t.Error("report.csv should show （六）其他处理 as its single printed line")
	}
}
