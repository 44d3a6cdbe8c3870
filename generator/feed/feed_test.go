package feed

import (
	"strconv"
	"strings"
	"testing"
)

func TestPaginate(t *testing.T) {
	f := Feed{Title: "t", FeedURL: "https://x/feed.json"}
	for i := 0; i < 5; i++ {
		f.Items = append(f.Items, Item{ID: string(rune('a' + i))})
	}
	url := func(i int) string { return "https://x/" + PageName(i) }
	for _, tc := range []struct {
		size  int
		sizes []int
	}{{5, []int{5}}, {10, []int{5}}, {2, []int{2, 2, 1}}, {1, []int{1, 1, 1, 1, 1}}} {
		pages := Paginate(f, tc.size, url)
		if len(pages) != len(tc.sizes) {
			t.Fatalf("size %d: %d pages, want %d", tc.size, len(pages), len(tc.sizes))
		}
		for i, p := range pages {
			if len(p.Items) != tc.sizes[i] || p.FeedURL != f.FeedURL {
				t.Errorf("size %d page %d: %d items, feed_url %q", tc.size, i, len(p.Items), p.FeedURL)
			}
			wantNext := ""
			if i+1 < len(pages) {
				wantNext = "https://x/feed-" + string(rune('2'+i)) + ".json"
			}
			if p.NextURL != wantNext {
				t.Errorf("size %d page %d: next_url %q, want %q", tc.size, i, p.NextURL, wantNext)
			}
		}
	}
}

func TestSortItems(t *testing.T) {
	item := func(org string, year int, published string) Item {
		return NewItem(Item{ID: org + strconv.Itoa(year), Gongkai: Extension{Org: org, Year: year}}, published)
	}
	items := []Item{
		item("b", 2022, ""),
		item("a", 2023, "2024-01-20"),
		item("b", 2023, "2024-01-20"),
		item("a", 2021, ""),
		item("c", 2024, "2025-01-31"),
		item("a", 2022, "2024-01-20"), // a late publication of an older year
	}
	SortItems(items)
	var got []string
	for _, it := range items {
		got = append(got, it.ID)
	}
	if want := "c2024 a2023 b2023 a2022 b2022 a2021"; strings.Join(got, " ") != want {
		t.Errorf("order %v, want %s", got, want)
	}
	if items[0].DatePublished != "2025-01-31T00:00:00+08:00" || items[5].DatePublished != "" {
		t.Errorf("date_published: %q, %q", items[0].DatePublished, items[5].DatePublished)
	}
}
