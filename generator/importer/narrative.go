package importer

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/report"
)

// tableMarkers start the mandated table of sections 二, 三 and 四: prose
// before them is the section's narrative, the rest is the table.
var tableMarkers = map[int][]string{
	1: {article20, report.ActiveItemsHeading},
	2: {balanceNoteStart, report.ApplicantHeading, report.LegalPersonHeading},
	3: {report.ReviewLabel},
}

var (
	subheading = regexp.MustCompile(`^（[一二三四五六七八九十]+）[^。；，,;]{1,24}$`)
	webBreak   = regexp.MustCompile(`([。！？：；”])\s+`)
	webEnum    = regexp.MustCompile(`。(（[一二三四五六七八九十]+）)`)
	mdSpecial  = regexp.MustCompile(`^(?:[#>*+\-=|]|\d+[.)])`)
)

// tableStart is where the table of section k starts in [a, b): at
// whichever of its headings comes first (PDF text prints column headings
// above the 勾稽关系 note), or b when it has none.
func (p *parser) tableStart(k, a, b int) int {
	start := b
	for _, m := range tableMarkers[k] {
		if i := p.f.index(m, a); i >= 0 && i < start {
			start = i
		}
	}
	if start < b && start > a && (p.f.r[start-1] == '（' || p.f.r[start-1] == '(') {
		start-- // "（本列数据的勾稽关系…）" opens with the bracket
	}
	return start
}

// narrative returns the prose of the six sections as Markdown, tables
// taken out. introAt is where the text after the title starts.
func narrative(d *doc, f flat, spans []span, introAt int) []string {
	out := make([]string, len(spans))
	for k, s := range spans {
		a, b := s.body, s.end
		if _, ok := tableMarkers[k]; ok {
			b = (&parser{f: f}).tableStart(k, a, b)
		}
		paras := paragraphs(d, slice(d, f, a, b))
		if k == 0 {
			intro := introParagraphs(d, slice(d, f, introAt, s.head))
			paras = append(intro, paras...)
		}
		if k == len(spans)-1 && d.kind != pdfText {
			paras = dropChrome(paras)
		}
		var md []string
		for _, p := range paras {
			md = append(md, markdown(d, p))
		}
		out[k] = strings.Join(md, "\n\n")
	}
	return out
}

// slice returns the document's text from flat index a to b, with its
// line breaks and spaces as printed.
func slice(d *doc, f flat, a, b int) string {
	if a >= b || a >= len(f.r) {
		return ""
	}
	from := f.at[a]
	to := pos{len(d.lines), 0}
	if b < len(f.r) {
		to = f.at[b]
	}
	var sb strings.Builder
	for li := from.line; li <= to.line && li < len(d.lines); li++ {
		t := d.lines[li].text
		start, end := 0, len(t)
		if li == from.line {
			start = from.off
		}
		if li == to.line {
			end = to.off
		}
		if start < end {
			sb.WriteString(t[start:end])
		}
		if li < to.line {
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// paragraphs splits a stretch of text into paragraphs, by the kind of
// input: PDF text starts a paragraph at a blank line or an indented line
// and joins wrapped lines without a space (Chinese has none between
// words); web text has paragraphs run together and is split after
// sentence ends and before enumerations.
func paragraphs(d *doc, text string) []string {
	var out []string
	switch d.kind {
	case webText:
		text = strings.TrimSpace(text)
		text = webEnum.ReplaceAllString(text, "。\n$1")
		text = webBreak.ReplaceAllString(text, "$1\n")
		for _, p := range strings.Split(text, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	case htmlPage:
		for _, p := range strings.Split(text, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	default:
		var cur strings.Builder
		flush := func() {
			if t := strings.TrimSpace(cur.String()); t != "" {
				out = append(out, t)
			}
			cur.Reset()
		}
		for _, l := range strings.Split(text, "\n") {
			trimmed := strings.TrimSpace(l)
			if trimmed == "" {
				flush()
				continue
			}
			if strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "\u3000") || strings.HasPrefix(l, "\t") {
				flush()
			}
			cur.WriteString(trimmed)
		}
		flush()
	}
	return out
}

// introParagraphs keeps the prose between the title and section 一 (who
// wrote the report, the period it covers) and drops what a web page
// prints there besides (breadcrumbs, source, share buttons): only the
// paragraphs of sentences right before the heading are kept, and in web
// text the run of chrome before the first sentence.
func introParagraphs(d *doc, text string) []string {
	if d.kind == webText {
		text = strings.TrimSpace(text)
		if i := strings.Index(text, "。"); i >= 0 {
			if j := strings.LastIndexAny(text[:i], " \t\u3000\u00a0"); j >= 0 {
				text = text[j+1:]
			}
		}
	}
	paras := paragraphs(d, text)
	k := len(paras)
	for k > 0 && sentence(paras[k-1]) {
		k--
	}
	return paras[k:]
}

// dropChrome drops what follows the last section on a web page (footer,
// "附件下载"): paragraphs from the first one that is not a sentence.
func dropChrome(paras []string) []string {
	for i, p := range paras {
		if i > 0 && !sentence(p) {
			return paras[:i]
		}
	}
	return paras
}

func sentence(p string) bool {
	return strings.ContainsAny(p, "。！？") && utf8.RuneCountInString(p) > 2
}

// markdown writes a paragraph so that Markdown shows it as printed: a
// short numbered line on its own in a web page is a subheading, and a
// paragraph that would start a list or heading is escaped.
func markdown(d *doc, p string) string {
	if d.kind == htmlPage && subheading.MatchString(p) {
		return "### " + p
	}
	if mdSpecial.MatchString(p) {
		return `\` + p
	}
	return p
}

// Markdown assembles the <year>.md file: the six level-2 headings, each
// with its prose.
func Markdown(sections []string) string {
	var b strings.Builder
	for i, s := range report.Sections {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("## " + s.Title + "\n")
		if i < len(sections) && strings.TrimSpace(sections[i]) != "" {
			b.WriteString("\n" + strings.TrimSpace(sections[i]) + "\n")
		}
	}
	return b.String()
}
