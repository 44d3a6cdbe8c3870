package importer

import (
	"regexp"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// labelNumber is the numbering in front of a printed label: "一、",
// "（三）", "2.", "1、".
var labelNumber = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])`)

// coreLabel is a label without its numbering and spaces: what must be
// found in the text, however the PDF broke it.
func coreLabel(s string) string {
	s = strings.Join(strings.Fields(s), "")
	return labelNumber.ReplaceAllString(s, "")
}

// coverage is the share of the label's character pairs that occur in
// text. Published labels lose or gain a character now and then ("其他法律
// 行政止公开"), and PDF text interleaves the labels of neighbouring
// cells, so an exact match is too strict and a subsequence too lax.
func coverage(label, text string) float64 {
	l := []rune(coreLabel(label))
	if len(l) == 0 {
		return 0
	}
	if len(l) == 1 {
		if strings.ContainsRune(text, l[0]) {
			return 1
		}
		return 0
	}
	found := 0
	for i := 0; i+1 < len(l); i++ {
		if strings.Contains(text, string(l[i:i+2])) {
			found++
		}
	}
	return float64(found) / float64(len(l)-1)
}

// matches is the threshold at which a label counts as printed.
const matches = 0.6

// Headings that start tables, taken from the labels so that they are
// spelled once: "本列数据" opens the 勾稽关系 note above table 三, and
// "第二十条" every part of table 二.
var (
	balanceNoteStart = prefixRunes(strings.TrimPrefix(report.ApplicationsBalanceNote, "（"), 4)
	article20        = prefixRunes(report.Article20Item1, 4)
)

func prefixRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}
