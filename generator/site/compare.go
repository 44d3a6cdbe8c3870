package site

import "github.com/gongkai/gongkai/generator/render"

// The year-over-year pages: each report against the previous year's, each
// year's organs side by side, and the portal's totals.
func init() {
	producers = append(producers, (*builder).compareJobs, (*builder).yearJobs)
}

// compareJobs renders /<org>/<year>/compare/ for every report whose
// organ has a report of the year just before.
func (b *builder) compareJobs() ([]job, error) {
	var jobs []job
	for _, o := range b.site.Organs {
		for _, r := range o.Reports {
			prev := o.Previous(r)
			if prev == nil {
				continue
			}
			jobs = append(jobs, b.pageAt(render.ComparePath(o.Slug, r.Year), "compare", func() (*render.Page, error) { return render.ComparePage(b.info, o, prev, r), nil }))
		}
	}
	return jobs, nil
}

// yearJobs renders /years/<year>/ for every year with a report, and
// /compare/.
func (b *builder) yearJobs() ([]job, error) {
	jobs := []job{b.pageAt(render.PortalComparePath(), "totals", func() (*render.Page, error) { return render.PortalComparePage(b.info, b.site.Organs), nil })}
	for _, y := range render.Years(b.site.Organs) {
		jobs = append(jobs, b.pageAt(render.YearPath(y), "year", func() (*render.Page, error) { return render.YearPage(b.info, b.site.Organs, y), nil }))
	}
	return jobs, nil
}
