package render

import "github.com/gongkai/gongkai/generator/report"

// The "main" blocks of layouts/report.html, compare.html and organ.html
// (with partials/history.html), as the minifier leaves them; see
// direct.go. Each follows its template line by line.

// directReport is layouts/report.html.
func directReport(w *pageWriter, r *Renderer, p *Page) {
	b, ok := p.Body.(*ReportBody)
	if !ok {
		w.notPlain("body of another kind")
		return
	}
	w.organMeta(b.OrganHref, b.Organ)
	w.int(b.Year)
	w.raw(`年度`)
	if b.Published != "" {
		w.raw(` · 发布于 <time datetime="`)
		w.attr(b.Published)
		w.raw(`">`)
		w.text(b.Published)
		w.raw(`</time>`)
	}
	w.raw(`</p>`)
	if b.FormatNote != "" {
		w.raw(`<p class="meta">`)
		w.text(b.FormatNote)
		w.raw(`</p>`)
	}
	if len(b.Data) > 0 {
		w.raw(`<p class="meta">下载本报告数据：`)
		for i, d := range b.Data {
			if i > 0 {
				w.raw(` · `)
			}
			w.raw(`<a href="`)
			w.url(d.Href)
			w.raw(`" type="`)
			w.attr(d.Type)
			w.raw(`">`)
			w.text(d.Label)
			w.raw(`</a>`)
		}
		w.raw(`</p>`)
	}
	if b.CompareWithPrev != nil || b.CompareWithNext != nil {
		w.raw(`<p class="compare-links">逐项对比：`)
		if b.CompareWithPrev != nil {
			w.link(*b.CompareWithPrev)
		}
		if b.CompareWithPrev != nil && b.CompareWithNext != nil {
			w.raw(` · `)
		}
		if b.CompareWithNext != nil {
			w.link(*b.CompareWithNext)
		}
		w.raw(`</p>`)
	}
	if len(b.Acknowledged) > 0 {
		w.raw(`<aside class="notice" aria-labelledby="ack-heading"><h2 id="ack-heading">数据核对说明</h2><p>本报告按原文公开。以下数据与国家规定的勾稽关系不一致，已由发布机关确认为原文如此：</p><ul>`)
		for _, a := range b.Acknowledged {
			w.raw(`<li><strong>`)
			w.text(a.Note)
			w.raw(`</strong><br><span class="meta">`)
			w.text(a.Message)
			w.raw(`（规则 `)
			w.text(a.Rule)
			w.raw(`）</span></li>`)
		}
		w.raw(`</ul></aside>`)
	}
	w.toc(b.Sections, false)
	for i := range b.Sections {
		s := &b.Sections[i]
		w.sectionStart(s.ID, s.Heading)
		w.fragment(r, string(s.HTML))
		for j := range s.Tables {
			w.figure(&s.Tables[j])
		}
		w.raw(`</section>`)
	}
	if b.Prev != nil || b.Next != nil {
		w.raw(`<nav class="pager" aria-label="其他年度">`)
		if b.Prev != nil {
			w.raw(`<a rel="prev" href="`)
			w.url(b.Prev.Href)
			w.raw(`">上一年度：`)
			w.int(b.Prev.Year)
			w.raw(`年</a>`)
		}
		if b.Prev != nil && b.Next != nil {
			w.raw("\n") // a line break between two links: the minifier keeps it
		}
		if b.Next != nil {
			w.raw(`<a rel="next" href="`)
			w.url(b.Next.Href)
			w.raw(`">下一年度：`)
			w.int(b.Next.Year)
			w.raw(`年</a>`)
		}
		w.raw(`</nav>`)
	}
}

