// Package importer turns a published 政府信息公开工作年度报告 into the data
// and narrative gongkai keeps. One pipeline reads every kind of input:
// the bytes are decoded (package decode), an extractor per input kind
// reads them into one document model of paragraphs and tables (package
// document), the title, date, sections and the three tables are found
// in it with the vocabulary of known wordings (package vocab), the rows
// are matched to the form's, and run-together digits are cut by the
// tables' own sum rules. A number is never corrected and never guessed:
// what cannot be read with certainty is a problem, every one of them
// reported at once, or, with Draft, a cell left for a person to fill in.
package importer

import (
	"errors"
	"strings"

	"github.com/gongkai/gongkai/generator/importer/decode"
	"github.com/gongkai/gongkai/generator/importer/document"
	"github.com/gongkai/gongkai/generator/report"
)

// Options tunes an import.
type Options struct {
	// Name is the input's file name, used in messages.
	Name string
	// Cells gives the cells of rows whose digits have more than one
	// reading, by row path ("active.normative_documents",
	// "applications.results.disclosed", or "appeals" for all fifteen
	// figures of table 四).
	Cells map[string][]string
	// Draft writes a report whose cells could not all be read, the
	// unread ones marked unresolved, instead of failing.
	Draft bool
	// Organ and Year stand in for the title's when set.
	Organ string
	Year  int
}

// Result is an imported report.
type Result struct {
	Title     string // as printed, e.g. "二七区人民政府办公室2023年政府信息公开工作年度报告"
	Organ     string // the organ's name from the title
	Year      int
	Kind      string         // what the input was read as, e.g. "网页（GB18030）"
	Report    *report.Report // Org and File are the caller's to set
	Narrative []string       // Markdown of the six sections, indexed like report.Sections
	Notes     []string       // how cells were read and where prose was placed
	// Unresolved are the problems whose cells were left unresolved
	// (Draft only), by row path.
	Unresolved []Problem
	// PublishedFrom names where the publication date was found.
	PublishedFrom string
}

// Read imports the file at path: a Word document, a PDF, a web page or
// text, told apart by their content.
func Read(path string, opt Options) (*Result, error) {
	if opt.Name == "" {
		opt.Name = path
	}
	f, err := decode.Open(path)
	if err != nil {
		return nil, &Error{File: opt.Name, Problems: []Problem{{Msg: strings.TrimPrefix(err.Error(), path+"：")}}}
	}
	defer f.Close()
	kind, err := decode.Sniff(f)
	if err != nil {
		return nil, fail(opt, err)
	}
	var d *document.Document
	label := kind.String()
	switch kind {
	case decode.DOCX:
		d, err = document.DOCX(f, f.Size)
	case decode.PDF:
		d, err = document.PDF(path)
		label = "PDF（pdftotext -layout）"
	default:
		var b []byte
		if b, err = f.ReadAll(int64(decode.MaxFor(kind))); err == nil {
			d, label, err = decodeText(b, kind)
		}
	}
	if err != nil {
		return nil, fail(opt, err)
	}
	return fromDocument(d, kind != decode.Text && kind != decode.PDF, label, opt)
}

// decodeText decodes a web page or text and reads it into a document.
func decodeText(b []byte, kind decode.Kind) (*document.Document, string, error) {
	dec, err := decode.Decode(b, kind)
	if err != nil {
		return nil, "", err
	}
	label := kind.String()
	if dec.Encoding != "UTF-8" {
		label += "，" + dec.Encoding
	}
	if kind == decode.HTML {
		return document.HTML(dec.Text), label, nil
	}
	return document.Text(dec.Text, false), label, nil
}

func fail(opt Options, err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{File: opt.Name, Problems: []Problem{{Msg: err.Error()}}}
}

// fromDocument reads the report out of a document: its title and date,
// its three tables, and its prose by section.
func fromDocument(src *document.Document, blocks bool, kind string, opt Options) (*Result, error) {
	if !src.HasText() {
		msg := "输入中没有文字（是否是扫描件或图片？需要先做文字识别）"
		if len(src.Links) > 0 {
			msg = "网页中没有报告正文，报告可能在附件中：" + strings.Join(src.Links, "、") + "；请下载附件后导入"
		}
		return nil, &Error{File: opt.Name, Problems: []Problem{{Msg: msg}}}
	}
	d := linearize(src, blocks)
	p := &parser{d: d, f: newFlat(d), opt: opt}
	t, found := p.findTitle()
	switch {
	case opt.Organ != "" && opt.Year != 0:
		t.organ, t.year = opt.Organ, opt.Year
	case !found:
		p.problem(0, "", "找不到报告标题（应如“XX人民政府2023年政府信息公开工作年度报告”），无法确定机关名称和年度；请用 --name 和 --year 指定")
	default:
		if opt.Organ != "" {
			t.organ = opt.Organ
		}
		if opt.Year != 0 {
			t.year = opt.Year
		}
	}
	if y, at := p.periodYear(); found && opt.Year == 0 && y != 0 && y != t.year {
		p.problem(at, "", "标题中的年度是 %d 年，但正文说数据的统计期限是 %d 年：请核对原文，用 --year 指定报告的年度", t.year, y)
	}
	p.r = &report.Report{Format: report.Format2021, Year: t.year}
	if p.is2019() {
		p.r.Format = report.Format2019
	}
	tabs := p.locate()
	if !found && !tabs.active.found() && !tabs.applications.found() && !tabs.appeals.found() && opt.Organ == "" {
		// Neither a title nor a table: a note, a list, another document.
		return nil, &Error{File: opt.Name, Problems: []Problem{{Msg: "不像一份政府信息公开工作年度报告：既没有报告标题，也找不到三张法定表格"}}}
	}
	if !tabs.active.found() && !tabs.applications.found() && !tabs.appeals.found() {
		msg := "原文中找不到三张法定表格的文字（表格是否以图片形式发布？可加 --draft 导入正文，表格的单元格记为 \"?\"，再对照图片逐格填写）"
		if len(src.Links) > 0 {
			msg += "；网页附有文件：" + strings.Join(src.Links, "、") + "，报告可能在附件中"
		}
		p.problem(0, "tables", "%s", msg)
	}
	if p.r.Format == report.Format2019 {
		p.active2019(tabs.active)
	} else {
		p.active(tabs.active)
	}
	p.applications(tabs.applications)
	p.appeals(tabs.appeals)
	if e := p.failed(); e != nil {
		return nil, e
	}
	published, from := p.findPublished(t.year)
	p.r.Published = published
	res := &Result{
		Title: t.full, Organ: t.organ, Year: t.year, Kind: kind, Report: p.r,
		Narrative: p.narrative(p.tableSpans(tabs), t.end), PublishedFrom: from,
	}
	for _, pr := range p.probs {
		res.Unresolved = append(res.Unresolved, pr)
	}
	res.Notes = append(append(append([]string(nil), src.Notes...), d.notes...), p.notes...)
	return res, nil
}
