package content

import (
	"path/filepath"
	"strings"

	"github.com/gongkai/gongkai/generator/layout"
	"github.com/gongkai/gongkai/generator/report"
)

// Cache keeps what loading a site decoded, so that serve, told which
// paths changed, loads the site again by reading only those organs:
//
//   - an organ none of whose paths changed is taken whole from the last
//     load, its checks (carry-over across years included) with it, without
//     touching the disk. Checking the size and time of every file instead
//     would cost more than the whole rebuild may take: lstat of the 22,500
//     files of a 10,000-report portal took 90–110 ms on two cores.
//   - in an organ with a changed path, a report whose two files have the
//     same inode, size, modification and change time as when they were
//     read is not read or decoded again; the organ's checks run again.
//
// The caller must name every changed path (Changed) before each Load;
// serve's watcher does. A Cache is not safe for concurrent loads.
type Cache struct {
	organs map[string]*organEntry
	dirty  map[string]bool // organs with changed paths since the last load
	all    bool            // every organ may have changed
}

// organEntry is one organ as last loaded.
type organEntry struct {
	organ    *report.Organ // nil when its directory could not be read
	findings []report.Finding
	nameLine int
	reports  map[int]reportEntry // by year
}

// reportEntry is one report as last decoded, with its files' stamps.
type reportEntry struct {
	toml, md stamp
	report   *report.Report
	findings []report.Finding
}

// stamp identifies a version of a file without reading it. The change
// time is set by the kernel on every write, so a file restored with an
// old modification time (cp -p, touch -d) still counts as changed.
type stamp struct {
	ino, size, mtime, ctime int64
}

// NewCache returns an empty cache: its first Load reads everything.
func NewCache() *Cache { return &Cache{all: true} }

// Changed records paths of the site, slash-separated and relative to its
// directory, that changed since the last Load. A path outside content/
// changes no organ (organs do not depend on the configuration); content/
// itself changes every organ.
func (c *Cache) Changed(paths []string) {
	if c.dirty == nil {
		c.dirty = map[string]bool{}
	}
	for _, p := range paths {
		rest, ok := strings.CutPrefix(p, "content")
		switch {
		case !ok:
		case rest == "":
			c.all = true
		case rest[0] == '/':
			slug, _, _ := strings.Cut(rest[1:], "/")
			c.dirty[slug] = true
		}
	}
}

// Load loads the site in dir like content.Load, reusing what is unchanged.
func (c *Cache) Load(dir string) (*Site, error) {
	return load(dir, c)
}

// reusable returns the organ's entry when none of its paths changed.
func (c *Cache) reusable(slug string) *organEntry {
	if c == nil || c.all || c.dirty[slug] {
		return nil
	}
	return c.organs[slug]
}

// previous returns the organ's last entry, to reuse its unchanged reports.
func (c *Cache) previous(slug string) *organEntry {
	if c == nil {
		return nil
	}
	return c.organs[slug]
}

// store keeps the entries of this load, and only those: an organ that is
// gone is forgotten.
func (c *Cache) store(slugs []string, entries []*organEntry) {
	if c == nil {
		return
	}
	c.organs = make(map[string]*organEntry, len(slugs))
	for i, s := range slugs {
		c.organs[s] = entries[i]
	}
	c.dirty, c.all = nil, false
}

// cachedReport loads the report of year from dir, or takes it from prev
// when its two files are as they were. Without a cache (prev == nil and
// stamps false) it only loads.
func cachedReport(dir, slug string, year int, prev *organEntry, stamps bool) (reportEntry, bool) {
	if !stamps {
		r, fs := loadReport(dir, slug, year)
		return reportEntry{report: r, findings: fs}, false
	}
	ts, tok := stampOf(filepath.Join(dir, layout.ReportName(year, "toml")))
	ms, mok := stampOf(filepath.Join(dir, layout.ReportName(year, "md")))
	if prev != nil && tok && mok {
		if e, ok := prev.reports[year]; ok && e.toml == ts && e.md == ms {
			return e, true
		}
	}
	r, fs := loadReport(dir, slug, year)
	e := reportEntry{report: r, findings: fs}
	if tok && mok {
		// Stamped before reading: a write during the read leaves a stamp
		// older than the file, and the next load reads it again.
		e.toml, e.md = ts, ms
	}
	return e, false
}