// directCompare is layouts/compare.html.
func directCompare(w *pageWriter, r *Renderer, p *Page) {
	b, ok := p.Body.(*CompareBody)
	if !ok {
		w.notPlain("body of another kind")
		return
	}
	w.organMeta(b.OrganHref, b.Organ)
	w.raw(`本页逐项列出 <a href="`)
	w.url(b.ReportHref)
	w.raw(`">`)
	w.int(b.Year)
	w.raw(`年报告</a> 与 <a href="`)
	w.url(b.PrevHref)
	w.raw(`">`)
	w.int(b.PrevYear)
	w.raw(`年报告</a> 三张表格的每一个数字。“增减”为`)
	w.int(b.Year)
	w.raw(`年减去`)
	w.int(b.PrevYear)
	w.raw(`年，正数带“+”号，负数带“−”号；任一年为空白时标“—”。</p>`)
	if len(b.FormatNotes) > 0 {
		w.raw(`<aside class="notice" aria-labelledby="format-heading"><h2 id="format-heading">两年报告格式不同</h2>`)
		for _, n := range b.FormatNotes {
			w.raw(`<p>`)
			w.text(n)
			w.raw(`</p>`)
		}
		w.raw(`</aside>`)
	}
	sections := compareSections(b.prev, b.cur)
	toc := make([]HTMLSection, len(sections))
	for i, s := range sections {
		toc[i] = s.HTMLSection
	}
	w.toc(toc, true)
	for _, s := range sections {
		w.sectionStart(s.ID, s.Heading)
		rows := &directRows{w: w}
		s.table(rows)
		rows.end()
		w.raw(`</section>`)
	}
	w.raw(`<section id="rates" aria-labelledby="rates-heading"><h2 id="rates-heading">主要指标</h2>`)
	w.figure(&b.Rates)
	w.definitions(b.Definitions)
	w.raw(`</section>`)
}

// directOrgan is layouts/organ.html.
func directOrgan(w *pageWriter, r *Renderer, p *Page) {
	b, ok := p.Body.(*OrganBody)
	if !ok {
		w.notPlain("body of another kind")
		return
	}
	w.raw(`<p class="meta">类别：`)
	w.text(b.Category)
	if b.Website != "" {
		w.raw(` · 网站：<a href="`)
		w.url(b.Website)
		w.raw(`">`)
		w.text(b.Website)
		w.raw(`</a>`)
	}
	w.raw(`</p>`)
	if len(b.Gaps) > 0 {
		w.raw(`<aside class="notice" aria-labelledby="gaps-heading"><h2 id="gaps-heading">年度缺失说明</h2><p>本站没有该机关以下年度的报告：`)
		for i, y := range b.Gaps {
			if i > 0 {
				w.raw(`、`)
			}
			w.int(y)
			w.raw(`年`)
		}
		w.raw(`。缺失年度前后的数据无法逐年比较，其后一年的“上年结转”也无法与上一年度核对。</p></aside>`)
	}
	w.raw(`<section aria-labelledby="reports-heading"><h2 id="reports-heading">历年报告</h2><ul class="report-list">`)
	for _, l := range b.Reports {
		w.raw(`<li><a href="`)
		w.url(l.Href)
		w.raw(`">`)
		w.int(l.Year)
		w.raw(`年政府信息公开工作年度报告</a>`)
		if l.Published != "" {
			w.raw(` <span class="meta">发布于 <time datetime="`)
			w.attr(l.Published)
			w.raw(`">`)
			w.text(l.Published)
			w.raw(`</time></span>`)
		}
		w.raw(`</li>`)
	}
	w.raw(`</ul>`)
	if len(b.Compares) > 0 {
		w.raw(`<h3>逐项对比</h3><ul class="report-list">`)
		for _, l := range b.Compares {
			w.raw(`<li>`)
			w.link(l)
			w.raw(`</li>`)
		}
		w.raw(`</ul>`)
	}
	w.raw(`</section>`)
	w.history(r, &b.History)
}

