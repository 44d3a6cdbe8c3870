package content

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/gongkai/gongkai/generator/report"
)

// The domain of each input: values no real report has are refused with
// the reason, not passed on to pages, feeds and CSV files.

// maxNameLength bounds an organ's name and category, in characters: the
// longest real names are about 40.
const maxNameLength = 100

// maxNoteLength bounds an acknowledgement's note, printed on the report
// page beside the table.
const maxNoteLength = 500

// Report years: from the first year of a national format
// (report.Formats) to a year that has begun.

// maxPublishedLag is how many years after the report's year a
// publication date may lie.
const maxPublishedLag = 3

// FirstYear is the first year a report can be on: the mandated tables
// exist from the 2019 national format.
var FirstYear = report.FirstFormatYear()

// thisYear is the latest year a report may be on: a clerk drafts the
// report on a year in its December. A variable for the tests.
var thisYear = func() int { return time.Now().Year() }

// today is the date in Beijing, where the reports are published, as
// YYYY-MM-DD. A variable for the tests.
var today = func() string { return time.Now().In(beijing).Format("2006-01-02") }

var beijing = time.FixedZone("CST", 8*3600)

// checkYear returns why year cannot be a report's year, or "".
func checkYear(year int) string {
	switch {
	case year < FirstYear:
		return fmt.Sprintf("%d 年早于 %d 年：全国统一的年度报告表格自 %d 年度起才有，gongkai 只收录按这些格式编制的报告", year, FirstYear, FirstYear)
	case year > thisYear():
		return fmt.Sprintf("%d 年还没有到：报告年度最晚为今年；是否把发布年份当成了报告年度？", year)
	}
	return ""
}

// checkFormatYear returns why a report of year cannot follow format, or
// "" (also for an unknown format or year, told elsewhere). kept is true
// when the report follows a format that year had replaced: some organs
// kept the old tables for a year or two, which is published as printed.
func checkFormatYear(format string, year int) (why string, kept bool) {
	f, due := report.FormatOf(format), report.FormatForYear(year)
	switch {
	case f == nil || due == nil || f == due:
		return "", false
	case year < f.FirstYear:
		return fmt.Sprintf("%d 年度的报告不会按%s编制（该格式自 %d 年度起施行）：应为 format = %q，并按%s的表格填写", year, f.Name, f.FirstYear, due.ID, due.Name), false
	}
	return fmt.Sprintf("%d 年度的报告应按%s编制：应为 format = %q；若原文确实沿用了%s的表格，请按原文保留并在说明中注明", year, due.Name, due.ID, f.Name), true
}

// checkPublished returns why a publication date cannot be that of a
// report on year, or "".
func checkPublished(t time.Time, year int) string {
	if date := t.Format("2006-01-02"); date > today() {
		return fmt.Sprintf("发布日期 %s 晚于今天（%s）：报告发布之后才能填写发布日期；是否写错了年份或月份？", date, today())
	}
	if t.Year() <= year || t.Year() > year+maxPublishedLag {
		return fmt.Sprintf("发布日期 %s 不在 %d 年度报告可能的发布时间内（%d-01-01 至 %d-12-31：年度结束之后才能发布）：是否写错了年份？", t.Format("2006-01-02"), year, year+1, year+maxPublishedLag)
	}
	return ""
}

// checkText returns why s cannot be a one-line text field shown on
// pages and in CSV files, or "": control characters break lines and
// cells; invisible characters (zero-width and direction marks, variation
// selectors, fillers, special spaces) make two names that look alike
// differ; radicals stand in for the characters they look like; private-
// use characters and U+FFFD show as boxes. max bounds its length in
// characters.
func checkText(s string, max int) string {
	if strings.TrimSpace(s) == "" {
		return "为空"
	}
	if !utf8.ValidString(s) {
		return "含无效的 UTF-8 字节"
	}
	i, prev := 0, ' '
	for _, r := range s {
		i++
		if why := badRune(r, prev); why != "" {
			return fmt.Sprintf("第 %d 个字符%s", i, why)
		}
		prev = r
	}
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Sprintf("过长（%d 个字符，上限 %d 个）", n, max)
	}
	return ""
}

// badRune returns why r, after prev, cannot stand in a one-line field,
// or "".
func badRune(r, prev rune) string {
	switch {
	case r == '\t' || r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
		return "是换行或制表符：此处只能写一行文字"
	case unicode.Is(unicode.Cc, r):
		return fmt.Sprintf("是控制字符 U+%04X：通常是从其他文档复制时带进来的，请删除后重新输入", r)
	case invisible(r):
		return fmt.Sprintf("是看不见的字符 U+%04X（零宽字符、方向控制符、变体选择符、填充符之类）：它让看起来相同的文字不同，请删除", r)
	case unicode.Is(unicode.Zs, r) && r != ' ' && r != 0x3000:
		return fmt.Sprintf("是特殊空格 U+%04X（如不换行空格）：请换成普通空格或删去", r)
	case unicode.In(r, unicode.Mn, unicode.Me) && (prev == ' ' || prev == 0x3000):
		return fmt.Sprintf("是单独的组合符号 U+%04X：它不属于任何字，请删除", r)
	case r >= 0x2e80 && r <= 0x2fdf:
		return fmt.Sprintf("是部首字符 U+%04X（%c），不是汉字：常见于从 PDF 复制的文字，请换成对应的汉字", r, r)
	case unicode.Is(unicode.Co, r) || r == utf8.RuneError || noncharacter(r):
		return fmt.Sprintf(" U+%04X 不是可显示的字符（显示为方框或问号）：请换成原文的字", r)
	}
	return ""
}

