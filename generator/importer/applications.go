package importer

import (
	"strings"

	"github.com/gongkai/gongkai/generator/importer/vocab"
	"github.com/gongkai/gongkai/generator/report"
)

// slot is a row of table 三 as printed: a row of the form, or a group
// printed as one subtotal row.
type slot struct {
	path  string
	title string
	index int // in ApplicationRows, or -1 for a subtotal
	group int // in ResultGroups, for a subtotal
	run   run
	found bool
	cands [][]report.Cell
}

// rows is how many rows of the form the slot stands for.
func (s slot) rows() int {
	if s.index >= 0 {
		return 1
	}
	n := 0
	for _, r := range report.ApplicationRows {
		if r.Group == report.ResultGroups[s.group].Key {
			n++
		}
	}
	return n
}

// slotsFor lays out the rows of table 三 with the groups in subtotal
// printed as one row each.
func slotsFor(subtotal [4]bool) []slot {
	var out []slot
	done := map[string]bool{}
	for i, spec := range report.ApplicationRows {
		if g := groupIndex(spec.Group); g >= 0 && subtotal[g] {
			if !done[spec.Group] {
				done[spec.Group] = true
				out = append(out, slot{path: report.SubtotalPath(spec.Group), title: report.ResultsHeading + report.ResultGroups[g].Label, index: -1, group: g})
			}
			continue
		}
		out = append(out, slot{path: spec.Path, title: report.RowTitle(spec.Path), index: i})
	}
	return out
}

// applications reads table 三 in s. The form fixes the order of its rows,
// so the runs of figures are matched to the rows in order, each row's
// label confirming the match where it is printed next to its figures;
// where a group is printed as one row (（六）其他处理 in the 2019 format and
// in some reports) its label says so. A run that cannot be a row (a page
// number, a year in a running head) is passed over.
func (p *parser) applications(s span) {
	n := len(report.ApplicantColumns)
	if !s.found() {
		p.problem(0, "applications", "找不到表三（收到和处理政府信息公开申请情况）：原文中没有“%s”这一行和它的数字（表格是否以图片形式发布？图片中的数字需要手工录入）", report.ApplicationRows[0].Label)
		p.fill(slotsFor([4]bool{}), nil)
		return
	}
	runs := withLabels(p.rowRuns(p.f.runs(s.a, s.b), n))
	if len(runs) > maxTableRuns {
		// Table 三 has 25 rows; what follows this many runs of figures is
		// not the table, and the alignment must stay small.
		runs = runs[:maxTableRuns]
	}
	p.refs = runs
	slots := p.align(runs)
	for k := range slots {
		sl := &slots[k]
		if !sl.found {
			at := s.a
			if k > 0 && slots[k-1].found {
				at = slots[k-1].run.at
			}
			p.problem(at, sl.path, "表三：找不到「%s」这一行的数字（表格不完整，或以图片形式发布）", sl.title)
			continue
		}
		if vocab.Best(vocab.Default.Rows[sl.path], sl.run.around) < labelMatch {
			p.note("表三「%s」：原文此行数字前没有印出可辨认的行标签，按表格的行序读取（%s）", sl.title, tokensText(sl.run.toks))
		}
		sl.cands = p.candidates(sl.path, "表三「"+sl.title+"」", sl.run, n, rowTotalOK)
		p.consumed("applications", sl.run.end)
	}
	p.solve(slots)
}

// withLabels sets each run's label as printed around it: the text before
// it, and the start of the text after it up to the next row's numbering.
// PDF text of a table whose labels wrap puts the figures on the label's
// middle line ("1.本机关不掌握相 22 0 … 25 关政府信息").
func withLabels(runs []run) []run {
	for k := range runs {
		runs[k].around = tail(runs[k].label, 80)
		if k+1 < len(runs) {
			runs[k].around += continuation(runs[k+1].label)
		}
	}
	return runs
}

