package importer

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// maxReadings bounds the readings tried for one stretch of run-together
// digits, so that a hostile input cannot make the importer search forever.
const maxReadings = 5000

// readings returns the ways to read toks as n cells, each token holding
// one cell or more (in run-together text "640020470" is seven), and
// keeps those in which every row of rowLen cells passes rule (rule may be
// nil). Rows are checked as soon as they are complete, which keeps the
// search small. A token from a table cell is exactly one cell; cells a
// table left empty at the ends of a row beyond n are its border, not
// blanks. truncated reports that the search stopped at maxReadings.
func readings(toks []token, n int, rowLen int, rule func([]report.Cell) bool) (out [][]report.Cell, truncated bool, err error) {
	toks = trimEmpty(toks, n)
	if len(toks) >= n || allExact(toks) {
		if len(toks) != n {
			return nil, false, fmt.Errorf("应有 %d 个单元格，原文有 %d 个", n, len(toks))
		}
		cells := make([]report.Cell, n)
		for i, t := range toks {
			c, valid := parseCell(t.text, t.blank)
			if !valid {
				return nil, false, fmt.Errorf("第 %d 个单元格“%s”不是件数（非负整数）", i+1, t.text)
			}
			cells[i] = c
		}
		return [][]report.Cell{cells}, false, nil
	}
	steps := 0
	acc := make([]report.Cell, 0, n)
	// rowDone rejects a reading as soon as a completed row breaks rule.
	rowDone := func() bool {
		return rule == nil || rowLen == 0 || len(acc)%rowLen != 0 || rule(acc[len(acc)-rowLen:])
	}
	var walk func(ti, off int)
	walk = func(ti, off int) {
		if steps++; steps > maxReadings*20 || len(out) >= maxReadings {
			truncated = true
			return
		}
		if ti == len(toks) {
			if len(acc) == n {
				out = append(out, append([]report.Cell(nil), acc...))
			}
			return
		}
		if len(acc) >= n {
			return
		}
		t := toks[ti]
		if t.blank {
			acc = append(acc, report.Cell{Blank: true})
			if rowDone() {
				walk(ti+1, 0)
			}
			acc = acc[:len(acc)-1]
			return
		}
		if t.exact {
			c, ok := parseCell(t.text, false)
			if !ok {
				return
			}
			acc = append(acc, c)
			if rowDone() {
				walk(ti+1, 0)
			}
			acc = acc[:len(acc)-1]
			return
		}
		for l := 1; off+l <= len(t.text); l++ {
			c, ok := parseCell(t.text[off:off+l], false)
			if !ok {
				break // "0" followed by digits, or a cell too long
			}
			acc = append(acc, c)
			if rowDone() {
				if off+l == len(t.text) {
					walk(ti+1, 0)
				} else {
					walk(ti, off+l)
				}
			}
			acc = acc[:len(acc)-1]
		}
	}
	walk(0, 0)
	return out, truncated, nil
}

// trimEmpty drops the cells a table left empty at the ends of a row while
// the row has more than n: a table drawn one column wider than its
// figures ("| 1.属于国家秘密 | 4 | … | 4 |  |").
func trimEmpty(toks []token, n int) []token {
	for len(toks) > n && toks[len(toks)-1].empty {
		toks = toks[:len(toks)-1]
	}
	for len(toks) > n && toks[0].empty {
		toks = toks[1:]
	}
	return toks
}

func allExact(toks []token) bool {
	for _, t := range toks {
		if !t.exact {
			return false
		}
	}
	return true
}

// parseCell reads one count: "0", or digits without a leading zero (a
// printed table never writes "07", so "07" in run-together text is two
// cells), or a blank mark.
func parseCell(s string, blank bool) (report.Cell, bool) {
	if blank {
		return report.Cell{Blank: true}, true
	}
	if s == "" || (len(s) > 1 && s[0] == '0') || strings.Trim(s, "0123456789") != "" || len(s) > 16 {
		return report.Cell{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n > 1<<53-1 {
		return report.Cell{}, false
	}
	return report.Cell{N: n}, true
}

// rowTotalOK is a row's own rule: the last cell is the sum of the others.
// A blank cell makes the rule unassessable, so the reading is kept.
func rowTotalOK(cells []report.Cell) bool {
	var sum int64
	for _, c := range cells[:len(cells)-1] {
		if c.Blank {
			return true
		}
		sum += c.N
	}
	last := cells[len(cells)-1]
	return last.Blank || last.N == sum
}

func cellsText(cells []report.Cell) string {
	parts := make([]string, len(cells))
	for i, c := range cells {
		parts[i] = c.String()
	}
	return strings.Join(parts, "、")
}

func tokensText(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// hinted reads the cells the user gave for a row with --cells, after
// checking them against what is printed (see printedIn).
func hinted(hint []string, toks []token, n int) ([]report.Cell, error) {
	if len(hint) != n {
		return nil, fmt.Errorf("--cells 给出了 %d 个单元格，此行应有 %d 个", len(hint), n)
	}
	var cells []report.Cell
	for _, h := range hint {
		h = strings.TrimSpace(h)
		c, ok := parseCell(h, h == "/")
		if !ok {
			return nil, fmt.Errorf("--cells 中的“%s”不是件数", h)
		}
		cells = append(cells, c)
	}
	if err := printedIn(hint, toks); err != nil {
		return nil, err
	}
	return cells, nil
}

// printedIn checks cells given with --cells against the printed row: the
// printed digits, cut apart, as the row was printed; or, where the text
// lost cells (an extractor dropping a cell of two lines), the printed
// figures in their order with the lost ones filled in. A digit can be
// cut from its neighbours or added in a lost cell, never changed.
func printedIn(hint []string, toks []token) error {
	var got, want strings.Builder
	for _, h := range hint {
		got.WriteString(strings.TrimSpace(h))
	}
	for _, t := range toks {
		want.WriteString(t.text)
	}
	// Digits run together may be cut anywhere; a table's cells are cells,
	// and only cells lost from between them may be given.
	if got.String() == want.String() && (!allExact(toks) || len(hint) == len(toks)) {
		return nil
	}
	// The printed figures must appear among the given cells in order.
	k := 0
	for _, h := range hint {
		if k < len(toks) && strings.TrimSpace(h) == toks[k].text {
			k++
		}
	}
	if k == len(toks) && len(toks) < len(hint) {
		return nil
	}
	return fmt.Errorf("--cells 的数字“%s”与原文“%s”不符：只能切分原文的数字，或补上原文缺失的单元格，不能改动数字", strings.Join(hint, ","), tokensText(toks))
}
