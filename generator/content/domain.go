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

// Report years. The mandated tables exist from the 2019 national format
// (for the reports on 2019 and 2020); the 2021 format (国办公开办函〔2021〕30号)
// from the reports on 2021. A report is on a year that has begun.
const (
	FirstYear       = 2019
	FirstYear2021   = 2021
	maxPublishedLag = 3 // years after the report's year a publication date may lie
)

// thisYear is the latest year a report may be on: a clerk drafts the
// report on a year in its December. A variable for the tests.
var thisYear = func() int { return time.Now().Year() }

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

// checkFormatYear returns why a report of year cannot follow format, or "".
func checkFormatYear(format string, year int) string {
	switch {
	case format == report.Format2021 && year < FirstYear2021:
		return fmt.Sprintf("%d 年度的报告不会按 2021 年格式编制（该格式自 2021 年度起施行）：应为 format = \"2019\"，并按 2019 年格式的表格填写", year)
	case format == report.Format2019 && year >= FirstYear2021:
		return fmt.Sprintf("%d 年度的报告应按 2021 年格式编制（国办公开办函〔2021〕30号）：应为 format = \"2021\"；若原文确实沿用了 2019 年格式的表格，请按原文保留并在说明中注明", year)
	}
	return ""
}

// checkPublished returns why a publication date cannot be that of a
// report on year, or "".
func checkPublished(t time.Time, year int) string {
	if t.Year() <= year || t.Year() > year+maxPublishedLag {
		return fmt.Sprintf("发布日期 %s 不在 %d 年度报告可能的发布时间内（%d-01-01 至 %d-12-31：年度结束之后才能发布）：是否写错了年份？", t.Format("2006-01-02"), year, year+1, year+maxPublishedLag)
	}
	return ""
}

// checkText returns why s cannot be a one-line text field shown on
// pages and in CSV files, or "": control characters break lines and
// cells, format characters (zero-width spaces, direction overrides) are
// invisible and make two names that look alike differ, private-use
// characters and U+FFFD show as boxes. max bounds its length in
// characters.
func checkText(s string, max int) string {
	if strings.TrimSpace(s) == "" {
		return "为空"
	}
	if !utf8.ValidString(s) {
		return "含无效的 UTF-8 字节"
	}
	i := 0
	for _, r := range s {
		i++
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return fmt.Sprintf("第 %d 个字符是换行或制表符：此处只能写一行文字", i)
		case unicode.Is(unicode.Cc, r):
			return fmt.Sprintf("第 %d 个字符是控制字符 U+%04X：通常是从其他文档复制时带进来的，请删除后重新输入", i, r)
		case unicode.Is(unicode.Cf, r):
			return fmt.Sprintf("第 %d 个字符是不可见的格式字符 U+%04X（零宽空格、方向控制符之类）：它让看起来相同的文字不同，请删除", i, r)
		case unicode.Is(unicode.Co, r) || r == utf8.RuneError || r&0xfffe == 0xfffe:
			return fmt.Sprintf("第 %d 个字符 U+%04X 不是可显示的字符（显示为方框或问号）：请换成原文的字", i, r)
		}
	}
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Sprintf("过长（%d 个字符，上限 %d 个）", n, max)
	}
	return ""
}

// nameKey is what two organ names are compared by: the same name typed
// with full-width letters or digits, or with spaces anywhere, is the same
// name.
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
func CheckName(name string) string { return checkText(name, maxNameLength) }
