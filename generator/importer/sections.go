package importer

import (
	"regexp"
	"strings"

	"github.com/gongkai/gongkai/generator/importer/vocab"
	"github.com/gongkai/gongkai/generator/report"
)

// heading is a heading found in the text.
type heading struct {
	start, end int // flat indices of its numbering and after its title
	section    int // index in report.Sections; -1 when its title maps to none
	topic      bool
	sub        bool // a sub-heading ("（一）主要问题") that gives its section away
}

var (
	// levelOne numbers a section: "一、", "五.", "第五部分", or a bare
	// "一" run into its title ("一总体情况"), which counts only before a
	// title the vocabulary knows.
	levelOne = regexp.MustCompile(`^(?:[一二三四五六七八九十]{1,2}[、.．]?|第[一二三四五六七八九十]{1,2}部分[、：:]?)`)
	// levelTwo numbers a part of one: "（一）".
	levelTwo = regexp.MustCompile(`^（[一二三四五六七八九十]{1,2}）`)
)

// maxHeading is the longest a heading's title may be, in runes.
const maxHeading = 36

// headings finds the headings of the text outside the tables: every
// numbered line whose title maps to an official section by the
// vocabulary, or, in text of lines or paragraphs, any short numbered
// line (a department's own section, kept under the section it follows).
func (p *parser) headings(skip []span) []heading {
	f := p.f
	var out []heading
	for i := 0; i < len(f.r); i++ {
		if inSpans(i, skip) || !p.lineStart(i) {
			continue
		}
		window := f.text(i, i+maxHeading+12)
		inBracket := i > 0 && (f.r[i-1] == '（' || f.r[i-1] == '(')
		if m := levelOne.FindStringIndex(window); m != nil && !inBracket {
			at := i + len([]rune(window[:m[1]]))
			if h, ok := p.sectionHeading(i, at); ok {
				out = append(out, h)
				i = h.end - 1
			}
			continue
		}
		if m := levelTwo.FindStringIndex(window); m != nil {
			at := i + len([]rune(window[:m[1]]))
			if h, ok := p.subHeading(i, at); ok {
				out = append(out, h)
			}
		}
	}
	return out
}

// lineStart reports whether rune i starts a line, or, in run-together
// text, stands after a sentence or a space.
func (p *parser) lineStart(i int) bool {
	f := p.f
	if i == 0 || f.at[i-1].line != f.at[i].line {
		return true
	}
	// Run-together text runs headings into what precedes them
	// ("…24252.311082三、收到和处理…"): any place may start one, and only
	// titles the vocabulary knows are taken.
	return p.d.flow == runTogether
}

// sectionHeading reads the heading numbered at i whose title starts at
// at.
func (p *parser) sectionHeading(i, at int) (heading, bool) {
	f := p.f
	for _, pre := range vocab.Default.SectionPrefixes {
		if f.text(at, at+len([]rune(pre))) == pre {
			// Only a prefix that a known title follows.
			if _, _, ok := p.bestSection(at + len([]rune(pre))); ok {
				at += len([]rune(pre))
				break
			}
		}
	}
	lineEnd := p.lineEnd(at)
	bare := !strings.ContainsAny(f.text(i, at), "、.．部")
	if sec, end, ok := p.bestSection(at); ok && (!bare || sec.starts) {
		h := heading{start: i, end: end, section: sec.index, topic: sec.topic}
		// A heading printed on its own line ends with the line.
		if p.d.flow != runTogether && lineEnd-end <= 6 && !strings.ContainsAny(f.text(end, lineEnd), "。；") {
			h.end = lineEnd
		}
		return h, true
	}
	if p.d.flow == runTogether || bare {
		return heading{}, false
	}
	title := f.text(at, lineEnd)
	n := len([]rune(title))
	if n == 0 || n > maxHeading/2+6 || strings.ContainsAny(title, "。；，,") || strings.ContainsAny(title, "0123456789") || tableRow(f.text(i, lineEnd)) {
		return heading{}, false
	}
	return heading{start: i, end: lineEnd, section: -1}, true
}

// subHeading reads a numbered part ("（一）主要问题") whose words give
// away the section it belongs to, for reports that lost the section's
// own heading.
func (p *parser) subHeading(i, at int) (heading, bool) {
	end := p.lineEnd(at)
	if p.d.flow == runTogether || end-at > maxHeading {
		end = min(at+maxHeading, len(p.f.r))
	}
	title := p.f.text(at, end)
	if k := strings.IndexAny(title, "。：:"); k >= 0 && p.d.flow == runTogether {
		title = title[:k]
	}
	for _, s := range vocab.Default.Sections {
		for _, k := range s.Keywords {
			if strings.Contains(title, k) {
				return heading{start: i, end: end, section: sectionIndex(s.ID), sub: true}, true
			}
		}
	}
	return heading{}, false
}

// lineEnd is the flat index after the line rune i is on.
func (p *parser) lineEnd(i int) int {
	f := p.f
	if i >= len(f.r) {
		return len(f.r)
	}
	l := f.at[i].line
	j := i
	for j < len(f.r) && f.at[j].line == l {
		j++
	}
	return j
}

type sectionMatch struct {
	index  int
	topic  bool
	starts bool // the title's first character is the text's first
}

// bestSection compares the text at i with every section's titles and
// topics, and returns the best match and where its title ends.
func (p *parser) bestSection(i int) (sectionMatch, int, bool) {
	f := p.f
	best, bestScore, bestEnd := sectionMatch{}, 0.0, 0
	try := func(index int, title string, topic bool) {
		core := []rune(vocab.Core(title))
		if len(core) == 0 {
			return
		}
		window := f.text(i, i+len(core)+2)
		// The title must start where the heading's text starts.
		if !strings.ContainsRune(string([]rune(window)[:min(3, len([]rune(window)))]), core[0]) {
			return
		}
		score := vocab.Coverage(title, window)
		if score < 0.8 || score <= bestScore {
			return
		}
		end := i
		last := core[len(core)-1]
		for j := i; j < i+len(core)+2 && j < len(f.r); j++ {
			if f.r[j] == last {
				end = j + 1
			}
		}
		best, bestScore, bestEnd = sectionMatch{index, topic, f.r[i] == core[0]}, score, end
	}
	for k, s := range vocab.Default.Sections {
		for _, h := range s.Headings {
			try(k, h, false)
		}
		for _, t := range s.Topics {
			try(k, t, true)
		}
	}
	return best, bestEnd, bestScore > 0
}

func sectionIndex(id string) int {
	for i, s := range report.Sections {
		if s.ID == id {
			return i
		}
	}
	return -1
}

func inSpans(i int, spans []span) bool {
	for _, s := range spans {
		if s.found() && i >= s.a && i < s.b {
			return true
		}
	}
	return false
}

// tableRow reports whether a numbered line is a row label of table 三
// ("一、本年新收政府信息公开申请数量") printed outside a table found.
func tableRow(text string) bool {
	for _, r := range report.ApplicationRows {
		if vocab.Coverage(r.Label, text) >= 0.8 {
			return true
		}
	}
	return false
}
