package render

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/internal/sitetest"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestRowsHTML holds the cells' markup, written in Go and nowhere else,
// to a golden file: every kind of cell of every table of a report, a
// printed subtotal row, blank cells and text that needs escaping
// included. Run with -update after changing the markup, and review the
// diff.
func TestRowsHTML(t *testing.T) {
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
	tables := append(ActiveTables(r), ApplicationsTable(r), AppealsTable(r))
	tables = append(tables, Table{ID: "escapes", Body: [][]Cell{{{Text: `<a & "b">`, Header: true, Class: "x", Href: "a?b=1&c=2"}, {Text: "it's", Class: "y"}}}})
	var got strings.Builder
	blanks := 0
	for _, tb := range tables {
		fmt.Fprintf(&got, "== %s\n%s%s", tb.ID, strings.Trim(string(tb.HeadHTML()), "\x00"), strings.Trim(string(tb.BodyHTML()), "\x00"))
		for _, row := range tb.Body {
			for _, c := range row {
				if c.Blank {
					blanks++
				}
			}
		}
	}
	if blanks < 2 {
		t.Errorf("%d blank cells tested, want at least 2", blanks)
	}
	golden := filepath.Join("testdata", "rows.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("rows differ from %s (run go test -update and review the diff):\n%s", golden, firstDiff([]byte(got.String()), want))
	}
}

// firstDiff shows where a and b part.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("got:  …%s\nwant: …%s", a[from:min(len(a), i+80)], b[from:min(len(b), i+80)])
}
