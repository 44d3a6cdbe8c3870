package importer

import (
	"strings"

	"github.com/gongkai/gongkai/generator/importer/vocab"
)

// flat is a document's text with whitespace taken out but remembered.
// PDF text breaks labels with stray spaces and line ends and separates
// cells with runs of spaces: labels are therefore matched on the runes
// alone, while gap still tells two numbers "21 0" apart from "210".
type flat struct {
	r    []rune
	gap  []bool // whitespace (or a cell border) stood before r[i]
	line []int  // source line of r[i]
	at   []pos  // where r[i] is in the document's lines
	// cell numbers the runes of a table cell's figure (0 elsewhere): a
	// number there is one cell exactly, never several run together.
	// empty marks a cell the table left empty, bad one holding no figure
	// where a figure belongs.
	cell  []int32
	empty []bool
	bad   []bool
}

// pos is a place in a document: line index and byte offset in that line.
type pos struct{ line, off int }

func newFlat(d *doc) flat {
	var f flat
	space := false
	var id int32
	for li, l := range d.lines {
		ci := 0
		for off, c := range l.text {
			var inCell int32
			empty, bad := false, false
			for ci < len(l.cells) && l.cells[ci].end <= off {
				ci++
			}
			if ci < len(l.cells) && l.cells[ci].start <= off {
				if off == l.cells[ci].start {
					space = true // a cell border separates like a space
					id++
				}
				inCell, empty, bad = id, l.cells[ci].empty, l.cells[ci].bad
			}
			c = vocab.FoldRune(c)
			if c == 0 || c == '\f' {
				space = true
				continue
			}
			f.r = append(f.r, c)
			f.gap = append(f.gap, space)
			f.line = append(f.line, l.n)
			f.at = append(f.at, pos{li, off})
			f.cell = append(f.cell, inCell)
			f.empty = append(f.empty, empty)
			f.bad = append(f.bad, bad)
			space = false
		}
		space = true
	}
	f.dropAnnotations()
	return f
}

// dropAnnotations takes out of the text what is printed with a figure but
// is not one: a unit directly after it ("0件", "24252.31万元") and a note
// in brackets after it ("22（其中修订 16 件）", wrapped over lines or not).
// The runes after them count as after a space, so that the figures before
// and after stay apart.
func (f *flat) dropAnnotations() {
	keep := make([]bool, len(f.r))
	for i := range keep {
		keep[i] = true
	}
	for i := 0; i < len(f.r); i++ {
		if !isDigit(f.r[i]) || i+1 < len(f.r) && (isDigit(f.r[i+1]) || f.r[i+1] == '.' || f.r[i+1] == ',') {
			continue
		}
		// i is the last digit of a number.
		j := i + 1
		if u := f.unitAt(j); u > 0 && !f.gap[j] {
			for k := j; k < j+u; k++ {
				keep[k] = false
			}
			j += u
		}
		if end := f.noteAt(j); end > 0 {
			for k := j; k < end; k++ {
				keep[k] = false
			}
		}
	}
	f.compact(keep)
}

// unitAt is the length of a unit starting at i, or 0.
func (f *flat) unitAt(i int) int {
	for _, u := range vocab.Default.Units {
		r := []rune(u)
		if i+len(r) <= len(f.r) && runesEqual(f.r[i:i+len(r)], r) {
			return len(r)
		}
	}
	return 0
}

// noteAt returns the end of a bracketed note starting at i ("（其中修订
// 16件）"), or 0: a bracket closed within maxNote runes, holding a digit
// and one of the note words.
func (f *flat) noteAt(i int) int {
	const maxNote = 30
	if i >= len(f.r) || f.r[i] != '（' {
		return 0
	}
	for j := i + 1; j < len(f.r) && j <= i+maxNote; j++ {
		switch f.r[j] {
		case '（':
			return 0
		case '）':
			inner := string(f.r[i+1 : j])
			if strings.IndexAny(inner, "0123456789") < 0 {
				return 0
			}
			for _, w := range vocab.Default.Notes {
				if strings.Contains(inner, w) {
					return j + 1
				}
			}
			return 0
		}
	}
	return 0
}

func (f *flat) compact(keep []bool) {
	n := 0
	dropped := false
	for i := range f.r {
		if !keep[i] {
			dropped = true
			continue
		}
		f.r[n], f.gap[n], f.line[n], f.at[n], f.cell[n], f.empty[n], f.bad[n] = f.r[i], f.gap[i] || dropped, f.line[i], f.at[i], f.cell[i], f.empty[i], f.bad[i]
		dropped = false
		n++
	}
	f.r, f.gap, f.line, f.at, f.cell, f.empty, f.bad = f.r[:n], f.gap[:n], f.line[:n], f.at[:n], f.cell[:n], f.empty[:n], f.bad[:n]
}

// text returns the runes in [a, b) as a string.
func (f flat) text(a, b int) string {
	a, b = max(a, 0), min(b, len(f.r))
	if a >= b {
		return ""
	}
	return string(f.r[a:b])
}

// lineAt is the source line of rune i, or of the last rune.
func (f flat) lineAt(i int) int {
	if len(f.line) == 0 {
		return 0
	}
	return f.line[min(max(i, 0), len(f.line)-1)]
}