// invisible reports whether r shows as nothing: format characters,
// variation selectors, the Unicode default-ignorable fillers (U+3164,
// U+115F, U+034F…), and the blank braille pattern.
func invisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r) ||
		unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) || r == 0x2800 || r == 0x115f || r == 0x1160
}

// noncharacter reports whether r is one of Unicode's noncharacters.
func noncharacter(r rune) bool {
	return r >= 0xfdd0 && r <= 0xfdef || r&0xfffe == 0xfffe
}

// checkProse returns the line and reason of the first character a
// narrative cannot hold, or 0: control characters (but tabs), direction
// controls, which reorder what follows them, noncharacters and
// private-use characters. Zero-width spaces are left to prose, where
// copies from web pages carry them harmlessly. Every narrative of a
// portal passes through here, so the bytes are scanned and only a
// suspect one decoded.
func checkProse(lines []string) (int, string) {
	for n, l := range lines {
		for i := 0; i < len(l); i++ {
			b := l[i]
			suspect := b < 0x20 && b != '\t' && b != '\r' || b == 0x7f ||
				b == 0xc2 || b == 0xe2 || b == 0xee || b == 0xef || b >= 0xf0
			if !suspect {
				continue
			}
			r, _ := utf8.DecodeRuneInString(l[i:])
			if why := badProseRune(r); why != "" {
				return n + 1, fmt.Sprintf("第 %d 个字符%s", utf8.RuneCountInString(l[:i])+1, why)
			}
		}
	}
	return 0, ""
}

// badProseRune returns why r cannot stand in a narrative, or "".
func badProseRune(r rune) string {
	switch {
	case r == '\t' || r == '\r':
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return fmt.Sprintf("是控制字符 U+%04X：通常是从其他文档复制时带进来的，请删除", r)
	case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		return fmt.Sprintf("是方向控制符 U+%04X：它会把之后的文字倒过来显示，请删除", r)
	case r >= 0xe000 && r <= 0xf8ff || r >= 0xf0000 || noncharacter(r):
		return fmt.Sprintf(" U+%04X 不是可显示的字符（显示为方框）：请换成原文的字", r)
	}
	return ""
}

// nameKey is what two organ names are compared by: the same name typed
// with full-width letters or digits, or with spaces anywhere, is the same
// name. (Invisible characters and radicals are refused before.)
func nameKey(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, norm.NFKC.String(name))
}

// CheckYear returns why year cannot be a report's year, or "": for the
// commands that write reports.
func CheckYear(year int) string { return checkYear(year) }

// CheckName returns why name cannot be an organ's name, or "".
func CheckName(name string) string { return checkName(name) }

// checkName returns why s cannot be an organ's name or category, or "":
// checkText, and then only Han characters, ASCII (in its half- and
// full-width forms) and the CJK punctuation names are printed with. Kana, Cyrillic and Greek
// letters, CJK strokes and the like look like characters of a name
// (ニ for 二, ー for 一, А for A) and make two organs that read alike;
// symbols and emoji are no part of an organ's name.
func checkName(s string) string {
	if why := checkText(s, maxNameLength); why != "" {
		return why
	}
	i := 0
	for _, r := range s {
		i++
		if nameRune(r) {
			continue
		}
		hint := "请照报告上印的名称，用汉字、字母、数字和括号、顿号、间隔号等标点书写"
		switch {
		case unicode.In(r, unicode.Katakana, unicode.Hiragana) || r == 0x30fc:
			hint = "它是日文假名或长音符，看起来像汉字（如ニ像“二”，ー像“一”）：请换成对应的汉字"
		case r >= 0x31c0 && r <= 0x31ef || r >= 0x2ff0 && r <= 0x2fff:
			hint = "它是汉字笔画或结构描述符，不是汉字：请换成对应的汉字"
		case unicode.In(r, unicode.Cyrillic, unicode.Greek):
			hint = "它是西里尔或希腊字母，看起来像拉丁字母：请换成对应的拉丁字母或汉字"
		case unicode.In(r, unicode.Mn, unicode.Me):
			hint = "它是加在前一个字上的组合符号：请删除"
		}
		return fmt.Sprintf("第 %d 个字符 %q（U+%04X）不能用在名称中：%s", i, r, r, hint)
	}
	return ""
}

// nameRune reports whether r may stand in an organ's name or category.
func nameRune(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r):
		return true
	case r >= 0x20 && r < 0x7f, r >= 0xff01 && r <= 0xff5e:
		return true // ASCII and its full-width forms (pages escape what needs it)
	}
	return strings.ContainsRune("\u3000【】〔〕《》〈〉「」“”‘’、。·—–…", r)
}

// NameKey is nameKey for the commands that write organs.
func NameKey(name string) string { return nameKey(name) }
