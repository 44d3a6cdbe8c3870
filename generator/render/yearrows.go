package render

import (
	"slices"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/generator/report"
)

// YearRows keeps, from one build to the next, the markup of each report's
// two rows on its year's page, so that after an edit of one report the
// page of 2,500 organs is assembled from the rows of the last build and
// only the edited report's rows are made again: every row's cells and
// markup are most of what an edit would cost on such a portal. It relies on
// what site.Memo relies on: organs and reports are never modified once
// loaded, and a changed file gives new values, so an (organ, report) pair
// of values is one version of the rows. The pages must be rendered with
// the default theme's own layouts (its "table" partial writes a row's
// cells with Cell.write, which writes Raw) and one site configuration.
// Year pages of different years may be made at once.
//
// It keeps each year's total of the portal's figures too, for /compare/.
type YearRows struct {
	mu    sync.Mutex
	years map[int]*yearMemo
	sums  map[int]yearTotal // only /compare/'s job uses it
}

// yearTotal is the sum of the headline figures of a year's reports.
type yearTotal struct {
	reports []*report.Report // in the organs' order
	sum     report.Headline
}

// totals sums each year's headline figures in one pass over the reports,
// in the organs' order as the sums were made year by year, taking from
// the memo, when not nil, the sum of a year whose reports are the same
// values: after an edit, one year of several is summed again.
func (m *YearRows) totals(organs []*report.Organ) map[int]yearTotal {
	out := map[int]yearTotal{}
	for _, o := range organs {
		for _, r := range o.Reports {
			t := out[r.Year]
			t.reports = append(t.reports, r)
			out[r.Year] = t
		}
	}
	for y, t := range out {
		if m != nil {
			if old, ok := m.sums[y]; ok && slices.Equal(old.reports, t.reports) {
				t.sum = old.sum
				out[y] = t
				continue
			}
		}
		for _, r := range t.reports {
			t.sum = addHeadline(t.sum, report.HeadlineOf(r))
		}
		out[y] = t
	}
	if m != nil {
		m.sums = out
	}
	return out
}

// NewYearRows returns an empty memo.
func NewYearRows() *YearRows { return &YearRows{years: map[int]*yearMemo{}} }

// yearMemo is one year's rows: those of the last build, and those of
// the build under way, which replace them when the page is done (a
// report no longer on the page is forgotten).
type yearMemo struct {
	last, next map[*report.Report]yearRow
}

type yearRow struct {
	organ  *report.Organ
	markup [2]string // by figuresRow, ratesRow
}

const (
	figuresRow = iota
	ratesRow
)

// start returns the memo of year's page, nil when there is no memo.
func (m *YearRows) start(year int) *yearMemo {
	if m == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	y := m.years[year]
	if y == nil {
		y = &yearMemo{}
	}
	y.next = make(map[*report.Report]yearRow, len(y.last))
	return y
}

// done keeps the rows of year's page for the next build.
func (m *YearRows) done(year int, y *yearMemo) {
	if m == nil {
		return
	}
	y.last, y.next = y.next, nil
	m.mu.Lock()
	m.years[year] = y
	m.mu.Unlock()
}

// row returns r's row of kind as one Raw cell, from the last build when
// its organ and report are the same values, else made by cells.
func (y *yearMemo) row(r organYear, kind int, cells func() []Cell) []Cell {
	if y == nil {
		return cells()
	}
	row, ok := y.next[r.report]
	if !ok {
		row, ok = y.last[r.report]
		if !ok || row.organ != r.organ {
			row = yearRow{organ: r.organ}
		}
	}
	if row.markup[kind] == "" {
		c := cells()
		var b strings.Builder
		b.Grow(rowsSize([][]Cell{c}))
		for i := range c {
			c[i].write(&b)
		}
		row.markup[kind] = b.String()
	}
	y.next[r.report] = row
	return []Cell{{Raw: row.markup[kind]}}
}
