package report

// The headline figures and indicators of a report are computed here, once,
// so that the organ page, the year overview, the portal totals, report.json
// and the CSV all show the same numbers. docs/indicators.md gives every
// formula; keep the two in step.

// Figure is one headline figure of a report.
type Figure struct {
	Key   string // stable id, used in JSON and CSV
	Label string // as shown on pages
	// Shown is false for figures that only feed an indicator (the
	// 已审结 counts and the litigation groups taken apart).
	Shown bool
	of    func(r *Report) Value
}

// Figures are the headline figures, in the order pages show them.
var Figures = []Figure{
	{"new", "本年新收申请", true, total("applications.new")},
	{"carried_over", "上年结转申请", true, total("applications.carried_over")},
	{"disclosed", "予以公开", true, total("applications.results.disclosed")},
	{"partially_disclosed", "部分公开", true, total("applications.results.partially_disclosed")},
	{"withheld", "不予公开", true, group("withheld")},
	{"unavailable", "无法提供", true, group("unavailable")},
	{"not_processed", "不予处理", true, group("not_processed")},
	{"other_handling", "其他处理", true, group("other")},
	{"results_total", "办理结果总计", true, total("applications.results.total")},
	{"carried_forward", "结转下年度继续办理", true, total("applications.carried_forward")},
	{"review", "行政复议总计", true, appeal(0, appealTotal)},
	{"review_corrected", "行政复议结果纠正", true, appeal(0, appealCorrected)},
	{"litigation", "行政诉讼总计", true, appealSum(appealTotal)},
	{"litigation_corrected", "行政诉讼结果纠正", true, appealSum(appealCorrected)},
	{"normative_in_force", "行政规范性文件现行有效件数", true, document(1, 2)},
	{"licensing", "行政许可处理决定", true, decision(0)},
	{"punishment", "行政处罚处理决定", true, decision(1)},
	{"coercion", "行政强制处理决定", true, decision(2)},
	{"fees", "行政事业性收费（万元）", true, fees},
	{"review_concluded", "行政复议已审结", false, appeal(0, appealConcluded)},
	{"litigation_direct_corrected", "行政诉讼（未经复议直接起诉）结果纠正", false, appeal(1, appealCorrected)},
	{"litigation_direct_concluded", "行政诉讼（未经复议直接起诉）已审结", false, appeal(1, appealConcluded)},
	{"litigation_after_review_corrected", "行政诉讼（复议后起诉）结果纠正", false, appeal(2, appealCorrected)},
	{"litigation_after_review_concluded", "行政诉讼（复议后起诉）已审结", false, appeal(2, appealConcluded)},
}

// Headline is a report's figures, indexed like Figures. Headlines add up,
// so the portal's totals are a Headline too and get the same indicators.
type Headline []Value

// HeadlineOf returns a report's headline figures, which the caller must
// not modify.
func HeadlineOf(r *Report) Headline {
	if r.headline != nil {
		return r.headline
	}
	return headlineOf(r)
}

// CacheHeadline computes the report's headline figures once, for a
// report that will not change again and is not yet shared between
// goroutines: the loader calls it. The year pages, the portal's totals,
// the comparisons, report.json and the CSV all ask for them; a large
// portal's year pages alone asked 30,000 times per build.
func (r *Report) CacheHeadline() {
	r.headline = headlineOf(r)
}

func headlineOf(r *Report) Headline {
	h := make(Headline, len(Figures))
	for i, f := range Figures {
		h[i] = f.of(r)
	}
	return h
}

// Get returns the figure with the given key; Blank if there is none.
func (h Headline) Get(key string) Value {
	for i, f := range Figures {
		if f.Key == key && i < len(h) {
			return h[i]
		}
	}
	return Value{Blank: true}
}

// Plus adds two headlines figure by figure. A nil headline is the zero
// of the sum.
func (h Headline) Plus(o Headline) Headline {
	if h == nil {
		return append(Headline(nil), o...)
	}
	out := make(Headline, len(Figures))
	for i := range out {
		out[i] = h[i].Plus(o[i])
	}
	return out
}

// Indicator is a rate derived from the headline figures.
type Indicator struct {
	Key     string
	Label   string
	Formula string // in the words of the form, as the docs give it
	num     []string
	den     []string
}

