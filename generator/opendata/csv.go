package opendata

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/generator/report"
)

// csvWriter writes RFC 4180 CSV with CRLF line ends, the form Excel and
// WPS expect. Text cells go through SafeText; numbers are written as
// numbers.
type csvWriter struct {
	w    *bufio.Writer
	err  error
	line []any // a line's fields, for a writer of many long lines to reuse
	num  [20]byte
}

// csvBufs are the writers' buffers: a build writes a report.csv for
// every report.
var csvBufs = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 4096) }}

func newCSV(w io.Writer, bom bool) *csvWriter {
	bw := csvBufs.Get().(*bufio.Writer)
	bw.Reset(w)
	c := &csvWriter{w: bw}
	if bom {
		// Without the BOM, Excel and WPS read UTF-8 as GBK and garble every label.
		c.w.WriteString("\ufeff")
	}
	return c
}

// record writes one line. Fields are strings (text, guarded), int64 or
// int (counts), json.Number-like fmt.Stringers (amounts), or nil (empty).
func (c *csvWriter) record(fields ...any) {
	for i, f := range fields {
		if i > 0 {
			c.w.WriteByte(',')
		}
		switch v := f.(type) { // counts, most fields, formatted in place
		case int64:
			c.w.Write(strconv.AppendInt(c.num[:0], v, 10))
		case int:
			c.w.Write(strconv.AppendInt(c.num[:0], int64(v), 10))
		default:
			c.w.WriteString(quote(field(f)))
		}
	}
	_, c.err = c.w.WriteString("\r\n")
}

// flush ends the writer: it must not be used again.
func (c *csvWriter) flush() error {
	if c.err != nil {
		return c.err
	}
	err := c.w.Flush()
	c.w.Reset(nil)
	csvBufs.Put(c.w)
	c.w = nil
	return err
}

func field(f any) string {
	switch v := f.(type) {
	case nil:
		return ""
	case string:
		return SafeText(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case fmt.Stringer:
		return v.String()
	}
	return SafeText(fmt.Sprint(f))
}

func quote(s string) string {
	if !strings.ContainsAny(s, ",\"\r\n") && !strings.HasPrefix(s, " ") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// SafeText guards a text cell against formula injection: a spreadsheet
// runs a cell that starts with =, +, - or @ (or a tab or carriage return
// before one) as a formula, so such a cell gets a leading apostrophe,
// which spreadsheets show as text and do not evaluate.
func SafeText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// ReportCSV writes report.csv: the report's three tables as printed, one
// block per table with its own header line, blank cells as "/", groups
// printed as one line shown as that line, then the acknowledged rule
// breaks. UTF-8 with BOM, CRLF.
func ReportCSV(w io.Writer, title string, o *report.Organ, r *report.Report) error {
	c := newCSV(w, true)
	c.record("报告", title)
	c.record("机关", o.Name)
	c.record("年度", r.Year)
	c.record("发布日期", r.Published)
	table := ""
	var header []report.Column
	line := make([]any, 0, 16) // one line's fields, reused line after line
	es := entriesFor(r)
	for i := range es {
		e := &es[i]
		if !e.printed(r) {
			continue // not printed: the group's subtotal line stands for it
		}
		if e.Table != table || !sameColumns(header, e.Columns) {
			if e.Table != table {
				c.record()
				c.record(e.Table)
				table = e.Table
			}
			header = e.Columns
			line = append(line[:0], "项目")
			for _, col := range e.Columns {
				line = append(line, col.Label)
			}
			c.record(append(line, "数据键")...)
		}
		line = e.appendCells(append(line[:0], e.Label), r)
		for j := 1; j < len(line); j++ {
			if line[j] == nil {
				line[j] = "/"
			}
		}
		c.record(append(line, e.Path)...)
	}
	if len(r.Acknowledged) > 0 {
		c.record()
		c.record("数据核对说明（原文如此）")
		c.record("规则", "数据键", "说明")
		for _, a := range r.Acknowledged {
			c.record(a.Rule, a.Row, a.Note)
		}
	}
	return c.flush()
}

func sameColumns(a, b []report.Column) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Label != b[i].Label {
			return false
		}
	}
	return true
}
