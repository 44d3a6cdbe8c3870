package vocab

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// Numbering is the numbering printed before a label or heading: "一、",
// "（三）", "(3)", "2.", "1、", "①", "第一部分".
var Numbering = regexp.MustCompile(`^(?:第[一二三四五六七八九十]+部分[、：:.．]?|[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d{1,2}\s*[.、．](?:\D|$)|[（(]\d{1,2}[）)]|[①-⑳])`)

// Fold maps the forms reports mix to one: full-width digits, letters and
// ASCII punctuation to the forms the official labels use, and drops
// every kind of space.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range s {
		if c = FoldRune(c); c != 0 {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// FoldRune is Fold for one rune; 0 for a space.
func FoldRune(c rune) rune {
	switch {
	case unicode.IsSpace(c), c == '\u3000', c == '\u00a0', c == '\u200b', c == '\ufeff':
		return 0
	case c >= '０' && c <= '９':
		return '0' + (c - '０')
	case c >= 'Ａ' && c <= 'Ｚ':
		return 'A' + (c - 'Ａ')
	case c >= 'ａ' && c <= 'ｚ':
		return 'a' + (c - 'ａ')
	}
	switch c {
	case '(':
		return '（'
	case ')':
		return '）'
	case ':':
		return '：'
	case ';':
		return '；'
	case '．':
		return '.'
	case '／':
		return '/'
	case '"', '＂', '〝', '〞', '„':
		return '“'
	case '\'', '＇':
		return '‘'
	}
	return c
}

// Core is a label as it is compared: folded, its numbering dropped.
func Core(s string) string {
	s = Fold(s)
	for {
		loc := Numbering.FindStringIndex(s)
		if loc == nil || loc[1] == 0 {
			return s
		}
		cut := loc[1]
		// "\d[.、](\D|$)" consumes the character after the number; give it
		// back.
		if m := s[loc[0]:loc[1]]; len(m) > 1 && isDigitPrefix(m) {
			last := []rune(m)
			if r := last[len(last)-1]; r != '.' && r != '、' && r != '．' {
				cut -= len(string(r))
			}
		}
		s = s[cut:]
	}
}

func isDigitPrefix(m string) bool { return m[0] >= '0' && m[0] <= '9' }

// Coverage is the share of label's character pairs that occur in text.
// Published labels lose or gain a character now and then ("其他法律行政止
// 公开"), and text from PDFs interleaves the labels of neighbouring
// cells, so an exact match is too strict and a subsequence too lax.
func Coverage(label, text string) float64 { return coverage(pairsOf(label), Fold(text)) }

// pairs are a label's character pairs (one character, for a label of
// one), kept once per label: the labels are the vocabulary's, and a long
// input compares them with text at every row.
var pairs sync.Map

func pairsOf(label string) []string {
	if p, ok := pairs.Load(label); ok {
		return p.([]string)
	}
	l := []rune(Core(label))
	var out []string
	switch len(l) {
	case 0:
	case 1:
		out = []string{string(l)}
	default:
		for i := 0; i+1 < len(l); i++ {
			out = append(out, string(l[i:i+2]))
		}
	}
	pairs.Store(label, out)
	return out
}

func coverage(pairs []string, folded string) float64 {
	if len(pairs) == 0 {
		return 0
	}
	found := 0
	for _, p := range pairs {
		if strings.Contains(folded, p) {
			found++
		}
	}
	return float64(found) / float64(len(pairs))
}

// Best is the highest coverage of any of labels in text.
func Best(labels []string, text string) float64 {
	folded := Fold(text)
	best := 0.0
	for _, l := range labels {
		best = max(best, coverage(pairsOf(l), folded))
	}
	return best
}