// Indicators are computed for every report and for the portal's totals.
var Indicators = []Indicator{
	{"disclosure_rate", "公开率", "（（一）予以公开 + （二）部分公开）÷（七）总计",
		[]string{"disclosed", "partially_disclosed"}, []string{"results_total"}},
	{"withheld_share", "不予公开占比", "（三）不予公开 ÷（七）总计",
		[]string{"withheld"}, []string{"results_total"}},
	{"unavailable_share", "无法提供占比", "（四）无法提供 ÷（七）总计",
		[]string{"unavailable"}, []string{"results_total"}},
	{"not_processed_share", "不予处理占比", "（五）不予处理 ÷（七）总计",
		[]string{"not_processed"}, []string{"results_total"}},
	{"other_handling_share", "其他处理占比", "（六）其他处理 ÷（七）总计",
		[]string{"other_handling"}, []string{"results_total"}},
	{"completion_rate", "办结率", "三、（七）总计 ÷（一、本年新收 + 二、上年结转）",
		[]string{"results_total"}, []string{"new", "carried_over"}},
	{"review_correction_rate", "行政复议纠错率", "行政复议 结果纠正 ÷ 已审结（结果维持 + 结果纠正 + 其他结果）",
		[]string{"review_corrected"}, []string{"review_concluded"}},
	{"litigation_direct_correction_rate", "行政诉讼（未经复议直接起诉）纠错率", "结果纠正 ÷ 已审结（结果维持 + 结果纠正 + 其他结果）",
		[]string{"litigation_direct_corrected"}, []string{"litigation_direct_concluded"}},
	{"litigation_after_review_correction_rate", "行政诉讼（复议后起诉）纠错率", "结果纠正 ÷ 已审结（结果维持 + 结果纠正 + 其他结果）",
		[]string{"litigation_after_review_corrected"}, []string{"litigation_after_review_concluded"}},
}

// Rate computes the indicator from a headline.
func (in Indicator) Rate(h Headline) Rate {
	return Rate{Num: h.sum(in.num), Den: h.sum(in.den)}
}

// Rates computes every indicator, indexed like Indicators.
func (h Headline) Rates() []Rate {
	out := make([]Rate, len(Indicators))
	for i, in := range Indicators {
		out[i] = in.Rate(h)
	}
	return out
}

func (h Headline) sum(keys []string) Value {
	var t Value
	for _, k := range keys {
		t = t.Plus(h.Get(k))
	}
	return t
}

func total(path string) func(*Report) Value {
	return func(r *Report) Value { return RowCell(r.Application(path), len(ApplicantColumns)-1) }
}

// group is the 总计 of a result group: its printed single line, or the sum
// of its sub-rows.
func group(key string) func(*Report) Value {
	return func(r *Report) Value { return r.GroupCell(key, len(ApplicantColumns)-1) }
}

// GroupCell is cell c of a result group taken as one row: the group's
// printed single line, or the sum of its sub-rows (Blank if any is).
func (r *Report) GroupCell(key string, c int) Value {
	if sub := r.Subtotal(key); sub != nil {
		return RowCell(*sub, c)
	}
	var t Value
	for i, s := range ApplicationRows {
		if s.Group == key && i < len(r.Applications) {
			t = t.Plus(RowCell(r.Applications[i], c))
		}
	}
	return t
}

// RowCell is cell c of a row as a Value; Blank when the row was not
// printed or the cell left blank.
func RowCell(row Row, c int) Value {
	if !row.Known {
		return Value{Blank: true}
	}
	return Count(cellAt(row, c))
}

// Cells of a table 四 row, as AppealColumns index them.
const (
	appealUpheld    = 0
	appealCorrected = 1
	appealOther     = 2
	appealTotal     = 4
	// appealConcluded is not a cell but 已审结: 维持 + 纠正 + 其他结果.
	appealConcluded = -1
)

func appealCell(r *Report, row, cell int) Value {
	if row >= len(r.Appeals) || !r.Appeals[row].Known {
		return Value{Blank: true}
	}
	if cell == appealConcluded {
		return Sum(appealCell(r, row, appealUpheld), appealCell(r, row, appealCorrected), appealCell(r, row, appealOther))
	}
	return Count(cellAt(r.Appeals[row], cell))
}

func appeal(row, cell int) func(*Report) Value {
	return func(r *Report) Value { return appealCell(r, row, cell) }
}

// appealSum adds a cell over both kinds of 行政诉讼.
func appealSum(cell int) func(*Report) Value {
	return func(r *Report) Value { return appealCell(r, 1, cell).Plus(appealCell(r, 2, cell)) }
}

// fees is 本年收费金额, which the 2019 form does not print (it counts
// 收费 items instead).
func fees(r *Report) Value {
	if r.Active2019 != nil {
		return notApplicable
	}
	return Amount(r.Active.Fees)
}

func document(kind, col int) func(*Report) Value {
	return func(r *Report) Value {
		if r.Active2019 != nil {
			return notApplicable // counted differently in the 2019 form
		}
		if kind >= len(r.Active.Documents) {
			return Value{Blank: true}
		}
		return Count(cellAt(r.Active.Documents[kind], col))
	}
}

func decision(i int) func(*Report) Value {
	return func(r *Report) Value { return Count(r.Decision(i)) }
}
