package render

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// Cells written in Go must be exactly what the theme's "cell" template
// writes, for every kind of cell of every table of a report: a printed
// subtotal row and blank cells included.
func TestCellHTMLMatchesTemplate(t *testing.T) {
	src := sitetest.Report(2023, 12, 1, 2)
	src = strings.Replace(src, "other          = [0, 0, 0, 0, 0, 0, 0]", "", 1)
	src = strings.Replace(src, "no_correction  = [0, 0, 0, 0, 0, 0, 0]\nno_fee_payment = [0, 0, 0, 0, 0, 0, 0]\n", "subtotal = [0, 0, 0, 0, 0, 0, 0]\n", 1)
	src = strings.Replace(src, "licensing  = 3", `licensing  = "/"`, 1)
	src = strings.Replace(src, "review                  = [0, 0, 0, 0, 0]", `review                  = [0, 0, "/", 0, 0]`, 1)
	r, fs := content.DecodeReport("content/x/2023.toml", src, 2023)
	if r == nil || len(fs) > 0 {
		t.Fatalf("test report does not load: %v", fs)
	}
	if r.Subtotal("other") == nil {
		t.Fatal("test report has no subtotal row")
	}
	theme, err := OpenTheme(t.TempDir(), "default")
	if err != nil {
		t.Fatal(err)
	}
	rd, err := NewRenderer(theme, PageKinds, false)
	if err != nil {
		t.Fatal(err)
	}
	tables := append(ActiveTables(r.Active), ApplicationsTable(r), AppealsTable(r))
	tables = append(tables, Table{Body: [][]Cell{{{Text: `<a & "b">`, Header: true, Class: "x"}, {Text: "it's", Class: "y"}}}})
	blanks := 0
	for _, tb := range tables {
		for _, row := range append(tb.Head, tb.Body...) {
			for _, c := range row {
				var want strings.Builder
				if err := rd.pages["report"].ExecuteTemplate(&want, "cell", c); err != nil {
					t.Fatal(err)
				}
				if got := string(c.HTML()); got != want.String() {
					t.Errorf("%s cell %+v:\n got %s\nwant %s", tb.ID, c, got, want.String())
				}
				if c.Blank {
					blanks++
				}
			}
		}
	}
	if blanks < 2 {
		t.Errorf("%d blank cells tested, want at least 2", blanks)
	}
}