// index finds s (folded, without whitespace) in f at or after from, or -1.
func (f flat) index(s string, from int) int { return f.indexIn(s, from, len(f.r)) }

// indexIn finds s starting in [from, to), or -1. Searches that only look
// near a place must say so: an unbounded search at every one of many
// places is quadratic.
func (f flat) indexIn(s string, from, to int) int {
	want := []rune(vocab.Fold(s))
	if len(want) == 0 {
		return -1
	}
	for i := max(from, 0); i < to && i+len(want) <= len(f.r); i++ {
		if f.r[i] == want[0] && runesEqual(f.r[i:i+len(want)], want) {
			return i
		}
	}
	return -1
}

func runesEqual(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// token is one cell as printed: digits (perhaps a decimal), or a blank
// marker ("/", "—"). In run-together text one token may hold several
// cells; a token from a table cell is always exactly one.
type token struct {
	text  string
	blank bool
	exact bool // from a table cell: one cell, never split
	empty bool // a cell the table left empty
	at    int  // index in flat
	end   int  // index after it
}

// run is a stretch of numbers with only whitespace between them, and the
// label text that came before it since the previous run.
type run struct {
	label string
	// around is the label with the text after the figures that continues
	// it (set for the rows of table 三).
	around string
	toks   []token
	at     int
	end    int // index after the last token
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func isBlankMark(c rune) bool {
	return c == '/' || c == '—' || c == '－' || c == '-' || c == '–' || c == '―' || c == '\\'
}

// numberAt reads the token starting at i, returning it and the index
// after it; ok is false when no number starts at i. A digit directly
// followed by "." or "、" and a label ("2.其他法律…", "1、申请人…") is
// the label's number, not a cell, even when glued to the cells before it
// ("00000002.其他法律…" in web text).
func (f flat) numberAt(i, end int) (t token, next int, ok bool) {
	if i >= end {
		return token{}, i, false
	}
	c := f.r[i]
	exact := f.cell[i] > 0
	if f.bad[i] {
		// The whole cell, to be reported as printed.
		j := i
		for j < len(f.r) && f.cell[j] == f.cell[i] {
			j++
		}
		return token{text: string(f.r[i:j]), exact: true, at: i, end: j}, j, true
	}
	if isBlankMark(c) {
		j := i + 1
		for j < end && !f.gap[j] && isBlankMark(f.r[j]) {
			j++
		}
		// A dash inside words ("2021-2035") is not a cell.
		if j < end && !f.gap[j] && !isDigit(f.r[j]) && !exact && isWordRune(f.r[j]) {
			return token{}, i, false
		}
		return token{text: "/", blank: true, exact: exact, empty: f.empty[i], at: i, end: j}, j, true
	}
	if !isDigit(c) {
		return token{}, i, false
	}
	j := i
	for j < end && (j == i || !f.gap[j]) && (isDigit(f.r[j]) || f.r[j] == '.' || f.r[j] == ',' || f.r[j] == '，' && f.cell[j] > 0) {
		j++
	}
	// A full-width comma separates thousands only inside a table cell;
	// in text it separates clauses ("共3件，其中…").
	s := strings.ReplaceAll(string(f.r[i:j]), "，", ",")
	// In a table cell a figure is a figure: "45." is no label's number.
	labelNumber := !exact && (strings.HasSuffix(s, ".") || (j < end && !f.gap[j] && f.r[j] == '、'))
	if labelNumber {
		s = strings.TrimSuffix(s, ".")
		// The label's own number is its last digit.
		s = s[:len(s)-1]
		j = i + len([]rune(s))
		if s == "" {
			return token{}, i, false
		}
	}
	if strings.Contains(s, ",") {
		if !thousands(strings.TrimRight(s, ",")) {
			// "3,985,75" is no number as printed: a token no reading
			// accepts, so that the row is reported, never cut at a comma.
			return token{text: s, exact: exact, at: i, end: j}, j, true
		}
		trailing := len(s) - len(strings.TrimRight(s, ","))
		s = strings.ReplaceAll(strings.TrimRight(s, ","), ",", "")
		j -= trailing
	}
	if strings.Count(s, ".") > 1 || strings.HasPrefix(s, ".") {
		return token{}, i, false
	}
	return token{text: s, exact: exact, at: i, end: j}, j, true
}

func isWordRune(c rune) bool {
	return c >= 0x4E00 && c <= 0x9FFF || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// thousands reports whether s is written with thousands separators, as
// in "3,985,758".
func thousands(s string) bool {
	intPart, _, _ := strings.Cut(s, ".")
	groups := strings.Split(intPart, ",")
	if len(groups[0]) < 1 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// runs splits [a, b) into label text and runs of numbers.
func (f flat) runs(a, b int) []run {
	var out []run
	label := a
	for i := max(a, 0); i < b && i < len(f.r); {
		t, next, ok := f.numberAt(i, b)
		if !ok {
			i++
			continue
		}
		r := run{label: f.text(label, i), at: i}
		for ok {
			r.toks = append(r.toks, t)
			i = next
			// Another number continues the run only after whitespace or
			// directly after a blank mark; anything else ends it.
			t, next, ok = f.numberAt(i, b)
		}
		r.end = i
		out = append(out, r)
		label = i
	}
	return out
}
