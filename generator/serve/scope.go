package serve

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/generator/content"
)

// The seam of the incremental rebuild: which changed inputs make which
// outputs of the previous build stale. It knows the content layout
// (DESIGN.md §2) and the URL scheme (§4), nothing of how pages are drawn:
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
// site.Memo makes the feed and data/reports.csv cheap. An output not
// named by this table is stale, so a new kind of output is correct before
// it is fast.
type scope struct {
	full    bool
	organs  map[string]bool         // organs changed as a whole
	reports map[string]map[int]bool // org → years whose report files changed
	data    map[int]bool            // years with a modified <year>.toml
	moved   map[int]bool            // years with a report file created or removed
}

var reportFile = regexp.MustCompile(`^(\d{4})\.(toml|md)$`)

// scopeOf classifies changed paths.
func scopeOf(changes []Change) scope {
	s := scope{organs: map[string]bool{}, reports: map[string]map[int]bool{}, data: map[int]bool{}, moved: map[int]bool{}}
	for _, c := range changes {
		seg := strings.Split(c.Path, "/")
		switch {
		case seg[0] != "content" || len(seg) == 1:
			s.full = true
		case len(seg) == 3 && reportFile.MatchString(seg[2]):
			y, _ := strconv.Atoi(seg[2][:4])
			if s.reports[seg[1]] == nil {
				s.reports[seg[1]] = map[int]bool{}
			}
			s.reports[seg[1]][y] = true
			switch {
			case c.Kind != Modified:
				s.moved[y] = true
			case strings.HasSuffix(seg[2], ".toml"):
				s.data[y] = true
			}
		default:
			s.organs[seg[1]] = true
		}
	}
	return s
}

// keeper returns whether an output of the build of old is still valid
// for cur, the site after the changes.
func (s scope) keeper(old, cur *content.Site) func(rel string) bool {
	if s.full || old == nil {
		return func(string) bool { return false }
	}
	years := organYears(old, cur)
	var all []int
	for _, ys := range years {
		all = append(all, ys...)
	}
	summaries := len(s.organs) == 0 && len(s.moved) == 0 // figures aside, the portal is the same
	home := summaries && samePublished(old, cur, s.reports)
	// Called for each of the previous build's outputs, tens of thousands
	// on a large portal: it cuts the path instead of splitting it.
	return func(rel string) bool {
		first, rest, ok := strings.Cut(rel, "/")
		if !ok {
			// The sitemap lists the pages, which only a created or removed
			// report or organ changes, with the dates the home page shows.
			return (rel == "index.html" || rel == "sitemap.xml") && home
		}
		if first == "compare" && rest == "index.html" {
			return summaries && len(s.data) == 0
		}
		second, _, deeper := strings.Cut(rest, "/")
		y, isYear := year(second)
		if first == "years" {
			return isYear && deeper && len(s.organs) == 0 && !s.data[y] && !s.yearMoved(all, y)
		}
		ys, ok := years[first]
		if !ok || s.organs[first] {
			return false
		}
		if isYear && deeper {
			return !s.touches(ys, first, y)
		}
		return len(s.reports[first]) == 0
	}
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
func samePublished(old, cur *content.Site, changed map[string]map[int]bool) bool {
	published := func(s *content.Site) map[string]string {
		out := map[string]string{}
		for _, o := range s.Organs {
			for _, r := range o.Reports {
				if changed[o.Slug][r.Year] {
					out[r.ID()] = r.Published
				}
			}
		}
		return out
	}
	a, b := published(old), published(cur)
	if len(a) != len(b) {
		return false
	}
	for id, p := range a {
		if q, ok := b[id]; !ok || q != p {
			return false
		}
	}
	return true
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

// organYears lists the report years of each organ present in both
// sites, from both, so that a deleted or added report still counts as a
// neighbour.
func organYears(old, cur *content.Site) map[string][]int {
	before := map[string][]int{}
	for _, o := range old.Organs {
		for _, r := range o.Reports {
			before[o.Slug] = append(before[o.Slug], r.Year)
		}
		if _, ok := before[o.Slug]; !ok {
			before[o.Slug] = nil
		}
	}
	out := map[string][]int{}
	for _, o := range cur.Organs {
		ys, ok := before[o.Slug]
		if !ok {
			continue
		}
		for _, r := range o.Reports {
			ys = append(ys, r.Year)
		}
		out[o.Slug] = ys
	}
	return out
}

func year(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	return y, err == nil
}