// continuation is the start of a label that wraps on after a row's
// figures: up to the next numbering or sentence end, at most 16 runes.
func continuation(next string) string {
	r := []rune(next)
	end := min(len(r), 16)
	for i := 0; i < end; i++ {
		if i > 0 && (r[i] == '（' || r[i] == '。' || isDigit(r[i]) || strings.ContainsRune("一二三四五六七八九十", r[i]) && i+1 < len(r) && r[i+1] == '、') {
			end = i
			break
		}
	}
	return string(r[:end])
}

// maxTableRuns bounds the runs of figures read as table 三: its rows, and
// room for page numbers, running heads and notes between them.
const maxTableRuns = 100

// labelMatch is the share of a label's character pairs that must be
// printed before a run for the label to count as printed there.
const labelMatch = 0.6

// rowRuns splits runs holding several rows: a table's rows of figures
// follow each other without a label between them when the labels are
// printed elsewhere ("| 9 | … | 9 |\n| 0 | … | 0 |"), and a stray figure
// outside the table (a page number) may run into a row. A run is split
// at its line breaks when each line is a row of table cells or a line of
// loose figures.
func (p *parser) rowRuns(runs []run, n int) []run {
	var out []run
	for _, r := range runs {
		var lines [][]token
		for _, t := range r.toks {
			l := p.f.at[t.at].line
			if len(lines) == 0 || p.f.at[lines[len(lines)-1][0].at].line != l {
				lines = append(lines, nil)
			}
			lines[len(lines)-1] = append(lines[len(lines)-1], t)
		}
		split := len(lines) > 1
		rows := 0
		for _, l := range lines {
			switch {
			case allExact(l) && len(trimEmpty(l, n)) == n:
				rows++
			case anyExact(l):
				split = false // a row of cells split over lines
			}
		}
		if !split || rows == 0 || len(lines) == rows && len(r.toks) < 2*n {
			out = append(out, r)
			continue
		}
		for k, l := range lines {
			part := run{toks: l, at: l[0].at, end: r.end}
			if k+1 < len(lines) {
				part.end = lines[k+1][0].at
			}
			if k == 0 {
				part.label = r.label
			}
			out = append(out, part)
		}
	}
	return out
}

func anyExact(toks []token) bool {
	for _, t := range toks {
		if t.exact {
			return true
		}
	}
	return false
}

// align matches runs to the rows of table 三 in order, trying each way
// of printing the four groups (full or as one row) and keeping the best:
// a dynamic programme over (run, row) scoring labels printed where they
// belong, passing over runs that cannot be rows and, at a cost, rows
// without figures.
func (p *parser) align(runs []run) []slot {
	n := len(report.ApplicantColumns)
	fits := make([]bool, len(runs))
	for i, r := range runs {
		fits[i] = p.couldBeRow(r, n)
	}
	scores := newScorer(runs, fits)
	var best []slot
	bestScore := -1e18
	for mask := 0; mask < 16; mask++ {
		var subtotal [4]bool
		for g := range subtotal {
			subtotal[g] = mask&(1<<g) != 0
		}
		slots := slotsFor(subtotal)
		score, assigned := alignSlots(len(runs), fits, slots, scores)
		// The form prints every sub-row: a group as one row must earn its
		// place by its label.
		score -= 0.01 * float64(mask)
		for g, single := range subtotal {
			if single && report.SingleRowGroup(p.r.Format, report.ResultGroups[g].Key) {
				score += 0.02 // the form prints this group as one row
			}
		}
		if score > bestScore {
			bestScore = score
			for k := range slots {
				if assigned[k] >= 0 {
					slots[k].run, slots[k].found = runs[assigned[k]], true
				}
			}
			best = slots
		}
	}
	return best
}

// Scores of the alignment.
const (
	skipRow     = -1.0  // a run that could be a row is passed over
	missingSlot = -3.0  // a row has no figures
	misfit      = -4.0  // a run that cannot be a row is taken for one
	wrongLabel  = -0.75 // a run is taken for a row while its label is another row's
)

