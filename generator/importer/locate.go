package importer

import (
	"github.com/gongkai/gongkai/generator/importer/vocab"
	"github.com/gongkai/gongkai/generator/report"
)

// span is a stretch [a, b) of the flat text.
type span struct{ a, b int }

func (s span) found() bool { return s.a >= 0 }

// tables is where the three tables are in the text.
type tables struct {
	active, applications, appeals span
}

// maxAnchorTries bounds the places a table's header word is tried at.
const maxAnchorTries = 64

// within is how far a table's first row may stand from its header.
const within = 600

// locate finds the three tables by their content, not by the sections
// they are printed in: a department's report may print them in an
// appendix under headings of its own, or lose a heading. Table 三 is
// where its first row (本年新收…) is followed by figures with one of its
// headers before it; table 二 is the header before 规章 and its figures;
// table 四 the 行政复议 / 行政诉讼 header after table 三. Each ends where
// the next begins.
func (p *parser) locate() tables {
	t := tables{active: span{-1, -1}, applications: span{-1, -1}, appeals: span{-1, -1}}
	f := p.f
	// Table 三: its first row.
	newRow := vocab.Default.Rows["applications.new"]
	for _, r := range withLabels(f.runs(0, len(f.r))) {
		if vocab.Best(newRow, tail(r.label, 30)+continuation(r.around[len(tail(r.label, 80)):])) < 0.8 || !p.couldBeRow(r, len(report.ApplicantColumns)) {
			continue
		}
		start := r.at - len([]rune(tail(r.label, 30)))
		if h := p.header("applications", r.at); h >= 0 {
			start = h
		}
		t.applications = span{start, len(f.r)}
		break
	}
	// Table 四: its header after table 三 (or anywhere, without one).
	from := 0
	if t.applications.found() {
		from = t.applications.a
	}
	// Its header names 行政复议 and 行政诉讼 and their columns (结果维持…);
	// prose naming the section ("…行政复议和行政诉讼情况") has no columns.
	tries := 0
	for i := f.index(report.ReviewLabel, from); i >= 0 && tries < maxAnchorTries; i = f.index(report.ReviewLabel, i+1) {
		tries++
		if f.indexIn(report.LitigationLabel, i, i+200) < 0 {
			continue
		}
		if p.firstOf(appealColumns, i, i+300) >= 0 {
			t.appeals = span{i, len(f.r)}
			break
		}
	}
	if t.applications.found() && t.appeals.found() {
		t.applications.b = t.appeals.a
	}
	// Table 二: the first header followed by one of its rows and its
	// figures, before table 三. A department prints no 规章 row, so any
	// row will do.
	end := len(f.r)
	if t.applications.found() {
		end = t.applications.a
	}
	var rows []string
	for _, r := range activePaths() {
		rows = append(rows, vocab.Default.Rows[r]...)
	}
	for _, a := range append(vocab.Default.Anchors["active"], vocab.Default.Near["active"]...) {
		to := end
		if t.active.found() {
			to = t.active.a // only an earlier header can do better
		}
		// A report prints its headers a few times at most; a text printing
		// one thousands of times is not to be searched at each.
		tries := 0
		for i := f.indexIn(a, 0, to); i >= 0 && tries < maxAnchorTries; i = f.indexIn(a, i+1, to) {
			tries++
			if p.rowAfter(rows, i, min(i+within, end)) >= 0 {
				t.active = span{i, end}
				break
			}
		}
	}
	if !t.active.found() {
		// No header: the first row itself.
		if i := p.rowAfter(rows, 0, end); i >= 0 {
			t.active = span{i - 10, end}
		}
	}
	return t
}

// appealColumns are words of table 四's column headings.
var appealColumns = []string{"维持", "纠正", "尚未审结", "未经复议", "复议后起诉", "审结"}

// firstOf is the first place in [from, to) where one of words is
// printed, or -1.
func (p *parser) firstOf(words []string, from, to int) int {
	best := -1
	for _, w := range words {
		if i := p.f.indexIn(w, from, to); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// activePaths are the rows of table 二 in both formats.
func activePaths() []string {
	var out []string
	for _, r := range activeRows() {
		out = append(out, r.path)
	}
	for _, r := range report.ActiveRows2019 {
		out = append(out, "active."+r.Key)
	}
	return append(out, "active."+report.ProcurementKey)
}

// tail is the last n runes of s.
func tail(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}

// header is where the header of a table whose first row is at row
// starts: the first anchor within reach before it, or a near word close
// before it; -1 when it has neither.
func (p *parser) header(table string, row int) int {
	i := p.firstOf(vocab.Default.Anchors[table], row-within, row)
	if i < 0 {
		i = p.firstOf(vocab.Default.Near[table], row-nearHeader, row)
	}
	if i > 0 && (p.f.r[i-1] == '（') {
		i-- // "（本列数据的勾稽关系…）" opens with the bracket
	}
	return i
}

// nearHeader is how close before a table's first row its near words must
// stand to count as its header.
const nearHeader = 200

// couldBeRow reports whether a run can hold a row of n cells: n or more
// tokens, or a token of run-together digits long enough, or, in text
// with its layout, a row whose blank cells left only spaces.
func (p *parser) couldBeRow(r run, n int) bool {
	if len(r.toks) >= n {
		return true
	}
	digits := 0
	for _, t := range r.toks {
		if t.exact {
			digits++
		} else {
			digits += len(t.text)
		}
	}
	if digits >= n {
		return true
	}
	return p.d.layout && len(r.toks) >= 2
}

// rowAfter is the place after a label of labels in [a, b) that figures
// directly follow, or -1.
func (p *parser) rowAfter(labels []string, a, b int) int {
	for _, l := range labels {
		for i := p.f.indexIn(l, a, b); i >= 0; i = p.f.indexIn(l, i+1, b) {
			after := i + len([]rune(vocab.Fold(l)))
			if rs := p.f.runs(after, min(b+50, len(p.f.r))); len(rs) > 0 && rs[0].label == "" {
				return after
			}
		}
	}
	return -1
}

// is2019 reports whether the text is in the 2019 national format
// (国办公开办函〔2019〕60号), by headings only its table 二 prints.
func (p *parser) is2019() bool {
	for _, m := range []string{report.MadeLabel, report.NewlyPublicLabel, report.PublicTotalLabel, report.PreviousItemsLabel, report.Article20Item9} {
		if p.f.index(m, 0) >= 0 {
			return true
		}
	}
	return false
}
