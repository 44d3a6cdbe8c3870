package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/generator/content"
	"github.com/gongkai/gongkai/internal/sitetest"
)

// The fuzz targets feed each kind of input to the importer. Whatever it
// accepts must encode to a <year>.toml and .md that load without a single
// finding: the importer may refuse an input, never write a broken report.
// Their seed corpora (testdata/fuzz/) hold real seeds and small cases.

func addSeeds(f *testing.F, glob string) {
	files, _ := filepath.Glob(filepath.Join(sitetest.Seeds(f), glob))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
}

func checkImport(t *testing.T, src []byte) {
	res, err := Import(src, Options{Name: "fuzz"})
	if err != nil {
		if _, ok := err.(*Error); !ok {
			t.Fatalf("error of type %T: %v", err, err)
		}
		return
	}
	if res.Year < 1000 || res.Year > 9999 {
		return // DecodeReport rejects such a year itself; ToSite never writes it
	}
	text := content.EncodeReport(res.Report, res.Title)
	if _, fs := content.DecodeReport("fuzz.toml", text, res.Year); len(fs) > 0 {
		t.Fatalf("imported report does not load: %v\n%s", fs, text)
	}
	if _, fs := content.SplitNarrative("fuzz.md", Markdown(res.Narrative)); len(fs) > 0 {
		t.Fatalf("imported narrative does not load: %v\n%s", fs, Markdown(res.Narrative))
	}
}

func FuzzImportPDFText(f *testing.F) {
	addSeeds(f, "text/[ehs]*.txt")
	f.Add([]byte("某某局2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n规章 0 0 0\n"))
	f.Fuzz(func(t *testing.T, src []byte) { checkImport(t, src) })
}

func FuzzImportWebText(f *testing.F) {
	addSeeds(f, "text/pingtan-*.txt")
	f.Fuzz(func(t *testing.T, src []byte) { checkImport(t, src) })
}

// FuzzImportHTML starts from the article part of the pages only
// (testdata/fuzz): whole pages of 100–370 KB make the fuzzer crawl.
func FuzzImportHTML(f *testing.F) {
	f.Add([]byte(`<html><title>某局2024年政府信息公开工作年度报告</title><table><tr><td>规章</td><td>1</td><td></td><td>—</td></tr></table>`))
	f.Fuzz(func(t *testing.T, src []byte) { checkImport(t, src) })
}

// FuzzReadings checks the splitting of run-together cells: every reading
// uses exactly the printed digits, in order, and a reading the importer
// had to guess keeps each row's rule. Cells printed apart are taken as
// printed, rule or no rule: the importer never fixes a number.
func FuzzReadings(f *testing.F) {
	for _, s := range []string{"640020470", "500000 5", "10203120001200000", "25380363300630003", "0000000", "1/000001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc{flow: runTogether, lines: []srcLine{{text: s, n: 1}}}
		fl := newFlat(d)
		runs := fl.runs(0, len(fl.r))
		if len(runs) != 1 {
			return
		}
		toks := runs[0].toks
		var want strings.Builder
		for _, tk := range toks {
			want.WriteString(tk.text)
		}
		for _, n := range []int{5, 7, 15} {
			rowLen := n
			if n == 15 {
				rowLen = 5 // table 四: three rows of five
			}
			out, _, err := readings(toks, n, rowLen, rowTotalOK)
			if err != nil {
				continue
			}
			for _, cells := range out {
				var got strings.Builder
				for _, c := range cells {
					got.WriteString(c.String())
				}
				if got.String() != want.String() || len(cells) != n {
					t.Fatalf("reading %v of %q changes the digits", cells, s)
				}
				if len(toks) >= n {
					continue // printed apart: no guessing, no rule
				}
				for i := 0; i+rowLen <= n; i += rowLen {
					if !rowTotalOK(cells[i : i+rowLen]) {
						t.Fatalf("reading %v breaks a row total", cells)
					}
				}
			}
		}
	})
}
