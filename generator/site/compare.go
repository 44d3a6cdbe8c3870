package site

import (
	"github.com/gongkai/gongkai/generator/layout"
	"github.com/gongkai/gongkai/generator/render"
	"github.com/gongkai/gongkai/generator/report"
)

// The year-over-year pages: each report against the previous year's, each
// year's organs side by side, and the portal's totals.
func init() {
	producers = append(producers, producer{jobs: (*builder).compareJobs}, producer{jobs: (*builder).yearJobs, wide: true})
}

// compareJobs renders /<org>/<year>/compare/ for every report whose
// organ has a report of the year just before.
func (b *builder) compareJobs() ([]job, error) {
	var jobs []job
	for i, o := range b.site.Organs {
		if b.organKept[i] {
			b.keptOrgan(i, comparisons(o))
			continue
		}
		for _, r := range o.Reports {
			prev := o.Previous(r)
			if prev == nil {
				continue
			}
			jobs = append(jobs, b.pageAt(layout.ComparePath(o.Slug, r.Year), "compare", func() (*render.Page, error) { return render.ComparePage(b.info, o, prev, r), nil }))
		}
	}
	return jobs, nil
}

// yearJobs renders /years/<year>/ for every year with a report, and
// /compare/.
func (b *builder) yearJobs() ([]job, error) {
	jobs := []job{b.pageAt(layout.PortalComparePath(), "totals", func() (*render.Page, error) {
		return render.PortalComparePage(b.info, b.site.Organs, b.yearRows()), nil
	})}
	for _, y := range render.Years(b.site.Organs) {
		jobs = append(jobs, b.pageAt(layout.YearPath(y), "year", func() (*render.Page, error) {
			return render.YearPage(b.info, b.site.Organs, y, b.yearRows()), nil
		}))
	}
	return jobs, nil
}

// comparisons counts the organ's comparison pages: one per report with
// a report of the year just before.
func comparisons(o *report.Organ) int {
	n := 0
	for i := 1; i < len(o.Reports); i++ {
		if o.Reports[i-1].Year == o.Reports[i].Year-1 {
			n++
		}
	}
	return n
}
