package render

import "sort"

// sortLatest orders reports newest first: by publication date, then year,
// then organ name, so the order never depends on map iteration.
func sortLatest(ls []ReportLink) {
	sort.SliceStable(ls, func(i, j int) bool {
		a, b := ls[i], ls[j]
		if a.Published != b.Published {
			return a.Published > b.Published
		}
		if a.Year != b.Year {
			return a.Year > b.Year
		}
		return a.Organ < b.Organ
	})
}

func sortDesc(ys []int) { sort.Sort(sort.Reverse(sort.IntSlice(ys))) }
