// Package importer turns a published 政府信息公开工作年度报告 into the data
// and narrative gongkai keeps: the text extracted from a PDF, the visible
// text of a web page, or the web page itself. It reads the three mandated
// tables exactly as printed (a number is never corrected; where web text
// runs cells together, the table's own sum rules pick the one reading
// that fits, or the import stops and says which readings fit) and splits
// the prose into the six official sections.
package importer

import (
	"fmt"

	"github.com/gongkai/gongkai/generator/report"
)

// Options tunes an import.
type Options struct {
	// Name is the input's file name, used in error messages.
	Name string
	// Cells gives the cells of rows whose run-together digits have more
	// than one reading, by row path ("active.normative_documents",
	// "applications.results.disclosed", or "appeals" for all fifteen
	// numbers of table 四). They must be the printed digits, only cut.
	Cells map[string][]string
}

// Result is an imported report.
type Result struct {
	Title     string // as printed, e.g. "二七区人民政府办公室2023年政府信息公开工作年度报告"
	Organ     string // the organ's name from the title
	Year      int
	Kind      string         // what the input was read as
	Report    *report.Report // Org and File are the caller's to set
	Narrative []string       // Markdown of the six sections, indexed like report.Sections
	Notes     []string       // how run-together cells were read
}

// Error is an input the importer cannot read: where and why.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.File != "" && e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	case e.File != "":
		return e.File + ": " + e.Msg
	}
	return e.Msg
}

func errorf(file string, line int, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// Import reads one published report. Nothing is guessed: an input whose
// tables cannot be read exactly is an error naming the table and row.
func Import(src []byte, opt Options) (*Result, error) {
	res, err := read(src, opt)
	if e, ok := err.(*Error); ok && e.File == "" {
		e.File = opt.Name
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

func read(src []byte, opt Options) (*Result, error) {
	d, err := readDoc(src)
	if err != nil {
		return nil, err
	}
	f := newFlat(d)
	format := report.Format2021
	if is2019(f) {
		format = report.Format2019
	}
	organ, year, full, err := title(d, f)
	if err != nil {
		return nil, err
	}
	spans, err := sections(f)
	if err != nil {
		return nil, err
	}
	if len(f.runs(spans[1].body, spans[3].end)) == 0 {
		return nil, errorf("", f.lineAt(spans[1].body), "第二至第四部分没有表格文字（表格是否以图片形式发布？图片中的数字需要手工录入，可先用 gongkai new 生成空白报告）")
	}
	r := &report.Report{Format: format, Year: year}
	if d.kind != pdfText {
		r.Published = published(f, spans[0].head, d.meta)
	} else {
		r.Published = published(flat{}, 0, d.meta)
	}
	p := &parser{f: f, d: d, split: d.kind == webText, cells: opt.Cells, r: r}
	readActive := p.active
	if format == report.Format2019 {
		readActive = p.active2019
	}
	if err := readActive(spans[1].body, spans[1].end); err != nil {
		return nil, err
	}
	if err := p.applications(spans[2].body, spans[2].end); err != nil {
		return nil, err
	}
	if err := p.appeals(spans[3].body, spans[3].end); err != nil {
		return nil, err
	}
	introAt := 0
	if i := f.index(full, 0); i >= 0 && i < spans[0].head {
		introAt = i + len([]rune(full))
	}
	return &Result{
		Title: full, Organ: organ, Year: year, Kind: d.kind.String(), Report: r,
		Narrative: narrative(d, f, spans, introAt), Notes: p.notes,
	}, nil
}
