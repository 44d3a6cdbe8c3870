package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/gongkai/gongkai/generator/importer/vocab"
)

// Dates as printed: "2022-02-08 16:34", "2024/1/17", "2024.01.17",
// "2024年1月17日", and in a signature "二〇二四年一月十七日".
var (
	dateDigits  = `(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`
	dateChinese = `([〇零一二三四五六七八九○Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日`
	anyDate     = regexp.MustCompile(dateDigits + `|` + dateChinese)
	fieldDate   = regexp.MustCompile(`(` + alternation(vocab.Default.Published) + `)\s*[：:]?\s*(?:` + dateDigits + `|` + dateChinese + `)`)
	// signature is a date standing alone at the end of a report, under
	// the organ's name.
	signature = regexp.MustCompile(`^\s*(?:` + dateDigits + `日?|` + dateChinese + `)\s*$`)
)

// findPublished returns the report's publication date, YYYY-MM-DD, and
// where it was found: a "发布时间 / 公开日期 / 发布日期" field of the page
// or the text, or the date the report is signed with. A crawler's or
// tool's own date ("采集时间") is not the publication date; neither is a
// date before the year the report covers was over.
func (p *parser) findPublished(year int) (string, string) {
	ok := func(d string) bool {
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return false // "2024-02-30" is no date
		}
		return d > fmt.Sprintf("%04d-12-31", year) && d < fmt.Sprintf("%04d-01-01", year+3)
	}
	src := p.d.src
	for _, f := range src.Fields {
		if isPublishedField(f.Name) {
			if d := firstDate(f.Value); ok(d) {
				return d, f.Name
			}
		}
		// A saved copy's "# source:" line, and fields a page prints.
		for _, m := range fieldDate.FindAllStringSubmatchIndex(f.Value, -1) {
			if d := dateOf(f.Value, m, 1); ok(d) && !ignoredBefore(f.Value, m[0]) {
				return d, fieldName(f.Value, m)
			}
		}
	}
	// A field printed in the text, by the title (a page prints it under
	// the title, after its navigation) or at the end. Of several, the
	// field the vocabulary lists first wins: 发布日期 over 成文日期.
	lines := p.d.lines
	best, bestField, bestRank := "", "", len(vocab.Default.Published)
	for _, li := range edgeLines(len(lines), 100) {
		t := lines[li].text
		if len(t) > 2000 {
			t = t[:2000]
		}
		for _, m := range fieldDate.FindAllStringSubmatchIndex(t, -1) {
			d := dateOf(t, m, 1)
			if !ok(d) || ignoredBefore(t, m[0]) {
				continue
			}
			if r := publishedRank(fieldName(t, m)); r < bestRank {
				best, bestField, bestRank = d, fieldName(t, m), r
			}
		}
	}
	if best != "" {
		return best, bestField
	}
	// The signature: the last date standing alone on a line.
	for k := len(lines) - 1; k >= 0 && k >= len(lines)-15; k-- {
		if m := signature.FindStringSubmatchIndex(lines[k].text); m != nil {
			if d := dateOf(lines[k].text, m, 0); ok(d) {
				return d, "落款日期"
			}
		}
	}
	// A run-together page ends with its signature inside the last line.
	if p.d.flow == runTogether && len(lines) > 0 {
		last := lines[len(lines)-1].text
		for k := len(lines) - 1; k >= 0 && strings.TrimSpace(last) == ""; k-- {
			last = lines[k].text
		}
		if ms := anyDate.FindAllStringSubmatchIndex(last, -1); len(ms) > 0 {
			m := ms[len(ms)-1]
			if d := dateOf(last, m, 0); ok(d) && len(last)-m[1] < 200 {
				return d, "落款日期"
			}
		}
	}
	return "", ""
}

// publishedRank is a field name's place in the vocabulary's list.
func publishedRank(name string) int {
	for i, n := range vocab.Default.Published {
		if strings.EqualFold(name, n) {
			return i
		}
	}
	return len(vocab.Default.Published)
}

func isPublishedField(name string) bool {
	for _, n := range vocab.Default.Published {
		if strings.EqualFold(name, n) {
			return true
		}
	}
	return false
}

// edgeLines are the indexes of the first and last n lines.
func edgeLines(total, n int) []int {
	var out []int
	for i := 0; i < total && i < n; i++ {
		out = append(out, i)
	}
	for i := max(n, total-n); i < total; i++ {
		out = append(out, i)
	}
	return out
}

// ignoredBefore reports whether the field name at i is the end of a
// tool's own date ("采集时间" matched as "时间").
func ignoredBefore(s string, i int) bool {
	head := s[:i]
	rest := s[i:]
	for _, ig := range vocab.Default.Ignored {
		// The ignored name ends where the matched name ends, or contains
		// it from its start.
		for k := 1; k <= len(ig); k++ {
			if strings.HasSuffix(head, ig[:k]) && strings.HasPrefix(rest, ig[k:]) {
				return true
			}
		}
		if strings.HasPrefix(rest, ig) {
			return true
		}
	}
	return false
}

func fieldName(s string, m []int) string { return s[m[2]:m[3]] }

// firstDate is the first date in s, or "".
func firstDate(s string) string {
	m := anyDate.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	return dateOf(s, m, 0)
}

// dateOf makes YYYY-MM-DD of a match of dateDigits|dateChinese whose
// groups start at group g+1.
func dateOf(s string, m []int, g int) string {
	group := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return s[m[2*k]:m[2*k+1]]
	}
	var y, mo, d int
	if group(g+1) != "" {
		y, _ = strconv.Atoi(group(g + 1))
		mo, _ = strconv.Atoi(group(g + 2))
		d, _ = strconv.Atoi(group(g + 3))
	} else {
		y, mo, d = chineseNumber(group(g+4), true), chineseNumber(group(g+5), false), chineseNumber(group(g+6), false)
	}
	if y < 2000 || mo < 1 || mo > 12 || d < 1 || d > daysIn(mo, y) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// chineseNumber reads "二〇二四" digit by digit (a year), or "十七",
// "二十三" as a number.
func chineseNumber(s string, digits bool) int {
	value := map[rune]int{'〇': 0, '零': 0, '○': 0, 'Ｏ': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	if digits {
		n := 0
		for _, c := range s {
			n = n*10 + value[c]
		}
		return n
	}
	r := []rune(s)
	switch {
	case len(r) == 1 && r[0] == '十':
		return 10
	case len(r) == 1:
		return value[r[0]]
	case len(r) == 2 && r[0] == '十':
		return 10 + value[r[1]]
	case len(r) == 2 && r[1] == '十':
		return value[r[0]] * 10
	case len(r) == 3 && r[1] == '十':
		return value[r[0]]*10 + value[r[2]]
	}
	return 0
}
