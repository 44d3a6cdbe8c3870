package render

import (
	"bytes"
	"fmt"
	"io"
)

// Table rows written by rowsHTML are already as small as markup gets, and
// they are most of a report page (72% of its bytes). The minifier would
// only lex them again, so a page is minified with each run of rows
// stood in for by a placeholder element, and the rows are put back
// afterwards: a third of the minifier's work per page instead of all of it.
//
// rowsHTML brackets its rows with NUL bytes. NUL cannot otherwise reach a
// rendered page: html/template escapes it in every context, content files
// containing it are refused when loaded, and rowsHTML escapes cell text.
const rowMark = 0

var (
	rowSlot = []byte("<gk-rows></gk-rows>")
	rowEnd  = []byte("</tr>\n")
)

// writePage writes a rendered page, minified when the site asks for it,
// with its marked table rows put in place.
func (r *Renderer) writePage(w io.Writer, page []byte) error {
	if bytes.IndexByte(page, rowMark) < 0 {
		return r.Write(w, "text/html", page)
	}
	parts := bytes.Split(page, []byte{rowMark})
	if len(parts)%2 == 0 {
		return fmt.Errorf("table rows marked %d times: unbalanced", len(parts)-1)
	}
	if !r.minify {
		for _, p := range parts {
			if _, err := w.Write(p); err != nil {
				return err
			}
		}
		return nil
	}
	skeleton := r.bufs.Get().(*bytes.Buffer)
	min := r.bufs.Get().(*bytes.Buffer)
	defer func() { skeleton.Reset(); min.Reset(); r.bufs.Put(skeleton); r.bufs.Put(min) }()
	for i, p := range parts {
		if i%2 == 0 {
			skeleton.Write(p)
		} else {
			skeleton.Write(rowSlot)
		}
	}
	if err := r.minifyHTML(min, skeleton.Bytes()); err != nil {
		return err
	}
	rest := min.Bytes()
	for i := 1; i < len(parts); i += 2 {
		at := bytes.Index(rest, rowSlot)
		if at < 0 {
			return fmt.Errorf("minifier dropped a table's rows")
		}
		if _, err := w.Write(rest[:at]); err != nil {
			return err
		}
		if err := writeRows(w, parts[i]); err != nil {
			return err
		}
		rest = rest[at+len(rowSlot):]
	}
	_, err := w.Write(rest)
	return err
}

// writeRows writes rows without the line break after each row, which is
// all the minifier would have taken out of them.
func writeRows(w io.Writer, rows []byte) error {
	for len(rows) > 0 {
		i := bytes.Index(rows, rowEnd)
		if i < 0 {
			_, err := w.Write(rows)
			return err
		}
		if _, err := w.Write(rows[:i+len(rowEnd)-1]); err != nil {
			return err
		}
		rows = rows[i+len(rowEnd):]
	}
	return nil
}
