package site

import (
	"bytes"
	"slices"

	"github.com/gongkai/gongkai/generator/feed"
	"github.com/gongkai/gongkai/generator/layout"
	"github.com/gongkai/gongkai/generator/opendata"
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
	csvOrder  [][]byte // the lines of the last reports.csv, in order
	csvData   []byte   // the last reports.csv

	// The portal feed's reports in the site's order, and newest first as
	// indexes into it: while no report's sort keys change, the order is
	// that of the last build and the 10,000 reports need no sort.
	listed []pair
	newest []int32

	yearRows *render.YearRows // the year pages' rows (render/yearrows.go)
}

// NewMemo returns an empty memo.
func NewMemo() *Memo { return &Memo{yearRows: render.NewYearRows()} }

// yearRows returns the memo of the year pages' rows, or nil without a
// memo or with layouts other than the default theme's, whose table
// partial might not write a row's cells as the memo keeps them.
func (b *builder) yearRows() *render.YearRows {
	if b.opts.Memo == nil || !b.theme.Pristine() {
		return nil
	}
	return b.opts.Memo.yearRows
}

// pair is one report and the organ it was loaded with.
type pair struct {
	o *report.Organ
	r *report.Report
}

type feedPage struct {
	items []pair
	made  []feed.Item // of items, by position
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
	all := m.newestFirst(b.site.Organs)
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
		old, ok := m.feedPages[name]
		if ok && old.next == page.next && samePairs(old.items, items) {
			page.data, page.made = old.data, old.made
		} else {
			// An item is made again only when its report is not the one
			// at its place on the last build's page: after one edit, one
			// item of the page (each renders its report's overview).
			p := f
			p.Items = make([]feed.Item, len(items))
			for k, it := range items {
				if k < len(old.items) && old.items[k] == it {
					p.Items[k] = old.made[k]
					continue
				}
				var err error
				if p.Items[k], err = b.feedItem(it.o, it.r); err != nil {
					return err
				}
			}
			page.made = p.Items
			if page.next {
				p.NextURL = b.abs(feed.PageName(i + 1))
			}
			var err error
			if page.data, err = opendata.Marshal(p); err != nil {
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

// newestFirst lists every report of organs in the feed's order, newest
// first.
func (m *Memo) newestFirst(organs []*report.Organ) []pair {
	var listed []pair
	for _, o := range organs {
		for _, r := range o.Reports {
			listed = append(listed, pair{o, r})
		}
	}
	if !sameKeys(m.listed, listed) {
		m.newest = make([]int32, len(listed))
		for i := range m.newest {
			m.newest[i] = int32(i)
		}
		// feed.Newer orders any two distinct reports (no organ has two
		// reports of a year), so an unstable sort gives SortItems' order.
		slices.SortFunc(m.newest, func(i, j int32) int {
			a, c := listed[i], listed[j]
			switch {
			case i == j:
				return 0
			case feed.Newer(a.r.Published, a.r.Year, a.o.Slug, c.r.Published, c.r.Year, c.o.Slug):
				return -1
			}
			return 1
		})
	}
	m.listed = listed
	all := make([]pair, len(listed))
	for k, i := range m.newest {
		all[k] = listed[i]
	}
	return all
}

// sameKeys reports whether b lists reports with a's sort keys, in a's
// order: then b sorts as a did.
func sameKeys(a, b []pair) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x != y && (x.r.Published != y.r.Published || x.r.Year != y.r.Year || x.o.Slug != y.o.Slug) {
			return false
		}
	}
	return true
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
// last build when its organ and report are the same values. When every
// line is the last build's, the file is too (an edit of prose, or of a
// figure the file does not show) and is kept as it was; otherwise it is
// assembled in one buffer of the last build's size, which the sink keeps
// without a copy when it can: the file is 6.7 MB on a 10,000-report
// portal, where growing a buffer line by line costs more than the lines
// and a copy is a large part of an edit's rebuild.
func (b *builder) memoReportsCSV() job {
	return func() error {
		m := b.opts.Memo
		lines := make(map[*report.Report]csvLine, len(m.csvLines))
		order := make([][]byte, 0, len(m.csvOrder))
		same := true
		for _, o := range b.site.Organs {
			for _, r := range o.Reports {
				l, ok := m.csvLines[r]
				if !ok || l.o != o {
					l = csvLine{o, opendata.ReportsCSVLine(opendata.Row{Organ: o, Report: r,
						URL:  b.abs(layout.ReportPath(o.Slug, r.Year)),
						Data: b.abs(layout.ReportJSONPath(o.Slug, r.Year))})}
				}
				n := len(order)
				same = same && n < len(m.csvOrder) && bytes.Equal(m.csvOrder[n], l.data)
				lines[r] = l
				order = append(order, l.data)
			}
		}
		if !same || len(order) != len(m.csvOrder) || m.csvData == nil {
			data := make([]byte, 0, len(m.csvData))
			data = append(data, opendata.ReportsCSVHeader()...)
			for _, l := range order {
				data = append(data, l...)
			}
			m.csvData = data
		}
		m.csvLines, m.csvOrder = lines, order
		return keep(b.sink, layout.ReportsCSVPath(), m.csvData) // never modified
	}
}
