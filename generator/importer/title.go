package importer

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/importer/vocab"
)

// Titles as printed: "二七区人民政府办公室2023年政府信息公开工作年度报告",
// "平潭综合实验区2021年度政府信息公开工作年度报告", "2019年上海市人民政府
// 办公厅政府信息公开工作年度报告", "XX局政府信息公开工作2023年度报告"; the
// endings are the vocabulary's. Names may hold brackets ("中国（福建）自由
// 贸易试验区…") but no sentence punctuation.
var (
	titleEnd     = alternation(vocab.Default.Titles)
	organChars   = `[^\s\d，。：:；;、《》“”"|！？?!<>A-Za-z_/\\=#@&%$*+.,']`
	titleOrgan   = regexp.MustCompile(`(` + organChars + `{2,40}?) ?(\d{4})年度? ?(?:的)?(?:` + titleEnd + `)`)
	titleYear    = regexp.MustCompile(`(\d{4})年度? ?(` + organChars + `{2,40}?) ?(?:` + titleEnd + `)`)
	titleLate    = regexp.MustCompile(`(` + organChars + `{2,40}?)(?:政府信息公开工作|政府信息公开|信息公开工作)(\d{4})年度?(?:年度)?报告`)
	titleNoOrgan = regexp.MustCompile(`^(\d{4})年度?(?:` + titleEnd + `)`)
	// "XX局政府信息公开工作年度报告（2023年度）"
	titleAfter  = regexp.MustCompile(`(` + organChars + `{2,40}?)(?:` + titleEnd + `) ?[（(【] ?(\d{4})年度?[）)】]`)
	chineseYear = regexp.MustCompile(`[〇零一二三四五六七八九○Ｏ]{4}年`)
	digitSpace  = regexp.MustCompile(`(\d)\s+(\d|年)`)
)

func alternation(words []string) string {
	var q []string
	for _, w := range words {
		q = append(q, regexp.QuoteMeta(w))
	}
	return strings.Join(q, "|")
}

// titleFound is the report's title: the organ, the year, the title as
// printed, and the flat index after it in the text (-1 when the title
// came from outside the text: a page's <title>, a file's metadata).
type titleFound struct {
	organ string
	year  int
	full  string
	end   int
}

// findTitle looks for the title in the document's own title first (a web
// page's <title>, which holds the report's title, unlike its sidebar),
// then in the first lines of the text, each joined with the next two
// because PDFs break titles over lines ("…工作\n年度报告"), then in the
// page's metadata fields.
func (p *parser) findTitle() (titleFound, bool) {
	src := p.d.src
	var outside []string
	for _, name := range []string{"ArticleTitle", "og:title", "title"} {
		if v := src.Field(name); v != "" {
			outside = append(outside, v)
		}
	}
	if src.Title != "" {
		outside = append(outside, src.Title)
	}
	found, ok := titleFound{}, false
	for _, c := range outside {
		if t, good := matchTitle(c); good {
			found, ok = t.titleFound, true
			found.end = -1
			break
		}
	}
	// The text's own title, if there is one, is where the report starts;
	// the page's names the organ more cleanly when the text's runs into
	// what stands before it.
	if t, good := p.textTitle(); good {
		if !ok {
			return t, true
		}
		if t.year == found.year {
			if strings.HasSuffix(t.organ, found.organ) {
				t.organ = found.organ
			}
			return t, true
		}
	}
	if ok {
		return found, true
	}
	for _, fl := range src.Fields {
		if t, good := matchTitle(fl.Value); good {
			t.end = -1
			return t.titleFound, true
		}
	}
	return titleFound{}, false
}

// textTitle finds the title among the first lines of the text. Spaces
// inside a line are kept: on a web page the organ's name starts after the
// breadcrumbs ("当前位置： 首页 … 年报 平潭综合实验区2021年度…").
func (p *parser) textTitle() (titleFound, bool) {
	var pieces []titlePiece
	for li, l := range p.d.lines {
		t := strings.TrimLeft(l.text, " \t\u3000")
		if strings.TrimSpace(t) == "" {
			continue
		}
		start := len(l.text) - len(t)
		t = strings.TrimRight(t, " \t\u3000")
		if len(t) > 900 { // a run-together page: its title is in its start
			t = t[:900]
			for !utf8.ValidString(t) {
				t = t[:len(t)-1]
			}
		}
		pieces = append(pieces, titlePiece{li, start, t})
		if len(pieces) >= 40 {
			break
		}
	}
	// A title ends on some line k; of the ways to read it, the one starting
	// on the latest line wins, so that breadcrumbs or a "正文" line above
	// it are not taken into the organ's name. PDFs wrap titles ("…工作年\n
	// 度报告"), so a title may start up to two lines above k. A page may
	// list other reports' titles before its own ("相关报告"): the report's
	// title is the last one before its text starts.
	var found []titleFound
	inQuote := make([]bool, len(pieces)) // a 《 opened on an earlier line is still open
	open := false
	for k, pc := range pieces {
		inQuote[k] = open
		if i, j := strings.LastIndex(pc.text, "《"), strings.LastIndex(pc.text, "》"); i > j {
			open = true
		} else if j >= 0 {
			open = false
		}
	}
	for k := range pieces {
		if inQuote[k] {
			continue
		}
		if body(pieces[k].text) {
			// A run-together page starts its text on the title's line.
			if len(found) == 0 {
				if t, ok := p.titleEndingOn(pieces, k); ok {
					found = append(found, t)
				}
			}
			break
		}
		if t, ok := p.titleEndingOn(pieces, k); ok {
			found = append(found, t)
		}
	}
	if len(found) == 0 {
		return titleFound{}, false
	}
	return found[len(found)-1], true
}