// alignSlots scores the best alignment of R runs to slots and returns,
// for each slot, the index of its run or -1.
func alignSlots(R int, fits []bool, slots []slot, scores *scorer) (float64, []int) {
	S := len(slots)
	// score[i][j]: best score of the first i runs against the first j slots.
	score := make([][]float64, R+1)
	from := make([][]byte, R+1) // 1 assign, 2 skip run, 3 missing slot
	for i := range score {
		score[i] = make([]float64, S+1)
		from[i] = make([]byte, S+1)
		for j := range score[i] {
			score[i][j] = -1e18
		}
	}
	score[0][0] = 0
	for i := 0; i <= R; i++ {
		for j := 0; j <= S; j++ {
			cur := score[i][j]
			if cur <= -1e17 {
				continue
			}
			if i < R && j < S {
				v := cur + scores.match(i, slots[j])
				if v > score[i+1][j+1] {
					score[i+1][j+1], from[i+1][j+1] = v, 1
				}
			}
			if i < R {
				v := cur
				if fits[i] {
					v += skipRow
				}
				if v > score[i+1][j] {
					score[i+1][j], from[i+1][j] = v, 2
				}
			}
			if j < S {
				// A group printed as one row stands for its sub-rows: it
				// may not be missing at a lower cost than they would be.
				if v := cur + missingSlot*float64(slots[j].rows()); v > score[i][j+1] {
					score[i][j+1], from[i][j+1] = v, 3
				}
			}
		}
	}
	assigned := make([]int, S)
	for k := range assigned {
		assigned[k] = -1
	}
	for i, j := R, S; i > 0 || j > 0; {
		switch from[i][j] {
		case 1:
			assigned[j-1] = i - 1
			i, j = i-1, j-1
		case 2:
			i--
		default:
			j--
		}
	}
	return score[R][S], assigned
}

// scorer holds, for every run, how well its label reads as each row of
// table 三 (and as each group printed as one row), computed once for all
// the ways of printing the groups that align tries.
type scorer struct {
	fits  []bool
	label []map[string]float64 // by run: row path → likeness of its label
	other []float64            // by run: best likeness to a row with a label of 4 characters or more
	which []map[string]bool    // by run: the rows reaching that best
}

func newScorer(runs []run, fits []bool) *scorer {
	s := &scorer{fits: fits}
	var paths []string
	for _, r := range report.ApplicationRows {
		paths = append(paths, r.Path)
	}
	for _, g := range report.ResultGroups {
		paths = append(paths, report.SubtotalPath(g.Key))
	}
	for _, r := range runs {
		m := map[string]float64{}
		best, which := 0.0, map[string]bool{}
		for _, path := range paths {
			v := vocab.Best(vocab.Default.Rows[path], r.around)
			m[path] = v
			if len([]rune(vocab.Core(label(path)))) < 4 {
				continue
			}
			switch {
			case v > best:
				best, which = v, map[string]bool{path: true}
			case v == best:
				which[path] = true
			}
		}
		s.label, s.other, s.which = append(s.label, m), append(s.other, best), append(s.which, which)
	}
	return s
}

// match is what taking run i for slot sl is worth: its label printed
// around it, less when the label is clearly another row's. A group is
// taken as printed in one row only on the evidence of its label.
func (s *scorer) match(i int, sl slot) float64 {
	own := s.label[i][sl.path]
	switch {
	case sl.index < 0 && (own < labelMatch || !s.fits[i]):
		// A group is one row only on the evidence of a row: its label
		// and its figures.
		return misfit * float64(sl.rows())
	case !s.fits[i] && own >= labelMatch:
		// Taken only when its label says it is the row: the row is then
		// reported with the cells it lacks.
		return misfit + 1 + own
	case !s.fits[i]:
		return misfit
	case own >= labelMatch:
		return 1 + own
	case s.other[i] >= 0.9 && !s.which[i][sl.path]:
		return wrongLabel
	}
	return 0
}

