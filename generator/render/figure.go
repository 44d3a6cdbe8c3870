package render

import (
	"html/template"
	"strconv"
	"strings"
)

// FigureHTML is the "table" partial of the default theme written in Go:
// the figure, its scrolling region, caption and rows. The partial ran a
// dozen template actions per table (each an escaper or a field called
// through reflect), and a comparison, organ or year page holds five to
// ten tables; with the rows already written in Go, that was most of the
// template time left in a build. The markup, line breaks included, is
// the partial's, so the minifier makes the same page of it; a theme that
// overrides the partial keeps its own markup.
func (t Table) FigureHTML() template.HTML {
	if needsHTMLEscape(t.ID) || needsHTMLEscape(t.Class) || needsHTMLEscape(t.Caption) || needsHTMLEscape(t.Note) {
		return t.figureByTemplate()
	}
	var b strings.Builder
	b.Grow(rowsSize(t.Head) + rowsSize(t.Body) + 300 + 3*len(t.ID) + len(t.Caption) + len(t.Note))
	b.WriteString("<figure class=\"table-figure\">\n<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"")
	b.WriteString(t.ID)
	b.WriteString("-caption\" tabindex=\"0\">\n<table id=\"")
	b.WriteString(t.ID)
	b.WriteString("\" class=\"official")
	if t.Class != "" {
		b.WriteByte(' ')
		b.WriteString(t.Class)
	}
	b.WriteString("\">\n<caption id=\"")
	b.WriteString(t.ID)
	b.WriteString("-caption\">")
	b.WriteString(t.Caption)
	if t.Note != "" {
		b.WriteString("<span class=\"table-note\">")
		b.WriteString(t.Note)
		b.WriteString("</span>")
	}
	b.WriteString("</caption>\n")
	for _, span := range t.ColGroups {
		// span="1" is written out: the minifier drops an empty
		// <colgroup></colgroup>, and writes <colgroup><col></colgroup>
		// as <col>, which two in a row make one implied group of two.
		b.WriteString("<colgroup span=\"")
		b.WriteString(strconv.Itoa(span))
		b.WriteString("\"></colgroup>")
	}
	if len(t.ColGroups) > 0 {
		b.WriteByte('\n')
	}
	b.WriteString("<thead>\n")
	appendRows(&b, t.Head)
	b.WriteString("</thead>\n<tbody>\n")
	appendRows(&b, t.Body)
	b.WriteString("</tbody>\n</table>\n</div>\n</figure>")
	return template.HTML(b.String())
}

// needsHTMLEscape reports whether html/template would change s in text
// or in a quoted attribute (its escapers replace these characters).
func needsHTMLEscape(s string) bool {
	return strings.ContainsAny(s, "\x00\"&'+<>")
}

// figureTemplate is the default theme's "table" partial as it was, for
// the rare table whose id, caption or note html/template would escape:
// its escaping is then html/template's own.
var figureTemplate = template.Must(template.New("figure").Parse(`<figure class="table-figure">
<div class="table-scroll" role="region" aria-labelledby="{{.ID}}-caption" tabindex="0">
<table id="{{.ID}}" class="official{{with .Class}} {{.}}{{end}}">
<caption id="{{.ID}}-caption">{{.Caption}}{{with .Note}}<span class="table-note">{{.}}</span>{{end}}</caption>
{{with .ColGroups}}{{range .}}<colgroup span="{{.}}"></colgroup>{{end}}
{{end}}<thead>
{{.HeadHTML}}</thead>
<tbody>
{{.BodyHTML}}</tbody>
</table>
</div>
</figure>`))

func (t Table) figureByTemplate() template.HTML {
	var b strings.Builder
	if err := figureTemplate.Execute(&b, t); err != nil {
		// Executing the fixed template on a Table cannot fail; if it
		// ever did, the page would say so rather than lose the table.
		return template.HTML("<p>" + template.HTMLEscapeString(err.Error()) + "</p>")
	}
	return template.HTML(b.String())
}
