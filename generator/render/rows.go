package render

import (
	"bytes"
	"fmt"
	"io"
)

// Table rows are most of a report page (72% of its bytes) and are
// written in Go (tablehtml.go), as small as markup gets but for a line
// break after each row, which keeps an unminified page readable.
// rowsHTML brackets its rows with NUL bytes so that writePage can find
// them and, on a minified site, leave the line breaks out. NUL cannot
// otherwise reach a rendered page: html/template escapes it in every
// context, content files containing it are refused when loaded, and
// rowsHTML escapes cell text.
const rowMark = 0

var rowEnd = []byte("</tr>\n")

// writePage writes a rendered page, its marked table rows without their
// marks (and on a minified site without their line breaks).
func (r *Renderer) writePage(w io.Writer, page []byte) error {
	parts := bytes.Split(page, []byte{rowMark})
	if len(parts)%2 == 0 {
		return fmt.Errorf("table rows marked %d times: unbalanced", len(parts)-1)
	}
	for i, p := range parts {
		var err error
		if i%2 == 1 && r.minify {
			err = writeRows(w, p)
		} else {
			_, err = w.Write(p)
		}
		if err != nil {
			return err
		}
	}
	return nil
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
