package report

// DisclosureRate is 公开率: (（一）予以公开 + （二）部分公开) / （七）总计,
// on the 总计 column. ok is false when the rate cannot be computed: a cell
// it needs was left blank, or nothing was processed (a zero denominator is
// "no rate", never NaN).
func DisclosureRate(r *Report) (rate float64, ok bool) {
	disclosed := r.Application("applications.results.disclosed").Total()
	partial := r.Application("applications.results.partially_disclosed").Total()
	total := r.Application("applications.results.total").Total()
	if disclosed.Blank || partial.Blank || total.Blank || total.N == 0 {
		return 0, false
	}
	return float64(disclosed.N+partial.N) / float64(total.N), true
}
