// Package feed writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1):
// the portal's feed and each organ's, one item per report, paginated.
package feed

import (
	"sort"
	"strconv"
)

// JSONFeedVersion is the JSON Feed version the feeds follow.
const JSONFeedVersion = "https://jsonfeed.org/version/1.1"

// PageSize is the number of items in one feed file. A portal of a few
// hundred organs publishes thousands of reports; readers poll the first
// page and follow next_url only to backfill. (A variable only so that
// tests can page small portals.)
var PageSize = 50

// Feed is a JSON Feed 1.1 document.
type Feed struct {
	Version     string `json:"version"`
	Title       string `json:"title"`
	HomePageURL string `json:"home_page_url,omitempty"`
	FeedURL     string `json:"feed_url,omitempty"`
	Description string `json:"description,omitempty"`
	Language    string `json:"language,omitempty"`
	NextURL     string `json:"next_url,omitempty"`
	Items       []Item `json:"items"`
}

// Item is one report in a feed.
type Item struct {
	ID            string       `json:"id"`
	URL           string       `json:"url"`
	Title         string       `json:"title"`
	Summary       string       `json:"summary,omitempty"`
	ContentHTML   string       `json:"content_html"`
	DatePublished string       `json:"date_published,omitempty"`
	Attachments   []Attachment `json:"attachments"`
	Gongkai       Extension    `json:"_gongkai"`

	published string // YYYY-MM-DD, for sorting
}

// Attachment is a data file of a report.
type Attachment struct {
	URL      string `json:"url"`
	MIMEType string `json:"mime_type"`
	Title    string `json:"title,omitempty"`
}

// Extension is the _gongkai object of an item: enough to fetch the data
// without parsing the page.
type Extension struct {
	About   string `json:"about"`
	Org     string `json:"org"`
	Year    int    `json:"year"`
	DataURL string `json:"data_url"`
}

// NewItem is a feed item; published is YYYY-MM-DD or "" when unknown, in
// which case the item has no date_published rather than an invented one.
func NewItem(it Item, published string) Item {
	it.published = published
	if published != "" {
		// The date of a Chinese government publication is a Beijing date.
		it.DatePublished = published + "T00:00:00+08:00"
	}
	return it
}

// SortItems orders items newest first: by publication date (undated
// last), then year, then organ.
func SortItems(items []Item) {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		return Newer(a.published, a.Gongkai.Year, a.Gongkai.Org, b.published, b.Gongkai.Year, b.Gongkai.Org)
	})
}

// Newer reports whether the item of a report published on pa (or ""),
// of year ya, by organ oa, comes before that of b in a feed: the order
// of SortItems, for a caller that sorts reports before making items.
func Newer(pa string, ya int, oa string, pb string, yb int, ob string) bool {
	if pa != pb {
		return pa > pb
	}
	if ya != yb {
		return ya > yb
	}
	return oa < ob
}

// Paginate splits f into pages of at most size items, chained by
// next_url; pageURL(i) is the absolute URL of page i (0 is f itself).
// Every page keeps the first page's feed_url, which identifies the feed.
func Paginate(f Feed, size int, pageURL func(i int) string) []Feed {
	if len(f.Items) <= size {
		return []Feed{f}
	}
	var pages []Feed
	for i := 0; i*size < len(f.Items); i++ {
		p := f
		p.Items = f.Items[i*size : min((i+1)*size, len(f.Items))]
		if (i+1)*size < len(f.Items) {
			p.NextURL = pageURL(i + 1)
		}
		pages = append(pages, p)
	}
	return pages
}

// PageName is the file name of page i of a feed: feed.json, feed-2.json…
func PageName(i int) string {
	if i == 0 {
		return "feed.json"
	}
	return "feed-" + strconv.Itoa(i+1) + ".json"
}
