package site

import (
	"slices"

	"github.com/gongkai/gongkai/generator/feed"
	"github.com/gongkai/gongkai/generator/render"
	"github.com/gongkai/gongkai/generator/report"
)

// Memo keeps, from one build to the next, what the outputs that list
// every report (the portal's feed, /data/reports.csv) made of each
// report, so that after one edit they are assembled rather than made
// again. It relies on two facts: organs and reports are never modified
// once loaded, and content.Cache gives new values for changed files and
// for every report of an organ with a changed file, so an (organ, report)
// pair of values is one version of both. What else these outputs depend
// on (config.toml, the theme) must not change while a Memo is in use:
// serve starts a new one for every full rebuild. Build never uses one.
//
// Each field belongs to one job of a build, and builds do not overlap.
type Memo struct {
	feedPages map[string]feedPage // portal feed pages, by output path
	csvLines  map[*report.Report]csvLine
	csvSize   int // bytes of the last reports.csv
}

// NewMemo returns an empty memo.
func NewMemo() *Memo { return &Memo{} }

// pair is one report and the organ it was loaded with.
type pair struct {
	o *report.Organ
	r *report.Report
}

type feedPage struct {
	items []pair
	next  bool
	data  []byte
}

type csvLine struct {
	o    *report.Organ
	data []byte
}

// writeMemoFeed is writeFeed for the portal's feed with a memo: items are
// ordered by their sort keys alone, and only a page whose reports or
// position changed is made and encoded again.
func (b *builder) writeMemoFeed(f feed.Feed) error {
	m := b.opts.Memo
	var all []pair
	for _, o := range b.site.Organs {
		for _, r := range o.Reports {
			all = append(all, pair{o, r})
		}
	}
	// feed.Newer orders any two distinct reports (no organ has two reports
	// of a year), so an unstable sort gives SortItems' order, faster.
	slices.SortFunc(all, func(a, c pair) int {
		switch {
		case a == c:
			return 0
		case feed.Newer(a.r.Published, a.r.Year, a.o.Slug, c.r.Published, c.r.Year, c.o.Slug):
			return -1
		}
		return 1
	})
	f.Version = feed.JSONFeedVersion
	f.FeedURL = b.abs(feed.PageName(0))
	f.Language = b.site.Config.Language
	size := feed.PageSize
	pages := map[string]feedPage{}
	for i := 0; i == 0 || i*size < len(all); i++ {
		items := all[i*size : min((i+1)*size, len(all))]
		if len(all) <= size {
			items = all
		}
		name := feed.PageName(i)
		page := feedPage{items: items, next: (i+1)*size < len(all) && len(all) > size}
		if old, ok := m.feedPages[name]; ok && old.next == page.next && samePairs(old.items, items) {
			page.data = old.data
		} else {
			p := f
			p.Items = make([]feed.Item, len(items))
			for k, it := range items {
				var err error
				if p.Items[k], err = b.feedItem(it.o, it.r); err != nil {
					return err
				}
			}
			if page.next {
				p.NextURL = b.abs(feed.PageName(i + 1))
			}
			var err error
			if page.data, err = feed.Marshal(p); err != nil {
				return err
			}
		}
		pages[name] = page
		if err := keep(b.sink, name, page.data); err != nil { // the memo never modifies it
			return err
		}
	}
	m.feedPages = pages
	return nil
}

func samePairs(a, b []pair) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// memoReportsCSV makes /data/reports.csv from each report's line of the
// last build when its organ and report are the same values, in one
// buffer of the last build's size, which the sink keeps without a copy
// when it can: 6.7 MB on a 10,000-report portal, where growing a buffer
// line by line cost more than the lines.
func (b *builder) memoReportsCSV() job {
	return func() error {
		m := b.opts.Memo
		lines := make(map[*report.Report]csvLine, len(m.csvLines))
		data := make([]byte, 0, m.csvSize)
		data = append(data, feed.ReportsCSVHeader()...)
		for _, o := range b.site.Organs {
			for _, r := range o.Reports {
				l, ok := m.csvLines[r]
				if !ok || l.o != o {
					l = csvLine{o, feed.ReportsCSVLine(feed.Row{Organ: o, Report: r,
						URL:  b.abs(render.ReportPath(o.Slug, r.Year)),
						Data: b.abs(render.ReportJSONPath(o.Slug, r.Year))})}
				}
				lines[r] = l
				data = append(data, l.data...)
			}
		}
		m.csvLines, m.csvSize = lines, len(data)
		return keep(b.sink, render.ReportsCSVPath(), data)
	}
}