// solve picks the one reading of every row under which the table's
// column rules hold too ((七)总计 and 第一项加第二项之和等于第三项加第四项之和).
// Rows printed with their cells apart have one reading already; only
// run-together text leaves a choice.
func (p *parser) solve(slots []slot) {
	var open []int
	combos := 1
	for k, s := range slots {
		if len(s.cands) > 1 {
			open = append(open, k)
			combos *= len(s.cands)
			if combos > maxReadings {
				for _, k := range open {
					p.ambiguous(slots[k].path, "表三「"+slots[k].title+"」", slots[k].run, slots[k].cands)
				}
				p.fill(slots, nil)
				return
			}
		}
	}
	choice := make([]int, len(slots))
	var fits [][]int
	for c := 0; c < combos; c++ {
		rest := c
		for _, k := range open {
			choice[k] = rest % len(slots[k].cands)
			rest /= len(slots[k].cands)
		}
		p.fill(slots, choice)
		if columnsOK(p.r) {
			fits = append(fits, append([]int(nil), choice...))
		}
	}
	switch {
	case len(open) == 0:
		p.fill(slots, choice) // as printed: the checks report what breaks a rule
	case len(fits) == 0:
		s := slots[open[0]]
		p.problem(s.run.at, s.path, "表三：原文单元格连在一起，没有一种读法能同时符合各行和各列的勾稽关系（首个无法确定的行：「%s」，原文“%s”）；请核对原文后用 --cells 指定", s.title, tokensText(s.run.toks))
		for _, k := range open[1:] {
			p.problem(slots[k].run.at, slots[k].path, "表三「%s」：原文“%s”的读法无法确定", slots[k].title, tokensText(slots[k].run.toks))
		}
		p.fill(slots, nil)
	default:
		final := fits[0]
		for _, k := range open {
			var distinct [][]report.Cell
			seen := map[int]bool{}
			for _, f := range fits {
				if !seen[f[k]] {
					seen[f[k]] = true
					distinct = append(distinct, slots[k].cands[f[k]])
				}
			}
			if len(distinct) > 1 {
				p.ambiguous(slots[k].path, "表三「"+slots[k].title+"」", slots[k].run, distinct)
				slots[k].cands = [][]report.Cell{merge(distinct)}
				final[k] = 0
				continue
			}
			p.note("表三「%s」：原文单元格连在一起（“%s”），按表格的勾稽关系只有一种读法：%s", slots[k].title, tokensText(slots[k].run.toks), cellsText(slots[k].cands[final[k]]))
		}
		p.fill(slots, final)
	}
}

// fill writes the chosen readings into the report; a row without a
// reading (choice nil, or no candidates) is left unresolved.
func (p *parser) fill(slots []slot, choice []int) {
	r := p.r
	n := len(report.ApplicantColumns)
	r.Applications = make([]report.Row, len(report.ApplicationRows))
	r.Subtotals = make([]*report.Row, len(report.ResultGroups))
	for k, s := range slots {
		cells := unresolvedCells(n)
		switch {
		case len(s.cands) == 1:
			cells = s.cands[0]
		case choice != nil && len(s.cands) > 1:
			cells = s.cands[choice[k]]
		case len(s.cands) > 1:
			cells = merge(s.cands)
		}
		row := report.Row{Cells: cells, Known: true}
		switch {
		case s.index >= 0:
			r.Applications[s.index] = row
		case len(s.cands) == 0:
			// A group read as one row but not read at all: nothing says it
			// was printed as one, so the form's rows are left to fill in.
			for i, spec := range report.ApplicationRows {
				if spec.Group == report.ResultGroups[s.group].Key {
					r.Applications[i] = report.Row{Cells: unresolvedCells(n), Known: true}
				}
			}
		default:
			r.Subtotals[s.group] = &row
		}
	}
}

// columnsOK reports whether the column rules of table 三 hold (or cannot
// be assessed for blank cells).
func columnsOK(r *report.Report) bool {
	for _, f := range report.Check(r) {
		if f.Severity == report.Error && (f.Rule == report.RuleResultsTotal || f.Rule == report.RuleBalance) {
			return false
		}
	}
	return true
}

func groupIndex(key string) int {
	for i, g := range report.ResultGroups {
		if key != "" && g.Key == key {
			return i
		}
	}
	return -1
}
