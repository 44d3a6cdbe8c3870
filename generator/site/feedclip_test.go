package site

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/feed"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// TestFeedClipsALongOverview: an item carries at most about
// feed.MaxContentHTML of the 总体情况, cut between paragraphs, with a
// link to the page; the page itself keeps every paragraph.
func TestFeedClipsALongOverview(t *testing.T) {
	long := strings.Repeat("这是一段很长的总体情况。", 40) + "\n\n"
	var body strings.Builder
	for i := range 200 {
		fmt.Fprintf(&body, "第%d段：%s", i, long)
	}
	narrative := strings.Replace(sitetest.Narrative, "总体情况正文。", body.String()+"最后一段。", 1)
	if narrative == sitetest.Narrative {
		t.Fatal("the narrative has no 总体情况正文 to replace")
	}
	dir := sitetest.Write(t, strings.Replace(twoYears(), "-- content/demo/2023.md --\n"+sitetest.Narrative, "-- content/demo/2023.md --\n"+narrative, 1))
	if _, err := build(t, dir); err != nil {
		t.Fatal(err)
	}
	public := filepath.Join(dir, "public")
	var f struct {
		Items []struct {
			URL         string `json:"url"`
			ContentHTML string `json:"content_html"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(sitetest.Read(t, public, "feed.json")), &f); err != nil {
		t.Fatal(err)
	}
	item := f.Items[0]
	if !strings.HasSuffix(item.URL, "/demo/2023/") {
		t.Fatalf("first item is %s", item.URL)
	}
	if n := len(item.ContentHTML); n > feed.MaxContentHTML+500 || n < feed.MaxContentHTML/2 {
		t.Errorf("content_html is %d bytes; want about %d", n, feed.MaxContentHTML)
	}
	if strings.Contains(item.ContentHTML, "最后一段") || !strings.Contains(item.ContentHTML, `全文见<a href="`+item.URL+`">`) {
		t.Errorf("the clipped item does not end with a link to the page:\n…%s", item.ContentHTML[max(0, len(item.ContentHTML)-300):])
	}
	if !strings.HasSuffix(strings.TrimSpace(strings.Split(item.ContentHTML, "<p>（总体情况较长")[0]), "</p>") {
		t.Error("the cut is not between paragraphs")
	}
	if page := sitetest.Read(t, public, "demo/2023/index.html"); !strings.Contains(page, "最后一段") {
		t.Error("the page lost the end of the overview")
	}
}