// titleEndingOn reads a title ending on the k-th line.
func (p *parser) titleEndingOn(pieces []titlePiece, k int) (titleFound, bool) {
	for i := k; i >= 0 && i >= k-2; i-- {
		var joined strings.Builder
		type mark struct{ rune, piece int }
		var marks []mark
		n := 0
		for j := i; j <= k; j++ {
			marks = append(marks, mark{n, j})
			joined.WriteString(pieces[j].text)
			n += utf8.RuneCountInString(pieces[j].text)
		}
		t, ok := matchTitle(joined.String())
		if !ok || t.endRune <= marks[len(marks)-1].rune {
			continue // no title, or one ending on an earlier line
		}
		if t.organ == "" && i > 0 {
			// "上海市科学技术委员会\n2024年政府信息公开工作年度报告": the
			// organ stands on its own line above the title.
			if t.organ = organLine(pieces[i-1].text); t.organ != "" {
				t.full = t.organ + t.full
			}
		}
		if t.organ == "" {
			continue
		}
		pc := pieces[k]
		last := marks[len(marks)-1].rune
		off := pc.start + len(string([]rune(pc.text)[:min(t.endRune-last, utf8.RuneCountInString(pc.text))]))
		t.end = p.flatAt(pos{pc.line, off})
		return t.titleFound, true
	}
	return titleFound{}, false
}

// body reports whether a line is the report's text: a sentence.
func body(line string) bool {
	return strings.Contains(line, "。") && utf8.RuneCountInString(line) >= 20
}

// titlePiece is a line of the document's start, trimmed.
type titlePiece struct {
	line  int    // index in p.d.lines
	start int    // byte offset of text in that line
	text  string // trimmed
}

// flatAt is the flat index of the first rune at or after a place in the
// document's lines.
func (p *parser) flatAt(at pos) int {
	return sort.Search(len(p.f.at), func(i int) bool {
		a := p.f.at[i]
		return a.line > at.line || a.line == at.line && a.off >= at.off
	})
}

type titleMatch struct {
	titleFound
	endRune int // rune offset of the title's end in the text matched
}

// titleFold folds what titles mix (full-width digits, "2023 年") but keeps
// spaces, which end an organ's name.
func titleFold(s string) string {
	var b strings.Builder
	for _, c := range s {
		if f := vocab.FoldRune(c); f != 0 {
			c = f
		} else {
			c = ' '
		}
		b.WriteRune(c)
	}
	folded := digitSpace.ReplaceAllString(digitSpace.ReplaceAllString(b.String(), "$1$2"), "$1$2")
	// "二〇二三年" is 2023: four digits for four, so offsets keep.
	return chineseYear.ReplaceAllStringFunc(folded, func(y string) string {
		r := []rune(y)
		return fmt.Sprintf("%04d", chineseNumber(string(r[:4]), true)) + "年"
	})
}

// matchTitle finds a report title in s: of every way of reading one
// (organ first, year first, year last, no organ), the one that starts
// first and names a plausible organ.
func matchTitle(raw string) (titleMatch, bool) {
	s := titleFold(raw)
	var best titleMatch
	bestAt := -1
	try := func(re *regexp.Regexp, organ, year int) {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			if quoted(s, m[0]) || runsOn(s[m[1]:]) {
				continue // 《…关于编制2021年政府信息公开工作年度报告的通知》
			}
			y, _ := strconv.Atoi(s[m[2*year]:m[2*year+1]])
			if y < 2000 || y > time.Now().Year()+1 {
				continue
			}
			o, start := "", m[0]
			if organ > 0 {
				printed := s[m[2*organ]:m[2*organ+1]]
				o = plausibleOrgan(cleanOrgan(printed), s[m[2*organ+1]:m[1]])
				if o == "" {
					continue
				}
				if organ == 1 {
					start += len(printed) - len(cleanOrgan(printed))
				}
			}
			if bestAt >= 0 && start >= bestAt {
				continue
			}
			// endRune counts runes of raw: titleFold drops only the
			// spaces in "2023 年", so count them back.
			full := strings.ReplaceAll(s[start:m[1]], " ", "")
			best = titleMatch{titleFound: titleFound{organ: o, year: y, full: full}, endRune: rawRunes(raw, utf8.RuneCountInString(s[:m[1]]))}
			bestAt = start
		}
	}
	try(titleOrgan, 1, 2)
	try(titleYear, 2, 1)
	try(titleLate, 1, 2)
	try(titleAfter, 1, 2)
	try(titleNoOrgan, 0, 1)
	return best, bestAt >= 0
}

