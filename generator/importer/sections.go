package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/generator/report"
)

// Titles as printed: "二七区人民政府办公室2023年政府信息公开工作年度报告",
// "平潭综合实验区2021年度政府信息公开工作年度报告", and year first:
// "2019年上海市人民政府办公厅政府信息公开工作年度报告".
var (
	titleOrganFirst = regexp.MustCompile(`([^\s\d，。：:；;、（）()《》“”"|]{2,40}?)(\d{4})年度?政府信息公开工作年度报告`)
	titleYearFirst  = regexp.MustCompile(`(\d{4})年度?([^\s\d，。：:；;、（）()《》“”"|]{2,40}?)政府信息公开工作年度报告`)
	publishedDate   = regexp.MustCompile(`(?:发布时间|发布日期|成文日期|时间)[：:\s]*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})`)
)

// title finds the organ and year in the report's title. PDF text breaks
// titles over lines ("…工作年\n度报告"), so each line is also tried joined
// with the next two.
func title(d *doc, f flat) (organ string, year int, full string, err error) {
	var candidates []string
	if d.title != "" {
		candidates = append(candidates, d.title)
	}
	var texts []string
	for _, l := range d.lines {
		if t := strings.TrimSpace(l.text); t != "" {
			texts = append(texts, t)
		}
		if len(texts) >= 12 {
			break
		}
	}
	digitSpace := regexp.MustCompile(`(\d)\s+(年)`)
	for i := range texts {
		joined := texts[i]
		for j := i + 1; j < len(texts) && j <= i+2; j++ {
			joined += texts[j]
		}
		candidates = append(candidates, digitSpace.ReplaceAllString(joined, "$1$2"))
	}
	if d.meta != "" {
		candidates = append(candidates, d.meta)
	}
	for _, c := range candidates {
		if m := titleOrganFirst.FindStringSubmatch(c); m != nil {
			y, _ := strconv.Atoi(m[2])
			return m[1], y, m[0], nil
		}
		if m := titleYearFirst.FindStringSubmatch(c); m != nil {
			y, _ := strconv.Atoi(m[1])
			return m[2], y, m[0], nil
		}
	}
	return "", 0, "", errorf("", f.lineAt(0), "找不到报告标题（应如“XX人民政府2023年政府信息公开工作年度报告”），无法确定机关名称和年度")
}

// published finds a publication date printed before the report body
// (web pages print "时间：2022-02-08 16:34" above it).
func published(f flat, end int, meta string) string {
	m := publishedDate.FindStringSubmatch(f.text(0, end))
	if m == nil {
		m = publishedDate.FindStringSubmatch(meta)
	}
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	da, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 || da < 1 || da > 31 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, da)
}

// format2019 are headings only the 2019 national format prints (国办公开办
// 函〔2019〕60号): its table 二 counts 新制作/新公开 documents and
// 采购 under 第二十条第（九）项.
var format2019 = []string{"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "第二十条第（九）项"}

// headingPrefix may stand before a section's title as printed.
var headingPrefix = []rune("政府信息公开工作")

// span is where a section is in the flat text: its heading starts at
// head, its body runs from body to end.
type span struct{ head, body, end int }

// sections finds the six section headings in order. A heading is the
// section's number and "、" followed by its title; the title may differ
// by a character or two as printed ("行政法复议"), and the same number
// also starts table rows ("四、结转下年度继续办理"), which the title
// comparison tells apart.
func sections(f flat) ([]span, error) {
	spans := make([]span, len(report.Sections))
	from := 0
	for k, s := range report.Sections {
		found := false
		num := []rune(s.Number)[0]
		title := []rune(s.Title)
		for i := from; i+1 < len(f.r); i++ {
			if f.r[i] != num || (f.r[i+1] != '、' && f.r[i+1] != '.') {
				continue
			}
			at := i + 2
			// Some reports name section 五 in full: “五、政府信息公开工作存在的…”.
			if f.text(at, at+len(headingPrefix)) == string(headingPrefix) {
				at += len(headingPrefix)
			}
			window := f.text(at, at+len(title)+2)
			if coverage(s.Title, window) < 0.7 {
				continue
			}
			// The heading ends at the title's last character.
			end := at
			last := title[len(title)-1]
			for j := at; j < at+len(title)+2 && j < len(f.r); j++ {
				if f.r[j] == last {
					end = j + 1
				}
			}
			spans[k] = span{head: i, body: end}
			from, found = end, true
			break
		}
		if !found {
			return nil, errorf("", f.lineAt(from), "找不到第%s部分的标题“%s”（报告应有六个部分，依次为 %s）", s.Number, s.Heading(), sectionList())
		}
	}
	for k := range spans {
		if k+1 < len(spans) {
			spans[k].end = spans[k+1].head
		} else {
			spans[k].end = len(f.r)
		}
	}
	return spans, nil
}

func sectionList() string {
	var t []string
	for _, s := range report.Sections {
		t = append(t, s.Heading())
	}
	return strings.Join(t, "、")
}
