package importer

import (
	"strings"
	"unicode"
)

// flat is a document's text with whitespace taken out but remembered.
// PDF text breaks labels with stray spaces and line ends and separates
// cells with runs of spaces: labels are therefore matched on the runes
// alone, while gap still tells two numbers "21 0" apart from "210".
type flat struct {
	r    []rune
	gap  []bool // whitespace stood before r[i]
	line []int  // source line of r[i]
	at   []pos  // where r[i] is in the document's lines
}

// pos is a place in a document: line index and byte offset in that line.
type pos struct{ line, off int }

func newFlat(d *doc) flat {
	var f flat
	space := false
	for li, l := range d.lines {
		for off, c := range l.text {
			c = normalizeRune(c)
			if unicode.IsSpace(c) {
				space = true
				continue
			}
			f.r = append(f.r, c)
			f.gap = append(f.gap, space)
			f.line = append(f.line, l.n)
			f.at = append(f.at, pos{li, off})
			space = false
		}
		space = true
	}
	return f
}

// normalizeRune folds full-width digits and punctuation that reports mix
// with their ASCII forms.
func normalizeRune(c rune) rune {
	switch {
	case c >= '０' && c <= '９':
		return '0' + (c - '０')
	case c == '．':
		return '.'
	case c == '／':
		return '/'
	case c == '\u00a0', c == '\u3000', c == '\f':
		return ' '
	}
	return c
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

// index finds s (without whitespace) in f at or after from, or -1.
func (f flat) index(s string, from int) int {
	want := []rune(strings.Join(strings.Fields(s), ""))
	for i := max(from, 0); i+len(want) <= len(f.r); i++ {
		if runesEqual(f.r[i:i+len(want)], want) {
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
// marker ("/", "—"). In run-together web text one token may hold several
// cells.
type token struct {
	text  string
	blank bool
	at    int // index in flat
}

// run is a stretch of numbers with only whitespace between them, and the
// label text that came before it since the previous run.
type run struct {
	label string
	toks  []token
	at    int
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func isBlankMark(c rune) bool {
	return c == '/' || c == '—' || c == '－' || c == '-' || c == '–' || c == '―'
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
	if isBlankMark(c) {
		j := i + 1
		for j < end && !f.gap[j] && isBlankMark(f.r[j]) {
			j++
		}
		return token{text: "/", blank: true, at: i}, j, true
	}
	if !isDigit(c) {
		return token{}, i, false
	}
	j := i
	for j < end && (j == i || !f.gap[j]) && (isDigit(f.r[j]) || f.r[j] == '.' || f.r[j] == ',') {
		j++
	}
	s := string(f.r[i:j])
	labelNumber := strings.HasSuffix(s, ".") || (j < end && !f.gap[j] && f.r[j] == '、')
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
		if !thousands(s) {
			return token{}, i, false
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	if strings.Count(s, ".") > 1 || strings.HasPrefix(s, ".") {
		return token{}, i, false
	}
	return token{text: s, at: i}, j, true
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
	for i := a; i < b; {
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
		out = append(out, r)
		label = i
	}
	return out
}