// quoted reports whether s[i:] stands inside 《…》: the name of another
// document, not a title.
func quoted(s string, i int) bool {
	return strings.LastIndex(s[:i], "《") > strings.LastIndex(s[:i], "》")
}

// runsOn reports whether a title's words run on into a phrase ("…年度报告
// 编制公布工作的通知"): a title stands alone, or before a space, a bracket
// or the separator of a page's title.
func runsOn(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if r < 0x4E00 || r > 0x9FFF {
		return false
	}
	for _, w := range vocab.Default.TitleFollowers {
		if strings.HasPrefix(rest, w) {
			return false
		}
	}
	return true
}

// notOrgans are words a title pattern may take for an organ's name.
var notOrgans = []string{"本机关", "本单位", "我局", "我委", "我办", "本局", "本委", "年度", "政府", "关于", "印发"}

// plausibleOrgan returns the organ of a title match, or "" when the
// match took part of the title's ending ("2021年度政府|信息公开工作年度报告")
// or a word that names no organ.
func plausibleOrgan(organ, rest string) string {
	for _, t := range vocab.Default.Titles {
		// The organ ends with the start of a longer ending than the one
		// matched: the pattern cut the ending in two.
		for k := 1; k < len(t); k++ {
			if strings.HasSuffix(organ, t[:k]) && strings.HasPrefix(rest, t[k:]) && len(t[k:]) > 0 {
				if len(organ)-k < len("某某") {
					return ""
				}
				organ = organ[:len(organ)-k]
			}
		}
	}
	if utf8.RuneCountInString(organ) < 2 {
		return ""
	}
	for _, n := range append(notOrgans, vocab.Default.TitleNoise...) {
		if organ == n {
			return ""
		}
	}
	return organ
}

// rawRunes maps a rune count of the folded text back to raw's, whose
// digit-spaces titleFold removed.
func rawRunes(raw string, folded int) int {
	rs := []rune(raw)
	n, i := 0, 0
	for ; i < len(rs) && n < folded; i++ {
		if (rs[i] == ' ' || rs[i] == '\u3000') && i > 0 && i+1 < len(rs) && isDigit(vocab.FoldRune(rs[i-1])) && (isDigit(vocab.FoldRune(rs[i+1])) || rs[i+1] == '年') {
			continue
		}
		n++
	}
	return i
}

// cleanOrgan drops what stands before an organ's name on a title line
// but is not part of it ("正文", "标题：", "关于").
func cleanOrgan(s string) string {
	for changed := true; changed; {
		changed = false
		for _, n := range vocab.Default.TitleNoise {
			if strings.HasPrefix(s, n) && len([]rune(s)) > len([]rune(n))+1 {
				s, changed = strings.TrimLeft(strings.TrimPrefix(s, n), "：:"), true
			}
		}
		// A bracket the title stands in ("（二七区…报告）", "【…】"): one
		// that the name does not close is not part of it.
		for _, pair := range brackets {
			if strings.HasPrefix(s, pair[0]) && !strings.Contains(s, pair[1]) {
				s, changed = strings.TrimPrefix(s, pair[0]), true
			}
		}
	}
	return s
}

// brackets are the pairs a title may stand in.
var brackets = [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}, {"「", "」"}, {"〔", "〕"}, {"﹝", "﹞"}}

// organSuffix is how the names of organs end.
var organSuffix = regexp.MustCompile(`(?:政府|办公室|办公厅|委员会|局|厅|委|办|院|署|所|中心|管委会|街道|街道办事处|镇|乡|区|县|市|省|站|队|会|处|部)$`)

// organLine returns a line that is an organ's name standing alone.
func organLine(s string) string {
	s = cleanOrgan(strings.TrimSpace(s))
	if n := len([]rune(s)); n < 2 || n > 40 || !organSuffix.MatchString(s) || strings.ContainsAny(s, "，。：；、0123456789") {
		return ""
	}
	return s
}

// statedPeriod is the sentence most reports open with: "本报告所列数据的
// 统计期限自2023年1月1日起至2023年12月31日止".
var statedPeriod = regexp.MustCompile(`(?:统计期限|统计时限|统计周期|统计时间|统计区间|统计范围|数据统计)[^。；]{0,16}?(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日`)

// periodYear is the year the report's text says its figures cover, or 0.
func (p *parser) periodYear() (int, int) {
	f := p.f
	s := f.text(0, min(len(f.r), 6000))
	m := statedPeriod.FindStringSubmatchIndex(s)
	if m == nil {
		return 0, 0
	}
	y, _ := strconv.Atoi(s[m[2]:m[3]])
	return y, utf8.RuneCountInString(s[:m[0]])
}