// history is partials/history.html.
func (w *pageWriter) history(r *Renderer, h *HistoryView) {
	w.raw(`<section aria-labelledby="figures-heading"><h2 id="figures-heading">历年主要数据</h2>`)
	w.figure(&h.Figures)
	w.raw(`</section><section aria-labelledby="charts-heading"><h2 id="charts-heading">历年趋势图</h2><p class="meta">每幅图下方的表格列出图中全部数字。图中各数据系列以不同的填充图案和图例文字区分。</p>`)
	for i := range h.Charts {
		c := &h.Charts[i]
		w.raw(`<figure class="chart-figure">`)
		w.fragment(r, string(c.SVG))
		w.figure(&c.Table)
		w.raw(`</figure>`)
	}
	w.raw(`</section><section aria-labelledby="rates-heading"><h2 id="rates-heading">历年主要指标</h2>`)
	w.figure(&h.Rates)
	w.definitions(h.Definitions)
	w.raw(`</section>`)
}

// organMeta opens the line under a report's or comparison's heading
// with a link to its organ.
func (w *pageWriter) organMeta(href, organ string) {
	w.raw(`<p class="meta"><a href="`)
	w.url(href)
	w.raw(`">`)
	w.text(organ)
	w.raw(`</a> · `)
}

// link is <a href="Href">Label</a>.
func (w *pageWriter) link(l Link) {
	w.raw(`<a href="`)
	w.url(l.Href)
	w.raw(`">`)
	w.text(l.Label)
	w.raw(`</a>`)
}

// toc is the table of contents of a report or comparison page; a
// comparison adds its indicators.
func (w *pageWriter) toc(sections []HTMLSection, rates bool) {
	w.raw(`<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading" class="toc-title">目录</h2><ol>`)
	for i := range sections {
		w.raw(`<li><a href="#`)
		w.fragmentID(sections[i].ID)
		w.raw(`">`)
		w.text(sections[i].Heading)
		w.raw(`</a></li>`)
	}
	if rates {
		w.raw(`<li><a href="#rates">主要指标</a></li>`)
	}
	w.raw(`</ol></nav>`)
}

func (w *pageWriter) sectionStart(id, heading string) {
	w.raw(`<section id="`)
	w.attr(id)
	w.raw(`" aria-labelledby="`)
	w.attr(id)
	w.raw(`-heading"><h2 id="`)
	w.attr(id)
	w.raw(`-heading">`)
	w.text(heading)
	w.raw(`</h2>`)
}

// definitions is partials/history.html's "definitions".
func (w *pageWriter) definitions(ds []report.Indicator) {
	w.raw(`<details class="definitions"><summary>指标计算方法</summary><dl>`)
	for _, d := range ds {
		w.raw(`<dt>`)
		w.text(d.Label)
		w.raw(`</dt><dd>`)
		w.text(d.Formula)
		w.raw(`</dd>`)
	}
	w.raw(`<dt>“—”</dt><dd>分母为 0，或所需数据在报告中为空白，指标无法计算。</dd></dl></details>`)
}

// directRows writes a comparison table as compare.go describes it: the
// figure's start once the head is set, then each row as it comes, the
// markup Table.FigureHTML and Cell.write give the same table.
type directRows struct {
	w       *pageWriter
	started bool
	open    bool // a row is open
}

func (d *directRows) start(t *Table) {
	d.w.figureStart(t)
	d.w.raw(`<tbody>`)
	d.started = true
}

func (d *directRows) row(label string, figures int) {
	if d.open {
		d.w.raw(`</tr>`)
	}
	d.w.raw(`<tr>`)
	c := Cell{Text: label, Header: true, Scope: "row"}
	c.write(d.w)
	d.open = true
}

func (d *directRows) figure(a, b report.Value) {
	cells := figureCells(a, b)
	for i := range cells {
		cells[i].write(d.w)
	}
}

func (d *directRows) end() {
	if !d.started {
		d.w.notPlain("a comparison table without a head")
		return
	}
	if d.open {
		d.w.raw(`</tr>`)
	}
	d.w.figureEnd()
}
