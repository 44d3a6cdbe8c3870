package serve

import (
	"slices"
	"strings"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/generator/layout"
	"github.com/gongkai/gongkai/generator/report"
)

// The seam of the incremental rebuild: which changed inputs make which
// outputs of the previous build stale. Each output declares what it is
// made from (layout.Inputs, by its place in the URL scheme); a scope
// classifies the changed files in the same terms, and an output none of
// whose inputs changed is kept. Together they make this table:
//
//	config.toml, layouts/, static/, themes/  every output
//	content/<org>/<year>.toml|.md            <org>/<year>/… and the neighbouring
//	                                         reports' <org>/<prev|next>/… (links,
//	                                         comparison, carry-over), <org>/… outside
//	                                         year directories
//	  … created or removed                   also years/<year>/ and the neighbouring
//	                                         years' pages, compare/, the home page,
//	                                         the sitemap
//	  … <year>.toml modified                 also years/<year>/ and compare/ (the
//	                                         figures), the home page and the sitemap
//	                                         if the report's date of publication changed
//	  … <year>.md modified                   nothing more: the summaries show no prose
//	content/<org>/ anything else             every output of the organ, every years/
//	                                         page, compare/, the home page
//	anything else                            every output
//
// The other outputs at the top of the site (feeds, data/, schema/,
// assets/) summarise everything and are always made again; serve's
// site.Memo makes the feed and data/reports.csv cheap. An output whose
// kind declares nothing else is stale, so a new kind of output is correct
// before it is fast.
type scope struct {
	full    bool
	organs  map[string]bool         // organs changed as a whole
	reports map[string]map[int]bool // org → years whose report files changed
	data    map[int]bool            // years with a modified <year>.toml
	moved   map[int]bool            // years with a report file created or removed
}

// scopeOf classifies changed paths.
func scopeOf(changes []Change) scope {
	s := scope{organs: map[string]bool{}, reports: map[string]map[int]bool{}, data: map[int]bool{}, moved: map[int]bool{}}
	for _, c := range changes {
		seg := strings.Split(c.Path, "/")
		y, ext, isReport := 0, "", false
		if len(seg) == 3 {
			y, ext, isReport = layout.ParseReportName(seg[2])
		}
		switch {
		case seg[0] != layout.ContentDir || len(seg) == 1:
			s.full = true
		case isReport:
			if s.reports[seg[1]] == nil {
				s.reports[seg[1]] = map[int]bool{}
			}
			s.reports[seg[1]][y] = true
			switch {
			case c.Kind != Modified:
				s.moved[y] = true
			case ext == "toml":
				s.data[y] = true
			}
		default:
			s.organs[seg[1]] = true
		}
	}
	return s
}

// keeper says which outputs of the build of old are still valid for cur,
// the site after the changes: file about one output, group about every
// output under a first path segment (see files), which must agree with
// file about each of them.
type keeper struct {
	file  func(rel string) bool
	group func(name string) bool
}

// keeper returns the keeper of the outputs of old's build for cur.
func (s scope) keeper(old, cur *content.Site) keeper {
	if s.full || old == nil {
		no := func(string) bool { return false }
		return keeper{no, no}
	}
	before, after := bySlug(old), bySlug(cur)
	years := func(org string) ([]int, bool) { return organYears(before[org], after[org]) }
	all := allYears(old, cur)
	// An organ none of whose inputs changed keeps all its outputs, below
	// as in file; most organs of a large portal, after one edit.
	group := func(name string) bool {
		if !layout.ValidSlug(name) || s.organs[name] || len(s.reports[name]) > 0 {
			return false // not an organ's, or one with a change
		}
		return before[name] != nil && after[name] != nil // as years(name)
	}
	// Called for each output of the groups not kept whole: it is kept
	// when none of the inputs it declares (layout.Inputs) changed.
	file := func(rel string) bool {
		in := layout.OutputOf(rel).Inputs(rel)
		switch {
		case in.All:
			return false
		case in.Organs && len(s.organs) > 0:
			return false
		case in.Reports && in.Year == 0 && len(s.moved) > 0:
			return false
		case in.Reports && in.Year != 0 && s.yearMoved(all, in.Year):
			return false
		case in.Figures && in.Year == 0 && len(s.data) > 0:
			return false
		case in.Figures && in.Year != 0 && s.data[in.Year]:
			return false
		case in.Published && !s.samePublished(before, after):
			return false
		case in.Organ == "":
			return true
		}
		ys, ok := years(in.Organ)
		switch {
		case !ok || s.organs[in.Organ]:
			return false
		case in.OrganReports:
			return len(s.reports[in.Organ]) == 0
		case in.Report:
			return !s.touches(ys, in.Organ, in.Year)
		}
		return true
	}
	return keeper{file, group}
}

// touches reports whether a changed report of org (any organ when org is
// "") is year y or its neighbour in years: a report's pages link the
// previous and the next report, compare with the previous one, and carry
// the carry-over check against it.
func (s scope) touches(years []int, org string, y int) bool {
	for o, changed := range s.reports {
		if org != "" && o != org {
			continue
		}
		for c := range changed {
			if c == y || !between(years, min(c, y), max(c, y)) {
				return true
			}
		}
	}
	return false
}

// yearMoved reports whether a report of year y, or of a year next to y
// in years, was created or removed: a year page lists the organs with and
// without a report that year, and links the previous and the next year.
func (s scope) yearMoved(years []int, y int) bool {
	for c := range s.moved {
		if c == y || !between(years, min(c, y), max(c, y)) {
			return true
		}
	}
	return false
}

// samePublished reports whether every changed report that is in both
// sites has the same date of publication in both: what the home page
// shows of a report besides its organ and year.
func (s scope) samePublished(before, after map[string]*report.Organ) bool {
	for org, changed := range s.reports {
		a, b := before[org], after[org]
		for y := range changed {
			r, q := reportOf(a, y), reportOf(b, y)
			if (r == nil) != (q == nil) || r != nil && r.Published != q.Published {
				return false
			}
		}
	}
	return true
}

func reportOf(o *report.Organ, year int) *report.Report {
	if o == nil {
		return nil
	}
	for _, r := range o.Reports {
		if r.Year == year {
			return r
		}
	}
	return nil
}

// between reports whether some year lies strictly between a and b.
func between(years []int, a, b int) bool {
	for _, y := range years {
		if a < y && y < b {
			return true
		}
	}
	return false
}

// bySlug indexes a site's organs.
func bySlug(s *content.Site) map[string]*report.Organ {
	out := make(map[string]*report.Organ, len(s.Organs))
	for _, o := range s.Organs {
		out[o.Slug] = o
	}
	return out
}

// organYears lists the report years of an organ present in both sites
// (ok false otherwise), from both, so that a deleted or added report
// still counts as a neighbour.
func organYears(old, cur *report.Organ) (years []int, ok bool) {
	if old == nil || cur == nil {
		return nil, false
	}
	for _, r := range old.Reports {
		years = append(years, r.Year)
	}
	for _, r := range cur.Reports {
		years = append(years, r.Year)
	}
	return years, true
}

// allYears lists the years of the reports of both sites, each once.
func allYears(sites ...*content.Site) []int {
	var out []int
	for _, s := range sites {
		for _, o := range s.Organs {
			for _, r := range o.Reports {
				if !slices.Contains(out, r.Year) {
					out = append(out, r.Year)
				}
			}
		}
	}
	return out
}
