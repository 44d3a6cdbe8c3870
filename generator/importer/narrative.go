package importer

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gongkai/gongkai/generator/report"
)

// part is a stretch of prose and the section it goes in.
type part struct {
	a, b    int // flat range of its text
	section int
	heading string // a heading kept as a sub-heading of the section ("### …")
	intro   bool   // the text between the title and the first heading
}

// narrative places the prose of the document under the six official
// sections: the text after each heading goes to the section its heading
// maps to; a heading of the report's own (二、工作机制保障) is kept as a
// sub-heading of the section it belongs to by topic, or of the section
// before it; prose before the first heading opens 总体情况. Tables are
// left out. It returns the Markdown of each section.
func (p *parser) narrative(tabs []span, introAt int) []string {
	hs := p.headings(tabs)
	var parts []part
	claimed := make([]bool, len(report.Sections))
	current := 0
	first := len(p.f.r)
	if len(hs) > 0 {
		first = hs[0].start
	}
	parts = append(parts, part{a: max(introAt, 0), b: first, section: 0, intro: true})
	for k, h := range hs {
		end := len(p.f.r)
		if k+1 < len(hs) {
			end = hs[k+1].start
		}
		title := p.f.text(h.start, h.end)
		pt := part{a: h.end, b: end, section: current}
		switch {
		case h.section < 0:
			pt.heading = title
			p.note("「%s」不是国家格式的部分，其内容放在「%s」之下", title, report.Sections[current].Heading())
		case h.topic:
			pt.section, pt.heading = h.section, title
			if h.section != current {
				p.note("「%s」按国家格式属于「%s」，放在该部分之下", title, report.Sections[h.section].Heading())
			}
		case h.sub && !claimed[h.section]:
			// The section's own heading was lost; its sub-heading stays.
			claimed[h.section], current = true, h.section
			pt.a, pt.section = h.start, h.section
			p.note("原文没有「%s」的标题，从「%s」起的内容放在该部分", report.Sections[h.section].Heading(), title)
		case h.sub:
			pt.a = h.start // an ordinary sub-heading of its section
		case !claimed[h.section]:
			claimed[h.section], current = true, h.section
			pt.section = h.section
		case p.captionOf(h, tabs):
			// The section's title printed again over its table (a report
			// with its tables in an appendix): the table is read, the
			// title is not prose.
		default:
			pt.heading = title
			p.note("「%s」与前面的「%s」重复，作为小标题放在「%s」之下", title, report.Sections[h.section].Heading(), report.Sections[current].Heading())
		}
		parts = append(parts, pt)
	}
	for k, c := range claimed {
		if !c {
			p.note("原文中找不到「%s」部分的标题，此部分留空（如有内容，请在 .md 文件中补上）", report.Sections[k].Heading())
		}
	}
	out := make([]string, len(report.Sections))
	for _, pt := range parts {
		var paras []string
		for _, s := range p.outside(pt.a, pt.b, tabs) {
			paras = append(paras, paragraphsOf(p.d, slice(p.d, p.f, s.a, s.b))...)
		}
		if pt.intro {
			paras = introParagraphs(p.d, paras)
		}
		var md []string
		if pt.heading != "" {
			md = append(md, "### "+strings.TrimSpace(pt.heading))
		}
		for _, para := range paras {
			md = append(md, markdown(p.d, para))
		}
		if len(md) == 0 {
			continue
		}
		if out[pt.section] != "" {
			out[pt.section] += "\n\n"
		}
		out[pt.section] += strings.Join(md, "\n\n")
	}
	{
		// A page printed to PDF keeps its footer too.
		last := len(out) - 1
		for last > 0 && out[last] == "" {
			last--
		}
		out[last] = strings.Join(dropChrome(strings.Split(out[last], "\n\n")), "\n\n")
	}
	return out
}

// captionOf reports whether a heading stands right over a table.
func (p *parser) captionOf(h heading, tabs []span) bool {
	for _, t := range tabs {
		if t.found() && t.a >= h.end && t.a-h.end <= 40 {
			return true
		}
	}
	return false
}

// outside splits [a, b) into the stretches not inside a table.
func (p *parser) outside(a, b int, tabs []span) []span {
	var cuts []span
	for _, t := range tabs {
		if t.found() && t.b > a && t.a < b {
			cuts = append(cuts, span{max(t.a, a), min(t.b, b)})
		}
	}
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].a < cuts[j].a })
	var out []span
	for _, c := range cuts {
		if c.a > a {
			out = append(out, span{a, c.a})
		}
		a = max(a, c.b)
	}
	if a < b {
		out = append(out, span{a, b})
	}
	return out
}

var (
	subheading = regexp.MustCompile(`^（[一二三四五六七八九十]+）[^。；，,;]{1,24}$`)
	webBreak   = regexp.MustCompile(`([。！？：；”])\s+`)
	webEnum    = regexp.MustCompile(`。(（[一二三四五六七八九十]+）)`)
	mdSpecial  = regexp.MustCompile(`^(?:[#>*+\-=|]|\d+[.)])`)
)

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

// paragraphsOf splits a stretch of text into paragraphs by how the
// document's text runs: printed lines start a paragraph at a blank line
// or an indent and join wrapped lines without a space (Chinese has none
// between words); run-together text is split after sentence ends and
// before enumerations; paragraph blocks are one each.
func paragraphsOf(d *doc, text string) []string {
	var out []string
	switch d.flow {
	case runTogether:
		text = strings.TrimSpace(text)
		text = webEnum.ReplaceAllString(text, "。\n$1")
		text = webBreak.ReplaceAllString(text, "$1\n")
		for _, p := range strings.Split(text, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	case paragraphs:
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
			// A numbered sub-heading on a line of its own ("（一）主要问题")
			// is a paragraph of its own, indented or not.
			sub := subheading.MatchString(trimmed)
			if sub || strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "\u3000") || strings.HasPrefix(l, "\t") {
				flush()
			}
			cur.WriteString(trimmed)
			if sub {
				flush()
			}
		}
		flush()
	}
	return out
}

// introParagraphs keeps the prose between the title and section 一 (who
// wrote the report, the period it covers) and drops what a web page
// prints there besides (breadcrumbs, source, share buttons): only the
// paragraphs of sentences right before the heading are kept, and in
// run-together text the run of chrome before the first sentence.
func introParagraphs(d *doc, paras []string) []string {
	if d.flow == runTogether {
		// The first sentence runs on from the page's chrome (the title,
		// the breadcrumbs) after a space.
		for k, para := range paras {
			if i := strings.Index(para, "。"); i >= 0 {
				if j := strings.LastIndexAny(para[:i], " \t\u3000\u00a0"); j >= 0 {
					paras[k] = para[j+1:]
				}
				break
			}
		}
	}
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
		if i > 0 && !sentence(p) && !strings.HasPrefix(p, "### ") {
			return paras[:i]
		}
	}
	return paras
}

func sentence(p string) bool {
	return strings.ContainsAny(p, "。！？") && utf8.RuneCountInString(p) > 2
}

// markdown writes a paragraph so that Markdown shows it as printed: a
// short numbered line on its own in a document of paragraphs is a
// sub-heading, and a paragraph that would start a list or heading is
// escaped.
func markdown(d *doc, p string) string {
	if d.flow != runTogether && subheading.MatchString(p) {
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
